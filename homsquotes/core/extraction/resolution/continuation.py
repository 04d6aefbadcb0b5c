"""Continuation: a quotation whose cue is only a pronoun or a bare verb takes a speaker carried
over from the text since the last quotation: the person the paragraph before introduced ("Sam
Okafor, who runs the shop, ..."), a relative of the last speaker, the newest person in the
article, the speaker a feature returns to after a scene, a person's beat ("Mensah sits down").
It exists as its own stage because these all reach back across paragraphs and must agree on who
is a person and whose gender fits before a run of quotations is handed on."""

from __future__ import annotations

import bisect
import re

from homsquotes.core.extraction.attribution.cues import ORG_WORDS, TITLE_WORDS, role_noun
from homsquotes.core.extraction.capitals import latin_re
from homsquotes.core.extraction.resolution.mentions import (
    _NAME_GIVEN_AS,
    Speaker,
    _inside_quotation,
    _looks_like_name,
    _two_paragraphs_back,
)
from homsquotes.core.extraction.resolution.pronouns import (
    _GENDERED,
    _KIN_GENDER,
    _gender_after,
    _gender_of,
)
from homsquotes.core.extraction.resolution.roles import _KIN_NOUNS, _KINSHIP, _relative_named
from homsquotes.core.extraction.resolution.speakers import (
    DETERMINED,
    ENCLOSED,
    NOT_NAMES,
    POSSESSIVE,
    TITLE_OF,
    NameIndex,
    NameRun,
    not_name_words,
    speaker_type_of,
)
from homsquotes.core.extraction.resolution.subject_patterns import _CAPITAL_WORD


