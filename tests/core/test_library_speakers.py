"""One speaker across articles: normalised names, fuzzy variants, aliases, rename and merge."""

import pytest

from homsquotes.core.errors import InputError, NotFoundError
from homsquotes.core.library import QuoteFilter
from homsquotes.core.library.speakers import SpeakerIndex, is_shareable_name, normalize_name
from homsquotes.core.model import ExtractedArticle, Quote


def import_with_speakers(lib, title, speakers, speaker_type="person"):
    """Import an article whose quotes are attributed to `speakers` (one quote each)."""
    parts, quotes = [title, "\n\n"], []
    for i, name in enumerate(speakers):
        start = sum(len(p) for p in parts)
        text = f'"Statement {i} in {title}"'
        parts.append(text + f" said {name}.\n\n")
        quotes.append(
            Quote(
                text=text,
                start=start,
                end=start + len(text),
                speaker=name,
                speaker_type=speaker_type,
            )
        )
    article = "".join(parts)
    return lib.import_text(article, extracted=ExtractedArticle(title=title, quotes=quotes))


def speaker_of_each_quote(lib):
    return [q["speaker_id"] for q in lib.quotes()]


def test_normalize_name():
    assert normalize_name("Dr. Lakhdar  Brahimí") == "lakhdar brahimi"
    assert normalize_name("Tariq al-Hussami") == "tariq al hussami"


def test_shareable_names():
    assert is_shareable_name("Ana Lopez", "person")
    assert is_shareable_name("Syrian state television", "organisation")
    assert not is_shareable_name("she", "person")
    assert not is_shareable_name("the minister")
    assert not is_shareable_name("A document leaked on Facebook", "document")


def test_fuzzy_index_matches_variants_but_not_other_people():
    index = SpeakerIndex([("orwa nyrabia", 1), ("john smith", 2)])
    assert index.match("Orwa Nryabia") == (1, False)
    assert index.match("Mr John Smith") == (2, True)
    assert index.match("Jane Smith") == (None, False)
    assert index.match("John Smyth") == (None, False)  # one short word apart: maybe someone else
    assert SpeakerIndex([("mohammed", 3)]).match("Mohamed") == (None, False)  # one word: no guess


def test_same_person_in_two_articles_is_one_speaker_with_alias(lib):
    import_with_speakers(lib, "First", ["Lakhdar Brahimi"])
    import_with_speakers(lib, "Second", ["Lakhdar Brahimí", "Orwa Nyrabia"])
    import_with_speakers(lib, "Third", ["Orwa Nryabia"])
    ids = speaker_of_each_quote(lib)
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]
    by_name = {s["name"]: s for s in lib.speakers()}
    assert by_name["Orwa Nyrabia"]["aliases"] == ["Orwa Nryabia"]
    assert by_name["Lakhdar Brahimi"]["quote_count"] == 2
    assert lib.count_quotes(QuoteFilter(speaker="Orwa Nryabia")) == 2


def test_pronouns_stay_within_their_article(lib):
    import_with_speakers(lib, "One", ["she", "she"])
    import_with_speakers(lib, "Two", ["she"])
    ids = speaker_of_each_quote(lib)
    assert ids[0] == ids[1] and ids[2] != ids[0]


def test_rename_keeps_old_name_as_alias_and_undo(lib):
    import_with_speakers(lib, "First", ["Abu Fehmi"])
    lib.rename_speaker("Abu Fehmi", "Abu Fehmi (activist)")
    [speaker] = lib.speakers()
    assert speaker["name"] == "Abu Fehmi (activist)" and speaker["aliases"] == ["Abu Fehmi"]
    assert lib.count_quotes(QuoteFilter(speaker="Abu Fehmi")) == 1
    import_with_speakers(lib, "Later", ["Abu Fehmi"])
    assert len(lib.speakers()) == 1
    lib.undo()
    lib.undo()
    assert [s["name"] for s in lib.speakers()] == ["Abu Fehmi"]
    assert lib.speakers()[0]["aliases"] == []


def test_merge_moves_quotes_and_undo_splits_again(lib):
    import_with_speakers(lib, "First", ["Bashar al-Assad", "President Assad"])
    before = {s["name"]: s["quote_count"] for s in lib.speakers()}
    assert before == {"Bashar al-Assad": 1, "President Assad": 1}
    lib.merge_speakers("Bashar al-Assad", "President Assad")
    [speaker] = lib.speakers()
    assert speaker["quote_count"] == 2 and "President Assad" in speaker["aliases"]
    assert lib.count_quotes(QuoteFilter(speaker="President Assad")) == 2
    lib.undo()
    assert {s["name"]: s["quote_count"] for s in lib.speakers()} == before


def test_merge_and_rename_errors(lib):
    import_with_speakers(lib, "First", ["Ana Lopez"])
    with pytest.raises(NotFoundError):
        lib.merge_speakers("Ana Lopez", "Nobody Here")
    with pytest.raises(InputError):
        lib.merge_speakers("Ana Lopez", "ana lopez")
    with pytest.raises(InputError):
        lib.rename_speaker("Ana Lopez", "   ")
    assert lib.history() == []


def test_a_typed_correction_is_not_snapped_back_to_the_misspelling(lib):
    import_with_speakers(lib, "First", ["Orwa Nryabia"])
    qid = lib.quote_ids()[0]
    lib.edit_quote(qid, speaker="Orwa Nyrabia")
    assert lib.quote(qid)["speaker"] == "Orwa Nyrabia"


def test_speakers_without_quotes_are_hidden_unless_asked(lib):
    import_with_speakers(lib, "First", ["Ana Lopez"])
    lib.edit_quote(lib.quote_ids()[0], speaker="Tom Reed")
    assert [s["name"] for s in lib.speakers()] == ["Tom Reed"]
    everyone = {s["name"]: s for s in lib.speakers(include_unused=True)}
    assert everyone["Ana Lopez"]["quote_count"] == 0 and everyone["Tom Reed"]["article_count"] == 1


def test_renaming_onto_another_speakers_name_is_refused(lib):
    """Two speakers with one name make every later rename or merge by name ambiguous."""
    import_with_speakers(lib, "First", ["Ana Lopez", "Tom Reed"])
    lib.rename_speaker("Tom Reed", "Thomas Reed")
    with pytest.raises(InputError, match="merge"):
        lib.rename_speaker("Ana Lopez", " thomas  REED")
    with pytest.raises(InputError, match="merge"):
        lib.rename_speaker("Ana Lopez", "Tom Reed")  # an alias of Thomas Reed
    assert sorted(s["name"] for s in lib.speakers()) == ["Ana Lopez", "Thomas Reed"]
    lib.rename_speaker("Ana Lopez", "ana lopez")  # a case change of its own name is fine
    assert sorted(s["name"] for s in lib.speakers()) == ["Thomas Reed", "ana lopez"]
