"""The extraction pipeline: plan (cheap, per article) -> parse (batched) -> attribute.

Planning finds quotation spans (quotemarks.py), page layout (furniture.py), sentence units and
the few units worth parsing: units whose attribution is plain (`"Q," she said`) are read by
surface.py and never parsed; other units holding a quotation are parsed, with the sentences
just before and after that may name the speaker.  Parsing runs once for a whole batch of
articles (nlp.parse_many).  Attribution then applies the sieves, from the most reliable to the
least: the quotation's own unit (attribution.py), a bare attribution sentence after it, a colon
introduction or narrated subject in the sentence before, then conversation continuity.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from homsquotes.core.extraction.attribution import sieves as attr
from homsquotes.core.extraction.attribution.cues import CUE_VERBS, CUE_WORD_RE, PRONOUNS
from homsquotes.core.extraction.attribution.surface import simple_attributions
from homsquotes.core.extraction.capitals import latin_re
from homsquotes.core.extraction.layout.furniture import find_layout
from homsquotes.core.extraction.layout.hard_wrap import unwrap
from homsquotes.core.extraction.layout.interview import Answer, answers
from homsquotes.core.extraction.layout.nicknames import Nickname, blank_nicknames
from homsquotes.core.extraction.layout.segments import Unit, split_units
from homsquotes.core.extraction.layout.snippets import Snippet, build_snippet
from homsquotes.core.extraction.resolution.affiliation import (
    article_affiliation,
    as_role,
    complete_portfolio,
)
from homsquotes.core.extraction.resolution.epithets import is_epithet
from homsquotes.core.extraction.resolution.name_prefix import split_role_prefix
from homsquotes.core.extraction.resolution.plausibility import plausible_speaker, trim_openers
from homsquotes.core.extraction.resolution.resolve import (
    Speaker,
    headline_speaker,
    interviewee,
    resolve_speaker,
)
from homsquotes.core.extraction.resolution.speakers import NOT_NAMES, OPENERS, NameIndex, visible
from homsquotes.core.extraction.spans.context import context_bounds, setting_of
from homsquotes.core.extraction.spans.kinds import WHAT_CALLED, classify
from homsquotes.core.extraction.spans.merging import merge_continued
from homsquotes.core.extraction.spans.quotemarks import find_quote_spans
from homsquotes.core.model import ExtractedArticle, Quote, Span

# Units longer than this are not parsed (a runaway unbalanced quotation, a wall of text);
# their quotations keep whatever the cheaper sieves give them.
MAX_SNIPPET_CHARS = 1500
# How far back (in paragraphs) a quotation can continue an earlier speaker.
CONTINUITY_PARAGRAPHS = 2
# A quotation paragraph may take its speaker from the sentence just before it even when that
# sentence ends the previous paragraph ("He then listed the qualities of a nominee.").
PREVIOUS_ACROSS_PARAGRAPHS = True
_WORDS = latin_re(r"[A-Za-z]{2,}")
_SIGNATURE = latin_re(
    r"[-–—]\s*(?P<name>(?:[A-Z][\w'’.-]*)(?:[ \t]+[A-Z][\w'’.-]*){0,3})(?:,[^\n]{0,60})?\.?"
)
# A sentence that is nothing but an attribution: "Trump said." / "he added on Tuesday."
_BARE_ATTRIBUTION = latin_re(
    r"(?:[\w'’.-]+\s+){1,4}(?:" + CUE_WORD_RE.pattern[5:-3] + r")(?:\s+[\w'’-]+){0,2}\s*[.!]?",
    re.IGNORECASE,
)


# Interview transcripts: an answer labelled "A:" belongs to the person interviewed, named in
# the introduction ("an interview with Anna Berg", "Anna Berg spoke to us", "we asked Anna Berg").
_ANSWER_LABEL = re.compile(r"[ \t]*(?:A|Answer)[ \t]*[:.)\-–—][ \t]*")
# (Irish names have one-letter and two-letter particles: "Eoghan Ó Maoileoin", "Niamh Ní Bhriain")
_NAME_WORDS = (
    r"[A-Z][\w'’-]+(?:[ \t]+(?:(?:al|bin|de|van|von|Ó|Ní|Uí|Ua|Nic)[ \t]+)?[A-Z][\w'’-]+){1,3}"
)
_INTERVIEWEE = latin_re(
    r"\b(?:[Ii]nterview(?:ed)?|[Cc]onversation|Q&A|[Ss]poke|[Tt]alked)[ \t]+(?:with|to)[ \t]+"
    rf"(?P<name>{_NAME_WORDS})"
    rf"|(?P<name2>{_NAME_WORDS})(?:,[^,\n]{{3,120}},)?[ \t]+(?:spoke|talked)[ \t]+(?:to|with)\b"
)


# a name with the role before it: "Dandenong Vale trader Sam Costa", "Team Aotearoa navigator
# Ollie Birtwistle", "Securities Commissioner Ann Lee"
_ROLE_AND_NAME = (
    r"(?:(?:[A-Z][\w'’-]+[ \t]+){0,3}(?:[a-z][\w'’-]+[ \t]+){1,3}(?=[A-Z]))?"
    rf"(?:[A-Z][\w'’.-]+[ \t]+){{0,3}}{_NAME_WORDS}"
)


# `"Q." The remark came from X.` / `Those words were from X.` / `The comment was made by X.` /
# `That quote from Commissioner Thomas Krebs appeared on the front page`
_CAME_FROM = latin_re(
    r"[ \t]*(?:The|That|This|Those|These|His|Her|Their|Such)[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:remarks?|comments?|words|quotes?|statements?|warnings?|pleas?|message|line|assessment|"
    r"verdict|response|reply|admission|claim|observation|view|opinion|reaction|was|is)[ \t]+"
    r"(?P<cue>came[ \t]+from|come[ \t]+from|"
    r"(?<=[a-z]{3}[ \t])(?<!was[ \t])(?<!\bis[ \t])from(?=[ \t]+[a-zA-Z])|"
    r"(?:was|were)[ \t]+(?:made[ \t]+|delivered[ \t]+)?"
    r"(?:from|by)|belong(?:ed|s)?[ \t]+to|(?:are|were)[ \t]+those[ \t]+of|"
    # "That was the verdict of Dandenong Vale trader Sam Costa"
    r"(?:the|a)[ \t]+(?:[a-z]+[ \t]+)?(?:verdict|view|assessment|message|opinion|reaction|"
    r"judgment|judgement|response|warning|take)[ \t]+of)[ \t]+"
    rf"(?P<name>{_ROLE_AND_NAME})"
)


# `"Q." So says Rachel Ostrander, extension plant pathologist at Ohio State University.`
_SO_SAYS = latin_re(
    r"[ \t]*(?:So|Thus)[ \t]+(?P<cue>says|said)[ \t]+"
    rf"(?P<name>(?:[A-Z][\w'’.-]+[ \t]+){{0,3}}{_NAME_WORDS})"
)


# `"Q." That was how navigator Ollie Birtwistle summed up the past 48 hours.`
_THAT_WAS_HOW = latin_re(
    r"[ \t]*(?:That|This|Such)[ \t]+(?:was|is)[ \t]+how[ \t]+"
    rf"(?P<name>{_ROLE_AND_NAME})[ \t]+"
    r"(?P<cue>summed[ \t]+(?:it[ \t]+)?up|described|put[ \t]+it|explained|saw[ \t]+it|"
    r"characteri[sz]ed|recalled|remembered|defended|justified|greeted|[a-z]{3,}ed)\b"
)


# `SAULNIERVILLE — "We're not going anywhere." // Jordan Francis, known on the wharf as
# Junior, said it twice on Tuesday morning`: "it" is the quotation (never `X said it was ...`,
# where "it" opens the reported clause)
_SAID_IT = latin_re(
    rf"[ \t]*(?P<name>{_ROLE_AND_NAME})(?:,[ \t]+[^,.;:!?\"“”\n]{{3,120}},)?[ \t]+"
    r"(?P<cue>said|says|repeated|repeats|shouted|shouts|yelled|wrote|writes)[ \t]+"
    r"(?:it|those[ \t]+words|these[ \t]+words)"
    # (what may follow the quotation's "it": an end, a manner, a time or a place)
    r"(?=[ \t]*[,.;]|[ \t]+(?:twice|again|first|once|loudly|quietly|softly|simply|plainly|"
    r"bluntly|best|repeatedly|himself|herself|themselves|on|at|in|to|from|outside|during|"
    r"before|after|while|as|when|over)\b)"
)


# An inverted cue alone before a quotation paragraph: "Stated Stone:", "Added Reyes:".
_INVERTED_CUES = sorted(
    (w.capitalize() for w in CUE_VERBS if w.endswith("ed") or w in ("said", "wrote", "told")),
    key=len,
    reverse=True,
)
_INVERTED_INTRO = latin_re(
    rf"[ \t]*(?P<cue>{'|'.join(_INVERTED_CUES)})"
    rf"[ \t]+(?P<name>{_NAME_WORDS}|[A-Z][\w'’-]+)[ \t]*:[ \t]*"
)


# A wire dateline opening the first paragraph: "LONDON (Reuters) -", "CAIRO, June 3 (Reuters) -",
# "LOS ANGELES (AP) —", "WASHINGTON --".
_DATELINE = latin_re(
    r"[ \t]*[A-Z][A-Z'.-]+(?:[ \t]+[A-Z][A-Z'.-]+)*(?:,[\w. ]{1,20})?[ \t]*(?:\([^)\n]{1,30}\))?"
    r"[ \t]*(?:--|-[ \t]|\u2014|\u2013)[ \t]*"
)


@dataclass(slots=True)
class Plan:
    text: str
    spans: list[tuple[int, int]]
    units: list[Unit] = field(default_factory=list)
    quote_unit: list[int] = field(default_factory=list)
    quote_unit_set: set[int] = field(default_factory=set)
    plain: dict[int, attr.Attribution] = field(default_factory=dict)  # read without parsing
    snippets: dict[int, Snippet] = field(default_factory=dict)
    docs: dict[int, Any] = field(default_factory=dict)
    title: str | None = None
    standfirst: str | None = None
    in_title: set[int] = field(default_factory=set)  # quotations in the headline
    # whether a unit's words outside quotations hold a cue, asked once per unit (a paragraph
    # of hostile text can hold thousands of quotations)
    unit_has_cue: dict[int, bool] = field(default_factory=dict)
    # nicknames inside names, blanked out of `text`; `shown` is the text with them in
    nicknames: list[Nickname] = field(default_factory=list)
    shown: str = ""
    title_at: tuple[int, int] | None = None  # where the headline and standfirst are
    standfirst_at: tuple[int, int] | None = None


def _outside_quotes(text: str, unit: Unit, spans: list[tuple[int, int]]) -> str:
    parts, pos = [], unit.start
    # spans are sorted and do not overlap: start from the last one opening before the unit
    first = max(0, bisect.bisect_right(spans, (unit.start, unit.start)) - 1)
    for s, e in spans[first:]:
        if s >= unit.end:
            break
        if e <= unit.start:
            continue
        parts.append(text[pos : max(pos, s)])
        pos = max(pos, e)
    parts.append(text[pos : unit.end])
    return " ".join(parts)


def _in_span(span: Span | None, start: int, end: int) -> bool:
    return span is not None and span.start <= start and end <= span.end


_QUOTE_WORD = re.compile(r"\w+")
# Share of a headline quotation's words found in one body quotation for it to be an echo.
ECHO_SHARE = 0.8


def _echoes(
    text: str, heading: list[tuple[int, int]], body: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The headline quotations that repeat words the body quotes ("Kasich: 'We Are Going To Go
    All The Way'" over `"We are going to go all the way to Cleveland," Kasich said`).  The body's
    quotation is the one to list: it has the attribution, and a quote listed twice would be
    counted twice."""
    if not body:
        return []
    body_words = [{w.lower() for w in _QUOTE_WORD.findall(text, s, e)} for s, e in body]
    found = []
    for s, e in heading:
        words = [w.lower() for w in _QUOTE_WORD.findall(text, s, e)]
        # (counted on the words that carry the meaning: "a fantasy without planning reform"
        # is no echo of "Without planning reform, this target is ...")
        words = [w for w in words if len(w) > 3] or words
        need = ECHO_SHARE * len(words)
        if words and any(sum(w in bw for w in words) >= need for bw in body_words):
            found.append((s, e))
    return found


