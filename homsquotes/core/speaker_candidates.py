"""Who else could have said it: the people and organisations an article names, nearest first.

Review mode offers these when the user fixes a speaker. They come from the article's own
text (the extractor's NameIndex, read only: fullest names, so "Brahimi" is offered as
"Lakhdar Brahimi") and from the speakers the library already gives the article's quotes
(which include those found through pronouns and descriptions). The one whose mention is
nearest the quote comes first; names inside the quote itself, or in page furniture, come
last or not at all; a lone capitalised word (often a place) comes after the names.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"'“”‘’]\s+|\n\s*)$")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
_NOT_SPEAKERS = frozenset({"according", "skip", "sign", "return", "more", "around", "read"})


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    type: str  # "person" or "organisation"
    distance: int  # characters between the nearest mention and the quote
    tier: int = 0  # 0: a speaker already, a full name, a titled name or an acronym; 1: a word


def speaker_candidates(
    text: str,
    quote_spans: list[tuple[int, int]],
    known: list[tuple[str, str | None, int | None]] | None = None,
    limit: int = 30,
) -> list[Candidate]:
    """Names in ``text`` that could be the speaker of the quote at ``quote_spans``, nearest first.

    ``known``: (name, type, mention offset or None) of speakers the library already links
    to the article's quotes; they are offered even when the text never names them in full.
    """
    from homsquotes.core.extraction.layout.furniture import find_layout
    from homsquotes.core.extraction.resolution.plausibility import plausible_speaker
    from homsquotes.core.extraction.resolution.speakers import NameIndex, speaker_type_of

    if not quote_spans:
        return []
    first, last = quote_spans[0][0], quote_spans[-1][1]
    furniture = sorted(find_layout(text).furniture)
    index = NameIndex(text)
    best: dict[str, Candidate] = {}
    mid_sentence = _mid_sentence_words(text)

    def offer(name: str, kind: str, distance: int, tier: int) -> None:
        old = best.get(name.casefold())
        if old is None or (tier, distance) < (old.tier, old.distance):
            best[name.casefold()] = Candidate(name, kind, distance, tier)

    furniture_starts = [s for s, _e in furniture]
    for run in index.runs:
        at = bisect.bisect_right(furniture_starts, run.start) - 1
        if at >= 0 and run.start < furniture[at][1]:
            continue  # page furniture: "Sign up", "Read more"
        words = run.name
        mention = " ".join(words)
        if not _looks_named(text, run.start, words, mid_sentence):
            continue
        if not plausible_speaker(mention, mention):
            continue
        name = index.fullest(mention)[0]
        kind = speaker_type_of(name)
        if kind not in ("person", "organisation"):
            continue
        # A lone capitalised word ("Syria", "Homs") is as often a place as a speaker: it
        # comes after the names, the speakers and the acronyms, nearest first among its kind.
        single = len(name.split()) == 1 and not run.title and not name.isupper()
        offer(name, kind, _distance(run.start, run.end, first, last, len(text)), int(single))
    for name, kind, offset in known or []:
        if not name:
            continue
        distance = (
            len(text) if offset is None else _distance(offset, offset, first, last, len(text))
        )
        offer(name, kind or "person", distance, 0)
    ordered = sorted(best.values(), key=lambda c: (c.tier, c.distance, c.name.casefold()))
    return ordered[:limit]


def _mid_sentence_words(text: str) -> set[str]:
    """Capitalised words the text uses at least once other than at a sentence's start."""
    found: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        if not _SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()]):
            found.add(m.group())
    return found


def _looks_named(text: str, start: int, words: tuple[str, ...], mid_sentence: set[str]) -> bool:
    """A capitalised run is a name unless it is one ordinary word that starts a sentence
    ("Activists said", "Troops moved"): those are kept only if capitalised mid-sentence too."""
    if len(words) > 1:
        return True
    word = words[0]
    if word.casefold() in _NOT_SPEAKERS:
        return False
    if len(word) >= 2 and word.isupper():
        return True  # an acronym: UN, AFP, NDF
    return word in mid_sentence


def _distance(start: int, end: int, first: int, last: int, length: int) -> int:
    if end <= first:
        return first - end
    if start >= last:
        return start - last
    return length  # named inside the quotation: rarely who says it


def candidates_for_quote(lib: object, quote: dict) -> list[Candidate]:
    """speaker_candidates for a library quote dict (its article's text and speakers)."""
    from homsquotes.core.library.queries import QuoteFilter

    article = lib.article(quote["article_id"])  # type: ignore[attr-defined]
    others = lib.quotes(QuoteFilter(article_id=quote["article_id"]))  # type: ignore[attr-defined]
    known = [
        (q["speaker"], q.get("speaker_type"), q.get("mention_start"))
        for q in others
        if q.get("speaker")
    ]
    parts = quote.get("parts") or [{"start": quote["start"], "end": quote["end"]}]
    spans = [(int(p["start"]), int(p["end"])) for p in parts]
    return speaker_candidates(article.get("text") or "", spans, known)
