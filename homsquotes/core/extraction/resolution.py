"""From an attribution to a speaker: the fullest name, pronouns, type and affiliation.

A pronoun goes to the latest earlier speaker of a fitting kind (a person for he/she, an
organisation or document for it), else to the nearest full name before it; a name goes to the
fullest form the article uses; a nominal ("Syrian state television") is its own speaker.
Affiliations found on the way are kept per speaker for the whole article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from homsquotes.core.extraction.affiliation import article_affiliation, clean_description
from homsquotes.core.extraction.attribution import Attribution
from homsquotes.core.extraction.cues import (
    CUE_VERBS,
    PERSON_NOUNS,
    PRONOUNS,
    WEAK_CUES,
    word_set,
)
from homsquotes.core.extraction.speakers import (
    NOT_NAMES,
    NameIndex,
    pronoun_kind,
    speaker_type_of,
)


@dataclass(slots=True)
class Speaker:
    name: str
    type: str
    affiliation: str | None = None


def resolve_speaker(
    text: str,
    index: NameIndex,
    att: Attribution,
    earlier: list[Speaker | None],
    affiliations: dict[str, str],
) -> Speaker | None:
    if att.mention is None:
        return None
    ms, me = att.antecedent or att.mention
    mention = text[ms:me]
    low = mention.lower()
    if low in PRONOUNS:
        sp = _paragraph_subject(text, index, low, ms) or _resolve_pronoun(index, low, ms, earlier)
        if sp.type == "person" and " " in sp.name and sp.name not in affiliations:
            found = article_affiliation(text, index, sp.name)
            if found:
                affiliations[sp.name] = found
        return sp
    role = None
    if att.is_name:
        # "commuter Jane Ellis", "former minister Ann Lee": lower-case words before the name are
        # a role, not part of the name
        role, mention = _split_role(mention)
    if att.name is not None:
        name, _run = index.fullest(text[att.name[0] : att.name[1]])
        sp = Speaker(name, "person")
        desc = clean_description(mention)
    elif att.is_name or _looks_like_name(mention):
        name, _run = index.fullest(mention)
        sp = Speaker(name, speaker_type_of(name, is_name=True))
        desc = (
            clean_description(text[att.description[0] : att.description[1]])
            if att.description
            else None
        ) or (clean_description(role) if role else None)
    else:
        return Speaker(mention, speaker_type_of(mention, is_name=False))
    if desc:
        affiliations.setdefault(sp.name, desc)
    elif sp.name not in affiliations:
        found = article_affiliation(text, index, sp.name)
        if found:
            affiliations[sp.name] = found
    return sp


_NAME_PARTICLES = word_set("al el bin ibn abu de del della van von der den la le du da di dos y")
_ROLE_FUNCTION_WORDS = word_set("the a an of for at")


def _split_role(mention: str) -> tuple[str | None, str]:
    """("commuter", "Jane Ellis") from "commuter Jane Ellis"; (None, mention) when the mention
    does not end in a capitalised name or its lower-case words are name particles ("de Blasio")."""
    words = mention.split()
    i = 0
    while i < len(words) - 1 and words[i][:1].islower():
        if words[i].lower() in _NAME_PARTICLES:
            return None, mention
        i += 1
    rest = words[i:]
    if i == 0 or not all(w[:1].isupper() for w in rest):
        return None, mention
    role_words = [w for w in words[:i] if w.lower() not in _ROLE_FUNCTION_WORDS]
    return (" ".join(words[:i]) if role_words else None), " ".join(rest)


# inflected forms only: a base form is as often a noun or adjective ("Syrian state television")
_STRONG_CUES = "|".join(
    sorted(
        (
            w
            for w in CUE_VERBS - WEAK_CUES
            if w.endswith(("ed", "s")) or w in ("said", "told", "wrote", "shot")
        ),
        key=len,
        reverse=True,
    )
)
# A sentence opening with its speaker: "Smith said ...", "The ministry told ...".
_SENTENCE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))"
    r"(?P<np>(?:The|A|An)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?[\w'’-]+"
    r"|(?:[A-Z][\w'’.-]*[ \t]+){0,6}[A-Z][\w'’-]*)"
    rf"[ \t]+(?:(?:has|had|also|then|later)[ \t]+)?(?:{_STRONG_CUES})\b",
    re.MULTILINE,
)


def _paragraph_subject(text: str, index: NameIndex, pronoun: str, pos: int) -> Speaker | None:
    """The speaker a pronoun stands for when an earlier sentence of its own paragraph opens with
    a fitting subject of a speech verb ("Smith said ... "Q," he said"; "The ministry said ...
    "Q," it said").  That sentence is nearer than any earlier quotation's speaker."""
    para = max(text.rfind("\n", 0, pos) + 1, pos - 600)
    last = None
    for m in _SENTENCE_SUBJECT.finditer(text, para, pos):
        last = m
    if last is None:
        return None
    np = last.group("np")
    kind = pronoun_kind(pronoun)
    nominal = np.split()[0] in ("The", "A", "An")
    if nominal:
        head = np.split()[-1].lower()
        plural = head.endswith("s") and not head.endswith(("ss", "'s", "’s"))
        is_person = head in PERSON_NOUNS or (plural and head[:-1] in PERSON_NOUNS)
        if kind == "person" and is_person and not plural:
            return Speaker(np, "person")
        if kind == "thing" and not is_person and not plural:
            return Speaker(np, speaker_type_of(np, is_name=False))
        if kind == "plural" and plural:
            return Speaker(np, speaker_type_of(np, is_name=False))
        return None
    if np.split()[0].lower() in NOT_NAMES:
        return None
    name, _run = index.fullest(np)
    typ = speaker_type_of(name, is_name=True)
    if kind == "person" and typ == "person":
        return Speaker(name, "person")
    if kind == "thing" and (typ == "organisation" or " " not in name):
        # a one-word name taken up by "it" is an organisation ("Northwind said ... it said")
        return Speaker(name, "organisation")
    return None


def _looks_like_name(mention: str) -> bool:
    """Capitalised words only ("Trump", "Right Wing Watch"), not a sentence-initial "The ..."."""
    words = mention.split()
    return bool(words) and words[0].lower() not in NOT_NAMES and all(w[:1].isupper() for w in words)


def _resolve_pronoun(
    index: NameIndex, pronoun: str, pos: int, earlier: list[Speaker | None]
) -> Speaker:
    kind = pronoun_kind(pronoun)
    for sp in reversed(earlier[-6:]):
        if sp is None:
            continue
        if kind == "person" and sp.type == "person":
            return sp
        if kind == "thing" and sp.type in ("organisation", "document", "other"):
            return sp
        if kind == "plural" and sp.type != "document":
            return sp
    if kind == "person":
        name = index.preceding_person(pos)
        if name:
            return Speaker(name, "person")
    return Speaker(pronoun, speaker_type_of(pronoun))
