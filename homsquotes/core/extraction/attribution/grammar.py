"""The dependency grammar of attribution: which words are cues, what a cue's subject is, and
which words of a subject name the speaker.

Everything here reads a parsed snippet (see snippets.py), where each quotation is a one-word
stand-in; the parser is often wrong around quotations, so each rule has a fallback for the
usual mistakes (the quotation taken for the subject, a late subject taken for an object, a
participle or a conjoined verb that lost its subject).
"""

from __future__ import annotations

from typing import Any

from homsquotes.core.extraction.attribution.cues import (
    CUE_VERBS,
    DOCUMENT_WORDS,
    PERSON_NOUNS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    TITLE_WORDS,
    WEAK_CUES,
    role_noun,
    word_set,
)
from homsquotes.core.extraction.layout.snippets import PLACEHOLDER

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
PERSON_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})
TIME_WORDS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow "
    "morning afternoon evening night week month year earlier later recently"
)
# Parts of a noun phrase that describe the speaker rather than name it; cut from the mention.
_NOT_MENTION = frozenset(
    {
        "relcl",
        "appos",
        "npadvmod",
        "advmod",
        "punct",
        "cc",
        "conj",
        "parataxis",
        "advcl",
        "prep_time",
    }
)
_CALL_VERBS = frozenset({"calls", "called", "named", "identified", "known", "dubbed"})


def _document_reads(tok: Any) -> bool:
    """ "Q," the post read.: the tagger takes "post read" for one noun, "read" its head."""
    if tok.lower_ not in ("read", "reads") or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.lower_ in DOCUMENT_WORDS and prev.dep_ == "compound" and prev.head.i == tok.i


def is_cue(tok: Any) -> bool:
    low = tok.lower_
    if _document_reads(tok):
        return True
    if low == "according":
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"
    if low not in CUE_VERBS:
        return False
    if low.startswith("remind") and any(
            t.lower_ == "of" for t in tok.doc[tok.i + 1 : tok.i + 4]):
        return False  # "schools that reminded him of "a third-world country"": no speech
    if tok.text[:1].isupper() and not tok.is_sent_start and tok.i > 0:
        prev = tok.doc[tok.i - 1]
        if prev.text[:1].isupper() and prev.is_alpha:
            return False  # inside a name: "Riverside State coach", "Penn State said"
    if low in WEAK_CUES:
        return tok.tag_.startswith("VB")
    if tok.tag_.startswith("VB"):
        return True
    # a tagging slip ("Bozell answers", answers as a plural noun): only right after a subject
    return (
        tok.text.islower()
        and tok.i > 0
        and tok.doc[tok.i - 1].tag_ in ("NNP", "NNPS", "PRP")
        and tok.doc[tok.i - 1].dep_ != "poss"
    )


def ancestors(tok: Any) -> list[Any]:
    out = []
    seen = 0
    while tok.head is not tok and seen < 40:
        tok = tok.head
        out.append(tok)
        seen += 1
    return out


