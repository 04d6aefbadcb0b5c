"""Sentence and paragraph subjects: who a paragraph is about when its quotation names no one
("Frazer dismissed the criticism. "It's nonsense,""), taken from the subject of the sentence
before or of the paragraph's opening sentence, with the checks that keep a topic, a time, a
place or a group from passing for a person, and the group nouns ("some of the protesters") that
take "they". It is the stage a quotation falls back on when its own cue names nobody, and the
organisation, role and document stages look their owners up through it."""

from __future__ import annotations

import re

from homsquotes.core.extraction.attribution.cues import (
    PERSON_NOUNS,
    PRONOUNS,
    TITLE_WORDS,
    role_noun,
    word_set,
)
from homsquotes.core.extraction.capitals import latin_re
from homsquotes.core.extraction.resolution.affiliation import clean_description
from homsquotes.core.extraction.resolution.mentions import (
    _AGE_NOMINAL,
    _NAME_GIVEN_AS,
    _QUOTE_MARK,
    _SENTENCE_STOP,
    Speaker,
    _epithet_description,
    _head_noun,
    _indefinite,
    _inside_quotation,
    _looks_like_name,
    _sentence_end,
    _split_role,
)
from homsquotes.core.extraction.resolution.plausibility import abstraction_not_name
from homsquotes.core.extraction.resolution.speakers import (
    AWARD_AFTER,
    NOT_NAMES,
    NameIndex,
    not_name_words,
    pronoun_kind,
    speaker_type_of,
)
from homsquotes.core.extraction.resolution.subject_patterns import (
    _CAPITAL_WORD,
    _CLAUSE_SUBJECT,
    _SENTENCE_START,
    _SENTENCE_SUBJECT,
    _STRONG_CUES,
    _SUBORDINATORS,
)

# People a paper names by a role with no gender, whom "they" takes up
_SINGULAR_THEY = word_set(
    "spokesperson spokesman spokeswoman representative source official person"
)


# Words after a sentence's opening gerund ("Speaking at", "Addressing the"); "Housing
# minister" is a role.
_AFTER_GERUND = word_set("at to on in after before with during from about the a an his her their")


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


# how an apposition that describes its subject begins ("a care worker", "the charity's chair",
# "42", "herself a nurse")
_DESCRIPTION_OPENING = re.compile(r"(?:a|an|the|his|her|their|its|one|\d+|herself|himself)\b")


# Verbs by which someone brings out a document that then "says" or "reads" something.
def _main_verb(group: str) -> str:
    """The verb of a verb group, past its auxiliaries: "has written" -> "written"."""
    words = group.split()
    return next((w for w in words if w.lower() not in _AUXILIARIES), words[0] if words else "")


_AUXILIARIES = word_set("has have had was were is are also then later since already")


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


# verbs whose clause's subject a name can be ("Insiders say Shannon is set for a showdown")
_THAT_CLAUSE_VERBS = word_set(
    "say says said insist insists insisted claim claims claimed believe believes believed "
    "reckon reckons think thinks thought hope hopes hoped suggest suggests suggested "
    "fear fears feared report reports reported expect expects expected"
)


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
            if any(w.lower() in _THAT_CLAUSE_VERBS for w in _role.split()):
                return None  # "Insiders say Shannon is set for a showdown": a clause's subject
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
        ) or _epithet_description(np)
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
