"""Descriptions and roles: the named person a description stands for ("the minister", "the
54-year-old", "the Labour leader", "her husband"), the holder of a role written before or after
the mention, a relative named through their kin ("His mother, Grace Okoro, said"), and a role
that takes up the person an inverted cue just named (", says Ahmad Fadzil Ismail. The Works
Minister said"). These are the mentions that are neither a name nor a pronoun but point at
someone the article names elsewhere, so they share the role-word and kinship patterns kept here."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter

from homsquotes.core.extraction.attribution.cues import TITLE_WORDS, role_noun, word_set
from homsquotes.core.extraction.capitals import latin_re
from homsquotes.core.extraction.resolution.affiliation import (
    ADDRESS_ONLY,
    article_affiliation,
    clean_description,
)
from homsquotes.core.extraction.resolution.epithets import epithet_gender
from homsquotes.core.extraction.resolution.mentions import (
    _EPITHET_HEADS,
    _ROLE_REACH,
    Speaker,
    _anyone_else_named,
    _epithet_description,
    _head_noun,
    _looks_like_name,
    _others_named,
    _written_collective,
)
from homsquotes.core.extraction.resolution.pronouns import _gender_of
from homsquotes.core.extraction.resolution.speakers import NOT_NAMES, NameIndex, speaker_type_of
from homsquotes.core.extraction.resolution.subjects import (
    _UNNAMED,
    _paragraph_subject,
    _speaker_earlier_in_sentence,
)

_NAME_IN_APPOSITION = latin_re(
    r",[ \t]+(?P<name>(?:(?:Sir|Dame|Lord|Lady|Dr|Mr|Mrs|Ms|Prof|Cllr)\.?[ \t]+)?"
    r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]*[\w'’-]){1,3})(?=[ \t]*(?:[,.;)]|$))"
)


_FAMILY_HEADS = word_set(
    "gran granny grandma grandmother grandad grandpa grandfather mum mom dad nan nana widow "
    "widower pensioner"
)


_ANONYMOUS_HEADS = word_set(
    "woman man person people resident residents voter voters worker workers source sources "
    "official officials customer shopper passer-by passerby neighbour neighbor friend one "
    "girl boy mother father teenager student caller viewer reader attendee participant"
)


# A relative of someone in the story: "his mother", "the teenager's sister", "Daniel's uncle"
_KIN_NOUNS = (
    "mother|father|sister|brother|son|daughter|wife|husband|uncle|aunt|aunty|auntie|cousin|"
    "grandmother|grandfather|niece|nephew|widow|widower|partner|fiancée|fiancee|fiancé|"
    "stepfather|stepmother|mum|mom|dad|parents"
)
_KINSHIP = latin_re(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he[ \t]+)?(?P<owner>[\w-]+)['’]s?)[ \t]+"
    rf"(?:(?:elder|older|younger|twin|late|eldest|youngest|big|little)[ \t]+)?(?P<kin>{_KIN_NOUNS})"
)


# a relation as a role: "His mother", "Daniel's sister", "the victim's elder brother"
_RELATION = latin_re(
    rf"(?:^|[ \t])(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[\w-]+['’]s?)[ \t]+(?:[a-z]+[ \t]+)?"
    rf"(?P<kin>{_KIN_NOUNS})(?![\w-])"
)


def _relative_named(
    text: str,
    index: NameIndex,
    kinship: re.Match[str],
    pos: int,
    earlier: list[Speaker | None],
    affiliations: dict[str, str],
) -> Speaker | None:
    """The relative the article named: "His mother, Grace Okoro, said he loved football. "Q,"
    his mother said" is Grace Okoro; "Daniel's sister Ruth said: "Q1." "Q2," the teenager's
    sister added" is Ruth, the last speaker, whose role was that relation.  The role must be
    a relation ("His father", "Daniel's sister"; never "a father of two", "mother-in-law"),
    and of the same person when the mention names one ("Sam's mother" is not Daniel's)."""
    kin = kinship.group("kin").lower()
    owner = kinship.group("owner") or ""
    owner_word = owner.lower() if owner[:1].isupper() else None  # ("Sam's", not "the victim's")

    def related(role: str | None) -> bool:
        relation = _RELATION.search(role or "")
        if relation is None and owner_word is None and (role or "").lower() == kin:
            return True  # "her son Chidi Ekwueme said": the role kept only the relation
        if relation is None or relation.group("kin").lower() != kin:
            return False
        by = relation.group("owner").lower()
        return owner_word is None or by in _OWNER_PRONOUNS or by.startswith(owner_word)

    named = _person_with_role(text, index, f"the {kin}", pos)
    if named is not None and related(article_affiliation(text, index, named.name)):
        return named
    pronoun = owner.lower() if owner else kinship.group(0).split()[0].lower()
    if pronoun in ("his", "her"):
        # "She is survived by her son Chidi ... Her son said": the one son the article named
        relation = latin_re(
            rf"\b[{pronoun[0].upper()}{pronoun[0]}]{pronoun[1:]}[ \t]+{re.escape(kin)},?[ \t]+"
            r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})")
        found = list(relation.finditer(text, 0, pos))
        names = {index.fullest(m.group("name"))[0] for m in found}
        if len(names) == 1:
            # (and of the same person: the one named last before each "her", so that "Jane
            # Smith ... her son Tom ... A second victim, Mary Jones ... Her son said" is no one
            # the article names)
            gender = "m" if pronoun == "his" else "f"
            relative = names.pop()
            owner_then = _owner_before(text, index, found[-1].start(), gender, relative)
            if owner_then == _owner_before(text, index, pos, gender, relative):
                return Speaker(relative, "person")
    last = earlier[-1] if earlier else None
    if last is not None and related(affiliations.get(last.name)):
        return Speaker(last.name, "person", gender=last.gender)
    return None


