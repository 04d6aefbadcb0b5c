"""Short titles (CSL ``title-short``) and a cautious sentence case for APA titles."""

from __future__ import annotations

import re

# Words a short title should not end on, and where one may stop after its first words.
_FUNCTION_WORDS = {
    "a", "an", "the", "and", "or", "but", "nor", "of", "for", "to", "in", "on", "at", "by",
    "with", "from", "as", "into", "over", "after", "before", "following", "amid", "against",
    "about", "under", "between", "during", "without", "than", "that", "which", "who", "is",
    "are", "was", "were", "be", "its", "their", "his", "her", "says", "said",
}
SHORT_TITLE_WORDS = 4  # CMOS 18 §13.32: "usually no more than four words"


def short_title(title: str | None) -> str | None:
    """A title as an in-text cite shortens it (APA 7 §8.14, MLA 9 §6.10, CMOS 18 §13.32).

    Up to a colon (the main title without its subtitle), else the first words up to the
    first function word after the fourth ("UN calls for fresh negotiations following …"
    -> "UN calls for fresh negotiations"; at most six words, else the first four), never
    ending on a function word. A title of
    four words or fewer is its own short title (returns None: nothing to add).
    """
    title = " ".join((title or "").split())
    if not title:
        return None
    head = re.split(r"\s*[:?!—–]\s+|\s+-\s+", title, maxsplit=1)[0].strip()
    if head and head != title and len(head.split()) <= SHORT_TITLE_WORDS + 2:
        return head.rstrip(",;.") if head != title else None
    words = title.split(" ")
    if len(words) <= SHORT_TITLE_WORDS:
        return None
    cut = SHORT_TITLE_WORDS  # no natural break within two more words: the first four
    for i in range(SHORT_TITLE_WORDS, min(len(words), SHORT_TITLE_WORDS + 3)):
        if words[i].lower().strip(",;:") in _FUNCTION_WORDS or words[i - 1].endswith((",", ";")):
            cut = i
            break
    while cut > 1 and words[cut - 1].lower().strip(",;:") in _FUNCTION_WORDS:
        cut -= 1
    short = _balanced(" ".join(words[:cut]).rstrip(",;:."))
    return short if short and short != title else None


def _balanced(short: str) -> str:
    """A short title never ends inside a quotation it opened ('The "Yes" campaign's "last'
    -> 'The "Yes" campaign's'): it stops before the mark left open."""
    if short.count("“") > short.count("”"):
        short = short[: short.rfind("“")]
    for opener, closer in (("‘", "’"), ("'", "'")):
        # (an apostrophe is no closing mark: "Players’ union", "don’t")
        opened = [m.start() for m in re.finditer(rf"(?:(?<=^)|(?<=[\s(“\"])){opener}(?=\w)", short)]
        closed = re.findall(rf"(?<=[\w.,!?]){closer}(?![\w])(?<!s{closer})", short)
        if len(opened) > len(closed):
            short = short[: opened[-1]]
    if short.count('"') % 2:
        short = short[: short.rfind('"')]
    return short.rstrip(" ,;:.")


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def sentence_case(title: str, article_text: str = "") -> str:
    """Lower-case a title for APA 7 (§6.17) only where that is safe.

    A word is lowered only when it is not the title's first word, not the first word after
    a colon, not all capitals ("UN", "NATO"), not mixed case ("iPhone"), and never written
    capitalised in the article's own text except at a sentence start (a name: "Homs").
    """
    text_words = _capitalised_mid_sentence(article_text)
    out = []
    first = True
    last_end = 0
    for m in _WORD.finditer(title):
        word = m.group(0)
        between = title[last_end:m.start()]
        last_end = m.end()
        after_colon = ":" in between or "?" in between or "!" in between
        out.append(between)
        keep = (first or after_colon or word.isupper() or not word[:1].isupper()
                or any(c.isupper() for c in word[1:]) or word.strip(".") in text_words)
        out.append(word if keep else word.lower())
        first = False
    out.append(title[last_end:])
    return "".join(out)


def _capitalised_mid_sentence(text: str) -> set[str]:
    """Words the text capitalises where a sentence does not start (proper nouns)."""
    found: set[str] = set()
    for m in re.finditer(r"(?<=[^\s.!?:\"“‘(\[])\s+([A-Z][\w'’-]*)", text or ""):
        found.add(m.group(1))
    return found
