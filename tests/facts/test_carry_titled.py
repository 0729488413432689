"""Honorific and surname, and "put it" (fictional passages): "Ms Varga said …" names the
Ilona Varga named in full before even where the model tags "Ms Varga" as an
organisation, so her "she added" is hers, not that of the last person named by a full
name; "As Brandt put it, “…”" is Brandt speaking, while "put it on the table" is no
saying."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_an_honorific_and_a_surname_named_before_is_whom_she_stands_for() -> None:
    new = BASE + (
        "\nIlona Varga, a spokeswoman for the ferry group Gull Lines, told reporters:"
        " “We sold more than we hoped. Getting everyone through one gate was hard.”"
        "\nCaptain Ana Holm steered the first crossing of the day."
        "\nMs Varga said organisers had sold just over 600 tickets in a five-hour period."
        "\n“We will know in two weeks if the route pays for itself, but either way we"
        " have made our point,” she added."
    )
    assert added_quotes(new)["We will know"] == "Ilona Varga"


def test_as_he_put_it_is_his_saying() -> None:
    new = BASE + (
        "\nHugo Brandt, the board's chairman, opened the meeting."
        "\n“Every winter we patch her up again, and every spring she sails,” said Petra"
        " Lind, the ferry's captain."
        "\nBrandt did not agree, and as he put it, “The Gull costs more than it earns.”"
        "\nThe board will vote in June."
    )
    quotes = added_quotes(new)
    assert quotes["Every winter we"] == "Petra Lind"
    assert quotes["The Gull costs"] == "Hugo Brandt"


def test_putting_a_thing_somewhere_is_no_saying() -> None:
    new = BASE + (
        "\n“We patch her up every winter,” Petra Lind said, and Hugo Brandt put it on the"
        " table, “The Gull costs more than it earns.”"
    )
    assert added_quotes(new)["The Gull costs"] == "Petra Lind"
