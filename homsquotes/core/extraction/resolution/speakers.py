"""From a speaker mention to a speaker: fullest name, spelling variants, pronouns, speaker type.

Names are found by their capitals over the whole article (cheap, no parse): a capitalised run
such as "UN-Arab League Envoy Lakhdar Brahimi" gives the name "Lakhdar Brahimi" once the title
words are cut off.  A short or misspelt mention ("Brahimi", "Nryabia") goes to the fullest
name in the same article that ends in the same word, or in a close spelling of it (rapidfuzz,
limited to names already in the article, so a variant never invents a new person).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from homsquotes.core.extraction.attribution.cues import (
    CUE_VERBS,
    DOCUMENT_WORDS,
    ORG_WORDS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    THING_PRONOUNS,
    TITLE_WORDS,
    role_noun,
    word_set,
)
from homsquotes.core.extraction.capitals import latin_re
from homsquotes.core.extraction.layout.nicknames import Nickname
from homsquotes.core.name_order import family_name_first

# A full stop belongs to a name word only in initials and short abbreviations ("P.", "Sen.",
# "U.S."); otherwise it ends a sentence and must not join "Bush. Weaver" into one name.
# Invisible characters pasted text carries inside names ("Ah\u200bmed Ali"): a name is matched
# across them and written without them, while offsets stay those of the text as read.
_JOINERS = "\u200c\u200d\u00ad"  # inside a word: zero-width (non-)joiner, soft hyphen
_BREAKS = "\u200b\u2060\ufeff"  # between words or inside one: zero-width space, word joiner, BOM
# Abbreviations a name may carry (a title or a suffix); any other short word with a full stop
# ends a sentence: "the Freedom of Information Act. But Trump" is no name "Act But Trump".
# (resolve's subject patterns take the longer ones from here too.)
# fmt: off
NAME_ABBREVIATIONS = (
    "Mr", "Mrs", "Ms", "Mx", "Dr", "St", "Jr", "Sr", "Sen", "Rep", "Gov", "Gen", "Col", "Lt",
    "Maj", "Sgt", "Adm", "Rev", "Hon", "Rt", "Ft", "Mt", "Co", "Inc", "Ltd", "Cpl", "Pvt", "Capt",
    "Cmdr", "Cdr", "Brig", "Prof", "Supt", "Insp", "Det", "Cllr", "Coun", "Fr", "Sra", "Srta",
    "Mme", "Mlle", "Messrs", "Atty", "Amb", "Pres", "Sec", "Gens", "Reps", "Sens", "Bros", "Corp",
    "Esq", "Ph", "Eng", "Engr", "Ma", "Msgr", "Mgr", "Dra", "Ing", "Pte", "Const", "Wm", "Chas",
    "Jas", "Thos", "Geo", "Asst", "Assoc", "Lieut", "Comm", "Smt", "Mohd", "Km",
)
# fmt: on
# Given names that end like a role noun ("-er", "-or", "-ist", "-ian"): never cut off a name
# as its holder's role.
GIVEN_NAMES_LIKE_ROLES = word_set(
    "peter esther jennifer heather christopher oliver walter victor hector taylor tyler "
    "brian julian vivian christian damian adrian lillian gillian jillian marian dorian florian "
    "sebastian maximilian jasper alexander xander skylar schuyler homer roger luther chester "
    "lester webster spencer fletcher hunter carter parker baxter dexter foster sawyer "
    "conor connor trevor igor gregor eleanor leonor salvador nestor amor "
    "pieter dieter werner rainer reiner gunter günter xavier javier olivier didier casper "
    "kasper amber summer"
)
# An elected member's letters ("Geta MCA Esther Nyokabi Mwaura", "asked SJB Colombo District MP
# Chaminda Welikala"): a name run that holds them starts after them.
MEMBER_LETTERS = frozenset(
    {"MP", "MLA", "MEP", "MSP", "MPP", "MNA", "MPA", "TD", "MHA", "MHK", "MCA", "MLC", "MHR"}
)
# Prefixes joined to a name word by a hyphen: Arabic articles ("al-Hathloul"), "bin-", "abu-",
# and the South Asian "ul-Haq", "ud-Din". One list for every pattern that reads names.
NAME_PREFIXES = "al|el|ad|as|ash|bin|ibn|abu|ul|ud|ur|uz"
_NAME_WORD = (
    rf"(?:(?:{NAME_PREFIXES})-)?(?:(?:{'|'.join(NAME_ABBREVIATIONS)})\.|[A-Z](?:\.[A-Z])*\.|"
    # (never ending in an apostrophe: a closing quotation mark or a plural possessive ends
    # the run, as in the headline "'Bomber' Baptiste retains title")
    # (but the Malay style "Dato’" keeps its apostrophe)
    rf"[A-Z](?:\.[A-Z])+|Dato['’]|[A-Z](?:[\w'’{_JOINERS}{_BREAKS}-]*[\w{_JOINERS}{_BREAKS}-])?)"
)
_PARTICLE = (
    r"(?:al|bin|binti|bint|ibn|de|del|della|van|von|der|den|la|le|du|da|di|dos|y|ap|ab|ni|nic)"
)
_GAP = rf"[ \t{_BREAKS}]+"
# (up to two particles between name words: "Ruud van der Heijden", "Jorge de la Fuente")
NAME_RUN = latin_re(rf"(?<![\w-]){_NAME_WORD}(?:{_GAP}(?:{_PARTICLE}{_GAP}){{0,2}}{_NAME_WORD})*")
_INVISIBLE = re.compile(rf"[{_JOINERS}{_BREAKS}]")


def name_pattern(name: str) -> str:
    """A pattern for `name` as the text may write it: any run of spaces between its words (a
    blanked nickname leaves several: "Mikkel             Sørensen")."""
    return _GAP.join(re.escape(w) for w in name.split())


def visible(name: str) -> str:
    """A name as a reader sees it: no invisible characters, single spaces."""
    return " ".join(_INVISIBLE.sub("", name).split())


POSSESSIVE = re.compile(r"['’]s?$")
# Capitalised words that start sentences or name months and days, never a person's name.
NOT_NAMES = word_set(
    # (an organisation's epithet opening a sentence: "Rival Veritron played down the launch")
    "rival rivals "
    "the a an and but or so yet in on at of for to by with from as if when while after before "
    "this that these those there here it its he she they we i you his her their our my your "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december"
)


_TITLE_OF_HEAD = (
    r"\b(?:"
    + "|".join(sorted(w.capitalize() for w in TITLE_WORDS if w.isalpha()))
    # ("Senior Minister of State for Transport Chan Li Ping")
    + r")(?:[ \t]+of[ \t]+State)?[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
)
TITLE_OF = latin_re(_TITLE_OF_HEAD + "$")
# A portfolio of several before a run that ends in a name written family name first: "Senior
# Minister of State for Sustainability and the Environment Koh Poh Wen" (the run is the
# portfolio's last words and the name).
TITLE_OF_PORTFOLIO = latin_re(
    _TITLE_OF_HEAD + r"[A-Z][\w'-]*(?:,?[ \t]+[A-Z][\w'-]*){0,4},?[ \t]+and[ \t]+(?:the[ \t]+)?$"
)
_HEAD_ENDS = word_set("for of at from with in on to who which that")


@dataclass(frozen=True, slots=True)
class NameRun:
    start: int
    end: int
    title: tuple[str, ...]  # leading title words ("UN-Arab", "League", "Envoy")
    name: tuple[str, ...]  # the name proper ("Lakhdar", "Brahimi")
    title_text: str = ""


# Sentence openers the capitalised run picks up at a sentence start (kept in step with
# plausibility.OPENERS, which trims them from mentions).
OPENERS = word_set(
    "perhaps currently not unlike maybe indeed meanwhile however still also even only now then "
    "today yesterday tonight earlier later finally instead similarly likewise yet besides "
    "moreover nonetheless nevertheless again actually notably though although while whereas "
    "because since unless no yes oh well ok okay"
)


# Words that open a question or a participle clause in a headline, before a name: "Did",
# "Will", "Debating", "Why".  Cut only when a name of two words or more remains ("Will Smith"
# stays whole).
_CLAUSE_OPENERS = word_set(
    "did does do is was were has have had can could would should will shall must might why what "
    "how where when who whose which inside behind meet"
)


def _opens_question_or_clause(word: str) -> bool:
    low = word.lower()
    return low in _CLAUSE_OPENERS or (low.endswith("ing") and len(low) > 5 and low.isalpha())


def clean_word(word: str) -> str:
    word = POSSESSIVE.sub("", _INVISIBLE.sub("", word)).rstrip(",")
    # an initial keeps its full stop ("Paul D. Ryan"); elsewhere the stop ends a sentence
    # (and initials run together: "J.J. MacNab", "George H.W. Bush")
    if not word.endswith("."):
        return word
    return word if _INITIALS.fullmatch(word) else word.rstrip(".")


_INITIALS = latin_re(r"[A-Z](?:\.[A-Z])*\.")


@functools.lru_cache(maxsize=4096)
def _base_letter(letter: str) -> str:
    """The letter without its accent, in lower case: "Ö" -> "o" ("Ozdemir" is "Özdemir")."""
    return unicodedata.normalize("NFKD", letter)[:1].lower()


_MALAY_STYLES = word_set("datuk dato dato' dato’ datin tan tun")


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Cut leading title words: everything up to the last word that is a title."""
    last = -1
    for i, w in enumerate(words[:-1]):
        low = w.lower()
        # a hyphenated title ends in a title word: "Secretary-General", "Vice-President"
        if low.rstrip(".") in TITLE_WORDS or low.split("-")[-1] in TITLE_WORDS:
            last = i
        elif low in ("seri", "sri") and i > 0 and words[i - 1].lower() in _MALAY_STYLES:
            last = i  # "Datuk Seri Anwar", "Tan Sri Muhyiddin": one style in two words
    return words[: last + 1], words[last + 1 :]


