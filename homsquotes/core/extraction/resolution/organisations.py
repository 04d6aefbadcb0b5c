"""Organisations, their spokespeople and their documents: an organisation a mention describes ("the
Houston-based company"), an institution named near a cue, the person who speaks for a body ("a
spokesman for the ministry"), an office's holder, and the owner of a statement or report ("the
ministry's statement", "said in a statement", "a report published by ..."). They are one stage
because a document's owner is nearly always an organisation found the same ways, and whether a
name speaks in statements is what tells the pronoun stage it is a body."""

from __future__ import annotations

import functools
import re

from homsquotes.core.extraction.attribution.cues import (
    DOCUMENT_WORDS,
    ORG_WORDS,
    SPEECH_NOUNS,
    word_set,
)
from homsquotes.core.extraction.capitals import latin, latin_re
from homsquotes.core.extraction.resolution.affiliation import clean_description
from homsquotes.core.extraction.resolution.institutions import institution_named
from homsquotes.core.extraction.resolution.mentions import (
    _ORG_NAME_WORDS,
    _ROLE_REACH,
    Speaker,
    _inside_quotation,
    _last_sentence_end,
    _looks_like_name,
    _sentence_end,
    _two_paragraphs_back,
)
from homsquotes.core.extraction.resolution.speakers import (
    NOT_NAMES,
    NameIndex,
    name_pattern,
    on_byline,
    speaker_type_of,
)
from homsquotes.core.extraction.resolution.subject_patterns import _SENTENCE_SUBJECT
from homsquotes.core.extraction.resolution.subjects import _paragraph_subject, _subject_of_match

# "Great Plains Rail said in a statement": people speak in statements too, but a name that does
# and is then called "the company" is the company
_SAID_IN_STATEMENT = re.compile(  # ("Meridian Polymers, based in Houston, said in a statement")
    r"(?:,[ \t]+(?:based|headquartered)[ \t]+in[^,.;\n]{1,50},)?"
    r"[ \t]+(?:said|says)[ \t]+in[ \t]+a[ \t]+(?:written[ \t]+)?statement"
)
# Words a paper uses for an organisation it has named ("Novaris ... the company said").
_ORG_DESCRIPTIONS = word_set(
    "company firm airline carrier bank lender insurer retailer supermarket chain manufacturer "
    "maker developer operator broadcaster publisher regulator charity club startup start-up "
    "group conglomerate utility brand ngo nonprofit non-profit trust agency "
    # (investors: "Qadira Investment Authority, which ... In a statement, the fund said")
    "fund investor"
)


_OFFICE_WORD_ENDINGS = ("ment", "tion", "sion", "ity", "ance", "ence", "ure", "ics", "ary", "ies")


def _holder_named_after_office(
    text: str, index: NameIndex, sp: Speaker, pos: int
) -> Speaker | None:
    """"Deputy Minister of Lands, ..., Water and Rural Development, Hon Ruvimbo Chiweshe,
    said ... "Q," she said": the subject the patterns read ends a portfolio ("Rural
    Development"); the person in apposition after it holds the office."""
    words = sp.name.split()
    if len(words) < 2 or not words[-1].lower().endswith(_OFFICE_WORD_ENDINGS):
        return None
    found = list(re.finditer(
        re.escape(sp.name) + r",[ \t]+(?:(?:Hon|Cde|Dr|Mr|Mrs|Ms|Prof|Eng|Engr)\.?[ \t]+)?"
        r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}),",
        text[max(0, pos - 1500) : pos],
    ))
    m = found[-1] if found else None
    if m is None or not _looks_like_name(m.group("name")):
        return None
    return Speaker(index.fullest(m.group("name"))[0], "person")


