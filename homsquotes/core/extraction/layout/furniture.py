"""Telling page furniture from the article body.

Contract: find_layout(text) -> ArticleLayout with the title span (first real heading), the
standfirst span (if any) and the character ranges that are furniture (navigation, newsletter
blurbs, publisher footers, captions) and must yield no quotes.

Text pasted from a web page keeps the page around the article: navigation ("Skip to main content"),
sign-up blurbs, share and cookie lines, bylines and dates, photo captions ending in a credit
("… (AFP)"), and the publisher's boilerplate at the end.  Each line is judged on its own, by the
shape publishers give such lines rather than by any one publisher's wording: short lines without
a sentence's final punctuation, imperative sign-up/share/follow vocabulary, credits, copyright and
republishing notices.  The judgement is conservative: a line holding a quotation of a few words
is never furniture, so a real paragraph is not lost to a false alarm.
"""

from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass, field

from homsquotes.core.extraction.attribution.cues import CUE_VERBS
from homsquotes.core.extraction.spans.quotemarks import QuoteSpan, find_quote_spans
from homsquotes.core.model import Span


@dataclass(slots=True)
class ArticleLayout:
    title: Span | None = None
    standfirst: Span | None = None
    furniture: list[tuple[int, int]] = field(default_factory=list)

    def is_furniture(self, start: int, end: int) -> bool:
        # furniture ranges are lines: sorted and apart, so only the last one starting at or
        # before `start` can hold start..end
        i = bisect.bisect_right(self.furniture, (start, sys.maxsize)) - 1
        return i >= 0 and self.furniture[i][0] <= start and end <= self.furniture[i][1]

    def in_heading(self, start: int, end: int) -> bool:
        """True when start..end lies in the title or the standfirst."""
        return any(
            h is not None and h.start <= start and end <= h.end
            for h in (self.title, self.standfirst)
        )