_LEAD_VERB = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?[a-z]{2,}")


def _capitals_lead(text: str, start: int, end: int, name: list[str]) -> bool:
    """A name in capitals opening a paragraph, as tabloids and sport desks write a lead's
    subject ("BRENDAN RODGERS has demanded"); never the headline, nor a dateline ("NEW
    DELHI:", "ACCRA —"), which no lower-case verb follows."""
    return (
        len(name) >= 2
        and all(
            len(w) > 1
            and w.isupper()
            and w.replace("'", "").replace("’", "").replace("-", "").isalpha()
            for w in name
        )
        and start > 0
        and text[start - 1] == "\n"
        and _LEAD_VERB.match(text, end) is not None
    )


# What follows the name of a prize ("Sportswoman of the Year", "Player of the Match").
AWARD_AFTER = re.compile(
    r"[ \t]+of[ \t]+the[ \t]+(?:Year|Match|Season|Series|Tournament|Month|Week|Decade)\b"
)


def find_name_runs(text: str) -> list[NameRun]:
    runs = []
    for m in NAME_RUN.finditer(text):
        words = m.group().split()
        for i in range(len(words) - 1, 0, -1):
            if words[i - 1].endswith(".") and (
                clean_word(words[i]).lower() in NOT_NAMES or words[i].lower() in OPENERS
            ):
                words = words[i:]  # "the U.S. While Clinton ...": a sentence ends in "U.S."
                break
        while words and (
            clean_word(words[0]).lower() in NOT_NAMES or words[0].lower().rstrip(".,") in OPENERS
        ):
            words = words[1:]  # "Perhaps Tracy Morgan", "Unlike Al Mnajer", "No. It"
        while len(words) > 2 and _opens_question_or_clause(words[0]):
            words = words[1:]  # headlines: "Did Donald Trump really ...", "Debating Clinton's"
        while words and clean_word(words[-1]).lower() in NOT_NAMES:
            words = words[:-1]  # "Paul D. Ryan. He's": not "Ryan He"
        if len(words) > 1 and words[0].lower() in CUE_VERBS and words[0].lower() != "said":
            words = words[1:]  # "Continued Stone:", "Added Reyes:" (an inverted cue)
        owned = [i for i, w in enumerate(words[:-1]) if POSSESSIVE.search(w) and w[-1] in "sS"]
        if owned and len(words) - owned[-1] > 2:
            # "Al Jazeera's Hoda Abdel-Hamid": the possessor is not part of the name (but
            # "Bush's Facebook" stays whole: one word after it is rarely a person)
            words = words[owned[-1] + 1 :]
        letters = [i for i, w in enumerate(words[:-2]) if w in MEMBER_LETTERS]
        if letters:
            words = words[letters[-1] + 1 :]
        words = [w for w in (clean_word(w) for w in words) if w]
        if not words or len(words) > 7:
            continue
        if len(words) > 2 and TITLE_OF.search(text, max(0, m.start() - 40), m.start()):
            # "Secretary of State Antony Blinken": the run starts inside the title (three words
            # for "Secretary for Housing Winnie Ho Wing-yin")
            english_given = (
                _CHINESE_GIVEN.fullmatch(words[-1])
                and not words[-3].lower().endswith(_OFFICE_OBJECT_ENDINGS)
                and words[-3].lower() not in TITLE_WORDS | ORG_WORDS
            )
            # ("Minister of State for Transport Chan Li Ping": a family name, then two given)
            family_first = len(words) > 3 and _family_first(words[-3:])
            words = words[-3:] if english_given or family_first else words[-2:]
        elif (
            len(words) > 3
            and _family_first(words[-3:])
            and TITLE_OF_PORTFOLIO.search(text, max(0, m.start() - 110), m.start())
        ):
            words = words[-3:]
        first = words[0].lower() if words else ""
        if (
            len(words) > 2
            and first not in TITLE_WORDS
            and role_noun(first)
            and (first in PERSON_NOUNS or first not in GIVEN_NAMES_LIKE_ROLES)
            and not words[1].islower()  # "Pieter van der Merwe": a given name, then particles
        ):
            # "Lawyer Imran Khan said": a role noun capitalised at the start of a sentence (a
            # listed one, or any word with a role's ending that is no given name: "Peter Gitau
            # Wachira", "Esther Nyokabi Mwaura" keep their first names)
            words = words[1:]
        words = without_written_age(words)  # "Seventeen-year-old Tama Whaanga delivered"
        title, name = split_title(words)
        if not name or all(w.lower() in NOT_NAMES for w in name):
            continue
        if len(name) == 1 and name[0].lower() in _OFFICE_ONLY:
            continue  # "Chief Executive Officer of PayKente": an office, no one's name
        if AWARD_AFTER.match(text, m.end()):
            continue  # "her fifth Kenya Sportswoman of the Year award": a prize, no one's name
        if _capitals_lead(text, m.start(), m.end(), name):
            name = [w.title() for w in name]  # "BRENDAN RODGERS has demanded": Brendan Rodgers
        title_text = ""
        if title:
            # the title as written (keeps hyphens and spacing), up to the last title word
            end_word = title[-1]
            i = m.group().find(end_word)
            stop = i + len(end_word) + (m.group()[i + len(end_word) : i + len(end_word) + 1] == ".")
            title_text = m.group()[m.group().find(title[0]) : stop] if i >= 0 else ""
        runs.append(NameRun(m.start(), m.end(), tuple(title), tuple(name), title_text))
    return _with_particles(text, runs)


