"""Which word of a name is the family name, where it comes first.

Chinese (pinyin, Cantonese, Taiwanese, Hokkien), Korean and Vietnamese names are written
family name first in English news ("Xi Jinping", "Ho Wing-yin", "Lee Hsien Loong", "Kim Jong
Un", "Nguyen Xuan Phuc"). Citations need the family name for "(Lee, as cited in ...)", and
the extraction needs it to know that "Madam Tan" is "Tan Ah Lian". Plain Python, no Qt.
"""

from __future__ import annotations

import re

CHINESE_FAMILY_NAMES = {
    "xi", "li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu",
    "sun", "zhu", "hu", "guo", "he", "gao", "lin", "ma", "luo", "zheng", "liang", "xie",
    "tang", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan",
    "cai", "jiang", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao",
    "wen", "mao", "qin", "bo", "hua", "geng", "zhong", "kong", "fu", "yi",
}
# Cantonese and Taiwanese romanisations, family name first only before a hyphenated given
# name ("Ho Wing-yin", "Sze Lai-shan", "Tsai Ing-wen"): "Chan" alone may be anyone's surname
HYPHENATED_GIVEN_FAMILY_NAMES = {
    "chan", "cheung", "leung", "wong", "ho", "lam", "lau", "lee", "ng", "tsang", "yip", "chow",
    "tang", "fung", "kwok", "law", "lo", "mak", "sze", "tse", "yeung", "yuen", "chu", "choi",
    "cheng", "tam", "hui", "siu", "poon", "lai", "lui", "au", "kwan", "mok", "pang", "so",
    "tong", "tsui", "wan", "yu", "yung", "ko", "chiu", "ip", "fok", "koo", "hung", "chung",
    "tsai", "hsu", "chiang", "kuo", "hsieh", "teo", "tan", "goh", "lim", "ong", "chua",
    # Hokkien, Teochew and Hakka spellings common in Singapore and Malaysia ("Koh Poh Wen",
    # "Yeo Bee Lin", "Khoo Teng Hock")
    "koh", "ang", "chia", "chong", "foo", "heng", "khoo", "kok", "loh", "low", "neo", "quek",
    "seah", "sim", "soh", "tay", "toh", "wee", "yeo", "yap", "tham", "chee", "phua", "liew",
    "leong", "chin", "chew", "gan", "tey", "ting", "pua", "sia",
}
KOREAN_FAMILY_NAMES = {"kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang",
                       "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song",
                       "yoo", "hong", "moon", "ban", "roh", "chun", "ri", "pak", "choe"}
# Vietnamese names are written family name first in English news too ("Nguyen Xuan Phuc",
# "Pham Minh Chinh"); the family name leads one to three short given-name words.
VIETNAMESE_FAMILY_NAMES = {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu",
                           "vo", "dang", "bui", "do", "ngo", "duong", "ly", "trinh", "dinh"}
# Malaysian honorifics that follow "Tan" and are no given names ("Tan Sri Ali").
_NOT_GIVEN_NAMES = {"sri", "seri", "bin", "binti", "a/l", "a/p"}
# (a Western particle is no syllable of a Chinese name: "Lee Van Cleef")
_WESTERN_PARTICLES = {"van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "le",
                      "la"}
# One syllable of a Chinese name in any romanisation (Wade-Giles "Hsien", Cantonese "Kar",
# Hokkien "Bock"), which "Ann", "Rimes" or "Smith" are not.
_ROMANISED_SYLLABLE = re.compile(r"^[bcdfghjklmnpqrstvwxyz]{0,3}[aeiou]{1,3}"
                                 r"(?:ng|nh|ck|[nmptkhwyr])?$", re.IGNORECASE)
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in"
                    r"|un|ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u)")
_PINYIN_NAME = re.compile(rf"^(?:{_PINYIN_SYLLABLE}){{1,3}}$", re.IGNORECASE)


def family_name_first(words: list[str]) -> dict[str, str] | None:
    """The parts of a name written family name first, or None: 'Xi Jinping' -> family Xi;
    'Moon Jae-in', 'Kim Jong Un' -> Moon, Kim; the Hong Kong 'Winnie Ho Wing-yin' (an English
    given name first) -> Ho; 'Lee Hsien Loong', 'Tan Ah Lian' (three romanised syllables)
    -> Lee, Tan; 'Nguyen Xuan Phuc' (Vietnamese, two or three given words) -> Nguyen."""
    if len(words) == 3 and words[0][:1].isupper():
        hong_kong = family_name_first(words[1:])
        given = hong_kong["given"] if hong_kong is not None else ""
        if "-" in given and given.split("-")[-1].islower():
            return {"given": f"{words[0]} {hong_kong['given']}", "family": hong_kong["family"]}
    first, rest = words[0], words[1:]
    if first.lower() in VIETNAMESE_FAMILY_NAMES and len(rest) == 3 and all(
            w.isalpha() and w[0].isupper() and len(w) <= 6 for w in rest):
        return {"given": " ".join(rest), "family": first}  # "Nguyen Thi Kim Ngan"
    if not first[:1].isupper() or len(rest) > 2:
        return None
    hyphenated = len(rest) == 1 and "-" in rest[0] and all(
        p.isalpha() and len(p) <= 5 for p in rest[0].split("-"))
    syllables = all(len(w) <= 4 and w.isalpha() for w in rest) and len(rest) == 2
    key = first.lower()
    if key in CHINESE_FAMILY_NAMES and (
            hyphenated or (len(rest) == 1 and _PINYIN_NAME.match(rest[0]))):
        return {"given": " ".join(rest), "family": first}
    lower_second = len(rest) == 1 and rest[0].split("-")[-1].islower()  # "Wing-yin", not "-Jones"
    if key in HYPHENATED_GIVEN_FAMILY_NAMES and hyphenated and lower_second:
        return {"given": " ".join(rest), "family": first}
    if key in KOREAN_FAMILY_NAMES and (hyphenated or syllables):
        return {"given": " ".join(rest), "family": first}
    # A Singaporean, Malaysian or Hong Kong name in three syllables ("Lee Hsien Loong",
    # "Goh Chok Tong", "Lim Guan Eng"): each given syllable a capitalised short word.
    two_syllables = len(rest) == 2 and all(
        w[0].isupper() and _ROMANISED_SYLLABLE.match(w) and w.lower() not in _NOT_GIVEN_NAMES
        and w.lower() not in _WESTERN_PARTICLES for w in rest)
    if two_syllables and (key in HYPHENATED_GIVEN_FAMILY_NAMES or key in CHINESE_FAMILY_NAMES):
        return {"given": " ".join(rest), "family": first}
    # (two given words at least: "Do Kwon" is Korean, "Le Carré" French)
    if key in VIETNAMESE_FAMILY_NAMES and len(rest) >= 2 and all(
            w.isalpha() and w[0].isupper() and len(w) <= 6 for w in rest):
        return {"given": " ".join(rest), "family": first}
    return None