def _person_introduced(
    text: str,
    index: NameIndex,
    since: int,
    pos: int,
    gender: str | None,
    earlier: list[Speaker | None],
) -> Speaker | None:
    """The person brought in with reported speech after the last quotation and before this
    one, in this paragraph or the one before, whom a "he" or "she" takes up: "Rail, Tram and
    Bus Union state secretary Gavin Drury said drivers had been asked to work extra shifts.
    "Q," he said" -- not the previous quotation's speaker.  Only a full name followed by a
    speech verb counts, only of the pronoun's gender or of unknown gender, and only when no
    pronoun of that gender before the name still speaks of someone else."""
    start = max(since, _two_paragraphs_back(text, pos, 1500))
    found = None
    for m in _NAME_CUE.finditer(text, start, pos):
        bare_comma = (
            m.group("appos") is None and m.group("who") is None
            and text.startswith(",", m.end("name"))
        )
        if bare_comma and text[max(0, m.start() - 2) : m.start()] != ", ":
            continue  # "building bridges to Mr. Sanders, said David Axelrod": inverted
        if DETERMINED.search(text, max(0, m.start() - 5), m.start()):
            continue  # "the Strangford MLA said": a description, not a name
        found = m
    intro = None
    for m in _INTRODUCED.finditer(text, start, pos):
        intro = m
    given = None
    for m in _NAME_GIVEN_AS.finditer(text, start, pos):
        given = m
    kin_named = None
    for m in _KIN_NAMED_CUE.finditer(text, start, pos):
        kin_named = m
    if kin_named is not None and kin_named.start() > max(
            (m.start() for m in (found, intro, given) if m is not None), default=-1):
        # "Their 15-year-old daughter, Aaliyah, said she grabbed her brother": a relative
        # named by a given name alone
        sp = Speaker(index.fullest(kin_named.group("name"))[0], "person")
        fits = _fits_gender(
            text, sp, earlier, gender, start, kin_named.start("name"), kin_named.end("name"))
        return sp if fits else None
    latest = max((m.start() for m in (found, intro) if m is not None), default=-1)
    if given is not None and given.start() > latest:
        # "One young man, who gave his name only as Osman, 23, said he started ...": the one
        # name the article has for him, even a single word
        sp = Speaker(given.group("name"), "person")
        fits = _fits_gender(text, sp, earlier, gender, start, given.start(), given.end("name"))
        return sp if fits else None
    if intro is not None and (found is None or intro.start() > found.start()):
        # "One of them is Leung Mei-ling, who shares a 90 sq ft unit", "Among those celebrating
        # was Sgt. Amit Peretz, 20": a person brought in without speech
        name = index.fullest(intro.group("name"))[0]
        if len(name.split()) < 2 or speaker_type_of(name, is_name=True) != "person":
            return None
        if any(sp is not None and sp.name == name for sp in earlier[-1:]):
            return None
        sp = Speaker(name, "person")
        fits = _fits_gender(text, sp, earlier, gender, start, intro.start(), intro.end("name"))
        return sp if fits else None
    if found is None:
        return None
    name_end = found.end("name")
    appos = found.group("appos")
    head = found.group("name")
    # (or an office for a place: "Plaid Cymru MS for Mid and West Wales, Elin Haf Jenkins,
    # said", where the name run starts after "and")
    of_body = speaker_type_of(head) == "organisation" or _OF_BODY_BEFORE.search(
        text, max(0, found.start() - 40), found.start()
    )
    if appos and of_body and _APPOSED_FULL_NAME.fullmatch(appos.strip()):
        # "The Chairman of the Traders Association, Alhaji Musa Bello-Kareem, appealed": the
        # name in apposition is the person
        name_end = found.start("appos") + len(appos.rstrip())
    run = next((r for r in index.runs if r.end == name_end), None)
    run_start = run.start if run is not None else found.start()
    after_place = _AFTER_PLACE.search(text, max(0, run_start - 12), run_start)
    if after_place and not TITLE_OF.search(text, max(0, run_start - 40), run_start):
        return None  # "Rep. Lee Zeldin of New York, a Trump supporter, said": a place, not him
    words = list(run.name) if run is not None else text[found.start("name") : name_end].split()
    while words and words[0].lower() in NOT_NAMES:
        words = words[1:]
    office = [i for i, w in enumerate(words[:-2]) if w.lower() in _OFFICE_WORDS]
    rest = words[office[-1] + 1 :] if office else words
    if office and not any(w.lower() in _OFFICE_WORDS for w in rest):
        words = rest  # "Minister for ... Local Government Darragh Ó Briain"
    else:
        office = []  # ("Chief Executive Officer of PayKente" is an office, no name)
    titled = run is not None and bool(run.title)  # "Mr. Abboud said", "Professor Epstein said"
    if len(words) < 2 and not (words and titled):
        return None
    name = index.fullest(" ".join(words))[0]
    if office and speaker_type_of(name, is_name=True) != "person":
        name = " ".join(words)  # (the index's run held the office's words too)
    if speaker_type_of(name, is_name=True) != "person":
        return None
    if any(sp is not None and sp.name == name for sp in earlier[-1:]):
        return None  # the previous speaker again: the usual rules decide
    sp = Speaker(name, "person")
    return sp if _fits_gender(text, sp, earlier, gender, start, found.start(), name_end) else None


_KIN_INVERSE = {
    "father": "son|daughter|child", "mother": "son|daughter|child", "dad": "son|daughter",
    "mum": "son|daughter", "mom": "son|daughter", "son": "father|mother", "daughter":
    "father|mother", "brother": "brother|sister", "sister": "brother|sister", "husband": "wife",
    "wife": "husband", "grandfather": "grandson|granddaughter", "grandmother":
    "grandson|granddaughter", "uncle": "nephew|niece", "aunt": "nephew|niece",
}  # fmt: skip
_REACTING = (
    "listened|listens|nodded|nods|shrugged|shrugs|agreed|agrees|watched|watches|laughed|laughs|"
    "smiled|smiles|sighed|sighs|said|says|added|adds|interjected|interrupted|disagreed|frowned|"
    "chimed|wept|recalled|recalls|remembered|remembers|joined|joins|cut|put|was|is|"
    "brushed|waved|grinned|beamed|chuckled|demurred|paused|winced|bristled"
)
_KIN_SUBJECT = re.compile(
    r"(?:(?:^|(?<=[.!?][ \t])|(?<=\n))[ \t]*(?P<owner>His|Her)"
    # (or after an opening phrase: "Back behind the counter, her father brushed it off")
    r"|(?<=,[ \t])(?P<owner_after>his|her))[ \t]+(?P<kin>"
    + "|".join(_KIN_GENDER)
    + r")(?![\w'’-])(?![ \t]*,)"
    # (a relative who reacts or speaks, not one spoken of: "His father died when he was 12")
    r"(?=(?:[ \t]+[a-z]+ly)?[ \t]+(?:" + _REACTING + r")\b)",
    re.MULTILINE,
)