def _organisation_described(text: str, index: NameIndex, mention: str, pos: int) -> Speaker | None:
    """ "the company" for the organisation the paragraph (or the one before) last named as one:
    "Novaris, which makes the drug, said ... the company said"; "budget airline SkyBreeze
    ... the airline said".  A name counts as an organisation when the article writes it with
    "which", an acronym in brackets or the same word before it."""
    words = mention.split()
    if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in _ORG_DESCRIPTIONS:
        return None
    noun = words[1].lower()
    start = _two_paragraphs_back(text, pos)
    runs = []
    for run in reversed(index.runs):
        if run.end > pos:
            continue
        if run.start < start:
            break
        if on_byline(text, run.start):
            continue  # a byline ("By Staff Reporter") names no organisation that speaks
        if re.search(r"-(?:based|born|bred|led|owned|backed|listed)$", text[run.start : run.end]):
            continue  # "the Munich-based executive": where someone is, no organisation
        runs.append(run)
    # an organisation that spoke comes before one only named near it: "The Texas Water
    # Conservation Association, which represents utilities, said ... and urged the Senate to
    # act. The group added" is the association
    spoke = [r for r in runs if _SPOKE_AFTER.match(text, r.end)]
    for run in spoke + [r for r in runs if r not in spoke]:
        after = text[run.end : run.end + 12]
        before = text[max(0, run.start - 30) : run.start].lower().split()
        org = (
            after.startswith((", which", ", whose", " ("))
            and not after.startswith(" (R")
            or noun in before[-2:]
            or speaker_type_of(" ".join(run.name)) == "organisation"
            or _SAID_IN_STATEMENT.match(text, run.end) is not None
            or _ITS_AFTER.match(text, run.end) is not None
            or _used_as_organisation(text, " ".join(run.name))
        )
        if org:
            name = " ".join(run.name)
            written = text[run.start : run.end].split()
            while written and written[0] in ("The", "A", "An"):
                written = written[1:]
            while (len(written) > len(run.name) and written[0].lower() in NOT_NAMES
                   and written[0].lower() not in ORG_WORDS):
                written = written[1:]  # "Rival Veritron": a word of the sentence, not the name
            if len(written) > len(run.name) and all(w[:1].isupper() for w in written):
                name = " ".join(written)  # "State Department", not "Department"
            return Speaker(name, "organisation")
    return None


def _institution_named(text: str, mention: str, pos: int, cue: str) -> Speaker | None:
    """ "the ministry said" for the one ministry named within a role's reach before it (about
    two paragraphs of text; never "the court heard": what a court hears is evidence, not the
    court's words)."""
    if cue == "heard":
        return None
    name = institution_named(text, mention, max(0, pos - _ROLE_REACH), pos)
    return Speaker(name, "organisation") if name else None


# A name followed by its speech verb, past a "which" clause ("Meridian, which makes the drug,
# said in a statement")
_SPOKE_AFTER = re.compile(
    r"(?:,[ \t]+(?:which|based|headquartered)[^,.;\n]{1,80},)?[ \t]+(?:said|says|told|added|"
    r"warned|announced|stated)\b"
)
# "North East Power Networks says 118,000 of its customers": "its" in the name's own clause
_ITS_AFTER = re.compile(r"(?:[ \t]+[a-z0-9$£€][\w'’,.%-]*){1,10}?[ \t]+its\b")
# "A JR Hokkaido official", "a CampusFare spokesperson": a name before one of its people
_ORGANISATION_PEOPLE = (
    r"(?:['’]s)?[ \t]+(?:official|officials|spokesman|spokeswoman|spokesperson|spokespeople|"
    r"chief[ \t]+executive|managing[ \t]+director|co-founder|"
    r"executive|executives|employee|employees|staff|workers|engineers|customers|shareholders|"
    r"management|headquarters)\b"
)


@functools.lru_cache(maxsize=512)
def _used_as_organisation(text: str, name: str) -> bool:
    """Whether the article writes `name` as an organisation somewhere: "a JR Hokkaido
    official" (a person is never followed by one of its officials)."""
    return re.search(name_pattern(name) + _ORGANISATION_PEOPLE, text) is not None


_SPOKES_FOR = latin_re(
    r"\b[Aa]n?[ \t]+spokes(?:person|man|woman)[ \t]+for[ \t]+"
    r"(?P<org>(?:the[ \t]+)?(?:[A-Z][\w'’&.-]*"
    r"(?:[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+)?[A-Z][\w'’&.-]*)*"
    # (and a body's lower-case word after its name: "the Punjab police")
    r"(?:[ \t]+(?:police|government|ministry|department|council|army|navy))?|[a-z]+))"
)