def subject_of(cue: Any, depth: int = 0) -> Any | None:
    if _document_reads(cue):
        return cue.doc[cue.i - 1]
    if cue.lower_ == "according":
        for to in cue.children:
            if to.lower_ == "to":
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        return obj
        nxt = cue.doc[cue.i + 1 : cue.i + 6]
        for t in nxt:
            if t.tag_ in ("NNP", "NNPS", "NN", "NNS", "PRP"):
                return t
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        # "Sanders was asked by host Bill Maher": the agent speaks
        for agent in cue.children:
            if agent.dep_ == "agent":
                for obj in agent.children:
                    if obj.dep_ == "pobj":
                        return obj
    quoted = _quoted_as(cue)
    if quoted is not None:
        return quoted
    if (
        cue.tag_ == "VBG"
        and depth < 3
        and not any(c.dep_ in SUBJECT_DEPS and c.i < cue.i for c in cue.children)
    ):
        # "..., adding, "Q"" / "by saying "Q"": the participle shares the sentence's subject
        root = cue.sent.root
        if root is not cue and root.tag_.startswith("VB"):
            found = subject_of(root, depth + 1)
            if found is not None:
                return found
    if cue.lower_ in CUE_VERBS and cue.lower_ not in WEAK_CUES:
        late = _late_subject(cue)
        if late is not None and late.tag_ in ("NNP", "NNPS", "PRP"):
            return late
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.text != PLACEHOLDER]
    if subjects:
        # two subjects: the parser took a place in an opening phrase for one ("Tuesday in
        # Berea, OH, after winning Ohio, Gov. John Kasich said"); the one next to the verb it is
        before = [c for c in subjects if c.i < cue.i]
        chosen = before[-1] if before else subjects[0]
        opened = _subject_after_opening_participle(chosen)
        if opened is not None:
            return opened
        if chosen.dep_ == "csubj" and chosen.tag_ in ("VBG", "VBN") and chosen.i < cue.i:
            # "Speaking on BBC Radio Somerset, the former seamer Graham Tuckwell-Hayes
            # described": the parser made the opening phrase the subject; the noun in
            # apposition just before the verb is
            first = _verb_group_start(cue)
            noun = cue.doc[first - 1] if first > 0 else chosen
            # ("Home supporters streaming out of the ground into the drizzle were calling
            # it": the participle's own subject is the cue's, not the last noun before it)
            own = next((c for c in chosen.lefts if c.dep_ == "nsubj"), None)
            if own is not None and own.tag_.startswith(("NN", "PRP")):
                return own
            if (noun.i > chosen.i and noun.tag_ in ("NNP", "NNPS", "NN")
                    and noun.dep_ in ("appos", "pobj")):
                return noun
        return chosen
    for c in cue.lefts:
        if c.dep_ == "ccomp":
            # "One attendee, who like others spoke on condition of anonymity, said ...": the
            # parser made the relative clause's verb a clause of "said", with the subject on it
            subj = next((s for s in c.lefts if s.dep_ in SUBJECT_DEPS), None)
            doc = cue.doc
            # ("Sanders, meanwhile, who sits at zero endorsements, said": an adverb between)
            after = subj.i + 1 if subj is not None else 0
            while (subj is not None and after + 2 < c.i and doc[after].text == ","
                   and doc[after + 1].tag_ == "RB" and doc[after + 2].text == ","):
                after += 2
            if (
                subj is not None
                and subj.tag_.startswith("NN")
                and after + 1 < c.i
                and doc[after].text == ","
                and doc[after + 1].lower_ in ("who", "which")
            ):
                return subj
    orphan = _subject_hung_before(cue)
    if orphan is not None:
        return orphan
    if (cue.dep_ == "xcomp" and cue.head.lower_ in _CAUSING
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)):
        # "prompting Mayor Dale Kuipers to remind the gallery that": the one the main verb
        # moved to speak says it (not "urged Ms Truss to admit the budget was "a disaster"",
        # whose words are the urger's)
        obj = next((c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i), None)
        if obj is not None and obj.tag_ in ("NNP", "NNPS", "PRP") and obj.lower_ not in (
                "it", "them", "this", "that"):
            return obj
    for c in cue.children:
        if c.dep_ in SUBJECT_DEPS:
            # the parser took the quotation for the subject: `"Q", Orwa Nyrabia, ..., told MEE`
            found = _speaker_between(c, cue)
            if found is not None:
                return found
    late = _late_subject(cue) if depth == 0 or cue.lower_ in CUE_VERBS else None
    if late is not None:
        # (only for the cue itself: "he looked into the camera, furrowed his brow and said"
        # makes "brow" the object of "furrowed", never its subject)
        return late
    if cue.dep_ in ("relcl", "acl") and cue.head.tag_.startswith(("NN", "PRP")):
        noun = cue.head
        clause = noun.head
        if (cue.dep_ == "acl" and cue.i > 0 and cue.doc[cue.i - 1].text == ","
                and not any(c.dep_ == "agent" for c in cue.children)
                and not (cue.i + 1 < len(cue.doc) and cue.doc[cue.i + 1].lower_ == "by")
                and clause.dep_ == "relcl" and clause.i < noun.i
                and clause.head.tag_ in ("NNP", "NNPS")):
            # "Kwame Adjei-Brightwell, who has 1.2 million subscribers, posted on X": the
            # parser read the main verb as a participle of the relative clause's object
            return clause.head
        if (
            cue.tag_ == "VBG"
            and noun.dep_ in ("dobj", "pobj", "attr", "oprd", "dative")
            and depth < 3
        ):
            # "X issued a statement saying "Q"": the statement's author speaks
            main = next((a for a in ancestors(noun) if a.tag_.startswith("VB")), None)
            if main is not None:
                found = subject_of(main, depth + 1)
                if found is not None:
                    return found
        return noun
    if cue.dep_ == "conj":
        # "... and activists have long referred": the parser lost the second clause's subject,
        # but a noun right before the verb group is it
        group = [c for c in cue.lefts if c.dep_ in ("aux", "advmod", "neg")] + [cue]
        first = min(group, key=lambda t: t.i)
        before = cue.doc[first.i - 1] if first.i > 0 else None
        if (
            before is not None
            and before.tag_ in ("NN", "NNS", "NNP", "NNPS", "PRP")
            and before.dep_ != "poss"
        ):
            return before
    if cue.dep_ == "advcl" and cue.i > 0:
        # "His comments came after a report by the audit office concluded that ...": the parser
        # made the clause's subject the object of "after"; the noun before the verb is it
        noun = cue.doc[cue.i - 1]
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.tag_.startswith(
            "NN"
        ):
            noun = noun.head.head
        if (
            noun.tag_.startswith("NN")
            and noun.dep_ == "pobj"
            and noun.head.lower_ in ("after", "before", "since", "until", "as", "because")
        ):
            return noun
    if (
        depth < 3
        and cue.dep_ in ("conj", "xcomp", "advcl", "ccomp", "pcomp")
        and cue.head is not cue
    ):
        return subject_of(cue.head, depth + 1)
    return None