def _relative_of_last_speaker(
    text: str,
    index: NameIndex,
    since: int,
    pos: int,
    gender: str | None,
    earlier: list[Speaker | None],
) -> Speaker | None:
    """"His father listened in silence. "Q," he said": the last speaker's relative, named
    where the article gave the relation the other way round ("al-Saadi's teenage son Mortada")
    or, when it never names them, as "Mortada's father".  Only a sentence the relation opens,
    since the last quotation, of the pronoun's gender."""
    start = max(since, _two_paragraphs_back(text, pos, 1500))
    found = None
    for m in _KIN_SUBJECT.finditer(text, start, pos):
        found = m
    if found is None:
        return None
    if found.group("owner_after") and re.match(r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:was|is)\b",
                                              text[found.end() : found.end() + 30]):
        return None  # "After the war, his father was a miner": spoken of, not speaking
    owner = found.group("owner") or found.group("owner_after")
    if _inside_quotation(text, found.start("owner" if found.group("owner") else "owner_after")):
        return None
    kin = found.group("kin")
    if gender and _KIN_GENDER[kin] != gender:
        return None
    kinship = _KINSHIP.fullmatch(found.group(0).strip())
    named = _relative_named(text, index, kinship, found.start(), [], {}) if kinship else None
    if named is not None:
        return named  # "She is survived by her son Chidi ... Her son said ... "Q," he said"
    last = earlier[-1] if earlier else None
    if last is None or last.type != "person" or not _looks_like_name(last.name):
        return None  # (nor a description: "a Democratic staffer in the room")
    owner_gender = "m" if owner.lower() == "his" else "f"
    if _gender_of(text, last, earlier) not in (None, owner_gender):
        return None
    given = re.escape(last.name.split()[0])
    inverse = latin_re(
        r"(?<![\w'’-])(?P<name>(?:(?:al|el|ad|as|ash)-)?[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}?)"
        r"['’]s[ \t]+"
        r"(?:[a-z][\w-]*[ \t]+){0,2}"
        rf"(?:{_KIN_INVERSE[kin]}),?[ \t]+{given}\b"
    ).search(text, 0, pos)
    if inverse is not None:
        relative = Speaker(index.fullest(inverse.group("name"))[0], "person", doubtful=True)
        known = _gender_of(text, relative, earlier)
        if relative.name != last.name and known in (None, _KIN_GENDER[kin]):
            return relative  # (the son's father, never his mother: "al-Saadi ... his waist")
    return Speaker(f"{last.name}'s {kin}", "person", doubtful=True)