def reading_text(
    text: str, chosen: tuple[int, int] | None = None
) -> tuple[str, str, list[Nickname]]:
    """The text as the extractor reads it: hard-wrapped lines joined, nicknames inside names
    blanked out (except one the user marked), every offset kept.  Also the joined text with
    its nicknames, which contexts are cut from."""
    flowing = unwrap(text)
    read, nicknames = blank_nicknames(flowing, keep=chosen)
    return read, flowing, nicknames


def plan_article(text: str, chosen: tuple[int, int] | None = None) -> Plan:
    """`chosen`: a span the user marked as a quotation; it replaces the spans it overlaps."""
    read, shown, nicknames = reading_text(text, chosen)
    plan = _plan(read, chosen)
    plan.shown, plan.nicknames = shown, nicknames
    if nicknames:
        # the headline and the standfirst as the article writes them, nicknames and all
        if plan.title_at is not None:
            plan.title = shown[plan.title_at[0] : plan.title_at[1]]
        if plan.standfirst_at is not None:
            plan.standfirst = shown[plan.standfirst_at[0] : plan.standfirst_at[1]]
    return plan


def _plan(text: str, chosen: tuple[int, int] | None) -> Plan:
    found = find_quote_spans(text)
    layout = find_layout(text, found)
    spans = sorted(
        (s.start, s.end)
        for s in found
        if 0 <= s.start < s.end <= len(text)
        and s.end - s.start >= 2
        and not layout.is_furniture(s.start, s.end)
    )
    if chosen is not None:
        spans = sorted([(s, e) for s, e in spans if e <= chosen[0] or s >= chosen[1]] + [chosen])
    in_title = [(s, e) for s, e in spans if _in_span(layout.title, s, e)]
    if in_title:
        body = [(s, e) for s, e in spans if not _in_span(layout.title, s, e)]
        echoes = set(_echoes(text, in_title, body)) - {chosen}  # what the user marked stays
        spans = [span for span in spans if span not in echoes]
    plan = Plan(text, spans)
    # A headline's own quotation is listed like any other, but it is never one quote with a
    # quotation of the body (its speaker may still carry on to the body's first quotation,
    # as a headline's "Richards: '…'" names who speaks below).
    plan.in_title = {qi for qi, (s, e) in enumerate(spans) if _in_span(layout.title, s, e)}
    plan.title = layout.title.text if layout.title else None
    plan.standfirst = layout.standfirst.text if layout.standfirst else None
    plan.title_at = (layout.title.start, layout.title.end) if layout.title else None
    plan.standfirst_at = (
        (layout.standfirst.start, layout.standfirst.end) if layout.standfirst else None
    )
    if not spans:
        return plan
    plan.units = split_units(text, spans)
    starts = [u.start for u in plan.units]
    plan.quote_unit = [max(0, bisect.bisect_right(starts, s) - 1) for s, _ in spans]
    plan.quote_unit_set = set(plan.quote_unit)
    by_unit: dict[int, list[int]] = {}
    for qi, ui in enumerate(plan.quote_unit):
        by_unit.setdefault(ui, []).append(qi)
    for ui, qis in by_unit.items():
        unit = plan.units[ui]
        if unit.end - unit.start > MAX_SNIPPET_CHARS * 4:
            continue
        outside = _outside_quotes(text, unit, spans)
        plain = simple_attributions(text, unit.start, unit.end, [spans[q] for q in qis])
        if plain is not None:
            for qi, (mention, cue, is_name) in zip(qis, plain, strict=True):
                plan.plain[qi] = attr.Attribution(mention, cue, "surface", 0.95, is_name=is_name)
        elif _WORDS.search(outside):
            _add_snippet(plan, ui, [(spans[q][0], spans[q][1], q) for q in qis])
        nxt = ui + 1
        if nxt < len(plan.units) and nxt not in by_unit:
            # `"Q." Trump said.` -- a short attribution sentence after the quotation
            nu = plan.units[nxt]
            if _BARE_ATTRIBUTION.fullmatch(text, nu.start, nu.end):
                _add_snippet(plan, nxt, [])
        if not CUE_WORD_RE.search(outside) and ui > 0 and ui - 1 not in by_unit:
            prev = plan.units[ui - 1]
            prev_text = text[prev.start : prev.end]
            # a short narrated sentence may name who speaks next ("He then listed ...:")
            if len(prev_text) < 400 or prev_text.rstrip().endswith(":"):
                _add_snippet(plan, ui - 1, [])
    return plan