def _spokesperson_for(text: str, index: NameIndex, mention: str, pos: int) -> Speaker | None:
    """An unnamed spokesperson speaks for the organisation: "A spokesperson for the National
    Transport Authority (NTA) said ... 'Q,' the spokesperson said" is the authority, and "a
    spokeswoman for the airline" the airline the article named."""
    words = mention.split()
    if not words or not words[-1].lower().startswith("spokes") and " for " not in mention:
        return None
    found = _SPOKES_FOR.fullmatch(mention)
    if found is None and words[0].lower() == "the" and len(words) == 2:
        for m in _SPOKES_FOR.finditer(text, _two_paragraphs_back(text, pos), pos):
            found = m
    if found is None and len(words) == 2 and words[0].lower() in ("a", "an", "the"):
        # "Waka Kotahi NZTA has closed the highway. A spokesperson said ...": the body the
        # sentence before is about
        body = _paragraph_subject(text, index, "thing", pos)
        return body if body is not None and body.type == "organisation" else None
    if found is None:
        return None
    org = found.group("org")
    if org.startswith("the ") and org[4:5].islower():
        return _organisation_described(text, index, org, pos)
    name = org[4:] if org.startswith("the ") else org
    body = speaker_type_of(name, is_name=True) == "organisation" or (
        name.split()[-1].lower() in ORG_WORDS  # "a spokesperson for the Punjab police"
    )
    if not name[:1].isupper() or not body:
        return None  # "a spokesman for Bernie Sanders" speaks for him, not as him
    return Speaker(name, "organisation")


_PUBLISHING_VERBS = word_set(
    "written "
    "published issued released sent posted wrote apologised apologized announced unveiled "
    "circulated distributed shared tweeted emailed e-mailed filed delivered put said says "
    "declined responded replied"
)
# and for a body that rules on something ("The stipendiary stewards confirmed ... the official
# report read"): only a definite plural subject, before a document of no named owner
_RULING_VERBS = _PUBLISHING_VERBS | word_set("confirmed ruled stated")
_DOCUMENT_HEADS = (
    DOCUMENT_WORDS | SPEECH_NOUNS | word_set("apology paper notice review audit inquiry assessment")
) - word_set("plan platform bill sign banner headline caption line website site")


_OWNER_COMPOUND = latin_re(
    # (words of two letters or more: "the B report" is a kind of police report)
    r"(?:[Tt]he|[Aa]n?)[ \t]+(?P<owner>(?:[A-Z][\w'’&.-]+[ \t]+){0,4}[A-Z][\w'’&-]+)"
    r"[ \t]+(?P<head>[a-z][\w-]*)"
)
# An owner that is an adjective: "The Democratic statement", "the British report"
_ADJECTIVE_OWNER = re.compile(r"(?:ic|an|ish|ese|i)$")


def _document_owner_named(mention: str) -> str | None:
    """The owner a document is named for ("the Halden Racing statement" -> "Halden Racing"),
    never an adjective ("The Democratic statement")."""
    compound = _OWNER_COMPOUND.fullmatch(mention)
    if compound is None or compound.group("head").lower() not in _DOCUMENT_HEADS:
        return None
    owner = compound.group("owner")
    return None if _ADJECTIVE_OWNER.search(owner) else owner


def _publisher_before(text: str, index: NameIndex, pos: int, plural: bool) -> Speaker | None:
    """The subject of a sentence just before `pos` that brings out a document ("The Treasury
    published its plan on Tuesday."), in this paragraph or the one before, with no quotation
    between; with `plural`, a definite plural too ("The stipendiary stewards confirmed ...",
    but not "Residents confirmed ...", nor "The Times said", a paper)."""
    for kind in ("person", "thing", "plural") if plural else ("person", "thing"):
        verbs = _RULING_VERBS if kind == "plural" else _PUBLISHING_VERBS
        sp = _paragraph_subject(text, index, kind, pos, verbs=verbs)
        definite = sp is not None and sp.name.split()[0] in ("The", "the")
        if kind == "plural" and sp is not None and (not definite or sp.name[-1].isupper()):
            continue
        if kind == "plural" and sp is not None and not sp.name.split()[-1].islower():
            continue
        if sp is not None:
            return sp
    return None


