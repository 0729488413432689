"""A quotation over several paragraphs, wire style: left open at the end of each
paragraph but the last, each next paragraph opening with a quotation mark, is one
quotation with one speaker (fictional passages)."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_a_quotation_left_open_runs_on_to_the_speaker_named_at_its_end() -> None:
    for sep in ("\n", "\n\n"):
        new = (
            BASE
            + sep
            + sep.join(
                [
                    "“I have served this harbour for twenty years and I am proud of what we built.",
                    "“But it is time for someone else to lead, and I wish them well,” "
                    "harbour master Ilse Marrow said.",
                    "Council members praised her work.",
                ]
            )
        )
        quotes = added_quotes(new)
        assert quotes["I have served"] == "Ilse Marrow", sep
        assert quotes["But it is"] == "Ilse Marrow", sep


def test_a_quotation_closed_at_its_paragraph_end_does_not_run_on() -> None:
    new = BASE + (
        "\n“The water rose faster than anyone had expected this spring.”"
        "\n“It is time for someone else to lead,” harbour master Ilse Marrow said."
    )
    assert added_quotes(new)["The water rose"] != "Ilse Marrow"


def test_a_quotation_ending_on_an_abbreviation_ends_before_the_next_speaker() -> None:
    new = BASE + (
        "\nMs. Vell has argued that Mr. Tarrow should step down."
        "\n“I was either going to stay silent or say what I believed: that it is not O.K.”"
        " Rosa Delk, an activist, said Ms. Vell should be praised for her stand."
        "\n“Kirsten Vell is asked to explain why she stood with the survivors,” she said."
    )
    assert added_quotes(new)["Kirsten Vell is"] == "Rosa Delk"
