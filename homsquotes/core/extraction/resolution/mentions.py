"""The Speaker record and the small helpers about mentions and sentences that every stage of
resolution shares: whether a mention looks like a name, its head noun, a role split from the
name it precedes ("Housing Secretary Angela Rayner"), the shapes a mention can take (an aged
name, a title of an organisation, a name given "who gave only her surname"), and where a
sentence, a quotation or the paragraph two back begins or ends. It exists so that the stage
modules can share these without importing one another (which would be circular)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from homsquotes.core.extraction.attribution.cues import TITLE_WORDS, role_noun, word_set
from homsquotes.core.extraction.capitals import latin_re
from homsquotes.core.extraction.resolution.speakers import (
    GIVEN_NAMES_LIKE_ROLES,
    MEMBER_LETTERS,
    NAME_PREFIXES,
    NOT_NAMES,
    NameIndex,
    speaker_type_of,
)
from homsquotes.core.extraction.resolution.subject_patterns import _SUBJECT_PARTICLE


@dataclass(slots=True)
class Speaker:
    name: str
    type: str
    affiliation: str | None = None
    gender: str | None = None  # "m" / "f" once a he/she or an honorific has shown it
    through: str | None = None  # the document the speaker spoke through ("her statement")
    # a pronoun taken to an earlier speaker across other people named since: worth a look
    doubtful: bool = False
    chained: bool = False  # found through a paragraph that opens with a pronoun


# How far back a role's one holder may have been named: about two paragraphs.
_ROLE_REACH = 2500


def _indefinite(description: str) -> str:
    """"Another passenger", "One dealer" as a speaker: "a passenger", "a dealer" ("One of the
    women" stays as it is)."""
    words = description.split()
    if len(words) > 1 and words[0] in ("Another", "One") and words[1] != "of":
        return " ".join([_article_for(words[1]), *words[1:]])
    return description


def _article_for(word: str) -> str:
    """"a" or "an" by how the word sounds: "an analyst", "a university", "a European", "an
    MP", "an FBI agent"."""
    if word.isupper() and len(word) > 1:
        return "an" if word[0] in "AEFHILMNORSX" else "a"  # (letter names: "an em-pee")
    low = word.lower()
    if low.startswith(("uni", "use", "usu", "uti", "eu", "one", "once")):
        return "a"
    return "an" if low[:1] in "aeiou" else "a"


def _head_noun(mention: str) -> str:
    words = [w.lower().strip(".,") for w in mention.split()]
    for i, w in enumerate(words):
        if i > 0 and w in ("of", "for", "at", "from", "with", "in", "on", "who", "that"):
            return words[i - 1]
    return words[-1] if words else ""


def _in_brackets(text: str, pos: int) -> bool:
    """Whether pos is inside a short bracket: "(FF)", "(Conservative, Saltford)"."""
    opening = text.rfind("(", max(0, pos - 40), pos)
    return opening >= 0 and ")" not in text[opening:pos] and "\n" not in text[opening:pos]


_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]")
_NAME_GIVEN_AS = latin_re(
    r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+)who[ \t]+"
    r"(?:gave|asked[ \t]+to[ \t]+be[ \t]+(?:identified|named|called)|"
    r"identified[ \t]+(?:himself|herself|themselves)|would[ \t]+only[ \t]+give)"
    r"(?:[ \t]+only)?(?:[ \t]+(?:his|her|their))?(?:[ \t]+(?:first|full|last))?"
    r"(?:[ \t]+(?:name|surname|family[ \t]+name))?"
    # (after "surname" or "name" a comma may stand for "as": "who gave only her surname, Chan")
    r"(?:[ \t]+(?:only|simply))?(?:[ \t]+as|(?<=name),)[ \t]+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
)


