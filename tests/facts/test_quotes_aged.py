"""A person described again by age alone is the person named before (fictional
passages): "Jo Carter, 45, lost her home. “…,” the 45-year-old said." is Jo Carter's
quote, as "the lawmaker said" is the lawmaker's."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_the_year_old_is_the_person_named_before() -> None:
    new = BASE + (
        "\nJo Carter, 45, lost her home in the flood."
        "\n“I have nothing left but this coat,” the 45-year-old said."
    )
    assert added_quotes(new)["I have nothing"] == "Jo Carter"


def test_said_the_year_old_is_the_person_named_before() -> None:
    new = BASE + (
        "\nKai Lund lost his boat in the storm."
        "\n“Forty years of work, gone in one night,” said the 61-year-old."
    )
    assert added_quotes(new)["Forty years of"] == "Kai Lund"