def _newest_person(
    text: str,
    index: NameIndex,
    since: int,
    pos: int,
    gender: str | None,
    earlier: list[Speaker | None],
    subject_only: bool = False,
) -> Speaker | None:
    """The person last named in full since the last quotation, in the pronoun's paragraph or
    the one before, when the name opens a sentence or a clause or follows "is", "belongs to"
    or "meet" ("One of those jobs belongs to Chukwudi Okonkwo, a radio-frequency engineer ...
    "Q," he says"): a feature brings each interviewee in just before their words.  Only a
    name the article writes as a person's or an earlier speaker's, of the pronoun's gender,
    never the previous speaker, and never a name inside a quotation or named in passing.
    With `subject_only`, only a name that opens its sentence, after at most a determiner and
    a few role words ("Her former Love Villa co-star Tyrese Okafor-Lloyd")."""
    start = max(since, _two_paragraphs_back(text, pos, 1500))
    first = bisect.bisect_left(index.starts, start)
    last = bisect.bisect_left(index.starts, pos)
    for run in reversed(index.runs[first:last]):
        if run.end > pos:
            continue
        if len(run.name) < 2 and not _returning_speaker(text, index, run, earlier) and not (
            _ACTS_AS_PERSON.match(text, run.end) and " " in index.fullest(run.name[0])[0]
        ):
            continue  # (but "Hegde shakes her head": a surname that acts, of a full name)
        if _inside_quotation(text, run.start) or DETERMINED.search(
            text, max(0, run.start - 5), run.start
        ):
            continue
        if POSSESSIVE.search(text, run.start, run.end) or text[run.end : run.end + 1] in "'’":
            continue  # "Pieter's daughter", "Jones' son": the relative, not the name
        if (text[run.start - 1 : run.start], text[run.end : run.end + 1]) in ENCLOSED:
            continue  # a boat, a title, a translation in brackets or marks
        if _NOT_THE_PERSON_BEFORE.search(text, max(0, run.start - 60), run.start):
            continue  # "a bed and breakfast in Whiting Bay", "Asked about ... Keeley Anders"
        if len(run.name) > 4 or not index.names_a_person(run) or not_name_words(run.name[-1:]):
            continue  # ("Trump International Golf Club Puerto Rico", "the Wisconsin Republican")
        role_before = _ROLE_WORD_BEFORE.search(text, max(0, run.start - 40), run.start)
        # (a description restates the role the name was given: "kept in the game by
        # goaltender Anders Lindqvist ... "Q," the Swedish netminder said")
        described = subject_only and role_before is not None and role_noun(
            role_before.group(1).lower())
        if not described and not _BROUGHT_IN_BEFORE.search(
                text, max(0, run.start - 80), run.start):
            continue  # "a former adviser to President George W. Bush": named in passing
        if subject_only and not described and not _OPENS_SENTENCE_BEFORE.search(
            text, max(0, run.start - 80), run.start
        ):
            continue  # ("in Hudson, New Hampshire", "challenging Sen. John McCain")
        name = index.fullest(" ".join(run.name))[0]
        if any(sp is not None and sp.name == name for sp in earlier[-1:]):
            return None  # the previous speaker again: the usual rules decide
        spoke = any(sp is not None and sp.name == name for sp in earlier)
        if not spoke and not _introduced_as_person(text, index, name):
            continue  # "Wall Street", "Roman Catholic", "FULL TEXT": capitals, not a person
        sp = Speaker(name, "person", doubtful=True)  # (right about three times in four)
        return sp if _fits_gender(text, sp, earlier, gender, start, run.start, run.end) else None
    return None


def _returning_speaker(
    text: str, index: NameIndex, run: NameRun, earlier: list[Speaker | None]
) -> bool:
    """A surname alone, after a scene-setting phrase, of someone quoted before under their
    full name: "Back at the hospital, Walsh is preparing for another long summer" brings
    Kirsten Walsh back (a feature's return to an interviewee)."""
    if not _SCENE_BEFORE.search(text, max(0, run.start - 60), run.start):
        return False
    name = index.fullest(" ".join(run.name))[0]
    return " " in name and any(sp is not None and sp.name == name for sp in earlier)


_SCENE_BEFORE = latin_re(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?:Back|Later|Now|Today|Outside|Inside|Downstairs|Upstairs"
    r"|Meanwhile|At|In|On)(?:[ \t]+[a-z][\w'’-]*){0,5},[ \t]+$"
)


# A feature's beat of action just before a quotation ("... and Ortega looks over the dining
# room.", "She nods towards Whitlock, who grins without looking up."): the one who moves speaks.
_BEAT_VERBS = (
    "looks|looked|reaches|reached|nods|nodded|grins|grinned|smiles|smiled|laughs|laughed|"
    "shrugs|shrugged|turns|turned|pauses|paused|leans|leaned|leant|sighs|sighed|points|pointed|"
    "glances|glanced|winks|winked|gestures|gestured|frowns|frowned|chuckles|chuckled"
)
_BEAT = latin_re(
    r"(?:^|\n|[.!?][\"”’']?[ \t]+|,[ \t]+(?:and|but|as|while)[ \t]+|\b(?:towards?|at)[ \t]+)"
    r"(?!(?:She|He|They|We|It|I)\b)(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
    rf"(?:,[ \t]+who)?[ \t]+(?:{_BEAT_VERBS})\b[^.!?\n]*[.!?][\"”’']?[ \t]*\n*[ \t]*$"
)


