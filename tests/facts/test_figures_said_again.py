"""A figure said again another way is no change (fictional passages): an exact
percentage the other version rounds ("39.6 percent" / "nearly 40 percent"), "two in
three" for "two-thirds", a series' standing in games ("three-games-to-one" / "3-1");
and a game's score the recogniser took into a team's name is still a score."""

from __future__ import annotations

from storydiff import compare
from storydiff.facts.model import Fact
from storydiff.facts.rounding import rounded_elsewhere

_TAIL = "\nVolunteers handed out water at the station.\nTalks resume next week."


def _shown(old: str, new: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (c.kind, c.fact, c.before, c.after)
        for c in compare(old + _TAIL, new + _TAIL).changes
        if not c.hidden
    ]


def test_an_exact_percentage_rounded_in_another_sentence_is_said_again() -> None:
    old = (
        "The department recorded 1,184 cases in the first nine months of the year.\n"
        "Cases rose 39.6 percent from the same period last year, the report said."
    )
    new = (
        "The department recorded 1,184 cases in the first nine months of the year,"
        " nearly 40 percent more than in the same period last year, the report said."
    )
    assert not [s for s in _shown(old, new) if s[1] == "percent"]


def test_a_rounding_is_within_its_bound_of_a_percentage_of_one_thing() -> None:
    rounded = Fact("percent", "nearly 40 percent", "40", "percent")
    figure = Fact("percent", "39.6 percent", "39.6", "percent")
    cases = "Cases rose 39.6 percent on the year."
    assert rounded_elsewhere(figure, cases, "Cases rose nearly 40% on the year.")
    assert rounded_elsewhere(
        rounded, "Cases rose nearly 40 percent.", "Cases rose 39.6% on the year."
    )
    assert not rounded_elsewhere(figure, cases, "Cases rose more than 40 percent.")  # the bound
    assert not rounded_elsewhere(figure, cases, "Nearly 40 cases were found.")  # no percentage
    assert not rounded_elsewhere(figure, cases, "Nearly 40 percent of the bridges need repair.")
    near = "Cases rose nearly 40 percent."
    assert not rounded_elsewhere(rounded, near, "Cases rose 12.5 percent.")
    assert not rounded_elsewhere(rounded, near, "Cases rose 40.3 percent.")  # not "nearly"
    about = Fact("percent", "about 67%", "67", "percent")
    assert not rounded_elsewhere(about, "a share of about 67%", "a share of 68.4%")  # a point off
    spread = Fact("percent", "20.2-40.4%", "20.2-40.4", "percent")
    assert not rounded_elsewhere(spread, "rose 20.2-40.4%", "rose about 20%")
    around = Fact("percent", "around 13%", "13", "percent")
    assert not rounded_elsewhere(around, "rose around 13%", "rose around 12.5 percent")


def test_a_rounding_of_another_thing_is_no_figure_said_again() -> None:
    old = "Support for the levy stood at 39.6 percent in a Harbour Institute poll."
    new = (
        "Support for the levy stood at 44 percent in a Harbour Institute poll, and nearly"
        " 40 percent of voters were undecided."
    )
    shown = [s for s in _shown(old, new) if s[1] == "percent"]
    assert ("update", "percent", "39.6 percent", "44 percent") in shown


def test_two_in_three_is_two_thirds() -> None:
    old = "Half of the cases were in children, two-thirds of those children unvaccinated."
    new = "Half of the cases were in children, two in three of those children unvaccinated."
    assert not [s for s in _shown(old, new) if s[1] == "percent"]


def test_a_series_standing_in_games_is_its_score() -> None:
    old = "The Tidecats beat the Marrow Bay Gulls 104-99 on Tuesday to take a 3-1 lead."
    new = (
        "The Tidecats beat the Marrow Bay Gulls 104-98 on Tuesday to take a"
        " three-games-to-one lead."
    )
    shown = _shown(old, new)
    assert ("update", "quantity", "104-99", "104-98") in shown
    assert not [s for s in shown if s[1] in ("place", "organization") or "3-1" in s]