def _owner_before(text: str, index: NameIndex, pos: int, gender: str, relative: str) -> str | None:
    """The person a "his" or "her" at pos most likely means: the nearest named before it whose
    gender does not say otherwise, never the relative itself."""
    passed = {relative}
    for _ in range(4):
        name = index.preceding_person(pos, text, passed=frozenset(passed))
        if name is None:
            return None
        run = index.fullest(name)[1]
        official = run is not None and any(
            t.lower().rstrip(".") not in ("mr", "mrs", "ms", "miss") for t in run.title)
        if not official and _gender_of(text, Speaker(name, "person"), []) in (None, gender):
            return name  # (never "Detective Sergeant Emma Blake said inquiries continue")
        passed.add(name)
    return None


def family_word(mention: str) -> bool:
    head = _head_noun(mention)
    return head in _FAMILY_HEADS or "-of-" in head


def _person_with_role(text: str, index: NameIndex, mention: str, pos: int) -> Speaker | None:
    """The one person named before `pos` whose role, as the article gives it, has the
    description's head noun and its other words: "the chef" for "chef Marisol Ortega", "the
    Portuguese lawmaker" for "Inês Carvalho, a Portuguese Socialist lawmaker".  None when no
    one or several people fit.  When no one fits every word, a party or a nationality may be
    new for a person the article gave only a title ("The Fianna Fáil councillor" after "Cllr
    Siobhán Ní Fhlannagáin"): the one such holder of the role then."""
    found = _person_with_role_words(text, index, mention, pos, proper=True)
    if found is None and any(w[:1].isupper() for w in re.findall(r"[^\W\d_]+", mention)[1:]):
        found = _person_with_role_words(text, index, mention, pos, proper=False)
    return found


# "..., says Datuk Seri Ahmad Fadzil Ismail." / "..., said Jane Holt on Monday.": an inverted
# cue that closes the sentence before a definite role
_INVERTED_CLOSE = latin_re(r"\b(?:says|said)[ \t]+$")


def _inverted_speaker_before(
    text: str, index: NameIndex, mention: str, pos: int
) -> Speaker | None:
    """The person an inverted cue named at the end of the sentence just before `pos`, for a
    definite role that opens the next sentence: "..., says Datuk Seri Ahmad Fadzil Ismail.
    The Works Minister said ..." is Ahmad Fadzil Ismail.  Only when nobody else is named
    between them, and only when the article gave that person no other role."""
    sentence = max(text.rfind(". ", 0, pos), text.rfind(".\n", 0, pos))
    if sentence < 0 or text[sentence + 1 : pos].strip(" \t\n\"“‘'"):
        return None  # the role must open the sentence right after the cue's
    first = bisect.bisect_left(index.starts, sentence - 400)
    runs = [r for r in index.runs[first:] if r.start < sentence]
    if not runs:
        return None
    run = runs[-1]
    if len(run.name) < 2 or not _CLOSING_TIME.fullmatch(text[run.end : sentence + 1].strip(" \t.")):
        return None
    if not _INVERTED_CLOSE.search(text, max(0, run.start - 60), run.start):
        return None
    name = index.fullest(" ".join(run.name))[0]
    if speaker_type_of(name, is_name=True) != "person" or not _looks_like_name(name):
        return None
    # (the honorific the name carries is no role: "Datuk Seri")
    titles = {t.lower().rstrip(".") for t in run.title}
    role_words = [w for w in _role_words(article_affiliation(text, index, name) or "")
                  if w.rstrip(".") not in titles]
    if role_words and _head_noun(mention) not in role_words:
        return None  # (an office is who someone is: a person of another role is someone else)
    # (the description is the role when the article gave none: "Works Minister")
    return Speaker(name, "person", None if role_words else clean_description(mention))


