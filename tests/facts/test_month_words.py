""" "May" and "March" are months after a word that only a time follows ("ordered in
May", "until March last year"), never the verb ("The ferry may sail") nor a name
("Theresa May said"), so a month changed to one of them is a date update (fictional
passages)."""

from __future__ import annotations

import pytest

from storydiff import compare

BASE = "Floodwater closed the ring road on Monday, the port authority said.\n"

UPDATES = [
    ("The inquiry was ordered in April.", "The inquiry was ordered in May.", "April", "May"),
    ("Talks ran until January last year.", "Talks ran until March last year.",
     "January last year", "March last year"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "before", "after"), UPDATES)
def test_may_and_march_after_in_are_months(old: str, new: str, before: str, after: str) -> None:
    shown = [
        (c.fact, c.before, c.after)
        for c in compare(BASE + old, BASE + new).changes
        if c.fact == "date"
    ]
    assert shown == [("date", before, after)]


def test_the_verb_and_the_name_are_no_months() -> None:
    for old, new in [
        ("The ferry sails at noon.", "The ferry may sail at noon."),
        ("Theresa Holt said the vote would go ahead.", "Theresa May said the vote would go ahead."),
    ]:
        assert not [c for c in compare(BASE + old, BASE + new).changes if c.fact == "date"]
