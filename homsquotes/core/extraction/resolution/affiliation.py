"""A speaker's affiliation: the role or organisation the article gives them.

Sources, nearest first: the description in the quotation's own clause (apposition, or the head
noun of "A trapped activist, who calls himself Abu Fehmi"); then, anywhere in the article, a
title before the full name ("UN-Arab League Envoy Lakhdar Brahimi") or an apposition after it.
"""

from __future__ import annotations

import re

from homsquotes.core.extraction.attribution.cues import (
    CUE_VERBS,
    ORG_WORDS,
    PERSON_NOUNS,
    TITLE_WORDS,
    role_noun,
    word_set,
)
from homsquotes.core.extraction.capitals import latin, latin_re
from homsquotes.core.extraction.resolution.epithets import DEMONYMS
from homsquotes.core.extraction.resolution.speakers import (
    NAME_ABBREVIATIONS,
    NOT_NAMES,
    NameIndex,
    name_pattern,
)

_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "dr", "miss", "mr.", "mrs.", "ms.", "dr.", "prof", "prof.", "cllr"}
    | {"cllr.", "sir", "dame", "madam", "mx", "mx.", "hon", "hon."}
)
# Forms of address that say nothing about a role; other honorifics ("Dr", "Cllr", "Prof") are an
# affiliation when the article gives no better one.
ADDRESS_ONLY = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "mr.", "mrs.", "ms.", "mx.", "sir", "dame", "madam"}
    # ("Hon." is how a parliament addresses every member: it says no role)
    | {"hon", "hon."}
)
# A full stop that ends the sentence, not one inside an abbreviation: "a former U.S.
# ambassador", "press secretary to George W. Bush", "an aide to Gov. Larry Hogan" go on; but
# after an abbreviation too a word that opens sentences starts the next one ("an analyst at
# Acme Inc. She expects").  (The stop is matched first, so the lookbehinds run only at stops.)
_AFTER_ABBREVIATION = (
    r"(?:(?<=[ \t][A-Z]\.)|(?<=[A-Z]\.[A-Z]\.)|"
    + "|".join(rf"(?<=\b{abbr}\.)" for abbr in NAME_ABBREVIATIONS)
    + ")"
)
_OPENS_SENTENCE = (
    r"(?:He|She|It|They|We|I|You|The|A|An|This|That|These|Those|But|And|In|On|At|His|Her|"
    r"Their|Its|There|Then|Now|When|If|As|After|Last|Asked)\b"
)
_SENTENCE_STOP = (
    rf"\.(?![A-Za-z])(?!{_AFTER_ABBREVIATION}[ \t]+(?!{_OPENS_SENTENCE})[\w(])"
)
_ENDS_ABBREVIATED = rf"\b(?:{'|'.join(NAME_ABBREVIATIONS)})$"
_ABBREVIATED_NAME = rf"(?:{'|'.join(NAME_ABBREVIATIONS)})\.\s+[A-Z]"
_APPOSITION = latin_re(
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:,\s*\d{1,3}(?=,))?"  # "(D-N.Y.)", ", 47"
    r",\s+((?:(?:[Aa]|[Aa]n|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s|[A-Za-z])"
    r"[^,;:!?\"“”()\n]{2,160}?)"
    rf"\s*(?=[,;]|{_SENTENCE_STOP}|\s+(?:said|says|told|added|wrote)\b)"
)
_NOT_APPOSITION_START = re.compile(
    r"(?:who|which|that|and|but|or|whose|where|when|while|as|if|because|although|though|so|then|"
    r"adding|saying|noting|according|along|he|she|it|they|we|i|you|this|there|with|whom|for|from|in|"
    r"on|at|by|of|to|into|after|before|during|since|until|about|over|under|than|like|not|also|"
    r"now|once|still|even|only|just|both|either|neither|all|some|many|most|much|more|less|few|"
    r"his|her|their|its|is|was|are|were|has|had|have|will|would|can|could|said|says|told|tells|"
    r"asked|asks|added|adds|wrote|writes|"
    # a sentence adverb between commas ("Kemi Badenoch, however, said"), never a role
    r"however|meanwhile|instead|therefore|nonetheless|nevertheless|indeed|moreover|meantime|"
    r"furthermore|perhaps|again|already|too|yet|later|earlier|here|today|yesterday|tonight|"
    # (an adverb in -ly, not a noun or an adjective: "family spokeswoman", "elderly resident")
    r"(?-i:(?!(?:family|ally|elderly|early|daily|weekly|monthly|yearly|friendly|only|holy|"
    r"lily|bully|deputy)\b)[a-z]+ly)|"
    # irregular past tenses open a clause ("Jane Holt, spoke to reporters in Leeds"), never a role
    r"spoke|went|came|made|took|gave|left|met|ran|won|lost|got|began|became|held|led|sat|stood|"
    r"saw|brought|thought|found|kept|felt|put|set|sent|spent|built|paid|chose|drove|flew|fell|"
    r"rose|broke|knew|grew|threw|wore|sold|heard|understood|meant|taught|caught|fought|bought|"
    r"sought|struck|shook|woke|forgot|did|does|goes|comes|makes|takes|gets|gives|runs|speaks|"
    r"read|reads|told|tells|"
    # irregular participles ("Jordan Francis, known to everyone on the wharf as Junior,")
    r"known|born|seen|given|taken|shown|grown|drawn|thrown|sworn|beaten|driven|written)\b"
    # a participle starts a clause, except in roles ("managing director", "retired teacher")
    r"|(?!(?:managing|acting|leading|retired|elected|founding|presiding|ranking|visiting|"
    r"distinguished|supervising|consulting|serving|outgoing|incoming|licensed|qualified)\b)"
    r"(?:\w+ing\b|\w+ed\b)",
    re.IGNORECASE,
)


