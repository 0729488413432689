"""What the model reads of a sentence (fictional copy stored as NewsEdits stores wire
copy, a line broken where its splitter wrongly ended a sentence): a line break inside a
sentence is a space, so a date or a name across it is read whole."""

from __future__ import annotations

from storydiff import compare


def test_a_date_across_a_line_break_is_read_whole() -> None:
    old = "The council voted on Aug.\n6 to close the harbour road, officials said."
    new = "The council voted to close the harbour road, officials said."
    dates = [c.before for c in compare(old, new).changes if c.fact == "date"]
    assert dates == ["Aug. 6"]


def test_a_name_across_a_line_break_is_one_name() -> None:
    old = "Police closed the road on Monday."
    new = "Police closed the road on Monday, the U.S.\nCoast Guard Authority said."
    names = [c.after for c in compare(old, new).changes if c.fact == "organization"]
    assert names == ["U.S. Coast Guard Authority"]


def test_initials_with_an_ampersand_across_a_line_break_are_the_name_spelled_out() -> None:
    old = "Norland Gas and Electric said on Monday it would cut power to 50,000 homes."
    new = (
        "NG&\nE said on Monday it would cut power to 50,000 homes."
        " An NG&\nE crew found a fallen pole."
    )
    names = [c for c in compare(old, new).changes if c.fact == "organization"]
    assert names == []  # not "NG& E crew" added, nor the name spelled out removed
