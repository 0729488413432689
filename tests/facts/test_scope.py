"""How much of a group a statement covers, changed by an edit (``facts.scope``), and
two edits of one sentence read apart (``hedges.EDIT_GAP``): fictional passages."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.facts.claims import word_list
from storydiff.facts.scope import scope_changed

SENTENCE = "By midafternoon, service had been restored to {} of the affected homes, the city said."
LATER = "Crews worked through the night on the Ferrow Street main."


def _claims(old: str, new: str) -> list[tuple[str, str]]:
    changes = compare(f"{old}\n\n{LATER}", f"{new}\n\n{LATER}").changes
    return [(c.kind, c.subject) for c in changes if c.fact == "claim" and not c.hidden]


def test_some_of_the_homes_becoming_most_of_them_is_a_scope_update() -> None:
    old, new = SENTENCE.format("some"), SENTENCE.format("most")
    assert _claims(old, new) == [("update", "scope")]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("a few", "some"),  # one degree
        ("some", "several"),
    ],
)
def test_words_of_one_degree_are_no_scope_update(before: str, after: str) -> None:
    assert _claims(SENTENCE.format(before), SENTENCE.format(after)) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("some 400 people were evacuated", "many 400 people were evacuated"),  # an amount
        ("the most precarious seat", "the few precarious seat"),  # a superlative
        ("many residents left early", "most voters left early"),  # not the same word after
    ],
)
def test_no_quantity_of_a_group_before_the_same_word(old: str, new: str) -> None:
    a, b = word_list(old), word_list(new)
    removed = [w for w in a if w not in b]
    inserted = [w for w in b if w not in a]
    assert not scope_changed(removed, inserted, a, b)


def test_a_hedge_is_read_apart_from_a_figure_edited_before_it() -> None:
    # "11" and "may" of two edits once read as the date "11 May", hiding the hedge
    old = (
        "The deal has drawn opposition from 11 state attorneys general, who have said"
        " they may file their own lawsuit to block it."
    )
    new = old.replace("11", "13").replace("may file", "will file")
    assert ("update", "certainty") in _claims(old, new)


def test_would_after_a_verb_of_saying_in_an_edit_before_is_reported_speech() -> None:
    # the gap between two edits does not hide the saying verb before "would"
    old = (
        "Premier Ada Vesk appointed a judge on Tuesday to lead an independent inquiry into"
        " how the province has handled the outbreak."
    )
    new = (
        "Premier Ada Vesk announced yesterday that a former judge would lead an independent"
        " inquiry of how the province and city handled the outbreak."
    )
    assert ("update", "certainty") not in _claims(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Some passengers were rescued by fishing boats.",
            "Most of the passengers were rescued by fishing boats.",
        ),
        (
            "The cuts would close all of the city's branch libraries on Sundays.",
            "The cuts would close nearly all of the city's branch libraries on Sundays.",
        ),
    ],
)
def test_a_quantity_of_the_same_thing_past_of_the_or_short_of_all(old: str, new: str) -> None:
    assert ("update", "scope") in _claims(old, new)


def test_an_explosions_cause_told_as_the_blasts_is_resolved() -> None:
    old = "The cause of the explosion was not immediately known."
    new = "Investigators said a gas leak on the ground floor caused the blast."
    assert _claims(old, new) == [("update", "resolved")]


def test_a_plan_told_in_the_future_tense_is_the_same_plan() -> None:
    old = (
        "The redesign also removes about 900 of the system's 4,200 bus stops, spacing the"
        " remaining ones roughly a quarter-mile apart to speed up trips."
    )
    new = (
        "About 900 of the system's 4,200 stops will be removed under the redesign, leaving"
        " the rest roughly a quarter-mile apart so that buses move faster."
    )
    a, b = (
        f"LEAD (AP) — A transit plan passed.\n\n{old}",
        f"LEAD (AP) — A transit plan passed.\n\n{new}",
    )
    from storydiff import compare

    assert [c for c in compare(a, b).changes if c.fact == "claim" and not c.hidden] == []
