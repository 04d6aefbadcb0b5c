"""Whether a resolved speaker can be someone who speaks.

A speaker is a person, a group, an organisation, or a document standing for its author.  The
parser and the sieves sometimes hand back a word that is none of these: a sentence opener
("Currently", "Perhaps Tracy"), a date ("May", "Friday", "Nov 8)"), page furniture inside the
body ("ADVERTISEMENT", "Article Continued Below"), a byline or photo credit ("Canadian Press
Anne Marie Cerato"), an adjective or a common noun ("lanky", "self"), an event or an
abstraction ("the big reveal", "the search").  Such a speaker is dropped: no speaker is honest
and sends the quotation to review, where a wrong one would be cited.
"""

from __future__ import annotations

import re

from homsquotes.core.extraction.attribution.cues import (
    CUE_VERBS,
    DOCUMENT_WORDS,
    ORG_WORDS,
    PERSON_NOUNS,
    PRONOUNS,
    SPEECH_NOUNS,
    TITLE_WORDS,
    word_set,
)
from homsquotes.core.extraction.capitals import latin, latin_re
from homsquotes.core.extraction.resolution.speakers import OPENERS as NAME_OPENERS

# Words that open a sentence before its subject; the parser keeps them in the subject's phrase
# ("Perhaps Tracy Morgan put it best").  Trimmed from the front of a mention.
OPENERS = NAME_OPENERS | word_set("so but and or")
_DATE_WORDS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december jan feb mar apr jun jul aug sep sept "
    "oct nov dec today yesterday tomorrow tonight week weekend month year morning evening night"
)
_FURNITURE = re.compile(
    r"(?i)(?:advertisement|advert|sponsored|watch|listen|read more|related|recommended|"
    r"article continues?(?: below)?|article continued below|continue reading|story continues"
    r"(?: below)?|photo|video|getty images|file photo|click here|subscribe|sign up)"
)
_WIRE_CREDIT = latin_re(
    r"(?:The[ \t]+)?(?:Canadian[ \t]+Press|Associated[ \t]+Press|Press[ \t]+Association|AFP|AP|"
    r"Reuters|PA|Getty(?:[ \t]+Images)?|EPA|Xinhua|Shutterstock|Alamy)[ \t/]+[A-Z][\w'’-]+"
    r"(?:[ \t]+[A-Z][\w'’-]+)+"
)
# Group words that speak without being a person noun ("others said", "many argue").
_GROUPS = word_set(
    "others many some both all everyone someone somebody people everybody nobody one another "
    "police crowd audience family families public residents locals fans staff men women "
    "children me us those publication publications outlet outlets"
)
_NUMBERISH = re.compile(r"[\d()/.,:-]+")
_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "eer", "ee", "man", "woman", "ess")


def trim_openers(text: str, start: int, end: int) -> int:
    """The start of a mention once sentence openers are cut: "Perhaps Tracy Morgan"."""
    while True:
        m = re.match(latin(r"([A-Za-z]+)[,]?[ \t]+"), text[start:end])
        if not m or start + m.end() >= end:
            return start
        word = m.group(1)
        inverted_cue = word[:1].isupper() and word.lower() in CUE_VERBS and word != "Said"
        if word.lower() not in OPENERS and not inverted_cue:
            return start  # ("Continued Stone:" is Stone, an inverted cue before the name)
        start += m.end()


def _speaking_noun(word: str) -> bool:
    w = word.lower().strip(".,;:'’")
    w = re.sub(r"['’]s?$", "", w)
    if w in PRONOUNS or w in _GROUPS:
        return True
    stems = {w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w}
    vocab = PERSON_NOUNS | TITLE_WORDS | ORG_WORDS | DOCUMENT_WORDS | SPEECH_NOUNS
    if stems & vocab:
        return True
    return any(s.endswith(_PERSON_SUFFIXES) and len(s) > 4 for s in stems)


