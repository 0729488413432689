"""Shares said as fractions are percentages (``facts.fractions``): another share is an
update, the same share said another way none; an order, a part of a game or of a year
is no share (fictional passages)."""

from __future__ import annotations

import pytest

from storydiff.document import Document
from storydiff.facts.analysis import analyse
from storydiff.text.sentences import split_sentences
from tests.facts.figuring import figure_changes

_LEAD = "The harbour at Penmarrow reopened on Monday after the storm damaged the old pier."
_LATER = "Fishing boats returned to the quay by noon, the harbour master said."


def _figures(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    return figure_changes(_LEAD, _LATER, old, new, ("percent", "quantity"))


def _shares(text: str) -> list[tuple[str, str]]:
    body = Document(text=text).text
    sentences = split_sentences(body)
    analysis = analyse(sentences, list(range(len(sentences))), body)
    return [
        (f.text, f.value)
        for fs in analysis.facts.values()
        for f in fs
        if f.kind == "percent" and f.detail == "fraction"
    ]


@pytest.mark.parametrize(
    ("old", "new", "before", "after"),
    [
        ("About a quarter of the boats stayed in port on Tuesday.",
         "About a third of the boats stayed in port on Tuesday.",
         "About a quarter of the boats", "About a third of the boats"),
        ("Almost half of the harbour's moorings were damaged, the council said.",
         "About 40 percent of the harbour's moorings were damaged, the council said.",
         "Almost half of the harbour's", "About 40 percent"),
        ("Two-thirds of the fishermen voted to strike on Tuesday.",
         "Three-quarters of the fishermen voted to strike on Tuesday.",
         "Two-thirds of the fishermen", "Three-quarters of the fishermen"),
    ],
)  # fmt: skip
def test_another_share_is_an_update(old: str, new: str, before: str, after: str) -> None:
    assert _figures(old, new) == [("update", before, after)]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("A third of the new moorings will be for visiting yachts.",
         "One in three of the new moorings will be for visiting yachts."),
        ("Two-thirds of the fishermen voted to strike on Tuesday.",
         "About 67% of the fishermen voted to strike on Tuesday."),
    ],
)  # fmt: skip
def test_the_same_share_said_another_way_is_no_change(old: str, new: str) -> None:
    assert _figures(old, new) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("The council cut 33 percent of the harbour budget on Tuesday.",
         "The council cut a third of the harbour staff on Tuesday."),
        ("Ferry fares were cut by 25 percent on Tuesday.",
         "Ferry fares were cut by more than a quarter on Tuesday."),
    ],
)  # fmt: skip
def test_a_share_of_another_thing_or_with_a_bound_is_another_share(old: str, new: str) -> None:
    assert [kind for kind, _, _ in _figures(old, new)] == ["update"]


def test_an_order_a_part_of_a_game_or_a_year_is_no_share() -> None:
    text = (
        "The mayor won a third term in May. Kessla scored twice in the second half of "
        "the game. Profits fell in the last two quarters. Prices rose by half a "
        "percentage point, and rates by a quarter of a percentage point."
    )
    assert _shares(text) == []
    assert [v for _, v in _shares("Fares were cut by half. Half the crews left.")] == ["50", "50"]
