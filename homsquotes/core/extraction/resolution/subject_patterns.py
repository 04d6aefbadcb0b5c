"""The sentence-subject pattern: the regular expression, and the word lists and pieces it is built
from, that finds who opens a sentence ("Smith said", "Prof Alan Greene, an economist at UCL,
said", "Just before dawn, Mensah finally sits down"). It is kept apart because the subjects of
paragraphs, the owners of statements and the people introduced all match it, and because
building it is one long piece of regular-expression work best read on its own; it depends on
nothing else in resolution, so every stage can import it without a cycle."""

from __future__ import annotations

import re

from homsquotes.core.extraction.attribution.cues import CUE_VERBS, WEAK_CUES, word_set
from homsquotes.core.extraction.capitals import latin_re
from homsquotes.core.extraction.resolution.speakers import NAME_ABBREVIATIONS

# The particles inside a name the subject and name patterns below allow ("Ruud van der Heijden",
# "Jorge de la Fuente", "Iolo ap Dafydd"); a name may hold two in a row.
_SUBJECT_PARTICLE = r"(?:al|bin|binti|ibn|de|van|von|ap|der|den|del|da|di|du|dos|le|la)"


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


# the same subject after a subordinate clause: "As voices rose on both sides of the chamber,
# the Mayor, Cllr Brenda Hollis, intervened."
_CLAUSE_SUBJECT = latin_re(_SENTENCE_SUBJECT.pattern[len(_SENTENCE_START) :], re.MULTILINE)
_SUBORDINATORS = word_set("as when while after before if although though because since once until")
