"""One entity under several names (fictional passages)."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.facts.aliases import initials, mentioned


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("RNC", "the Republican National Committee said on Monday"),
        ("Associated Press", "AP reported the figures first"),
        ("W.H.O.", "the World Health Organization warned"),
        ("U.S.", "officials in the United States said"),
        ("Missouri", "police in Kansas City, Mo., said"),
        ("Mideast", "the Middle East peace talks"),
        ("Brannock Analytica", "Brannock Analytics denied wrongdoing"),
    ],
)
def test_another_form_of_the_name_is_a_mention(name: str, text: str) -> None:
    assert mentioned(name, text)


@pytest.mark.parametrize(
    ("name", "text"), [("Paris", "London is big"), ("US", "they use it"), ("NLRB", "the NRA")]
)
def test_other_names_are_not(name: str, text: str) -> None:
    assert not mentioned(name, text)


def test_initials_leave_out_minor_words() -> None:
    assert initials("Centers for Disease Control and Prevention") == "cdcp"
    assert initials("Paris") == ""


def test_an_abbreviation_is_not_reported_as_a_new_organisation() -> None:
    old = "The Norland Coastguard Agency said the ship was towed into Kestrel Bay overnight."
    new = "The NCA said the ship was towed into Kestrel Bay overnight, with its crew safe."
    c = compare(old, new)
    assert not [ch for ch in c.changes if ch.fact == "organization"]


def test_a_speaker_described_by_title_is_the_person_with_that_title() -> None:
    from storydiff.facts.names import titled

    text = (
        "President Ilse Marrow met the council on Monday. Former President Aldo Venn, "
        "who held the office until 2020, was not invited. Marrow said the port would "
        "reopen. Marrow added that crews were safe. The furious president wrote: ..."
    )
    assert titled("The furious president", text, len(text)) == "Ilse Marrow"
    assert titled("the president", "No one holds a title here.", 10) == "the president"
    assert titled("Aldo Venn", text, 5) == "Aldo Venn"
