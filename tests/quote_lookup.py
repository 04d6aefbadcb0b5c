"""The quotation an extraction test asks about, found by its opening words."""

from homsquotes.core.extraction import extract
from homsquotes.core.model import Quote

HEAD = "A headline for the story\n\n"


def quote_starting(text: str, opening: str, head: str = HEAD) -> Quote:
    """The first quotation of `head + text` whose words start with `opening`."""
    article = extract(head + text)
    found = [q for q in article.quotes if q.text.lstrip("\"“‘'«").startswith(opening)]
    assert found, [q.text for q in article.quotes]
    return found[0]