def _add_snippet(plan: Plan, ui: int, quotes: list[tuple[int, int, int]]) -> None:
    unit = plan.units[ui]
    start = unit.start
    dateline = _DATELINE.match(plan.text, start, unit.end)
    if dateline and (not quotes or dateline.end() <= min(q[0] for q in quotes)):
        # "CAIRO, June 3 (Reuters) - Sudan's army chief ...": the parser would take the city
        # for the subject
        start = dateline.end()
    snip = build_snippet(plan.text, start, unit.end, quotes)
    if len(snip.text) <= MAX_SNIPPET_CHARS:
        plan.snippets[ui] = snip


def _ends_unit(plan: Plan, qi: int) -> bool:
    unit = plan.units[plan.quote_unit[qi]]
    return not _WORDS.search(plan.text, plan.spans[qi][1], unit.end)


def _starts_unit(plan: Plan, qi: int) -> bool:
    unit = plan.units[plan.quote_unit[qi]]
    return plan.spans[qi][0] - unit.start <= 2


def _find_attribution(
    plan: Plan, qi: int, found: list[attr.Attribution | None]
) -> tuple[attr.Attribution | None, int]:
    """The attribution for quotation qi and the index of the unit it came from."""
    ui = plan.quote_unit[qi]
    units = plan.units
    if qi in plan.plain:
        return plan.plain[qi], ui
    what = WHAT_CALLED.search(
        plan.text, max(units[ui].start, plan.spans[qi][0] - 120), plan.spans[qi][0]
    )
    if what:
        # `under what Mr. Hedge called ''the prior economy model,'' the club charged ...`: the
        # one who called it so is the speaker, whatever the main clause's subject
        mention = (what.start("who"), what.end("who"))
        cue = (what.start("cue"), what.end("cue"))
        is_name = plan.text[mention[0]].isupper() and what.group("who") not in ("I", "It")
        return attr.Attribution(mention, cue, "cue-clause", 0.85, is_name=is_name), ui
    if ui in plan.docs:
        att = attr.attribute_quote(plan.docs[ui], plan.snippets[ui], qi)
        if att is not None and att.mention is not None:
            return att, ui
    nxt = ui + 1
    if nxt < len(units) and nxt not in plan.quote_unit_set and _ends_unit(plan, qi):
        # a signature line after a quotation: "- Clinton." / "—Michelle Marks, Philadelphia."
        sign = _SIGNATURE.fullmatch(plan.text, units[nxt].start, units[nxt].end)
        if sign:
            mention = (sign.start("name"), sign.end("name"))
            dash = (sign.start(), sign.start() + 1)
            return attr.Attribution(mention, dash, "signature", 0.7, is_name=True), ui
    if nxt < len(units) and _ends_unit(plan, qi):
        # `"Q." The remark came from Ahmed Khan, the fire chief.`: the speaker in the next sentence
        # (which may go on to a quotation of its own: `That was the verdict of trader Sam Costa,
        # whose cafe sits opposite. "Q2," he said.`)
        came = (
            _CAME_FROM.match(plan.text, units[nxt].start, units[nxt].end)
            or _SO_SAYS.match(plan.text, units[nxt].start, units[nxt].end)
            or _THAT_WAS_HOW.match(plan.text, units[nxt].start, units[nxt].end)
            or _SAID_IT.match(plan.text, units[nxt].start, units[nxt].end)
        )
        if came and any(
            units[nxt].start <= s < came.end() for s, _e in plan.spans[qi + 1 : qi + 3]
        ):
            came = None
        if came:
            mention = (came.start("name"), came.end("name"))
            cue = (came.start("cue"), came.end("cue"))
            return attr.Attribution(mention, cue, "next-sentence", 0.7, is_name=True), ui
    same_paragraph_next = nxt < len(units) and units[nxt].paragraph == units[ui].paragraph
    if (
        nxt in plan.docs
        and same_paragraph_next
        and nxt not in plan.quote_unit_set
        and _ends_unit(plan, qi)
    ):
        att = attr.intro_attribution(plan.docs[nxt], plan.snippets[nxt])
        if att is not None and att.mention is not None:
            att.sieve, att.confidence = "next-sentence", 0.7
            return att, ui
    unit = units[ui]
    label = _ANSWER_LABEL.match(plan.text, unit.start, plan.spans[qi][0])
    if label is not None and label.end() == plan.spans[qi][0]:
        who = _INTERVIEWEE.search(plan.text, 0, min(len(plan.text), plan.spans[qi][0]))
        if who is None and qi > 0 and found[qi - 1] is not None and found[qi - 1].mention:
            # a Q&A after a quoted speaker, with no introduction: the answers are theirs
            prev = found[qi - 1]
            word = plan.text[label.start() : label.end()]
            lead = len(word) - len(word.lstrip())
            cue = (label.start() + lead, label.start() + len(word.rstrip()))
            return attr.Attribution(
                prev.mention, cue, "interview", 0.55, prev.is_name, prev.name, prev.description
            ), ui
        if who is not None:
            g = "name" if who.group("name") else "name2"
            mention = (who.start(g), who.end(g))
            word = plan.text[label.start() : label.end()]
            lead = len(word) - len(word.lstrip())
            cue = (label.start() + lead, label.start() + len(word.rstrip()))
            return attr.Attribution(mention, cue, "interview", 0.6, is_name=True), ui
    prev_ui = ui - 1
    prev_in_para = prev_ui >= 0 and units[prev_ui].paragraph == units[ui].paragraph
    if not _starts_unit(plan, qi):
        return _within_paragraph(plan, qi, found), ui
    inverted = (
        _INVERTED_INTRO.fullmatch(plan.text, units[prev_ui].start, units[prev_ui].end)
        if (prev_ui >= 0 and prev_ui not in plan.quote_unit_set)
        else None
    )
    if inverted:
        # "Stated Stone:" as a paragraph of its own, the quotation below it
        mention = (inverted.start("name"), inverted.end("name"))
        cue = (inverted.start("cue"), inverted.end("cue"))
        return attr.Attribution(mention, cue, "colon-intro", 0.75, is_name=True), prev_ui
    if prev_ui in plan.docs and prev_ui not in plan.quote_unit_set:
        prev_text = plan.text[units[prev_ui].start : units[prev_ui].end].rstrip()
        if prev_text.endswith(":") or prev_in_para or PREVIOUS_ACROSS_PARAGRAPHS:
            att = attr.intro_attribution(plan.docs[prev_ui], plan.snippets[prev_ui])
            if att is not None and att.mention is not None:
                if not prev_text.endswith(":") and att.sieve != "previous-subject":
                    att.sieve, att.confidence = "previous-sentence", 0.5
                return att, prev_ui
    # conversation continuity: the previous quotation's speaker, if close -- unless the
    # quotation's own sentence has a cue of its own (someone else, unresolved, speaks)
    if qi > 0 and found[qi - 1] is not None and not _unit_has_cue(plan, ui):
        prev_q_unit = units[plan.quote_unit[qi - 1]]
        if units[ui].paragraph - prev_q_unit.paragraph <= CONTINUITY_PARAGRAPHS:
            prev = found[qi - 1]
            return attr.Attribution(
                prev.mention,
                prev.cue,
                "continuity",
                min(prev.confidence, 0.6),
                prev.is_name,
                prev.name,
                prev.description,
            ), ui
    return None, ui


