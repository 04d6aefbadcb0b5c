"""Personal names as CSL name parts: family, given, particles, suffix — parsed once, then edited.

CSL keeps a name's particles apart so each style can place and sort them by its own rule
(APA "von der Leyen, U.", Chicago "Leyen, Ursula von der" in the bibliography but
"von der Leyen" in a note). We follow citeproc-js's reading of what people type:

- "Ursula von der Leyen", "Vincent van Gogh": lower-case words before the last name are a
  ``non-dropping-particle`` (kept with the surname when it stands alone);
- "Marine Le Pen", "Luigi Di Maio": a capitalised particle is part of the family name;
- "Beethoven, Ludwig van": a particle typed after the given name is a ``dropping-particle``
  (a short cite says "Beethoven");
- "King, Martin Luther, Jr." / "Martin Luther King Jr.": the suffix is kept apart;
- "Gabriel García Márquez", "José Ortega y Gasset": an Iberian double surname is one family
  name (the first surname has an accent or the patronymic -ez ending, or the two are
  joined by "y"/"e"). Where the guess is wrong the user fixes the parts in the editor.

- "Xi Jinping", "Moon Jae-in", "Kim Jong Un": a Chinese or Korean name in its own order
  (family name first) when the first word is a common family name of that language and
  the rest reads as a romanised given name (pinyin syllables, or a hyphenated name).
  Western names that start with such a word ("Lee Anderson", "Kim Darroch") stay
  given-first: the given part must look romanised, not merely short.

A single word, or a name that reads as an organisation, stays whole as a ``literal``.
"""

from __future__ import annotations

import re

from homsquotes.core.name_order import family_name_first

NAME_PARTS = ("given", "dropping-particle", "non-dropping-particle", "family", "suffix")

PARTICLES = {"van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "le", "la",
             "al", "el", "bin", "ibn", "ter", "ten", "dos", "das", "des", "zu", "vom", "zum",
             "zur", "het", "'t", "d'", "l'", "st.", "y"}
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "phd", "md", "qc", "kc"}
# Words that make a speaker an organisation even when the extractor did not say so.
ORGANISATION_WORDS = {
    "agency", "army", "association", "bank", "board", "bureau", "center", "centre",
    "coalition", "commission", "committee", "company", "corporation", "council",
    "court", "department", "federation", "forces", "front", "fund", "government",
    "group", "inc", "inc.", "institute", "league", "ltd", "ministry", "movement",
    "nations", "network", "office", "organisation", "organization", "party", "police",
    "press", "programme", "program", "service", "society", "times", "union",
    "university", "news", "observatory", "foundation", "parliament", "assembly",
}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "prof",
              "prof.", "professor", "lord", "lady", "sheikh", "president", "minister",
              "general", "gen.", "colonel", "col.", "rev.", "father", "imam"}
# An Arabic kunya ("Abu Fehmi", "Umm Khaled") is a whole name; its second word is no surname.
KUNYA = {"abu", "abou", "umm", "um", "oum"}
_IBERIAN_FIRST_SURNAME = re.compile(r"^[A-ZÁÉÍÓÚÑ](?:.*[áéíóúñãõç].*|.*ez)$")


def parse_name(name: str) -> dict[str, str]:
    """One typed author or speaker name -> a CSL name dict (only the parts it has)."""
    name = " ".join((name or "").split()).strip(" ,")
    if not name:
        return {}
    if "," in name:
        return _parse_inverted(name)
    words = name.split(" ")
    if len(words) < 2 or _is_organisation(words):
        return {"literal": name}
    family_first = family_name_first(words)
    if family_first is not None:
        return family_first
    out: dict[str, str] = {}
    if len(words) > 2 and words[-1].lower().rstrip(",") in SUFFIXES:
        out["suffix"] = words.pop()
    if len(words) < 2:
        return {"literal": name}
    # The family name starts at the first lower-case particle among the later words ...
    cut = len(words) - 1
    for i in range(1, len(words) - 1):
        if words[i].lower() in PARTICLES and words[i][0].islower() and words[i] != "y":
            cut = i
            break
    else:
        # ... or with an Iberian first surname, or two surnames joined by "y".
        if len(words) >= 4 and words[-2] in ("y", "e"):
            cut = len(words) - 3
        elif len(words) >= 3 and _IBERIAN_FIRST_SURNAME.match(words[-2]):
            cut = len(words) - 2
    # A capitalised particle just before ("Marine Le Pen", "Alexander Van der Bellen",
    # "Luigi Di Maio") is part of the family name itself, never moved or dropped.
    start = cut
    while start > 1 and words[start - 1].lower() in PARTICLES and words[start - 1][0].isupper():
        start -= 1
    if start < cut:
        out["given"] = " ".join(words[:start])
        out["family"] = " ".join(words[start:])
        return {k: out[k] for k in NAME_PARTS if out.get(k)}
    particle: list[str] = []
    while cut < len(words) - 1 and words[cut][0].islower():
        particle.append(words[cut])
        cut += 1
    out["given"] = " ".join(words[:cut - len(particle)] if particle else words[:cut])
    if particle:
        out["non-dropping-particle"] = " ".join(particle)
    out["family"] = " ".join(words[cut:])
    return {k: out[k] for k in NAME_PARTS if out.get(k)}