# a new clause after the name's comma, not an apposition: "For farmers like Petrus Naruseb,
# the question is not academic"
_CLAUSE_AFTER_NAME = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:is|was|are|were|has|had|will|would|can|"
    r"could|seems?|seemed|remains?|remained)\b"
)


_AGED = re.compile(r"\s*,\s*\d{1,3},")


# Styles that go with a name rather than a role ("Energy Minister Prince Abdulaziz").
_STYLES = word_set("prince princess sheikh sheikha lord lady sir dame mr mrs ms dr")
# Forms of address that never end a role, whatever comes before them ("Deputy Minister Hon
# Prossy Mukasa", "... and Rural Development Cde Tarisai Mudzingwa", "Local GP Dr Imran Yusuf")
_ADDRESS_AFTER_ROLE = word_set("mr mrs ms dr hon cde comrade cllr")
# Styles that say nothing of a role, even together ("Honourable Dr", "Tan Sri Dr").
_STYLES_ONLY = _ADDRESS_AFTER_ROLE | word_set(
    "honourable honorable tan sri datuk dato datin seri tun puan encik haji hajjah alhaji "
    "the rt right very rev reverend excellency"
)


def clean_description(desc: str) -> str | None:
    desc = " ".join(desc.split()).strip(" ,;:-–—")
    if len(desc) < 3 or not re.search(r"[a-z]{3}", desc):
        return None
    return desc


_ACADEMIC = _HONORIFICS | word_set("professor prof assoc associate emeritus")
_ARTICLE_START = re.compile(r"(?:A|An|The|His|Her|Their)\s")


def _names_a_role(desc: str) -> bool:
    """A capitalised apposition describes if it holds a role noun ("Syrian opposition activist")."""
    # (each part of a compound: "Vice-Chancellor of USM")
    words = re.split(r"[\s-]+", desc.lower())
    if any(w in PERSON_NOUNS or w in TITLE_WORDS for w in words):
        return True
    # "Head of Corporate Communications" ("Head" alone is a surname too, so not a title word)
    return re.search(r"\bhead\s+of\s", desc, re.IGNORECASE) is not None