def _beat_person(
    text: str, index: NameIndex, pos: int, gender: str | None, earlier: list[Speaker | None]
) -> Speaker | None:
    """The person the sentence right before the quotation shows moving, by a name the
    article gave in full: the "he said" is theirs (doubtful unless they spoke last too)."""
    found = _BEAT.search(text, max(0, pos - 300), pos)
    if found is None or _inside_quotation(text, found.start("name")):
        return None
    name, run = index.fullest(found.group("name"))
    if run is None or len(name.split()) < 2 or not index.names_a_person(run):
        return None
    last = earlier[-1] if earlier else None
    sp = Speaker(name, "person", doubtful=last is None or last.name != name)
    if gender and _gender_of(text, sp, earlier) not in (None, gender):
        return None
    return sp


# how an article brings a person in: an age, a description or a clause in apposition
_PERSON_APPOSITION = re.compile(r",[ \t]+(?:\d{1,3},|(?:a|an|the|who|whose|his|her)\b)")


def _introduced_as_person(text: str, index: NameIndex, name: str) -> bool:
    """Whether the article writes the name as a person's somewhere: with a title ("Dr Nomvula
    Dlamini"), after a role ("striker Keeley Anders"), or with an age or a description in
    apposition ("Chukwudi Okonkwo, a radio-frequency engineer")."""
    words = name.split()
    for run in index.by_last.get(words[-1], ()):
        if run.name[-len(words) :] != tuple(words)[-len(run.name) :]:
            continue
        if run.title and any(t.lower().rstrip(".") not in ("mr", "mrs", "ms") for t in run.title):
            return True
        if _PERSON_APPOSITION.match(text, run.end) or _ACTS_AS_PERSON.match(text, run.end):
            return True
        before = re.search(r"([a-z][\w-]*)[ \t]+$", text[max(0, run.start - 30) : run.start])
        if before and role_noun(before.group(1)):
            return True
        described = _DESCRIBED_BEFORE.search(text, max(0, run.start - 80), run.start)
        if described and role_noun(described.group(1)):
            return True  # "Another farmer from Guruve, Mr Tendai Chinembiri, was less keen"
    return False


# a role, perhaps with where it is from, and then the name in apposition
_DESCRIBED_BEFORE = latin_re(
    r"\b([a-z][\w-]*)(?:[ \t]+(?:from|of|in|at)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?"
    r",[ \t]+$"
)


# a name that does something with its own body or belongings ("Mary Byrne shakes her head",
# "Okafor folded his arms"): a person, whatever the article called them before
_ACTS_AS_PERSON = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]{3,}(?:s|ed)[ \t]+(?:his|her)\b")
# where a feature brings a person in: opening a sentence or a clause ("Back on the farm, as the
# sun drops, Pieter van der Westhuizen is ..."), or after "is", "belongs to", "meet"
_BROUGHT_IN_BEFORE = latin_re(
    r"(?:^|[.!?][\"”’]?[ \t]+|\n[ \t]*|,[ \t]+"
    r"|\b(?:is|was|are|were|belongs[ \t]+to|belonged[ \t]+to|meet|meets|met|joined[ \t]+by"
    # ("Our reporter is in Salthill, where she spoke to local man Pádraig Mac Giolla Rua")
    r"|(?:spoke|speaks|talked|talks)[ \t]+(?:to|with)|caught[ \t]+up[ \t]+with|interviewed"
    # a prize's winner ("Sportsman of the Year went to 800m world champion Emmanuel Wanyonyi")
    r"|(?:went|goes|go|was[ \t]+awarded|were[ \t]+awarded)[ \t]+to)"
    # (or a possessed relation opening the sentence: "Her mum Denise Brennan, 54, was less
    # diplomatic")
    r"[ \t]+)(?:(?:the|a|an)[ \t]+(?:[a-z0-9][\w,.-]*[ \t]+){0,3}"
    # ("Her former Love Villa co-star Tyrese Okafor-Lloyd")
    r"|(?<![^\n \t])(?:His|Her|Their)[ \t]+(?=[a-z])(?:[a-z0-9][\w,.-]*[ \t]+"
    r"|[A-Z][\w'’-]*[ \t]+(?=(?:[A-Z][\w'’-]*[ \t]+)*[a-z])){0,5}"
    r"|(?:[a-z0-9][\w,.-]*[ \t]+){0,3})$"
)
_ROLE_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z-]{3,})[ \t]+$")
_OPENS_SENTENCE_BEFORE = latin_re(
    r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”’][ \t])|(?<=\n))"
    r"(?:(?:His|Her|Their|The|A|An)[ \t]+)?(?:[\w'’-]+[ \t]+){0,5}$"
)
# a place after its preposition, or a person only talked about
_NOT_THE_PERSON_BEFORE = latin_re(
    r"(?:\b(?:in|at|near|from|outside|inside|across|around|on)[ \t]+(?:the[ \t]+)?$)"
    # (but after the asked clause's comma the name is the subject: "Asked whether she will
    # write again, Mary Byrne shakes her head")
    r"|\b[Aa]sked\b[^.!?\n,]*$|\b(?:about|against|with)[ \t]+(?:[\w'’-]+[ \t]+){0,4}$"
)


