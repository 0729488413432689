"""Figures a census-style or health report writes: a range the model tagged as a date,
"one of 42 cooling centers", "up 6 points" after a percentage and "1 in 4" as a share
(``facts.extract``, ``facts.counts``, ``facts.amounts``, ``facts.fractions``):
fictional sentences."""

from __future__ import annotations

import pytest

from storydiff.facts.analysis import analyse
from storydiff.text.sentences import split_sentences


def _facts(text: str) -> list[tuple[str, str, str]]:
    sentences = split_sentences(text)
    found = analyse(sentences, list(range(len(sentences))), text).facts
    return [(f.kind, f.value, f.text) for i in sorted(found) for f in found[i]]


def test_a_range_of_counts_tagged_as_a_date_is_a_count() -> None:
    text = "Her office was investigating between 30 and 35 other deaths."
    assert ("quantity", "30-35", "30 and 35 other deaths") in _facts(text)


def test_a_range_of_years_stays_a_date() -> None:
    assert [k for k, _, _ in _facts("The plant ran between 2019 and 2021.")] == ["date"]


def test_one_of_a_count_before_a_modifier_counts() -> None:
    text = "Residents can ride to one of 42 cooling centers."
    assert ("quantity", "42", "42 cooling centers") in _facts(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The share of low-income students has risen to 58 percent, up 6 points.", "percent"),
        ("The index fell 120 points, or 1.2 percent.", "quantity"),  # index points
        ("He scored 30 points, up 4 points from Monday.", "quantity"),
    ],
)
def test_points_after_a_percentage_are_percentage_points(text: str, kind: str) -> None:
    points = [k for k, _, words in _facts(text) if words.endswith("points")]
    assert points and points[-1] == kind


def test_one_in_four_in_digits_is_a_share() -> None:
    text = "Roughly 1 in 4 new residents moved there from the capital."
    assert ("percent", "25", "Roughly 1 in 4") in _facts(text)


def test_a_tally_the_model_tagged_as_a_date_counts() -> None:
    text = (
        "The law was approved by a vote of 112 to 87 after a heated debate that stretched"
        " late into the evening."
    )
    assert [k for k, _, words in _facts(text) if "112" in words] == ["quantity"]


def test_counts_by_place_update_the_count_of_that_place() -> None:
    from storydiff import compare

    later = "\n\nCrews worked through the night."
    old = (
        "DUNMORE (Reuters) - Flash floods killed at least 11 people in northern Corvania on"
        " Sunday, eight in Dunmore and three in Kessla, emergency officials said." + later
    )
    new = (
        "DUNMORE (Reuters) - The death toll from flash floods in northern Corvania rose to 16"
        " on Sunday, with 12 dead in Dunmore and four in Kessla, emergency officials said." + later
    )
    updates = {(c.before, c.after) for c in compare(old, new).changes if c.fact == "quantity"}
    assert ("eight", "12 dead") in updates and ("three", "four") in updates


def test_a_number_raised_to_a_figure_counts_what_it_numbers() -> None:
    text = "The ministry later raised the number of rescuers at the scene to more than 300."
    sentences = split_sentences(text)
    facts = analyse(sentences, list(range(len(sentences))), text).facts
    assert [f.subject for fs in facts.values() for f in fs if f.value == "300"] == ["rescuer"]


def test_a_figure_in_a_month_is_no_place() -> None:
    from storydiff import compare

    old = "The index rose to 49.4 in May from 45.4 in April, the biggest gain since December."
    new = "The Purchasing Index, released on Monday, rose to 49.4 in May from 45.4 in April."
    shown = [(c.before, c.after) for c in compare(old, new).changes if c.fact == "quantity"]
    assert ("49.4", "49.4") not in shown