def _unit_has_cue(plan: Plan, ui: int) -> bool:
    """Whether unit ui's words outside quotations hold a cue (asked once per unit)."""
    if ui not in plan.unit_has_cue:
        outside = _outside_quotes(plan.text, plan.units[ui], plan.spans)
        plan.unit_has_cue[ui] = CUE_WORD_RE.search(outside) is not None
    return plan.unit_has_cue[ui]


def _within_paragraph(
    plan: Plan, qi: int, found: list[attr.Attribution | None]
) -> attr.Attribution | None:
    """A quotation inside a sentence with no cue of its own, and no speaker the parse found:
    `"It's an enormous moment," said Steve Schmidt. Unless rivals quit, "it's very difficult
    to see how he is stopped."` goes on with the paragraph's last speaker, and `Brill has argued
    that the law was crippled. As a result, there is still "a very powerful industry"` with the
    subject of the sentence before -- as long as nobody else is named in between."""
    units, text = plan.units, plan.text
    ui = plan.quote_unit[qi]
    unit = units[ui]
    if _unit_has_cue(plan, ui):
        return None
    qs = plan.spans[qi][0]
    prev = found[qi - 1] if qi > 0 else None
    prev_unit = units[plan.quote_unit[qi - 1]] if qi > 0 else None
    if prev is not None and prev.mention is not None and prev_unit is not None:
        if prev_unit.paragraph != unit.paragraph:
            pass  # no earlier quotation in this paragraph
        elif _names_between(
            # the rest of the earlier quotation's own sentence is its attribution
            text,
            max(plan.spans[qi - 1][1], min(prev_unit.end, unit.start)),
            qs,
            text[prev.mention[0] : prev.mention[1]],
            plan.spans,
        ):
            return None
        else:
            # no cue of its own: a separate quotation of the same speaker, never a part of the
            # earlier one (the reporter's sentence between them is no interruption)
            return attr.Attribution(
                prev.mention,
                None,
                "paragraph-speaker",
                min(prev.confidence, 0.55),
                prev.is_name,
                prev.name,
                prev.description,
            )
    prev_ui = ui - 1
    if (
        prev_ui in plan.docs
        and prev_ui not in plan.quote_unit_set
        and units[prev_ui].paragraph == unit.paragraph
    ):
        att = attr.intro_attribution(plan.docs[prev_ui], plan.snippets[prev_ui])
        if att is not None and att.mention is not None and att.sieve == "colon-intro":
            mention = text[att.mention[0] : att.mention[1]]
            if not _names_between(text, att.mention[1], qs, mention, plan.spans):
                att.sieve, att.confidence = "previous-sentence", 0.5
                return att
    return None