def plausible_speaker(name: str, mention: str) -> bool:
    """False for a speaker that cannot speak (see the module docstring)."""
    words = name.split()
    if not words:
        return False
    if _FURNITURE.fullmatch(name.strip(" .:")) or _WIRE_CREDIT.fullmatch(name):
        return False
    bare = [w for w in words if w.lower() not in ("the", "a", "an")]
    if not bare:
        return False
    if all(w.lower().strip(".,)(") in _DATE_WORDS or _NUMBERISH.fullmatch(w) for w in bare):
        return False  # "May", "Friday", "Nov 8)"
    if (
        len(bare) <= 3
        and re.search(r"\d", name)
        and any(w.lower().strip(".") in _DATE_WORDS for w in bare)
    ):
        return False  # a dateline fragment
    if len(bare) == 1 and bare[0].isupper() and len(bare[0]) > 5:
        return False  # "ADVERTISEMENT", "WATCH" in a shouting line (acronyms are short)
    if bare[0].lower() in OPENERS and len(bare) == 1:
        return False  # "Currently", "Not"
    if bare[0][:1].isupper() and words[0] not in ("The", "A", "An"):
        return True  # a name ("Ahmed al Ashry", "Jonah Goldberg of the National Review")
    if len(words) == 1 and bare[0].islower():
        return _speaking_noun(bare[0])  # "officials", "police"; never "lanky" or "self"
    # a description speaks unless its head noun is an event, an act or an abstraction
    # ("the big reveal", "the search", "an ongoing do-over vote", "the tone of the interview")
    head = _head_word(mention if mention.lower() == name.lower() else name)
    return not _abstract_noun(head)


_ABSTRACT = word_set(
    "search reveal vote votes award awards ceremony timing tone result results way phrase "
    "attack attacks transaction transactions estimate estimates browse name surge victory defeat "
    "election race event events show game match season contest debate fight war crisis storm "
    "issue issues problem question questions idea ideas plan plans policy effort efforts move "
    "decision change changes trend news story stories scene day night week year time moment "
    "period era number numbers figure "
    "figures rate rates level levels amount share total record records data evidence fact facts "
    "reason reasons sense feeling hope fear anger concern concerns support opposition interest "
    "disruption disruptions hard so- called"
)
_INSTITUTION_NOUNS = word_set(
    "convention administration federation institution station nation delegation congregation "
    "corporation coalition organisation organization association foundation commission "
    "publication opposition"
)
_ABSTRACT_ENDINGS = ("ness", "ity", "ism", "tion", "sion", "ment", "ance", "ing")


def _abstract_noun(word: str) -> bool:
    w = word.lower().strip(".,;:'’")
    if w in _ABSTRACT:
        return True
    if _speaking_noun(w) or w in _INSTITUTION_NOUNS:
        return False  # "statement", "publication", "foundation", "convention"
    return w.endswith(_ABSTRACT_ENDINGS) and len(w) > 5


def is_abstract(noun: str) -> bool:
    """An event, an act or an abstraction, in the singular or the plural ("the findings")."""
    return _abstract_noun(noun) or (noun.endswith("s") and _abstract_noun(noun[:-1]))


def _head_word(phrase: str) -> str:
    words = phrase.split()
    for i, w in enumerate(words):
        if i > 0 and w.lower() in ("of", "for", "at", "from", "with", "in", "on", "who", "that"):
            return words[i - 1]
    return words[-1]


def person_description(mention: str) -> bool:
    """A definite description of a person: "the affable proprietor", "the rookie defenceman",
    "the researcher" (its head noun is a person noun or has a person-noun ending)."""
    words = mention.split()
    if len(words) < 2 or words[0].lower() != "the" or len(words) > 7:
        return False
    head = _head_word(mention).lower().strip(".,")
    if head in PERSON_NOUNS or head in TITLE_WORDS:
        return True
    if "-" in head and any(part in PERSON_NOUNS for part in head.split("-")):
        return True  # a tabloid's "the great-gran-of-five", "the mum-of-two"
    return head.endswith(_PERSON_SUFFIXES) and len(head) > 4 and head not in ORG_WORDS


def abstraction_not_name(word: str) -> bool:
    """A capitalised word that is an abstraction, not a surname: "Insurance is up" (but
    "Manning", "Fleming": names end in -ing as often as nouns do)."""
    w = word.lower().strip(".,;:'’")
    return not w.endswith("ing") and _abstract_noun(w)
