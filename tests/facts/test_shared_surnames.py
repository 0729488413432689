"""Two people of one surname: a surname said with a title after a quote's line is not
who said it, and a surname is the person of it named last before the quote
(``names.full_name``): fictional passages."""

from __future__ import annotations

from storydiff.facts.name_expansion import full_name


def _said(text: str, quote: str, surname: str) -> str:
    at = text.index(quote)
    return full_name(surname, text, at, at + len(quote))


def test_a_title_on_the_next_line_is_not_the_speakers() -> None:
    text = (
        "Lillian Vask testified on Monday in the trial of her husband, Gordon Vask.\n\n"
        "On the stand, Ms. Vask spoke softly.\n\n"
        "“If there had been cash in a kitchen drawer, I would have known,” she said.\n\n"
        "Mr. Vask, 64, is charged with bribery."
    )
    quote = "“If there had been cash in a kitchen drawer, I would have known,”"
    assert _said(text, quote, "Vask") == "Lillian Vask"


def test_of_two_men_of_one_surname_the_one_named_last_before_the_quote() -> None:
    text = (
        "The records show that a paving firm hired the chairman's son, Tobias Rendvold,"
        " in March.\n\n"
        "The chairman, Senator Lucas Rendvold, denied any wrongdoing on Tuesday.\n\n"
        "“My son got that job on his own,” Mr. Rendvold said."
    )
    assert _said(text, "“My son got", "Rendvold") == "Lucas Rendvold"
