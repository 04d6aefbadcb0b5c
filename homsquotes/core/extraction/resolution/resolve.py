"""From an attribution to a speaker: the fullest name, pronouns, type and affiliation.

A pronoun goes to the latest earlier speaker of a fitting kind (a person for he/she, an
organisation or document for it), else to the nearest full name before it; a name goes to the
fullest form the article uses; a nominal ("Syrian state television") is its own speaker.
Affiliations found on the way are kept per speaker for the whole article.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from dataclasses import dataclass

from homsquotes.core.extraction.attribution.cues import (
    CUE_VERBS,
    DOCUMENT_WORDS,
    ORG_WORDS,
    PERSON_NOUNS,
    PRONOUNS,
    SPEECH_NOUNS,
    TITLE_WORDS,
    WEAK_CUES,
    role_noun,
    word_set,
)
from homsquotes.core.extraction.attribution.sieves import Attribution
from homsquotes.core.extraction.capitals import latin, latin_re
from homsquotes.core.extraction.resolution.affiliation import (
    ADDRESS_ONLY,
    article_affiliation,
    clean_description,
)
from homsquotes.core.extraction.resolution.epithets import epithet_gender, is_epithet, place_before
from homsquotes.core.extraction.resolution.institutions import INSTITUTION_NOUNS, institution_named
from homsquotes.core.extraction.resolution.plausibility import (
    abstraction_not_name,
    person_description,
)
from homsquotes.core.extraction.resolution.speakers import (
    AWARD_AFTER,
    DETERMINED,
    ENCLOSED,
    GIVEN_NAMES_LIKE_ROLES,
    MEMBER_LETTERS,
    NAME_ABBREVIATIONS,
    NAME_PREFIXES,
    NOT_NAMES,
    POSSESSIVE,
    TITLE_OF,
    WRAP_HYPHEN,
    NameIndex,
    NameRun,
    name_pattern,
    not_name_words,
    on_byline,
    pronoun_kind,
    speaker_type_of,
)


@dataclass(slots=True)
class Speaker:
    name: str
    type: str
    affiliation: str | None = None
    gender: str | None = None  # "m" / "f" once a he/she or an honorific has shown it
    through: str | None = None  # the document the speaker spoke through ("her statement")
    # a pronoun taken to an earlier speaker across other people named since: worth a look
    doubtful: bool = False
    chained: bool = False  # found through a paragraph that opens with a pronoun


_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_HONORIFIC_GENDER = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f"}
_HONORIFIC_GENDER |= {"dame": "f", "lady": "f"}


_FEMALE_NOUNS = word_set(
    "spokeswoman woman chairwoman congresswoman councilwoman businesswoman mother daughter "
    "sister wife girl grandmother aunt niece queen princess duchess actress waitress lady "
    "widow"
)
_MALE_NOUNS = word_set(
    "spokesman man chairman congressman councilman businessman father son brother husband boy "
    "grandfather uncle nephew king prince duke actor waiter gentleman widower"
)


# "Pryce said she", "Pryce, 54, said her": the person's own reported speech names a gender.
_SAID_PRONOUN = re.compile(
    r"(?:,[^,.;:\"“”\n]{1,80},)?[ \t]+(?:has[ \t]+|had[ \t]+)?(?:said|says|told|added|explained|"
    r"insisted|admitted|argued|warned|believes|thinks)[ \t]+(?:that[ \t]+)?(he|she|his|her)\b"
)


_HONORIFIC_GENDER_WORDS = {"Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady", "Dr"}


@functools.lru_cache(maxsize=256)
def _given_names(text: str, surname: str) -> frozenset[str]:
    """The given names the article writes before a surname (one scan per article and name)."""
    found = []
    for m in re.finditer(rf"\b{re.escape(surname)}\b", text):
        given = _GIVEN_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if given:
            found.append(given.group(1))
    return frozenset(g for g in found if g not in _HONORIFIC_GENDER_WORDS)


def _title_after_full_name(text: str, name: str) -> str | None:
    """The gender of the first bare title before the surname after the full name first
    appears: "David Lammy. Mr Lammy said" gives "m"."""
    first = re.search(name_pattern(name), text)
    surname = name.split()[-1]
    if first is None:
        return None
    for m in re.finditer(rf"\b{re.escape(surname)}\b", text[first.end() :]):
        at = first.end() + m.start()
        title = _HONORIFIC_BEFORE.search(text, max(0, at - 12), at)
        if title is not None and title.group(2) is None:
            return _HONORIFIC_GENDER[title.group(1).lower()]
    return None


@functools.lru_cache(maxsize=256)
def _bare_honorific_genders(text: str, surname: str) -> frozenset[str]:
    """The genders of the titles written straight before a surname ("Mrs Murphy", "Mr Murphy")."""
    genders = set()
    for m in re.finditer(rf"\b{re.escape(surname)}\b", text):
        title = _HONORIFIC_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if title is not None and title.group(2) is None:
            genders.add(_HONORIFIC_GENDER[title.group(1).lower()])
    return frozenset(genders)


# (fixed patterns looked for before each mention of a surname: a pattern holding the surname
# and the wide letter classes would be compiled anew for every surname)
_GIVEN_BEFORE = latin_re(r"\b([A-Z][a-z]+)[ \t]+$")
_HONORIFIC_BEFORE = latin_re(
    r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?[ \t]+(?:([A-Z][\w'’-]+)[ \t]+)?$"
)


def _gender_of(text: str, sp: Speaker, earlier: list[Speaker | None]) -> str | None:
    if sp.gender:
        return sp.gender
    for other in earlier[-200:]:  # (bounded: long texts hold thousands of quotations)
        if other is not None and other.name == sp.name and other.gender:
            return other.gender
    last = sp.name.split()[-1] if sp.name.split() else ""
    if sp.type != "person" or len(last) < 2:
        return None
    words = {w.lower() for w in sp.name.split()}
    if words & _FEMALE_NOUNS:
        return "f"  # "A spokeswoman for the airline"
    if words & _MALE_NOUNS:
        return "m"

    shared = len(_given_names(text, last)) > 1  # "Mr. Carter", and his mother Denise Carter
    for mention in re.finditer(rf"\b{re.escape(last)}\b", text):
        m = _HONORIFIC_BEFORE.search(text, max(0, mention.start() - 60), mention.start())
        if m is None:
            continue
        if m.group(2) is not None and " " in sp.name and m.group(2) != sp.name.split()[0]:
            continue  # another person of that surname
        if m.group(2) is None and shared:
            continue
        return _HONORIFIC_GENDER[m.group(1).lower()]
    related = _relation_gender(text, sp.name)
    if related is not None:
        return related  # "Her late husband, the printmaker David Harrow"; "Her husband, Pierre,"
    # "Cllr Pryce said she had written": the pronoun the name's own sentence uses for it, at
    # its first mention that has one
    for mention in re.finditer(rf"\b{re.escape(last)}\b", text):
        said = _SAID_PRONOUN.match(text, mention.end())
        if said:
            return "m" if said.group(1).lower() in ("he", "his") else "f"
    # "The team's medical officer is Dr Morag Fraser, a retired GP. She explains ...": the next
    # sentence's pronoun, when the full name is the last one its own sentence gives
    full = text.find(sp.name) if " " in sp.name else -1
    if full >= 0:
        stop = _sentence_end(text, full + len(sp.name))
        rest = text[full + len(sp.name) : stop]
        nxt = _NEXT_PRONOUN.match(text, stop)
        if nxt and not _TWO_CAPITALS.search(rest):
            return "m" if nxt.group(1) == "He" else "f"
    return None


_NEXT_PRONOUN = re.compile(r"[.!?][\"”’']?[ \t]+(He|She)\b")
# (and, only to tell apart people of one surname, the next paragraph's: an obituary's "Dr Ngozi
# Ekwueme ... has died aged 78.\n\nShe died on Saturday")
_NEXT_PARAGRAPH_PRONOUN = re.compile(r"[.!?]?[\"”’']?[ \t]*\n\s*(He|She)\b")
_TWO_CAPITALS = latin_re(r"\b[A-Z][a-z]+[ \t]+[A-Z][a-z]+")


def resolve_speaker(
    text: str,
    index: NameIndex,
    att: Attribution,
    earlier: list[Speaker | None],
    affiliations: dict[str, str],
    quote_start: int | None = None,
    previous_end: int | None = None,
) -> Speaker | None:
    """`quote_start`: where the quotation begins; an earlier sentence's subject may stand for a
    pronoun or a definite role ("the Labour leader") only if no other quotation lies between.
    `previous_end`: where the quotation before it ends (a person named since then and before
    this quotation may be the one a pronoun takes up)."""
    if att.mention is None:
        return None
    if att.cue is not None and _DOCUMENT_VERB_READ.match(text, att.cue[0]):
        # "the official report read": the parser took "report" for the verb, "official" for
        # its subject; the report is what speaks
        att = dataclasses.replace(att, mention=(att.mention[0], att.cue[1]), is_name=False)
    ms, me = att.antecedent or att.mention
    mention = text[ms:me]
    if not mention.strip():
        return None  # (the parser can take a space for a subject: "»0.«A'he said»  — ")
    joined = WRAP_HYPHEN.sub(r"\1\2", mention)
    if joined != mention:
        # "''We are going to do this right,'' Rein-\nhart said": a name broken at a line end
        name, run = index.fullest(joined)
        if run is not None and speaker_type_of(name, is_name=True) == "person":
            return Speaker(name, "person")
    nicknamed = index.nicknames.get(mention.strip().lower())
    if nicknamed is not None:
        # "frostbyte said": the nickname written inside Mikkel “frostbyte” Sørensen
        return Speaker(index.fullest(" ".join(nicknamed.name))[0], "person")
    if mention.rstrip(".").lower() in TITLE_WORDS and att.name is None:
        # "said Smt. Sunita Devi Yadav, 46,": the parser stopped at the title's full stop
        follow = _NAME_AFTER.match(text, me + (text[me : me + 1] == "."))
        if follow and _looks_like_name(_without_particles(follow.group(1))):
            return Speaker(index.fullest(follow.group(1))[0], "person")
    if (text[ms - 1 : ms], text[me : me + 1]) in ENCLOSED:
        # a gloss the parser took for a subject: the name it follows ("Paul Ryan (R-WI)"), or
        # none ('his boat "Yildiz" (Morning Star)')
        before = len(text[: ms - 1].rstrip())
        run = next((r for r in index.runs if r.end == before and len(r.name) > 1), None)
        if run is None:
            return None
        ms, me = run.start, run.end
        mention = text[ms:me]
    from_place = place_before(text, ms)
    if from_place is not None and not (att.is_name and " " in mention):
        ms = from_place  # "the 27-year-old from Osaka said": the age, not the town, says it
        mention = text[ms:me]
    holder = _role_holder_after(text, index, ms, me) if att.is_name else None
    if holder is not None:
        # "shouted Cárdenas Robles' manager, Héctor Valdespino,": the possessor's man speaks
        name, role = holder
        affiliations.setdefault(name, role)
        return Speaker(name, "person")
    low = mention.lower()
    barrier = ms if quote_start is None else min(ms, quote_start)
    head_word = low.split()[-1].rstrip("s") if low.split() else ""
    if ms < index.headline_end and len(low.split()) <= 3 and (
        role_noun(head_word) or head_word in ("mp", "mla", "msp", "td", "mep")
    ) and (" " not in mention or not att.is_name or mention.split()[-1].isupper()):
        # a headline's "Magistrate slams 'reckless' tradie", "'...', says Labour MP": the one
        # magistrate or MP the body names
        # (read from the body's top: the person the story brings in first)
        reach = min(len(text), index.headline_end + _ROLE_REACH)
        holder = _person_with_role(text, index, f"the {head_word}", reach)
        if holder is not None:
            holder.doubtful = True  # (a headline's words, read against the whole body)
            return holder
    if low in ("one", "another"):
        # "Spurs fans on social media were less forgiving. One wrote:": one of that group
        group = _GROUP_BEFORE.search(text, max(0, ms - 300), ms)
        if group is not None:
            single = _singular(group.group("group").lower())
            kind = (group.group("kind") or "").split()
            if kind and not _written_capitalised(text, kind[0], group.start("kind")):
                kind[0] = kind[0].lower()  # "Angry local shopkeepers", but "Spurs fans"
            if single in _GROUP_PEOPLE or role_noun(single):
                phrase = " ".join([*kind, single])
                return Speaker(f"{_article_for(phrase.split()[0])} {phrase}", "person")
        last = earlier[-1] if earlier else None
        if low == "another" and last is not None and last.name.startswith(("a ", "an ")):
            # ""Q1," one wrote. Another posted: "Q2"": another of the group "one" was from
            return Speaker(f"another {last.name.split(' ', 1)[1]}", "person")
    if low in _SOME_OF_THEM:
        # "several residents said they call ahead, and some said they had "stopped counting
        # on it"": some of the group the sentence named
        sentence = _last_sentence_end(text, ms)
        groups = list(_GROUP_IN_SENTENCE.finditer(text, max(sentence, ms - 300), ms))
        group = groups[-1] if groups else None
        if group is not None:
            noun = group.group("group").lower()
            if _people_noun(noun):
                return Speaker(noun, "person")
    cue = text[att.cue[0] : att.cue[1]].lower() if att.cue else ""
    if is_epithet(mention) and cue not in ("reported", "reports"):  # ("the Australian reported")
        return _epithet_person(
            text, index, mention, (ms, me), barrier, previous_end, earlier, affiliations, cue
        )
    if low in ("the accused", "the defendant", "the appellant"):
        # a court report's "the accused told him ..." is the one it has plead, appear or be
        # charged, sentenced or jailed (never the detective who gave evidence)
        charged = None
        for m in _CHARGED.finditer(text, 0, ms):
            charged = m
        if charged is not None:
            name, _run = index.fullest(charged.group("name"))
            if len(name.split()) > 1:
                affiliations.setdefault(name, low.split()[1])
                return Speaker(name, "person")
    aged_name = _AGED_NAME.match(mention)
    if aged_name is not None:
        # "said the 34-year-old Durrani at the post-match presentation": the name after the age
        name, _run = index.fullest(aged_name.group("name"))
        written = aged_name.group("name")
        completes = len(name.split()) > len(written.split())  # ("Durrani")
        rest = mention[aged_name.end() :]
        plain = (not re.match(r"[ \t]+[a-z]", rest)  # ("the 22-year-old Manchester United striker")
                 and not written.split()[-1].lower().endswith(_DEMONYM_ENDINGS))
        if (len(name.split()) > 1 and speaker_type_of(name, is_name=True) == "person"
                and (completes or plain)):
            # (never "the 34-year-old Irishman", "the 22-year-old Manchester United striker")
            return Speaker(name, "person")
    # ("the mother of four said" describes, like an age, the person just brought in)
    age = _AGE_NOMINAL.match(text, ms) or _PARENT_OF.fullmatch(mention)
    if low in ("i", "me", "my", "you") and _printed_interview(text):
        # an interview printed as questions and answers: "I" in an answer, and the "you" the
        # interviewer asks, are the interviewee
        asked = _asking_paragraph(text, ms)
        interviewee = _interviewee(text, index) if asked == (low == "you") else None
        if interviewee is not None:
            return interviewee
    if low in PRONOUNS or age:
        # "the 45-year-old said" refers back like "he" or "she"
        kind = "person" if age else pronoun_kind(low)
        gender = _PRONOUN_GENDER.get(low)
        parent_of = _PARENT_OF.fullmatch(mention)
        if parent_of is not None:  # "the mother of four" is a woman
            gender = "m" if parent_of.group("parent").lower().endswith(("father", "dad")) else "f"
        sp = _speaker_earlier_in_sentence(text, index, ms) if kind == "person" else None
        if sp is None and kind == "person" and not age:
            sp = _beat_person(text, index, barrier, gender, earlier)
        if sp is None:
            sp = _paragraph_subject(text, index, kind, barrier)
        if sp is not None and sp.chained:
            # "Chief Darlene Sinclair-Mistikwan said ... She said ... "Q," she said": sure when
            # she also spoke the quotation before, doubtful when someone else did
            last = earlier[-1] if earlier else None
            sp.doubtful = last is None or last.name != sp.name
        if sp is not None and gender and _gender_of(text, sp, earlier) not in (None, gender):
            sp = None  # "Mrs Collins said ... he said" is someone else
        if sp is not None and kind == "person" and sp.name.split()[0] in ("The", "the"):
            # "The actress said she was tired ... "Q," she said": the one person the article
            # gave that role ("actress Susan Sarandon"), if there is one
            sp = _person_with_role(text, index, sp.name, barrier) or sp
        if sp is not None and kind == "person" and sp.name.split()[0] in ("The", "the"):
            # "..., says Datuk Seri Ahmad Fadzil Ismail. The Works Minister said ... "Q," he
            # told reporters": the person the inverted cue just named
            said_at = text.rfind(sp.name, 0, barrier)
            if said_at >= 0:
                sp = _inverted_speaker_before(text, index, sp.name, said_at) or sp
                if sp.affiliation:
                    affiliations.setdefault(sp.name, sp.affiliation)
        head = _head_noun(sp.name).lower() if sp is not None and kind == "thing" else ""
        if head in _DOCUMENT_HEADS and sp.name.split()[0] in ("The", "the"):
            # "The Resolution Foundation's paper runs to 80 pages. The paper ends on a warning.
            # "Q," it concludes": the owner the article gave it, the paper the setting
            owner = _owner_named_earlier(text, index, head, ms)
            if owner is not None and owner.type != "document":
                sp = Speaker(owner.name, owner.type, owner.affiliation, through=sp.name)
        if sp is None and kind == "person" and previous_end is not None:
            sp = _person_introduced(text, index, previous_end, barrier, gender, earlier)
        if sp is None and kind == "person" and not age and previous_end is not None:
            sp = _relative_of_last_speaker(text, index, previous_end, barrier, gender, earlier)
        if sp is None and kind == "person" and not age and previous_end is not None:
            sp = _newest_person(text, index, previous_end, barrier, gender, earlier)

        if sp is None and age and previous_end is not None and previous_end < barrier:
            # "Across the road, Dai Jenkins is leaning on his wall. "Q," says the 71-year-old":
            # an age describes the person named since the last quotation, of either gender
            given = None
            for m in _NAME_GIVEN_AS.finditer(text, previous_end, barrier):
                given = m  # "a rider who gave his name only as Kiprono ... the 28-year-old"
            named = (
                given.group("name")
                if given is not None
                else index.preceding_person(barrier, text, window=barrier - previous_end)
            )
            parent = age.groupdict().get("parent") if hasattr(age, "groupdict") else None
            known = _gender_of(text, Speaker(named, "person"), earlier) if named else None
            if named and parent:
                # "the mother of three" is never a man the article calls "he"
                wanted = "m" if parent.lower().endswith(("father", "dad")) else "f"
                named = named if known in (None, wanted) else None
            sp = Speaker(named, "person") if named else None
        if sp is None:
            if parent_of is not None:  # ("the mother of four" as "she", with her gender)
                sp = _resolve_pronoun(text, index, "she" if gender == "f" else "he", barrier,
                                      earlier)
                if sp.name.lower() in PRONOUNS:
                    sp = Speaker(mention, "person")  # no one fits: the description stays
            else:
                sp = _resolve_pronoun(
                    text, index, "he" if age else low, barrier, earlier, bool(age),
                    since=previous_end)
            if kind == "person" and previous_end is not None:
                sp.doubtful = sp.name.lower() in PRONOUNS or _others_named(
                    text, index, previous_end, barrier, sp.name
                )
        if kind == "person" and previous_end is not None and not sp.doubtful:
            sp.doubtful = _answer_to_a_question(text, previous_end, barrier, earlier, sp)
        if kind == "person":
            sp = _holder_named_after_office(text, index, sp, barrier) or sp
        if gender and sp.type == "person" and sp.name.lower() not in PRONOUNS:
            sp.gender = sp.gender or gender
        if sp.type == "person" and " " in sp.name and sp.name not in affiliations:
            found = article_affiliation(text, index, sp.name)
            if found:
                affiliations[sp.name] = found
        return sp
    role = None
    if mention.split()[-1] in _MEMBER_LETTERS:
        # "asked SJB Colombo District MP Chaminda Welikala": the parser stopped at the letters
        follow = _NAME_AFTER.match(text, me)
        if follow and _looks_like_name(follow.group(1)):
            name = index.fullest(follow.group(1))[0]
            affiliations.setdefault(name, mention)
            return Speaker(name, "person")
        if mention.split()[0] in ("the", "The"):
            # "the Upper Bann MLA said", after "DUP MLA Lorraine Gilmore ... said": a role
            named = _paragraph_subject(text, index, "person", barrier, names_only=True)
            if named is not None:
                affiliations.setdefault(named.name, mention[4:])
                return named
    named_after = _NAME_IN_APPOSITION.match(text, me) if _SHORT_ROLE.fullmatch(mention) else None
    if named_after and _looks_like_name(named_after.group("name")):
        # "'Order!' bellowed the Speaker, Sir Roger Blakeway.": the name set off after the role
        name = index.fullest(named_after.group("name"))[0]
        if speaker_type_of(name, is_name=True) == "person":
            affiliations.setdefault(name, clean_description(mention) or mention)
            return Speaker(name, "person")
    described = _DESCRIBED.fullmatch(mention)
    if described and described.group("head").lower() in INSTITUTION_NOUNS:
        # "the Ministry said", after "Officials at the Ministry of Water": that ministry
        organisation = _institution_named(text, mention, ms, cue)
        if organisation is not None:
            return organisation
    if described and described.group("head").lower() in _ORG_DESCRIPTIONS:
        # "the NGO said", after "The Sliema Heritage Trust, an NGO which ...": the trust
        organisation = _organisation_described(text, index, mention.lower(), ms)
        if organisation is not None:
            return organisation
    if described and described.group("head").lower() in TITLE_WORDS:
        # "the Minister said" after "Fisheries Minister Ranjith Wickremasinghe said": a
        # capitalised title is no name
        named = _paragraph_subject(text, index, "person", barrier, names_only=True)
        if named is not None:
            affiliations.setdefault(named.name, described.group("head"))
            return named
        return Speaker(mention, "person")
    capital_role = _CAPITALISED_ROLE.fullmatch(mention)
    if capital_role and capital_role.group("head").lower() in _ROLE_TITLES:
        # "The Finance Minister responded", after "The Minister for Finance, Kwame Asante,":
        # a role written in capitals is no name; it stands for the one person given it
        head = capital_role.group("head").lower()
        named = _person_with_role(text, index, mention, ms)
        if named is None:
            subject = _paragraph_subject(text, index, "person", barrier, names_only=True, head=head)
            role = article_affiliation(text, index, subject.name) if subject is not None else None
            if subject is not None and role and head in _role_words(role):
                named = subject  # (an office is who someone is: anyone else is someone else)
        if named is None:
            named = _inverted_speaker_before(text, index, mention, ms)
        if named is not None:
            role = article_affiliation(text, index, named.name) or mention.split(None, 1)[1]
            affiliations.setdefault(named.name, role)
            return named
        return Speaker(mention, "person")
    titled = _TITLE_OF_ORG.fullmatch(mention)
    if titled and att.name is not None and att.name[0] >= me:
        titled = None  # "The Omanhene of the Mpohor Traditional Area, Nana Ekow ...": named after
    if titled and (att.is_name or _looks_like_name(titled.group("name"))):
        # "US Secretary of State Antony Blinken": the name is the last words after the title
        name, _run = index.fullest(titled.group("name"))
        affiliations.setdefault(name, titled.group("role"))
        return Speaker(name, "person")
    owner = _OWNER_NAME.fullmatch(mention)
    if owner and att.is_name:
        # "Al Jazeera's Hoda Abdel-Hamid": the possessor is the affiliation
        name, _run = index.fullest(owner.group("name"))
        affiliations.setdefault(name, owner.group("owner"))
        return Speaker(name, "person")
    of_place = _NAME_OF_PLACE.fullmatch(mention)
    if of_place and of_place.group("last").lower() not in TITLE_WORDS | ORG_WORDS:
        # "Sen. Thom Tillis of North Carolina": the place is not part of the name
        mention = of_place.group("name")
        titled = _TITLE_OF_ORG.fullmatch(mention)
        if titled and (att.is_name or _looks_like_name(titled.group("name"))):
            # "Secretary of State John Kerry of Massachusetts"
            name, _run = index.fullest(titled.group("name"))
            affiliations.setdefault(name, titled.group("role"))
            return Speaker(name, "person")
    said_as = mention  # (the whole role, when the name comes in apposition)
    if att.is_name or _looks_like_name(mention):
        # "commuter Jane Ellis", "Kremlin spokesman Dmitry Peskov": the words before the name
        # proper are a role, not part of the name
        role, mention = _split_role(mention)
    bracketed = att.name is not None and _in_brackets(text, att.name[0])
    # "secretary-general Yang Chih-wei (楊志偉) said": the name in another script is a gloss
    gloss = bracketed and not _LATIN_LETTER.search(text, att.name[0], att.name[1])
    if bracketed and att.mention and (mention[:1].isupper() or gloss):
        # "Cllr Seán O'Donoghue (FF) told": a party or unit in brackets labels the speaker
        att.name = None
        role, mention = _split_role(mention)
    if att.name is not None:
        given = text[att.name[0] : att.name[1]]
        if given.rstrip(".").lower() in TITLE_WORDS:
            # "The LGA chairman, Hon. Biodun Oyelaran,": the parser took the title for the name
            end = att.name[1] + (text[att.name[1] : att.name[1] + 1] == ".")
            follow = _NAME_AFTER.match(text, end)
            if follow and _looks_like_name(follow.group(1)):
                given = follow.group(1)
        of_place = _NAME_OF_PLACE.fullmatch(given)
        if of_place:
            given = of_place.group("name")  # "Margaret Hill from Swindon"
        _age, given = _split_role(given)  # "64-year-old Margaret Hill"
        name, _run = index.fullest(given)
        sp = Speaker(name, "organisation" if speaker_type_of(name) == "organisation" else "person")
        # ("The Head of Sport at the BBC, Barbara Slater,": the role is all of the subject)
        desc = clean_description(said_as)
    elif att.is_name or _looks_like_name(mention):
        name, _run = index.fullest(mention)
        name = _fitting_honorific(text, index, mention, name, earlier, ms)
        if role and name.startswith(role + " "):
            name = name[len(role) + 1 :]  # the capitalised run kept "Resident" in the name
        typ = speaker_type_of(name, is_name=True)
        if typ == "organisation" and (role or (_run is not None and _run.title)):
            typ = "person"  # "Atlantic City Mayor Don Guardian": a titled person, no newspaper
        sp = Speaker(name, typ)
        desc = (
            clean_description(text[att.description[0] : att.description[1]])
            if att.description
            else None
        ) or (clean_description(role) if role else None)
        if role and speaker_type_of(role, is_name=False) == "organisation":
            sp.type = "organisation"  # "the rights group ALQST"
    else:
        given = _NAME_GIVEN_AS.match(text, me)
        if given is None and att.cue is not None and me < att.cue[0] <= me + 200 and not (
                _SENTENCE_STOP.search(text, me, att.cue[0])):
            # "A young man who was spotted at one of the pits, and who gave his name only as
            # Kofi, said": the name given at the end of the relative clause
            given = _NAME_GIVEN_AS.search(text, me, att.cue[0])
        if given:
            # "A foodstuff seller, who gave her name only as Iya Basira, said": the name given
            name = given.group("name")
            affiliations.setdefault(name, clean_description(mention) or mention)
            return Speaker(name, "person")
        follow = _NAME_AFTER.match(text, me)
        if follow and speaker_type_of(mention, is_name=False) == "person":
            # "Sudan's army chief Abdel Fattah al-Burhan": the parser cut the name off the role
            name, _run = index.fullest(follow.group(1))
            affiliations.setdefault(name, clean_description(mention) or mention)
            return Speaker(name, "person")
        spokes = _spokesperson_for(text, index, mention, ms)
        if spokes is not None:
            return spokes
        definite_role = _DEFINITE_ROLE.fullmatch(mention)
        # (never "the Halden Racing statement": a document speaks for its owner, below)
        named_document = _document_owner_named(mention) is not None
        if (definite_role or person_description(mention)) and not named_document:
            # "the Labour leader added", right after "Sir Keir Starmer said ...": a definite
            # role standing in for the person the paragraph just named ("the affable
            # proprietor" needs a full name: "Crowds gathered." names nobody)
            named = _paragraph_subject(
                text, index, "person", barrier, names_only=True, head=_head_noun(mention)
            )
            if named is not None and " " not in named.name and not _full_name_known(index, named):
                named = None  # "Tempers flared at the meeting": a capital opens the sentence
            if named is not None and definite_role:
                named = _holder_rather_than_subject(text, index, mention, ms, named)
            generic = _head_noun(mention) in _ANONYMOUS_HEADS
            if named is None and definite_role and previous_end is not None:
                # "The release also quoted Naa Alhassan Yakubu, chief of Kpalgu. "Q," the
                # chief said": the person just brought in
                named = _person_introduced(text, index, previous_end, barrier, None, earlier)
            document = _head_noun(mention) in _DOCUMENT_HEADS  # "the statement" ends in -ent
            if named is None and not generic and not document and previous_end is not None:
                # "Mrs Rose Nalubega, a 61-year-old farmer, said she had spent ... "Q," the
                # widow said": the person brought in since the last quotation
                gender = _noun_gender(mention)
                named = _person_introduced(text, index, previous_end, barrier, gender, earlier)
            if named is None and not generic and not document:
                # "the chef says", in a feature that named "chef Marisol Ortega": the one
                # person the article gave that role
                named = _person_with_role(text, index, mention, ms)
            if named is None and definite_role:
                named = _inverted_speaker_before(text, index, mention, ms)
            if (named is None and not definite_role and not generic and not document
                    and previous_end is not None):
                # (a definite role, "the former president", is the role's holder or stays)
                # "Her former co-star Tyrese Okafor-Lloyd ... leapt to her defence. "Q," the
                # hunky personal trainer told us": the person just brought in, without speech
                named = _newest_person(text, index, previous_end, barrier,
                                       _noun_gender(mention), earlier, subject_only=True)
            if named is None and not definite_role and not generic:
                # "She said: 'Q1.' The great-gran-of-five added: 'Q2.'": the person the last
                # quotation was given to, when that is a named person ("the woman", "the
                # man" are how papers keep someone anonymous: never a name)
                last = earlier[-1] if earlier else None
                head = _head_noun(mention)
                family = family_word(mention)  # "the widow", "the mum-of-two"
                full = last is not None and (
                    " " in last.name or family and _looks_like_name(last.name)
                )
                if last is not None and last.type == "person" and full:
                    known = affiliations.get(last.name) or article_affiliation(
                        text, index, last.name
                    )
                    fits = bool(known) and head in known.lower().replace("-", " ").split()
                    if fits or family:
                        # (a role must be one the article gave that person: "the senator"
                        # after Senator Sanders, never "the GOP front-runner" after Fiorina)
                        named = Speaker(last.name, "person", gender=last.gender)
            said_gender = _noun_gender(mention)
            known = _gender_of(text, named, earlier) if named is not None and said_gender else None
            if known is not None and known != said_gender:
                named = None  # "the husband said" is never a woman the article calls "she"
            if (
                named is not None
                and not definite_role
                and _another_holder(_head_noun(mention)).search(text, max(0, ms - 600), ms)
            ):
                named = None  # "a second restaurant arrived with its own chef": someone else
            titled = named is not None and bool(getattr(index.fullest(named.name)[1], "title", ()))
            if named is not None and (
                definite_role or " " in named.name or titled or family_word(mention)
            ):  # ("Col Hutchinson has been carting water ... the grazier says": a titled name)
                # the article's own words for the role when they hold the description's noun
                # ("Minister for Finance" rather than "the minister")
                given = article_affiliation(text, index, named.name) if " " in named.name else None
                fits = given and _head_noun(mention) in _role_words(given)
                affiliations.setdefault(
                    named.name, given if fits else clean_description(mention) or mention
                )
                return named
        kin = _KINSHIP.fullmatch(mention)
        if kin:
            relative = _relative_named(text, index, kin, ms, earlier, affiliations)
            if relative is not None:
                return relative
        owner = _document_owner(text, index, att, earlier, affiliations, barrier)
        if owner is not None:
            return owner
        organisation = _organisation_described(text, index, mention, ms)
        if organisation is None:
            organisation = _institution_named(text, mention, ms, cue)
        if organisation is not None:
            return organisation
        return Speaker(mention, speaker_type_of(mention, is_name=False))
    if desc:
        affiliations.setdefault(sp.name, desc)
    elif sp.name not in affiliations:
        found = article_affiliation(text, index, sp.name)
        if found:
            affiliations[sp.name] = found
    return sp


# A role and its holder's name set off by commas: "the Speaker, Sir Roger Blakeway."
# (a role of up to three words: "the judge in the trial of the businessman, Tom Reese" names
# the businessman, not the judge)
_SHORT_ROLE = re.compile(
    r"(?:[Tt]he|[Aa]n?)(?:[ \t]+(?!(?:of|in|for|to|at|on|with)\b)[\w'’-]+){1,3}"
)
_NAME_IN_APPOSITION = latin_re(
    r",[ \t]+(?P<name>(?:(?:Sir|Dame|Lord|Lady|Dr|Mr|Mrs|Ms|Prof|Cllr)\.?[ \t]+)?"
    r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]*[\w'’-]){1,3})(?=[ \t]*(?:[,.;)]|$))"
)


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


# A headline's "‘I thought he was going to kill us’: Hero gran shields tots": who follows
# the colon or dash after the quotation, and the verb of the headline
_HEADLINE_SUBJECT = latin_re(
    r"[ \t]*[:—–][ \t]*(?P<subject>(?:[A-Z][\w'’-]*[ \t]+){0,3}?[A-Za-z][\w'’-]*)"
    r"[ \t]+(?:[a-z]+s|said|told|warned)\b"
)


def headline_speaker(
    text: str, index: NameIndex, quote_end: int
) -> tuple[Speaker, int, int] | None:
    """The speaker of a headline's quotation that the headline gives after a colon: a name,
    or a description the body's person answers to ("Hero gran": the one gran the body
    names, else the first person it names, for review). Returns it with the mention's span."""
    m = _HEADLINE_SUBJECT.match(text, quote_end)
    if m is None or (index.headline_end and m.end() > index.headline_end):
        return None
    subject = m.group("subject")
    ms, me = m.start("subject"), m.end("subject")
    if _looks_like_name(subject):
        name, run = index.fullest(subject)
        if run is not None and len(name.split()) > 1:
            return Speaker(name, "person"), ms, me
    head = subject.split()[-1].lower()
    if not (role_noun(head) or head in _FAMILY_HEADS or head in PERSON_NOUNS):
        return None
    reach = min(len(text), index.headline_end + _ROLE_REACH)
    holder = _person_with_role(text, index, f"the {head}", reach)
    if holder is None:
        body = [r for r in index.runs if r.start > index.headline_end and len(r.name) > 1]
        first = next((r for r in body if index.names_a_person(r)), None)
        if first is None:
            return None
        holder = Speaker(index.fullest(" ".join(first.name))[0], "person")
    holder.doubtful = True
    return holder, ms, me


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


