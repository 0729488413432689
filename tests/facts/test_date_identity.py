"""One day said two ways is one date, and a named day of the calendar is a date
(fictional sentences)."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.facts.dates import canonical
from tests.facts.dating import shown_dates

LEAD = "Rescue teams searched the bay near Kestrel Bay for survivors all week. "
TAIL = " Divers found the wreck of the ferry later."


def _dates(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    changes = compare(LEAD + old + TAIL, LEAD + new + TAIL).changes
    return [(c.kind, c.before, c.after) for c in changes if c.fact == "date" and not c.hidden]


def test_a_date_has_one_value_however_it_is_spelled() -> None:
    assert canonical("dec 24 2019") == "december 24 2019"
    assert canonical("24 december 2019") == "december 24 2019"
    assert canonical("24th december") == "december 24"
    assert canonical("sept 2") == "september 2"
    assert canonical("3:40 p.m.") == "3:40 p.m."
    assert canonical("1 2019") == "1 2019"  # no month: nothing to move


@pytest.mark.parametrize("spelled", ["December 24", "24 December", "the 24th of December"])
def test_the_same_day_spelled_another_way_is_no_change(spelled: str) -> None:
    old = "The ferry sank on Dec. 24, officials said."
    assert _dates(old, f"The ferry sank on {spelled}, officials said.") == []
    assert _dates(old, "The ferry sank on Dec. 25, officials said.") == [
        ("update", "Dec. 24", "Dec. 25")
    ]


def test_a_day_moved_to_another_sentence_and_spelled_another_way_is_no_new_date() -> None:
    old = "The old ferry went down near the harbour mouth on Dec. 24 with forty people aboard."
    new = "Officials now believe the vessel struck rocks on 24 December while turning in fog."
    assert _dates(old, new) == []


def test_a_day_said_with_more_words_elsewhere_is_still_new() -> None:
    # "early June 2017" says more than the other version's "June 2017", of another event
    old = "The captain retired in June 2017. The crew stayed."
    new = "The captain retired in June 2017. The crew was told in early June 2017 of the sale."
    assert _dates(old, new) == [("addition", None, "early June 2017")]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The ferry sank on Christmas Eve near Kestrel Bay.", "Christmas Eve"),
        ("Three people died in a crash on New Year’s Day in Brisvale.", "New Year’s Day"),
        ("Fireworks lit the harbour on New Years Eve.", "New Years Eve"),
        ("He has been missing since Boxing Day.", "Boxing Day"),
        ("The shop will close before Thanksgiving.", "Thanksgiving"),
        ("The ferry sank on Christmas Eve, 2019, near the pier.", "Christmas Eve, 2019"),
    ],
)
def test_a_named_day_set_by_a_word_of_time_is_a_date(sentence: str, day: str) -> None:
    assert shown_dates(sentence) == [day]


@pytest.mark.parametrize(
    "sentence",
    [
        "They swim in the harbour on Christmas Day every year.",
        "Each year on Christmas Day the mayor swims in the harbour.",
        "The mayor wished everyone a Happy New Year.",
        "Sales rose after Christmas shopping began.",
        "The streets were quiet over Christmas.",
        "The plane landed on Christmas Island.",
        "Crowds waited for the New Year to begin.",
    ],
)
def test_a_holiday_that_names_no_day_of_the_story_is_no_date(sentence: str) -> None:
    assert shown_dates(sentence) == []


def test_a_named_day_of_the_telling_only_matches() -> None:
    assert shown_dates("Police said on Christmas Day that two men were held.") == []


def test_a_named_day_changes_like_any_date_and_is_its_calendar_day() -> None:
    old = "The ferry sank on Christmas Eve, officials said."
    assert _dates(old, "The ferry sank on Christmas Day, officials said.") == [
        ("update", "Christmas Eve", "Christmas Day")
    ]
    assert _dates(old, "The ferry sank on Dec. 24, officials said.") == []


def test_a_day_spelled_another_way_in_an_unchanged_sentence_is_no_new_date() -> None:
    old = "The ferry sank on Dec. 24. The crew was rescued."
    assert _dates(old, old + " Its sister ship sank on 24 December.") == []


def test_another_year_of_the_same_day_is_still_a_change() -> None:
    old = "The old ferry went down near the harbour mouth on Dec. 24, 2018 with forty aboard."
    new = "Officials now believe the vessel struck rocks on 24 December 2019 while turning."
    assert _dates(old, new) == [
        ("addition", None, "24 December 2019"),
        ("removal", "Dec. 24, 2018", None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Markets depend on Christmas shoppers.",
        "Turkey farmers rely on Thanksgiving.",
        "The film focuses on Christmas.",
        "He worked on Thanksgiving Day Parade floats.",
        "He commented on Easter Sunday's attack in Brisvale.",
        "Traffic jammed on Labor Day weekend.",
    ],
)
def test_a_holiday_a_verb_is_about_or_a_noun_is_named_for_is_no_date(sentence: str) -> None:
    assert shown_dates(sentence) == []


def test_a_decade_written_with_an_apostrophe_is_the_decade() -> None:
    old = "In the 1990's, budget cuts wore away the ferry line's safety margins."
    new = "In the 1990s, the board found, budget cuts wore away the ferry line's margins."
    assert _dates(old, new) == []
    year = "Ferry sales in 2010's first quarter fell, the board found in its review."
    from storydiff.facts.dates import date_fact
    from storydiff.facts.nlp import load_pipeline

    doc = load_pipeline()(year)
    assert [f.value for e in doc.ents if (f := date_fact(e, 0, 0, None))] == ["2010"]


def test_a_day_said_as_a_possessive_is_the_day_the_other_version_names() -> None:
    old = (
        "A gunman opened fire at a night market in Castello late Friday, killing four people."
        "\n\nThe market draws thousands of visitors on summer weekends."
    )
    new = (
        "A gunman opened fire at a night market in Castello late Friday, killing five people."
        "\n\nThe market draws thousands of visitors on summer weekends."
        "\n\nFriday night's market had been especially crowded because of a music festival."
    )
    assert [c for c in compare(old, new).changes if c.fact == "date" and not c.hidden] == []


def test_a_date_ends_at_a_comma_before_words_of_no_date() -> None:
    old = "The inquiry was ordered in April, weeks after a manager described the practice."
    new = "The inquiry was ordered in May, weeks after a manager described the practice."
    assert _dates(old, new) == [("update", "April", "May")]


def test_the_day_of_the_telling_is_never_updated_to_the_news_day() -> None:
    old = (
        "Port officials said Tuesday the inner harbour would reopen after the spill was contained."
    )
    new = (
        "The inner harbour will reopen on Friday after the spill was contained, port"
        " officials said Tuesday."
    )
    assert _dates(old, new) == [("addition", None, "Friday")]


def test_days_an_edit_moved_along_are_each_updated_in_place() -> None:
    said = "The defense is expected to rest on {}, and closing arguments could begin as soon as {}."
    old, new = said.format("Wednesday", "Thursday"), said.format("Tuesday", "Wednesday")
    dates = [(c.kind, c.before, c.after) for c in compare(old, new).changes if c.fact == "date"]
    assert dates == [("update", "Wednesday", "Tuesday"), ("update", "Thursday", "Wednesday")]


def test_one_day_swapped_is_paired_by_value_as_before() -> None:
    old = "The council met on Monday and will vote on Thursday, the clerk said."
    new = "The council met on Monday and will vote on Friday, the clerk said."
    dates = [(c.kind, c.before, c.after) for c in compare(old, new).changes if c.fact == "date"]
    assert dates == [("update", "Thursday", "Friday")]