# what may follow the name before the stop: "..., said Jane Holt on Monday night."
_CLOSING_TIME = re.compile(
    r"(?:on[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:[ \t]+(?:morning|night))?"
    r"|yesterday|today)?"
)


def _person_with_role_words(
    text: str, index: NameIndex, mention: str, pos: int, proper: bool
) -> Speaker | None:
    head = _head_noun(mention)
    if not head.isalpha() or head in NOT_NAMES:
        return None
    start = max(0, pos - 400)
    if _another_holder(head).search(text, start, pos) or any(
        re.search(rf"\b{re.escape(head)}\b", text[max(0, m.start() - 80) : m.start()], re.I)
        for m in _UNNAMED.finditer(text, start, pos)
    ):
        return None  # "Another analyst, who declined to be named, ... the analyst said"
    words_said = re.findall(r"[^\W\d_]+", mention)
    wanted = {
        w.lower()
        for w in words_said
        if w.lower() not in ("the", "a", "an") and (proper or not w[:1].isupper())
    }
    found: dict[str, int] = {}  # the name and where it was last written
    seen: set[str] = set()
    headline_end = text.find("\n")
    # (runs are in text order and short: start a little before the reach, not at the top)
    first = bisect.bisect_left(index.starts, pos - _ROLE_REACH - 200)
    for run in index.runs[first:]:
        if run.start >= pos:
            break
        if run.end < pos - _ROLE_REACH:
            continue
        # (one name with an office before it counts: "Chief Justice Manmohan"; never in the
        # headline, "Minister's In-Law", nor a name the index cut at a no-break space, "FBI
        # Director James\xa0Comey")
        office = (
            bool(run.title)
            and any(t.lower() not in ADDRESS_ONLY for t in run.title)
            and 0 <= headline_end < run.start
            and text[run.end : run.end + 1] != "\xa0"
        )
        if len(run.name) < 2 and not office:
            continue
        name = index.fullest(" ".join(run.name))[0]
        if name in found:
            found[name] = run.end
        if name in seen:
            continue
        seen.add(name)
        if speaker_type_of(name, is_name=True) != "person":
            continue
        if not _looks_like_name(name) or name.split()[0].lower() in NOT_NAMES:
            continue
        # (the article's own words for the role, not a description this pass gave the name)
        role = article_affiliation(text, index, name)
        titles = {t.lower().rstrip(".") for t in run.title}
        if role and not proper and not {w.lower().rstrip(".") for w in role.split()} <= titles:
            continue  # (a role the article gave that lacks the party or nationality: someone else)
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", role or "")}
        for title in run.title:  # "Rev. Fr. Tatah Nfor" is the cleric, "Justice Mvula" the judge
            words |= _TITLE_ROLES.get(title.lower().rstrip("."), frozenset())
        # (a former governor is never "the governor")
        former = "former" in words and "former" not in wanted
        if head in words and (wanted - {head}) <= words | _LOOSE_MODIFIERS and not former:
            found[name] = run.end
        if len(found) > 1:
            return None
    if not found:
        return None
    name, last_written = found.popitem()
    if _another_holder(head, any_article=True).search(text, last_written + 60, pos):
        return None  # "a chef" after the holder was last named: someone else
    return Speaker(name, "person")