_FAMILY_HEADS = word_set(
    "gran granny grandma grandmother grandad grandpa grandfather mum mom dad nan nana widow "
    "widower pensioner"
)
# People a paper names by a role with no gender, whom "they" takes up
_SINGULAR_THEY = word_set(
    "spokesperson spokesman spokeswoman representative source official person"
)
_ANONYMOUS_HEADS = word_set(
    "woman man person people resident residents voter voters worker workers source sources "
    "official officials customer shopper passer-by passerby neighbour neighbor friend one "
    "girl boy mother father teenager student caller viewer reader attendee participant"
)


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


def _noun_gender(mention: str) -> str | None:
    """The gender a description's head noun gives: "the widow" f, "the husband" m."""
    head = _head_noun(mention)
    return "f" if head in _FEMALE_NOUNS else "m" if head in _MALE_NOUNS else None


# A relative of someone in the story: "his mother", "the teenager's sister", "Daniel's uncle"
_KIN_NOUNS = (
    "mother|father|sister|brother|son|daughter|wife|husband|uncle|aunt|aunty|auntie|cousin|"
    "grandmother|grandfather|niece|nephew|widow|widower|partner|fiancée|fiancee|fiancé|"
    "stepfather|stepmother|mum|mom|dad|parents"
)
_KINSHIP = latin_re(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he[ \t]+)?(?P<owner>[\w-]+)['’]s?)[ \t]+"
    rf"(?:(?:elder|older|younger|twin|late|eldest|youngest|big|little)[ \t]+)?(?P<kin>{_KIN_NOUNS})"
)


# a relation as a role: "His mother", "Daniel's sister", "the victim's elder brother"
_RELATION = latin_re(
    rf"(?:^|[ \t])(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[\w-]+['’]s?)[ \t]+(?:[a-z]+[ \t]+)?"
    rf"(?P<kin>{_KIN_NOUNS})(?![\w-])"
)


