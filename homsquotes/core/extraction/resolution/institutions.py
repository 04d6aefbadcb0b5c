"""Institutions a description stands for: "the ministry said" is the Ministry of Water the
paragraph before named, "the council said" the Kisumu County Council.  A description speaks
for an institution only when the article named exactly one that fits; with two ministries in
view, which one spoke is the reader's guess, so the description stays."""

from __future__ import annotations

import re

from homsquotes.core.extraction.attribution.cues import word_set
from homsquotes.core.extraction.capitals import latin_re
from homsquotes.core.extraction.resolution.speakers import NOT_NAMES

# The nouns that head an institution's name ("the Ministry of Water", "Kisumu County Council");
# "the ministry said" is the one such institution the article named shortly before.
INSTITUTION_NOUNS = word_set(
    "ministry department council commission authority board union association federation "
    "institute university hospital committee bureau corporation foundation society league "
    "coalition alliance tribunal court"
)
_NAME_WORD = r"[A-Z][\w'’&.-]*"
_NAME_BEFORE_NOUN = latin_re(rf"(?:{_NAME_WORD}[ \t]+){{0,5}}$")
_NAME_AFTER_NOUN = latin_re(
    rf"(?:[ \t]+(?:of|for|and|on)(?:[ \t]+the)?[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})*)*"
)


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
        names.add(" ".join(name_words).rstrip(".,"))
    if len(names) != 1:
        return None
    return names.pop()
