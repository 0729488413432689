"""The link round's pairing of numbers (fictional facts): the same figure of two
different counted things is left for ``count_pairs`` ("200 interviews" -> "200
witnesses"), while a figure that changed kind ("15 times" -> "15 percent") is an
update."""

from __future__ import annotations

from storydiff.facts.builder import Builder, Pending
from storydiff.facts.model import Fact
from storydiff.facts.value_pairs import match_values


def _pair(old: Fact, new: Fact) -> tuple[list[tuple[str, str, str]], Pending]:
    out, pending = Builder(), Pending()
    match_values([old], [new], out, pending)
    return [(c.kind, c.fact, c.subject) for c in out.changes], pending


def test_the_same_figure_of_another_counted_thing_waits_for_its_place() -> None:
    # Whether the count kept its place in the sentence decides (count_pairs.pair_link).
    old = Fact("quantity", "200 interviews", "200", "interview", sentence=1)
    new = Fact("quantity", "200 witnesses", "200", "witness", sentence=1)
    changes, pending = _pair(old, new)
    assert changes == []
    assert (pending.old, pending.new) == ([old], [new])


def test_a_figure_that_turned_percent_is_an_update() -> None:
    old = Fact("quantity", "15 times", "15", "time", sentence=2)
    new = Fact("percent", "15 percent", "15", sentence=2)
    changes, _ = _pair(old, new)
    assert changes == [("update", "percent", "time")]


def test_a_measure_in_another_unit_is_still_an_update() -> None:
    old = Fact("quantity", "20 miles", "20", "mile", sentence=3, measure=True)
    new = Fact("quantity", "20 kilometres", "20", "kilometre", sentence=3, measure=True)
    changes, _ = _pair(old, new)
    assert changes == [("update", "quantity", "kilometre")]


def test_a_bare_number_of_the_same_figure_is_the_noun_left_out() -> None:
    old = Fact("quantity", "23 people", "23", "person", sentence=4)
    gone = Fact("quantity", "three gunmen", "3", "gunman", sentence=4)
    new = Fact("quantity", "23", "23", "", sentence=4)
    out, pending = Builder(), Pending()
    match_values([gone, old], [new], out, pending)
    assert (out.changes, pending.old, pending.new) == ([], [gone], [])


def test_a_unit_among_the_other_sides_words_is_the_same_unit() -> None:
    old = Fact("percent", "25 basis point", "25", "basis point", sentence=5)
    new = Fact("quantity", "25-basis", "25", "basis", sentence=5, measure=True)
    assert _pair(old, new)[0] == []


def test_two_figures_both_versions_write_are_no_update() -> None:
    # The reader missed "29" in OLD and "27" in NEW: both are still there.
    old = Fact("quantity", "27", "27", "", sentence=6)
    new = Fact("quantity", "29", "29", "", sentence=6)
    texts = ("Ana Rell, 29, and Ivo Dan, 27, were named.", "Ana Rell, 29; Ivo Dan, 27.")
    out, pending = Builder(), Pending()
    match_values([old], [new], out, pending, texts)
    assert out.changes == []
    assert _pair(old, new)[0] == [("update", "quantity", "")]  # without the texts


def test_a_month_and_a_weekday_are_two_dates_not_one_said_anew() -> None:
    old = Fact("date", "December", "december", sentence=7)
    new = Fact("date", "Monday", "monday", sentence=7)
    changes, pending = _pair(old, new)
    assert changes == [] and (pending.old, pending.new) == ([old], [new])
    later = Fact("date", "Tuesday", "tuesday", sentence=7)
    assert _pair(new, later)[0] == [("update", "date", "")]
    assert _pair(Fact("date", "Dec. 5", "december 5", sentence=7), old)[0] == []  # finer