_NAME_AFTER = latin_re(
    # "additional director general of police (STF) Amitabh Yash": a unit in brackets between
    r"(?:[ \t]*\([^()\n]{1,20}\))?"
    # (a name may open with its particles after a title: "says Cllr ap Dafydd")
    rf"[ \t]+((?:(?:{_SUBJECT_PARTICLE}[ \t]+){{1,2}}"
    rf"(?:[A-Z][\w'’.-]+[ \t]+(?:{_SUBJECT_PARTICLE}[ \t]+){{0,2}})*"
    rf"|(?:[A-Z][\w'’.-]+[ \t]+(?:{_SUBJECT_PARTICLE}[ \t]+){{0,2}})+)"
    r"(?:(?:al|el|ad|as|ash)-)?[A-Z][\w'’-]+)(?=[ \t]*[,.;:!?]|[ \t]+[a-z])"
)
# "the NGO", "the Minister": a capitalised word after "the" that describes, not names
_DESCRIBED = latin_re(r"[Tt]he[ \t]+(?P<head>[A-Z][A-Za-z-]+)")
# "The Finance Minister", "the Deputy Chief Constable": capitalised words ending in a role
_CAPITALISED_ROLE = latin_re(r"[Tt]he(?:[ \t]+[A-Z][A-Za-z-]+){1,3}[ \t]+(?P<head>[A-Z][a-z]+)")
_ROLE_TITLES = TITLE_WORDS - word_set(
    "former acting deputy father brother sister lord lady sir dame"
)
_AGE_NOMINAL = re.compile(r"(?:[Tt]he[ \t]+)?\d{1,3}-year")
# Nouns a showbiz or sports report calls a person it has named ("the brunette beauty", "the
# reality star", "the veteran"), which no list of occupations holds
_EPITHET_HEADS = word_set(
    "star beauty bombshell stunner hunk heartthrob starlet icon legend youngster rookie "
    "newcomer statesman stateswoman favourite hopeful"
)


def _epithet_description(np: str) -> bool:
    """"The 34-year-old star", "the brunette beauty": a description, not an office, of one
    person the report has named."""
    words = np.split()
    if not 2 <= len(words) <= 5 or words[0] not in ("The", "the"):
        return False
    return bool(_AGE_NOMINAL.match(np)) or words[-1].lower() in _EPITHET_HEADS
# "Dermot Ó Súilleabháin (31), of Cosgrave Park, Moyross, pleaded guilty": who is on trial
_CHARGED = latin_re(
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|Ó|Ní|Mac|Mc|de|van|von|al|bin)){1,4})"
    r"(?:[ \t]*\(\d{1,3}\))?(?:,[^.;\n]{0,80}?,)?[ \t]+"
    r"(?:pleaded|pled|appeared|was[ \t]+charged|is[ \t]+charged|denies|denied|admitted|admits|"
    r"was[ \t]+sentenced|was[ \t]+jailed|was[ \t]+convicted|faces|stands[ \t]+accused)\b"
)
# a people, not a person: "the 34-year-old New Zealander", "the 29-year-old South African"
_DEMONYM_ENDINGS = ("ian", "ese", "ish", "ican", "ander", "ean", "lander", "man", "woman", "ite")
_AGED_NAME = latin_re(
    r"(?:[Tt]he[ \t]+)?\d{1,3}-year-old[ \t]+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?![\w'’-])"
)
_PARENT_OF = re.compile(
    r"[Tt]he[ \t]+(?P<parent>(?:grand)?(?:mother|father)|mum|dad)[ \t-]+of[ \t-]+"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
)
_CAP = r"[A-Z][\w'’.-]*"
_TITLE_OF_ORG = latin_re(
    rf"(?P<role>(?:{_CAP}[ \t]+)*(?:"
    + "|".join(sorted(w.capitalize() for w in TITLE_WORDS if w.isalpha()))
    + rf")[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+{_CAP})*?)"
    rf"[ \t]+(?P<name>{_CAP}[ \t]+(?:(?:al|bin|de|van|von)[ \t]+)?[A-Za-z][\w'’-]+)"
)
_OWNER_NAME = latin_re(
    rf"(?P<owner>(?:{_CAP}[ \t]+){{0,3}}{_CAP})['’]s[ \t]+(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,3}})"
)
_NAME_OF_PLACE = latin_re(
    # the first "of" after a name: "Jean-Baptiste de la Roche of the Observatoire de la Côte
    # d'Azur in France" is de la Roche, not France
    rf"(?P<name>.*?[A-Z][\w'’.-]*[ \t]+(?:{_SUBJECT_PARTICLE}[ \t]+){{0,2}}"
    r"(?P<last>[A-Z][\w'’-]+))[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?[A-Z].*"
)
_NAME_PARTICLES = word_set(
    "al el bin binti bint ibn abu de del della van von der den la le du da di dos y ap ab ni nic"
)
_ROLE_FUNCTION_WORDS = word_set("the a an of for at")
_ORG_NAME_WORDS = word_set("of for and on to in at the")
# "the Labour leader", "the housing secretary", "the former minister" (a role noun at the end)
_DEFINITE_ROLE = latin_re(
    r"[Tt]he(?:[ \t]+[\w'’-]+){0,3}[ \t]+(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(TITLE_WORDS - {"former", "acting", "deputy", "father", "brother", "sister"})
        if w.isalpha()
    )
    # an elected member's letters ("the Upper Bann MLA said")
    + "|MP|MLA|MEP|MSP|MPP|MNA|TD|MHA|MHK)"
)
_MEMBER_LETTERS = MEMBER_LETTERS


