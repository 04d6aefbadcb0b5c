"""From an attribution to a speaker: the fullest name, pronouns, type and affiliation.

A pronoun goes to the latest earlier speaker of a fitting kind (a person for he/she, an
organisation or document for it), else to the nearest full name before it; a name goes to the
fullest form the article uses; a nominal ("Syrian state television") is its own speaker.
Affiliations found on the way are kept per speaker for the whole article.
"""

from __future__ import annotations

from dataclasses import dataclass

from homsquotes.core.extraction.affiliation import article_affiliation, clean_description
from homsquotes.core.extraction.attribution import Attribution
from homsquotes.core.extraction.cues import PRONOUNS
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
        return _resolve_pronoun(index, low, ms, earlier)
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
        )
    else:
        return Speaker(mention, speaker_type_of(mention, is_name=False))
    if desc:
        affiliations.setdefault(sp.name, desc)
    elif sp.name not in affiliations:
        found = article_affiliation(text, index, sp.name)
        if found:
            affiliations[sp.name] = found
    return sp


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