def _names_between(
    text: str, start: int, end: int, speaker_mention: str, spans: list[tuple[int, int]]
) -> bool:
    """Someone other than the speaker may be named between start and end (words inside
    quotations do not count): a capitalised word that is not part of the speaker's mention.  A
    word opening a sentence counts only when the article never writes it in lower case
    ("Unless", "As" do not count; "Biden" does)."""
    if end <= start:
        return False
    between = _outside_quotes(text, Unit(start, end, 0), spans)
    own = {_POSSESSIVE_END.sub("", w.strip(".,")).lower() for w in speaker_mention.split()}
    for m in _CAPITALISED.finditer(between):
        word = _POSSESSIVE_END.sub("", m.group()).lower()
        if word in own or word in NOT_NAMES or word in OPENERS:
            continue
        last = m.start() - 1
        while last >= 0 and between[last].isspace():
            last -= 1
        opens_sentence = last < 0 or between[last] in '.!?:;"”“’‘—–-'
        if opens_sentence and _written_in_lower_case(text, word):
            continue
        return True
    return False


def _written_in_lower_case(text: str, word: str) -> bool:
    """Whether `word` (in lower case) occurs in text as a word.  The words of a text are
    gathered once: searching the whole text for every capitalised word was quadratic."""
    if word.isalnum():
        return word in _words_of(text)
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


