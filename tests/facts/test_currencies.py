"""Dollars with a country's code (``facts.currencies``), on sentences written for the
test: "A$2.5 million" is Australian, "$US1.06 million" is American however the code is
glued, and a sum written "$US" in one version and "$" in the other is the same."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.facts.currencies import sign
from storydiff.facts.extract import extract
from storydiff.facts.nlp import load_pipeline


def _money(text: str) -> list[tuple[str, str]]:
    facts = extract(load_pipeline()(text), 0, 0).facts
    return [(f.value, f.subject) for f in facts if f.kind == "money"]


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Orvane Foods agreed to pay $US1.06 million in back wages.", [("1060000", "USD")]),
        ("Orvane Foods paid A$2.5 million for the quay.", [("2500000", "AUD")]),
        ("Orvane Foods paid $A3 million for the quay.", [("3000000", "AUD")]),
        (
            "The ferry cost C$4 million and the pier HK$5 billion.",
            [("4000000", "CAD"), ("5000000000", "HKD")],
        ),
        ("The quay cost $12.4bn in all.", [("12400000000", "USD")]),
        ("The quay cost €40 million in all.", [("40000000", "EUR")]),
    ],
)
def test_a_dollar_with_a_code_is_that_country_s(text: str, money: list[tuple[str, str]]) -> None:
    assert _money(text) == money


def test_sign_reads_the_code_and_leaves_the_amount() -> None:
    assert sign("a$2.5", "") == ("AUD", "2.5")
    assert sign("$us1.06", "") == ("USD", "1.06")
    assert sign("us1.06", "$") == ("USD", "1.06")
    assert sign("us1.06", "") is None
    assert sign("£40", "") == ("GBP", "40")
    assert sign("40", "") is None


def test_a_sum_written_with_and_without_its_code_is_no_change() -> None:
    lead = "The Kessla markets board settled with a trader on Monday. "
    old = lead + "Tomas Varek agreed to pay $US1.06 million in trading profits, the board said."
    new = (
        lead
        + "To settle the charges, Mr. Varek agreed to surrender $1.06 million in trading profits."
    )
    money = [c for c in compare(old, new).changes if c.fact == "money" and not c.hidden]
    assert money == []


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Orvane paid C$2 million to C$3 million for it.", [("2000000-3000000", "CAD")]),
        ("Kestrel paid between $US40 and $US50 a share.", [("40-50", "USD")]),
    ],
)
def test_a_range_of_coded_dollars_is_two_ends_never_their_sum(
    text: str, money: list[tuple[str, str]]
) -> None:
    assert _money(text) == money


def test_a_bare_dollar_beside_a_country_s_dollar_is_the_same_sum() -> None:
    """The bare "$" is the writer's own dollar: no change of currency."""
    old = "Orvane agreed to pay A$2.5 million for the quay, the board said."
    new = "Orvane agreed to pay $2.5 million for the quay, the board said."
    assert [c for c in compare(old, new).changes if c.fact == "money" and not c.hidden] == []
    euros = "Orvane agreed to pay 2.5 million euros for the quay, the board said."
    assert [c.kind for c in compare(euros, new).changes if c.fact == "money"] == ["update"]
