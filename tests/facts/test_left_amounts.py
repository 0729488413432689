"""A body gaining or shedding pounds weighs them, however the parser reads "put on"
and whatever the pounds were shed for; pounds put on a bet, paid or traded stay money
(fictional sentences)."""

from __future__ import annotations

import pytest

from storydiff.facts.extract import extract
from storydiff.facts.nlp import load_pipeline


def _money(text: str) -> list[tuple[str, str]]:
    """(value, currency) of the money the sentence states."""
    facts = extract(load_pipeline()(text), 0, 0).facts
    return [(f.value, f.subject) for f in facts if f.kind == "money"]


@pytest.mark.parametrize(
    "text",
    [
        "Varek put on 10 pounds in hospital.",
        "The Kestrel Bay skipper put on 10 pounds in hospital after the crash.",
        "Ruiz dropped 10 pounds to make weight.",
        "The Penmarrow boxer dropped 15 pounds to make the lightweight limit.",
        "He lost 20 pounds to make weight for the bout.",
    ],
)
def test_a_body_putting_on_or_dropping_pounds_weighs_them(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "She put 10 pounds on the horse at Kestrel Bay.",
        "Shares in Orvane put on 10 pounds.",
        "Ruiz dropped 10 pounds to pay the fine.",
        "The Orvane fund dropped 10 pounds to make the payment.",
        "Ticket prices dropped 10 pounds.",
    ],
)
def test_pounds_staked_paid_or_traded_stay_money(text: str) -> None:
    assert _money(text) == [("10", "GBP")]