def title_for(index: NameIndex, name: str, honorifics: bool = False) -> str | None:
    """A title written before the name somewhere in the article; with `honorifics`, also a
    title that is only an honorific such as "Dr" or "Cllr" (never a bare "Mr")."""
    words = tuple(name.split())
    if not words:
        return None
    for run in index.by_last.get(words[-1], ()):
        if run.name[-len(words) :] == words[-len(words) :] and run.title_text:
            if all(w.lower() in _HONORIFICS for w in run.title) and not honorifics:
                continue
            if all(w.lower() in ADDRESS_ONLY for w in run.title):
                continue
            words = run.title_text.split()
            while (
                len(words) > 1
                and words[-1].lower().rstrip(".") in _STYLES
                and words[-2].lower().rstrip(".") in TITLE_WORDS
            ):
                # "Saudi Energy Minister Prince": the style is not the role ("Crown Prince" is)
                words.pop()
            if honorifics:  # the last resort: the honorific as written ("Dr", "Cllr")
                # (not a style of honour, like "Sir": "Datuk Seri", "Tan Sri Dr" is "Dr")
                kept = [w for w in words if w.lower().rstrip(".") in _HONORIFICS
                        or w.lower().rstrip(".") not in _STYLES_ONLY]
                if not kept:
                    continue
                return " ".join(kept)
            while (
                len(words) > 1
                and words[-1].lower().rstrip(".") in _ADDRESS_AFTER_ROLE
                and not words[-1].isupper()  # ("Plaid Cymru MS": a Member of the Senedd)
            ):
                words.pop()  # "Water and Rural Development Cde": the style, not the portfolio
            if all(w.lower().rstrip(".") in _STYLES_ONLY for w in words):
                continue  # "Honourable Dr", "Tan Sri Dr": forms of address, no role
            return " ".join(words)
    return None


# an opening phrase the name ends: "For Tremblay, the evening ended with the puck in his
# stall", "Unlike Okafor, the board was unmoved" (its comma ends the phrase, no apposition)
_OPENING_PHRASE_BEFORE = latin_re(
    r"(?:^|[.!?][\"”’']?[ \t]+|\n[ \t]*)(?:For|To|With|Like|Unlike|Against|Despite|As[ \t]+for|"
    r"Besides|Without|Beside|Behind|After|Before)[ \t]+(?:[\w'’.-]+[ \t]+){0,4}$"
)


def apposition_for(text: str, index: NameIndex, name: str) -> str | None:
    """An apposition after a mention of the name: "Tariq al-Hussami, a former Homs resident,"."""
    words = tuple(name.split())
    last = words[-1] if words else ""
    for run in index.by_last.get(last, ()):
        m = _APPOSITION.match(text, run.end)
        if not m:
            continue
        # (a run may hold the capitalised opener: "For Tremblay")
        name_at = max(run.start, text.rfind(run.name[0], run.start, run.end) if run.name else 0)
        if _OPENING_PHRASE_BEFORE.search(text, max(0, run.start - 60), name_at):
            continue
        desc = m.group(1)
        if re.match(r"(?:Jr|Sr|I{2,3}|IV)\b", desc) or re.match(_ABBREVIATED_NAME, desc):
            continue  # "Brent Bozell, Jr. was", "Obama, Mr. Reagan was": a name, not a role
        if re.match(rf"{_FORM_OF_ADDRESS}[ \t]+[A-Z]", desc):
            continue  # "the Ministry, Dr Shingirai Dube, said": the person, no description
        if re.search(r"\b(?:said|says|noted|told|added)\b", desc):
            continue  # "In asking to depose Clinton, Judicial Watch noted ...": a clause
        if re.search(r"(?<![\w.])(?:[A-Z]\.)+[A-Z]$", desc) or re.search(_ENDS_ABBREVIATED, desc):
            desc += "."  # "at the U.N.", "at Acme Inc." keep the stop the sentence's end shares
        of_org = re.match(latin(r"(?:of|from)\s+((?:the\s+)?[A-Z].*)"), desc)
        if of_org:
            desc = of_org.group(1)  # "Norman Baker, of the Campaign for Better Transport,"
        elif _NOT_APPOSITION_START.match(desc) or _CLAUSE_AFTER_NAME.match(desc):
            continue
        elif _AGED.match(m.group(0)) and re.match(r"[a-z]+s\b", desc):
            continue  # "Marcella Joseph, 58, sells ground provisions": her verb, not a role
        if desc[0].isupper() and not _ARTICLE_START.match(desc) and not _names_a_role(desc):
            continue  # "Clinton, Donald Trump will ..." is a list or a clause, not a description
        found = clean_description(desc)
        if found:
            return found
    return None


