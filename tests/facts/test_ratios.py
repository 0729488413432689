"""Ratios: "twice" is a count of times, so "twice" -> "three times" or "twice as
likely" -> "50 percent more likely" is one update (fictional passages)."""

from __future__ import annotations

import pytest

from storydiff import compare

_LEAD = "The harbour at Penmarrow reopened on Monday after the storm damaged the old pier."
_REST = " The pier was built in 1911 by the Brannock family."


def _shown(old: str, new: str) -> list[tuple[str, str, str | None, str | None]]:
    changes = compare(_LEAD + " " + old + _REST, _LEAD + " " + new + _REST).changes
    return [
        (c.kind, c.fact, c.before, c.after) for c in changes if not c.hidden and c.fact != "claim"
    ]


@pytest.mark.parametrize(
    ("said", "old", "new", "update"),
    [
        ("Users were {} likely to fall ill, the Varnos study found.", "twice as",
         "three times as", ("quantity", "three times")),
        ("The council met {} last week to discuss the budget.", "twice", "three times",
         ("quantity", "three times")),
        ("Users were {} likely to fall ill, the Varnos study found.", "twice as",
         "50 percent more", ("percent", "50 percent")),
        ("The ferry to Holloway Ford {}, the operator said.", "was cut to a twice-weekly run",
         "will now run three times a week", ("quantity", "three times")),
        ("Prices rose {} wages in Kessla, the bureau said.", "twice as fast as",
         "40 percent faster than", ("percent", "40 percent")),
    ],
)  # fmt: skip
def test_twice_said_anew_is_one_update(
    said: str, old: str, new: str, update: tuple[str, str]
) -> None:
    fact, after = update
    assert _shown(said.format(old), said.format(new)) == [("update", fact, "twice", after)]


def test_twice_in_an_added_sentence_is_no_count_of_its_own() -> None:
    added = "Sales in Veltro were twice as high as a year ago."
    assert _shown("Rain fell.", f"Rain fell. {added}") == [("addition", "place", None, "Veltro")]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Ticket prices on the ferry will be cut by a quarter during the works.",
         "Ticket prices on the ferry will be cut by 25 percent during the works."),
        ("The Brannock family still owns half of the boatyard.",
         "The Brannock family still owns 50 percent of it."),
        ("Shares of the ferry company have gained about a fifth since January.",
         "Shares of the ferry company have gained about 20 percent since January."),
        ("The bank raised its rate by a quarter of a percentage point on Thursday.",
         "The bank raised its rate by 25 basis points on Thursday."),
    ],
)  # fmt: skip
def test_a_fraction_said_as_a_percentage_between_the_same_words_is_no_change(
    old: str, new: str
) -> None:
    assert _shown(old, new) == []


def test_an_order_is_no_fraction() -> None:
    shown = _shown(
        "The mayor won 34% of the vote in the harbour district.",
        "The mayor won a third term in the harbour district.",
    )
    assert ("removal", "percent", "34%", None) in shown, shown