@functools.lru_cache(maxsize=8)
def _words_of(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text))


# A definite description as the speaker: "the statement", "The company" (not "The Times").
_UNRESOLVED_DESCRIPTION = re.compile(r"[Tt]he[ \t]+(?:[\w'’-]+[ \t]+)*?[a-z][\w'’-]*$")
_CAPITALISED = latin_re(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*")
_POSSESSIVE_END = re.compile(r"['’]s?$")


_NAMING_VERBS = frozenset(
    f"{stem}{ending}"
    for stem in ("refer", "dub", "label", "brand", "term", "nickname", "christen")
    for ending in ("", "s", "ed", "red", "ing", "ring", "led", "ling", "bed", "bing", "d")
)


def _naming_cue(text: str, cue: tuple[int, int] | None) -> bool:
    """True when the cue is a verb of saying or of naming something."""
    if cue is None:
        return False
    words = text[cue[0] : cue[1]].lower().split()
    return bool(words) and (words[0] in CUE_VERBS or words[0] in _NAMING_VERBS)


_TRAILING_CUE = re.compile(r"[ \t]+([a-z]+)[ \t]*$")
_RELEASED = frozenset({"released", "published", "issued", "posted", "obtained", "seen", "leaked"})


def _trim_trailing_cue(text: str, start: int, end: int) -> int:
    """The end of a mention once a speech verb the parse left at its end is cut: "the
    foundation predicts", "the document states", "A campaign TV ad released" name the
    foundation, the document and the ad."""
    m = _TRAILING_CUE.search(text, start, end)
    word = m.group(1) if m else ""
    verb = (word in CUE_VERBS and word.endswith(("s", "ed"))) or word in _RELEASED
    before = text[start : m.start()].split() if m else []
    if before and before[-1].lower() in ("the", "a", "an", "his", "her", "its", "their"):
        return end  # "Solicitor for the accused": a noun, not the verb
    if m and m.start() > start and verb:
        return m.start()
    return end


_ROLE_TAIL_THEN_NAME = latin_re(
    r"[ \t]+(?:and|&)[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2}[ \t]+"
    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’-]*){1,3}[ \t]*"
)


def _reach_name_before_cue(
    text: str, mention: tuple[int, int], cue: tuple[int, int] | None
) -> tuple[int, int]:
    """A role the parse cut short of the name before the cue: "Sirius XM Vice President for
    news [and talk Dave Gorab] called the show": the mention runs on to the name, which the
    resolver then splits from its role."""
    if cue is None or not mention[1] <= cue[0] <= mention[1] + 60:
        return mention
    if _ROLE_TAIL_THEN_NAME.fullmatch(text, mention[1], cue[0]):
        return mention[0], len(text[: cue[0]].rstrip())
    return mention


# a "verb" in capitals is a headline's, in a digest's line of them ("EDGAR ALLEN POE WAS ...",
# "NEW YORK ENDS 'TAMPON TAX'"): no attribution
_SHOUTED_CUE = re.compile(r"[A-Z]{2,}(?:[ \t]+[A-Z]{2,})?")


def _reach_name_after_titles(
    text: str, index: NameIndex, mention: tuple[int, int]
) -> tuple[int, int]:
    """A mention the parse cut after the titles ("said Professor Dr. [Nor Azlina binti
    Hashim]") runs on to the end of the name they open."""
    ms, me = mention
    at = bisect.bisect_right(index.starts, ms) - 1
    if at < 0:
        return mention
    run = index.runs[at]
    if run.start == ms and run.title and run.end > me and me - ms <= len(run.title_text) + 1:
        return ms, run.end
    return mention