def _owner_said_in(text: str, index: NameIndex, head: str, pos: int) -> Speaker | None:
    """ "The board, in a notification issued on Monday, said ... "Q," the notification said" and
    "The BIA said in a written submission that ... The submission called it "Q"": the subject of
    the sentence that brought the document in with "in a ...", in this paragraph or the one
    before."""
    start = _two_paragraphs_back(text, pos)
    brought = None
    said_in = r"\b[Ii]n[ \t]+(?:an?|its|their|his|her)[ \t]+(?:[\w'’-]+[ \t]+){0,3}"
    for m in re.finditer(said_in + rf"{re.escape(head)}\b", text[start:pos]):
        brought = start + m.start()
    if brought is None:
        return None
    sentence = max(text.rfind("\n", 0, brought) + 1, _last_sentence_end(text, brought))
    if not text[sentence:brought].strip():
        # "In a statement released in the afternoon, the county described ...": the subject
        # comes after the opening phrase
        comma = text.find(",", brought, min(len(text), brought + 120))
        if comma > 0:
            found = _SENTENCE_SUBJECT.match(text[comma + 1 : comma + 400].lstrip())
            if found is not None:
                for kind in ("thing", "person", "plural"):
                    sp = _subject_of_match(found, index, kind, False)
                    if sp is not None:
                        # "In its latest filing, the company acknowledged": the company named
                        return _organisation_described(text, index, sp.name, brought) or sp
    found = _SENTENCE_SUBJECT.match(text, sentence)
    if found is not None and found.end() >= brought - 200:
        for kind in ("thing", "person", "plural"):
            sp = _subject_of_match(found, index, kind, False)
            if sp is not None:
                return sp
    said = _SAID_IN_OWNER.fullmatch(text, sentence, brought)
    if said is None:
        return None
    owner = said.group("owner")
    if _looks_like_name(owner):
        name = index.fullest(owner)[0]
        return Speaker(name, speaker_type_of(name, is_name=True))
    return Speaker(owner, speaker_type_of(owner, is_name=False))


# "Meanwhile, the Ballycrane Tidy Towns committee said in a statement": everything before the
# verb, after an opening word, is who said it
_SAID_IN_OWNER = re.compile(
    r"(?:(?:But|And|Meanwhile|However|Separately|Earlier|Later|Also|Now|Then)[, \t]+)?"
    r"(?P<owner>[^,;:\"“”\n]{2,80}?)(?:,[^,;\"“”\n]{2,80},)?[ \t]+(?:has[ \t]+|had[ \t]+)?"
    r"(?:said|says|stated|announced|added|confirmed|responded|replied)[ \t]*,?[ \t]*"
)


_OWNER_NAMED = latin_re(
    r",[ \t]+(?:[A-Z]{1,4}\.?[ \t]+)?(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}),"
)


# "a statement carried by the state-run Global New Light of Myanmar": the paper that carried
# it is the channel, not the author (but "a report published by the Department of Health" is
# the department's)
_CHANNEL = re.compile(r"\b(?:carried|aired|relayed)[ \t]+by\b")  # ("published by" is the author)


@functools.lru_cache(maxsize=64)
def _possessive_owner(head: str) -> re.Pattern[str]:
    """ "The Grattan Institute's latest report": a capitalised owner of the document `head`."""
    return latin_re(
        r"\b(?:[Tt]he[ \t]+)?(?P<owner>[A-Z][\w&.-]*(?:[ \t]+(?:(?:of|for|and)[ \t]+)?"
        rf"[A-Z][\w&.-]*){{0,5}})['’]s?[ \t]+(?:[\w-]+[ \t]+){{0,2}}{re.escape(head)}s?\b"
    )


def _named_body(owner: str) -> str:
    """ "the Grattan Institute" -> "Grattan Institute": a body's name without its article (an
    owner in lower case, "the health department", stays as written)."""
    if owner.startswith("the ") and all(
        w[:1].isupper() or w in _ORG_NAME_WORDS for w in owner[4:].split()
    ):
        return owner[4:]
    return owner