_PARTICLE_WORD = re.compile(_PARTICLE, re.IGNORECASE)
_PARTICLES_BEFORE = re.compile(rf"(?<![\w-])((?:{_PARTICLE}[ \t]+){{1,2}})$", re.IGNORECASE)


def _with_particles(text: str, runs: list[NameRun]) -> list[NameRun]:
    """A surname written later with its particles ("Back at the fence line, van der Merwe
    watches", "Van der Merwe said") is the name "Pieter van der Merwe" ends with, particles
    and all, as written there: a run only starts at a capital, so it would lose them."""
    tails = {
        tuple(w.lower() for w in run.name[i:])
        for run in runs
        if len(run.name) > 2
        for i in range(1, len(run.name) - 1)
        if run.name[i].islower() and not run.name[i - 1].islower()
    }
    if not tails:
        return runs
    out = []
    for run in runs:
        lowered = tuple(w.lower() for w in run.name)
        if lowered in tails and run.name[0] != lowered[0]:
            # "Van der Merwe" opening a sentence: the particle as the full name writes it
            run = NameRun(run.start, run.end, run.title, lowered[:1] + run.name[1:], run.title_text)
        elif not run.title:
            m = _PARTICLES_BEFORE.search(text, max(0, run.start - 16), run.start)
            if m:
                particles = tuple(m.group(1).split())
                if tuple(p.lower() for p in particles) + lowered in tails:
                    name = tuple(p.lower() for p in particles) + run.name
                    run = NameRun(m.start(), run.end, run.title, name, run.title_text)
        out.append(run)
    return out


