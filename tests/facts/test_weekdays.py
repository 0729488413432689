"""Recurring times (``facts.weekdays``): a span of weekdays "from" one day "to" another
is a schedule when a verb in the present sets it, and one week's days for a one-off
event, in the past or with a modal, for a reason or in a named week (fictional
sentences)."""

from __future__ import annotations

from tests.facts.dating import days_shown, shown_dates


def test_from_one_weekday_to_another_is_a_range_unless_a_places_hours() -> None:
    # a one-off: a bounding clause, an occasion, "reopens", no place of business or
    # service ("festival", "regatta", "court", "bridge"), or a perfect ("has closed")
    for text in (
        "Replacement buses run from Monday to Friday while the Brisvale line is repaired.",
        "The Orvane bridge closes from Monday to Friday for resurfacing.",
        "The Penmarrow museum reopens from Tuesday to Sunday after the flood.",
        "The Kestrel Bay festival is open from Friday to Sunday.",
        "The Kestrel Bay regatta runs from Friday to Sunday.",
        "The Brisvale court sits from Monday to Thursday.",
        "The Orvane bridge has closed from Monday to Friday.",
    ):
        assert days_shown(text), text
    # a place's hours with a closing time stay a schedule
    assert not days_shown("The Penmarrow pool is open from Monday to Friday until 6pm.")


def test_from_one_weekday_to_another_in_the_present_is_a_schedule() -> None:
    # opening hours or a service's present simple, no occasion: the days recur
    assert shown_dates("The Penmarrow museum is open from Tuesday to Sunday.") == []
    assert shown_dates("The Kestrel Bay ferry runs from Monday to Friday.") == []
    assert shown_dates("The harbour library is closed from Monday to Wednesday.") == []
    assert shown_dates("The Orvane depot operates from Monday to Saturday.") == []
    assert shown_dates("The harbour bus runs from Monday through Friday.") == []


def test_from_one_weekday_to_another_stays_one_weeks_days_otherwise() -> None:
    # in the past or with a modal
    assert days_shown("The Kestrel Bay ferry ran from Monday to Friday.")
    assert days_shown("The Kestrel Bay ferry will run from Monday to Friday.")
    assert days_shown("Protests took place from Monday to Wednesday.")
    # a one-off event, a reason or an occasion
    assert days_shown("The harbour festival runs from Thursday to Sunday.")
    assert days_shown("The Penmarrow museum is closed from Monday to Wednesday for repairs.")
    # a form that is no present ("is held") keeps the range
    assert days_shown("The Brisvale summit is held from Monday to Wednesday.")


def test_a_named_week_makes_a_span_of_weekdays_one_weeks_days() -> None:
    assert days_shown("The Brisvale talks run from Monday to Friday next week.")
    assert days_shown("The Kestrel Bay ferry runs from Monday to Friday next week.")
    assert days_shown("The Kestrel Bay ferry runs Monday through Friday next week.")
    assert shown_dates("The Kestrel Bay ferry runs Monday through Friday.") == []


def test_talks_are_a_one_off_event_by_their_lemma() -> None:
    # the parser's lemma of "talks" is "talk"
    assert days_shown("The Brisvale talks run Monday through Friday.")


def test_a_named_week_anywhere_in_the_sentence_makes_one_weeks_days() -> None:
    assert days_shown("Next week, the Kestrel Bay ferry runs from Monday to Friday.")
    assert days_shown("This week the Penmarrow museum is open from Tuesday to Sunday.")
    assert days_shown("Next week, the Kestrel Bay ferry runs Monday through Friday.")


def test_the_hours_and_months_of_a_schedule_are_no_dates() -> None:
    # clock times and a range of months on the schedule's own verb are the schedule's
    assert shown_dates("The Penmarrow pool opens Monday to Friday at 9am.") == []
    assert shown_dates("The Penmarrow pool is open from Monday to Friday, 9am to 5pm.") == []
    assert (
        shown_dates("The Brisvale library is open from Tuesday to Saturday from May to September.")
        == []
    )
    assert shown_dates("The Kestrel Bay market opens on Monday, Wednesday and Friday.") == []
    # one week's days keep their times; a day of a month, another verb's time stay dates
    assert shown_dates("The Penmarrow pool will open Monday to Friday at 9am.") == [
        "Monday to Friday",
        "9am",
    ]
    assert shown_dates("The Penmarrow pool opens Monday to Friday from June 1.") == ["June 1"]
    assert "9am" in shown_dates(
        "The Penmarrow pool opens Monday to Friday, and the mayor spoke there at 9am."
    )
    assert days_shown("The Kestrel Bay market opened on Monday, Wednesday and Friday.")


def test_a_week_or_an_occasion_of_another_clause_leaves_a_schedule() -> None:
    # the week or the reason belongs to a relative clause or to the telling
    for text in (
        "The Kestrel Bay ferry, which was cancelled last week, runs from Monday to Friday.",
        "The Penmarrow museum is open from Tuesday to Sunday, the council said last week.",
    ):
        assert shown_dates(text) == [], text
    # the month of the closure is a date of its own; the schedule still is not
    closed = (
        "The Penmarrow museum, which closed in May for repairs, is open from Tuesday to Sunday."
    )
    assert shown_dates(closed) == ["May"]


def test_a_part_of_every_day_is_no_bound_of_a_schedule() -> None:
    # a bare noun of the day ("after school") recurs; "after the flood" bounds
    assert shown_dates("The Penmarrow library is open from Monday to Friday after school.") == []
    assert (
        shown_dates("The Kestrel Bay helpline is open from Monday to Friday during office hours.")
        == []
    )


def test_for_the_occasion_makes_one_weeks_days_and_for_the_public_a_schedule() -> None:
    # any occasion named with "the", not only the listed ones; a recurring purpose
    # ("for the public", "for visitors") or a season keeps the schedule
    assert days_shown("The Penmarrow museum is open from Friday to Sunday for the jubilee.")
    assert days_shown(
        "The Penmarrow museum is open on Friday, Saturday and Sunday for the jubilee."
    )
    for text in (
        "The Penmarrow museum is open from Tuesday to Sunday for the public.",
        "The Penmarrow museum is open from Tuesday to Sunday for visitors.",
        "The Kestrel Bay pool is open from Monday to Friday for the summer.",
    ):
        assert shown_dates(text) == [], text