def _owner_named_earlier(text: str, index: NameIndex, head: str, pos: int) -> Speaker | None:
    """ "A report by the Commons public accounts committee found ... "Q," the report said": the
    owner given where the article first brings in the document ("a staffing review
    commissioned by the hospital", "the committee's report"), in this paragraph or the one
    before."""
    start = _two_paragraphs_back(text, pos)
    sent = None
    for m in re.finditer(
        # "showed jurors an email Lindqvist sent Ruiz in March": the one who sent it
        latin(rf"\b(?:[Aa]n?|[Tt]he)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}{re.escape(head)}[ \t]+"
        r"(?P<owner>(?:the[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+(?:of[ \t]+|for[ \t]+)?[A-Z][\w'’-]+){0,4})"
        r"[ \t]+(?:had[ \t]+)?"
        r"(?:sent|wrote|posted|issued|signed|drafted|penned|tweeted|emailed|texted)\b"),
        # (up to the end of the mention's own sentence: "The text message the Department of
        # Civil Protection sent to every phone said")
        text[start : _sentence_end(text, pos)],
    ):
        sent = m
    owner = sent.group("owner") if sent is not None else ""
    if _named_body(owner) != owner:
        return Speaker(owner[4:], speaker_type_of(owner[4:], is_name=True))
    if sent is not None and _looks_like_name(owner):
        name = index.fullest(owner)[0]
        return Speaker(name, speaker_type_of(name, is_name=True))
    found = None
    for m in re.finditer(
        latin(rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}"
        rf"{re.escape(head)}s?\b"
        r"(?:[ \t]+(?:\w+[ \t]+){0,2}?(?:by|from|for)[ \t]+(?P<owner>(?:the[ \t]+)?"
        r"(?:[A-Za-z][\w'’&.-]*[ \t]+){0,5}?[A-Za-z][\w'’&.-]*)(?=[ \t]*[,.;:]|[ \t]+(?:found|"
        r"said|says|warned|concluded|showed|shows|published|released|that|which|on|in|last"
        # (a verb of its own ends the owner: "A report by the Grattan Institute was published")
        r"|was|were|is|are|has|had|will|would)\b))?"),
        text[start:pos],
    ):
        if m.group("owner") and not _CHANNEL.search(m.group(0), 0, m.start("owner") - m.start()):
            found = m
    if found is None:
        # the last: "The Grattan Institute's report found ... the report said"
        owned = list(_possessive_owner(head).finditer(text, start, pos))
        possessed = owned[-1] if owned else None
        if possessed is None or _inside_quotation(text, possessed.start()):
            return None
        name = index.fullest(possessed.group("owner"))[0]
        return Speaker(name, speaker_type_of(name, is_name=True))
    owner = found.group("owner").strip()
    owner = _named_body(owner)  # "a report by the Grattan Institute": the institute's name
    named = _OWNER_NAMED.match(text, start + found.end("owner"))
    if named and not _looks_like_name(owner):
        # "a statement signed by its Public Relations Officer, SP Yetunde Akinola,": the
        # officer named in apposition signed it
        name = index.fullest(named.group("name"))[0]
        return Speaker(name, "person", affiliation=clean_description(owner))
    if _looks_like_name(owner):
        name = index.fullest(owner)[0]
        return Speaker(name, speaker_type_of(name, is_name=True))
    if owner.split()[0].lower() in ("the", "a", "an") or speaker_type_of(owner, False) != "other":
        return Speaker(owner, speaker_type_of(owner, is_name=False))
    return None


def _speaks_in_statements(text: str, index: NameIndex, name: str) -> bool:
    """A name the article has speak "in a statement" and never gives a title: most likely a
    body ("Golf Ireland", "Fylde Coast Civils"). The caller asks only when the name has no
    known gender either."""
    runs = [r for r in index.by_last.get(name.split()[-1], ()) if " ".join(r.name) == name]
    if any(r.title for r in runs):
        return False
    return any(_SAID_IN_STATEMENT.match(text, r.end) for r in runs)