def finish_article(plan: Plan) -> ExtractedArticle:
    text = plan.text
    quotes: list[Quote] = []
    printed = answers(text)
    if not plan.spans and not printed:
        return ExtractedArticle(plan.title, quotes, plan.standfirst)
    index = NameIndex(text, plan.nicknames)
    found: list[attr.Attribution | None] = []
    speakers: list[Speaker | None] = []
    affiliations: dict[str, str] = {}
    for qi, (qs, qe) in enumerate(plan.spans):
        att, from_unit = _find_attribution(plan, qi, found)
        ui = plan.quote_unit[qi]
        kind = classify(
            text,
            qs,
            qe,
            att.sieve if att is not None and att.mention else None,
            plan.units[ui].start,
            att.cue if att is not None else None,
            att.mention if att is not None else None,
        )
        if kind == "term" and att is not None and att.nearest is not None:
            att = att.nearest if att.nearest.mention else att
        if kind == "term" and att is not None and not _naming_cue(text, att.cue):
            # A title or scare quote has a user only when someone says or names it
            # ("activists referred to it as"); "titled", "going", "according to" name nobody.
            att = None
        if att is not None and att.mention is not None:
            trimmed = trim_openers(text, *att.mention)
            att.mention = (trimmed, _trim_trailing_cue(text, trimmed, att.mention[1]))
            att.mention = _reach_name_before_cue(text, att.mention, att.cue)
            att.mention = _reach_name_after_titles(text, index, att.mention)
        found.append(att)
        speaker = (
            resolve_speaker(
                text,
                index,
                att,
                speakers,
                affiliations,
                quote_start=qs,
                previous_end=plan.spans[qi - 1][1] if qi > 0 else 0,
            )
            if att
            else None
        )
        if speaker is None and qi in plan.in_title and kind == "direct":
            given = headline_speaker(text, index, qe)
            if given is not None:
                # "‘I thought he was going to kill us’: Hero gran shields tots"
                speaker, ms, me = given
                att = attr.Attribution((ms, me), None, "headline", 0.5)
                found[-1] = att
        shouted = att is not None and att.cue is not None and _SHOUTED_CUE.fullmatch(
            text, att.cue[0], att.cue[1]
        )
        said_by = text[att.mention[0] : att.mention[1]] if att and att.mention else ""
        if (
            speaker is not None
            and att is not None
            and att.mention is not None
            and (shouted or not plausible_speaker(speaker.name, said_by))
        ):
            # "Currently", "May", "the big reveal": nobody; the quotation goes to review,
            # judged as words that no one is said to say (a label or a scare quote stays one)
            speaker, att = None, None
            found[-1] = None
            if kind == "direct":
                kind = classify(text, qs, qe, None, plan.units[ui].start)
        speakers.append(speaker)
        ui = plan.quote_unit[qi]
        unit = plan.units[ui]
        first = plan.units[min(from_unit, ui)]
        ctx_start, ctx_end = context_bounds(text, first.start, max(unit.end, qe), qs, qe)
        context = (plan.shown or text)[ctx_start:ctx_end]
        q = Quote(text=text[qs:qe], start=qs, end=qe, kind=kind, context=context)
        if att is not None:
            q.confidence = max(0.0, min(1.0, att.confidence))
            if att.sieve in ("cue-clause", "cue-nearest") and att.mention and not att.is_name:
                # a description found through the parse ("the influential US daily", "the
                # party") is the speaker less often than a name or a pronoun in that slot:
                # measured 89% right on PolNeAR train against 96% -- below the review line
                mention_text = text[att.mention[0] : att.mention[1]].lower()
                if mention_text not in PRONOUNS:
                    q.confidence = min(q.confidence, 0.8)
            if att.mention and text[att.mention[0] : att.mention[1]].strip():
                q.speaker_mention = Span(
                    att.mention[0], att.mention[1], text[att.mention[0] : att.mention[1]]
                )
            if att.cue:
                q.cue = Span(att.cue[0], att.cue[1], text[att.cue[0] : att.cue[1]])
            q.setting = setting_of(text, ctx_start, ctx_end, att.cue, plan.spans, att.mention)
        if speaker is not None:
            if _UNRESOLVED_DESCRIPTION.match(speaker.name) or is_epithet(speaker.name):
                # "the statement", "the union", "the Portuguese lawmaker" left as they are:
                # the article named who it means and the resolver did not find it
                q.confidence = min(q.confidence, 0.8)
            if speaker.doubtful:
                # "he" taken to an earlier speaker although others were named since: right 7
                # times in 15 on the three house-styles sets -- below the review line
                q.confidence = min(q.confidence, 0.7)
            q.speaker, q.speaker_type = visible(speaker.name), speaker.type
            if speaker.through and not q.setting:
                # "her statement said": through her statement
                through = speaker.through
                if through.split()[0] in ("A", "An", "The", "His", "Her", "Its", "Their"):
                    through = through[0].lower() + through[1:]
                q.setting = through
        quotes.append(q)
    paragraphs = [u.paragraph for u in plan.units]
    quotes, speakers = merge_continued(
        text, quotes, speakers, found, plan.quote_unit, paragraphs, apart=plan.in_title
    )
    # affiliations found late (a later apposition) reach the earlier quotations too; so does a
    # name found to be an organisation ("Northwind said ... it said")
    organisations = {sp.name for sp in speakers if sp is not None and sp.type == "organisation"}
    speakers = _descriptions_resolved(quotes, speakers)
    for q, sp in zip(quotes, speakers, strict=True):
        if sp is not None:
            chosen = sp.affiliation or affiliations.get(sp.name)
            if sp.type == "person":
                # "Town Supervisor Janet Bruno": the person is Janet Bruno, the role her
                # affiliation
                role, bare = split_role_prefix(text, sp.name)
                if role is not None:
                    q.speaker = visible(bare)
                    chosen = chosen or affiliations.get(bare) or role
            if chosen and sp.type == "person":
                chosen = complete_portfolio(text, index, sp.name, chosen)
            q.affiliation = as_role(chosen, text)
            if sp.name in organisations:
                q.speaker_type = "organisation"
    if printed:
        quotes = _with_answers(plan, index, quotes, printed)
    return ExtractedArticle(plan.title, quotes, plan.standfirst)


