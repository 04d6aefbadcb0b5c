"""Source categories: what kind of voice a speaker is, from role words and organisation names.

A speaker's category comes from the affiliations the articles give it ("UN-Arab League
envoy", "Syrian opposition activist"), its own name when that names an organisation
("Syrian state television", "Human Rights Watch") and its type (a document). The rules
are a table of phrases per category, tried in priority order so the most specific role
wins ("police spokesman" is police, not government). What decided it is kept as the
reason; a category the user sets (source 'user') is never overwritten by the rules.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

CATEGORIES: dict[str, str] = {
    "government": "Government or official",
    "politician": "Politician or party",
    "security": "Police, military or security",
    "law": "Courts and law",
    "expert": "Expert or academic",
    "business": "Business",
    "ngo": "NGO, activist or advocacy",
    "media": "Media",
    "citizen": "Citizen or eyewitness",
    "document": "Document",
    "unknown": "Unknown",
}
UNKNOWN = "unknown"

# Priority order: the first category with a matching phrase wins for one text. Specific
# roles come before broad ones: an "army spokesman" is security, a "state television"
# media, an "opposition activist" an activist, before "spokesman", "state" or "opposition"
# could say government or politics. Phrases match whole words, case-folded; a trailing *
# matches any ending ("minist*": minister, ministry).
RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "security",
        (
            "police*",
            "policeman",
            "policewoman",
            "army",
            "armed forces",
            "military",
            "soldier*",
            "troop*",
            "colonel",
            "commander",
            "militia*",
            "rebel*",
            "fighter*",
            "security forces",
            "security service*",
            "intelligence",
            "defence forces",
            "defense forces",
            "navy",
            "air force",
            "brigade*",
            "battalion*",
            "sheriff",
            "detective*",
            "constable",
            "coast guard",
            "pentagon",
            "nato",
        ),
    ),
    (
        "law",
        (
            "judge*",
            "court*",
            "lawyer*",
            "attorney*",
            "prosecutor*",
            "barrister*",
            "solicitor*",
            "magistrate*",
            "tribunal*",
            "legal",
            "counsel",
            "law firm",
            "advocate general",
            "public defender",
        ),
    ),
    (
        "ngo",
        (
            "activist*",
            "campaigner*",
            "ngo*",
            "charity",
            "charities",
            "non-profit",
            "nonprofit",
            "advocacy",
            "rights group*",
            "human rights",
            "amnesty",
            "red cross",
            "red crescent",
            "oxfam",
            "greenpeace",
            "médecins sans frontières",
            "medecins sans frontieres",
            "msf",
            "save the children",
            "aid group*",
            "aid agency",
            "aid worker*",
            "humanitarian",
            "volunteer*",
            "union leader",
            "trade union*",
            "observatory",
            "watchdog",
            "foundation",
        ),
    ),
    (
        "expert",
        (
            "professor*",
            "academic*",
            "researcher*",
            "scientist*",
            "expert*",
            "analyst*",
            "economist*",
            "historian*",
            "scholar*",
            "lecturer*",
            "university",
            "universities",
            "institute",
            "think tank",
            "think-tank",
            "doctor*",
            "physician*",
            "epidemiologist*",
            "consultant*",
            "specialist*",
            "author of",
        ),
    ),
    (
        "media",
        (
            "journalist*",
            "reporter*",
            "correspondent*",
            "editor*",
            "columnist*",
            "television",
            "tv",
            "newspaper*",
            "broadcaster*",
            "radio",
            "news agency",
            "news",
            "media",
            "press agency",
            "filmmaker*",
            "film-maker*",
            "documentary",
            "blogger*",
            "photographer*",
            "afp",
            "reuters",
            "associated press",
            "bbc",
            "cnn",
            "al jazeera",
            "middle east eye",
            "magazine",
        ),
    ),
    (
        "business",
        (
            "ceo",
            "chief executive*",
            "executive*",
            "company",
            "companies",
            "firm",
            "corporation",
            "inc",
            "ltd",
            "plc",
            "llc",
            "bank*",
            "banker*",
            "investor*",
            "trader*",
            "businessman",
            "businesswoman",
            "businesspeople",
            "entrepreneur*",
            "founder",
            "chairman of",
            "shareholder*",
            "manufacturer*",
            "retailer*",
            "owner of",
            "shop owner",
            "shopkeeper*",
            "chamber of commerce",
        ),
    ),
    (
        "politician",
        (
            "politician*",
            "party",
            "parties",
            "senator*",
            "mp",
            "mps",
            "member of parliament",
            "lawmaker*",
            "legislator*",
            "congressman",
            "congresswoman",
            "congressmen",
            "representative for",
            "deputy",
            "candidate*",
            "opposition",
            "democrat*",
            "republican*",
            "labour",
            "conservative*",
            "liberal democrat*",
            "tory",
            "tories",
            "mayor*",
            "councillor*",
            "councilman",
            "councilwoman",
            "parliamentarian*",
            "leader of the",
            "campaign spokesman",
            "coalition partner",
        ),
    ),
    (
        "government",
        (
            "government*",
            "minist*",
            "official*",
            "spokes*",
            "president",
            "prime minister",
            "premier",
            "chancellor",
            "secretary",
            "secretary-general",
            "governor*",
            "ambassador*",
            "envoy*",
            "diplomat*",
            "department",
            "agency",
            "authorit*",
            "regime",
            "administration",
            "cabinet",
            "commission*",
            "commissioner*",
            "un",
            "united nations",
            "european union",
            "eu",
            "white house",
            "kremlin",
            "downing street",
            "state department",
            "foreign office",
            "embassy",
            "council",
            "king",
            "queen",
            "emir",
            "sheikh",
        ),
    ),
    (
        "citizen",
        (
            "resident*",
            "witness*",
            "eyewitness*",
            "local*",
            "villager*",
            "citizen*",
            "neighbour*",
            "neighbor*",
            "passer-by",
            "passerby",
            "bystander*",
            "student*",
            "mother",
            "father",
            "parent*",
            "refugee*",
            "survivor*",
            "victim*",
            "relative*",
            "protester*",
            "demonstrator*",
            "worker*",
            "farmer*",
            "voter*",
            "patient*",
            "shopper*",
            "fan*",
            "commuter*",
            "teacher*",
            "man",
            "woman",
            "boy",
            "girl",
            "family",
            "husband",
            "wife",
            "son",
            "daughter",
            "brother",
            "sister",
            "displaced",
        ),
    ),
)


def _phrase_pattern(phrase: str) -> str:
    words = [re.escape(w) for w in phrase.rstrip("*").split()]
    tail = r"\w*" if phrase.endswith("*") else ""
    return r"\s+".join(words) + tail


_MATCHERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (
        category,
        re.compile(
            r"(?<![\w-])(" + "|".join(_phrase_pattern(p) for p in phrases) + r")(?![\w-])",
            re.IGNORECASE,
        ),
    )
    for category, phrases in RULES
)


@dataclass(frozen=True, slots=True)
class Classification:
    category: str
    reason: str | None  # e.g. "'activist' in affiliation 'Syrian opposition activist'"


# A speaker is re-classified from all its affiliations each time an article quotes it, and
# affiliations repeat ("President", "spokesman"): one regex pass per distinct text, not per vote.
@functools.lru_cache(maxsize=16384)
def classify_text(text: str | None) -> tuple[str, str] | None:
    """(category, matched phrase) for a role or organisation text, or None if no rule fits."""
    if not text or not text.strip():
        return None
    for category, pattern in _MATCHERS:
        match = pattern.search(text)
        if match:
            return category, match.group(1)
    return None


def classify_speaker(
    name: str | None, speaker_type: str | None, affiliations: Iterable[str | None]
) -> Classification:
    """The category the rules give a speaker.

    A document is a document. Otherwise each affiliation votes; the most frequent category
    wins (ties go to the rules' priority order). With no affiliation that fits, an
    organisation's own name decides ("Syrian state television").
    """
    if speaker_type == "document":
        return Classification("document", "speaker type 'document'")
    votes: Counter[str] = Counter()
    reasons: dict[str, str] = {}
    for affiliation in affiliations:
        found = classify_text(affiliation)
        if found:
            votes[found[0]] += 1
            reasons.setdefault(found[0], f"'{found[1]}' in affiliation '{affiliation}'")
    if votes:
        order = [c for c, _ in RULES]
        best = max(votes, key=lambda c: (votes[c], -order.index(c)))
        return Classification(best, reasons[best])
    found = classify_text(name) if name else None
    if found:
        return Classification(found[0], f"'{found[1]}' in name '{name}'")
    return Classification(UNKNOWN, None)


def check_category(category: str) -> str:
    """The category key for a key or a label ('ngo', 'Media'); ValueError for anything else."""
    wanted = category.strip().casefold()
    for key, label in CATEGORIES.items():
        if wanted in (key, label.casefold()):
            return key
    raise ValueError(f"unknown category {category!r}; use one of {', '.join(CATEGORIES)}")
