"""Institutions a description stands for: "the ministry said" is the Ministry of Water the
paragraph before named, "the council said" the Kisumu County Council.  A description speaks
for an institution only when the article named exactly one that fits; with two ministries in
view, which one spoke is the reader's guess, so the description stays."""

from __future__ import annotations

import re

from homsquotes.core.extraction.attribution.cues import TITLE_WORDS, role_noun, word_set
from homsquotes.core.extraction.capitals import latin_re
from homsquotes.core.extraction.resolution.speakers import NOT_NAMES

# The nouns that head an institution's name ("the Ministry of Water", "Kisumu County Council");
# "the ministry said" is the one such institution the article named shortly before.
INSTITUTION_NOUNS = word_set(
    "ministry department council commission authority board union association federation "
    "institute university hospital committee bureau corporation foundation society league "
    "coalition alliance tribunal court"
)
_TITLES = {re.escape(w.capitalize()) for w in TITLE_WORDS if w.isalpha()}
_NAME_WORD = r"[A-Z][\w'’&.-]*"
# (no full stop before the noun: "closed on Monday. Kisumu County Council said" is no name
# "Monday. Kisumu County Council")
_NAME_BEFORE_NOUN = latin_re(r"(?:[A-Z][\w'’&-]*[ \t]+){0,5}$")
_NAME_AFTER_NOUN = latin_re(
    # (never "and" a person: "The Council of Elders and Chief Okoro met")
    rf"(?:[ \t]+(?:of|for|on|and(?![ \t]+(?:{'|'.join(sorted(_TITLES))})\b))(?:[ \t]+the)?"
    rf"[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})*)*"
)
# Bodies of another kind that share the noun: "the union said" is never the European Union
_OTHER_BODIES = word_set("european african soviet")
_ROLE_BEFORE_NAME = latin_re(r"\b[a-z]+[ \t]+$")


def institution_named(text: str, mention: str, start: int, pos: int) -> str | None:
    """ "the ministry said" for the one ministry named between `start` and `pos`: "Officials
    at the Ministry of Water denied it. ... "Q," the ministry said".  None when none or two
    different ones were named (which one speaks is then the reader's guess)."""
    words = mention.split()
    if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in INSTITUTION_NOUNS:
        return None
    noun = words[1].lower()
    names: set[str] = set()
    for m in re.finditer(rf"\b{noun.capitalize()}\b", text[start:pos]):
        at = start + m.start()
        left = _NAME_BEFORE_NOUN.search(text, max(0, at - 80), at)
        right = _NAME_AFTER_NOUN.match(text, at + len(noun))
        name_words = (text[left.start() if left else at : right.end()]).split()
        while name_words and (name_words[0].lower() in NOT_NAMES or name_words[0] in ("The", "A")):
            name_words.pop(0)
        if len(name_words) < 2 or text.rfind("\n", 0, at) + 1 == at:
            continue  # a bare "Council", or a heading
        if name_words[0].lower() in _OTHER_BODIES:
            continue
        before = " ".join(name_words[: name_words.index(m.group())])
        first = at - len(before) - (1 if before else 0)
        word_before = _ROLE_BEFORE_NAME.search(text, max(0, first - 30), first)
        if word_before and role_noun(word_before.group().strip()):
            continue  # "Former champion Margaret Court": a person
        names.add(" ".join(name_words).rstrip(".,"))
    if not names:
        # "The Ohio Education Association, the state's largest teachers union, said": a
        # name with the noun in apposition
        for m in _DESCRIBED_BODY.finditer(text, start, pos):
            # (the noun ends the description: "the state's largest teachers union", never "the
            # general secretary of the RMT union", which describes a person in the body)
            what = m.group("what")
            if re.search(rf"\b{noun}$", what) and not re.search(r"\b(?:of|at|for|in|with)\b", what):
                name = m.group("name")
                if name.split()[0] in ("The", "A"):
                    name = name.split(None, 1)[1]
                if name.split()[0].lower() not in _OTHER_BODIES:
                    names.add(name)
    if len(names) != 1:
        return None
    return names.pop()


_DESCRIBED_BODY = latin_re(
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+)?{_NAME_WORD}){{1,6}}),"
    r"[ \t]+(?P<what>(?:the|a|an)[ \t]+[^,.;:\n\"“”]{2,60}),"
)