class NameIndex:
    """The article's names, for fullest-name lookup and variant matching."""

    def __init__(self, text: str, nicknames: Sequence[Nickname] = ()) -> None:
        self.text = text
        self.runs = find_name_runs(text)
        # a nickname alone ("frostbyte said") stands for the name it was written inside
        self.nicknames: dict[str, NameRun] = {}
        for nick in nicknames:
            run = next((r for r in self.runs if r.start < nick.start < r.end), None)
            if run is not None and len(run.name) > 1:
                self.nicknames.setdefault(nick.word.lower(), run)
        # runs by their last word: lookups stay fast in book-length texts
        self.by_last: dict[str, list[NameRun]] = {}
        for run in self.runs:
            self.by_last.setdefault(run.name[-1], []).append(run)
            bare = _bare(run.name[-1])
            if bare != run.name[-1]:
                # "Burhan" later stands for "Abdel Fattah al-Burhan"
                self.by_last.setdefault(bare, []).append(run)
            if 1 < len(run.name) <= 3 and _CHINESE_GIVEN.fullmatch(run.name[-1]):
                # "Winnie Ho Wing-yin", "Ho said": a Chinese surname before its given name
                self.by_last.setdefault(run.name[-2], []).append(run)
            elif len(run.name) == 3:
                order = family_name_first(list(run.name))
                if order is not None and order["family"] == run.name[0]:
                    # "Tan Ah Lian ... said Madam Tan", "Lee Hsien Loong ... Lee said"
                    self.by_last.setdefault(run.name[0], []).append(run)
        self.starts = [run.start for run in self.runs]  # (for bisect: runs near a place)
        first_line = text.find("\n")
        self.headline_end = first_line if 0 < first_line <= 200 else 0
        self._headline_words: set[str] | None = None
        self._cache: dict[str, tuple[str, NameRun | None]] = {}
        # article_affiliation's answers per name: each is a scan of the text, and a speaker
        # with no affiliation would otherwise be searched again for every quotation
        self.affiliation_cache: dict[str, str | None] = {}

    def fullest(self, mention: str) -> tuple[str, NameRun | None]:
        """Fullest article name for a name mention; the mention itself when none is fuller."""
        if mention not in self._cache:
            self._cache[mention] = self._fullest(mention)
        return self._cache[mention]

    def _fullest(self, mention: str) -> tuple[str, NameRun | None]:
        # a name hyphenated across a hard-wrapped line ("Rein-\nhart said") is one word
        mention = WRAP_HYPHEN.sub(r"\1\2", mention)
        nicknamed = self.nicknames.get(clean_word(mention.strip()).lower())
        if nicknamed is not None:
            return " ".join(nicknamed.name), nicknamed
        words = [w for w in (clean_word(w) for w in mention.split()) if w]
        if without_written_age(words) is not words:
            words = words[1:]
            mention = mention.split(None, 1)[1]
        _title, name = split_title(words)
        if not name or (_title and len(name) == 1 and name[0].lower() in _OFFICE_ONLY):
            return mention, None  # ("Madam Speaker", "Mr President": the address is the name)
        last = name[-1]
        if len(name) > 1 and name[0][:1].isupper() and _PARTICLE_WORD.fullmatch(name[0]):
            lowered = [name[0].lower(), *name[1:]]  # "Van der Merwe said": van der Merwe
            if any(_contains(r.name, lowered) for r in self.by_last.get(last, ())):
                name = lowered
        best = self._likeliest([r for r in self.by_last.get(last, ()) if _contains(r.name, name)])
        if (best is None or len(best.name) == 1) and len(name) == 1 and len(last) > 2:
            # a first name alone ("And Donald, then in college, did not approve"): the
            # person the article names with it in full
            full = [
                r
                for r in self.runs
                if len(r.name) > 1 and r.name[0] == last and self.names_a_person(r)
            ]
            best = self._likeliest(full) or best
        if (best is None or len(best.name) <= len(name)) and len(name) >= 2:
            # a name without its last part, as Malay and Arabic names are shortened ("Ahmad
            # Fadzil said", after "Datuk Seri Ahmad Fadzil Ismail"): the one fuller name
            # that opens with it
            longer = {
                r.name
                for r in self.runs
                if len(r.name) == len(name) + 1 and list(r.name[:-1]) == name
                and self.names_a_person(r)
                # (never a possessive the run read on through: "Ted Cruz’s Super Tuesday")
                and not re.search(r"['’]s\b|\n", self.text[r.start : r.end])
            }
            if len(longer) == 1:
                full = next(iter(longer))
                best = next(r for r in self.runs if r.name == full)
        if (best is None or len(best.name) <= len(name)) and len(last) >= 5:
            # a misspelling of a fuller name in the same article ("Nryabia" / "Nyrabia")
            for other, runs in self.by_last.items():
                if other == last or abs(len(other) - len(last)) > 2:
                    continue
                if _base_letter(other[0]) != _base_letter(last[0]):
                    continue  # a misspelling keeps the first letter: "Zukić" is not "Đukić"
                if fuzz.ratio(other, last) < 80:
                    continue
                for run in runs:
                    longer = best is None or len(run.name) > len(best.name)
                    # (a misspelt surname keeps its given names: "Rashida Khatun" is never
                    # "Md Abdur Rahim Khan")
                    given = all(w in run.name[:-1] for w in name[:-1])
                    if len(run.name) > len(name) and longer and given:
                        best = run
        if best is None or len(best.name) < len(name):
            return " ".join(name), best
        return " ".join(best.name), best

    def names_a_person(self, run: NameRun) -> bool:
        """A run that reads as a person's full name: not "the Trump Train", "an Obama
        Republican", "of Latino Elected Officials", nor an organisation's name."""
        before = self.text[max(0, run.start - 6) : run.start]
        if DETERMINED.search(before) or _PLACED.search(before):
            return False
        line_start = self.text.rfind("\n", 0, run.start) + 1
        line_end = self.text.find("\n", run.end)
        words = self.text[line_start : line_end if line_end >= 0 else len(self.text)].split()
        if len(words) >= 4 and sum(w[:1].isupper() for w in words) > 0.6 * len(words):
            return False  # a headline's capitals ("ESPN Fires Schilling Over Post")
        return speaker_type_of(" ".join(run.name)) == "person"

    def _likeliest(self, runs: list[NameRun]) -> NameRun | None:
        """The fullest of the names a mention may stand for.  A name that only puts words
        before a name written more often is not fuller ("the Real Donald Trump" of a book
        title, "Debating Clinton" of a headline).  When the names are different people ("Bush"
        in an article naming Jeb Bush and George W. Bush), the one the article names first:
        a paper gives its main subject the bare surname and names the others in full.  A
        name only the headline gives comes after the body's: its first word may be any
        word a headline capitalises ("Understated Perez raises political profile")."""
        if not runs:
            return None
        count: dict[tuple[str, ...], int] = {}
        for r in runs:
            count[r.name] = count.get(r.name, 0) + 1
        names = [
            n
            for n in count
            if not any(n[-len(c) :] == c and not_name_words(n[: -len(c)]) for c in count if c != n)
        ]
        fullest = [n for n in names if not any(o != n and _contains(o, list(n)) for o in names)]
        if not fullest:
            return None
        first = {n: min(r.start for r in runs if r.name == n) for n in fullest}
        in_body = {r.name for r in runs if r.start >= self.headline_end}
        best_name = min(
            fullest,
            key=lambda n: (
                n not in in_body and len(fullest) > 1 and self._headline_only_loses(n, runs),
                first[n],
            ),
        )
        return next(r for r in runs if r.name == best_name)

    def _headline_only_loses(self, name: tuple[str, ...], runs: list[NameRun]) -> bool:
        """A name only the headline gives yields to the body's: when its first word may be a
        headline's word, or when the body names someone in full with the same surname, and
        not as a relative ("Late Morgan try settles derby thriller" against "Gethin Morgan's
        78th-minute try"; but "Eileen Brody to stand down" against "Her son, Tom Brody")."""
        if self._led_by_a_word(name):
            return True
        for run in runs:
            if run.start < self.headline_end or len(run.name) < 2 or run.name[-1] != name[-1]:
                continue
            if not _INTRODUCED_AS_RELATIVE.search(self.text, max(0, run.start - 40), run.start):
                return True
        return False

    def _led_by_a_word(self, name: tuple[str, ...]) -> bool:
        """Whether the name's first word may be a headline's word rather than a name: the
        tagger reads it so ("Understated" VBN, "Is" VBZ, "Top" JJ; never "Eileen"), or the
        headline is in Title Case.  The headline is tagged once, and only when a name it alone
        gives competes with another."""
        if len(name) < 2:
            return False
        if self._headline_words is None:
            headline = self.text[: self.headline_end]
            words = headline.split()
            if len(words) >= 4 and sum(w[:1].isupper() for w in words) > 0.6 * len(words):
                # Title Case ("Republican Donor Adelson And Trump"): capitals say nothing
                self._headline_words = {w for w in words if w[:1].isupper()}
            else:
                from homsquotes.core.extraction.attribution.nlp import get_nlp

                self._headline_words = {
                    t.text for t in get_nlp()(headline) if not t.tag_.startswith("NNP")
                }
        return name[0] in self._headline_words

    def preceding_person(
        self, pos: int, text: str, window: int = 1500, passed: frozenset[str] = frozenset()
    ) -> str | None:
        """Fullest name of the nearest multi-word name run before pos (a pronoun's fallback).
        A run after "the" or "a" is a place, a thing or an organisation ("the Fleece Inn", "a
        Great Wall of sand"), never a person; nor is a name in brackets or quotation marks
        (a boat, a title or a translation: 'his seiner "Deniz Yıldızı" (Sea Star)'). A surname
        alone counts when the article gave it in full before and no relative shares it
        ("Yılmazer, whose boat employs 18 crew, said")."""
        candidates = []
        for run in reversed(self.runs):
            if run.end < pos - window:
                break
            if run.end > pos:
                continue
            if len(run.name) < 2:
                full = self.fullest(run.name[0])[1] if len(run.name[0]) > 2 else None
                if full is None or len(full.name) < 2 or full.start > run.start:
                    continue
                if not self.names_a_person(full):
                    continue  # a headline's "Biden Aims Insult At Trump"
                given = {r.name[0] for r in self.by_last.get(run.name[0], ()) if len(r.name) > 1}
                if len(given) > 1:
                    continue  # "Trump supporters" in an article about Donald and Melania
            if (text[run.start - 1 : run.start], text[run.end : run.end + 1]) in ENCLOSED:
                continue
            if DETERMINED.search(text[max(0, run.start - 5) : run.start]):
                continue
            possessed = text[run.end - 2 : run.end + 2].startswith(("'s", "’s")) or text[
                run.end : run.end + 2] in ("'s", "’s")
            if _PLACED.search(text[max(0, run.start - 6) : run.start]) and not possessed:
                continue  # "Sharon Berg of New York": a place ("in Salma al-Khatib's workshop"
                # is hers)
            thing = _NAMED_THING_BEFORE.search(text, max(0, run.start - 40), run.start)
            if thing is not None and not (
                    thing.group("kind") in _FOUNDED_THINGS and _FOUNDED.match(text, run.end)):
                # "in a 1994 interview with the magazine Crafts Quarterly": no one (but "the
                # company Tom Reed founded" is his)
                continue
            if on_byline(text, run.start):
                continue  # the byline's writer reports the quotation, never says it
            if all(w.isupper() and len(w) > 2 for w in run.name):
                continue  # a shouted section label ("FULL TEXT", "TOP STORIES")
            group = _GROUP_AFTER.match(text, run.end)
            if group is not None and group.group(1)[:-1] in PERSON_NOUNS:
                continue  # "Asian American and Pacific Islander voters": a word for a group
            line_end = text.find("\n", run.end) % (len(text) + 1)
            if line_end - run.start < 80 and _CREDIT_LINE.search(text, run.start, line_end):
                continue  # a photo credit's short line ("Neilson Barnard via Getty Images.")
            if speaker_type_of(" ".join(run.name)) == "person":
                candidates.append(run)
        for run in candidates:
            name = self.fullest(" ".join(run.name))[0]
            if name not in passed:  # `passed`: names the caller has ruled out (wrong gender)
                return name
        return None


