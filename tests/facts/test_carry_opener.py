"""A sentence that ends in a colon opens the quote below it (fictional passages):
"Mara Velde had a simple message for the sailors:" and, in the next paragraph, a bare
quote: hers, though no speech verb names her."""

from __future__ import annotations

import pytest

from tests.facts.quoting import BASE, added_quotes


def test_a_person_ending_a_sentence_in_a_colon_speaks_the_quote_below() -> None:
    new = BASE + (
        "\nMara Velde had a simple message for the sailors:\n"
        "\n“Stay in the harbour until the wind drops.”"
    )
    assert added_quotes(new)["Stay in the"] == "Mara Velde"


def test_she_ending_a_sentence_in_a_colon_is_the_person_named_before() -> None:
    new = BASE + (
        "\nMara Velde runs the harbour office.\nShe had one warning for the crews:\n"
        "\n“Nobody sails before Friday.”"
    )
    assert added_quotes(new)["Nobody sails before"] == "Mara Velde"


def test_a_sentence_of_narration_without_a_colon_opens_nothing() -> None:
    new = BASE + (
        "\nMara Velde had a simple message for the sailors.\n\n“Stay in the harbour tonight.”"
    )
    assert added_quotes(new)["Stay in the"] == ""


def test_a_sign_pointed_to_before_a_colon_is_not_its_words() -> None:
    new = BASE + (
        "\nMara Velde pointed to the sign on the harbour gate:\n\n“No entry until further notice.”"
    )
    assert added_quotes(new)["No entry until"] == ""


@pytest.mark.parametrize(
    "lead",
    [
        "As Mara Velde put it:",
        "Mara Velde's message to the crews was clear:",
        "Mara Velde runs the harbour office. She was blunt:",
        "Mara Velde was blunt:",
        "Mara Velde told the crews:",
    ],
)
def test_how_a_person_or_their_message_was_opens_the_quote_below(lead: str) -> None:
    new = BASE + f"\n{lead}\n\n“We will rebuild the quay by spring.”"
    assert added_quotes(new)["We will rebuild"] == "Mara Velde"
