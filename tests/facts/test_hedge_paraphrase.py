"""A hedge said in other words is as sure: "are asked to" / "should", "must be
approved" / "requires approval"; a hedge of another degree is still a certainty claim
(fictional passages)."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.facts.hedges import hedge_positions

_LEAD = "The harbour at Penmarrow reopened on Monday after the storm damaged the old pier."
_LATER = "Fishing boats returned to the quay by noon, the harbour master said."


def _claims(old: str, new: str) -> list[tuple[str, str]]:
    a, b = f"{_LEAD}\n\n{old}\n\n{_LATER}", f"{_LEAD}\n\n{new}\n\n{_LATER}"
    return [(c.kind, c.subject) for c in compare(a, b).changes if c.fact == "claim"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Harbour officials asked visitors to keep away from the damaged pier.",
            "Visitors should keep away from the damaged pier, harbour officials said.",
        ),
        (
            "The repair plan must be approved by the Penmarrow district council.",
            "The repair plan requires approval from the Penmarrow district council.",
        ),
    ],
)
def test_a_hedge_in_other_words_is_as_sure(old: str, new: str) -> None:
    assert [c for c in _claims(old, new) if c[0] == "update"] == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "After closing for two months for repairs, the old pier is likely to reopen in June.",
            "After closing for two months for repairs, the old pier may reopen in June.",
        ),
        (
            "Harbour officials asked visitors to keep away from the damaged pier.",
            "Visitors must keep away from the damaged pier, harbour officials said.",
        ),
        (
            "The old pier will close for repairs, and the council is expected to cut 20 "
            "harbour jobs.",
            "The old pier is likely to close for repairs, and the council cut 20 harbour jobs.",
        ),
        (
            "Residents of the lower town should leave their homes before dark.",
            "Residents of the lower town were told they can leave their homes before dark.",
        ),
    ],
)
def test_a_hedge_of_another_degree_is_a_certainty_claim(old: str, new: str) -> None:
    assert ("update", "certainty") in _claims(old, new)


def test_likely_voters_are_no_hedge() -> None:
    assert hedge_positions("a poll of 1,200 likely voters showed".split()) == []
    assert hedge_positions("among likely voters".split()) == []
    assert hedge_positions("the vote is likely to fail".split()) == [(3, "likely")]