# Words that end a role written before a name (walking back from the name).
_ROLE_STOP = NOT_NAMES | word_set(
    "is was are were be been has have had will would not also then now yesterday today "
    "tonight who whom whose which said says told"
    # verbs of the sentence, in the past ("Trump threw famous Mexican-American reporter
    # Jorge Ramos", "Flegenheimer conflated Republican Presidential candidate Ted Cruz")
    " threw took gave met hit led beat saw heard sent brought caught out off"
)
# Participles that are part of a role ("retired teacher", "elected member")
_ROLE_PARTICIPLES = word_set(
    "retired elected appointed designated acting suspended jailed detained accused convicted "
    "disgraced embattled celebrated acclaimed unelected renowned noted talented "
    "returned disabled injured wounded ousted sacked fired deposed syndicated backed funded "
    "licensed registered qualified certified decorated"
)
_WORD_BEFORE = re.compile(r"([\w.&’'-]+)[ \t]+$")  # never across a line break ("P&C")


def lowercase_role_for(text: str, name: str) -> str | None:
    """A role written before the full name: "former ambassador Leila Haddad", "Finance ministry
    spokesman Ilya Petrov".  The word next to the name must be a title or role noun; the words
    before it are kept up to punctuation or a function word."""
    if " " not in name:
        return None
    for m in re.finditer(name_pattern(name), text):
        words: list[str] = []
        pos = m.start()
        # a ward or unit in brackets between role and name: "Assistant Municipal
        # Commissioner (L ward) Dhanaji Herlekar"
        unit = _UNIT_BEFORE.search(text, max(0, pos - 40), pos)
        retired = unit is not None and unit.group(1).lower().strip("().") in ("rtd", "retd", "ret")
        if unit is not None:
            pos = unit.start()
        while len(words) < 7:  # ("Salt Spring Island Local Trust Committee member")
            w = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
            if not w:
                break
            word = w.group(1)
            low = word.lower()
            if not words and low in _HONORIFICS and pos == m.start():
                pos = w.start()  # "Council chairman Hon. Peterson Francis": past the style
                continue
            if not words and not role_noun(low):
                break
            if (
                low in _ROLE_STOP
                or low in CUE_VERBS
                or words and word.islower() and low.endswith("ed") and low not in _ROLE_PARTICIPLES
                or low.endswith("ly")
                or not re.fullmatch(latin(r"[A-Za-z][\w&’'-]*"), word)
            ):
                break
            words.insert(0, word)
            pos = w.start()
        while words and words[0].lower() in _HONORIFICS:
            words.pop(0)
        while words and (words[-1].lower() in _HONORIFICS or words[-1].lower() in _STYLES_ONLY):
            words.pop()  # "Developer spokesman Mr Tom Hale", "branch chairman Datuk R. Sara"
        if retired:
            # "Athletics Kenya president Lt Gen (Rtd) Daniel Sang": a rank held, not the role
            while words and words[-1].lower().rstrip(".") in _RANKS:
                words.pop()
            unit = None
        if words and role_noun(words[-1].lower()) and words[-1].lower() not in _HONORIFICS:
            return " ".join(words) + (f" {unit.group(1)}" if unit is not None else "")
    return None


_RANKS = word_set("maj lt gen col brig capt cpl sgt cdr adm air marshal lieut major general")
_UNIT_BEFORE = re.compile(r"(\([^()\n]{1,30}\))[ \t]+$")


