"""Attribution sieves over a parsed snippet: which cue introduces a quotation, and who speaks.

The parser sees the unit with each quotation reduced to a stand-in (see snippets.py).  A cue is
a speech verb (said, told, added, wrote, ...) or "according to".  In order of reliability:

1. the attribution slot right after a quotation (`"Q," NAME VERB`, `"Q," said NAME`);
2. a cue whose clause contains the quotation (`SPEAKER said: "Q"`, `SPEAKER said that "Q"`);
3. the nearest cue in the same unit; a colon introduction (`Kaine has adopted the stance: "Q"`);
4. the main verb above the quotation (`Rubio bemoaned the climate in which people "Q"`);
and the cue's subject is the speaker mention (`according to X`: X).  The confidence falls as
the sieves get less reliable.  The pipeline adds the sieves that look beyond the unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from homsquotes.core.extraction.attribution.cues import (
    CUE_VERBS,
    DOCUMENT_WORDS,
    ORG_WORDS,
    PERSON_NOUNS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    SPEECH_NOUNS,
    TITLE_WORDS,
    WEAK_CUES,
    role_noun,
    word_set,
)
from homsquotes.core.extraction.attribution.grammar import (
    PERSON_SUBJECTS,
    ancestors,
    describing_apposition,
    is_cue,
    mention_tokens,
    name_in_clause,
    nearest_noun,
    subject_of,
)
from homsquotes.core.extraction.layout.snippets import PLACEHOLDER, Snippet
from homsquotes.core.extraction.resolution.plausibility import is_abstract


@dataclass(slots=True)
class Attribution:
    mention: tuple[int, int] | None  # article offsets of the speaker mention
    cue: tuple[int, int] | None
    sieve: str
    confidence: float
    is_name: bool = False  # the mention is a proper name
    name: tuple[int, int] | None = None  # a name given in the mention's clause ("calls himself X")
    description: tuple[int, int] | None = None  # apposition or head noun describing the speaker
    antecedent: tuple[int, int] | None = None  # what a relative pronoun mention ("who") stands for
    nearest: Attribution | None = None  # the nearest clause's subject, when it differs (for terms)


def _span(snip: Snippet, tokens: list[Any]) -> tuple[int, int] | None:
    if not tokens:
        return None
    s = snip.to_article(tokens[0].idx)
    e = snip.to_article(tokens[-1].idx + len(tokens[-1].text))
    if s < 0 or e < 0 or e <= s:
        return None
    return s, e


def _attribution_for(
    snip: Snippet, cue: Any, sieve: str, confidence: float, subj: Any | None = None
) -> Attribution | None:
    if subj is None:
        subj = subject_of(cue)
    if subj is None and cue.lower_ in CUE_VERBS:
        subj = nearest_noun(cue)
        confidence *= 0.7
    cue_span = _span(snip, [cue, cue.doc[cue.i + 1]] if cue.lower_ == "according" else [cue])
    if subj is None:
        return Attribution(None, cue_span, sieve, confidence * 0.5)
    if snip.hole_at(subj.idx) is not None:
        return Attribution(None, cue_span, sieve, confidence * 0.5)
    relative = subj.lower_ in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl"
    if relative and subj.head.head is not subj:
        # "Mike Lee, who declared ...": the cue attaches to "who"; the speaker is its antecedent
        inner = _attribution_for(snip, cue, sieve, confidence, _who_antecedent(subj))
        if inner is not None and inner.mention is not None:
            inner.antecedent = inner.mention
            inner.mention = _span(snip, [subj]) or inner.mention
            return inner
    toks = mention_tokens(subj)
    if subj.i < cue.i:
        # the mention never runs into its own cue: "the 43-year-old asked in the description"
        # when the parser hangs the verb on the subject
        toks = [t for t in toks if t.i < cue.i] or [subj]
    det = subj.doc[subj.i - 1] if subj.i > 0 and subj.dep_ == "compound" else None
    if det is not None and det.dep_ == "det" and det.head.i == subj.head.i:
        toks = [det, *toks]  # "the post read": the parser hung "the" on "read"
    # the tagger calls a role noun after a possessive a proper noun ("Labour's shadow housing
    # minister, Priya Desai,"): a name is capitalised
    is_name = subj.tag_ in ("NNP", "NNPS") and subj.text[:1].isupper()
    att = Attribution(_span(snip, toks), cue_span, sieve, confidence, is_name=is_name)
    if not is_name and subj.lower_ not in PRONOUNS and subj.lower_ not in DOCUMENT_WORDS:
        # (a document's own name is not its speaker: "The report, by the UN's office, OCHA,")
        name = name_in_clause(subj)
        if name:
            att.name = _span(snip, name)
    elif is_name:
        # (a role capitalised at a sentence start is a title too: "Solicitor for the accused,
        # Daragh Hassett, said")
        titled = subj.lower_.rstrip(".") in TITLE_WORDS or role_noun(subj.lower_)
        # ("the bank's Head of Corporate Communications, Mrs Ngozi Eze-Okafor, said")
        titled = titled or (subj.lower_ == "head" and any(c.lower_ == "of" for c in subj.rights))
        name = name_in_clause(subj) if titled else None
        if name:
            # "Senate Majority Leader Chuck Schumer, D-N.Y., said": the parser hung the name
            # on the title as an apposition
            att.name = _span(snip, name)
            return att
        desc = describing_apposition(subj)
        if desc:
            att.description = _span(snip, desc)
    return att


def _adjacent_after(doc: Any, snip: Snippet, qtoks: list[Any]) -> tuple[Any, Any] | None:
    """(verb, subject) of `"Q," NAME VERB` / `"Q," VERB NAME` right after a quotation that ends
    in a comma, question or exclamation mark: the attribution slot, whatever the verb
    ("barked"), and whatever the parser made of it (it often hangs the subject elsewhere)."""
    last = qtoks[-1].i
    inner_end = snip.text[qtoks[0].idx : qtoks[-1].idx + len(qtoks[-1].text)].rstrip("\"'”’ ")
    if not inner_end.endswith((",", "?", "!", "—", "-", "–")):
        return None
    toks = []
    for t in doc[last + 1 : last + 40]:
        if t.text == PLACEHOLDER or t.text in (".", ";", ":") or t.text in '"“”':
            break
        toks.append(t)
    while toks and toks[0].is_punct:
        toks.pop(0)
    if not toks:
        return None
    first = toks[0]
    if _verbish(first) and (first.tag_ in _FINITE or first.lower_ in ("said", "says")):
        # inverted: `"Q," said Tariq al-Hussami, a former Homs resident` (a finite verb only:
        # `"Q," citing an instance`, `"Q," noting flagging conditions` name nobody)
        question = inner_end.endswith("?")
        if first.lower_ in ("told", "tells", "urged") or (
            first.lower_ in ("asked", "asks") and not question
        ):
            # `"Q," told X` names the hearer; `"Why?" asked the boy` names the asker
            return None
        if first.lower_ not in CUE_VERBS:
            # `Mr. Scott, who has called the comments "racially toxic," portrayed his own
            # party's nominee as ...`: a verb of the sentence around the quotation, and its object
            return None
        if len(toks) > 1 and toks[1].lower_ in ("that", "whether", "if"):
            # `a pro-Clinton "super PAC," posited that for a group ...`: the verb opens its
            # reported clause; a speaker after the verb is never written that way
            return None
        chunk = _chunk(toks[1:])
        head = _first_head(chunk)
        if head is not None and head.dep_ in ("nsubj", "nsubjpass") and head.head.i > head.i:
            # `Mr. Manafort, citing "the unique magic of Trump," said the candidate could
            # win`: the noun after the verb is the subject of its reported clause
            return None
        return (first, head) if head is not None else None
    if first.lower_ in _NOT_SUBJECT_OPENERS or first.tag_ in ("IN", "VBG", "VBN", "TO"):
        # `"Q," for instance, ...`, `"Q," in sharp contrast to ..., says X`, `"Q," including
        # provisions he said ...`: a phrase that cannot be the subject opens the slot
        return None
    # (a noun the parser hung on the next word is no verb: `"Q," the post read`)
    verb_at = next(
        (i for i, t in enumerate(toks) if _verbish(t) and i > 0 and t.dep_ != "compound"), None
    )
    if verb_at is None or verb_at > 25:
        return None
    verb = toks[verb_at]
    head = _first_head(_chunk(toks[:verb_at]))
    if head is None:
        return None
    subj = subject_of(verb)
    if (
        subj is not None
        and subj is not head
        and toks[0].i <= subj.i < verb.i
        and head not in list(subj.subtree)
        and subj not in list(head.subtree)
        and (
            any(t.text == "," for t in toks[:verb_at] if head.i < t.i < subj.i)
            # `"Q," co-founder and chief executive Jonas Ekberg wrote`: the name is the subject
            or (subj.tag_ in ("NNP", "NNPS") and head.tag_ not in ("NNP", "NNPS", "PRP"))
        )
    ):
        # `"Q," the dawn of the modern conservative movement, Bozell says`: the verb's own
        # subject, after a comma, is the speaker; the phrase before it is the reporter's gloss
        head = subj
    if head.tag_ not in ("NNP", "NNPS", "PRP") and verb.i > 0:
        before = verb.doc[verb.i - 1]
        if before.tag_ in ("NNP", "NNPS") and before.text[:1].isupper() and before.i > head.i:
            # `"Q," co-founder and chief executive Mia Lund wrote`: the roles lead up to the name
            head = before
    before = doc[qtoks[0].i - 1] if qtoks[0].i > 0 else None
    inside = before is not None and not before.is_punct and before.text != PLACEHOLDER
    if inside and (verb.lower_ not in CUE_VERBS or verb.lower_ in WEAK_CUES):
        # a fragment inside the narrator's sentence is followed by the sentence's own words:
        # `involved "a painful chest-waxing incident," well before Steve Carell made that gag
        # famous`, `author of "Empire of the Fund," a lively new book ..., first pointed out`
        return None
    if verb.lower_ not in CUE_VERBS and not _person_like(head):
        # any verb may attribute (`"Q," Trump barked`), but only for someone who can speak:
        # `"Q!" -- the balloons cascaded down`, `"Q," the number needed to win`
        return None
    return verb, head


_FINITE = ("VBD", "VBZ", "VBP")
_NOT_SUBJECT_OPENERS = word_set(
    "for in including citing noting with without despite unlike like as because while when "
    "after before since if although though so but and or which where"
    # (`Mrs. Clinton was "made of the same stuff," even if she could not always show it`)
    " even unless whereas until once"
)


def _who_antecedent(relative: Any) -> Any:
    """What a relative pronoun stands for.  The parser hangs "who" on the nearest noun, but
    "who" means a person: in "one Democrat familiar with the discussion, who added" and "an
    official with knowledge of the talks, who asked not to be named" it is the person the
    phrase is about, found up the chain of prepositions and modifiers."""
    noun = relative.head.head
    if relative.lower_ not in ("who", "whom") or _speaks(noun):
        return noun
    tok = noun
    for _ in range(6):
        if tok.dep_ not in ("pobj", "prep", "amod", "acl") or tok.head is tok:
            break
        tok = tok.head
        if tok.tag_.startswith("NN") and tok.dep_ != "pobj":
            return tok if _speaks(tok) else noun
    return noun


def _person_like(tok: Any) -> bool:
    """A name, a personal pronoun, or a noun for people ("the senator", "officials")."""
    if tok.tag_ in ("NNP", "NNPS"):
        return tok.text[:1].isupper()
    low = tok.lower_
    return (
        low in PRONOUNS
        or low in PERSON_NOUNS
        or low.rstrip("s") in PERSON_NOUNS
        or low in TITLE_WORDS
        or low in ORG_WORDS
    )


def _verbish(t: Any) -> bool:
    if t.text[:1].isupper() and t.i > 0 and t.doc[t.i - 1].text[:1].isupper():
        return False  # inside a name: "Riverside State coach Tamika Hollis said"
    if t.lower_ in CUE_VERBS:
        return True
    return (
        t.tag_ in ("VBD", "VBZ", "VBP")
        and t.dep_ not in ("aux", "auxpass")
        and t.lower_ not in ("is", "was", "are", "were", "has", "have", "had", "does", "did", "do")
    )


def _chunk(toks: list[Any]) -> list[Any]:
    """The tokens up to the first comma (a name before its apposition)."""
    out = []
    for t in toks:
        if t.text in (",", "(", "—", "–"):
            break
        out.append(t)
    return out


def _first_head(chunk: list[Any]) -> Any | None:
    ids = {t.i for t in chunk}
    first = next((t for t in chunk if t.tag_.startswith(("NN", "PRP")) or t.tag_ == "CD"), None)
    if first is None:
        # "the editorial read": a noun the tagger took for an adjective
        last = chunk[-1] if chunk else None
        return last if last is not None and last.tag_ == "JJ" and len(chunk) <= 3 else None
    head = first
    while (
        head.head is not head
        and head.head.i in ids
        and (
            head.dep_ in ("compound", "amod", "det", "poss", "nmod", "flat", "punct", "nummod")
            # the first half of a hyphenated modifier: "the 61-year-old", "Los Angeles-based"
            or head.dep_ == "npadvmod"
            and head.i + 1 < len(head.doc)
            and head.nbor(1).text == "-"
        )
    ):
        head = head.head
    return head


def _speech_noun_owner(qhead: Any) -> tuple[Any, Any] | None:
    """(noun, owner) when the quotation sits in a speech noun's phrase with a possessor or agent."""
    for noun in [qhead, *ancestors(qhead)][:6]:
        if noun.tag_.startswith("VB"):
            return None
        if noun.lower_ not in SPEECH_NOUNS:
            continue
        for c in noun.children:
            if c.dep_ == "poss":
                return noun, c
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return noun, obj
        return None
    return None