_ONLINE_ROLES = word_set("youtuber influencer blogger vlogger podcaster tiktoker streamer")


def _split_role(mention: str) -> tuple[str | None, str]:
    """("commuter", "Jane Ellis") from "commuter Jane Ellis", ("Kremlin spokesman", "Dmitry
    Peskov") from "Kremlin spokesman Dmitry Peskov": everything up to the last lower-case word
    (or a leading role noun: "Resident Gwen Morris") is a role.  (None, mention) when the mention
    does not end in a capitalised name or the lower-case words are name particles ("de Blasio")."""
    words = mention.split()
    cut = 0
    for i, w in enumerate(words[:-1]):
        if not w[:1].isupper() and w.lower() not in _NAME_PARTICLES:
            cut = i + 1
        if w in MEMBER_LETTERS and i < len(words) - 2:
            cut = i + 1  # "Geta MCA Esther Nyokabi Mwaura": the seat and the letters
    if (
        cut == 0
        and len(words) > 2
        and words[0].lower() not in TITLE_WORDS
        and role_noun(words[0].lower())
        and words[0].lower() not in GIVEN_NAMES_LIKE_ROLES  # ("Walter J. Sczepanski")
    ):
        cut = 1
    if cut == 0 and len(words) > 2:
        # "Fitness YouTuber Kwame Adjei-Brightwell": a creator's trade, capitalised, is no name
        online = [i for i, w in enumerate(words[:-2]) if w.lower() in _ONLINE_ROLES]
        cut = online[-1] + 1 if online else 0
    rest = words[cut:]
    lower = [w for w in words[1:cut] if not w[:1].isupper()]
    if lower and all(w.lower() in _ORG_NAME_WORDS for w in lower):
        # "The Department for Education" is one name; "Vice President for news and talk Dave
        # Gorab" is a role (its lower-case words are not all function words) and a name
        return None, mention
    if cut == 0 or not all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in rest):
        return None, mention
    if rest[0].lower() in _NAME_PARTICLES:
        return None, mention
    role_words = [w for w in words[:cut] if w.lower() not in _ROLE_FUNCTION_WORDS]
    return (" ".join(words[:cut]) if role_words else None), " ".join(rest)


def _two_paragraphs_back(text: str, pos: int, reach: int = 1200) -> int:
    """Where the paragraph before pos's paragraph starts, at most `reach` characters back."""
    start = max(0, pos - reach)
    para = text.rfind("\n\n", start, pos)
    earlier = text.rfind("\n\n", start, para) if para > 0 else -1
    return max(start, earlier + 2 if earlier >= 0 else start)