def _with_answers(
    plan: Plan, index: NameIndex, quotes: list[Quote], printed: list[Answer]
) -> list[Quote]:
    """The quotes with a printed interview's answers among them, in text order.  A quotation
    in marks inside an answer keeps its own speaker (the interviewee quoting someone, or an
    answer printed in marks), and the answer is the words around it, in parts."""
    text = plan.text
    subject = interviewee(text, index)
    added = []
    for a in printed:
        pieces = _answer_parts(text, a, [q for q in quotes if q.start < a.end and a.start < q.end])
        if not pieces:
            continue  # ("A: "It's a big mistake," he said.")
        ctx_start, ctx_end = context_bounds(text, a.label[0] if a.label else a.start, a.end,
                                            a.start, a.end)
        q = Quote(text=pieces[0].text, start=pieces[0].start, end=pieces[0].end, kind="direct",
                  context=(plan.shown or text)[ctx_start:ctx_end], setting="in an interview")
        q.set_parts(pieces)
        label = text[a.label[0] : a.label[1]] if a.label else None
        if a.named and label is not None:
            written = label.title() if label.isupper() else label
            q.speaker, q.speaker_type = visible(index.fullest(written)[0]), "person"
            q.speaker_mention = Span(a.label[0], a.label[1], label)
            q.confidence = 0.9
        elif subject is not None:
            # "A:" or no label: the person the headline or the standfirst says it is with
            q.speaker, q.speaker_type = visible(subject.name), "person"
            q.confidence = 0.8 if a.label else 0.7
            if a.label:
                q.speaker_mention = Span(a.label[0], a.label[1], label or "")
        if q.speaker:
            q.affiliation = as_role(article_affiliation(text, index, q.speaker), text)
        added.append(q)
    return sorted(quotes + added, key=lambda q: q.start)


def _answer_parts(text: str, answer: Answer, inside: list[Quote]) -> list[Span]:
    """The answer's words outside the quotations in marks it holds, as parts (a piece with
    fewer than two words, "said" or "and", is no part of its own); none when the answer opens
    with a quotation in marks, whose cue ("he said") is the reporter's."""
    if any(q.start <= answer.start for q in inside):
        return []
    pieces, at = [], answer.start
    for q in sorted(inside, key=lambda q: q.start):
        pieces.append((at, max(at, q.start)))
        at = max(at, q.end)
    pieces.append((at, answer.end))
    parts = []
    for start, end in pieces:
        m = _PART_WORDS.search(text, start, end)
        if m is not None and (not inside or len(m.group().split()) >= 2):
            parts.append(Span(m.start(), m.end(), m.group()))
    return parts


# an answer's piece from its first word to its last word or closing punctuation
_PART_WORDS = re.compile(r"\w.*[\w.!?…)\]]|\w", re.DOTALL)


def _descriptions_resolved(
    quotes: list[Quote], speakers: list[Speaker | None]
) -> list[Speaker | None]:
    """A description left as the speaker ("The furious mum, who works part-time, said ...
    'Q,' she said") is the person the same description was resolved to for another quotation
    of the article ("The furious mum ... said she was left 'in tears'": Kelly Ashworth)."""
    resolved: dict[str, Speaker] = {}
    for q, sp in zip(quotes, speakers, strict=True):
        mention = q.speaker_mention.text if q.speaker_mention is not None else ""
        if (
            sp is not None
            and sp.type == "person"
            and mention.split()[:1] in (["The"], ["the"])
            and " " in sp.name
            and not sp.name.startswith(("The ", "the ", "A ", "a ", "An ", "an "))
        ):
            resolved.setdefault(mention.lower(), sp)
    if not resolved:
        return speakers
    out = list(speakers)
    for i, (q, sp) in enumerate(zip(quotes, speakers, strict=True)):
        found = resolved.get(sp.name.lower()) if sp is not None else None
        if found is not None:
            out[i] = found
            q.speaker, q.speaker_type = visible(found.name), found.type
    return out


def run_batch(texts: list[str]) -> list[ExtractedArticle]:
    plans = [plan_article(t) for t in texts]
    jobs = [(p, ui) for p in plans for ui in p.snippets]
    if jobs:
        from homsquotes.core.extraction.attribution.nlp import parse_many

        docs = parse_many([p.snippets[ui].text for p, ui in jobs])
        for (p, ui), doc in zip(jobs, docs, strict=True):
            p.docs[ui] = doc
    articles = [finish_article(p) for p in plans]
    for text, plan, article in zip(texts, plans, articles, strict=True):
        if plan.text is not text:
            _read_from(text, article.quotes)
    return articles


def _read_from(text: str, quotes: list[Quote]) -> None:
    """Give the quotes found in the text as read (hard-wrapped lines joined, nicknames blanked)
    the words of `text` itself (the offsets are the same): a quotation is what the article
    says, line breaks and all."""
    for q in quotes:
        q.set_parts([Span(p.start, p.end, text[p.start : p.end]) for p in q.parts])
        for name in ("speaker_mention", "cue"):
            span = getattr(q, name)
            if span is not None:
                setattr(q, name, Span(span.start, span.end, text[span.start : span.end]))


def attribute_span(text: str, start: int, end: int) -> Quote:
    """The attribution the extractor gives text[start:end] taken as a quotation (a span the user
    marked by hand): speaker, mention, cue, affiliation, context, as for any found quotation."""
    start, end = max(0, start), min(len(text), end)
    if end - start < 2 or not text[start:end].strip():
        # nothing was said in a blank span: an empty attribution, not an error
        return Quote(text=text[start:end], start=start, end=end)
    plan = plan_article(text, (start, end))
    if plan.snippets:
        from homsquotes.core.extraction.attribution.nlp import parse_many

        for ui, doc in zip(
            plan.snippets, parse_many([s.text for s in plan.snippets.values()]), strict=True
        ):
            plan.docs[ui] = doc
    article = finish_article(plan)
    if plan.text is not text:
        _read_from(text, article.quotes)
    # the marked span may have been merged into a longer stretch of speech: keep its offsets
    best = max(article.quotes, key=lambda q: min(end, q.end) - max(start, q.start), default=None)
    if best is None or min(end, best.end) <= max(start, best.start):
        return Quote(text=text[start:end], start=start, end=end)
    best.set_parts([Span(start, end, text[start:end])])
    return best