WRAP_HYPHEN = re.compile(r"(\w)-\s+([a-z])")
_GROUP_AFTER = re.compile(r"(?:[ \t]+(?:and|or)(?:[ \t]+[A-Z][\w-]*){1,3})?[ \t]+([a-z]{3,}s)\b")
_CREDIT_LINE = re.compile(
    r"(?:\bvia|/|©|\bPhoto:|\bCredit:)[ \t]*(?:Getty|AP\b|AFP|Reuters|EPA|PA\b|Shutterstock|"
    r"Alamy)|\bGetty[ \t]+Images\b"
)


# Words that stand before a name without being part of it ("Republican Donald Trump", "Rival
# Hillary Clinton", "Navy SEAL Ty Woods"); a given name is never one ("Debbie Wasserman Schultz")
_BEFORE_NAMES = word_set(
    "republican republicans democrat democrats democratic gop rival rivals labour tory "
    "conservative liberal libertarian independent socialist green navy seal dj mc real "
    "against on says like but both despite of for"
)


def not_name_words(words: tuple[str, ...]) -> bool:
    """Whether every word is a party, role, opener or headline word, not a given name."""
    return all(
        (low := w.lower().rstrip(".,")) in _BEFORE_NAMES
        or low in NOT_NAMES
        or low in OPENERS
        or low in TITLE_WORDS
        or low in PERSON_NOUNS  # (not role_noun's endings: "Sebastian" ends like "historian")
        or re.search(r"-[a-z]", w) is not None  # "Thin-skinned", "Los Angeles-area"
        for w in words
    )