def _relative_named(
    text: str,
    index: NameIndex,
    kinship: re.Match[str],
    pos: int,
    earlier: list[Speaker | None],
    affiliations: dict[str, str],
) -> Speaker | None:
    """The relative the article named: "His mother, Grace Okoro, said he loved football. "Q,"
    his mother said" is Grace Okoro; "Daniel's sister Ruth said: "Q1." "Q2," the teenager's
    sister added" is Ruth, the last speaker, whose role was that relation.  The role must be
    a relation ("His father", "Daniel's sister"; never "a father of two", "mother-in-law"),
    and of the same person when the mention names one ("Sam's mother" is not Daniel's)."""
    kin = kinship.group("kin").lower()
    owner = kinship.group("owner") or ""
    owner_word = owner.lower() if owner[:1].isupper() else None  # ("Sam's", not "the victim's")

    def related(role: str | None) -> bool:
        relation = _RELATION.search(role or "")
        if relation is None and owner_word is None and (role or "").lower() == kin:
            return True  # "her son Chidi Ekwueme said": the role kept only the relation
        if relation is None or relation.group("kin").lower() != kin:
            return False
        by = relation.group("owner").lower()
        return owner_word is None or by in _OWNER_PRONOUNS or by.startswith(owner_word)

    named = _person_with_role(text, index, f"the {kin}", pos)
    if named is not None and related(article_affiliation(text, index, named.name)):
        return named
    pronoun = owner.lower() if owner else kinship.group(0).split()[0].lower()
    if pronoun in ("his", "her"):
        # "She is survived by her son Chidi ... Her son said": the one son the article named
        relation = latin_re(
            rf"\b[{pronoun[0].upper()}{pronoun[0]}]{pronoun[1:]}[ \t]+{re.escape(kin)},?[ \t]+"
            r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})")
        found = list(relation.finditer(text, 0, pos))
        names = {index.fullest(m.group("name"))[0] for m in found}
        if len(names) == 1:
            # (and of the same person: the one named last before each "her", so that "Jane
            # Smith ... her son Tom ... A second victim, Mary Jones ... Her son said" is no one
            # the article names)
            gender = "m" if pronoun == "his" else "f"
            relative = names.pop()
            owner_then = _owner_before(text, index, found[-1].start(), gender, relative)
            if owner_then == _owner_before(text, index, pos, gender, relative):
                return Speaker(relative, "person")
    last = earlier[-1] if earlier else None
    if last is not None and related(affiliations.get(last.name)):
        return Speaker(last.name, "person", gender=last.gender)
    return None


def _owner_before(text: str, index: NameIndex, pos: int, gender: str, relative: str) -> str | None:
    """The person a "his" or "her" at pos most likely means: the nearest named before it whose
    gender does not say otherwise, never the relative itself."""
    passed = {relative}
    for _ in range(4):
        name = index.preceding_person(pos, text, passed=frozenset(passed))
        if name is None:
            return None
        run = index.fullest(name)[1]
        official = run is not None and any(
            t.lower().rstrip(".") not in ("mr", "mrs", "ms", "miss") for t in run.title)
        if not official and _gender_of(text, Speaker(name, "person"), []) in (None, gender):
            return name  # (never "Detective Sergeant Emma Blake said inquiries continue")
        passed.add(name)
    return None


def family_word(mention: str) -> bool:
    head = _head_noun(mention)
    return head in _FAMILY_HEADS or "-of-" in head


def _person_with_role(text: str, index: NameIndex, mention: str, pos: int) -> Speaker | None:
    """The one person named before `pos` whose role, as the article gives it, has the
    description's head noun and its other words: "the chef" for "chef Marisol Ortega", "the
    Portuguese lawmaker" for "Inês Carvalho, a Portuguese Socialist lawmaker".  None when no
    one or several people fit.  When no one fits every word, a party or a nationality may be
    new for a person the article gave only a title ("The Fianna Fáil councillor" after "Cllr
    Siobhán Ní Fhlannagáin"): the one such holder of the role then."""
    found = _person_with_role_words(text, index, mention, pos, proper=True)
    if found is None and any(w[:1].isupper() for w in re.findall(r"[^\W\d_]+", mention)[1:]):
        found = _person_with_role_words(text, index, mention, pos, proper=False)
    return found


# "..., says Datuk Seri Ahmad Fadzil Ismail." / "..., said Jane Holt on Monday.": an inverted
# cue that closes the sentence before a definite role
_INVERTED_CLOSE = latin_re(r"\b(?:says|said)[ \t]+$")


def _inverted_speaker_before(
    text: str, index: NameIndex, mention: str, pos: int
) -> Speaker | None:
    """The person an inverted cue named at the end of the sentence just before `pos`, for a
    definite role that opens the next sentence: "..., says Datuk Seri Ahmad Fadzil Ismail.
    The Works Minister said ..." is Ahmad Fadzil Ismail.  Only when nobody else is named
    between them, and only when the article gave that person no other role."""
    sentence = max(text.rfind(". ", 0, pos), text.rfind(".\n", 0, pos))
    if sentence < 0 or text[sentence + 1 : pos].strip(" \t\n\"“‘'"):
        return None  # the role must open the sentence right after the cue's
    first = bisect.bisect_left(index.starts, sentence - 400)
    runs = [r for r in index.runs[first:] if r.start < sentence]
    if not runs:
        return None
    run = runs[-1]
    if len(run.name) < 2 or not _CLOSING_TIME.fullmatch(text[run.end : sentence + 1].strip(" \t.")):
        return None
    if not _INVERTED_CLOSE.search(text, max(0, run.start - 60), run.start):
        return None
    name = index.fullest(" ".join(run.name))[0]
    if speaker_type_of(name, is_name=True) != "person" or not _looks_like_name(name):
        return None
    # (the honorific the name carries is no role: "Datuk Seri")
    titles = {t.lower().rstrip(".") for t in run.title}
    role_words = [w for w in _role_words(article_affiliation(text, index, name) or "")
                  if w.rstrip(".") not in titles]
    if role_words and _head_noun(mention) not in role_words:
        return None  # (an office is who someone is: a person of another role is someone else)
    # (the description is the role when the article gave none: "Works Minister")
    return Speaker(name, "person", None if role_words else clean_description(mention))


# what may follow the name before the stop: "..., said Jane Holt on Monday night."
_CLOSING_TIME = re.compile(
    r"(?:on[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:[ \t]+(?:morning|night))?"
    r"|yesterday|today)?"
)


def _person_with_role_words(
    text: str, index: NameIndex, mention: str, pos: int, proper: bool
) -> Speaker | None:
    head = _head_noun(mention)
    if not head.isalpha() or head in NOT_NAMES:
        return None
    start = max(0, pos - 400)
    if _another_holder(head).search(text, start, pos) or any(
        re.search(rf"\b{re.escape(head)}\b", text[max(0, m.start() - 80) : m.start()], re.I)
        for m in _UNNAMED.finditer(text, start, pos)
    ):
        return None  # "Another analyst, who declined to be named, ... the analyst said"
    words_said = re.findall(r"[^\W\d_]+", mention)
    wanted = {
        w.lower()
        for w in words_said
        if w.lower() not in ("the", "a", "an") and (proper or not w[:1].isupper())
    }
    found: dict[str, int] = {}  # the name and where it was last written
    seen: set[str] = set()
    headline_end = text.find("\n")
    # (runs are in text order and short: start a little before the reach, not at the top)
    first = bisect.bisect_left(index.starts, pos - _ROLE_REACH - 200)
    for run in index.runs[first:]:
        if run.start >= pos:
            break
        if run.end < pos - _ROLE_REACH:
            continue
        # (one name with an office before it counts: "Chief Justice Manmohan"; never in the
        # headline, "Minister's In-Law", nor a name the index cut at a no-break space, "FBI
        # Director James\xa0Comey")
        office = (
            bool(run.title)
            and any(t.lower() not in ADDRESS_ONLY for t in run.title)
            and 0 <= headline_end < run.start
            and text[run.end : run.end + 1] != "\xa0"
        )
        if len(run.name) < 2 and not office:
            continue
        name = index.fullest(" ".join(run.name))[0]
        if name in found:
            found[name] = run.end
        if name in seen:
            continue
        seen.add(name)
        if speaker_type_of(name, is_name=True) != "person":
            continue
        if not _looks_like_name(name) or name.split()[0].lower() in NOT_NAMES:
            continue
        # (the article's own words for the role, not a description this pass gave the name)
        role = article_affiliation(text, index, name)
        titles = {t.lower().rstrip(".") for t in run.title}
        if role and not proper and not {w.lower().rstrip(".") for w in role.split()} <= titles:
            continue  # (a role the article gave that lacks the party or nationality: someone else)
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", role or "")}
        for title in run.title:  # "Rev. Fr. Tatah Nfor" is the cleric, "Justice Mvula" the judge
            words |= _TITLE_ROLES.get(title.lower().rstrip("."), frozenset())
        # (a former governor is never "the governor")
        former = "former" in words and "former" not in wanted
        if head in words and (wanted - {head}) <= words | _LOOSE_MODIFIERS and not former:
            found[name] = run.end
        if len(found) > 1:
            return None
    if not found:
        return None
    name, last_written = found.popitem()
    if _another_holder(head, any_article=True).search(text, last_written + 60, pos):
        return None  # "a chef" after the holder was last named: someone else
    return Speaker(name, "person")


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


def interviewee(text: str, index: NameIndex) -> Speaker | None:
    """The person a printed interview is with (see _interviewee), for its unmarked answers."""
    return _interviewee(text, index)


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


_INTERVIEWER = re.compile(r"[ \t]+(?:meets|talks[ \t]+to|speaks[ \t]+to|interviews)\b")
_INTERVIEWER_BEFORE = re.compile(
    r"\b(?:by|to|with|interviewed[ \t]+by|meets)[ \t]+$", re.IGNORECASE
)


def _full_name_known(index: NameIndex, sp: Speaker) -> bool:
    """Whether a one-word name is the surname of a fuller name in the article, or a name
    written with a title ("President Obama")."""
    return any(len(run.name) > 1 or run.title for run in index.by_last.get(sp.name, ()))


def _holder_rather_than_subject(
    text: str, index: NameIndex, mention: str, pos: int, subject: Speaker
) -> Speaker:
    """The person given the role a description names, rather than the last sentence's
    subject when the article gave that subject another role: "The Minister for Finance, Kwame
    Asante, ... The Minority Leader, Ama Boateng, disagreed. "Q," the minister said" is
    Asante.  (A lower-case description may add to what the article said: "the Labour leader"
    after Sir Keir Starmer, so a subject with no role keeps it.)"""
    head = _head_noun(mention)
    role = article_affiliation(text, index, subject.name) if " " in subject.name else None
    words = _role_words(role or "")
    if not any(role_noun(w) or w in TITLE_WORDS for w in words) or head in words:
        return subject  # (no role given, or one that fits: "brusque" says nothing)
    holder = _person_with_role(text, index, mention, pos)
    return holder if holder is not None else subject


def _role_words(role: str) -> list[str]:
    """A role's words, to test for a noun: "Vice-President" has "president"."""
    return role.lower().replace("-", " ").split()


# What a title says its holder is, for a description that takes the holder up ("the cleric").
# (Not "Sen." or "Cllr": a report names many senators and councillors, some without titles.)
_TITLE_ROLES = {
    title: word_set(nouns)
    for titles, nouns in (
        ("rev reverend fr father", "cleric clergyman priest pastor"),  # (not "minister")
        ("pastor", "pastor cleric preacher"),
        ("imam sheikh", "imam cleric preacher"),
        ("rabbi", "rabbi cleric"),
        ("bishop archbishop", "bishop cleric"),
        ("justice judge", "judge"),
        ("prof professor", "professor academic"),
        ("insp inspector", "inspector officer"),
        ("det detective", "detective officer"),
        ("sgt sergeant", "sergeant officer"),
        ("supt superintendent", "superintendent officer"),
        ("cllr coun councillor", "councillor"),
    )
    for title in titles.split()
}


@functools.lru_cache(maxsize=256)
def _another_holder(head: str, any_article: bool = False) -> re.Pattern[str]:
    """Words that bring in a second holder of a role ("another chef", "its own chef"); with
    `any_article`, any "a chef" too (used after the holder's own introduction)."""
    article = r"|an?" if any_article else ""
    return latin_re(
        rf"\b(?:[Aa]nother|its[ \t]+own|their[ \t]+own|a[ \t]+second|a[ \t]+new|also[ \t]+an?"
        rf"{article})[ \t]+(?:[\w-]+[ \t]+){{0,2}}{re.escape(head)}\b"
    )


# Words after a sentence's opening gerund ("Speaking at", "Addressing the"); "Housing
# minister" is a role.
_AFTER_GERUND = word_set("at to on in after before with during from about the a an his her their")


# How far back a role's one holder may have been named: about two paragraphs.
_ROLE_REACH = 2500


_UNNAMED = re.compile(
    r"declined to be (?:named|identified)|not to be (?:named|identified)|condition of anonymity|"
    r"(?:did not|didn't) (?:wish|want) to be (?:named|identified)|(?:asked for|requested) "
    r"anonymity|spoke anonymously|declined to give (?:his|her|their) (?:full )?name"
)


_UNNAMED_APPOSITION = re.compile(  # "who spoke on condition of anonymity", "speaking anonymously"
    r"(?:who|speaking|talking)[ \t]+(?:(?!who\b|whose\b)[a-z]+[ \t]+){0,3}?(?:"
    + _UNNAMED.pattern
    + "|anonymously)"
    # (with no verb: "A senior civic official, on condition of anonymity, said")
    + r"|on[ \t]+(?:the[ \t]+)?condition[ \t]+(?:of[ \t]+anonymity|that[ \t]+(?:he|she|they)[ \t]+"
    r"not[ \t]+be[ \t]+(?:named|identified))"
)


# Words a paper adds to a role it repeats without their being part of the role ("the
# grieving widow", "the veteran striker").
_LOOSE_MODIFIERS = word_set(
    "grieving veteran young old elderly local former longtime affable rookie popular "
    "outspoken embattled beleaguered soft spoken"
)


def _indefinite(description: str) -> str:
    """"Another passenger", "One dealer" as a speaker: "a passenger", "a dealer" ("One of the
    women" stays as it is)."""
    words = description.split()
    if len(words) > 1 and words[0] in ("Another", "One") and words[1] != "of":
        return " ".join([_article_for(words[1]), *words[1:]])
    return description


def _article_for(word: str) -> str:
    """"a" or "an" by how the word sounds: "an analyst", "a university", "a European", "an
    MP", "an FBI agent"."""
    if word.isupper() and len(word) > 1:
        return "an" if word[0] in "AEFHILMNORSX" else "a"  # (letter names: "an em-pee")
    low = word.lower()
    if low.startswith(("uni", "use", "usu", "uti", "eu", "one", "once")):
        return "a"
    return "an" if low[:1] in "aeiou" else "a"


def _head_noun(mention: str) -> str:
    words = [w.lower().strip(".,") for w in mention.split()]
    for i, w in enumerate(words):
        if i > 0 and w in ("of", "for", "at", "from", "with", "in", "on", "who", "that"):
            return words[i - 1]
    return words[-1] if words else ""


_POSSESSED_ROLE = latin_re(
    r"(?:['’]s|(?<=s)['’])[ \t]+(?P<role>(?:[a-z][\w-]*[ \t]+){0,3}(?P<head>[a-z][\w-]*)),"
    r"[ \t]+(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Sir)\.?[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})"
    r"(?=[,.;:!?]|[ \t]+[a-z])"
)


def _epithet_person(
    text: str,
    index: NameIndex,
    mention: str,
    span: tuple[int, int],
    barrier: int,
    previous_end: int | None,
    earlier: list[Speaker | None],
    affiliations: dict[str, str],
    cue: str = "",
) -> Speaker:
    """Who "the Kazakh", "said the Dane", "the Offaly man" is: the name set off after it
    ("said the Dane, Christian Eriksen,"), else the person the paragraph is about, else the
    person the quotation just before was given to; a description when no one fits.  Doubtful
    when the paragraph names someone else too ("Alcaraz beat Zverev ... said the German")."""
    ms, me = span
    epithet = clean_description(mention) or mention
    after = _NAME_IN_APPOSITION.match(text, me)
    if after and _looks_like_name(after.group("name")):
        name = index.fullest(after.group("name"))[0]
        affiliations.setdefault(name, epithet)
        return Speaker(name, "person")
    gender = epithet_gender(mention)
    stem = mention.split()[-1].lower()
    # (the quotation before, only when nothing but its own paragraph lies between: "said
    # Eliud Kipchoge. "Q," the Kenyan added.")
    between = text[previous_end:ms].split("\n")[1:-1] if previous_end is not None else ["?"]
    adjacent = earlier[-1] if earlier and not any(line.strip() for line in between) else None
    candidates = [
        _speaker_earlier_in_sentence(text, index, ms),
        _paragraph_subject(text, index, "person", barrier, names_only=True),
        adjacent,
    ]
    for sp in candidates:
        if sp is None or sp.type != "person" or not _looks_like_name(sp.name):
            continue
        low = sp.name.lower()
        if " " not in sp.name and (stem.startswith(low) or low in mention.lower()):
            continue  # "Galway beat Kilkenny ... said the Galway man": a team, not him
        if " " not in index.fullest(sp.name)[0] and not index.fullest(sp.name)[1]:
            continue  # (a word the article never gives as a person's full name)
        if " " not in sp.name and _written_collective(text, sp.name, ms):
            continue  # "Newcastle are unlikely to sign him": a club, not a person
        if gender and _gender_of(text, sp, earlier) not in (None, gender):
            continue
        found = Speaker(sp.name, "person")
        para = text.rfind("\n", 0, ms) + 1  # (others named in this paragraph or the last)
        before = text.rfind("\n", 0, max(0, para - 2)) + 1
        found.doubtful = _others_named(text, index, before, ms, sp.name)
        if sp is adjacent and cue not in _CONTINUING_CUES:
            # "... Alcaraz said. "He was too strong today," said the German": an epithet
            # after a named speaker brings in someone new as often as not
            found.doubtful = True
        # the article's own words for the person ("Nordlys Line's chief executive"), else the
        # epithet; a doubtful guess never labels the person it guessed with the epithet
        own = article_affiliation(text, index, sp.name) if " " in sp.name else None
        if own or not found.doubtful:
            affiliations.setdefault(sp.name, own or epithet)
        return found
    return Speaker(mention, "person")  # a description, never the name "Kazakh"


def _fitting_honorific(
    text: str,
    index: NameIndex,
    mention: str,
    name: str,
    earlier: list[Speaker | None],
    pos: int | None = None,
) -> str:
    """The full name for a titled surname that fits the title's gender.  A couple the article
    brings in together decides it ("Gwilym Pryce-Jones, 61, and his wife Eirlys": Mrs
    Pryce-Jones is Eirlys Pryce-Jones, Mr Pryce-Jones is Gwilym); else the one full name of
    that surname whose gender fits; else the mention as written ("Mrs Lammy")."""
    words = mention.split()
    want = _HONORIFIC_GENDER.get(words[0].rstrip(".").lower()) if len(words) == 2 else None
    if want is None or name == mention:
        return name
    surname = name.split()[-1]
    couple = _couple(text, surname)
    if couple is not None:
        holder, holder_gender, spouse = couple
        return holder if want == holder_gender else spouse
    if len(_given_names(text, surname)) > 1:
        # (a surname the article gives several people: its genders say little, except that
        # "Mr Ekwueme" after "Dr Ngozi Ekwueme ... She died ... her son Chidi Ekwueme said" is
        # not her: the latest of that surname named before, whose gender fits)
        # (only the strong, local evidence: a relation or the next paragraph's pronoun; the
        # article-wide guess takes "pressing his attack that Hillary Clinton" for hers)
        if pos is None or _introduced_gender(text, name) in (None, want):
            return name
        for run in reversed(index.by_last.get(surname, ())):
            full = " ".join(run.name)
            if (run.start < pos and len(run.name) > 1 and full != name
                    and _introduced_gender(text, full) in (None, want)):
                return full
        return mention
    if len(_bare_honorific_genders(text, surname)) > 1:
        # "Mr Lammy" and "Mrs Lammy" both: the full name is the one its next title gives
        # ("Labour MP David Lammy. Mr Lammy said ..."), and the other title someone else
        first = _title_after_full_name(text, name)
        return name if first in (None, want) else mention
    if _gender_of(text, Speaker(name, "person"), earlier) in (None, want):
        return name
    others = {" ".join(r.name) for r in index.by_last.get(surname, ()) if len(r.name) > 1}
    for other in sorted(others - {name}):  # (each full name once: a long text names it often)
        if _gender_of(text, Speaker(other, "person"), earlier) in (None, want):
            return other
    return mention


