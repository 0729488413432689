"""The text's own pronoun in a nickname apposition ("Duke Ruiz, as fans call her")
marks the name, and wins over the gender of a title-like nickname (fictional
passages)."""

from __future__ import annotations

from storydiff.facts.genders import gender_of, text_genders
from tests.facts.quoting import BASE, added_quotes


def test_a_nickname_apposition_pronoun_wins_over_the_title() -> None:
    found = text_genders("Duke Ruiz, as fans call her, opened the new quay on Monday.")
    assert gender_of(found, "Duke Ruiz") == "she"
    assert gender_of(found, "Ruiz") == "she"
    found = text_genders("Princess Varek, as the crews dubbed him, sailed first.")
    assert gender_of(found, "Varek") == "he"
    assert gender_of(text_genders("Lady Osk, as she is known, sailed."), "Osk") == "she"


def test_a_title_without_such_an_apposition_still_marks_its_gender() -> None:
    assert gender_of(text_genders("Duke Ruiz opened the new quay."), "Ruiz") == "he"
    found = text_genders("Duke Ruiz opened the new quay, as officials call it.")
    assert gender_of(found, "Ruiz") == "he"


def test_she_is_the_woman_the_apposition_marks_not_the_man_named_last() -> None:
    new = BASE + (
        "\nDuke Ruiz, as fans call her, opened the new quay on Monday."
        "\nMr. Tomas Varek thanked the crews who built it."
        "\n“The old quay was falling into the sea,” she said."
    )
    assert added_quotes(new)["The old quay"] == "Duke Ruiz"