def _parse_inverted(name: str) -> dict[str, str]:
    """'Beethoven, Ludwig van', 'van Gogh, Vincent', 'King, Martin Luther, Jr.'."""
    pieces = [p.strip() for p in name.split(",") if p.strip()]
    if len(pieces) == 1:
        return {"literal": pieces[0]}
    family, given = pieces[0], pieces[1]
    out: dict[str, str] = {}
    if len(pieces) > 2:
        out["suffix"] = ", ".join(pieces[2:])
    family_words = family.split(" ")
    lead = []
    while len(family_words) > 1 and family_words[0][0].islower():
        lead.append(family_words.pop(0))
    if lead:
        out["non-dropping-particle"] = " ".join(lead)
    out["family"] = " ".join(family_words)
    given_words = given.split(" ")
    trail: list[str] = []
    while len(given_words) > 1 and given_words[-1].lower() in PARTICLES \
            and given_words[-1][0].islower():
        trail.insert(0, given_words.pop())
    if trail:
        out["dropping-particle"] = " ".join(trail)
    out["given"] = " ".join(given_words)
    return {k: out[k] for k in NAME_PARTS if out.get(k)}


def _is_organisation(words: list[str]) -> bool:
    return any(w.lower().strip(".,") in ORGANISATION_WORDS or w in ("&", "and", "of")
               for w in words) or any(len(w) > 1 and w.isupper() and w.isalpha() for w in words)


def clean_name_parts(parts: dict[str, str] | None) -> dict[str, str]:
    """Only known CSL keys with non-blank values; a name with no family is a literal."""
    parts = parts or {}
    out = {k: " ".join(str(parts.get(k) or "").split()) for k in (*NAME_PARTS, "literal")}
    out = {k: v for k, v in out.items() if v}
    if "literal" in out:
        return {"literal": out["literal"]}
    if "family" not in out:
        whole = display_name(out)
        return {"literal": whole} if whole else {}
    return out


def display_name(parts: dict[str, str]) -> str:
    """The name in reading order: 'Ursula von der Leyen', 'Ludwig van Beethoven'."""
    if parts.get("literal"):
        return parts["literal"]
    words = [parts.get(k) for k in NAME_PARTS]
    text = " ".join(w for w in words if w)
    return text


def short_name(parts: dict[str, str]) -> str:
    """The surname as a short cite shows it: 'von der Leyen', 'Beethoven', 'García Márquez'."""
    if parts.get("literal"):
        return parts["literal"]
    return " ".join(p for p in (parts.get("non-dropping-particle"), parts.get("family")) if p)


def speaker_short_name(speaker: str | None, speaker_type: str | None = None) -> str | None:
    """What an in-text parenthesis names a quoted speaker by (APA 8.6, Cite Them Right).

    A person is named by surname ("Brahimi"); an organisation, a document, a
    description ("the minister", "Syrian state television") or a kunya ("Abu Fehmi")
    keeps its whole name.
    """
    speaker = " ".join((speaker or "").split())
    if not speaker:
        return None
    if speaker_type not in (None, "person") or speaker[0].islower():
        return speaker
    words = speaker.split(" ")
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words = words[1:]
    if words[0].lower() in KUNYA or any(
            w[:1].islower() and w.lower() not in PARTICLES and "-" not in w for w in words[1:]):
        return " ".join(words)
    parts = parse_name(" ".join(words))
    return short_name(parts) or speaker