def _name_before(colon: Any) -> list[Any] | None:
    """Capitalised words right before a colon, themselves after a dash or the unit's start."""
    doc = colon.doc
    i = colon.i - 1
    if colon.text == "):":
        i = colon.i  # the tokenizer kept the bracket with the colon
    if i >= 2 and doc[i].text in (")", "):"):
        # "Rep. Trey Gowdy (R-S.C.):" -- a party label in brackets before the colon
        k = i - 1
        while k > 0 and doc[k].text != "(" and i - k < 8:
            k -= 1
        if doc[k].text == "(":
            i = k - 1
    words: list[Any] = []
    while i >= 0 and (
        doc[i].tag_ in ("NNP", "NNPS")
        or (doc[i].tag_ in ("NN", "NNS") and doc[i].text[:1].isupper())
        or doc[i].lower_ == "and" and words
    ):
        words.insert(0, doc[i])
        i -= 1
    while words and words[0].lower_ == "and":
        words.pop(0)
    if not words or len(words) > 6 or not words[0].text[:1].isupper():
        return None
    after_dash = i >= 0 and doc[i].text in ("-", "–", "—", "--")
    if not after_dash and not any(w.tag_ in ("NNP", "NNPS") for w in words):
        return None  # (capitalised common nouns alone open a heading, not a name)
    if words[-1].text.isupper() and len(words[-1].text) > 3:
        return None  # a shouted headline, not a name
    opens = i < 0 or doc[i].text in ("-", "–", "—", "--", "\n") or doc[i].is_space
    # "Continued Stone:", "Added Ms Reyes:" -- an inverted cue opening the sentence
    inverted = (
        i >= 0
        and doc[i].lower_ in CUE_VERBS
        and (i == 0 or doc[i - 1].is_space or doc[i - 1].text in (".", "\n"))
    )
    return words if opens or inverted else None