# Phrases that belong to the page, not to reporting, wherever they appear in a line.
_BOILERPLATE = re.compile(
    r"\ball rights reserved\b|\bskip to (?:main )?content\b|\bwe use cookies\b|"
    r"\b(?:accept|manage|reject) (?:all )?cookies\b|\bcookie (?:policy|settings|preferences)\b|"
    r"\bcan be found here\b|\bfill out this form\b|\bclick here\b|\brepublishing this\b|"
    r"\blisten to this article\b|\b\d+[- ]min(?:ute)?s? read\b|\bfollow us on\b|"
    r"\bshare this (?:article|story|page)\b|\bshare on (?:facebook|twitter|x|whatsapp)\b|"
    r"\bnewsletters\s*$|^\s*(?:new )?[\w-]+(?: [\w-]+)? newsletter:|"
    r"(?<![\w\u0300-\u036f])\u00a9\s*(?:\d{4}|(?-i:[A-Z]))|\bcopyright (?:\u00a9 ?)?\d{4}\b|"
    r"\bgetty images\b|\bshutterstock\b|\bsupport (?:our|independent) journalism\b|"
    r"\bthis (?:article|story) (?:was|has been) (?:updated|amended|corrected)\b|"
    r"\breuse this content\b|\bexplore more on\b|\bback to (?:home|top)\b|"
    r"\bsave (?:this )?articles? to read later\b|\breading list\b|\bour standards\b|"
    r"\bsponsored content\b|\bpaid (?:content|partner)\b|\blink copied\b|\bcopy link\b|"
    r"\bappears in print\b|\border reprints\b|\btoday\u2019?'?s paper\b|\bad feedback\b",
    re.IGNORECASE,
)
# Cheap substrings, one of which every _BOILERPLATE phrase contains: most lines need no regex.
_BOILERPLATE_HINTS = (
    "rights reserved",
    "skip to",
    "cookie",
    "found here",
    "this form",
    "click here",
    "republishing",
    "listen to",
    "read",
    "follow us",
    "share ",
    "newsletter",
    "\u00a9",
    "copyright",
    "getty",
    "shutterstock",
    "journalism",
    "this article",
    "this story",
    "reuse",
    "explore more",
    "back to",
    "reading list",
    "our standards",
    "sponsored",
    "paid ",
    "link",
    "print",
    "reprints",
    "s paper",
    "ad feedback",
)
_BOILERPLATE_HINT = re.compile("|".join(re.escape(h) for h in _BOILERPLATE_HINTS))
# Calls to action, furniture when a sentence opens with them ("For more, sign up for …").
_IMPERATIVE = re.compile(
    r"(?:^|[.!?:]\s+)\W*(?:for more(?: \w+)?,?\s*)?"
    r"(?:sign up\b|subscribe\b|get the latest\b|download (?:our|the)\b|register (?:for|now)\b|"
    r"follow us\b|share (?:this|on)\b|donate\b|support us\b)",
    re.IGNORECASE,
)
_IMPERATIVE_HINTS = (
    "sign up",
    "subscribe",
    "get the latest",
    "download",
    "register",
    "follow us",
    "share ",
    "donate",
    "support us",
)
_IMPERATIVE_HINT = re.compile("|".join(re.escape(h) for h in _IMPERATIVE_HINTS))
# Lines that open with page vocabulary: navigation, section labels, credits.
_NAV_START = re.compile(
    r"^\W*(?:skip to|jump to|sign (?:up|in)\b|log ?in\b|read (?:more|next|also)\b|click\b|"
    r"watch(?: now| live| the full video)?\b.*(?:below|above|here|:)\s*$|"
    r"listen to\b.*(?:below|above|here|:)\s*$|see (?:photos|more|also)\b|advertisement\b|"
    r"sponsored\b|related(?: (?:articles?|stories|coverage|content|topics|news|links))?\s*:?\s*$|"
    r"more (?:from|on this|stories|news)\b|most (?:read|popular|viewed|shared)\b|trending now\b|"
    r"recommended for you\b|back to top\b|tags?\s*:|topics?\s*:|filed under\b|image\s*:|"
    r"photo(?:graph)?\s*:|picture\s*:|video\s*:|credit\s*:|caption\s*:|(?:image|photo) credit\b|"
    r"(?:reporting|additional reporting|editing|writing) by\b|(?:first )?published\s*:|"
    r"(?:last )?updated\s*:|posted\s*:|privacy policy\b|terms (?:of|and)\b|"
    r"reporting from\b[^.]{0,40}$)",
    re.IGNORECASE,
)
# "Follow Pam Key on Twitter @pamkeyNEN."
_FOLLOW = re.compile(
    r"^follow\b.{0,60}(?:\bon (?:twitter|facebook|instagram|x|linkedin|threads|bluesky|tiktok)"
    r"|@\w|:\s*$)",
    re.IGNORECASE,
)
# Single-word page controls: "Share", "Email", "Print", "12 Comments", "Menu".
_CONTROL_WORDS = re.compile(
    r"^\W*(?:\d+\s+)?(?:newsletters?|advertisement|advert|share|tweet|e-?mail|print|comments?|"
    r"menu|search|home|log ?in|sign ?in|register|subscribe|trending|video|photos?|gallery|"
    r"podcasts?|live|related|cookies?|more|next|previous|close|open|loading|save|ad|ads)\b",
    re.IGNORECASE,
)
# A caption ends with a photo credit: "(AFP)", "(Reuters/John Smith)", "[Gleb Garanich/Reuters]",
# "Photograph: Gleb Garanich/Reuters", "John Moore/Getty Images."
_CREDIT = re.compile(
    r"(?:[(\[](?:[^()\[\]]{0,40}/)?(?:AFP|AP|Reuters|EPA|Getty(?: Images)?|Anadolu|Xinhua|UPI|"
    r"PA|Shutterstock|Alamy|(?-i:[A-Z]{2,6})|(?:photo|image|picture|file|credit|courtesy)\b"
    r"[^()\[\]]{0,60})(?:/[^()\[\]]{0,40})?[)\]]|"
    r"\b(?:photograph|photo|image|picture|illustration|credit)\s*:\s*[^.:]{2,60}|"
    r"\w+/(?:AFP|AP|Reuters|EPA|Getty Images|Anadolu|Xinhua|UPI|PA)|\bvia getty images)\.?\s*$",
    re.IGNORECASE,
)
# Breadcrumbs and section paths: "News | Russia-Ukraine war", "World › Europe".
_CRUMB_HINT = re.compile(r"[|\u203a\u00bb>]| / ")
_CRUMB_SEPARATOR = re.compile(r"\s*[|\u203a\u00bb>]\s*|\s+/\s+")
_BYLINE = re.compile(
    r"^[Bb]y\s+[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|&|de|van|von|al|bin|el))"
    r"{0,7}\s*[,|]?\s*[\w ]{0,30}$"
)
# "Updated 10:32 AM EST, Tue November 24, 2026", "Published 3 hours ago", "2 hours ago"
_STAMP = re.compile(
    r"^(?:(?:first |last )?(?:published|updated|posted|modified)\b.*\d|"
    r"\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b)",
    re.IGNORECASE,
)
# Labels of link lists: the short headlines listed under them are furniture too.
_LIST_LABEL = re.compile(
    r"^\W*(?:related|more on this(?: story| topic)?|read more|read next|"
    r"most (?:read|popular|viewed)|recommended|more from|see also|top stories|explore more|"
    r"you may also like|further reading)\b",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATELINE = re.compile(
    r"^(?:(?:published|updated|posted|last (?:updated|modified))(?: date| on| at)?\s*:?\s*)?"
    r"(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s*)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)? {_MONTH},? \d{{4}}|"
    rf"{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}|"
    r"\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:[ ,]+(?:at )?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?\b",
    re.IGNORECASE,
)
# "WASHINGTON —", "LOUISVILLE, Ky. (AP) —", "MEXICO CITY, Feb. 8 (UPI) —"
_DATELINE_OPENING = re.compile(
    r"^[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*(?:,[\w. ]{1,20})?\s*(?:\([^)]*\))?\s*"
    r"(?:--|-\s|\u2014|\u2013)"
)
_PAST_REPORTING = re.compile(r"\b(?:said|told|added|wrote|explained|according to)\b")
_PAST_CUES = frozenset(w for w in CUE_VERBS if w.endswith("ed")) | {"spoke", "wrote", "said"}
_DAY = re.compile(
    r"\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|"
    r"last (?:week|month|night|year))\b"
)
_WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*$")
_MIN_QUOTE_WORDS = 4  # a line quoting at least this many words is reporting, never furniture
_MAX_TITLE_WORDS = 30
_MAX_STANDFIRST_WORDS = 60


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str  # whitespace-normalised, for matching; offsets index the original
    words: int
    ends_sentence: bool
    quoted: bool  # holds a quotation of _MIN_QUOTE_WORDS words or more
    has_quote: bool = False  # holds any quotation, however short ("No!")
    open_quote: bool = False  # a quotation opened in the line runs on past its end


def find_layout(text: str, quote_spans: list[QuoteSpan] | None = None) -> ArticleLayout:
    """Title, standfirst and furniture ranges of a pasted article; never raises on odd input.

    ``quote_spans``: find_quote_spans(text), when the caller has it already.
    """
    if not isinstance(text, str) or not text.strip():
        return ArticleLayout()
    quotes = find_quote_spans(text) if quote_spans is None else quote_spans
    lines = _lines(text, quotes)
    furniture = [_is_furniture(line) for line in lines]
    _mark_link_lists(lines, furniture)
    kept = [i for i, f in enumerate(furniture) if not f]
    layout = ArticleLayout()
    labelled = _labelled_headline(text, lines, kept)
    title = labelled[0] if labelled else _title_index(lines, kept)
    if labelled:
        layout.title = labelled[1]
    elif title is not None:
        layout.title = _span(text, lines[title])
    if title is not None:
        for i in kept:
            if i >= title:
                break
            if _is_label(lines[i]):
                furniture[i] = True  # site and section names above the headline
        after = [i for i in kept if i > title]
        if after and _standfirst_like(lines[after[0]]):
            layout.standfirst = _span(text, lines[after[0]])
    _mark_pull_quotes(text, lines, quotes, furniture, {title, *(after[:1] if title else [])})
    # Topic tags and "more on this" labels trail the last paragraph.
    for i in reversed(kept):
        if i == title or not _is_label(lines[i]):
            break
        furniture[i] = True
    layout.furniture = [
        (line.start, line.end) for line, f in zip(lines, furniture, strict=True) if f
    ]
    return layout


# A document pasted from a LexisNexis Academic export names its headline: "HEADLINE: Mayor
# vows ''no more delays'' on bridge" (read as a file, formats/exports splits such an export).
_HEADLINE_LABEL = re.compile(r"(?:HEADLINE|Headline)[ \t]*:[ \t]*(?=\S)")
# The labelled fields around it are the export's, never the article's.
_EXPORT_FIELD = re.compile(
    r"^(?:(?:SECTION|LENGTH|BYLINE|DATELINE|EDITION|HIGHLIGHT|LOAD-DATE|LANGUAGE|"
    r"PUBLICATION-TYPE|DOCUMENT-TYPE|SUBJECT|GRAPHIC|CORRECTION-DATE|JOURNAL-CODE)[ \t]*:|"
    r"BODY[ \t]*:?[ \t]*$)"
)


def _labelled_headline(text: str, lines: list[_Line], kept: list[int]) -> tuple[int, Span] | None:
    """(line index, headline span) of an export's labelled headline in the first lines."""
    for i in kept[:30]:
        line = lines[i]
        label = _HEADLINE_LABEL.match(text, line.start, line.end)
        if label is not None:
            return i, Span(label.end(), line.end, text[label.end() : line.end])
    return None


# A pull quote repeats at least this share of the words of a quotation of the body.
_PULL_QUOTE_SHARE = 0.8
_PULL_QUOTE_MIN_WORDS = 3


def _mark_pull_quotes(
    text: str,
    lines: list[_Line],
    quotes: list[QuoteSpan],
    furniture: list[bool],
    headings: set[int | None],
) -> None:
    """A line that is nothing but a quotation repeating one of the body's (a web page's pull
    quote, set in large type between paragraphs) is furniture: the body's quotation, with its
    attribution, is the one to list, and a quotation listed twice would be cited twice."""
    starts = {q.start: k for k, q in enumerate(quotes)}
    alone: dict[int, tuple[int, list[str]]] = {}  # quote index -> (line index, its words)
    for i, line in enumerate(lines):
        k = starts.get(line.start)
        if furniture[i] or i in headings or k is None:
            continue
        q = quotes[k]
        if q.end > line.end or text[q.end : line.end].strip(" .,;:!?\u2014\u2013-"):
            continue  # more than a quotation on the line: a paragraph of the body
        own = [w.lower() for w in _WORD.findall(text, q.start, q.end)]
        if len(own) >= _PULL_QUOTE_MIN_WORDS:
            alone[k] = (i, own)
    if not alone:
        return
    words = [
        {w.lower() for w in _WORD.findall(text, o.start, min(o.end, o.start + 2000))}
        for o in quotes
    ]
    postings: dict[str, list[int]] = {}
    for j, ws in enumerate(words):
        for w in ws:
            postings.setdefault(w, []).append(j)
    dropped: set[int] = set()
    for k, (i, own) in alone.items():
        rarest = min(set(own), key=lambda w: len(postings.get(w, ())))
        need = _PULL_QUOTE_SHARE * len(own)
        for j in postings.get(rarest, ())[:50]:
            if (
                j != k
                # of two copies that are both alone on their line, the first one stays
                and (j not in alone or (j < k and j not in dropped))
                and len(words[j]) >= len(set(own))
                and sum(w in words[j] for w in own) >= need
            ):
                furniture[i] = True
                dropped.add(k)
                break


def _mark_link_lists(lines: list[_Line], furniture: list[bool]) -> None:
    """Short headlines listed under "Related" or "More on this story" are furniture."""
    in_list = False
    for i, line in enumerate(lines):
        if furniture[i]:
            in_list = in_list or bool(_LIST_LABEL.match(line.text))
        elif in_list and not line.has_quote and not line.ends_sentence and line.words <= 20:
            furniture[i] = True
        else:
            in_list = False


def _title_index(lines: list[_Line], kept: list[int]) -> int | None:
    """The headline: the first line of four words or more above the body, else the first line.

    A text of one line (a pasted sentence or paragraph) has no headline, and neither does a
    line the next one continues (a hard-wrapped paragraph): they are the body.
    """
    if len(kept) < 2:
        return None
    for n, i in enumerate(kept):
        line = lines[i]
        if _is_body(line) or _introduces(line):
            break
        if line.words >= 4 and _heading_like(line):
            return None if _continued(lines, kept, n) else i
    first = lines[kept[0]]
    if _heading_like(first) and not _reads_as_prose(first) and not _continued(lines, kept, 0):
        return kept[0]
    return None


def _continued(lines: list[_Line], kept: list[int], n: int) -> bool:
    """True when line kept[n] runs on into the next: a quotation open at its end, or a line
    without final punctuation followed by one that starts in lower case."""
    line = lines[kept[n]]
    if line.open_quote or _introduces(line):
        return True
    if n + 1 >= len(kept) or line.ends_sentence:
        return False
    following = lines[kept[n + 1]].text
    return following[:1].islower()


def _introduces(line: _Line) -> bool:
    """A line ending in a colon introduces the next ("The spokesman said:" above the quotation
    it introduces): what follows is the body, never a headline."""
    return line.text.endswith(":") and not line.has_quote


def _is_body(line: _Line) -> bool:
    if _reads_as_prose(line):
        return True
    return line.ends_sentence and line.words >= 16 and not _title_case(line.text)


def _reads_as_prose(line: _Line) -> bool:
    """Headlines are short, in the present tense, one sentence, capitalised."""
    text = line.text
    if line.words > _MAX_TITLE_WORDS or (text[0].isalpha() and not text[0].isupper()):
        return True
    if len(re.findall(r"[.!?][\"'\u201d\u2019]?\s+[\"'\u201c\u2018]?[A-Z]", text)) >= 2:
        return True
    if not line.ends_sentence:
        return False
    if _PAST_REPORTING.search(text):
        return True
    # A sentence-case line ending in a full stop, with a verb of saying in the past tense and a
    # quotation or a day, is the body's first sentence ('The mayor promised on Monday to "rebuild
    # the bridge".', 'Jones called it "a scandal".'), and its quotation is the body's: taken for
    # a headline's, it was dropped as an echo of a quotation below.  A headline with a full stop
    # is in title case ("Billy Bush Joins a Parade of Political Scions on TV.") or names no day
    # ("Hacker who revealed private Clinton email address admits to other intrusions.").
    return (
        (line.has_quote or bool(_DAY.search(text)))
        and text.rstrip("\"'\u201d\u2019)").endswith(".")
        and not _title_case(text)
        and any(w.lower() in _PAST_CUES for w in _WORD.findall(text))
    )


def _title_case(text: str) -> bool:
    long_words = [w for w in _WORD.findall(text) if len(w) >= 4 and w[0].isalpha()]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


def _lines(text: str, quotes: list[QuoteSpan]) -> list[_Line]:
    out: list[_Line] = []
    q = 0
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        while q < len(quotes) and quotes[q].end <= start:
            q += 1
        quoted = has_quote = open_quote = False
        k = q
        while k < len(quotes) and quotes[k].start < end:
            words = len(_WORD.findall(text[quotes[k].start : quotes[k].end]))
            quoted = quoted or words >= _MIN_QUOTE_WORDS
            has_quote = has_quote or words > 0
            open_quote = open_quote or (quotes[k].start >= start and quotes[k].end > end)
            k += 1
        out.append(
            _Line(
                start,
                end,
                _one_spaced(stripped),  # no-break and doubled spaces read as one space
                _word_count(stripped),
                bool(_SENTENCE_END.search(stripped[-8:])),
                quoted,
                has_quote,
                open_quote,
            )
        )
    return out


def _word_count(text: str) -> int:
    if len(text) > 500:  # long lines are paragraphs; an estimate (not a list of words) is enough
        return text.count(" ") + 1
    return len(_WORD.findall(text))


_SPACES = re.compile(r"\s+")


def _one_spaced(text: str) -> str:
    return " ".join(text.split()) if len(text) <= 500 else _SPACES.sub(" ", text)


def _is_furniture(line: _Line) -> bool:
    text = line.text
    if _EXPORT_FIELD.match(text):
        return True
    if line.quoted:
        return False
    if line.words == 0:
        return True  # rules, bullets, stray symbols
    lowered = text.lower()
    if line.words <= 60 and _BOILERPLATE_HINT.search(lowered) and _BOILERPLATE.search(text):
        return True
    if (
        (line.words <= 30 or not line.ends_sentence)
        and _IMPERATIVE_HINT.search(lowered)
        and _IMPERATIVE.search(text)
    ):
        return True
    if _FOLLOW.search(text) and line.words <= 25:
        return True
    if _NAV_START.search(text) and (line.words <= 15 or not line.ends_sentence):
        return True
    if line.words <= 3 and not line.has_quote and _CONTROL_WORDS.search(text):
        return True
    if line.words <= 60 and _might_end_in_credit(lowered) and _is_caption(text):
        return True
    if line.words <= 14 and (_BYLINE.match(text) or _DATELINE.match(text) or _STAMP.match(text)):
        return True
    if (
        line.words <= 24
        and not line.has_quote
        and _CRUMB_HINT.search(text)
        and _is_breadcrumb(text)
    ):
        return True
    # Short labels in capitals: "ABSTRACT.", "FULL TEXT.", "CORRECTION APPENDED."
    return (
        line.words <= 3
        and not line.has_quote
        and text.upper() == text
        and any(c.isalpha() for c in text)
    )


def _might_end_in_credit(lowered: str) -> bool:
    tail = lowered.rstrip(". ")
    return tail.endswith((")", "]", "getty images")) or ":" in tail or "/" in tail


def _is_caption(text: str) -> bool:
    """A credit ends the line after a description (a dateline's credit comes first)."""
    credit = _CREDIT.search(text, max(0, len(text) - 120))
    return credit is not None and len(_WORD.findall(text[: credit.start()])) >= 2


def _is_breadcrumb(text: str) -> bool:
    parts = [p for p in _CRUMB_SEPARATOR.split(text) if p.strip()]
    return len(parts) >= 2 and all(len(_WORD.findall(p)) <= 4 for p in parts)


def _is_label(line: _Line) -> bool:
    return line.words <= 3 and not line.ends_sentence and not line.has_quote


def _heading_like(line: _Line) -> bool:
    if line.words == 0 or line.words > _MAX_TITLE_WORDS or len(line.text) > 300:
        return False
    # A long first line that is a run of sentences is the body, not a headline.
    return not (line.ends_sentence and line.text.count(". ") >= 2)


def _standfirst_like(line: _Line) -> bool:
    if line.words < 4 or line.words > _MAX_STANDFIRST_WORDS:
        return False
    if line.text[0] in "\"'\u201c\u2018\u00ab\u201e":
        return False
    # A dateline ("WASHINGTON (AP) —", "SEATTLE —") opens the body, not a deck.
    if _DATELINE_OPENING.match(line.text):
        return False
    return not line.ends_sentence or line.words <= 15


def _span(text: str, line: _Line) -> Span:
    return Span(line.start, line.end, text[line.start : line.end])
