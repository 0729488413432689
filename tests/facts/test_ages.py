"""An age said another way in an edit is a claim update (fictional sentences)."""

from __future__ import annotations

import pytest

from storydiff import compare


def _shown(old: str, new: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.fact, c.subject) for c in compare(old, new).changes if not c.hidden]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("The victim, a 54-year-old baker, died.", "The victim, a 58-year-old baker, died."),
        ("The victim, a baker aged 54, died.", "The victim, a baker aged 58, died."),
        ("Ana Brannock, 54, died on Monday.", "Ana Brannock, 58, died on Monday."),
        ("A five-year-old boy was rescued.", "A six-year-old boy was rescued."),
    ],
)  # fmt: skip
def test_an_age_changed_is_a_claim_update_and_no_count(old: str, new: str) -> None:
    assert _shown(old, new) == [("update", "claim", "age")]


def test_an_age_kept_beside_another_change_is_no_age_update() -> None:
    old = "A 54-year-old baker and two others died in the fire."
    new = "A 54-year-old baker and three others died in the fire."
    assert ("update", "claim", "age") not in _shown(old, new)
    # a score is no age
    score = _shown("He was 3 points up at the break.", "He was 5 points up at the break.")
    assert ("update", "claim", "age") not in score


def test_numbers_after_places_are_no_ages() -> None:
    old = "Deaths were reported in Dunmore, 12, and Marlowby, 9, officials said."
    assert ("update", "claim", "age") not in _shown(old, old.replace("12", "14"))


def test_the_age_of_another_person_is_no_age_update() -> None:
    old = "Lena Markovic, a 23-year-old nursing student, was among the injured."
    new = "Jonas Ferrel, 51, a taxi driver, was among the injured."
    assert ("update", "claim", "age") not in _shown(old, new)
