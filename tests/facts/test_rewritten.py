"""A sentence rewritten around the same facts is no change (fictional copy-desk
rewrites, from the sixth blind review): its hedges kept though the edit seems to move
them, an attribution moved to the front, a vote's tally said another way."""

from __future__ import annotations

import pytest

from storydiff import compare


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "It kept its full-year forecast unchanged, but said the forecast could be revised "
            "if the shortage persisted.",
            "The company left its full-year forecast unchanged but said it could revise the "
            "forecast if the shortage persisted.",
        ),
        (
            "The combined company would have about 3.1 million subscribers, overtaking the "
            "current leader Tessel Mobile.",
            "With about 3.1 million subscribers, the combined company would overtake Tessel "
            "Mobile, the current leader.",
        ),
        (
            "Dravna, one of the country's oldest working mines, was fined in 2023 for safety "
            "violations, according to labour inspectorate records.",
            "According to labour inspectorate records, Dravna, one of the oldest working mines "
            "in the country, was fined for safety violations in 2023.",
        ),
        (
            "The ruling, by a vote of 5 to 2, was a setback for the government of Tove Aaberg.",
            "The 5-to-2 decision was a setback for the government of Tove Aaberg.",
        ),
        (
            "A magnitude 6.1 earthquake struck southern Serravia early Tuesday, officials said.",
            "A 6.1-magnitude earthquake struck southern Serravia early Tuesday, officials said.",
        ),
        (
            "The council voted seven to four on Monday to close the Mill Row car park.",
            "The plan to close the Mill Row car park was backed by seven votes to four on Monday.",
        ),
    ],
)
def test_a_rewritten_sentence_with_the_same_facts_is_no_change(old: str, new: str) -> None:
    shown = [(c.kind, c.fact, c.subject) for c in compare(old, new).changes if not c.hidden]
    assert not [c for c in shown if c[1] != "claim" or c[0] == "update"], shown


def test_a_hedge_taken_away_is_still_a_certainty_update() -> None:
    old = "Halvmark Securities may have broken market disclosure rules, the board said."
    new = "Halvmark Securities broke market disclosure rules, the board said."
    shown = [(c.kind, c.subject) for c in compare(old, new).changes if not c.hidden]
    assert shown == [("update", "certainty")], shown


def test_a_plan_told_as_done_beside_another_plan_is_a_certainty_update() -> None:
    """As many hedges on each side, but the one the first wording put on filing is gone:
    "would file its notice" -> "filed its notice … and would ask …"."""
    old = (
        "Lydia Ferrante, a spokeswoman for Mr. Pell, said the office would file its notice "
        "of appeal by Friday. “The attorney general is not going to let this stand,” she said."
    )
    new = (
        "Lydia Ferrante, a spokeswoman for Mr. Pell, said the office filed its notice of "
        "appeal on Tuesday afternoon and would ask the appeals court to let the law take "
        "effect while the case proceeds."
    )
    shown = [(c.kind, c.subject) for c in compare(old, new).changes if not c.hidden]
    assert ("update", "certainty") in shown, shown
