"""A title with its office before a name (fictional passages): "Deputy Minister of
Health Jaroslaw Wadka announced" is Jaroslaw Wadka speaking, not "Minister" nor "of
Health Jaroslaw Wadka", however the parser joins the office to the name and whether
or not the model tags the name (these two it does not)."""

from __future__ import annotations

import pytest

from tests.facts.quoting import BASE, added_quotes


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Deputy Minister of Health", "Jaroslaw Wadka"),  # the parse: "of" -> "Wadka"
        ("Deputy Minister of Health", "Tadeusz Mroka"),  # the parse: "Mroka" the subject
    ],
)
def test_the_name_after_a_title_and_its_office_speaks(title: str, name: str) -> None:
    new = BASE + (
        f"\nOn Saturday, April 4, {title} {name} announced that due to the growing"
        " scale of the epidemic in Norland, “unfortunately, some hospitals for patients"
        " are already filling up.”"
    )
    assert added_quotes(new)["unfortunately, some hospitals"] == name
