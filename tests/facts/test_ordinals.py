"""A place in an order ("the 34th minute", "a third straight win") changed by an edit
is a measurement updated; one in a sentence added whole, or in another wording of the
same place, is none (texts written for the test)."""

from __future__ import annotations

import pytest

from storydiff import compare

MATCH = (
    "Kessla Rovers beat Dunmore 2-1 on Saturday. Ilse Ferrel opened the scoring in the 34th "
    "minute with a low shot and added a second from the penalty spot in the 78th.\n\n"
    "It was the Rovers' third straight win, and they climbed to fifth in the table."
)


def _shown(old: str, new: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.kind, c.fact, c.before, c.after) for c in compare(old, new).changes if not c.hidden]


@pytest.mark.parametrize(
    ("before", "after"),
    [("34th minute", "37th minute"), ("third straight", "fourth straight")],
)
def test_an_ordinal_an_edit_changes_is_an_update(before: str, after: str) -> None:
    new = MATCH.replace(before, after)
    got = [c for c in _shown(MATCH, new) if c[1] == "quantity"]
    assert got == [("update", "quantity", before.split()[0], after.split()[0])], got


def test_an_ordinal_kept_or_added_whole_is_no_change() -> None:
    reworded = MATCH.replace(
        "It was the Rovers' third straight win", "The Rovers have now won a third straight game"
    )
    assert not [c for c in _shown(MATCH, reworded) if c[1] == "quantity"]
    added = MATCH + "\n\nFerrel scored for the ninth time this season."
    assert not [c for c in _shown(MATCH, added) if c[1] == "quantity"]


def test_a_place_said_as_the_figure_counting_up_to_it_is_no_change() -> None:
    """ "after 61 minutes" / "in the 61st minute": one moment."""
    old = MATCH.replace("in the 78th", "after 78 minutes")
    assert not [c for c in _shown(old, MATCH) if c[1] == "quantity"]


def test_a_grade_glued_into_a_modifier_is_no_place() -> None:
    old = "Dylan Harte, 34, was charged with first-degree murder on Monday, police said."
    new = old.replace("first-degree", "second-degree")
    assert not [c for c in _shown(old, new) if c[1] == "quantity"]