def _fits_gender(
    text: str,
    sp: Speaker,
    earlier: list[Speaker | None],
    gender: str | None,
    start: int,
    name_start: int,
    name_end: int,
) -> bool:
    """Whether a person brought in at text[name_start:name_end] can be the pronoun's."""
    if not gender:
        return True
    own_cue = _OWN_CUE_AFTER.match(text, start)
    if own_cue is not None:
        start = own_cue.end()  # the last quotation's own '"Q," he said, to applause.'
    stop = name_start
    if text[max(0, name_start - 2) : name_start] == ", ":
        # an opening participle's pronoun is the name's own ("Asked whether she will write
        # again, Mary Byrne shakes her head"): only what came before the name's sentence
        # counts (but not a clause with its own subject: "When he walks onstage, Sen. Sherrod
        # Brown is on deck" is two men)
        sentence = max(max(text.rfind(c, start, name_start) for c in ".!?\n") + 1, start)
        if _OPENING_PARTICIPLE.match(text, sentence):
            stop = sentence
    owner = _OWNER_OF_NAME.search(text, max(start, name_start - 40), name_start)
    if owner is not None:
        stop = min(stop, owner.start())  # "Her mum Denise Brennan": the owner is someone else
    for g in _GENDERED.finditer(text, start, stop):
        if (g.group("m") is not None) == (gender == "m"):
            return False  # "he" spoke of someone before the new name came in
    if _gender_of(text, sp, earlier) not in (None, gender):
        return False
    return _gender_after(text, name_end) in (None, gender)


