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