_SENTENCE_STOP = re.compile(r"[.!?][\"”’']?(?:[ \t]|$)|\n")


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding pos ends (its full stop, a line break or 300 characters)."""
    m = _SENTENCE_STOP.search(text, pos, min(len(text), pos + 300))
    return m.start() if m else min(len(text), pos + 300)


_NEXT_SENTENCE = latin_re(r"[.!?][\"”’']?[ \t]+(?=[A-Z\"“])")


def _last_sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding pos starts, going back to the last full stop and space (a
    sentence that starts at pos starts there: the capital after it is looked at too)."""
    ends = [m.end() for m in _NEXT_SENTENCE.finditer(text, max(0, pos - 600), pos + 1)]
    ends = [e for e in ends if e <= pos]
    return ends[-1] if ends else 0


# Words before a pronoun that open its sentence without naming anyone ("Last night", "Later,")
_QUOTE_MARK = re.compile(r"[\"“”‘’'«»]")


# (a mark inside a word is an apostrophe, even a mistyped one: "National Review‘s")
_OPENING_SINGLE = re.compile(r"(?<![A-Za-z])‘(?!\d)")  # (nor the elision of "‘90s")
_CLOSING_SINGLE = re.compile(r"’(?![A-Za-z])")


def _inside_quotation(text: str, pos: int) -> bool:
    """Whether `pos` lies inside a quotation opened earlier in its paragraph (read back 2,000
    characters at most: a pasted book may be one paragraph, and this is asked per sentence)."""
    seg = text[max(text.rfind("\n", 0, pos) + 1, pos - 2000) : pos]
    if seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1:
        return True
    return len(_OPENING_SINGLE.findall(seg)) > len(_CLOSING_SINGLE.findall(seg))


def _others_named(text: str, index: NameIndex, start: int, end: int, name: str) -> bool:
    """Someone other than `name` is named in full between start and end."""
    own = set(name.split())
    for run in index.runs:
        if run.start >= end:
            break
        named = run.start >= start and len(run.name) >= 2 and not own & set(run.name)
        if named and speaker_type_of(" ".join(run.name)) == "person":
            return True
    return False


def _anyone_else_named(text: str, index: NameIndex, start: int, end: int, name: str) -> bool:
    """Someone other than `name` is named between start and end, by a full name or by one
    ("For farmers like Petrus !Naruseb, the question is not academic. The 61-year-old ...")."""
    own = set(name.split())
    first = bisect.bisect_left(index.starts, start)
    for run in index.runs[first:]:
        if run.start >= end:
            break
        if run.name and not own & set(run.name) and index.names_a_person(run):
            return True
    return False


def _written_collective(text: str, name: str, end: int) -> bool:
    """Whether the article gives the one-word name a plural verb before `end`, as British
    papers write a club or a team: "Newcastle are unlikely to win the race"."""
    # (not a name joined to another: "Federer and Nadal have met 40 times")
    found = re.search(
        rf"(?<!and )(?<!& )(?<!, )\b{re.escape(name)}[ \t]+(?:are|were|have)\b", text[:end]
    )
    return found is not None


def _without_particles(name: str) -> str:
    """A name without the particles it opens with ("ap Dafydd" -> "Dafydd")."""
    words = name.split()
    while len(words) > 1 and words[0] in _NAME_PARTICLES:
        words = words[1:]
    return " ".join(words)


def _looks_like_name(mention: str) -> bool:
    """Capitalised words only ("Trump", "Right Wing Watch"), not a sentence-initial "The ..."."""
    words = mention.split()
    return (
        bool(words)
        and words[0].lower() not in NOT_NAMES
        and words[-1][:1].isupper()
        # (a particle inside a name is lower case: "Pieter van Wyk", "Rhodri ap Owain")
        # (and an article before a surname: "Layla al-Haddad Moreno", "Amr el-Sayed")
        and all(
            w[:1].isupper() or (i > 0 and (w in _NAME_PARTICLES or _ARABIC_ARTICLED.match(w)))
            for i, w in enumerate(words)
        )
    )


_ARABIC_ARTICLED = latin_re(rf"(?:{NAME_PREFIXES})-[A-Z]")