_PORTFOLIO = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
_OPENER = (
    r"(?:[A-Z][a-z]+(?:ing|ly)|On|In|At|After|Before|During|Since|Following|Earlier|Later"
    r"|Elsewhere|Yesterday|Today|Also|Similarly|Moreover|Furthermore|Additionally|Still"
    r"|Instead|Separately|Last[ \t]+\w+)"
)
_ROLE_BEFORE = latin_re(
    # (after a conjunction too: "But the Deputy Minister of Finance, Hon. Abena Ofosu-Appiah,")
    # (or after a dateline's dash: "ACCRA — The Minister for Finance, Hon. Kwame Asante,")
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\s[—–-][ \t]))(?:(?:But|And|Yet|Meanwhile)[ \t]+)?"
    # (after an opening adverbial: "Responding, the council's Head of Corporate
    # Communications, Mr Innocent Ruwende,", "Speaking in Lagos, the governor, Babajide
    # Sanwo-Olu,"; not after any capitalised word, which may be a name in a list)
    rf"(?:{_OPENER}(?:[ \t]+[^,.;:!?\"“”\n]{{1,100}})?,[ \t]+)?"
    r"((?:The|the|A|a|An|an|Its|Their|His|Her"
    # (an office with no article, as African and Asian papers write it: "Deputy Minister of
    # Lands, ..., Hon Ruvimbo Chiweshe,")
    r"|(?:(?:Deputy|Assistant|Acting|Vice|Senior|Permanent)[ \t]+)?(?:Minister|Secretary"
    r"|Director|Chairman|Chairperson|Commissioner|Governor|Mayor)(?=[ \t]+(?:of|for)[ \t])"
    r"|(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*['’]s)"
    r"[ \t]+[^,.;:!?\"“”\n]{2,80}"
    # (a portfolio of several names: "The Minister for Tourism, Arts and Culture, Ms Elikem
    # Dogbe,")
    rf"(?:(?:,[ \t]+{_PORTFOLIO}){{1,4}},?[ \t]+(?:and|&)[ \t]+{_PORTFOLIO})?)$"
)


_FORM_OF_ADDRESS = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Hon|Cllr|Cde|Eng|Engr)\.?"


# A verb of the sentence inside what looked like a role, where no relative clause explains it.
_FINITE_VERB = re.compile(
    r"^(?!.*\b(?:who|whom|whose|which|that)\b).*\b(?:was|were|is|are|has|had|said|says)\b"
)


def role_before_for(text: str, name: str) -> str | None:
    """A role set before the name between commas: "The mayor of Bristol, Marvin Rees, said",
    "The executive director in the ministry, Ms Annely Haiphene, said"."""
    if " " not in name:
        return None
    mention = latin(rf",[ \t]+(?:{_FORM_OF_ADDRESS}[ \t]+)?{name_pattern(name)},")
    for m in re.finditer(mention, text):
        # only the short stretch before each mention is read, so long texts stay cheap
        window_start = max(0, m.start() - 170)
        role = _ROLE_BEFORE.search(text[window_start : m.start()])
        before = text[window_start - 1 : window_start]
        cut_mid_sentence = role and role.start() == 0 and before not in ("", "\n")
        if role and not cut_mid_sentence and _names_a_role(role.group(1)):
            if _FINITE_VERB.search(role.group(1)):
                continue  # "an email was sent from the club's executive director": a clause
            return clean_description(role.group(1))
    return None


# The article goes, except before a possessive, where it belongs to the possessor: "the
# agency's area director" stays whole (a citation reading "X, agency's area director" drops
# a word the article wrote).
_LEADING_ARTICLE = re.compile(r"(?:[Tt]he|[Aa]n?)[ \t]+(?=\S)(?![\w.&-]+['’]s?\b(?![\w-]))")


_LEADING_PRONOUN = re.compile(
    r"^(?:Its|His|Her|Their|Our)[ \t]+(?!Majesty|Excellency|Royal|Honour)(?=[A-Z])"
)