def _name_run_before(colon: Any) -> list[Any] | None:
    """The proper-noun run (two words or more) ending right before a colon."""
    doc = colon.doc
    i = colon.i - 1
    words: list[Any] = []
    while i >= 0 and doc[i].tag_ in ("NNP", "NNPS") and doc[i].text[:1].isupper():
        words.insert(0, doc[i])
        i -= 1
    return words if len(words) >= 2 else None


def _speaks(tok: Any) -> bool:
    """A subject that can speak: a name, a pronoun, a person, group or organisation noun."""
    if tok.tag_ in ("NNP", "NNPS") or tok.lower_ in PRONOUNS:
        return True
    low = tok.lower_
    stem = low[:-1] if low.endswith("s") else low
    return bool({low, stem} & (PERSON_NOUNS | ORG_WORDS | TITLE_WORDS | DOCUMENT_WORDS))


def _colon_before(doc: Any, qtoks: list[Any]) -> Any | None:
    i = qtoks[0].i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 and doc[i].text in (":", "):") else None


def quote_tokens(doc: Any, snip: Snippet, qi: int) -> list[Any]:
    for hs, he, q in snip.holes:
        if q == qi:
            return [t for t in doc if hs <= t.idx < he]
    return []


def attribute_quote(doc: Any, snip: Snippet, qi: int) -> Attribution | None:
    """Best cue and speaker for quotation qi inside its own unit."""
    qtoks = quote_tokens(doc, snip, qi)
    if not qtoks:
        return None
    colon = _colon_before(doc, qtoks)
    labelled = _name_before(colon) if colon is not None else None
    if labelled and labelled[0].i > 0 and doc[labelled[0].i - 1].text in ("-", "–", "—", "--"):
        # `Pollsters agree - Carl Bialik: "Q"`: the name labelling the quotation after a dash
        # speaks, not the subject of the clause before the dash
        return Attribution(
            _span(snip, labelled), _span(snip, [colon]), "colon", 0.7, is_name=True
        )
    qset = {t.i for t in qtoks}
    qhead = next((t for t in qtoks if t.head.i not in qset or t.head is t), qtoks[0])
    up = {t.i for t in ancestors(qhead)}
    hole_start, hole_end = qtoks[0].idx, qtoks[-1].idx + len(qtoks[-1].text)
    best = None
    for tok in doc:
        if snip.hole_at(tok.idx) is not None or not is_cue(tok):
            continue
        weak = tok.lower_ in WEAK_CUES
        if tok.i in up:
            rank = 0
        elif qhead.i in {a.i for a in ancestors(tok)}:
            rank = 1
        else:
            rank = 2
        dist = hole_start - tok.idx if tok.idx < hole_start else tok.idx - hole_end
        # a cue just after the quotation ("Q," he said) beats one far before it, and one whose
        # subject can speak beats one whose subject cannot: in "the authors write that the
        # findings "Q1" and suggest that organisms "Q2"", the authors say both
        subj = subject_of(tok)
        mute = subj is not None and subj.tag_ in ("NN", "NNS") and is_abstract(subj.lower_)
        key = (weak, rank, mute, dist)
        if best is None or key < best[0]:
            best = (key, tok)
    att = None
    adjacent = _adjacent_after(doc, snip, qtoks)
    if adjacent is not None:
        verb, subj = adjacent
        strong = verb.lower_ in CUE_VERBS
        got = _attribution_for(snip, verb, "surface", 0.95 if strong else 0.8, subj)
        if got is not None and got.mention is not None:
            return got
    if best is not None:
        (weak, rank, _mute, dist), cue = best
        conf = (
            {0: 0.9, 1: 0.85, 2: 0.6}[rank] - (0.15 if weak else 0.0) - (0.1 if dist > 150 else 0.0)
        )
        sieve = {0: "cue-clause", 1: "cue-clause", 2: "cue-nearest"}[rank]
        att = _attribution_for(snip, cue, sieve, conf)
        if att is not None and att.mention is not None and rank < 2:
            return att
    owner = _speech_noun_owner(qhead)
    if owner is not None and (att is None or att.mention is None):
        # `her remark that "Q"`, `Obama's "if you like your plan" promise`, `the suggestion by
        # a potential president that "Q"`: whoever the words belong to
        got = _attribution_for(snip, owner[0], "speech-noun", 0.6, owner[1])
        if got is not None and got.mention is not None:
            return got
    colon = _colon_before(doc, qtoks)
    if colon is not None and (att is None or att.mention is None):
        byline = _name_before(colon)
        if byline:
            # `HEADLINE - Mark Blumenthal and Jon Cohen: "Q"`: a name labels the quotation
            return Attribution(
                _span(snip, byline), _span(snip, [colon]), "colon", 0.7, is_name=True
            )
        # `Kaine has adopted the stance: "Q"` / `Michael P. McDonald: "Q"`
        root = colon.sent.root if colon.sent.root.text != PLACEHOLDER else colon.head
        if not root.tag_.startswith("VB"):
            # the parser made the quotation the root: the clause before the colon still has
            # its verb ("The message from the commissioner was blunt: "Q"")
            before = [
                t
                for t in doc[colon.sent.start : colon.i]
                if t.tag_.startswith("VB")
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            ]
            root = before[-1] if before else root
        subj = subject_of(root) if root.tag_.startswith("VB") else None
        if subj is not None and subj.lower_ in ("what", "which", "whatever"):
            # "Clinton has since apologized for what happened:": the subject of the clause that
            # holds the relative one
            outer = next(
                (a for a in ancestors(subj.head) if a.tag_.startswith("VB") and a is not subj.head),
                None,
            )
            subj = subject_of(outer) if outer is not None else subj
        near = _name_run_before(colon)
        if near and (subj is None or not _speaks(subj)):
            # "The timing of Sanders' surge doesn't surprise Republican pollster Daron Shaw:":
            # the person named right before the colon, not an abstract subject
            return Attribution(_span(snip, near), _span(snip, [colon]), "colon", 0.6, is_name=True)
        if subj is not None and subj.lower_ in SPEECH_NOUNS:
            owner = next(
                (
                    o
                    for c in subj.children
                    for o in ([c] if c.dep_ == "poss" else c.children)
                    if c.dep_ == "poss"
                    or (c.dep_ == "prep" and c.lower_ in ("from", "by") and o.dep_ == "pobj")
                ),
                None,
            )
            subj = owner if owner is not None else subj
        if subj is None or snip.hole_at(subj.idx) is not None:
            subj = nearest_noun(colon)
        if subj is not None:
            got = _attribution_for(
                snip, root if root.tag_.startswith("VB") else colon, "colon", 0.6, subj
            )
            if got is not None and got.mention is not None:
                if not is_cue(root):
                    got.cue = _span(snip, [colon])
                return got
    # no speech verb claims the quotation: the main verb above it ("Rubio bemoaned the climate in
    # which people "literally hate each other"", "He anticipated that X would be "Q"")
    verbs = [
        a for a in ancestors(qhead) if a.tag_.startswith("VB") and snip.hole_at(a.idx) is None
    ]
    verb = verbs[-1] if verbs else None
    if verb is not None and (att is None or att.mention is None):
        gov = _attribution_for(snip, verb, "governing-verb", 0.45)
        if gov is not None and gov.mention is not None:
            if verbs[0] is not verb:
                # a label belongs to whoever uses it in the nearest clause ("activists have long
                # referred to it as the "capital of the revolution"") -- kept for terms
                gov.nearest = _attribution_for(snip, verbs[0], "governing-verb", 0.4)
            return gov
    return att


def intro_attribution(doc: Any, snip: Snippet) -> Attribution | None:
    """The last cue of a unit that introduces the next one ("Cruz continued:")."""
    cues = [t for t in doc if snip.hole_at(t.idx) is None and is_cue(t)]
    if not cues:
        # "He then listed the qualities of a nominee:" -- the narrated subject goes on speaking
        root = next(iter(doc.sents)).root if len(doc) else None
        if root is None or not root.tag_.startswith("VB"):
            return None
        subj = subject_of(root)
        if subj is None or not (subj.tag_ in ("NNP", "NNPS") or subj.lower_ in PERSON_SUBJECTS):
            return None
        return _attribution_for(snip, root, "previous-subject", 0.5, subj)
    strong = [t for t in cues if t.lower_ not in WEAK_CUES] or cues
    return _attribution_for(snip, strong[-1], "colon-intro", 0.75)
