"""A printed interview's answers are the interviewee's direct quotations, though no marks
enclose them: after a name label ("Brandt:"), after "A:", or, below "This conversation has been
edited and condensed.", after each question.  The label never enters the quotation."""

from homsquotes.core.extraction import extract
from homsquotes.core.extraction.layout.interview import answers

LABELLED = (
    "Night-bus novelist: Celia Brandt on her prize-shortlisted debut\n\n"
    "By Marcus Ellery\n\n"
    "Celia Brandt spent eleven years writing her first novel. We spoke in a café.\n\n"
    "Q: Eleven years is a long time. Did you ever think of giving up?\n\n"
    "Brandt: Every single week. My husband rescued it from the backup.\n\n"
    "Q: You wrote most of it on your phone?\n\n"
    "Brandt: On the night bus, mostly.\n\n"
    "I'd write three or four hundred words between Victoria and Chatham.\n\n"
    "Q: Why oysters?\n\n"
    "Brandt: My grandfather worked the oyster beds at Whitstable.\n\n"
    "The Salt Year is published by Finch & Lowell.\n"
)


def _unmarked(text: str) -> list:
    return [q for q in extract(text).quotes if q.text[:1] not in "\"“‘'"]


def test_named_answers_are_the_interviewees_words_without_the_label() -> None:
    found = _unmarked(LABELLED)
    assert [q.text for q in found] == [
        "Every single week. My husband rescued it from the backup.",
        "On the night bus, mostly.",
        "I'd write three or four hundred words between Victoria and Chatham.",
        "My grandfather worked the oyster beds at Whitstable.",
    ]
    assert {q.speaker for q in found} == {"Celia Brandt"}
    for q in found:
        assert LABELLED[q.start : q.end] == q.text
        assert [(p.start, p.end) for p in q.parts] == [(q.start, q.end)]


def test_the_paragraph_after_the_last_answer_is_not_an_answer() -> None:
    assert all("Finch & Lowell" not in q.text for q in _unmarked(LABELLED))
    assert all(not q.text.startswith(("Eleven years", "Why")) for q in _unmarked(LABELLED))


def test_a_and_q_labels_give_the_person_the_headline_names() -> None:
    text = (
        "Q&A with Vice President Joe Biden\n\n"
        "Vice President Joe Biden spent Thursday in St. Paul, where he visited a train "
        "station. He later spoke with reporters on Air Force Two.\n\n"
        "Q: The candidates are talking doom and gloom.\n\n"
        "A: It's a big mistake. Everybody's making it.\n\n"
        "Q: Are you surprised?\n\n"
        "A: I am surprised.\n"
    )
    found = _unmarked(text)
    assert [q.text for q in found] == ["It's a big mistake. Everybody's making it.",
                                       "I am surprised."]
    assert {q.speaker for q in found} == {"Joe Biden"}


def test_an_edited_conversation_without_labels() -> None:
    text = (
        "Laurentide Rail CEO says tariffs are the bigger threat\n\n"
        "Geneviève Thibodeau-Nakamura took over the operator in January.\n\n"
        "\"Customers are hesitating,\" Ms. Thibodeau-Nakamura said.\n\n"
        "The following conversation has been edited and condensed.\n\n"
        "What surprised you about rail?\n\n"
        "How much of it is still about relationships.\n\n"
        "How real is the tariff risk?\n\n"
        "Very real. A 25 per cent tariff changes everything.\n"
    )
    found = _unmarked(text)
    assert [q.text for q in found] == [
        "How much of it is still about relationships.",
        "Very real. A 25 per cent tariff changes everything.",
    ]
    assert {q.speaker for q in found} == {"Geneviève Thibodeau-Nakamura"}


def test_a_quotation_inside_an_answer_keeps_its_own_place() -> None:
    text = (
        "Talking to Maren Solberg\n\n"
        "Q: Did your father read your work?\n\n"
        "A: He read my first book and said \"it had too many commas\". That was his review.\n\n"
        "Q: And your mother?\n\n"
        "A: She said yes.\n"
    )
    quotes = extract(text).quotes
    inner = [q for q in quotes if q.text == '"it had too many commas"']
    assert len(inner) == 1
    answer = next(q for q in quotes if q.text.startswith("He read"))
    assert answer.setting == "in an interview"
    # the answer is the words around the inner quotation, as two parts that never overlap it
    assert [p.text for p in answer.parts] == ["He read my first book and said",
                                             "That was his review."]
    assert all(text[p.start : p.end] == p.text for p in answer.parts)
    assert answer.parts[0].end <= inner[0].start and inner[0].end <= answer.parts[1].start


def test_one_note_or_one_question_is_no_interview() -> None:
    for text in (
        "Council votes on budget\n\nQ: What happens next?\n\nA: The mayor signs it.\n\n"
        "The vote was 7-2.\n",
        "Storm update\n\nNote: This story has been updated.\n\nPower is back on.\n",
        "Storm update\n\nWhy does it matter? Because the river is high.\n",
    ):
        assert answers(text) == []


def test_an_answer_printed_in_marks_is_that_quotation_alone() -> None:
    text = (
        "Talking to Maren Solberg\n\n"
        "Q: Did your father read your work?\n\n"
        "A: \"He said it had too many commas,\" she said.\n\n"
        "Q: And your mother?\n\n"
        "A: She said yes.\n"
    )
    texts = [q.text for q in extract(text).quotes]
    assert '"He said it had too many commas,"' in texts
    assert all("she said." not in t for t in texts)