@functools.lru_cache(maxsize=256)
def _couple(text: str, surname: str) -> tuple[str, str, str] | None:
    """(holder's full name, holder's gender, spouse's full name) when the article brings in a
    couple of that surname as one: "Gwilym Pryce-Jones, 61, and his wife Eirlys"."""
    m = _COUPLE.search(text)
    while m is not None:
        holder = _split_role(m.group("holder"))[1]  # ("Pensioner Brian Walsh")
        if holder.split()[-1] == surname and " " in holder:
            gender = "m" if m.group("noun") == "wife" else "f"
            return holder, gender, f"{m.group('given')} {surname}"
        m = _COUPLE.search(text, m.end())
    return None


# "Gwilym Pryce-Jones, 61, and his wife Eirlys", "Brian Walsh and his wife Maureen": a name,
# an age or a short aside, then the spouse by a given name only
_COUPLE = latin_re(
    r"(?P<holder>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})(?:,[ \t]+[^,.;:\n\"“”]{1,40}){0,2},?"
    r"[ \t]+and[ \t]+(?:his|her)[ \t]+(?P<noun>wife|husband),?[ \t]+"
    r"(?P<given>[A-Z][\w'’-]+)\b(?![ \t]+[A-Z])"
)


_CONTINUING_CUES = word_set("added adds continued continues went goes")


def _role_holder_after(text: str, index: NameIndex, ms: int, me: int) -> tuple[str, str] | None:
    """(name, role) when the name at text[ms:me] owns a role held by the person named after
    it: "Cárdenas Robles' manager, Héctor Valdespino," (the parser took the owner)."""
    end = next((r.end for r in index.runs if r.start <= ms < r.end), me)
    if text[end - 2 : end] in ("'s", "’s"):
        end -= 2  # (a name run keeps the "'s" of "Biden's" and the apostrophe of "Robles'")
    while end > ms and text[end - 1] in "'’":
        end -= 1
    m = _POSSESSED_ROLE.match(text, end)
    if m is None or not role_noun(m.group("head")):
        return None
    return index.fullest(m.group("name"))[0], text[ms : m.end("role")]


_DOCUMENT_VERB_READ = re.compile(
    r"(?:report|statement|letter|release|notice|ruling|judgment|decision)[ \t]+"
    r"(?:read|reads|said|says|stated|states|noted|notes)\b"
)


def _in_brackets(text: str, pos: int) -> bool:
    """Whether pos is inside a short bracket: "(FF)", "(Conservative, Saltford)"."""
    opening = text.rfind("(", max(0, pos - 40), pos)
    return opening >= 0 and ")" not in text[opening:pos] and "\n" not in text[opening:pos]


_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]")
_NAME_GIVEN_AS = latin_re(
    r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+)who[ \t]+"
    r"(?:gave|asked[ \t]+to[ \t]+be[ \t]+(?:identified|named|called)|"
    r"identified[ \t]+(?:himself|herself|themselves)|would[ \t]+only[ \t]+give)"
    r"(?:[ \t]+only)?(?:[ \t]+(?:his|her|their))?(?:[ \t]+(?:first|full|last))?"
    r"(?:[ \t]+(?:name|surname|family[ \t]+name))?"
    # (after "surname" or "name" a comma may stand for "as": "who gave only her surname, Chan")
    r"(?:[ \t]+(?:only|simply))?(?:[ \t]+as|(?<=name),)[ \t]+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
)
# The particles inside a name the subject and name patterns below allow ("Ruud van der Heijden",
# "Jorge de la Fuente", "Iolo ap Dafydd"); a name may hold two in a row.
_SUBJECT_PARTICLE = r"(?:al|bin|binti|ibn|de|van|von|ap|der|den|del|da|di|du|dos|le|la)"
_NAME_AFTER = latin_re(
    # "additional director general of police (STF) Amitabh Yash": a unit in brackets between
    r"(?:[ \t]*\([^()\n]{1,20}\))?"
    # (a name may open with its particles after a title: "says Cllr ap Dafydd")
    rf"[ \t]+((?:(?:{_SUBJECT_PARTICLE}[ \t]+){{1,2}}"
    rf"(?:[A-Z][\w'’.-]+[ \t]+(?:{_SUBJECT_PARTICLE}[ \t]+){{0,2}})*"
    rf"|(?:[A-Z][\w'’.-]+[ \t]+(?:{_SUBJECT_PARTICLE}[ \t]+){{0,2}})+)"
    r"(?:(?:al|el|ad|as|ash)-)?[A-Z][\w'’-]+)(?=[ \t]*[,.;:!?]|[ \t]+[a-z])"
)
# "the NGO", "the Minister": a capitalised word after "the" that describes, not names
_DESCRIBED = latin_re(r"[Tt]he[ \t]+(?P<head>[A-Z][A-Za-z-]+)")
# "The Finance Minister", "the Deputy Chief Constable": capitalised words ending in a role
_CAPITALISED_ROLE = latin_re(r"[Tt]he(?:[ \t]+[A-Z][A-Za-z-]+){1,3}[ \t]+(?P<head>[A-Z][a-z]+)")
_ROLE_TITLES = TITLE_WORDS - word_set(
    "former acting deputy father brother sister lord lady sir dame"
)
_AGE_NOMINAL = re.compile(r"(?:[Tt]he[ \t]+)?\d{1,3}-year")
# "Dermot Ó Súilleabháin (31), of Cosgrave Park, Moyross, pleaded guilty": who is on trial
_CHARGED = latin_re(
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|Ó|Ní|Mac|Mc|de|van|von|al|bin)){1,4})"
    r"(?:[ \t]*\(\d{1,3}\))?(?:,[^.;\n]{0,80}?,)?[ \t]+"
    r"(?:pleaded|pled|appeared|was[ \t]+charged|is[ \t]+charged|denies|denied|admitted|admits|"
    r"was[ \t]+sentenced|was[ \t]+jailed|was[ \t]+convicted|faces|stands[ \t]+accused)\b"
)
# a people, not a person: "the 34-year-old New Zealander", "the 29-year-old South African"
_DEMONYM_ENDINGS = ("ian", "ese", "ish", "ican", "ander", "ean", "lander", "man", "woman", "ite")
_AGED_NAME = latin_re(
    r"(?:[Tt]he[ \t]+)?\d{1,3}-year-old[ \t]+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?![\w'’-])"
)
_PARENT_OF = re.compile(
    r"[Tt]he[ \t]+(?P<parent>(?:grand)?(?:mother|father)|mum|dad)[ \t-]+of[ \t-]+"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
)
_CAP = r"[A-Z][\w'’.-]*"
_TITLE_OF_ORG = latin_re(
    rf"(?P<role>(?:{_CAP}[ \t]+)*(?:"
    + "|".join(sorted(w.capitalize() for w in TITLE_WORDS if w.isalpha()))
    + rf")[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+{_CAP})*?)"
    rf"[ \t]+(?P<name>{_CAP}[ \t]+(?:(?:al|bin|de|van|von)[ \t]+)?[A-Za-z][\w'’-]+)"
)
_OWNER_NAME = latin_re(
    rf"(?P<owner>(?:{_CAP}[ \t]+){{0,3}}{_CAP})['’]s[ \t]+(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,3}})"
)
_NAME_OF_PLACE = latin_re(
    # the first "of" after a name: "Jean-Baptiste de la Roche of the Observatoire de la Côte
    # d'Azur in France" is de la Roche, not France
    rf"(?P<name>.*?[A-Z][\w'’.-]*[ \t]+(?:{_SUBJECT_PARTICLE}[ \t]+){{0,2}}"
    r"(?P<last>[A-Z][\w'’-]+))[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?[A-Z].*"
)
_NAME_PARTICLES = word_set(
    "al el bin binti bint ibn abu de del della van von der den la le du da di dos y ap ab ni nic"
)
_ROLE_FUNCTION_WORDS = word_set("the a an of for at")
_ORG_NAME_WORDS = word_set("of for and on to in at the")
# "the Labour leader", "the housing secretary", "the former minister" (a role noun at the end)
_DEFINITE_ROLE = latin_re(
    r"[Tt]he(?:[ \t]+[\w'’-]+){0,3}[ \t]+(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(TITLE_WORDS - {"former", "acting", "deputy", "father", "brother", "sister"})
        if w.isalpha()
    )
    # an elected member's letters ("the Upper Bann MLA said")
    + "|MP|MLA|MEP|MSP|MPP|MNA|TD|MHA|MHK)"
)
_MEMBER_LETTERS = MEMBER_LETTERS


_ONLINE_ROLES = word_set("youtuber influencer blogger vlogger podcaster tiktoker streamer")


def _split_role(mention: str) -> tuple[str | None, str]:
    """("commuter", "Jane Ellis") from "commuter Jane Ellis", ("Kremlin spokesman", "Dmitry
    Peskov") from "Kremlin spokesman Dmitry Peskov": everything up to the last lower-case word
    (or a leading role noun: "Resident Gwen Morris") is a role.  (None, mention) when the mention
    does not end in a capitalised name or the lower-case words are name particles ("de Blasio")."""
    words = mention.split()
    cut = 0
    for i, w in enumerate(words[:-1]):
        if not w[:1].isupper() and w.lower() not in _NAME_PARTICLES:
            cut = i + 1
        if w in MEMBER_LETTERS and i < len(words) - 2:
            cut = i + 1  # "Geta MCA Esther Nyokabi Mwaura": the seat and the letters
    if (
        cut == 0
        and len(words) > 2
        and words[0].lower() not in TITLE_WORDS
        and role_noun(words[0].lower())
        and words[0].lower() not in GIVEN_NAMES_LIKE_ROLES  # ("Walter J. Sczepanski")
    ):
        cut = 1
    if cut == 0 and len(words) > 2:
        # "Fitness YouTuber Kwame Adjei-Brightwell": a creator's trade, capitalised, is no name
        online = [i for i, w in enumerate(words[:-2]) if w.lower() in _ONLINE_ROLES]
        cut = online[-1] + 1 if online else 0
    rest = words[cut:]
    lower = [w for w in words[1:cut] if not w[:1].isupper()]
    if lower and all(w.lower() in _ORG_NAME_WORDS for w in lower):
        # "The Department for Education" is one name; "Vice President for news and talk Dave
        # Gorab" is a role (its lower-case words are not all function words) and a name
        return None, mention
    if cut == 0 or not all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in rest):
        return None, mention
    if rest[0].lower() in _NAME_PARTICLES:
        return None, mention
    role_words = [w for w in words[:cut] if w.lower() not in _ROLE_FUNCTION_WORDS]
    return (" ".join(words[:cut]) if role_words else None), " ".join(rest)


_STRONG_CUES = "|".join(
    sorted(
        (
            w
            for w in CUE_VERBS - WEAK_CUES
            if w.endswith(("ed", "s")) or w in ("said", "told", "wrote", "shot")
        ),
        key=len,
        reverse=True,
    )
)
# Irregular pasts and the present tense of features ("Carvalho wept", "Mensah sits down").
_NARRATIVE_VERBS = (
    "wept|spoke|sat|stood|began|went|came|left|ran|took|gave|made|won|lost|kept|felt|found|"
    "thought|brought|bought|met|led|grew|rose|fell|drew|knew|saw|heard|sits|stands|walks|runs|"
    "works|lives|moves|smiles|laughs|shrugs|nods|pauses|looks|remembers|describes|spends|keeps|"
    "knows|thinks|believes|sees|wants|hopes|worries|agrees|points|gestures|leans|sighs|has|"
    "spent|paid|sold|built|caught|taught|wrote|recommends|concludes|proposes|heads|chairs|"
    "directs|teaches|oversees|coordinates|hit|shot|struck|threw|beat|scored|set|put|got|"
    "drove|rode|flew|swam|fought|became|held|sang|chose|broke|drank|ate|slept|woke|wore|"
    "drives|rides|runs|owns|manages|farms|coaches|trains|volunteers|remembers|"
    # a feature's working day ("Back on Main Street, Quintanilla sells out of bolillos")
    "sells|buys|cooks|bakes|opens|closes|counts|serves|grows|raises|plays|reads|helps|cares|"
    # (and a document's course: "The paper ends on a warning. "Q," it concludes")
    "ends|begins|starts|finishes|"
    "cleans|fixes|repairs|builds|sews|travels|commutes|rents|shares|earns|pays|sleeps|waits|"
    "watches|carries|checks|visits|attends|studies|sends|hauls|fishes|hunts|herds|milks|picks|"
    "glances|stares|gazes|peers|wipes|pours|lifts|pulls|pushes|unlocks|steps|climbs|kneels|"
    "crouches|waves|greets|sweeps|scrubs|stirs|folds|hangs|unpacks|settles|lights|gathers"
)
# A sentence opening with its subject: "Smith said ...", "The ministry told ...", "Prof Alan
# Greene, an economist at UCL, said ...", "Frazer dismissed the criticism."  Inflected cue forms
# only (a base form is as often a noun: "Syrian state television"), or any verb in -ed.
# A capitalised word in a name: a full stop belongs to it only as an initial or a short
# abbreviation ("D.", "Sen.", "U.S."), so "Paul D. Ryan. He's said" is not the name "Ryan. He".
_LONG_ABBREVIATIONS = "|".join(a for a in NAME_ABBREVIATIONS if len(a) > 3)
# the full stop of a title or an initial before a name ("Hon. Mawuli", "W.P. Senarath"): after
# a capitalised word of up to four letters (four fixed-width look-behinds: one per listed
# abbreviation made the subject pattern five times slower on text full of full stops)
_TITLE_STOP = (
    r"(?:(?<=\b[A-Z])|(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z][a-z]{3}))"
    r"\.(?=[ \t]*[A-Z])"
    # nor the stops of an abbreviation before a comma or of a time ("near Cawthra Rd., told",
    # "shortly before 1 a.m., said")
    r"|\.(?=,)|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\."
)
_CAPITAL_WORD = (  # a capitalised word; any word of up to three letters may end in a full stop
    rf"(?:(?:{_LONG_ABBREVIATIONS})\.|"
    r"[A-Z](?:[a-z]{0,2}\.|(?:\.[A-Z])+\.?|[\w'’-]*))"
)
# (a line may be indented, as archive exports indent their paragraphs)
_SENTENCE_START = r"(?:^[ \t]{0,8}|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))"
_OPENING_PREPOSITION = (
    r"(?:At|In|On|For|From|With|After|Before|During|Under|Over|Since|Until|Through|Across|"
    r"Inside|Outside|Near|Among|Amid|Despite|Following)"
)
_INSTITUTION_WORD = (
    r"(?:Universit(?:y|i|é|à|ät|ad|e)|College|Institute|Institut|Polytechnic|School|Hospital|"
    r"Foundation|Bank|Council|Centre|Center|Academy|Trust|Society|Association|Union|Agency)\b"
)
_SENTENCE_SUBJECT = latin_re(
    _SENTENCE_START
    +  # a conjunction or an opening phrase before the subject ("But travel expert Simon
    # Calderwood warned", "Just before dawn, Mensah finally sits down")
    r"(?:(?:But|And|Yet|So|Still|Meanwhile|However|Now|Then|Later|Earlier|Also)[,]?[ \t]+)?"
    # (not a subject of its own: "She and her partner, Tomasz, rent a house")
    r"(?:(?!(?:She|He|They|We|I|It)[ \t])[A-Z](?:[^,.;:!?\"“”\n]|!(?=[A-Z])){2,100},[ \t]+"
    # and a place after it ("Further west, in Kossuth County, Iowa, Travis Lindqvist is")
    r"(?:(?:in|at|near|outside|on|inside)[ \t]+[^,.;:!?\"“”\n]{2,40},[ \t]+"
    r"(?:[A-Z][a-z]+,[ \t]+)?"
    # or a clause of time ("Back at Saulnierville, as the tide turned, Francis loaded")
    r"|(?:as|when|while|after|before|once|until)[ \t]+[^,.;:!?\"“”\n]{2,60},[ \t]+)?)??"
    r"(?:(?P<np>(?P<det>The|A|An|the|a|an)[ \t]+(?:\w[\w'’-]*[ \t]+){0,9}?\w[\w'’-]*"
    # (a noun phrase never ends in an article or a preposition: "A purchasing clerk with a
    # licensed buying company" has no verb "licensed")
    + "".join(rf"(?<![ \t]{word})" for word in ("a", "an", "the", "with", "of", "at", "for"))
    + "".join(rf"(?<![ \t]{word})" for word in ("in", "on", "to", "by", "from"))
    # (particles, two of them in "Marieke van der Linde")
    # (Malay styles before a name: "Caretaker Mentri Besar Datuk Seri Kamarul Ariffin Hashim";
    # an age: "In Ward 7, 67-year-old Nosipho Dyantyi showed")
    # (a name may open with its particle: "von Heldenberg didn't rule it out")
    # (or with two: "Back at the fence line, van der Merwe watches")
    + rf"|(?:\d{{1,3}}-year-old[ \t]+)?(?:(?:{_SUBJECT_PARTICLE}[ \t]+){{1,2}}(?=[A-Z]))?"
    rf"(?:{_CAPITAL_WORD}[ \t]+(?:{_SUBJECT_PARTICLE}[ \t]+){{0,2}}){{0,8}}[A-Z][\w'’-]*)"
    # a role before the name ("Shadow transport secretary Helen Whately said"), or a possessed
    # role with the name in apposition ("Network Rail's chief executive, Andrew Haines, said")
    # (never a preposition: "At the post-match press conference, Ratu Apenisa was asked")
    rf"|(?P<role_np>(?!{_OPENING_PREPOSITION}[ \t])"
    rf"(?:{_CAPITAL_WORD}[ \t]+){{0,3}}[A-Za-z][\w'’.-]*(?:[ \t]+[a-z][\w'’-]*){{0,4}}"
    # two roles joined before a name ("veteran croc catcher and tour operator Ray Delaney")
    rf"(?:[ \t]+and(?:[ \t]+[a-z][\w'’-]*){{1,2}}(?=[ \t]+{_CAPITAL_WORD}))?"
    # (a portfolio in brackets: "PRA Member (Technical) Rafiq Ahmed Shaikh expressed")
    r"(?:[ \t]+\([A-Z][^()\n]{1,30}\)(?=[ \t]+[A-Z]))?"
    # ("Barisan Nasional secretary-general Datuk Seri Zainal Abidin Rahmat congratulated")
    rf"(?:[ \t]+(?:{_SUBJECT_PARTICLE}[ \t]+){{0,2}}{_CAPITAL_WORD}){{0,6}}))"
    # a party or unit in brackets, a place or an employer ("Ward councillor Pieter van Wyk (DA)
    # accused", "Economist Dr. Nishani Gunasekara of the University of Colombo said")
    r"(?:[ \t]+\([^()\n]{1,40}\))?"
    # (only "of the ...": "Secretary of State John Kerry" is one title and name)
    rf"(?:[ \t]+(?:of|from|at|in)[ \t]+the[ \t]+(?:{_CAPITAL_WORD}[ \t]+(?:(?:of|for|and)[ \t]+)?)"
    rf"{{0,5}}{_CAPITAL_WORD}"
    # (and the institution's town: "of the Max Planck Institute for Marine Microbiology in
    # Bremen, Germany, was")
    rf"(?:[ \t]+in[ \t]+{_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD})?)?"
    # or a home town ("Potato grower Andreas Kyprianou from Xylofagou said", "Juan Manriquez of
    # Oakland carried", "Senator Marco Rubio of Florida is airing"; not "the Business Council of
    # British Columbia", whose "of" is its name's, nor "Secretary of State John Kerry")
    rf"|[ \t]+from[ \t]+(?:{_CAPITAL_WORD}[ \t]+){{0,2}}{_CAPITAL_WORD}"
    # (an office "for" a place after its acronym: "The District Chief Executive (DCE) for
    # Sefwi Wiawso, Mr Emmanuel Adu-Gyamfi, said")
    rf"|(?<=\))[ \t]+for[ \t]+(?:{_CAPITAL_WORD}[ \t]+){{0,3}}{_CAPITAL_WORD}"
    rf"|(?(det)(?!)|(?:[ \t]+of[ \t]+(?:{_CAPITAL_WORD}[ \t]+)?{_CAPITAL_WORD}"
    # (or an institution of three words: "Dr Faridah Jaafar of Universiti Sains Malaysia said")
    rf"|[ \t]+of[ \t]+(?=(?:{_CAPITAL_WORD}[ \t]+){{0,2}}?{_INSTITUTION_WORD})"
    rf"(?:{_CAPITAL_WORD}[ \t]+){{0,3}}{_CAPITAL_WORD})))?"
    # an apposition, the last of several ("the Minister for Public Works, Meteorological
    # Services and Transport, Viliame Naqase, said")
    # (a decimal point is no full stop: "who farms 30 are (0.3 hectare) below the site")
    # (nor is the stop of a title or an initial: "the Minority Leader, Hon. Mawuli Dzokoto,")
    # (nor a comma between digits: "with a majority of 3,412 votes")
    r"(?:,[ \t]+\d{1,3},)?(?:(?<!,),[ \t]+(?P<appos>(?:[^,.;:!?\"“”\n]|(?<=\d)[.,](?=\d)|"
    + _TITLE_STOP
    + r"){3,120}),"
    # (a state after a town: "an entrepreneur in San Jose, Calif., gave"; a clause after the
    # role: "Tom Hale, the MP for Wakefield East, who did not sign, said")
    r"(?:[ \t]+(?=[A-Z]|(?:who|which|whose)[ \t])"
    r"(?P<appos_more>(?:[^,.;:!?\"“”\n]|\.(?=,)){3,80}),)?"
    # (after an age, a home town and its state: "Linda Harrow, 58, of Worcester, Massachusetts,")
    r"|(?<=,)[ \t]+(?P<appos2>[^,.;:!?\"“”\n]{3,120}),(?:[ \t]+(?=[A-Z])[^,.;:!?\"“”\n]{3,40},)?)?"
    # an aside before the verb ("Chief Emmanuel Adeyemo, however, told"; "Deane herself was")
    r"(?:[ \t]+(?:however|meanwhile|though|too|also|instead|in[ \t]+turn),)?"
    r"(?:[ \t]+(?:himself|herself|themselves))?"
    rf"[ \t]+(?:(?:has|had|also|then|later|finally|still|now|often)[ \t]+)?"
    r"(?:(?:[a-z]+ly|just|still|only|even|never|always|already|also|simply|merely)[ \t]+)?"
    rf"(?P<verb>{_STRONG_CUES}|[a-z]{{2,}}ed|{_NARRATIVE_VERBS}"
    r"|sent|put|gave|made|took|held|put[ \t]+out|was|is"
    # "Adler did not hesitate", "Nkosi would not say"
    r"|(?:did|does|would|could|will|can)(?=[ \t]+not\b)|didn[’']t|doesn[’']t|wouldn[’']t|won[’']t"
    r"|cannot"
    r"|(?<=has[ \t])[a-z]{2,}|(?<=had[ \t])[a-z]{2,}"
    # any present-tense verb straight after an apposition ("Kelly Vibert, a care worker,
    # rents a flat"): a lower-case word after the apposition's closing comma is its verb
    r"|(?<=,[ \t])(?P<present>[a-z]{2,}(?:s|es)))\b",
    re.MULTILINE,
)
# how an apposition that describes its subject begins ("a care worker", "the charity's chair",
# "42", "herself a nurse")
_DESCRIPTION_OPENING = re.compile(r"(?:a|an|the|his|her|their|its|one|\d+|herself|himself)\b")
# the same subject after a subordinate clause: "As voices rose on both sides of the chamber,
# the Mayor, Cllr Brenda Hollis, intervened."
_CLAUSE_SUBJECT = latin_re(_SENTENCE_SUBJECT.pattern[len(_SENTENCE_START) :], re.MULTILINE)
_SUBORDINATORS = word_set("as when while after before if although though because since once until")

