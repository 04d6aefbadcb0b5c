"""The quotation an extraction test asks about, found by its opening words."""

import pytest

from homsquotes.core.extraction import extract
from homsquotes.core.model import Quote

HEAD = "A headline for the story\n\n"


def quote_starting(text: str, opening: str, head: str = HEAD) -> Quote:
    """The first quotation of `head + text` whose words start with `opening`."""
    article = extract(head + text)
    found = [q for q in article.quotes if q.text.lstrip("\"“‘'«").startswith(opening)]
    assert found, [q.text for q in article.quotes]
    return found[0]


def speaker_table(cases: list[tuple[str, str, str, str]]) -> pytest.MarkDecorator:
    """Parametrize a test over (group, text, opening words, speaker) rows; each row's id is
    its group, so a failure names the class of attribution it belongs to."""
    return pytest.mark.parametrize(
        ("text", "opening", "speaker"),
        [case[1:] for case in cases],
        ids=[f"{case[0]}-{i}" for i, case in enumerate(cases)],
    )