def as_role(affiliation: str | None, text: str = "") -> str | None:
    """An affiliation as a role, without its article: "the energy minister" -> "energy minister"
    ("a researcher at the museum" -> "researcher at the museum"); a citation reads "X, energy
    minister".  A role capitalised only because it opens a sentence ("Energy analyst Chris
    Yelland said") is written in lower case, as it reads inside a sentence."""
    if not affiliation:
        return affiliation
    if affiliation.startswith(("The ", "A ", "An ")) and not _LEADING_ARTICLE.match(affiliation):
        affiliation = affiliation[0].lower() + affiliation[1:]  # kept: it opened a sentence
    # "Its Head of Corporate Affairs" (a sentence's start): whose it is was said before; the
    # title stands alone in a citation ("his wife" keeps its pronoun: "wife" alone says less)
    affiliation = _LEADING_PRONOUN.sub("", affiliation, count=1) or affiliation
    m = _LEADING_ARTICLE.match(affiliation)
    rest = affiliation[m.end() :] if m else affiliation
    role = rest if len(rest) >= 3 else affiliation
    described = _AGE_AND_CLAUSE.fullmatch(role)
    if described is not None and described.group("role") not in _NO_ROLE_ALONE:
        # "a 67-year-old retiree who lives near Dundas": the role is "retiree"; the age and
        # the relative clause describe the person
        role = described.group("role")
    words = role.split()
    first = words[0]
    if (
        text
        and not first.endswith(".")  # an abbreviated title stays as written: "Coun."
        and first[:1].isupper()
        and first[1:].islower()
        and all(w.islower() for w in words[1:])
        and ((len(first) > 4 and role_noun(first.lower())) or first.lower() in _ROLE_MODIFIERS)
        and first.lower() not in DEMONYMS  # ("Australian" keeps its capital)
        and _only_at_sentence_starts(text, role)
    ):
        role = first.lower() + role[len(first) :]
    return role


# Person nouns that say nothing without their clause: "a man who runs the shop" stays whole.
_NO_ROLE_ALONE = word_set("man woman person boy girl child people men women")
_AGE_AND_CLAUSE = re.compile(
    r"(?:\d{1,3}-year-old\s+)?(?P<role>(?!(?:who|whose|which)\b)[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?"
    # (capitalised words too, before a relative clause: "German center-right MEP who steered")
    r"|[\w'’-]+(?:\s+[\w'’-]+){0,6}?(?=\s+(?:who|whose|which)\s))"
    r"(?:\s+(?:who|whose|which)\s.*)?",
    re.DOTALL,
)
# Common words before a role noun that are never a name ("Energy analyst", "County officer").
_ROLE_MODIFIERS = word_set(
    "chief senior deputy assistant associate acting former executive managing general lead "
    "principal regional local energy finance health security political economic policy "
    "industry market trade transport education housing justice defence defense "
    "foreign interior environment science technology research legal medical police military"
)


def _only_at_sentence_starts(text: str, role: str) -> bool:
    places = [m.start() for m in re.finditer(re.escape(role), text)]
    return bool(places) and all(
        p == 0 or text[p - 1] == "\n" or text[max(0, p - 2) : p] in (". ", "! ", "? ", '" ', "” ")
        for p in places
    )


_OF_ORG = latin_re(
    r"[ \t]+(?:of|from|at)[ \t]+(?P<org>(?:the[ \t]+)?[A-Z][\w'’&.-]*"
    r"(?:[ \t]+(?:(?:of|for|and|on|the)[ \t]+)*[A-Z][\w'’&.-]*)*)"
    r"(?=[ \t]*[,.;:!?)]|[ \t]+(?:said|says|told|who|in|on|and)\b)"
)


def of_organisation_for(text: str, index: NameIndex, name: str) -> str | None:
    """An organisation written right after the name: "Prof Naveed Sattar of the University of
    Glasgow", "Stacy Rasgon from Bernstein"."""
    words = tuple(name.split())
    last = words[-1] if words else ""
    for run in index.by_last.get(last, ()):
        m = _OF_ORG.match(text, run.end)
        if m and any(w.lower() in ORG_WORDS for w in m.group("org").split()):
            return m.group("org")
    return None