# Verbs by which someone brings out a document that then "says" or "reads" something.
def _main_verb(group: str) -> str:
    """The verb of a verb group, past its auxiliaries: "has written" -> "written"."""
    words = group.split()
    return next((w for w in words if w.lower() not in _AUXILIARIES), words[0] if words else "")


_AUXILIARIES = word_set("has have had was were is are also then later since already")
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
_POSSESSED_DOCUMENT = re.compile(
    r"(?P<owner>.+?)(?:['’]s?)[ \t]+(?P<doc>(?:[\w-]+[ \t]+){0,2}(?P<head>[\w-]+))"
)
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


_NAME_GOES_ON = latin_re(r"((?:[ \t]+(?:and|&|of|for)(?:[ \t]+[A-Z][\w'’.-]*)+)+)[ \t]+")
_DOCUMENT_BY = re.compile(r"[ \t](?:by|from)[ \t]+(?P<owner>[^,;]+)$")
_OWNER_PRONOUNS = {"his": "his", "her": "her", "its": "its", "their": "their", "our": "our"}


def _document_owner(
    text: str,
    index: NameIndex,
    att: Attribution,
    earlier: list[Speaker | None],
    affiliations: dict[str, str],
    barrier: int,
) -> Speaker | None:
    """Who speaks through a document: "her statement said" (her), "a document leaked on
    Facebook by the rebels' negotiating team says" (the team), "the apology said" after "The
    company later apologised." (the company).  The document becomes the setting."""
    ms, me = att.mention
    mention = text[ms:me]
    words = mention.split()
    if (
        not words
        or words[-1].lower().strip(".,") not in _DOCUMENT_HEADS
        and " by " not in (f" {mention} ")
        and " from " not in f" {mention} "
    ):
        return None
    through = mention
    first = words[0].lower()
    if first in _OWNER_PRONOUNS and len(words) > 1 and words[-1].lower() in _DOCUMENT_HEADS:
        pron = Attribution((ms, ms + len(words[0])), att.cue, att.sieve, att.confidence)
        sp = resolve_speaker(text, index, pron, earlier, affiliations, quote_start=barrier)
        if sp is None or sp.name.lower() in PRONOUNS:
            return None
        return Speaker(sp.name, sp.type, sp.affiliation, sp.gender, through=through)
    by = _DOCUMENT_BY.search(mention)
    if by:
        before = mention[: by.start()].split()
        heads = [i for i, w in enumerate(before) if w.lower().strip(".,") in _DOCUMENT_HEADS]
        owner = by.group("owner").strip()
        rest = _NAME_GOES_ON.match(text, me, att.cue[0]) if att.cue else None
        if rest is not None and rest.end() == att.cue[0]:
            # "A statement from Birmingham Women's and Children's NHS Foundation Trust said":
            # the parser ended the phrase at the possessive; the name runs on to the verb
            owner = f"{owner}{rest.group(1)}"
        if heads and owner:
            doc = " ".join(before[: heads[0] + 1] + before[heads[0] + 1 :])
            if _looks_like_name(owner):
                name = index.fullest(owner)[0]
                return Speaker(name, speaker_type_of(name, is_name=True), through=doc)
            return Speaker(owner, speaker_type_of(owner, is_name=False), through=doc)
    owned = _POSSESSED_DOCUMENT.fullmatch(mention)
    if owned and owned.group("head").lower() in _DOCUMENT_HEADS and "'" not in owned.group("doc"):
        owner = owned.group("owner")
        if _looks_like_name(owner) or owner.split()[0] in ("The", "the"):
            name = index.fullest(owner)[0] if _looks_like_name(owner) else owner
            typ = speaker_type_of(name, is_name=_looks_like_name(owner))
            return Speaker(name, typ, through=through)
    named_owner = _document_owner_named(mention)
    if named_owner is not None:
        # "the Halden Racing statement read": the team named before its statement
        name = index.fullest(named_owner)[0]
        return Speaker(name, speaker_type_of(name, is_name=True), through=through)
    before = text[max(0, ms - 4) : ms].lower()
    determined = first in ("the", "a", "an", "this", "that") or before in ("the ", " an ")
    if determined and words[-1].lower() in _DOCUMENT_HEADS:
        publisher = (
            _publisher_before(
                text, index, barrier, {w.lower() for w in words[:-1]} <= _BARE_DOCUMENT_WORDS
            )
            or _owner_named_earlier(text, index, words[-1].lower(), ms)
            or _owner_said_in(text, index, words[-1].lower(), ms)
        )
        if publisher is not None and publisher.name.split()[0].lower() == "the":
            # "The firm responded in a written statement": the firm the article named
            publisher = _organisation_described(text, index, publisher.name, ms) or publisher
        if publisher is not None:
            publisher.through = through
            return publisher
    return None


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


# Words before a document's noun that say nothing of who wrote it ("the official report");
# "the council statement" names its owner, and no subject before it is asked.
_BARE_DOCUMENT_WORDS = word_set("the a an official written latest full final brief joint short")


def _two_paragraphs_back(text: str, pos: int, reach: int = 1200) -> int:
    """Where the paragraph before pos's paragraph starts, at most `reach` characters back."""
    start = max(0, pos - reach)
    para = text.rfind("\n\n", start, pos)
    earlier = text.rfind("\n\n", start, para) if para > 0 else -1
    return max(start, earlier + 2 if earlier >= 0 else start)


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


_SENTENCE_STOP = re.compile(r"[.!?][\"”’']?(?:[ \t]|$)|\n")


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding pos ends (its full stop, a line break or 300 characters)."""
    m = _SENTENCE_STOP.search(text, pos, min(len(text), pos + 300))
    return m.start() if m else min(len(text), pos + 300)


_NEXT_SENTENCE = latin_re(r"[.!?][\"”’']?[ \t]+(?=[A-Z\"“])")


def _last_sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding pos starts, going back to the last full stop and space (a
    sentence that starts at pos starts there: the capital after it is looked at too)."""
    ends = [m.end() for m in _NEXT_SENTENCE.finditer(text, max(0, pos - 600), pos + 1)]
    ends = [e for e in ends if e <= pos]
    return ends[-1] if ends else 0


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


# a quotation opening a sentence or paragraph may bring in another speaker; one inside the
# subject's own sentence ('Starmer said Labour would "put teachers first".') does not
_QUOTE_OPENING = re.compile(r"(?:^|[.!?:][\"”’']?[ \t]+|\n[ \t]*)[\"“«„‘']", re.MULTILINE)


def _paragraph_subject(
    text: str,
    index: NameIndex,
    kind: str | None,
    pos: int,
    names_only: bool = False,
    verbs: frozenset[str] | None = None,
    chained: int = 0,
    head: str | None = None,
) -> Speaker | None:
    """The speaker a pronoun stands for when a sentence shortly before it opens with a fitting
    subject ("Smith said ... "Q," he said"; "The ministry said ... "Q," it said"): that sentence
    is nearer than any earlier quotation's speaker.  It is looked for in the pronoun's paragraph
    and the one before, and only where no quotation lies between it and `pos`.  A paragraph
    that opens with a pronoun of the same kind ("She said the band is still short of money.")
    hands the search on to the paragraph before it, twice at most."""
    para = text.rfind("\n", 0, pos)
    opening = text[para + 1 : pos].strip(" \t\"“‘'")
    bare = not _QUOTE_MARK.search(text, para + 1, pos)
    if para > 0 and (not opening or bare and _OPENING_ONLY.fullmatch(opening)):
        # the quotation opens its paragraph, or only an opening phrase stands before the
        # pronoun ("Last night she said defiantly:"): look one paragraph back
        para = text.rfind("\n", 0, para - 1)
    window_start = max(para + 1, pos - 800)
    # (a sentence inside a quotation is the speaker's, never the narrator's: "What is being
    # called hospitality is ...," Dr Njenga told the Nation. She attributed ...)
    matches = [
        m
        for m in _SENTENCE_SUBJECT.finditer(text, window_start, pos)
        if not _inside_quotation(text, m.start())
    ]
    topics = list(_SENTENCE_TOPIC.finditer(text, window_start, pos))
    if topics and kind == "person" and verbs is None:
        # "For Major, a retiree, making calls is an opportunity. "Q," she said": a sentence
        # about a person whose subject is no noun the patterns read
        topic = topics[-1]
        after_subject = not matches or matches[-1].start() < topic.start()
        described = _DESCRIBED_AFTER_TOPIC.match(text, topic.end())
        if after_subject and described and not _QUOTE_OPENING.search(text, topic.end(), pos):
            return Speaker(index.fullest(topic.group("name"))[0], "person")
    if kind == "plural":
        groups = [
            g for g in _PEOPLE_SENTENCE.finditer(text, window_start, pos)
            if not _inside_quotation(text, g.start())
        ]
        last_group = groups[-1] if groups else None
        later = [m for m in matches if last_group is not None and m.start() > last_group.start()]
        if (
            last_group is not None
            and not later
            and not _QUOTE_OPENING.search(text, last_group.end(), pos)
            and _people_noun((last_group.group("noun") or last_group.group("bare")).lower())
        ):
            # "Several residents at the center complained ... "Q," they said": the people the
            # sentence is about, not the person quoted before them
            described = " ".join(last_group.group("np").split(",")[0].split())
            return Speaker(described[0].lower() + described[1:], "person")
    for last in reversed(matches):
        opener = (last.group("role_np") or last.group("np") or "").split()[:1]
        if opener and opener[0].lower() in _SUBORDINATORS:
            comma = text.find(",", last.start(), min(pos, last.start() + 150))
            if comma > 0:
                clause = _CLAUSE_SUBJECT.match(text, comma + 2, pos)
                appos, more = last.group("appos"), last.group("appos_more")
                if (clause is None and kind == "person" and appos and more
                        and re.match(r"(?:one|another)[ \t]", appos)
                        and _UNNAMED_APPOSITION.match(more)):
                    # "As the chamber emptied, one Conservative whip, who asked not to be
                    # named, summed up the mood": the unnamed person
                    return Speaker(_indefinite(appos[:1].upper() + appos[1:]), "person")
                last = clause or last
        if _QUOTE_OPENING.search(text, last.end(), pos):
            return None  # a quotation between brings in its own speaker
        if verbs is not None and _main_verb(last.group("verb")) not in verbs:
            return None
        topic = _TOPIC_OPENING.match(text, last.start())
        if topic and kind == "person" and verbs is None:
            # "For Tuohy, the worry is simpler. "Q," she said": the person the sentence is about
            return Speaker(index.fullest(topic.group("name"))[0], "person")
        subject = (last.group("np") or "").strip().lower()
        if subject in _TIME_SUBJECTS:
            continue  # "Tonight is her last.": a time, not a person; the search goes on
        if kind == "person" and last.group("np") and subject.split()[-1] in TITLE_WORDS:
            # "Mrs Efua Mensah-Bonsu, Chief Executive Officer of PayKente, said": the pattern
            # read the name as an opening phrase and the office as the subject
            opener = text[last.start() : last.start("np")].strip().rstrip(",")
            name, run = (
                index.fullest(opener)
                if _looks_like_name(opener) and not last.group("det")
                else (opener, None)
            )
            if run is not None and len(name.split()) > 1 and index.names_a_person(run):
                return Speaker(name, "person")
        given = (
            _NAME_GIVEN_AS.search(text, last.start(), min(pos, _sentence_end(text, last.end())))
            if kind == "person" and last.group("det") in ("A", "An", "a", "an")
            else None
        )
        if given is not None:
            # "A young man who was spotted at the pits, and who gave his name only as Kofi,
            # said he had no alternative. "Q," he said": the name he gave
            return Speaker(index.fullest(given.group("name"))[0], "person")
        if kind == "person" and verbs is None and not names_only:
            joined = _coordinated_person(text, index, last.end(), pos)
            if joined is not None:
                return joined
        written = (
            _WRITTEN_BY.match(text, last.start("np"))
            if kind == "person" and last.group("np") else None
        )
        if written is not None and _looks_like_name(written.group("name")):
            # "A letter from Furlong was handed into court. "Q," he wrote": its writer
            name, run = index.fullest(written.group("name"))
            if run is not None:
                return Speaker(name, "person")
        if kind == "person" and verbs is None:
            # "Lumora has not disclosed pricing, but Halvorsen acknowledged that ... "Q," she
            # said": the person who opens the sentence's later clause is nearer
            later = _LATER_CLAUSE_SUBJECT.search(
                text, last.end(), min(pos, _sentence_end(text, last.end()))
            )
            if later is not None and _looks_like_name(later.group("name")):
                name, run = index.fullest(later.group("name"))
                if run is not None and index.names_a_person(run):
                    return Speaker(name, "person")
        found = _subject_of_match(last, index, kind, names_only, head)
        if found is not None:
            return found
        if not _passes_over(last):
            return None
    first = matches[0] if matches else None
    if first is not None and chained < 2 and first.start() == window_start and verbs is None:
        np = (first.group("np") or "").lower()
        before = text.rfind("\n", 0, max(0, window_start - 2)) + 1
        # (a quotation in the paragraph before has its own speaker, whom "He" takes up; and
        # "Counsel Anne Dunne asked her to describe the kitchen" speaks of another "she")
        bare_before = not _QUOTATION_IN.search(text, before, window_start)
        other = _OBJECT_PRONOUN.search(text, before, window_start)
        if kind is not None and np in PRONOUNS and pronoun_kind(np) == kind and bare_before:
            found = None if other else _paragraph_subject(
                text, index, kind, window_start, names_only, None, chained + 1, head
            )
            if found is not None:
                found.chained = True  # right more often than not, but not always
            return found
    return None