_CAUSING = word_set(
    "prompt prompts prompted prompting lead leads led leading cause causes caused causing "
    "force forces forced forcing"
)


def _subject_after_opening_participle(subject: Any) -> Any | None:
    """The speaker when the parser took a one-word opening participle for the subject:
    "Responding, Dr Siobhan Keating, chief clinical officer with CHI, said" and "Replying,
    the Minister for Health, Stephen Donnelly, said" hang the speaker on "Responding" as a
    conjunct or an apposition."""
    doc = subject.doc
    if (
        subject.tag_ not in ("VBG", "VBN")
        or subject.i != subject.sent.start
        or subject.i + 1 >= len(doc)
        or doc[subject.i + 1].text != ","
    ):
        return None
    if any(c.dep_ not in ("punct", "conj", "appos", "cc") for c in subject.children):
        return None  # a phrase of its own ("Asked about it, ..."): the parse is not this one
    hung = [
        c
        for c in subject.children
        if c.dep_ in ("conj", "appos") and c.i > subject.i and c.tag_.startswith("NN")
    ]
    # ("Responding, the council's Head of Corporate Communications, Mr Innocent Ruwende,
    # said" hangs the role and the name on "Responding" side by side: the name speaks)
    named = [c for c in hung if c.tag_ == "NNP" and not role_noun(c.lower_)
             and c.lower_ not in TITLE_WORDS]
    if len(hung) > 1 and named:
        return named[-1]
    return hung[0] if hung else None


def _verb_group_start(cue: Any) -> int:
    """Where the verb's group starts: the cue and the auxiliaries, adverbs and negation right
    before it ("had also said")."""
    i = cue.i
    while i > 0 and cue.doc[i - 1].dep_ in ("aux", "advmod", "neg", "auxpass", "npadvmod") and (
            cue.doc[i - 1].head.i == cue.i):
        i -= 1
    return i


def _subject_hung_before(cue: Any) -> Any | None:
    """`Although there is no overlap with Sanders's team, a White House official who spoke
    anonymously said`: with no subject of its own, the main verb's subject was hung on the
    opening phrase as an apposition. The noun whose relative clause ends at the verb group
    is the subject."""
    if cue.dep_ != "ROOT" or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    doc = cue.doc
    first = _verb_group_start(cue)
    if first < 3:
        return None
    for verb in [doc[first - 1], *ancestors(doc[first - 1])]:
        if verb.i >= first or verb is cue:
            return None
        if verb.dep_ == "relcl":
            noun = verb.head
            if (noun.tag_.startswith("NN") and noun.i < verb.i and noun.dep_ == "appos"
                    and doc[noun.i + 1].lower_ in RELATIVE_PRONOUNS):
                return noun
            return None
    return None