def article_affiliation(text: str, index: NameIndex, name: str) -> str | None:
    if name not in index.affiliation_cache:
        index.affiliation_cache[name] = _article_affiliation(text, index, name)
    return index.affiliation_cache[name]


def _article_affiliation(text: str, index: NameIndex, name: str) -> str | None:
    title = title_for(index, name)
    if title and all(w.lower().rstrip(".") in _ACADEMIC for w in title.split()):
        # "Professor Dr. Nor Azlina binti Hashim, Vice-Chancellor of USM": a rank, and the
        # office after the name says more
        return apposition_for(text, index, name) or role_before_for(text, name) or title
    return (
        title
        or lowercase_role_for(text, name)
        or apposition_for(text, index, name)
        or role_before_for(text, name)
        or of_organisation_for(text, index, name)
        or court_role_for(text, name)
        or title_for(index, name, honorifics=True)
    )


# How British and Irish court reports bring in counsel: "Prosecuting, Rebecca Lane told the
# court", "Mitigating, Tom Ashby said"
_COURT_ROLES = {"prosecuting": "prosecutor", "defending": "defence counsel",
                "mitigating": "defence counsel"}


_COURT_OPENING = re.compile(r"(?:Prosecuting|Defending|Mitigating),")


def court_role_for(text: str, name: str) -> str | None:
    """Counsel's role from the participle a court report opens the sentence with."""
    if " " not in name or _COURT_OPENING.search(text) is None:  # (most texts: one scan)
        return None
    m = re.search(
        r"(?:^|(?<=[.!?][ \t])|(?<=\n))(Prosecuting|Defending|Mitigating),[ \t]+(?:"
        + _FORM_OF_ADDRESS
        + r"[ \t]+)?"
        + name_pattern(name),
        text,
    )
    return _COURT_ROLES[m.group(1).lower()] if m else None


_NOT_IN_PORTFOLIO = word_set("he she it they we i you this that the a an his her its their our my")


def _with_portfolio_before(text: str, index: NameIndex, title: str) -> str:
    """A title whose portfolio began before an "and" the name's run stopped at, whole:
    "Rural Development Deputy Minister" -> "Lands, Agriculture, Fisheries, Water and Rural
    Development Deputy Minister"; "Finance and Economic Development Minister"."""
    first = title.split(" ", 1)[0]
    if " " not in title or first.lower() in TITLE_WORDS or f"and {title}" not in text:
        return title
    m = re.search(
        # (after an opening phrase too: "Speaking at a field day in Mazowe, Lands, ...")
        # (and after the office it belongs to: "Deputy Minister of Lands, ..., Water and")
        r"(?:^|(?<=[.!?,][ \t])|(?<=\n))((?:(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:of|for)[ \t]+)?"
        rf"(?:{_PORTFOLIO},[ \t]+)*{_PORTFOLIO},?[ \t]+and[ \t]+)"
        + re.escape(title),
        text,
    )
    if m is None:
        return title
    words = re.findall(r"[\w'’.-]+", m.group(1))[:-1]
    for w in words:
        # "Mr Smith and Health Minister Jane Doe", "He and House Judiciary Committee Chairman
        # Bob Goodlatte": two people, not a portfolio
        low = w.lower()
        if low in _NOT_IN_PORTFOLIO or low in _HONORIFICS:
            return title
        if any(len(run.name) > 1 for run in index.by_last.get(w, ())):
            return title
    return m.group(1) + title


def complete_portfolio(text: str, index: NameIndex, name: str, role: str) -> str:
    """A role the parser cut at a portfolio's first comma, whole: "The Minister for Tourism"
    -> "The Minister for Tourism, Arts and Culture" when the article gave the name that role;
    a title whose portfolio began before an "and" ("Finance and Economic Development
    Minister"), whole too."""
    role = _with_portfolio_before(text, index, role)
    if " " not in name or f"{role}, " not in text:  # (the scan only where it can help)
        return role
    full = role_before_for(text, name)
    if full and len(full) > len(role) and full.startswith(role) and full[len(role)] == ",":
        return full
    return role