ENCLOSED = {("(", ")"), ("[", "]"), ('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»")}
# A text that ends in an article: what follows is a description or a thing, not a name.
DETERMINED = re.compile(r"(?:^|\W)(?:the|a|an)[ \t]+$", re.IGNORECASE)
_PLACED = re.compile(r"(?:^|\W)(?:of|in|from|at|near)[ \t]+$")


def _contains(haystack: tuple[str, ...], needle: list[str]) -> bool:
    it = iter(haystack)
    return all(any(w == h or w == _bare(h) for h in it) for w in needle)


_CHINESE_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
# what a title's office ends in ("Secretary for Security", "Minister of Unification"), never an
# English given name before a Chinese one ("Winnie Ho Wing-yin")
_OFFICE_OBJECT_ENDINGS = (
    "ity", "tion", "sion", "ment", "ance", "ence", "ing", "ure", "ary", "ism", "ics", "ice",
    "ence", "ies", "ture", "our", "ade", "age",
)
# the business a person started or runs: a contact clause ("the company Tom Reed founded")
_FOUNDED_THINGS = frozenset({"company", "firm", "shop", "restaurant", "club", "charity", "school"})
_FOUNDED = re.compile(
    r"[ \t]+(?:co-)?(?:founded|started|built|set[ \t]+up|runs|ran|owns|owned|launched)\b")
_BYLINE = re.compile(r"[Bb]y[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}(?:,[^\n]{0,40})?$")
_NOT_A_BYLINE = re.compile(
    r"[Bb]y[ \t]+(?:the[ \t]|then\b|now\b|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)")


def on_byline(text: str, pos: int) -> bool:
    """Whether pos is on a byline: a short line "By Imogen Carter-Hale[, Political Editor]",
    never a sentence that opens with "By" ("By the time Sarah Collins arrived, ...")."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return (len(line) <= 60 and not line.endswith(".") and _BYLINE.match(line) is not None
            and _NOT_A_BYLINE.match(line) is None)


# offices that are never a surname, left over when the words before them read as titles
_OFFICE_ONLY = word_set(
    "officer executive director secretary minister president chairman chairwoman chairperson "
    "manager commissioner spokesman spokeswoman spokesperson official speaker chair deputy"
)
# a name after the kind of thing it names: "the magazine Crafts Quarterly", "the boat Sea Star"
_NAMED_THING_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[\w-]+[ \t]+)?(?P<kind>magazine|"
    r"newspaper|paper|journal|website|broadcaster|channel|station|band|charity|company|firm|"
    r"ship|boat|vessel|film|book|novel|show|series|programme|program|podcast|album|song|hotel|"
    r"restaurant|pub|shop|store|school|college|hospital|club|team|horse|dog)[ \t]+$"
)
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash)[-‑]")


# "Her son, Tom Brody,", "his wife Carrie": a relative of the person a story is about
_INTRODUCED_AS_RELATIVE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[\w-]+[ \t]+)?(?:son|daughter|wife|husband|brother|"
    r"sister|father|mother|partner|widow|widower|nephew|niece|cousin|grandson|granddaughter|"
    r"uncle|aunt|child|stepson|stepdaughter)s?,?[ \t]+$"
)


def _family_first(words: list[str]) -> bool:
    order = family_name_first(words)
    return order is not None and order["family"] == words[0]


def without_written_age(words: list[str]) -> list[str]:
    """A name's words without an age written before it ("Seventeen-year-old Tama Whaanga");
    the same list when there is none."""
    if len(words) > 1 and words[0].lower().endswith("-year-old"):
        return words[1:]
    return words


def _bare(word: str) -> str:
    """A surname without its Arabic article: "al-Burhan" -> "Burhan"."""
    return _ARABIC_ARTICLE.sub("", word)


_ROMAN_NUMERAL = re.compile(r"[IVXL]+")


def _is_acronym(words: list[str]) -> bool:
    """One word of four capitals or more is a body's acronym ("NZTA", "RSPCA"); never a
    numeral, a person's three initials ("AOC"), nor a surname in capitals after a given name
    ("Emmanuel MACRON", as some papers write it)."""
    word = words[0].strip(".,") if len(words) == 1 else ""
    capitals = word.isalpha() and word.isupper()
    return len(word) >= 4 and capitals and not _ROMAN_NUMERAL.fullmatch(word)


def speaker_type_of(mention: str, is_name: bool = True) -> str:
    # strip a possessive ending only: stripping the letter s from both ends turned "spokesman"
    # into "pokesman" and "source" into "ource", so no person noun matched
    low = [POSSESSIVE.sub("", w.strip(".,")).lower() for w in mention.split()]
    low = [w for w in low if w]
    if not low:
        return "other"
    head = low[-1]
    if len(low) == 1 and low[0] in PERSON_PRONOUNS:
        return "person"
    if len(low) == 1 and low[0] in THING_PRONOUNS | PLURAL_PRONOUNS:
        return "organisation" if low[0] == "it" else "other"
    if not is_name:
        # the head noun stands before its prepositional phrase: "a spokesperson for the council"
        words = mention.split()
        cut = next(
            (
                i
                for i, w in enumerate(low)
                if w in _HEAD_ENDS and i > 0 and (i + 1 >= len(words) or words[i + 1].islower())
            ),
            len(low),
        )  # "A Department for Transport spokesperson": a capitalised name goes on
        head = low[cut - 1]
    if not is_name and (head in PERSON_NOUNS or head in TITLE_WORDS):
        # the head noun decides: "a Network Rail spokesman" is a person, "the chancellor" too
        return "person"
    if any(w in DOCUMENT_WORDS for w in low[:4]) and not is_name:
        return "document"
    # (a lower-case particle inside a name is no organisation word: "Rhodri ap Owain" is not AP)
    particles = {w.lower() for w in mention.split() if w.islower()} if is_name else set()
    if any(w in ORG_WORDS and w not in particles for w in low):
        return "organisation"
    if is_name and _is_acronym(mention.split()):
        return "organisation"  # "NZTA", "RSPCA"
    if is_name:
        return "person"
    if head in PERSON_NOUNS or any(w in PERSON_NOUNS for w in low):
        return "person"
    return "other"


def pronoun_kind(word: str) -> str | None:
    w = word.lower()
    if w in PERSON_PRONOUNS:
        return "person"
    if w in THING_PRONOUNS:
        return "thing"
    if w in PLURAL_PRONOUNS:
        return "plural"
    return None