def _holder_rather_than_subject(
    text: str, index: NameIndex, mention: str, pos: int, subject: Speaker
) -> Speaker:
    """The person given the role a description names, rather than the last sentence's
    subject when the article gave that subject another role: "The Minister for Finance, Kwame
    Asante, ... The Minority Leader, Ama Boateng, disagreed. "Q," the minister said" is
    Asante.  (A lower-case description may add to what the article said: "the Labour leader"
    after Sir Keir Starmer, so a subject with no role keeps it.)"""
    head = _head_noun(mention)
    role = article_affiliation(text, index, subject.name) if " " in subject.name else None
    words = _role_words(role or "")
    if not any(role_noun(w) or w in TITLE_WORDS for w in words) or head in words:
        return subject  # (no role given, or one that fits: "brusque" says nothing)
    holder = _person_with_role(text, index, mention, pos)
    return holder if holder is not None else subject


def _role_words(role: str) -> list[str]:
    """A role's words, to test for a noun: "Vice-President" has "president"."""
    return role.lower().replace("-", " ").split()


# What a title says its holder is, for a description that takes the holder up ("the cleric").
# (Not "Sen." or "Cllr": a report names many senators and councillors, some without titles.)
_TITLE_ROLES = {
    title: word_set(nouns)
    for titles, nouns in (
        ("rev reverend fr father", "cleric clergyman priest pastor"),  # (not "minister")
        ("pastor", "pastor cleric preacher"),
        ("imam sheikh", "imam cleric preacher"),
        ("rabbi", "rabbi cleric"),
        ("bishop archbishop", "bishop cleric"),
        ("justice judge", "judge"),
        ("prof professor", "professor academic"),
        ("insp inspector", "inspector officer"),
        ("det detective", "detective officer"),
        ("sgt sergeant", "sergeant officer"),
        ("supt superintendent", "superintendent officer"),
        ("cllr coun councillor", "councillor"),
    )
    for title in titles.split()
}


@functools.lru_cache(maxsize=256)
def _another_holder(head: str, any_article: bool = False) -> re.Pattern[str]:
    """Words that bring in a second holder of a role ("another chef", "its own chef"); with
    `any_article`, any "a chef" too (used after the holder's own introduction)."""
    article = r"|an?" if any_article else ""
    return latin_re(
        rf"\b(?:[Aa]nother|its[ \t]+own|their[ \t]+own|a[ \t]+second|a[ \t]+new|also[ \t]+an?"
        rf"{article})[ \t]+(?:[\w-]+[ \t]+){{0,2}}{re.escape(head)}\b"
    )


# Words a paper adds to a role it repeats without their being part of the role ("the
# grieving widow", "the veteran striker").
_LOOSE_MODIFIERS = word_set(
    "grieving veteran young old elderly local former longtime affable rookie popular "
    "outspoken embattled beleaguered soft spoken"
)


_POSSESSED_ROLE = latin_re(
    r"(?:['’]s|(?<=s)['’])[ \t]+(?P<role>(?:[a-z][\w-]*[ \t]+){0,3}(?P<head>[a-z][\w-]*)),"
    r"[ \t]+(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Sir)\.?[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})"
    r"(?=[,.;:!?]|[ \t]+[a-z])"
)


def _epithet_person(
    text: str,
    index: NameIndex,
    mention: str,
    span: tuple[int, int],
    barrier: int,
    previous_end: int | None,
    earlier: list[Speaker | None],
    affiliations: dict[str, str],
    cue: str = "",
) -> Speaker:
    """Who "the Kazakh", "said the Dane", "the Offaly man" is: the name set off after it
    ("said the Dane, Christian Eriksen,"), else the person the paragraph is about, else the
    person the quotation just before was given to; a description when no one fits.  Doubtful
    when the paragraph names someone else too ("Alcaraz beat Zverev ... said the German")."""
    ms, me = span
    epithet = clean_description(mention) or mention
    after = _NAME_IN_APPOSITION.match(text, me)
    if after and _looks_like_name(after.group("name")):
        name = index.fullest(after.group("name"))[0]
        affiliations.setdefault(name, epithet)
        return Speaker(name, "person")
    gender = epithet_gender(mention)
    stem = mention.split()[-1].lower()
    # (the quotation before, only when nothing but its own paragraph lies between: "said
    # Eliud Kipchoge. "Q," the Kenyan added.")
    between = text[previous_end:ms].split("\n")[1:-1] if previous_end is not None else ["?"]
    adjacent = earlier[-1] if earlier and not any(line.strip() for line in between) else None
    candidates = [
        _speaker_earlier_in_sentence(text, index, ms),
        _paragraph_subject(text, index, "person", barrier, names_only=True),
        adjacent,
    ]
    for sp in candidates:
        if sp is None or sp.type != "person" or not _looks_like_name(sp.name):
            continue
        low = sp.name.lower()
        if " " not in sp.name and (stem.startswith(low) or low in mention.lower()):
            continue  # "Galway beat Kilkenny ... said the Galway man": a team, not him
        if " " not in index.fullest(sp.name)[0] and not index.fullest(sp.name)[1]:
            continue  # (a word the article never gives as a person's full name)
        if " " not in sp.name and _written_collective(text, sp.name, ms):
            continue  # "Newcastle are unlikely to sign him": a club, not a person
        if gender and _gender_of(text, sp, earlier) not in (None, gender):
            continue
        found = Speaker(sp.name, "person")
        para = text.rfind("\n", 0, ms) + 1  # (others named in this paragraph or the last)
        before = text.rfind("\n", 0, max(0, para - 2)) + 1
        found.doubtful = _others_named(text, index, before, ms, sp.name)
        if sp is adjacent and cue not in _CONTINUING_CUES:
            # "... Alcaraz said. "He was too strong today," said the German": an epithet
            # after a named speaker brings in someone new as often as not
            found.doubtful = True
        # the article's own words for the person ("Nordlys Line's chief executive"), else the
        # epithet; a doubtful guess never labels the person it guessed with the epithet
        own = article_affiliation(text, index, sp.name) if " " in sp.name else None
        if own or not found.doubtful:
            affiliations.setdefault(sp.name, own or epithet)
        return found
    return Speaker(mention, "person")  # a description, never the name "Kazakh"


