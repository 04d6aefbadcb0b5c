"""Printed interviews: whether an article is a Q&A, whether a paragraph is the interviewer's
question, who the interviewee is, and whether a quotation answers a question asked in the
sentence before. They are kept apart because they decide a speaker from the layout of the whole
article rather than from the words around one quotation."""

from __future__ import annotations

import functools
import re

from homsquotes.core.extraction.attribution.cues import TITLE_WORDS
from homsquotes.core.extraction.resolution.mentions import _QUOTE_MARK, Speaker, _sentence_end
from homsquotes.core.extraction.resolution.speakers import NOT_NAMES, NameIndex


@functools.lru_cache(maxsize=4)
def _printed_interview(text: str) -> bool:
    """Whether the article is an interview printed as questions and answers: three or more
    paragraphs of the interviewer's that ask "you" and end in a question mark, two or more of
    them answered in the first person."""
    asked = answered = 0
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    for para, after in zip(paras, paras[1:], strict=False):
        asking = para.endswith("?") and len(para) < 400 and _YOU.search(para)
        if asking and not _QUOTE_MARK.match(para):
            asked += 1
            # (an explainer's "Can you get a refund?" is answered in no first person)
            answered += bool(re.search(r"\b(?:I|my|me)\b", after))
    return asked >= 3 and answered >= 2


def _asking_paragraph(text: str, pos: int) -> bool:
    """Whether the paragraph at `pos` is one of the interviewer's: a question, or a short
    remark to "you" ("You've been outspoken about what you call "glass box" architecture.").
    (A "you" inside a quotation is the quoted speaker's: "Architects don't look like you".)"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    para = text[start : end if end >= 0 else len(text)].strip()
    if _QUOTE_MARK.match(para):
        return False
    own = _QUOTED.sub("", para)
    if para.endswith("?") and len(para) < 400:
        return bool(_YOU.search(own))
    return len(para) < 200 and re.match(r"Your?\b", own) is not None


_QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]")


_YOU = re.compile(r"\b(?:[Yy]ou|[Yy]our)\b")


def _interviewee(text: str, index: NameIndex) -> Speaker | None:
    """The person an interview is with: the first person the headline or the standfirst
    names in full, never the interviewer ("Morag Cairns meets the architect ...", "talks to
    Morag Cairns").  Taken below the review line."""
    lines = [m.end() for m in re.finditer(r"\n[ \t]*\n", text[:1500])]
    end = lines[1] if len(lines) > 1 else min(len(text), 600)
    for run in index.runs:
        if run.start > end:
            break
        if len(run.name) < 2 or run.name[0].lower() in NOT_NAMES:
            continue
        if run.name[-1].lower() in TITLE_WORDS:
            continue  # "Laurentide Rail CEO says tariffs ...": an office, its holder named later
        if _INTERVIEWER.match(text, run.end) or _INTERVIEWER_BEFORE.search(
            text, max(0, run.start - 20), run.start
        ):
            continue
        if index.names_a_person(run):
            return Speaker(index.fullest(" ".join(run.name))[0], "person", doubtful=True)
    return None


# (rebound further down, as it was in resolve.py: _interviewee runs with the later pattern;
# the split keeps both bindings in this order so that nothing changes)
_INTERVIEWER = re.compile(r"[ \t]+(?:meets|talks[ \t]+to|speaks[ \t]+to|interviews)\b")
_INTERVIEWER_BEFORE = re.compile(
    r"\b(?:by|to|with|interviewed[ \t]+by|meets)[ \t]+$", re.IGNORECASE
)


def _answer_to_a_question(
    text: str, previous_end: int, pos: int, earlier: list[Speaker | None], sp: Speaker
) -> bool:
    """The last quotation was its speaker's question, and this one opens a new paragraph
    (""How are you holding up?" presenter Dan Prosser asked.\n\n"Craig hasn't slept," she
    said"): in a dialogue the answer is someone else's as often as not."""
    last = earlier[-1] if earlier else None
    if last is None or last.name != sp.name or "\n" not in text[previous_end:pos]:
        return False
    if not text[max(0, previous_end - 3) : previous_end].rstrip("\"'”’ ").endswith("?"):
        return False
    # (a question put to someone by an interviewer, not a speaker's own: ""What else can we
    # do?" she asked")
    stop = _sentence_end(text, previous_end)
    end = min(stop, previous_end + 80)
    asked = _ASKED.search(text, previous_end, end)
    return asked is not None and _INTERVIEWER.search(text, previous_end, end) is not None


_ASKED = re.compile(r"\b(?:asked|asks|inquired|inquires|wondered|wanted[ \t]+to[ \t]+know)\b")
_INTERVIEWER = re.compile(
    r"\b(?:presenter|host|interviewer|reporter|anchor|moderator|journalist|correspondent)\b",
    re.IGNORECASE,
)
