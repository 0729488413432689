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
    ("old", "new", "update"),
    [
        (
            "Users were twice as likely to fall ill, the Varnos study found.",
            "Users were three times as likely to fall ill, the Varnos study found.",
            ("update", "quantity", "twice", "three times"),
        ),
        (
            "The council met twice last week to discuss the budget.",
            "The council met three times last week to discuss the budget.",
            ("update", "quantity", "twice", "three times"),
        ),
        (
            "Users were twice as likely to fall ill, the Varnos study found.",
            "Users were 50 percent more likely to fall ill, the Varnos study found.",
            ("update", "percent", "twice", "50 percent"),
        ),
        (
            "The twice-weekly ferry to Holloway Ford was cancelled, the operator said.",
            "The ferry to Holloway Ford will now run three times a week, the operator said.",
            ("update", "quantity", "twice", "three times"),
        ),
        (
            "Prices rose twice as fast as wages in Kessla, the bureau said.",
            "Prices rose 40 percent faster than wages in Kessla, the bureau said.",
            ("update", "percent", "twice", "40 percent"),
        ),
    ],
)
def test_twice_said_anew_is_one_update(old: str, new: str, update: tuple[str, ...]) -> None:
    assert _shown(old, new) == [update]


def test_twice_in_an_added_sentence_is_no_count_of_its_own() -> None:
    added = "Sales in Veltro were twice as high as a year ago."
    assert _shown("Rain fell.", f"Rain fell. {added}") == [("addition", "place", None, "Veltro")]