def _quoted_as(cue: Any) -> Any | None:
    """`IRNA quoted the minister as saying "Q"` / `the minister was quoted by IRNA as saying`:
    the one quoted speaks, not the one quoting."""
    if cue.tag_ != "VBG" or cue.head.lower_ != "as":
        return None
    verb = cue.head.head
    if verb.lemma_ not in ("quote", "cite") and verb.lower_ not in ("quoted", "cited"):
        return None
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            return c
    for c in verb.children:
        if c.dep_ == "dobj":
            return c
    return None


def _late_subject(cue: Any) -> Any | None:
    """`"Q," said Smith`: right after a quotation the parser often makes the subject an object."""
    if cue.i == 0 or cue.lower_ in (
        "told",
        "tell",
        "tells",
        "telling",
        "asked",
        "asks",
        "urged",
        "urges",
    ):
        return None
    before = cue.doc[cue.i - 1]
    if not (before.text in (",", '"', "”", "'", "’", "''") or before.text == PLACEHOLDER):
        return None
    for c in cue.rights:
        if c.text == PLACEHOLDER or c.text in "\"“”'‘’":
            continue
        if c.lower_ in TIME_WORDS:
            continue
        if c.dep_ in (
            "nsubj",
            "dobj",
            "attr",
            "npadvmod",
            "dative",
            "oprd",
            "appos",
        ) and c.tag_ in ("NNP", "NNPS", "NN", "NNS", "PRP"):
            return c
    return None


def _speaker_between(quote: Any, cue: Any) -> Any | None:
    for c in quote.children:
        if c.dep_ == "appos" and c.i < cue.i:
            return c
    doc = cue.doc
    lo, hi = sorted((quote.i, cue.i))
    for t in doc[lo + 1 : hi]:
        if t.text != PLACEHOLDER and t.tag_ in ("NNP", "NNPS", "PRP", "NN", "NNS"):
            head = t
            while (
                head.head is not head
                and lo < head.head.i < hi
                and head.dep_ in ("compound", "amod", "det", "poss", "nmod", "punct")
            ):
                head = head.head
            return head
    return None


def nearest_noun(cue: Any) -> Any | None:
    """The closest name or pronoun to a cue whose subject the parser lost ("Continued Stone:")."""
    doc = cue.doc
    best = None
    aside = _aside_before(cue)
    for t in doc:
        if t.text == PLACEHOLDER or t.i == cue.i or t.lower_ in RELATIVE_PRONOUNS:
            continue
        if aside is not None and aside[0] <= t.i < aside[1]:
            continue  # "Mr. Trump, asked about journalists under Mr. Putin, had said"
        if t.tag_ in ("NNP", "NNPS") or (
            t.tag_ == "PRP" and t.lower_ in PRONOUNS and t.dep_ != "dobj"
        ):
            between = doc[min(t.i, cue.i) + 1 : max(t.i, cue.i)]
            if any(b.text == PLACEHOLDER or b.text in (";", ".") for b in between):
                continue
            dist = abs(t.i - cue.i)
            if best is None or dist < best[0]:
                best = (dist, t)
    if best is None:
        return None
    head = best[1]
    while (
        head.head is not head
        and head.dep_ in ("compound", "flat")
        and head.head.tag_ in ("NNP", "NNPS")
    ):
        head = head.head
    return head


def _aside_before(cue: Any) -> tuple[int, int] | None:
    """Token range of a participial or relative aside set off by commas right before the
    cue's verb group ("Mr. Trump, asked about the deaths under Mr. Putin, had said"): names in
    it are not the subject."""
    doc = cue.doc
    first = min([c.i for c in cue.lefts if c.dep_ in ("aux", "advmod", "neg")] + [cue.i])
    if first < 2 or doc[first - 1].text != ",":
        return None
    for j in range(first - 2, max(-1, first - 30), -1):
        if doc[j].text == ",":
            opener = doc[j + 1] if j + 1 < first - 1 else None
            if opener is not None and (
                opener.tag_ in ("VBN", "VBG")
                or opener.lower_ in ("who", "whose", "which")
                # a participle the tagger read as a past tense: no subject of its own
                or (
                    opener.tag_ == "VBD"
                    and opener.lower_.endswith("ed")
                    and not any(c.dep_ in SUBJECT_DEPS for c in opener.children)
                )
            ):
                return j + 1, first - 1
            return None
        if doc[j].text in (".", ";", PLACEHOLDER):
            return None
    return None