_WRITTEN_BY = latin_re(
    r"(?:A|An|The|His|Her)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}(?:letter|statement|note|e-?mail|"
    r"message|text|post|card)[ \t]+(?:from|by|written[ \t]+by)[ \t]+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
    r"(?=[ \t]+(?:was|is|were|had|has|read|said|says|arrived|came)\b)"
)
# A sentence about a group of people: "Several residents at the center complained"
_PEOPLE_SENTENCE = latin_re(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?P<np>(?:(?:Several|Many|Some|Most|Both|Other)[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+){0,2}?(?P<noun>[a-z]{3,}s)"
    # (or the plural alone: "Farmers from the neighbouring Kalankuttiya area, who travelled to
    # the meeting in two tractors, echoed similar concerns")
    r"|(?P<bare>[A-Z][a-z]{2,}s))\b[^.!?\n\"“”]{0,120}?)"
    r"[ \t]+(?:said|say|told|complained|argued|warned|wrote|added|insisted|agreed|were|are|"
    r"had|have|attended|gathered|echoed|voiced|expressed|described|recalled)\b"
)
_LATER_CLAUSE_SUBJECT = latin_re(
    r",[ \t]+(?:but|and|while|yet|though|although)[ \t]+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]+(?:[a-z]+ly[ \t]+)?"
    r"(?:[a-z]{3,}ed|said|says|told|tells|insists|argues|warns|admits|concedes)\b"
)
_QUOTATION_IN = re.compile(r"[\"“”«»„]|(?<![\w’'])['‘](?=[A-Z])")
_OBJECT_PRONOUN = re.compile(r"\b(?:her|him|them)\b")


# Words before a pronoun that open its sentence without naming anyone ("Last night", "Later,")
_QUOTE_MARK = re.compile(r"[\"“”‘’'«»]")
_OPENING_ONLY = latin_re(r"(?:[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3},?)")


# A sentence about a person, opened by their name: "For Tuohy, the worry is simpler."
_TOPIC_OPENING = latin_re(
    # ("For farmers like Petrus !Naruseb, the question is not academic": one of a kind, and a
    # Khoekhoe name with its click letter written "!")
    r"(?:For|As[ \t]+for|To)[ \t]+(?:(?:[a-z]+[ \t]+){1,3}like[ \t]+)?"
    # (a role before the name: "For Salt Spring Island Local Trust Committee member Laura
    # Patrick, that is little comfort")
    # (or two: "For second-generation hawker Ms Goh Pei Shan, 42, who sells chicken rice")
    r"(?:(?:[A-Z][\w'’-]*[ \t]+){0,6}(?:[a-z][\w-]*[ \t]+){1,2}(?=[A-Z]))?"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?!?[A-Z][\w'’-]+"
    r"(?:[ \t]+!?[A-Z][\w'’-]+){0,2}),[ \t]+"
)


# (a mark inside a word is an apostrophe, even a mistyped one: "National Review‘s")
_OPENING_SINGLE = re.compile(r"(?<![A-Za-z])‘(?!\d)")  # (nor the elision of "‘90s")
_CLOSING_SINGLE = re.compile(r"’(?![A-Za-z])")


def _inside_quotation(text: str, pos: int) -> bool:
    """Whether `pos` lies inside a quotation opened earlier in its paragraph (read back 2,000
    characters at most: a pasted book may be one paragraph, and this is asked per sentence)."""
    seg = text[max(text.rfind("\n", 0, pos) + 1, pos - 2000) : pos]
    if seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1:
        return True
    return len(_OPENING_SINGLE.findall(seg)) > len(_CLOSING_SINGLE.findall(seg))


_SENTENCE_TOPIC = latin_re(_SENTENCE_START + _TOPIC_OPENING.pattern, re.MULTILINE)
# the topic described in apposition ("For Major, a retiree and one of the volunteers, ...")
# (or by an age and a clause: "For Ms Goh Pei Shan, 42, who sells chicken rice, ...")
_DESCRIBED_AFTER_TOPIC = re.compile(
    r"(?:\d{1,3},[ \t]+)?(?:an?|who)[ \t]+[a-z][^,.;:!?\"“”\n]{2,100},"
)


_PREPOSITIONS = word_set(
    "among amongst outside inside between behind beyond near at in on for with from into "
    "across along around through under over after before during"
)
_ENDS_IN_PLACE = latin_re(r"\b(?:from|in|at|near)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*$")


_TIME_SUBJECTS = word_set(
    "today tonight tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday "
    "now then morning evening night"
)


def _passes_over(m: re.Match[str]) -> bool:
    """A sentence whose subject names nobody new lets the search go further back: "She was
    blunt." (a pronoun taking up the same person), "Asked whether ..., he said" (no subject)."""
    np = m.group("np")
    if np is not None and np.startswith("The ") and _AGE_NOMINAL.match(np):
        return True  # "The 61-year-old was resettled in 2017": the person just named
    if np is not None:
        return re.sub(r"['’]s?$", "", np.split()[0]).lower() in NOT_NAMES  # "He's"
    return True


# "Teaching, Albrecht admits, has been harder": a name and a speech verb set off by commas
_ASIDE_CUE = latin_re(
    rf"(?P<name>{_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD}){{0,3}})[ \t]+(?:{_STRONG_CUES})"
)


def _role_before_apposition(last: re.Match[str], group: str) -> str:
    """The role a subject gives before its holder's name, with its place: "A teacher in the
    Gaza Strip" (the pattern keeps "in the Gaza Strip" outside the role's group)."""
    appos = "appos" if last.group("appos") else "appos2"
    return last.string[last.start(group) : last.start(appos)].rstrip(" ,\t")


def _role_word(word: str) -> bool:
    """A role noun in a role phrase: any in lower case ("chairman", "treasurer"), a listed
    one capitalised too ("The Parish Priest of St. Sebastian's Church")."""
    low = word.lower()
    return role_noun(low) if word.islower() else low in PERSON_NOUNS or low in TITLE_WORDS


# a second clause of the sentence with a person of its own ("By the close, Worcestershire had
# reached 41 for one, and Haseeb was watching from the balcony")
_AND_NAME = latin_re(
    r",[ \t]+(?:and|but|while|as)[ \t]+(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})"
    r"[ \t]+(?P<verb>was|is|were|had|has|sat|stood|looked|watched|stayed|remained|said|says"
    r"|told|added)\b"
)
_SPEECH_VERBS = frozenset({"said", "says", "told", "added"})


def _coordinated_person(text: str, index: NameIndex, start: int, pos: int) -> Speaker | None:
    """The person a later clause of the subject's sentence names, when the pronoun follows
    that sentence: the nearer subject."""
    end = pos
    stop = _SENTENCE_STOP.search(text, start, pos)
    if stop is not None:
        end = stop.start()
    found = None
    for m in _AND_NAME.finditer(text, start, end):
        found = m
    if found is None:
        return None
    name, run = index.fullest(found.group("name"))
    speaks = found.group("verb") in _SPEECH_VERBS
    if run is None or not index.names_a_person(run) or (len(name.split()) < 2 and not speaks):
        return None  # ("and Christmas was busy", "and Apple was down 3%": no one named in full)
    if not speaks:
        # "and Haseeb was watching": only someone already heard from in the article, never
        # anyone in passing ("and Sarah Smith was sent off")
        written = re.escape(found.group("name"))
        heard = re.search(
            rf"\b(?:{written})[ \t]+(?:said|says|told|added)\b"
            rf"|\b(?:said|says)[ \t]+(?:\S+[ \t]+)?(?:{written})\b", text[:start])
        if heard is None:
            return None
    return Speaker(name, "person")


def _subject_of_match(
    last: re.Match[str],
    index: NameIndex,
    kind: str | None,
    names_only: bool,
    head: str | None = None,
) -> Speaker | None:
    """The speaker a subject match gives; with `names_only`, only a name, or an unnamed
    person described by the noun `head` ("the analyst" for "Another analyst, who declined to
    be named")."""
    appos = last.group("appos") or last.group("appos2")
    if appos and re.match(r"(?:and|or)\b", appos):
        return None  # "The council leader, Tom Becker, and the planning officer, ...": two
    if last.group("np") and AWARD_AFTER.match(last.string, last.end("np")):
        return None  # "Sportsman of the Year went to ... Emmanuel Wanyonyi": a prize
    aged = re.search(r",[ \t]+\d{1,3},", last.group(0)) is not None  # "Siân Evans, 29, catches"
    if last.group("present") and not aged and not _DESCRIPTION_OPENING.match(appos or ""):
        return None  # "Otherwise, she said, countries may ...": no apposition, no verb
    more = last.group("appos_more")
    placed = appos is not None and re.match(r"(?:of|from|in|at|near)\b", appos) is not None
    if appos and more and not placed and not _leading_name(appos) and _leading_name(more):
        appos = more  # the name in the second apposition
    role_np = last.group("role_np")
    described = (role_np or last.group("np") or "").strip()
    # (only the apposition's own verb: not "Mayor Jane Holt, who has criticised officials who
    # spoke anonymously", nor a subject that ends in a name)
    unnamed = appos is not None and _UNNAMED_APPOSITION.match(appos) is not None
    words = described.split()
    named = len(words) > 2 and all(w[:1].isupper() for w in words[-2:])  # "Mayor Jane Holt"
    if kind == "person" and unnamed and described[:1].isupper() and not named:
        # "Another passenger, who did not wish to be named, said she ...", "One dealer, who
        # spoke on condition of anonymity, put it more bluntly": the unnamed person
        noun = _head_noun(described)
        single = not noun.endswith("s") or noun.endswith("ss")
        if single and (not names_only or noun == head):
            return Speaker(_indefinite(described), "person")
    if role_np is not None:
        if kind != "person":
            return None
        words = role_np.split()
        if words[0].endswith("ing") and len(words) > 1 and words[1] in _AFTER_GERUND:
            # "Speaking at the launch in Rwimiyaga Sector, the Minister of State ..., Dr
            # Claudine Mukasine, said": an opening phrase, and the subject in apposition
            named = _leading_name(more) if more else None
            named = named or (_leading_name(appos) if appos else None)
            return Speaker(index.fullest(named)[0], "person") if named else None
        named_role = _leading_name(appos) if appos else None
        placed = _ENDS_IN_PLACE.search(role_np)
        if named_role and not placed and any(_role_word(w) for w in words):
            # (but "a philanthropist from Monsey, New York, said": the place goes on)
            # "The chairman of the Asantekrom Cocoa Farmers Cooperative, Opanin Kwabena
            # Asare-Boadu, said": the role's holder is named in apposition
            role = _role_before_apposition(last, "role_np")
            return Speaker(index.fullest(named_role)[0], "person", clean_description(role))
        if words[0].lower() in NOT_NAMES and words[0] not in ("The", "A", "An"):
            return None  # "Currently the company said"
        if words[0].islower() and not any(role_noun(w) for w in words if w.islower()):
            return None  # (after an opening phrase: "Outside a shop, cyclist Marie Gagnon said")
        if words[-1][:1].isupper():
            _role, named = _split_role(role_np)
            if _role is None or not _looks_like_name(named):
                return None
            if _role.split()[0].lower() in _PREPOSITIONS:
                return None  # "Among those celebrating outside City Hall was": a place
            if _role.split()[-1].lower() in _PREPOSITIONS:
                return None  # "Bus mileage outside London has fallen": a place (not "of":
                # "Chief executive of Ibec Danny McCoy said")
            return Speaker(index.fullest(named)[0], "person")
        named = _leading_name(appos) if appos else None
        if named and role_noun(words[-1].lower()):
            return Speaker(index.fullest(named)[0], "person", clean_description(role_np))
        return None
    np = last.group("np")
    if kind == "person" and np and re.search(r"[ \t]who$", np) and not names_only:
        # "a farmer who asked not to be named because he is in a dispute said": the unnamed
        # person, with no commas around the clause
        clause = last.string[last.start("np") + len(np) - 3 : last.start("verb") + 60]
        if _UNNAMED_APPOSITION.match(clause):
            return Speaker(_indefinite(np[:-4].strip()), "person")
    aside = _ASIDE_CUE.fullmatch(appos.strip()) if appos else None
    if aside and kind == "person" and _looks_like_name(aside.group("name")):
        # "Teaching, Albrecht admits, has been harder than she expected": the one the aside
        # names is who the sentence quotes
        return Speaker(index.fullest(aside.group("name"))[0], "person")
    first = np.split()[0]
    if " " not in np and first.endswith("ing") and first.lower() not in ("king", "ming", "ding"):
        return None  # a gerund opening the sentence ("Teaching ... has been harder")
    nominal = first in ("The", "A", "An", "the", "a", "an")  # (lower case after an opening)
    named_appos = _leading_name(appos) if appos else None
    if named_appos is None and appos and nominal and appos[:1].islower():
        # "The petitioner's counsel, advocate Shruti Mehra, disputed this": a role of the
        # holder's own before the name
        appos_role, appos_name = _split_role(appos.strip())
        role_words = (appos_role or "").split()
        if (
            role_words
            and all(
                w.isalpha() and w.islower() and w not in _PREPOSITIONS and w not in NOT_NAMES
                for w in role_words
            )
            and not role_words[-1].endswith(("ed", "ing"))
        ):
            named_appos = _leading_name(appos_name)
    role_word = first.lower() in TITLE_WORDS or first.lower() in PERSON_NOUNS or first == "Head"
    if named_appos and kind == "person" and not nominal and role_word and " " not in np:
        # "Head of the St Catherine North Police Division, Superintendent Bobette
        # Morgan-Simpson, said": a capitalised role, its holder named in apposition
        return Speaker(index.fullest(named_appos)[0], "person", clean_description(np))
    if nominal and named_appos and kind == "person":
        # "The RMT's general secretary, Mick Lynch, said ...", "The study's lead author, Dr
        # Peter Kistler of the Baker Institute, said ..."
        role = _role_before_apposition(last, "np")
        return Speaker(index.fullest(named_appos)[0], "person", clean_description(role))
    if (nominal and named_appos and kind == "thing" and appos.strip() == named_appos
            and speaker_type_of(np, is_name=False) in ("organisation", "other")):
        # "The airline, Qantas, has been quiet. "Q," it said": the body the noun names
        return Speaker(index.fullest(named_appos)[0], "organisation")
    if first in ("the", "a", "an") and kind == "person":
        return None  # "Asked what he would do next, the old man smiled": he stays who he was
    if nominal and re.search(r"[ \t](?:I|we|you)$", np):
        return None  # "The first person I met was ...": the narrator's clause, no subject
    rest = np.split()[1:]
    if nominal and kind == "person" and len(rest) >= 3 and all(w[:1].isupper() for w in rest):
        # "The Liberal Democrat Fiona Cairns asked": a capitalised role, then the name
        while len(rest) > 2 and not_name_words((rest[0],)):
            rest = rest[1:]
        words = index.fullest(" ".join(rest))[0].split()
        while len(words) > 2 and not_name_words((words[0],)):
            words = words[1:]  # (the run as written: "Liberal Democrat Fiona Cairns")
        name = " ".join(words)
        if speaker_type_of(name, is_name=True) == "person" and len(rest) < len(np.split()) - 1:
            return Speaker(name, "person")
    if nominal:
        if names_only:
            return None
        head = _head_noun(np)  # "the Diocese of Harrow Falls": the diocese, not the falls
        plural = head.endswith("s") and not head.endswith(("ss", "'s", "’s"))
        is_person = speaker_type_of(np, is_name=False) == "person" or (
            plural and head[:-1] in PERSON_NOUNS
        )
        if kind == "person" and is_person and not plural:
            return Speaker(np, "person")
        if kind == "thing" and not is_person and not plural:
            return Speaker(np, speaker_type_of(np, is_name=False))
        if kind == "plural" and plural:
            return Speaker(np, speaker_type_of(np, is_name=False))
        if kind == "plural" and head in _SINGULAR_THEY and first in ("A", "a", "An", "an"):
            # "A spokesperson said ... "Q," they said": the singular they of an unnamed person
            # (whom a later "she" or "he" does not take up: gender "n", neither)
            return Speaker(np, "person", gender="n")
        return None
    if re.sub(r"['’](?:s|ve|re|ll|d|m)$", "", first).lower() in NOT_NAMES:
        return None  # "She's", "We've", "I'm"
    _role, np = _split_role(np)  # "Lawyer Imran Khan said ..."
    name, _run = index.fullest(np)
    typ = speaker_type_of(name, is_name=True)
    if kind == "person" and typ == "person":
        if " " not in name and abstraction_not_name(name):
            return None  # "Her electricity bill has doubled. Insurance is up. "Q," she adds"
        return Speaker(name, "person")
    if kind == "plural" and not names_only and typ == "organisation":
        return Speaker(name, "organisation")  # "Police said ... they said"
    if kind == "thing" and not names_only and (typ == "organisation" or " " not in name):
        # a one-word name taken up by "it" is an organisation ("Northwind said ... it said")
        return Speaker(name, "organisation")
    return None


# `Lazar said he welcomed extradition and added, "Q"`, `Trump said he responded: "Q"`: a name
# that is the subject of a speech verb earlier in the pronoun's own sentence
_QUOTE_CHARS = ('"', "“", "”", "‘", "’ ", "'", "«", "»")
_NAME_SAID = latin_re(
    r"(?P<name>(?:[A-Z][\w'’.-]*[ \t]+(?:(?:al|bin|ibn|de|van|von)[ \t]+)?){0,3}[A-Z][\w'’-]*\w)"
    rf"(?:,[^,.;:!?\"“”\n]{{3,80}},)?[ \t]+(?:(?:has|had|also|then|later)[ \t]+)?(?:{_STRONG_CUES})"
    r"[ \t]+(?:that[ \t]+)?(?:he|she)\b"
)


_GENDERED = re.compile(r"\b(?:(?P<m>he|him|his|himself)|(?P<f>she|her|hers|herself))\b", re.I)


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


def _others_named(text: str, index: NameIndex, start: int, end: int, name: str) -> bool:
    """Someone other than `name` is named in full between start and end."""
    own = set(name.split())
    for run in index.runs:
        if run.start >= end:
            break
        named = run.start >= start and len(run.name) >= 2 and not own & set(run.name)
        if named and speaker_type_of(" ".join(run.name)) == "person":
            return True
    return False


def _person_introduced(
    text: str,
    index: NameIndex,
    since: int,
    pos: int,
    gender: str | None,
    earlier: list[Speaker | None],
) -> Speaker | None:
    """The person brought in with reported speech after the last quotation and before this
    one, in this paragraph or the one before, whom a "he" or "she" takes up: "Rail, Tram and
    Bus Union state secretary Gavin Drury said drivers had been asked to work extra shifts.
    "Q," he said" -- not the previous quotation's speaker.  Only a full name followed by a
    speech verb counts, only of the pronoun's gender or of unknown gender, and only when no
    pronoun of that gender before the name still speaks of someone else."""
    start = max(since, _two_paragraphs_back(text, pos, 1500))
    found = None
    for m in _NAME_CUE.finditer(text, start, pos):
        bare_comma = (
            m.group("appos") is None and m.group("who") is None
            and text.startswith(",", m.end("name"))
        )
        if bare_comma and text[max(0, m.start() - 2) : m.start()] != ", ":
            continue  # "building bridges to Mr. Sanders, said David Axelrod": inverted
        if DETERMINED.search(text, max(0, m.start() - 5), m.start()):
            continue  # "the Strangford MLA said": a description, not a name
        found = m
    intro = None
    for m in _INTRODUCED.finditer(text, start, pos):
        intro = m
    given = None
    for m in _NAME_GIVEN_AS.finditer(text, start, pos):
        given = m
    kin_named = None
    for m in _KIN_NAMED_CUE.finditer(text, start, pos):
        kin_named = m
    if kin_named is not None and kin_named.start() > max(
            (m.start() for m in (found, intro, given) if m is not None), default=-1):
        # "Their 15-year-old daughter, Aaliyah, said she grabbed her brother": a relative
        # named by a given name alone
        sp = Speaker(index.fullest(kin_named.group("name"))[0], "person")
        fits = _fits_gender(
            text, sp, earlier, gender, start, kin_named.start("name"), kin_named.end("name"))
        return sp if fits else None
    latest = max((m.start() for m in (found, intro) if m is not None), default=-1)
    if given is not None and given.start() > latest:
        # "One young man, who gave his name only as Osman, 23, said he started ...": the one
        # name the article has for him, even a single word
        sp = Speaker(given.group("name"), "person")
        fits = _fits_gender(text, sp, earlier, gender, start, given.start(), given.end("name"))
        return sp if fits else None
    if intro is not None and (found is None or intro.start() > found.start()):
        # "One of them is Leung Mei-ling, who shares a 90 sq ft unit", "Among those celebrating
        # was Sgt. Amit Peretz, 20": a person brought in without speech
        name = index.fullest(intro.group("name"))[0]
        if len(name.split()) < 2 or speaker_type_of(name, is_name=True) != "person":
            return None
        if any(sp is not None and sp.name == name for sp in earlier[-1:]):
            return None
        sp = Speaker(name, "person")
        fits = _fits_gender(text, sp, earlier, gender, start, intro.start(), intro.end("name"))
        return sp if fits else None
    if found is None:
        return None
    name_end = found.end("name")
    appos = found.group("appos")
    head = found.group("name")
    # (or an office for a place: "Plaid Cymru MS for Mid and West Wales, Elin Haf Jenkins,
    # said", where the name run starts after "and")
    of_body = speaker_type_of(head) == "organisation" or _OF_BODY_BEFORE.search(
        text, max(0, found.start() - 40), found.start()
    )
    if appos and of_body and _APPOSED_FULL_NAME.fullmatch(appos.strip()):
        # "The Chairman of the Traders Association, Alhaji Musa Bello-Kareem, appealed": the
        # name in apposition is the person
        name_end = found.start("appos") + len(appos.rstrip())
    run = next((r for r in index.runs if r.end == name_end), None)
    run_start = run.start if run is not None else found.start()
    after_place = _AFTER_PLACE.search(text, max(0, run_start - 12), run_start)
    if after_place and not TITLE_OF.search(text, max(0, run_start - 40), run_start):
        return None  # "Rep. Lee Zeldin of New York, a Trump supporter, said": a place, not him
    words = list(run.name) if run is not None else text[found.start("name") : name_end].split()
    while words and words[0].lower() in NOT_NAMES:
        words = words[1:]
    office = [i for i, w in enumerate(words[:-2]) if w.lower() in _OFFICE_WORDS]
    rest = words[office[-1] + 1 :] if office else words
    if office and not any(w.lower() in _OFFICE_WORDS for w in rest):
        words = rest  # "Minister for ... Local Government Darragh Ó Briain"
    else:
        office = []  # ("Chief Executive Officer of PayKente" is an office, no name)
    titled = run is not None and bool(run.title)  # "Mr. Abboud said", "Professor Epstein said"
    if len(words) < 2 and not (words and titled):
        return None
    name = index.fullest(" ".join(words))[0]
    if office and speaker_type_of(name, is_name=True) != "person":
        name = " ".join(words)  # (the index's run held the office's words too)
    if speaker_type_of(name, is_name=True) != "person":
        return None
    if any(sp is not None and sp.name == name for sp in earlier[-1:]):
        return None  # the previous speaker again: the usual rules decide
    sp = Speaker(name, "person")
    return sp if _fits_gender(text, sp, earlier, gender, start, found.start(), name_end) else None


_KIN_GENDER = {
    "father": "m", "dad": "m", "son": "m", "brother": "m", "husband": "m", "grandfather": "m",
    "uncle": "m", "mother": "f", "mum": "f", "mom": "f", "daughter": "f", "sister": "f",
    "wife": "f", "grandmother": "f", "aunt": "f",
}  # fmt: skip
# a relation in apposition before a name ("her son Chidi Ekwueme", "Her late husband, the
# printmaker David Harrow,")
_KIN_BEFORE_NAME = re.compile(
    rf"\b(?P<kin>{'|'.join(_KIN_GENDER)}),?[ \t]+(?:the[ \t]+(?:[\w-]+[ \t]+){{0,2}})?$",
    re.IGNORECASE,
)
_KIN_INVERSE = {
    "father": "son|daughter|child", "mother": "son|daughter|child", "dad": "son|daughter",
    "mum": "son|daughter", "mom": "son|daughter", "son": "father|mother", "daughter":
    "father|mother", "brother": "brother|sister", "sister": "brother|sister", "husband": "wife",
    "wife": "husband", "grandfather": "grandson|granddaughter", "grandmother":
    "grandson|granddaughter", "uncle": "nephew|niece", "aunt": "nephew|niece",
}  # fmt: skip
_REACTING = (
    "listened|listens|nodded|nods|shrugged|shrugs|agreed|agrees|watched|watches|laughed|laughs|"
    "smiled|smiles|sighed|sighs|said|says|added|adds|interjected|interrupted|disagreed|frowned|"
    "chimed|wept|recalled|recalls|remembered|remembers|joined|joins|cut|put|was|is|"
    "brushed|waved|grinned|beamed|chuckled|demurred|paused|winced|bristled"
)
_KIN_SUBJECT = re.compile(
    r"(?:(?:^|(?<=[.!?][ \t])|(?<=\n))[ \t]*(?P<owner>His|Her)"
    # (or after an opening phrase: "Back behind the counter, her father brushed it off")
    r"|(?<=,[ \t])(?P<owner_after>his|her))[ \t]+(?P<kin>"
    + "|".join(_KIN_GENDER)
    + r")(?![\w'’-])(?![ \t]*,)"
    # (a relative who reacts or speaks, not one spoken of: "His father died when he was 12")
    r"(?=(?:[ \t]+[a-z]+ly)?[ \t]+(?:" + _REACTING + r")\b)",
    re.MULTILINE,
)


def _relative_of_last_speaker(
    text: str,
    index: NameIndex,
    since: int,
    pos: int,
    gender: str | None,
    earlier: list[Speaker | None],
) -> Speaker | None:
    """"His father listened in silence. "Q," he said": the last speaker's relative, named
    where the article gave the relation the other way round ("al-Saadi's teenage son Mortada")
    or, when it never names them, as "Mortada's father".  Only a sentence the relation opens,
    since the last quotation, of the pronoun's gender."""
    start = max(since, _two_paragraphs_back(text, pos, 1500))
    found = None
    for m in _KIN_SUBJECT.finditer(text, start, pos):
        found = m
    if found is None:
        return None
    if found.group("owner_after") and re.match(r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:was|is)\b",
                                              text[found.end() : found.end() + 30]):
        return None  # "After the war, his father was a miner": spoken of, not speaking
    owner = found.group("owner") or found.group("owner_after")
    if _inside_quotation(text, found.start("owner" if found.group("owner") else "owner_after")):
        return None
    kin = found.group("kin")
    if gender and _KIN_GENDER[kin] != gender:
        return None
    kinship = _KINSHIP.fullmatch(found.group(0).strip())
    named = _relative_named(text, index, kinship, found.start(), [], {}) if kinship else None
    if named is not None:
        return named  # "She is survived by her son Chidi ... Her son said ... "Q," he said"
    last = earlier[-1] if earlier else None
    if last is None or last.type != "person" or not _looks_like_name(last.name):
        return None  # (nor a description: "a Democratic staffer in the room")
    owner_gender = "m" if owner.lower() == "his" else "f"
    if _gender_of(text, last, earlier) not in (None, owner_gender):
        return None
    given = re.escape(last.name.split()[0])
    inverse = latin_re(
        r"(?<![\w'’-])(?P<name>(?:(?:al|el|ad|as|ash)-)?[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}?)"
        r"['’]s[ \t]+"
        r"(?:[a-z][\w-]*[ \t]+){0,2}"
        rf"(?:{_KIN_INVERSE[kin]}),?[ \t]+{given}\b"
    ).search(text, 0, pos)
    if inverse is not None:
        relative = Speaker(index.fullest(inverse.group("name"))[0], "person", doubtful=True)
        known = _gender_of(text, relative, earlier)
        if relative.name != last.name and known in (None, _KIN_GENDER[kin]):
            return relative  # (the son's father, never his mother: "al-Saadi ... his waist")
    return Speaker(f"{last.name}'s {kin}", "person", doubtful=True)


def _newest_person(
    text: str,
    index: NameIndex,
    since: int,
    pos: int,
    gender: str | None,
    earlier: list[Speaker | None],
    subject_only: bool = False,
) -> Speaker | None:
    """The person last named in full since the last quotation, in the pronoun's paragraph or
    the one before, when the name opens a sentence or a clause or follows "is", "belongs to"
    or "meet" ("One of those jobs belongs to Chukwudi Okonkwo, a radio-frequency engineer ...
    "Q," he says"): a feature brings each interviewee in just before their words.  Only a
    name the article writes as a person's or an earlier speaker's, of the pronoun's gender,
    never the previous speaker, and never a name inside a quotation or named in passing.
    With `subject_only`, only a name that opens its sentence, after at most a determiner and
    a few role words ("Her former Love Villa co-star Tyrese Okafor-Lloyd")."""
    start = max(since, _two_paragraphs_back(text, pos, 1500))
    first = bisect.bisect_left(index.starts, start)
    last = bisect.bisect_left(index.starts, pos)
    for run in reversed(index.runs[first:last]):
        if run.end > pos:
            continue
        if len(run.name) < 2 and not _returning_speaker(text, index, run, earlier) and not (
            _ACTS_AS_PERSON.match(text, run.end) and " " in index.fullest(run.name[0])[0]
        ):
            continue  # (but "Hegde shakes her head": a surname that acts, of a full name)
        if _inside_quotation(text, run.start) or DETERMINED.search(
            text, max(0, run.start - 5), run.start
        ):
            continue
        if POSSESSIVE.search(text, run.start, run.end) or text[run.end : run.end + 1] in "'’":
            continue  # "Pieter's daughter", "Jones' son": the relative, not the name
        if (text[run.start - 1 : run.start], text[run.end : run.end + 1]) in ENCLOSED:
            continue  # a boat, a title, a translation in brackets or marks
        if _NOT_THE_PERSON_BEFORE.search(text, max(0, run.start - 60), run.start):
            continue  # "a bed and breakfast in Whiting Bay", "Asked about ... Keeley Anders"
        if len(run.name) > 4 or not index.names_a_person(run) or not_name_words(run.name[-1:]):
            continue  # ("Trump International Golf Club Puerto Rico", "the Wisconsin Republican")
        if not _BROUGHT_IN_BEFORE.search(text, max(0, run.start - 80), run.start):
            continue  # "a former adviser to President George W. Bush": named in passing
        if subject_only and not _OPENS_SENTENCE_BEFORE.search(
            text, max(0, run.start - 80), run.start
        ):
            continue  # ("in Hudson, New Hampshire", "challenging Sen. John McCain")
        name = index.fullest(" ".join(run.name))[0]
        if any(sp is not None and sp.name == name for sp in earlier[-1:]):
            return None  # the previous speaker again: the usual rules decide
        spoke = any(sp is not None and sp.name == name for sp in earlier)
        if not spoke and not _introduced_as_person(text, index, name):
            continue  # "Wall Street", "Roman Catholic", "FULL TEXT": capitals, not a person
        sp = Speaker(name, "person", doubtful=True)  # (right about three times in four)
        return sp if _fits_gender(text, sp, earlier, gender, start, run.start, run.end) else None
    return None


def _returning_speaker(
    text: str, index: NameIndex, run: NameRun, earlier: list[Speaker | None]
) -> bool:
    """A surname alone, after a scene-setting phrase, of someone quoted before under their
    full name: "Back at the hospital, Walsh is preparing for another long summer" brings
    Kirsten Walsh back (a feature's return to an interviewee)."""
    if not _SCENE_BEFORE.search(text, max(0, run.start - 60), run.start):
        return False
    name = index.fullest(" ".join(run.name))[0]
    return " " in name and any(sp is not None and sp.name == name for sp in earlier)


_SCENE_BEFORE = latin_re(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?:Back|Later|Now|Today|Outside|Inside|Downstairs|Upstairs"
    r"|Meanwhile|At|In|On)(?:[ \t]+[a-z][\w'’-]*){0,5},[ \t]+$"
)


# A feature's beat of action just before a quotation ("... and Ortega looks over the dining
# room.", "She nods towards Whitlock, who grins without looking up."): the one who moves speaks.
_BEAT_VERBS = (
    "looks|looked|reaches|reached|nods|nodded|grins|grinned|smiles|smiled|laughs|laughed|"
    "shrugs|shrugged|turns|turned|pauses|paused|leans|leaned|leant|sighs|sighed|points|pointed|"
    "glances|glanced|winks|winked|gestures|gestured|frowns|frowned|chuckles|chuckled"
)
_BEAT = latin_re(
    r"(?:^|\n|[.!?][\"”’']?[ \t]+|,[ \t]+(?:and|but|as|while)[ \t]+|\b(?:towards?|at)[ \t]+)"
    r"(?!(?:She|He|They|We|It|I)\b)(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
    rf"(?:,[ \t]+who)?[ \t]+(?:{_BEAT_VERBS})\b[^.!?\n]*[.!?][\"”’']?[ \t]*\n*[ \t]*$"
)


def _beat_person(
    text: str, index: NameIndex, pos: int, gender: str | None, earlier: list[Speaker | None]
) -> Speaker | None:
    """The person the sentence right before the quotation shows moving, by a name the
    article gave in full: the "he said" is theirs (doubtful unless they spoke last too)."""
    found = _BEAT.search(text, max(0, pos - 300), pos)
    if found is None or _inside_quotation(text, found.start("name")):
        return None
    name, run = index.fullest(found.group("name"))
    if run is None or len(name.split()) < 2 or not index.names_a_person(run):
        return None
    last = earlier[-1] if earlier else None
    sp = Speaker(name, "person", doubtful=last is None or last.name != name)
    if gender and _gender_of(text, sp, earlier) not in (None, gender):
        return None
    return sp


_GROUP_PEOPLE = word_set(
    "resident fan witness voter protester protestor shopper passenger parent student teacher "
    "official neighbour neighbor supporter critic villager local commuter customer member "
    "spectator viewer reader user delegate mourner relative survivor victim patient nurse "
    "doctor farmer worker employee tenant landlord business owner trader vendor "
    # (bodies speak too: "Companies were quick to react. One said")
    "company firm bank union airline charity council school hospital club team"
)


def _written_capitalised(text: str, word: str, at: int) -> bool:
    """Whether the word is written with its capital somewhere not at a sentence's start."""
    found = re.finditer(rf"(?<=[a-z,][ \t]){re.escape(word)}\b", text)
    return any(m.start() != at for m in found)


# a group named by the sentence just before a bare "One" or "Another"
_GROUP_BEFORE = latin_re(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?:(?:Some|Many|Most|Several|Other|The)[ \t]+)?"
    r"(?P<kind>(?:[A-Z][\w'’-]*[ \t]+)?"
    r"(?:(?!(?:in|on|at|of|from|near|outside)\b)[a-z][\w-]*[ \t]+)?)"
    r"(?P<group>[A-Za-z][a-z]{2,}s)\b"
    r"(?:[ \t]+(?:on|in|at|from|of|outside|near)[ \t]+[^.!?\n\"“”]{1,40}?)?"
    r"[ \t]+(?:were|are|had|have|said|say|told|gave|voiced|took|met|gathered|protested|"
    r"reacted|responded|complained|celebrated|queued|waited|"
    # (online: "Employees vented on the anonymous forum Blind. "Q," one wrote")
    r"vented|posted|wrote|took|weighed|flocked|flooded|turned|shared|commented)\b"
    # (and the quotation itself when it comes before "one wrote")
    r"[^.!?\n]*[.!?:][ \t\n]*(?:(?:[\"“][^\n]{1,400}?[\"”]|[‘'][^\n]{1,400}?[’'])[ \t]*)?$"
)
def _singular(noun: str) -> str:
    """A plural noun's singular, as the group words need it ("families", "coaches")."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses")):
        return noun[:-2]
    return noun[:-1]


def _people_noun(plural: str) -> bool:
    """Whether a plural noun is people ("residents", "student employees"), not things."""
    single = _singular(plural)
    return single in _GROUP_PEOPLE or role_noun(single)


# "some" or "many" of a group a sentence has just named as speaking
_SOME_OF_THEM = frozenset({"some", "many", "others", "most", "several", "a few"})
_GROUP_IN_SENTENCE = latin_re(
    r"\b(?P<group>[a-z]{3,}s)[ \t]+(?:said|say|says|told|were|are|had|have|complained)\b"
)
# how an article brings a person in: an age, a description or a clause in apposition
_PERSON_APPOSITION = re.compile(r",[ \t]+(?:\d{1,3},|(?:a|an|the|who|whose|his|her)\b)")


def _introduced_as_person(text: str, index: NameIndex, name: str) -> bool:
    """Whether the article writes the name as a person's somewhere: with a title ("Dr Nomvula
    Dlamini"), after a role ("striker Keeley Anders"), or with an age or a description in
    apposition ("Chukwudi Okonkwo, a radio-frequency engineer")."""
    words = name.split()
    for run in index.by_last.get(words[-1], ()):
        if run.name[-len(words) :] != tuple(words)[-len(run.name) :]:
            continue
        if run.title and any(t.lower().rstrip(".") not in ("mr", "mrs", "ms") for t in run.title):
            return True
        if _PERSON_APPOSITION.match(text, run.end) or _ACTS_AS_PERSON.match(text, run.end):
            return True
        before = re.search(r"([a-z][\w-]*)[ \t]+$", text[max(0, run.start - 30) : run.start])
        if before and role_noun(before.group(1)):
            return True
        described = _DESCRIBED_BEFORE.search(text, max(0, run.start - 80), run.start)
        if described and role_noun(described.group(1)):
            return True  # "Another farmer from Guruve, Mr Tendai Chinembiri, was less keen"
    return False


# a role, perhaps with where it is from, and then the name in apposition
_DESCRIBED_BEFORE = latin_re(
    r"\b([a-z][\w-]*)(?:[ \t]+(?:from|of|in|at)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?"
    r",[ \t]+$"
)


# a name that does something with its own body or belongings ("Mary Byrne shakes her head",
# "Okafor folded his arms"): a person, whatever the article called them before
_ACTS_AS_PERSON = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]{3,}(?:s|ed)[ \t]+(?:his|her)\b")
# where a feature brings a person in: opening a sentence or a clause ("Back on the farm, as the
# sun drops, Pieter van der Westhuizen is ..."), or after "is", "belongs to", "meet"
_BROUGHT_IN_BEFORE = latin_re(
    r"(?:^|[.!?][\"”’]?[ \t]+|\n[ \t]*|,[ \t]+"
    r"|\b(?:is|was|are|were|belongs[ \t]+to|belonged[ \t]+to|meet|meets|met|joined[ \t]+by"
    # ("Our reporter is in Salthill, where she spoke to local man Pádraig Mac Giolla Rua")
    r"|(?:spoke|speaks|talked|talks)[ \t]+(?:to|with)|caught[ \t]+up[ \t]+with|interviewed"
    # a prize's winner ("Sportsman of the Year went to 800m world champion Emmanuel Wanyonyi")
    r"|(?:went|goes|go|was[ \t]+awarded|were[ \t]+awarded)[ \t]+to)"
    # (or a possessed relation opening the sentence: "Her mum Denise Brennan, 54, was less
    # diplomatic")
    r"[ \t]+)(?:(?:the|a|an)[ \t]+(?:[a-z0-9][\w,.-]*[ \t]+){0,3}"
    # ("Her former Love Villa co-star Tyrese Okafor-Lloyd")
    r"|(?<![^\n \t])(?:His|Her|Their)[ \t]+(?=[a-z])(?:[a-z0-9][\w,.-]*[ \t]+"
    r"|[A-Z][\w'’-]*[ \t]+(?=(?:[A-Z][\w'’-]*[ \t]+)*[a-z])){0,5}"
    r"|(?:[a-z0-9][\w,.-]*[ \t]+){0,3})$"
)
_OPENS_SENTENCE_BEFORE = latin_re(
    r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”’][ \t])|(?<=\n))"
    r"(?:(?:His|Her|Their|The|A|An)[ \t]+)?(?:[\w'’-]+[ \t]+){0,5}$"
)
# a place after its preposition, or a person only talked about
_NOT_THE_PERSON_BEFORE = latin_re(
    r"(?:\b(?:in|at|near|from|outside|inside|across|around|on)[ \t]+(?:the[ \t]+)?$)"
    # (but after the asked clause's comma the name is the subject: "Asked whether she will
    # write again, Mary Byrne shakes her head")
    r"|\b[Aa]sked\b[^.!?\n,]*$|\b(?:about|against|with)[ \t]+(?:[\w'’-]+[ \t]+){0,4}$"
)


def _fits_gender(
    text: str,
    sp: Speaker,
    earlier: list[Speaker | None],
    gender: str | None,
    start: int,
    name_start: int,
    name_end: int,
) -> bool:
    """Whether a person brought in at text[name_start:name_end] can be the pronoun's."""
    if not gender:
        return True
    own_cue = _OWN_CUE_AFTER.match(text, start)
    if own_cue is not None:
        start = own_cue.end()  # the last quotation's own '"Q," he said, to applause.'
    stop = name_start
    if text[max(0, name_start - 2) : name_start] == ", ":
        # an opening participle's pronoun is the name's own ("Asked whether she will write
        # again, Mary Byrne shakes her head"): only what came before the name's sentence
        # counts (but not a clause with its own subject: "When he walks onstage, Sen. Sherrod
        # Brown is on deck" is two men)
        sentence = max(max(text.rfind(c, start, name_start) for c in ".!?\n") + 1, start)
        if _OPENING_PARTICIPLE.match(text, sentence):
            stop = sentence
    owner = _OWNER_OF_NAME.search(text, max(start, name_start - 40), name_start)
    if owner is not None:
        stop = min(stop, owner.start())  # "Her mum Denise Brennan": the owner is someone else
    for g in _GENDERED.finditer(text, start, stop):
        if (g.group("m") is not None) == (gender == "m"):
            return False  # "he" spoke of someone before the new name came in
    if _gender_of(text, sp, earlier) not in (None, gender):
        return False
    return _gender_after(text, name_end) in (None, gender)