# a possessive determiner opening the name's own noun phrase ("Her mum Denise Brennan")
_OWNER_OF_NAME = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?:His|Her)[ \t]+(?:[a-z][\w-]*[ \t]+){1,3}$"
)
_OPENING_PARTICIPLE = re.compile(r"[ \t\"”’]*[A-Z][a-z]+(?:ed|ing)\b")
# The pronoun cue that ends the previous quotation: about its speaker, not the new person.
_OWN_CUE_AFTER = re.compile(
    r"[ \t]*(?:he|she)[ \t]+(?:said|says|added|adds|told|tells|continued|explained)\b[^.!?\n]*"
)
# Verbs that bring a person in with reported speech: narrower than CUE_VERBS, whose "offered",
# "called" or "showed" also follow organisations and things ("United Technologies has offered").
_SAYING = (
    "said|says|told|tells|added|adds|argued|argues|explained|explains|noted|notes|wrote|writes|"
    "replied|suggested|suggests|insisted|insists|warned|warns|declared|stated|acknowledged|"
    "admitted|admits|recalled|recalls|conceded|complained|claimed|claims|repeated|continued|"
    "believes|thinks|agreed|agrees|disagreed|railed|fulminated|maintained|maintains|predicted|"
    "demanded|demands|urged|urges|appealed|appeals|posted|tweeted|responded|hit out|"
    # ("the victim's husband, Tomasz Wierzbicki, read a statement on behalf of the family")
    r"read[ \t]+(?:a|out|the)"
)
_NAME_CUE = latin_re(
    rf"(?<![\w'’-])(?P<name>(?:{_CAPITAL_WORD}[ \t]+"
    r"(?:(?:al|bin|ibn|de|van|von|ap|ab|ni|nic|binti|bint|el|da|dos|du|le|la)[ \t]+)?){1,3}"
    r"[A-Z][\w'’-]*\w)"
    # (or a comma alone: "the District Cocoa Officer ..., Mr Emmanuel Tetteh-Quaye, said")
    r"(?:,[ \t]*(?P<appos>[^,.;:!?\"“”\n]{3,120}),|,(?=[ \t]+(?:said|says|told|read)\b)"
    # (or the speech in a relative clause: "Also present was committee chairman Datuk
    # Zulkifli Mat Daud, who said the state had identified land")
    r"|(?P<who>,[ \t]+who))?"
    r"[ \t]+(?:(?:has|had|also|then|later)[ \t]+)?"
    rf"(?:{_SAYING})\b"
)
_OFFICE_WORDS = ORG_WORDS | TITLE_WORDS
# a relative named by a given name in apposition, with reported speech
_KIN_NAMED_CUE = latin_re(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[\w-]+['’]s?)[ \t]+(?:[\w-]+[ \t]+){0,2}"
    rf"(?:{_KIN_NOUNS}),[ \t]+(?P<name>[A-Z][\w'’-]+),[ \t]+(?:{_SAYING})\b"
)
# A person brought in by "is" or "was": "One of them is Leung Mei-ling", "Among those
# celebrating outside City Hall was Sgt. Amit Peretz"
_INTRODUCED = latin_re(
    r"(?:(?:(?<=[.!?][ \t])|(?<=\n)|^)(?:Among|One[ \t]+of|The[ \t]+(?:first|next|last)[ \t]+"
    r"(?:person|one|man|woman))[ \t]+[^.!?\n\"“”]{2,100}?[ \t]+(?:is|was|are|were)"
    # "The first person I met, on my first evening, was the team leader, Alasdair Munro."
    r"(?:[ \t]+(?:the|a|an)[ \t]+[^.!?\n\"“”,]{2,60},"
    # or its role before the name: "Among the signatories is the former Treasury minister Dame
    # Priya Raghunathan-Lowe, who"
    r"|[ \t]+(?:the|a|an)(?:[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,2}[a-z][\w'’-]*){1,4}(?=[ \t]+[A-Z]))?"
    # "The release also quoted Naa Alhassan Yakubu, chief of Kpalgu"
    r"|\b(?:quoted|quotes|cited|cites)"
    # "The inaugural speech this year fell to novelist Monica Gutierrez de la Vega, whose ..."
    r"|\bfell[ \t]+to(?:[ \t]+(?:the[ \t]+)?[a-z][\w-]*){0,3}"
    # "That idea has support from paramedic Ben Castellano, who has been ..."
    r"|\b(?:support|backing|praise|criticism|opposition|agreement|endorsement)[ \t]+from"
    r"(?:[ \t]+(?:the[ \t]+)?[a-z][\w-]*){0,3}"
    # a feature writer's question: "On my last night, I ask Munro why he keeps doing it."
    r"|\b(?:I|we)[ \t]+(?:ask|asked))[ \t]+"
    # ("Among the 4,000 fans was 68-year-old Leroy Adams, who ...")
    r"(?:\d{1,3}-year-old[ \t]+)?"
    rf"(?P<name>(?:{_CAPITAL_WORD}[ \t]+(?:(?:al|bin|de|del|van|von|der|da|dos|le|la|ap)[ \t]+)"
    r"{0,2}){0,4}"
    r"[A-Z][\w'’-]*\w)(?=[ \t]*[,.;]|[ \t]+(?:who|whose|why|what|how|whether|if|about)\b)"
)
_APPOSED_FULL_NAME = latin_re(r"(?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’-]*\w")
_OF_BODY_BEFORE = latin_re(
    r"\b(?:of[ \t]+(?:the[ \t]+)?|for[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+(?:and|&)[ \t]+)?)$"
)
_AFTER_PLACE = re.compile(r"\b(?:of|for|at|in|from|with)[ \t]+(?:the[ \t]+)?$")
