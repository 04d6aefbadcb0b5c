"""Words a name run read on from the role before it: "Town Supervisor Janet Bruno", "Provost
John McFadyen", "District Collector K. Revathi", "Kaumātua Wiremu Pōhatu"; and the last word of
a portfolio or a place ("Minister of Water Resources and Irrigation Karim Abdel-Hamid",
"regional director for Otago and Southland Julian Fairweather", "Kenya's Wanjiru
Kamau-Odhiambo").  A citation names the person; the role is their affiliation.

Only capitalised role words the article writes before the name are cut, never the last two
words of the name, and never a word that is as often a given name ("Sultan", "King").
"""

from __future__ import annotations

import re

from homsquotes.core.extraction.attribution.cues import (
    ORG_WORDS,
    PERSON_NOUNS,
    TITLE_WORDS,
    word_set,
)

__all__ = ["split_role_prefix"]

# Roles and forms of address that open a name run because no title list holds them.
_MORE_ROLES = word_set(
    "provost trustee evacuee convener convenor undersecretary engineer supervisor collector "
    "marshal kaumātua kaumatua puan encik adv adv. advocate co-star co-founder co-author "
    "co-chair co-owner co-director co-leader"
)
# A party's member before a name, after a nationality ("German Social Democrat Anna Weber",
# "Dutch Liberal Pieter de Graaf"): the whole phrase is the affiliation.
_PARTY_MEMBERS = word_set(
    "democrat republican socialist conservative tory unionist nationalist liberal "
    "christian-democrat"
)
# Titles that are given names as well ("Sultan Al Jaber", "King Kaufman"), or a royal's style
# that stays with the name ("King Charles III").
# (and kin words that are also names and name prefixes: "Nana Ekow Amissah-Bentum III", "Daw
# Nan Khin Htwe")
_NAMES_TOO = word_set(
    "sultan emir king queen prince princess lord lady sir dame pope "
    "nana nan mama papa baba mum mom dad man"
)
# Styles that go with a cut form of address: "Puan Sri Rohana Abdullah" is Rohana Abdullah.
_STYLES_AFTER = word_set("sri seri dr dr. haji hajjah")
# A generation after a name is no word of the name: "Ekow Amissah-Bentum III".
_GENERATIONS = word_set("jr jr. sr sr. ii iii iv v")
# an office "of" or "for" a portfolio or a place that runs up to the name: "Minister of Water
# Resources and Irrigation", "regional director for Otago and Southland" (never "supporters
# of", "Clinton and": the office word must be a role)
_OFFICE_RUNNING_UP = re.compile(
    r"(?P<role>[A-Za-z][\w-]*)[ \t]+(?:of|for)[ \t]+"
    r"(?:(?:[A-Z][\w'’-]*|and|of|for|the|&),?[ \t]+){0,8}"
    r"(?:and|of|for|&)[ \t]+(?:the[ \t]+)?$"
)


def _role_word(word: str) -> bool:
    low = word.lower().rstrip(".")
    if low in _NAMES_TOO:
        return False
    if low.endswith("-grader"):  # "Eighth-grader Mason Tillery"
        return True
    if low in _PARTY_MEMBERS:
        return True
    return low in TITLE_WORDS or low in PERSON_NOUNS or low in _MORE_ROLES


def split_role_prefix(text: str, name: str) -> tuple[str | None, str]:
    """(the role words cut from the front of a person's name, the name without them)."""
    words = name.split()
    if any(w.lower() in ORG_WORDS for w in words):
        return None, name  # a body the resolver typed as a person ("Brandon Wheat Kings")
    kept = 2 + sum(1 for w in words[-2:] if w.lower() in _GENERATIONS)
    if len(words) <= kept:
        return None, name
    cut = 0
    for i, word in enumerate(words[:-kept]):
        if not word[:1].isupper():
            return None, name
        if _role_word(word):
            cut = i + 1
    if cut == 0:
        cut = _place_or_portfolio_word(text, words)
    if cut == 0:
        return None, name
    while cut < len(words) - kept and words[cut].lower() in _STYLES_AFTER:
        cut += 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def _place_or_portfolio_word(text: str, words: list[str]) -> int:
    """1 when the name's first word ends the portfolio or the place of an office in every place
    the article writes the name ("Minister of ... and Irrigation Karim Abdel-Hamid"), or is a
    possessive the run read through ("Kenya's Wanjiru Kamau-Odhiambo"); else 0."""
    first, rest = words[0], " ".join(words[1:])
    if re.search(rf"\b{re.escape(first)}['’]s[ \t]+{re.escape(rest)}\b", text):
        return 1
    written = [m.start() for m in re.finditer(rf"\b{re.escape(' '.join(words))}\b", text)]
    if written and all(_office_runs_up(text, at) for at in written):
        return 1
    return 0


def _office_runs_up(text: str, at: int) -> bool:
    found = _OFFICE_RUNNING_UP.search(text, max(0, at - 120), at)
    return found is not None and _role_word(found.group("role"))
