"""The language check on made-up samples: every English one passes, every other is named."""

from __future__ import annotations

from format_fixtures import STORIES, STORY_PARAGRAPHS

from homsquotes.core.formats.language import detect_language, is_english

SAMPLES = {
    "en": [
        " ".join(STORY_PARAGRAPHS),
        *(" ".join(s["body"]) for s in STORIES[1:]),
        "Prices rose faster than expected in May, the statistics office said on Friday, as "
        "the cost of food and fuel climbed for a third month. Economists had forecast a "
        "smaller rise and said the central bank was now likely to act before the summer.",
    ],
    "fr": [
        "Les prix ont augmenté plus vite que prévu en mai, a indiqué vendredi l'office des "
        "statistiques, alors que le coût de l'alimentation et du carburant a progressé pour "
        "le troisième mois consécutif. Les économistes s'attendaient à une hausse plus faible."
    ],
    "de": [
        "Die Preise sind im Mai schneller gestiegen als erwartet, teilte das Statistikamt am "
        "Freitag mit. Die Kosten für Lebensmittel und Treibstoff stiegen den dritten Monat in "
        "Folge, und die Ökonomen hatten mit einem kleineren Anstieg gerechnet."
    ],
    "es": [
        "Los precios subieron más de lo esperado en mayo, dijo el viernes la oficina de "
        "estadística, mientras el coste de los alimentos y del combustible aumentó por tercer "
        "mes consecutivo. Los economistas esperaban una subida menor que la de abril."
    ],
    "it": [
        "I prezzi sono aumentati più del previsto a maggio, ha detto venerdì l'ufficio di "
        "statistica, mentre il costo del cibo e del carburante è salito per il terzo mese di "
        "fila. Gli economisti si aspettavano un aumento più contenuto della media."
    ],
    "pt": [
        "Os preços subiram mais do que o esperado em maio, disse na sexta-feira o instituto de "
        "estatística, enquanto o custo dos alimentos e do combustível aumentou pelo terceiro "
        "mês seguido. Os economistas esperavam uma alta menor do que a de abril."
    ],
    "nl": [
        "De prijzen zijn in mei sneller gestegen dan verwacht, meldde het statistiekbureau op "
        "vrijdag. De kosten van voedsel en brandstof stegen voor de derde maand op rij, en "
        "economen hadden op een kleinere stijging gerekend dan die van april."
    ],
    "und-Cyrl": [
        "Цены в мае выросли быстрее, чем ожидалось, сообщило в пятницу статистическое "
        "ведомство. Стоимость продуктов и топлива растёт третий месяц подряд."
    ],
    "zh": [
        "五月份物价涨幅超过预期，统计局周五表示，食品和燃料成本连续第三个月上涨。"
        "经济学家此前预计涨幅较小。"
    ],
}


def test_every_sample_is_recognised():
    results = {
        (language, i): detect_language(text)
        for language, texts in SAMPLES.items()
        for i, text in enumerate(texts)
    }
    wrong = {k: v for k, v in results.items() if v is None or v.code != k[0]}
    assert not wrong, wrong
    assert all(is_english(results[("en", i)]) for i in range(len(SAMPLES["en"])))
    assert not any(is_english(v) for k, v in results.items() if k[0] != "en")


def test_a_short_text_is_not_judged():
    assert detect_language("Merci beaucoup, à bientôt.") is None
    assert is_english(None)


def test_english_with_a_french_quotation_stays_english():
    text = " ".join(STORY_PARAGRAPHS) + " \u00ab Nous ne pouvons pas attendre \u00bb, a-t-il dit."
    assert detect_language(text).code == "en"