# a possessive determiner opening the name's own noun phrase ("Her mum Denise Brennan")
_OWNER_OF_NAME = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))(?:His|Her)[ \t]+(?:[a-z][\w-]*[ \t]+){1,3}$"
)
_OPENING_PARTICIPLE = re.compile(r"[ \t\"”’]*[A-Z][a-z]+(?:ed|ing)\b")
# The pronoun cue that ends the previous quotation: about its speaker, not the new person.
_OWN_CUE_AFTER = re.compile(
    r"[ \t]*(?:he|she)[ \t]+(?:said|says|added|adds|told|tells|continued|explained)\b[^.!?\n]*"
)
# Verbs that bring a person in with reported speech: narrower than CUE_VERBS, whose "offered",
# "called" or "showed" also follow organisations and things ("United Technologies has offered").
_SAYING = (
    "said|says|told|tells|added|adds|argued|argues|explained|explains|noted|notes|wrote|writes|"
    "replied|suggested|suggests|insisted|insists|warned|warns|declared|stated|acknowledged|"
    "admitted|admits|recalled|recalls|conceded|complained|claimed|claims|repeated|continued|"
    "believes|thinks|agreed|agrees|disagreed|railed|fulminated|maintained|maintains|predicted|"
    "demanded|demands|urged|urges|appealed|appeals|posted|tweeted|responded|hit out|"
    # ("the victim's husband, Tomasz Wierzbicki, read a statement on behalf of the family")
    r"read[ \t]+(?:a|out|the)"
)
_NAME_CUE = latin_re(
    rf"(?<![\w'’-])(?P<name>(?:{_CAPITAL_WORD}[ \t]+"
    r"(?:(?:al|bin|ibn|de|van|von|ap|ab|ni|nic|binti|bint|el|da|dos|du|le|la)[ \t]+)?){1,3}"
    r"[A-Z][\w'’-]*\w)"
    # (or a comma alone: "the District Cocoa Officer ..., Mr Emmanuel Tetteh-Quaye, said")
    r"(?:,[ \t]*(?P<appos>[^,.;:!?\"“”\n]{3,120}),|,(?=[ \t]+(?:said|says|told|read)\b)"
    # (or the speech in a relative clause: "Also present was committee chairman Datuk
    # Zulkifli Mat Daud, who said the state had identified land")
    r"|(?P<who>,[ \t]+who))?"
    r"[ \t]+(?:(?:has|had|also|then|later)[ \t]+)?"
    rf"(?:{_SAYING})\b"
)
_OFFICE_WORDS = ORG_WORDS | TITLE_WORDS
# a relative named by a given name in apposition, with reported speech
_KIN_NAMED_CUE = latin_re(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[\w-]+['’]s?)[ \t]+(?:[\w-]+[ \t]+){0,2}"
    rf"(?:{_KIN_NOUNS}),[ \t]+(?P<name>[A-Z][\w'’-]+),[ \t]+(?:{_SAYING})\b"
)
# A person brought in by "is" or "was": "One of them is Leung Mei-ling", "Among those
# celebrating outside City Hall was Sgt. Amit Peretz"
_INTRODUCED = latin_re(
    r"(?:(?:(?<=[.!?][ \t])|(?<=\n)|^)(?:Among|One[ \t]+of|The[ \t]+(?:first|next|last)[ \t]+"
    r"(?:person|one|man|woman))[ \t]+[^.!?\n\"“”]{2,100}?[ \t]+(?:is|was|are|were)"
    # "The first person I met, on my first evening, was the team leader, Alasdair Munro."
    r"(?:[ \t]+(?:the|a|an)[ \t]+[^.!?\n\"“”,]{2,60},"
    # or its role before the name: "Among the signatories is the former Treasury minister Dame
    # Priya Raghunathan-Lowe, who"
    r"|[ \t]+(?:the|a|an)(?:[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,2}[a-z][\w'’-]*){1,4}(?=[ \t]+[A-Z]))?"
    # "The release also quoted Naa Alhassan Yakubu, chief of Kpalgu"
    r"|\b(?:quoted|quotes|cited|cites)"
    # "The inaugural speech this year fell to novelist Monica Gutierrez de la Vega, whose ..."
    r"|\bfell[ \t]+to(?:[ \t]+(?:the[ \t]+)?[a-z][\w-]*){0,3}"
    # "That idea has support from paramedic Ben Castellano, who has been ..."
    r"|\b(?:support|backing|praise|criticism|opposition|agreement|endorsement)[ \t]+from"
    r"(?:[ \t]+(?:the[ \t]+)?[a-z][\w-]*){0,3}"
    # a feature writer's question: "On my last night, I ask Munro why he keeps doing it."
    r"|\b(?:I|we)[ \t]+(?:ask|asked))[ \t]+"
    # ("Among the 4,000 fans was 68-year-old Leroy Adams, who ...")
    r"(?:\d{1,3}-year-old[ \t]+)?"
    rf"(?P<name>(?:{_CAPITAL_WORD}[ \t]+(?:(?:al|bin|de|del|van|von|der|da|dos|le|la|ap)[ \t]+)"
    r"{0,2}){0,4}"
    r"[A-Z][\w'’-]*\w)(?=[ \t]*[,.;]|[ \t]+(?:who|whose|why|what|how|whether|if|about)\b)"
)
_APPOSED_FULL_NAME = latin_re(r"(?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’-]*\w")
_OF_BODY_BEFORE = latin_re(
    r"\b(?:of[ \t]+(?:the[ \t]+)?|for[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+(?:and|&)[ \t]+)?)$"
)
_AFTER_PLACE = re.compile(r"\b(?:of|for|at|in|from|with)[ \t]+(?:the[ \t]+)?$")


def _gender_after(text: str, end: int) -> str | None:
    """The gender the words right after a name give it ("Helen Strachan, a researcher, says
    her work"): the first he/she/his/her in the rest of its sentence."""
    stop = end + 200
    for mark in (". ", "\n"):
        k = text.find(mark, end, stop)
        if k >= 0:
            stop = k
    g = _GENDERED.search(text, end, stop)
    if g is None:
        return None
    return "m" if g.group("m") is not None else "f"


def _speaker_earlier_in_sentence(text: str, index: NameIndex, pos: int) -> Speaker | None:
    start = max(0, pos - 300)
    cut = max(text.rfind(". ", start, pos), text.rfind("\n", start, pos))
    start = cut + 1 if cut >= 0 else start
    # never inside the quotation itself ('"No. It's not on the table," she said')
    marks = [text.rfind(m, start, pos) for m in _QUOTE_CHARS]
    start = max([start, *(m + 1 for m in marks if m >= 0)])
    last = None
    for m in _NAME_SAID.finditer(text, start, pos + 3):
        if m.end() >= pos:
            last = m
    if last is None:
        return None
    name = last.group("name")
    first = name.split()[0]
    if first.lower() in NOT_NAMES:
        name = " ".join(name.split()[1:])
        if not name or not name[:1].isupper():
            return None
    _role, name = _split_role(name)
    full = index.fullest(name)[0]
    return Speaker(full, "person") if speaker_type_of(full, is_name=True) == "person" else None


_APPOSED_NAME = latin_re(
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame|Cllr)\.?[ \t]+)?"
    # (initials may go without full stops: "M K Sudheeran Pillai")
    r"(?P<name>(?:[A-Z]\.?[ \t]+){0,3}"
    r"[A-Z][\w'’.-]+(?:[ \t]+(?:(?:al|bin|de|van|von)[ \t]+)?[A-Z][\w'’.-]+)*)"
    r"(?:[ \t]+(?:of|from|at|in)[ \t]+.*)?"
)


