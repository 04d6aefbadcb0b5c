"""From an attribution to a speaker: the fullest name, pronouns, type and affiliation.

A pronoun goes to the latest earlier speaker of a fitting kind (a person for he/she, an
organisation or document for it), else to the nearest full name before it; a name goes to the
fullest form the article uses; a nominal ("Syrian state television") is its own speaker.
Affiliations found on the way are kept per speaker for the whole article.

This module keeps the entry points (resolve_speaker, headline_speaker, interviewee) and a
document's owner, which resolves the owner's own mention through resolve_speaker; each stage's
helpers live in a module of their own beside it: mentions (the Speaker record and shared
helpers), subject_patterns and subjects, organisations (and their documents), pronouns, roles,
continuation and interviews.
"""

from __future__ import annotations

import dataclasses
import re

from homsquotes.core.extraction.attribution.cues import (
    ORG_WORDS,
    PERSON_NOUNS,
    PRONOUNS,
    TITLE_WORDS,
    role_noun,
    word_set,
)
from homsquotes.core.extraction.attribution.sieves import Attribution
from homsquotes.core.extraction.capitals import latin_re
from homsquotes.core.extraction.resolution.affiliation import article_affiliation, clean_description
from homsquotes.core.extraction.resolution.continuation import (
    _beat_person,
    _newest_person,
    _person_introduced,
    _relative_of_last_speaker,
)
from homsquotes.core.extraction.resolution.epithets import is_epithet, place_before
from homsquotes.core.extraction.resolution.institutions import INSTITUTION_NOUNS
from homsquotes.core.extraction.resolution.interviews import (
    _answer_to_a_question,
    _asking_paragraph,
    _interviewee,
    _printed_interview,
)
from homsquotes.core.extraction.resolution.mentions import (
    _AGE_NOMINAL,
    _AGED_NAME,
    _CAPITALISED_ROLE,
    _CHARGED,
    _DEFINITE_ROLE,
    _DEMONYM_ENDINGS,
    _DESCRIBED,
    _LATIN_LETTER,
    _MEMBER_LETTERS,
    _NAME_AFTER,
    _NAME_GIVEN_AS,
    _NAME_OF_PLACE,
    _OWNER_NAME,
    _PARENT_OF,
    _ROLE_REACH,
    _ROLE_TITLES,
    _SENTENCE_STOP,
    _TITLE_OF_ORG,
    Speaker,
    _article_for,
    _epithet_description,
    _head_noun,
    _in_brackets,
    _last_sentence_end,
    _looks_like_name,
    _others_named,
    _split_role,
    _without_particles,
)
from homsquotes.core.extraction.resolution.organisations import (
    _DOCUMENT_HEADS,
    _ORG_DESCRIPTIONS,
    _document_owner_named,
    _holder_named_after_office,
    _institution_named,
    _organisation_described,
    _owner_named_earlier,
    _owner_said_in,
    _publisher_before,
    _spokesperson_for,
)
from homsquotes.core.extraction.resolution.plausibility import person_description
from homsquotes.core.extraction.resolution.pronouns import (
    _PRONOUN_GENDER,
    _fitting_honorific,
    _gender_of,
    _noun_gender,
    _resolve_pronoun,
)
from homsquotes.core.extraction.resolution.roles import (
    _ANONYMOUS_HEADS,
    _FAMILY_HEADS,
    _KINSHIP,
    _NAME_IN_APPOSITION,
    _OWNER_PRONOUNS,
    _another_holder,
    _epithet_person,
    _holder_rather_than_subject,
    _inverted_speaker_before,
    _person_described,
    _person_with_role,
    _relative_named,
    _role_holder_after,
    _role_words,
    family_word,
)
from homsquotes.core.extraction.resolution.speakers import (
    ENCLOSED,
    WRAP_HYPHEN,
    NameIndex,
    pronoun_kind,
    speaker_type_of,
)
from homsquotes.core.extraction.resolution.subjects import (
    _GROUP_BEFORE,
    _GROUP_IN_SENTENCE,
    _GROUP_PEOPLE,
    _SOME_OF_THEM,
    _paragraph_subject,
    _people_noun,
    _singular,
    _speaker_earlier_in_sentence,
    _written_capitalised,
)


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
        if (sp is not None and kind == "person" and sp.name.split()[0] in ("The", "the")
                and not _DEFINITE_ROLE.fullmatch(sp.name)
                and _head_noun(sp.name).lower() not in _ANONYMOUS_HEADS):
            # "The 34-year-old star, who has played barmaid Shannon Doyle, broke down. "Q," she
            # said": the star the paragraph before named, not the part she plays
            said_at = text.rfind(sp.name, 0, barrier)
            described = _person_described(
                text, index, said_at, previous_end, earlier, gender, sp.name
            ) if said_at >= 0 else None
            # (a description no other rule reads and no one fits: the usual rules decide)
            unread = described is None and _epithet_description(sp.name)
            sp = None if unread else described or sp
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
        epithet = _epithet_description(mention)
        if (definite_role or person_description(mention) or epithet) and not named_document:
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
            appositive = re.match(r",[ \t]+[\"“]?[A-Z]", text[me : me + 4]) is not None
            if named is None and not definite_role and not generic and not document and not (
                    appositive):  # ("the councillor for the division, Lenworth Grizzle,")
                # "Q," Tremblay said. The rookie defenceman, taken in the second round, had
                # been held off the scoresheet ... The brunette beauty said she ...": the
                # person the description takes up
                named = _person_described(text, index, ms, previous_end, earlier,
                                          _noun_gender(mention), mention)
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
                if epithet and not fits:
                    # ("the brunette beauty" is how a tabloid writes about her, not her role)
                    if given:
                        affiliations.setdefault(named.name, given)
                else:
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


def interviewee(text: str, index: NameIndex) -> Speaker | None:
    """The person a printed interview is with (see _interviewee), for its unmarked answers."""
    return _interviewee(text, index)


def _full_name_known(index: NameIndex, sp: Speaker) -> bool:
    """Whether a one-word name is the surname of a fuller name in the article, or a name
    written with a title ("President Obama")."""
    return any(len(run.name) > 1 or run.title for run in index.by_last.get(sp.name, ()))


_DOCUMENT_VERB_READ = re.compile(
    r"(?:report|statement|letter|release|notice|ruling|judgment|decision)[ \t]+"
    r"(?:read|reads|said|says|stated|states|noted|notes)\b"
)


_POSSESSED_DOCUMENT = re.compile(
    r"(?P<owner>.+?)(?:['’]s?)[ \t]+(?P<doc>(?:[\w-]+[ \t]+){0,2}(?P<head>[\w-]+))"
)


_NAME_GOES_ON = latin_re(r"((?:[ \t]+(?:and|&|of|for)(?:[ \t]+[A-Z][\w'’.-]*)+)+)[ \t]+")
_DOCUMENT_BY = re.compile(r"[ \t](?:by|from)[ \t]+(?P<owner>[^,;]+)$")


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


# Words before a document's noun that say nothing of who wrote it ("the official report");
# "the council statement" names its owner, and no subject before it is asked.
_BARE_DOCUMENT_WORDS = word_set("the a an official written latest full final brief joint short")
