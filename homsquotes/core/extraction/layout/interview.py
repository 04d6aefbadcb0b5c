"""Printed interviews: answers set out as paragraphs, not in quotation marks.

A Q&A prints the interviewee's words verbatim after a label ("A:", "Brandt:") or, in the
style of "The following conversation has been edited and condensed.", as the paragraphs after
each question.  Those answers are direct quotations as much as any in marks, so they are
found here, from the layout alone; who the interviewee is is left to the resolver.

Only a layout that repeats is read as an interview: two questions or more, each answered, so
one "Note:" or "Update:" paragraph, or a single rhetorical question, never is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from homsquotes.core.extraction.capitals import latin_re

__all__ = ["Answer", "answers"]


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer paragraph: text[start:end] is the interviewee's words, without the label;
    `label` is the label's span ("Brandt", "A"), None when the layout has no labels."""

    start: int
    end: int
    label: tuple[int, int] | None
    named: bool  # the label is the interviewee's name, not "A"


_PARAGRAPH = re.compile(r"[^\n]+")
# "Q:", "Q.", "Question:", or a bold "Q" that lost its colon ("QThere's no shortage ...")
_QUESTION = re.compile(r"[ \t]*(?:(?:Q|Question|QUESTION)[ \t]*[:.\-–—][ \t]*|Q(?=[A-Z][a-z’']))")
_ANSWER = re.compile(r"[ \t]*(?P<label>A|Answer|ANSWER)[ \t]*[:.\-–—][ \t]*")
# "Brandt: Every single week." (a name of one to three words, then a colon)
_NAMED_ANSWER = latin_re(
    r"[ \t]*(?P<label>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]*:[ \t]+(?=\S)"
)
# The line that opens an unlabelled Q&A in many papers' style.
_EDITED = re.compile(
    r"\b(?:has|have)[ \t]+been[ \t]+(?:edited|condensed|lightly[ \t]+edited)\b", re.IGNORECASE
)
_NOT_NAMES = frozenset(
    {"Note", "Update", "Editor", "Correction", "Clarification", "Photo", "Source", "Read",
     "Watch", "Listen", "See", "Related", "Disclosure", "Warning", "Tags", "Topics"}
)  # fmt: skip


def answers(text: str) -> list[Answer]:
    """The answers of a printed interview, in text order (none when the text is no Q&A)."""
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    found = _labelled(text, paragraphs)
    return found if found else _after_edited_note(text, paragraphs)


def _labelled(text: str, paragraphs: list[tuple[int, int]]) -> list[Answer]:
    questions = [i for i, (s, _e) in enumerate(paragraphs) if _QUESTION.match(text, s)]
    if len(questions) < 2:
        return []
    # the label most answers carry: "A" or one name ("Brandt")
    labels: dict[str, int] = {}
    for i in questions:
        if i + 1 < len(paragraphs):
            label = _answer_label(text, paragraphs[i + 1][0])
            if label is not None:
                word = text[label[0] : label[1]]
                labels[word] = labels.get(word, 0) + 1
    if not labels:
        return []
    chosen = max(labels, key=labels.__getitem__)
    if labels[chosen] < 2:
        return []
    result = []
    for i in questions:
        j = i + 1
        if j >= len(paragraphs):
            break
        label = _answer_label(text, paragraphs[j][0])
        if label is None or text[label[0] : label[1]] != chosen:
            continue
        named = chosen not in ("A", "Answer", "ANSWER")
        body = (_ANSWER if not named else _NAMED_ANSWER).match(text, paragraphs[j][0])
        assert body is not None  # (the label was read with the same patterns)
        result.append(_answer(text, body.end(), paragraphs[j][1], label, named))
        # an answer that runs on over unlabelled paragraphs, up to the next question
        following = next((q for q in questions if q > j), None)
        if following is None:
            continue  # (after the last answer: a bio or a credit as often as more answer)
        for k in range(j + 1, following):
            s, e = paragraphs[k]
            if _answer_label(text, s) is None:
                result.append(_answer(text, s, e, None, named))
    return [a for a in result if a.end > a.start]


def _answer_label(text: str, start: int) -> tuple[int, int] | None:
    m = _ANSWER.match(text, start)
    if m is None:
        m = _NAMED_ANSWER.match(text, start)
        if m is None or m.group("label").split()[0] in _NOT_NAMES:
            return None
    return m.start("label"), m.end("label")


def _answer(text: str, start: int, end: int, label: tuple[int, int] | None,
            named: bool) -> Answer:
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    return Answer(start, end, label, named)


def _after_edited_note(text: str, paragraphs: list[tuple[int, int]]) -> list[Answer]:
    """"The following conversation has been edited and condensed.", then questions ending in
    "?" and the paragraphs that answer them, to the next question."""
    note = next(
        (i for i, (s, e) in enumerate(paragraphs) if e - s < 200 and _EDITED.search(text, s, e)),
        None,
    )
    if note is None:
        return []
    asked = [
        i for i, (s, e) in enumerate(paragraphs)
        if i > note and text[s:e].rstrip().endswith("?") and e - s < 400
    ]
    if len(asked) < 2:
        return []
    result = []
    for n, i in enumerate(asked):
        stop = asked[n + 1] if n + 1 < len(asked) else None
        if stop is None:
            stop = i + 2 if i + 1 < len(paragraphs) else i + 1  # (the last: one paragraph)
        for k in range(i + 1, min(stop, len(paragraphs))):
            s, e = paragraphs[k]
            if _QUOTE_OPENS.match(text, s):
                break  # a reported quotation: the article goes back to its own voice
            result.append(_answer(text, s, e, None, False))
    return [a for a in result if a.end > a.start]


_QUOTE_OPENS = re.compile(r"[ \t]*[\"“‘'«]")
