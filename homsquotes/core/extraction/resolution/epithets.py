"""Epithets: words a report uses for a person it has just named, by where they are from.

"the Kazakh said", "said the Dane", "the Galway man added", "the 27-year-old from Osaka
said": like "the 45-year-old", such a phrase takes up the person the paragraph is about, and
is never itself the speaker's name (the parser would give "Kazakh", "Dane" or "Osaka").

Only singular nouns for one person are listed: "the Chinese said" or "the Swiss said" speak
for a government or a team as often as for a person, so they are left to the usual rules.
"""

from __future__ import annotations

import re

from homsquotes.core.extraction.attribution.cues import word_set
from homsquotes.core.extraction.capitals import latin_re

__all__ = ["epithet_gender", "is_epithet", "place_before"]

# Singular nouns for a person of a country, region or city.
DEMONYMS = word_set(
    "afghan albanian algerian american andorran angolan argentine argentinian armenian "
    "australian austrian azerbaijani bahamian bahraini bangladeshi barbadian belarusian belgian "
    "bolivian bosnian brazilian briton brit bulgarian burundian cambodian cameroonian canadian "
    "chilean colombian croat croatian cuban cypriot czech dane ecuadorian egyptian emirati "
    "eritrean estonian ethiopian fijian filipino filipina finn georgian german ghanaian greek "
    "guatemalan guinean haitian honduran hungarian icelander indian indonesian iranian iraqi "
    "israeli italian ivorian jamaican jordanian kazakh kenyan kiwi korean kosovar kuwaiti kyrgyz "
    "latvian liberian libyan lithuanian luxembourger macedonian malawian malaysian malian "
    "mauritian mexican moldovan mongolian montenegrin moroccan mozambican namibian nepali "
    "nicaraguan nigerian norwegian omani pakistani palestinian panamanian paraguayan peruvian "
    "pole qatari romanian russian rwandan salvadoran samoan saudi scot serb serbian singaporean "
    "slovak slovakian slovenian slovene somali spaniard swede syrian tajik tanzanian tongan "
    "trinidadian tunisian turk turkmen ugandan ukrainian uruguayan uzbek venezuelan yemeni "
    "zambian zimbabwean aussie basque catalan corsican sicilian bavarian texan californian "
    "londoner dubliner glaswegian mancunian liverpudlian scouser geordie parisian muscovite "
    "quebecer albertan tasmanian queenslander sydneysider aucklander african zealander"
)
# "-man" and "-woman" compounds, and the words after a home town ("the Galway man")
_MALE = word_set(
    "dutchman englishman frenchman irishman scotsman welshman cornishman manxman ulsterman "
    "kerryman corkman yorkshireman man lad"
)
_FEMALE = word_set("dutchwoman englishwoman frenchwoman irishwoman scotswoman welshwoman woman")
_ADJECTIVES = r"(?:(?:young|veteran|experienced|big|tall|towering|diminutive|former)[ \t]+)?"
# a region's word before the demonym: "the Northern Irishman", "the South African", "the New
# Zealander"
_REGION = r"(?:(?:Northern|Southern|Western|Eastern|North|South|West|East|New)[ \t]+)?"
_EPITHET = latin_re(
    rf"[Tt]he[ \t]+{_ADJECTIVES}{_REGION}(?P<word>[A-Z][\w'’]+(?:-[A-Z][\w'’]*)*)"
    r"(?:[ \t]+(?P<after>man|woman|native|youngster|teenager|lad)"
    # ("the Munich-based executive", "the Nairobi-born striker": where the person is from)
    r"|-(?P<based>based|born|bred|raised)[ \t]+[a-z][\w-]*)?"
)
# "the 27-year-old from Osaka": the parser gives the town as the subject
_AGE_FROM = re.compile(r"[Tt]he[ \t]+\d{1,3}-year-old(?:[ \t]+[a-z-]+){0,2}[ \t]+from[ \t]+$")


def is_epithet(mention: str) -> bool:
    """Whether `mention` ("the Dane", "the Galway man") stands for a person named before."""
    m = _EPITHET.fullmatch(mention)
    if m is None:
        return False
    word = m.group("word").lower()
    if m.group("after") or m.group("based"):
        return True  # "the Galway man", "the Kerry native", "the Munich-based executive"
    return word in DEMONYMS or word in _MALE or word in _FEMALE


def epithet_gender(mention: str) -> str | None:
    words = mention.lower().split()
    if not words:
        return None
    return "m" if words[-1] in _MALE else "f" if words[-1] in _FEMALE else None


def place_before(text: str, start: int) -> int | None:
    """Where "the 27-year-old from" starts, when the mention at `start` is the town after it."""
    m = _AGE_FROM.search(text, max(0, start - 60), start)
    return m.start() if m else None
