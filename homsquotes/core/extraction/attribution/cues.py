"""Word lists for attribution: speech cues, pronouns, titles, organisation and document words."""

from __future__ import annotations

import re


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (easier to read and extend)."""
    return frozenset(words.split())


_CUE_STEMS = {
    # verb: (3rd person, past, gerund, participle-if-different)
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "add": ("adds", "added", "adding"),
    "write": ("writes", "wrote", "writing", "written"),
    "tweet": ("tweets", "tweeted", "tweeting"),
    "explain": ("explains", "explained", "explaining"),
    "argue": ("argues", "argued", "arguing"),
    "note": ("notes", "noted", "noting"),
    "insist": ("insists", "insisted", "insisting"),
    "report": ("reports", "reported", "reporting"),
    "state": ("states", "stated", "stating"),
    "declare": ("declares", "declared", "declaring"),
    "claim": ("claims", "claimed", "claiming"),
    "ask": ("asks", "asked", "asking"),
    "answer": ("answers", "answered", "answering"),
    "reply": ("replies", "replied", "replying"),
    "respond": ("responds", "responded", "responding"),
    "continue": ("continues", "continued", "continuing"),
    "recall": ("recalls", "recalled", "recalling"),
    "warn": ("warns", "warned", "warning"),
    "announce": ("announces", "announced", "announcing"),
    "acknowledge": ("acknowledges", "acknowledged", "acknowledging"),
    "admit": ("admits", "admitted", "admitting"),
    "suggest": ("suggests", "suggested", "suggesting"),
    "observe": ("observes", "observed", "observing"),
    "remark": ("remarks", "remarked", "remarking"),
    "comment": ("comments", "commented", "commenting"),
    "predict": ("predicts", "predicted", "predicting"),
    "promise": ("promises", "promised", "promising"),
    "vow": ("vows", "vowed", "vowing"),
    "pledge": ("pledges", "pledged", "pledging"),
    "tell_": (),
    "shout": ("shouts", "shouted", "shouting"),
    "yell": ("yells", "yelled", "yelling"),
    "exclaim": ("exclaims", "exclaimed", "exclaiming"),
    "joke": ("jokes", "joked", "joking"),
    "quip": ("quips", "quipped", "quipping"),
    "complain": ("complains", "complained", "complaining"),
    "charge": ("charges", "charged", "charging"),
    "contend": ("contends", "contended", "contending"),
    "maintain": ("maintains", "maintained", "maintaining"),
    "assert": ("asserts", "asserted", "asserting"),
    "stress": ("stresses", "stressed", "stressing"),
    "emphasize": ("emphasizes", "emphasized", "emphasizing"),
    "emphasise": ("emphasises", "emphasised", "emphasising"),
    "conclude": ("concludes", "concluded", "concluding"),
    "describe": ("describes", "described", "describing"),
    "call": ("calls", "called", "calling"),
    "urge": ("urges", "urged", "urging"),
    "demand": ("demands", "demanded", "demanding"),
    "boast": ("boasts", "boasted", "boasting"),
    "mutter": ("mutters", "muttered", "muttering"),
    "whisper": ("whispers", "whispered", "whispering"),
    "concede": ("concedes", "conceded", "conceding"),
    "confirm": ("confirms", "confirmed", "confirming"),
    "deny": ("denies", "denied", "denying"),
    "allege": ("alleges", "alleged", "alleging"),
    "tout": ("touts", "touted", "touting"),
    "read": ("reads",),
    "post": ("posts", "posted", "posting"),
    "testify": ("testifies", "testified", "testifying"),
    "mention": ("mentions", "mentioned", "mentioning"),
    "point": ("points", "pointed", "pointing"),
    "quote": ("quotes", "quoted", "quoting"),
    "cite": ("cites", "cited", "citing"),
    "thunder": ("thunders", "thundered"),
    "bark": ("barks", "barked"),
    "snap": ("snaps", "snapped"),
    "press": ("presses", "pressed"),
    "interject": ("interjects", "interjected"),
    "offer": ("offers", "offered"),
    "fire": ("fires", "fired"),
    "shoot": ("shoots", "shot"),
    "jab": ("jabs", "jabbed"),
    "rail": ("rails", "railed"),
    "gush": ("gushes", "gushed"),
    "sigh": ("sighs", "sighed"),
    "laugh": ("laughs", "laughed"),
    "scream": ("screams", "screamed"),
    "cry": ("cries", "cried"),
    "plead": ("pleads", "pleaded"),
    "beg": ("begs", "begged"),
    "preach": ("preaches", "preached"),
    "scoff": ("scoffs", "scoffed"),
    "sneer": ("sneers", "sneered"),
    "counter": ("counters", "countered", "countering"),
    "retort": ("retorts", "retorted"),
    "chant": ("chants", "chanted", "chanting"),
    "proclaim": ("proclaims", "proclaimed", "proclaiming"),
    "agree": ("agrees", "agreed"),
    "opine": ("opines", "opined"),
    "muse": ("muses", "mused"),
    "lament": ("laments", "lamented"),
    "repeat": ("repeats", "repeated"),
    "reiterate": ("reiterates", "reiterated"),
    "caution": ("cautions", "cautioned"),
    "criticize": ("criticizes", "criticized"),
    "accuse": ("accuses", "accused"),
    "blast": ("blasts", "blasted"),
    "slam": ("slams", "slammed"),
    "mock": ("mocks", "mocked"),
    "insult": (),
    "brag": ("brags", "bragged"),
    "recount": ("recounts", "recounted"),
    "reveal": ("reveals", "revealed"),
    "explain_": (),
    "figure": (),
    "think": ("thinks", "thought"),
    "believe": ("believes", "believed"),
    "feel": ("feels", "felt"),
    "hope": ("hopes", "hoped"),
    "wonder": ("wonders", "wondered"),
    "put": ("puts",),
    "begin": ("begins", "began"),
    "go": (),
    "show": ("shows", "showed"),
    "find": ("finds", "found"),
    "indicate": ("indicates", "indicated"),
    # characterising verbs, like "call" and "describe" ("a position the treasurer dismissed as
    # "reckless"", "branded the plan "a disgrace"")
    "dismiss": ("dismisses", "dismissed", "dismissing"),
    # (only the forms that are no noun: "18 international brands said", "hail")
    "branded": (),
    "deride": ("derides", "derided", "deriding"),
    "hailed": (),
    # explaining and supposing ("Schoen elaborated in an editorial that ...")
    "elaborate": ("elaborates", "elaborated", "elaborating"),
    "clarify": ("clarifies", "clarified", "clarifying"),
    "speculate": ("speculates", "speculated", "speculating"),
    "surmise": ("surmises", "surmised"),
    "posit": ("posits", "posited"),
    "theorise": ("theorises", "theorised", "theorizes", "theorized"),
    "hypothesise": ("hypothesises", "hypothesised", "hypothesizes", "hypothesized"),
    "reason": ("reasoned",),
    "assure": ("assures", "assured", "assuring"),
    "reassure": ("reassures", "reassured"),
    "confide": ("confides", "confided"),
    "confess": ("confesses", "confessed"),
    "disclose": ("discloses", "disclosed"),
    "divulge": ("divulges", "divulged"),
    "implore": ("implores", "implored"),
    "object": ("objected",),
    "remind": ("reminding",),  # ("to remind the gallery that"; "reminded him of" is no speech)
    "query": ("queried",),
    # manner of speaking, common in tabloid and feature copy ("she fumed", "he chuckled")
    "fume": ("fumes", "fumed"),
    "rage": ("raged",),
    "enthuse": ("enthuses", "enthused"),
    "rave": ("raved",),
    "rant": ("rants", "ranted"),
    "vent": ("vented",),
    "roar": ("roared",),
    "bellow": ("bellows", "bellowed"),
    "boom": ("boomed",),
    "grumble": ("grumbles", "grumbled"),
    "groan": ("groaned",),
    "murmur": ("murmurs", "murmured"),
    "sob": ("sobbed",),
    "stammer": ("stammered",),
    "stutter": ("stuttered",),
    "blurt": ("blurted",),
    "gasp": ("gasped",),
    "chuckle": ("chuckles", "chuckled"),
    "hiss": ("hissed",),
    "growl": ("growled",),
}
CUE_VERBS = frozenset(
    w for stem, forms in _CUE_STEMS.items() if not stem.endswith("_") for w in (stem, *forms)
) - {"go", "figure", "insult"} - word_set(
    # stems that are nouns as often as verbs ("For that reason, "Q"", "a roar", "the boom"):
    # only their inflected forms are cues
    "reason object query boom rage vent roar rant sob gasp hiss growl murmur rave groan "
    "fume bellow chuckle grumble stutter stammer blurt posit surmise"
)
# Manner of speaking: a cue next to its quotation ("'Q,' she fumed"), never over a plain one
# ("Sales boomed last year, Jones said")
_MANNER_CUES = word_set(
    "fumes fumed raged enthuses enthused raved rants ranted vented roared bellows bellowed "
    "boomed grumbles grumbled groaned murmurs murmured sobbed stammered stuttered blurted gasped "
    "chuckles chuckled hissed growled"
)
# Verbs that are speech cues only with a quotation or a reported clause next to them; they are
# weaker evidence than say/tell and never chosen over a strong cue.
WEAK_CUES = word_set(
    "think thinks thought believe believes believed feel feels felt hope hopes hoped wonder "
    "wonders wondered put puts begin begins began show shows showed find finds found indicate "
    "indicates indicated call calls called calling describe describes described describing read "
    "reads post posts posted posting cite cites cited quote quotes quoted point points pointed "
    "agree agrees agreed continue continues continued mention mentions mentioned "
    "dismiss dismisses dismissed dismissing branded deride derides derided deriding hailed"
) | _MANNER_CUES
CUE_WORD_RE = re.compile(
    r"\b(?:" + "|".join(sorted(CUE_VERBS, key=len, reverse=True)) + r"|according to)\b",
    re.IGNORECASE,
)

PERSON_PRONOUNS = frozenset({"he", "she", "i", "him", "her", "his", "my"})
PLURAL_PRONOUNS = frozenset({"they", "we", "them", "their", "our"})
THING_PRONOUNS = frozenset({"it", "its"})
# Nouns for words someone said: `her remark that "Q"`, `his call for "Q"`.
SPEECH_NOUNS = word_set(
    "remark remarks comment comments statement statements claim claims assertion assertions "
    "warning warnings call calls promise promises pledge pledges vow vows words suggestion "
    "argument arguments message answer response reply quip joke insistence declaration "
    "admission description prediction accusation accusations charge tweet tweets speech "
    "slogan refrain mantra line catchphrase plea demand question observation boast threat "
    "criticism complaint testimony announcement explanation"
)
PRONOUNS = PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS | {"you", "who", "that", "which"}
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})

# Words that make a capitalised run a title or role rather than a name ("UN Envoy", "Sen.").
TITLE_WORDS = word_set(
    # (a company's officers, written in capitals: "Lumora CTO David Osei")
    "cto cfo coo cio cmo "
    "mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. lt lt. col col. sgt sgt. "
    "capt capt. adm adm. prof prof. rev rev. fr fr. president vice senator representative governor "
    "congressman congresswoman minister secretary envoy ambassador spokesman spokeswoman "
    "spokesperson chairman chairwoman chair director general judge justice mayor leader chief "
    "ceo king queen prince princess pope sheikh emir sultan commander colonel lieutenant "
    "sergeant captain admiral professor candidate nominee speaker chancellor premier magistrate "
    "attorney counsel adviser advisor aide analyst activist officer official reverend "
    "bishop cardinal rabbi imam father sister brother lord lady sir dame deputy acting "
    "former chairperson founder editor correspondent reporter columnist economist strategist "
    "pollster commissioner delegate coach manager executive host anchor mr. cllr cllr. councillor "
    "councilman councilwoman alderman mp mep msp assemblyman assemblywoman "
    # police and courts ("Supt Gerry Roche", "Det Insp Anna Kerr", "DCI Mark Ellis")
    "supt supt. insp insp. det det. const const. superintendent inspector detective constable "
    "dci dci. dc ds di pc garda coun coun. councilor councilmember cmdr cmdr. atty atty. "
    "brig brig. msgr msgr. lieut lieut. cpl cpl. pte pte. maj maj. gen. sgt. sp asp dsp acp dcp "
    "ssp igp mla mlas mna mpp td "
    # titled by profession ("Engr. Ma. Cristina Abundo"; "Eng" alone is also a surname)
    "engr engr. eng. sens sens. reps reps. pres pres."
    # forms of address across the English-language press ("Hon Prossy Mukasa", "Khun Malee",
    # "Pak Slamet", "Datuk Seri Anwar", "Cr Rob Kinsella", "Smt. Lata Devi")
    # (not "Pak", "Seri" or "Tun": surnames and given names as well, as in Pak Pong Ju)
    " hon hon. miss mx mx. khun ibu datuk dato datin haji hajjah alhaji alhaja"
    " hajia mallam shri smt smt. cr cr."
    # Zimbabwe and South Africa: "Cde Tarisai Mudzingwa" (Comrade)
    " cde cde. comrade"
    # West and East African traditional rulers and forms of address ("The Omanhene of the
    # Mpohor Traditional Area, Nana Ekow Amissah-Bentum III", "Madam Akosua Serwaa"; not
    # "Nana", "Obi", "Oba" or "Igwe", which are names too)
    " omanhene asantehene ooni alaafin kabaka madam mma rra"
)
ORG_WORDS = word_set(
    "television tv news agency ministry government party committee campaign post times journal "
    "network department council group organization organisation army military court house office "
    "company inc corp university association union commission foundation institute bank fund "
    "league administration media newspaper magazine daily station radio press reuters ap afp "
    "cnn bbc fbi cia nato un eu police forces regime coalition senate congress parliament "
    "board center centre authority service services channel website site paper tribune herald "
    "gazette globe telegraph guardian independent observer review poll pac staff team "
    "spokesmen officials federation alliance society trust charity bureau directorate embassy "
    "consulate assembly mission watch amnesty federation confederation chamber cabinet "
    "secretariat tribunal ombudsman regulator watchdog firm corporation group front movement "
    # seats of power standing for their governments ("the Kremlin said", "Downing Street said")
    "kremlin pentagon whitehall downing elysee élysée vatican treasury "
    "holdings labs technologies airlines airways "
    # institutions and places that speak through their staff, or are only places ("She joined
    # Leeds Central Library in 1963"); not church or temple, which are also surnames
    "library museum gallery school college academy hospital hospice clinic mosque synagogue "
    "cathedral parish diocese theatre theater stadium arena airport hotel zoo prison"
)
DOCUMENT_WORDS = word_set(
    "document documents statement report letter memo memorandum email e-mail tweet tweets "
    "release filing lawsuit complaint study survey book article editorial transcript message "
    "note manifesto video ad ads advertisement commercial sign banner headline caption "
    "message post blog petition indictment ruling order resolution platform plan text "
    "website leaflet flyer brochure script bill notification submission notice circular "
    "affidavit judgment judgement bulletin communique communiqué dossier filing pleading motion "
    "directive guidance advisory proposal charter"
)
PERSON_NOUNS = word_set(
    # (with no role ending for role_noun to read: "Parent Jennifer Alvarado told the board")
    "parent grandparent pupil tenant landlord alumnus alumna referee umpire "
    "sheriff "
    "man woman person resident activist spokesman spokeswoman spokesperson official officer "
    "source aide adviser advisor analyst expert member supporter voter worker student teacher "
    "doctor lawyer attorney witness father mother son daughter friend neighbor neighbour fighter "
    "soldier commander leader candidate senator lawmaker politician strategist pollster director "
    "diplomat observer critic researcher professor economist reporter journalist writer author "
    "narrator host anchor owner executive chief employee staffer volunteer protester protestor "
    "organizer organiser veteran citizen boy girl guy lady gentleman native expert historian "
    "economist scholar consultant spokesperson chairman chairwoman president governor mayor "
    "senator congressman congresswoman representative secretary minister ambassador envoy "
    "councillor commuter passenger shopper patient nurse farmer owner survivor relative "
    # sport desks
    "boss striker midfielder defender defenceman goalkeeper winger forward batsman bowler "
    "jockey trainer skipper rider driver player athlete champion"
    # (positions with no role ending: "fullback Kalani Moana", "the Swedish netminder")
    " fullback halfback quarterback linebacker cornerback goaltender netminder goalie"
    " gran granny grandma grandad grandpa mum dad mom nan nana"
    # traditional and religious leaders ("the monarch said", "the elder added")
    " monarch ruler elder chieftain pastor priest vicar nun monk cleric clergyman imam rabbi"
    " bishop archbishop preacher chaplain deacon"
    # families, the arts and trades ("the widow said", "the playwright said afterwards")
    # (not "cook", "baker", "smith" or "crew": names and groups as often as people)
    " widow widower wife husband grandmother grandfather aunt uncle cousin sibling"
    " playwright poet artist actor actress singer dancer musician composer novelist filmmaker"
    " photographer chef fisherman craftsman blacksmith"
    # the trades of a high street ("Local publican Declan Hynes said")
    " publican shopkeeper hairdresser landlady barman barmaid"
    # courts across the Commonwealth ("Senior advocate Rajiv Nayar", "the prosecutor said")
    " advocate barrister solicitor prosecutor defendant plaintiff petitioner claimant accused"
    " juror"
    # stages of life a paper uses as a role ("Retiree Tan Ah Lian, 68")
    " retiree homemaker housewife"
    # health and rescue ("Paramedic Ben Castellano agrees", "the midwife said")
    " paramedic medic midwife nurse surgeon physician dentist vet firefighter lifeguard"
)


# Words ending like a role noun that are not one ("after", "December", "paper").
NOT_ROLE_NOUNS = word_set(
    "after never other over under either whether rather later together ever however per for or "
    "nor minor major her their our your former latter member number december november october "
    "september summer winter water matter letter manner border corner order power paper "
    "monster weather mirror error terror horror color colour honor honour labor labour "
    # adjectives with a role noun's ending ("Interior Minister", "Senior Counsel")
    "interior exterior senior junior superior inferior prior anterior posterior ulterior upper "
    "lower inner outer bitter tender proper clever eager sober sinister"
)


def role_noun(low: str) -> bool:
    """A title or a word for what someone does: "minister", "tailor", "striker", "pharmacist"."""
    if low in TITLE_WORDS or low in PERSON_NOUNS:
        return True
    return (
        low.isalpha()
        and len(low) > 4
        and low not in NOT_ROLE_NOUNS
        and low.endswith(("er", "or", "ist", "ian", "eer"))
    )