def _leading_name(appos: str) -> str | None:
    """The name an apposition gives ("Mick Lynch", "Dr Peter Kistler of the Baker Institute")."""
    m = _APPOSED_NAME.fullmatch(appos.strip())
    if m is None or not _looks_like_name(m.group("name")):
        return None
    return m.group("name")


def _written_collective(text: str, name: str, end: int) -> bool:
    """Whether the article gives the one-word name a plural verb before `end`, as British
    papers write a club or a team: "Newcastle are unlikely to win the race"."""
    # (not a name joined to another: "Federer and Nadal have met 40 times")
    found = re.search(
        rf"(?<!and )(?<!& )(?<!, )\b{re.escape(name)}[ \t]+(?:are|were|have)\b", text[:end]
    )
    return found is not None


def _without_particles(name: str) -> str:
    """A name without the particles it opens with ("ap Dafydd" -> "Dafydd")."""
    words = name.split()
    while len(words) > 1 and words[0] in _NAME_PARTICLES:
        words = words[1:]
    return " ".join(words)


def _introduced_gender(text: str, name: str) -> str | None:
    """The gender the article gives a full name where it brings it in: a relation before it
    ("her son Chidi Ekwueme") or the pronoun that opens the next paragraph when no one else is
    named in between ("Dr Ngozi Ekwueme ... has died aged 78.\n\nShe died on Saturday")."""
    first = text.find(name)
    if first < 0:
        return None
    related = _relation_gender(text, name)
    if related is not None:
        return related
    stop = _sentence_end(text, first + len(name))
    nxt = _NEXT_PARAGRAPH_PRONOUN.match(text, stop)
    if nxt is not None and not _TWO_CAPITALS.search(text, first + len(name), stop):
        return "m" if nxt.group(1) == "He" else "f"
    return None


def _relation_gender(text: str, name: str) -> str | None:
    """The gender a relation gives a full name at its first mention ("her son Chidi Ekwueme",
    "Her late husband, the printmaker David Harrow")."""
    first = text.find(name)
    if first <= 0:
        return None
    kin = _KIN_BEFORE_NAME.search(text, max(0, first - 60), first)
    return _KIN_GENDER[kin.group("kin").lower()] if kin is not None else None


def _speaks_in_statements(text: str, index: NameIndex, name: str) -> bool:
    """A name the article has speak "in a statement" and never gives a title: most likely a
    body ("Golf Ireland", "Fylde Coast Civils"). The caller asks only when the name has no
    known gender either."""
    runs = [r for r in index.by_last.get(name.split()[-1], ()) if " ".join(r.name) == name]
    if any(r.title for r in runs):
        return False
    return any(_SAID_IN_STATEMENT.match(text, r.end) for r in runs)


def _looks_like_name(mention: str) -> bool:
    """Capitalised words only ("Trump", "Right Wing Watch"), not a sentence-initial "The ..."."""
    words = mention.split()
    return (
        bool(words)
        and words[0].lower() not in NOT_NAMES
        and words[-1][:1].isupper()
        # (a particle inside a name is lower case: "Pieter van Wyk", "Rhodri ap Owain")
        # (and an article before a surname: "Layla al-Haddad Moreno", "Amr el-Sayed")
        and all(
            w[:1].isupper() or (i > 0 and (w in _NAME_PARTICLES or _ARABIC_ARTICLED.match(w)))
            for i, w in enumerate(words)
        )
    )


_ARABIC_ARTICLED = latin_re(rf"(?:{NAME_PREFIXES})-[A-Z]")


# a sentence's end, not an abbreviation's full stop ("who used Mr. Ailes")
_FULL_STOP = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\b[A-Z])[.!?][\"”’']*\s")


def _gendered_person_since(
    text: str, index: NameIndex, since: int, pos: int, gender: str, earlier: list[Speaker | None]
) -> Speaker | None:
    """The nearest person named outside quotations since `since` whom the article gives
    `gender` by an honorific alone ("Ms Kazlauskaite"; a pronoun after a name is too weak a
    sign here: "moving to New Zealand if Trump is elected. She escalated"), looking past at
    most two others."""
    passed: set[str] = set()
    while len(passed) < 3 and since < pos:
        name = index.preceding_person(pos, text, window=pos - since, passed=frozenset(passed))
        if name is None:
            return None
        sp = Speaker(name, "person", doubtful=True)
        at = text.rfind(name.split()[-1], since, pos)
        titled = _bare_honorific_genders(text, name.split()[-1])
        if at >= 0 and not _inside_quotation(text, at) and titled == {gender}:
            return sp
        passed.add(name)
    return None


def _resolve_pronoun(
    text: str,
    index: NameIndex,
    pronoun: str,
    pos: int,
    earlier: list[Speaker | None],
    any_gender: bool = False,
    since: int | None = None,
) -> Speaker:
    """`any_gender`: the pronoun stands for a phrase that says no gender ("the 61-year-old");
    `since`: where the last quotation ended."""
    kind = pronoun_kind(pronoun)
    gender = None if any_gender else _PRONOUN_GENDER.get(pronoun)
    for sp in reversed(earlier[-6:]):
        if sp is None:
            continue
        if kind == "person" and sp.type == "person":
            known = _gender_of(text, sp, earlier)
            if gender and known not in (None, gender):
                continue  # "she" after a man's quotation goes further back
            if gender and known is None and _speaks_in_statements(text, index, sp.name):
                continue  # "Golf Ireland said in a statement ... he said": a body, not him
            if gender and known is None and since is not None:
                # "Judge Harinder Sandhu said: "Q1." The tribunal heard that Ms Kazlauskaite
                # ... "Q2," she said": a person the article gave that gender, named since,
                # is likelier than a speaker of unknown gender
                named = _gendered_person_since(text, index, since, pos, gender, earlier)
                own = text.rfind(sp.name.split()[-1], 0, pos)
                other = text.rfind(named.name.split()[-1], 0, pos) if named else -1
                if (named is not None and named.name != sp.name and own < other
                        and _FULL_STOP.search(text, own, other)):
                    # (never one named before the last speaker's own name, nor in its
                    # sentence: "... to Mr. Sanders, said David Axelrod. "Q," he said";
                    # "said Gov. Terry Branstad, who used Mr. Ailes as a consultant")
                    return named
            return sp
        if kind == "thing" and sp.type in ("organisation", "document", "other"):
            return sp
        if kind == "plural" and sp.type != "document":
            return sp
    if kind == "person":
        passed: set[str] = set()
        while len(passed) < 3:
            name = index.preceding_person(pos, text, passed=frozenset(passed))
            if name is None:
                break
            sp = Speaker(name, "person")
            if not gender or _gender_of(text, sp, earlier) in (None, gender):
                return sp
            if len(_given_names(text, name.split()[-1])) > 1:
                return sp  # a surname the family shares says little ("Trump said he")
            passed.add(name)  # "he called her "weak"" is not Kelly Ayotte
    return Speaker(pronoun, speaker_type_of(pronoun))
