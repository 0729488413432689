"""A count that the earlier version gave without a figure is an update (fictional
sentences)."""

from __future__ import annotations

import pytest

from storydiff import compare

_BASE = "The law passed on Tuesday.\n\nCritics said it would chill reporting.\n\nIt was close.\n\n"


def _counts(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    changes = compare(_BASE + old, _BASE + new).changes
    return [(c.kind, c.before, c.after) for c in changes if c.fact == "quantity"]


@pytest.mark.parametrize(
    ("old", "new", "before", "after"),
    [
        ("Several thousand protesters gathered outside Parliament on Tuesday.",
         "About 10,000 protesters gathered outside Parliament on Tuesday.",
         "Several thousand protesters", "About 10,000 protesters"),
        ("Some members of the committee had argued for a pause.",
         "Two members of the committee had argued for a pause.",
         "Some members", "Two members"),
    ],
)  # fmt: skip
def test_a_figure_for_a_count_without_one_is_an_update(
    old: str, new: str, before: str, after: str
) -> None:
    assert _counts(old, new) == [("update", before, after)]


def test_a_vague_count_kept_beside_a_figure_is_no_update() -> None:
    old = "Some members of the committee had argued for a pause."
    new = "Some members of the committee, two of them new, had argued for a pause."
    assert not any(kind == "update" for kind, _, _ in _counts(old, new))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # other people: the word after the noun does not agree
        ("Some members of the public had argued for a pause.",
         "Two committee members had argued for a pause."),
        # the vague count is still said
        ("Some members of the committee had argued for a pause.",
         "Some members of the committee, including two members from the opposition, had "
         "argued for a pause."),
        # "Some say" counts no members
        ("Some say council members had argued for a pause.",
         "Residents say two council members had argued for a pause."),
    ],
)  # fmt: skip
def test_no_update_of_a_vague_count_of_other_people(old: str, new: str) -> None:
    assert not any(kind == "update" for kind, _, _ in _counts(old, new))
