"""Citation speed: copying many quotes at once, from one article and from many.

    .venv/bin/python benchmarks/bench_citations.py [--quotes N] [--articles M]

Prints one JSON line per style: the first citation (style load included, as a user's first
copy pays it), then ms per quote when N quotes of M articles are cited and joined (one
reference per work, in the style's order; Chicago's later notes shortened).
"""

from __future__ import annotations

import argparse
import json
import time

from homsquotes.core.citations import cite_quote, join_citations
from homsquotes.core.model import ArticleMeta

STYLES = ("apa", "mla", "chicago", "chicago-author-date", "harvard")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=300)
    parser.add_argument("--articles", type=int, default=30)
    args = parser.parse_args()
    articles = [ArticleMeta(title=f"Floods hit the north for the {n}th time in a decade",
                            publisher="Echo", published=f"20{10 + n % 10}-0{1 + n % 9}-1{n % 9}",
                            authors=["Ursula von der Leyen"] if n % 2 else [],
                            url=f"https://echo.example/{n}", accessed="2024-05-02")
                for n in range(args.articles)]
    quotes = [({"text": '"We will get through this," … "but it will not be easy."',
                "parts": [{"text": '"We will get through this,"'},
                          {"text": '"but it will not be easy."'}],
                "speaker": f"Speaker {n} Holt", "speaker_type": "person"},
               articles[n % args.articles]) for n in range(args.quotes)]
    for style in STYLES:
        start = time.perf_counter()
        cite_quote(*quotes[0], style)
        first = time.perf_counter() - start
        start = time.perf_counter()
        citations = [cite_quote(q, meta, style) for q, meta in quotes]
        text, _html = join_citations(citations)
        many = time.perf_counter() - start
        print(json.dumps({"style": style, "first_citation_s": round(first, 3),
                          "quotes": args.quotes, "articles": args.articles,
                          "ms_per_quote": round(1000 * many / args.quotes, 2),
                          "references": sum(text.count(f"echo.example/{n}") > 0
                                            for n in range(args.articles))}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