def mention_tokens(head: Any) -> list[Any]:
    """The words naming the speaker: the noun phrase without appositions and relative clauses."""
    if head.lower_ in PRONOUNS:
        return [head]
    excluded: set[int] = set()
    for t in head.subtree:
        if t is head:
            continue
        if (
            t.dep_ in _NOT_MENTION
            or (t.dep_ == "acl" and t.tag_ == "VBG")
            or (
                t.dep_ == "prep"
                and t.lower_ in ("on", "in")
                and any(c.lower_ in ("week", "day", "month", "year") for c in t.subtree)
            )
        ):
            if t.dep_ == "punct" and t.text in "-–'’." and t.head.i != head.i:
                continue
            if t.dep_ == "punct" and t.text in "-'’.":
                continue
            nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
            if (t.dep_ == "cc" and t.head.dep_ in ("nmod", "compound") and t.i > 0
                    and t.doc[t.i - 1].tag_ == "NNP" and nxt is not None and nxt.tag_ == "NNP"):
                continue  # "The Northern Health and Social Care Trust": one name
            if t.dep_ == "npadvmod" and nxt is not None and nxt.text == "-":
                continue  # "London-based": the first half of a hyphenated modifier
            excluded.update(x.i for x in t.subtree)
    keep = [t for t in head.subtree if t.i not in excluded]
    # contiguous run around the head
    idx = [t.i for t in keep]
    lo = hi = head.i
    while lo - 1 in idx:
        lo -= 1
    while hi + 1 in idx:
        hi += 1
    toks = [head.doc[i] for i in range(lo, hi + 1)]
    while toks and (toks[-1].is_punct or toks[-1].tag_ in ("DT", "IN", "CC")):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    return toks or [head]


def name_in_clause(head: Any) -> list[Any] | None:
    """A name attached to a nominal subject: "an activist, who calls himself Abu Fehmi", "a
    spokesman, John Smith," -- the name, so the nominal can become the affiliation."""
    for c in head.children:
        if c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS"):
            if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
                continue  # "Melanne Verveer, a Ukrainian-American then working for ...": a kind
            return mention_tokens(c)
        if c.dep_ in ("relcl", "acl") and c.lower_ in _CALL_VERBS:
            for t in c.subtree:
                if t.tag_ in ("NNP", "NNPS") and t.dep_ in (
                    "oprd",
                    "dobj",
                    "attr",
                    "xcomp",
                    "ccomp",
                    "npadvmod",
                    "appos",
                ):
                    return mention_tokens(t)
            names = [t for t in c.subtree if t.tag_ in ("NNP", "NNPS")]
            if names:
                return mention_tokens(names[-1])
    if head.lower_ in PERSON_NOUNS or head.lower_ in TITLE_WORDS:
        # "the chief executive of NHS Providers, Daniel Elkeles,": the parser hangs the name on
        # the organisation; a two-word name after it still names the role's holder
        for prep in head.children:
            if prep.dep_ != "prep":
                continue
            for obj in prep.children:
                for c in obj.children if obj.dep_ == "pobj" else ():
                    if c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS"):
                        toks = mention_tokens(c)
                        if len(toks) >= 2 and all(t.text[:1].isupper() for t in toks):
                            return toks
    return None


def describing_apposition(head: Any) -> list[Any] | None:
    """An apposition describing a named speaker: "Orwa Nyrabia, Syrian opposition activist"."""
    for c in head.children:
        if c.dep_ == "appos" and not c.tag_.startswith("NNP"):
            toks = list(c.subtree)
            while toks and toks[-1].is_punct:
                toks.pop()
            while toks and toks[0].is_punct:
                toks.pop(0)
            return toks
    return None
