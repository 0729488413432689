"""A figure the new version says it moved from, in a sentence the aligner left apart
from the old one's, is the old figure updated (fictional passages)."""

from __future__ import annotations

from storydiff import compare

_LEAD = "Rail freight workers at Corvane will strike from Thursday, their union said.\n"
_END = "\nThe strike would halt most coal shipments to the port of Seldt."


def _percents(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    changes = compare(_LEAD + old + _END, _LEAD + new + _END).changes
    return [(c.kind, c.before, c.after) for c in changes if not c.hidden and c.fact == "percent"]


def test_an_offer_raised_from_the_old_figure_is_its_update() -> None:
    old = "The union is seeking a 9% pay rise over two years. Corvane has offered 4.5%."
    new = (
        "The union is seeking a 9% pay rise over two years. Corvane raised its offer to"
        " 5.5% from 4.5% earlier in the day."
    )
    assert _percents(old, new) == [("update", "4.5%", "5.5%")]


def test_a_move_from_a_figure_the_old_version_does_not_give_is_new() -> None:
    old = "The union is seeking a 9% pay rise over two years."
    new = "The union is seeking a 9% pay rise over two years, up from 7% in March."
    assert _percents(old, new) == [("addition", None, "7%")]


def test_a_move_from_a_figure_of_something_else_is_no_update() -> None:
    old = "The union is seeking a 9% pay rise. Consumer prices rose 4.5% last year."
    new = "The union is seeking a 9% pay rise. Corvane raised its offer to 5.5% from 4.5%."
    assert ("update", "4.5%", "5.5%") not in _percents(old, new)


def test_a_figure_down_from_the_old_one_is_its_update() -> None:
    old = "Korvath said it would propose an unchanged dividend of 4.50 crowns per share."
    new = (
        "Korvath said it would propose a dividend of 4.00 crowns per share, down from 4.50"
        " crowns a year earlier."
    )
    changes = compare(_LEAD + old + _END, _LEAD + new + _END).changes
    shown = [(c.kind, c.before, c.after) for c in changes if not c.hidden and c.fact == "quantity"]
    assert shown == [("update", "4.50 crowns", "4.00 crowns")]


def test_a_figure_of_another_size_is_no_move() -> None:
    old = "Korvath's quarterly profit was $161 million a year ago, the company said."
    new = (
        "Korvath's quarterly profit was $84 million, or 31 cents a share, down from $161"
        " million a year ago, the company said."
    )
    changes = compare(_LEAD + old + _END, _LEAD + new + _END).changes
    shown = [(c.kind, c.before, c.after) for c in changes if not c.hidden and c.fact == "money"]
    assert ("update", "$161 million", "31 cents") not in shown