_CONTINUING_CUES = word_set("added adds continued continues went goes")


def _role_holder_after(text: str, index: NameIndex, ms: int, me: int) -> tuple[str, str] | None:
    """(name, role) when the name at text[ms:me] owns a role held by the person named after
    it: "Cárdenas Robles' manager, Héctor Valdespino," (the parser took the owner)."""
    end = next((r.end for r in index.runs if r.start <= ms < r.end), me)
    if text[end - 2 : end] in ("'s", "’s"):
        end -= 2  # (a name run keeps the "'s" of "Biden's" and the apostrophe of "Robles'")
    while end > ms and text[end - 1] in "'’":
        end -= 1
    m = _POSSESSED_ROLE.match(text, end)
    if m is None or not role_noun(m.group("head")):
        return None
    return index.fullest(m.group("name"))[0], text[ms : m.end("role")]


_OWNER_PRONOUNS = {"his": "his", "her": "her", "its": "its", "their": "their", "our": "our"}


def _person_described(
    text: str,
    index: NameIndex,
    at: int,
    previous_end: int | None,
    earlier: list[Speaker | None],
    gender: str | None,
    description: str = "",
) -> Speaker | None:
    """Whom a description at `at` ("The rookie defenceman, taken in the second round, had
    been held off the scoresheet") takes up, of its gender or of unknown gender:
    - the person named in full as the subject of a sentence just before it ("Kelly Rourke
      has revealed ... The 34-year-old star");
    - else the person the last quotation was given to, when no one else is named since
      ("Q," Tremblay said. The rookie defenceman ...);
    - else, for a showbiz word ("the star", "the brunette beauty"), the person who has given
      most of the article's quotations so far, when that is half of them or more."""
    words = description.split()
    if len(words) < 3 and not _epithet_description(description):
        return None  # a bare role ("the prosecutor", "the teacher") is whoever holds it
    people = [
        sp for sp in earlier
        if sp is not None and sp.type == "person" and " " in sp.name and _looks_like_name(sp.name)
    ]
    found = _paragraph_subject(text, index, "person", at, names_only=True)
    if found is not None and (found.type != "person" or " " not in index.fullest(found.name)[0]):
        found = None
    last = earlier[-1] if earlier else None
    if (found is None and last is not None and last in people
            and previous_end is not None and previous_end <= at
            and not _anyone_else_named(text, index, previous_end, at, last.name)):
        found = last
    guessed = found is None
    if guessed and words[-1].lower() in _EPITHET_HEADS:
        said = sum(1 for sp in earlier if sp is not None)
        for main, count in Counter(sp.name for sp in people).most_common(1):
            if count >= 2 and count * 2 >= said:
                found = next(sp for sp in people if sp.name == main)
    if found is None:
        return None
    if gender and _gender_of(text, found, earlier) not in (None, gender):
        return None
    return Speaker(index.fullest(found.name)[0], "person", gender=found.gender,
                   doubtful=guessed)
