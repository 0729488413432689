"""A list of weekdays ("on Friday, Saturday and Sunday") is one date fact, as a span
("Friday to Sunday") is, however the recogniser split it (fictional sentences)."""

from __future__ import annotations

from storydiff import compare
from tests.facts.dating import shown_dates
from tests.facts.quoting import BASE


def test_a_list_of_weekdays_is_one_date() -> None:
    for text in (
        "Rescuers searched the cliffs near Penmarrow on Friday, Saturday and Sunday.",
        "Rescuers searched the cliffs Friday, Saturday and Sunday.",
        "Protests were held on Friday, Saturday, and Sunday in Kestrel Bay.",
    ):
        dates = shown_dates(text)
        assert len(dates) == 1, (text, dates)
        assert dates[0].startswith("Friday") and dates[0].endswith("Sunday"), (text, dates)


def test_two_weekdays_and_weekdays_of_two_phrases_stay_two_dates() -> None:
    # each day is found alone in the other version, as the days of two happenings
    assert shown_dates("Storms hit the coast on Friday and Saturday.") == ["Friday", "Saturday"]
    dates = shown_dates("The ferry sailed on Friday, and the crew returned on Sunday.")
    assert dates == ["Friday", "Sunday"]


def test_a_list_moved_by_a_day_is_one_update() -> None:
    old = BASE + "\nRescuers searched the cliffs near Penmarrow on Friday, Saturday and Sunday."
    new = BASE + "\nRescuers searched the cliffs near Penmarrow on Saturday, Sunday and Monday."
    dates = [(c.kind, c.before, c.after) for c in compare(old, new).changes if c.fact == "date"]
    assert dates == [("update", "Friday, Saturday and Sunday", "Saturday, Sunday and Monday")]


def test_the_same_days_in_another_order_are_no_change() -> None:
    lead = "Floodwater closed the ring road around Kestrel Bay on Monday. "
    old = lead + "Ferries will not run on Friday, Saturday and Sunday."
    new = lead + "Ferries will not run on Sunday, Saturday and Friday."
    assert not [c for c in compare(old, new).changes if c.fact == "date"]


def test_two_days_the_other_version_names_apart_are_no_new_date() -> None:
    lead = "Floodwater closed the ring road around Kestrel Bay on Monday. "
    old = lead + "The council met on Tuesday. Its members voted again on Wednesday."
    new = old + " The port authority did not respond to calls on Tuesday and Wednesday."
    assert not [c for c in compare(old, new).changes if c.fact == "date"]


def test_two_days_against_a_list_of_them_show_as_written() -> None:
    old = BASE + "\nThe Harrow Bay festival will run on Friday and Saturday, they said."
    new = BASE + "\nThe Harrow Bay festival will run on Friday, Saturday and Sunday, they said."
    dates = [(c.kind, c.before, c.after) for c in compare(old, new).changes if c.fact == "date"]
    assert dates == [("update", "Friday and Saturday", "Friday, Saturday and Sunday")]
    back = [(c.kind, c.before, c.after) for c in compare(new, old).changes if c.fact == "date"]
    assert back == [("update", "Friday, Saturday and Sunday", "Friday and Saturday")]


def test_two_days_of_which_the_list_lacks_one_stay_apart() -> None:
    old = BASE + "\nThe talks in Velde were held on Monday and Tuesday, officials said."
    new = BASE + "\nThe talks in Velde were held on Monday, Wednesday and Thursday, officials said."
    dates = [(c.kind, c.before, c.after) for c in compare(old, new).changes if c.fact == "date"]
    assert ("removal", "Tuesday", None) in dates
    assert all(c[1] != "Monday and Tuesday" for c in dates)


def test_two_days_of_two_clauses_are_not_joined() -> None:
    old = BASE + "\nThe ferry sank on Friday and Saturday brought more rain to the quay."
    new = BASE + "\nThe ferry sank on Friday and divers searched on Friday, Saturday and Sunday."
    dates = [(c.kind, c.before, c.after) for c in compare(old, new).changes if c.fact == "date"]
    assert all(c[1] != "Friday and Saturday" for c in dates), dates
