"""A range of amounts or percentages is one figure with two ends, however it is written,
and two amounts in one phrase are never added up (fictional sentences)."""

from __future__ import annotations

import pytest

from storydiff import compare

LEAD = "The harbour board met on the quay at Kestrel Bay. "
TAIL = " Divers found the wreck of the ferry later."


def _shown(old: str, new: str, fact: str) -> list[tuple[str, str, str]]:
    changes = compare(LEAD + old + TAIL, LEAD + new + TAIL).changes
    return [
        (c.kind, c.before_value, c.after_value) for c in changes if c.fact == fact and not c.hidden
    ]


def _money(old: str, new: str) -> list[tuple[str, str, str]]:
    return _shown(old, new, "money")


def _percent(old: str, new: str) -> list[tuple[str, str, str]]:
    return _shown(old, new, "percent")


def test_one_range_written_two_ways_is_no_change() -> None:
    old = "Ferry passes will cost between US$100 and US$150 each, the board said."
    assert _money(old, "Ferry passes will cost $100 to $150 each, the board said.") == []


@pytest.mark.parametrize(
    ("old", "new", "values"),
    [
        (  # a range is its two ends, not their sum (250)
            "Ferry passes will cost between US$100 and US$150 each, the board said.",
            "Ferry passes will cost between US$100 and US$160 each, the board said.",
            ("100-150", "100-160"),
        ),
        (  # a range glued by its dash is read
            "The ferry costs $40-$50 a ticket.",
            "The ferry costs $40-$55 a ticket.",
            ("40-50", "40-55"),
        ),
        (  # a move keeps both its figures, read as one entity or as two
            "Ferry shares rose $3 to $60 on Friday, the exchange said.",
            "Ferry shares rose $3 to $61 on Friday, the exchange said.",
            ("3 to 60", "3 to 61"),
        ),
        (
            "Ferry fares rose by $5 to $45 a trip, the board said.",
            "Ferry fares rose by $5 to $46 a trip, the board said.",
            ("5 to 45", "5 to 46"),
        ),
        (  # two amounts joined by "and" are both, never a sum
            "The club raised $100 and $150 in two appeals.",
            "The club raised $100 and $160 in two appeals.",
            ("100 and 150", "100 and 160"),
        ),
    ],
)
def test_an_amount_of_two_figures_keeps_both(old: str, new: str, values: tuple[str, str]) -> None:
    assert _money(old, new) == [("update", *values)]


def test_a_dash_and_to_make_the_same_range() -> None:
    old = "The ferry costs $40-$50 a ticket."
    assert _money(old, "The ferry costs $40 to $50 a ticket.") == []


def test_a_range_of_percentages_is_one_figure_however_written() -> None:
    old = "Harbour rents rose 5 to 7 percent last year, the board said."
    assert _percent(old, "Harbour rents rose 5-7 percent last year, the board said.") == []
    new = "Harbour rents rose 5-8 percent last year, the board said."
    assert _percent(old, new) == [("update", "5-7", "5-8")]


def test_a_range_before_per_cent_is_a_range_of_percentages_not_a_score() -> None:
    old = "The board expects an 8-10 percent rise in harbour fees, its chair said."
    new = "The board expects an 8-10 per cent rise in harbour fees, its chair said."
    assert _percent(old, new) == []
    assert _percent(old, new.replace("8-10", "8-12")) == [("update", "8-10", "8-12")]
