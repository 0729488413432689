"""The calendar's names are written once (``text.calendar``): the facts readers
(through ``facts.lexicon``, and ``facts.numbers``) and the order clues of ``diff``
read the same lists."""

from __future__ import annotations

from storydiff.diff import order_edits
from storydiff.facts import lexicon, numbers
from storydiff.text import calendar


def test_lexicon_gives_the_calendars_own_lists() -> None:
    assert lexicon.WEEKDAYS is calendar.WEEKDAYS
    assert lexicon.MONTHS is calendar.MONTHS
    assert lexicon.MONTH_WORDS is calendar.MONTH_WORDS
    assert lexicon.MONTH_PATTERN is calendar.MONTH_PATTERN


def test_numbers_reads_the_month_words_with_their_full_stops() -> None:
    assert calendar.MONTH_WORDS | {
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
        "nov.", "dec.",
    } == numbers.MONTH_TOKENS  # fmt: skip


def test_the_order_clues_count_months_and_weekdays_in_the_calendars_order() -> None:
    assert order_edits.date_vote("The Orvane pier opened on May 31.", "It opened June 2.") == 1
    assert order_edits.date_vote("The pier opened Dec. 30.", "The pier opened Jan. 2.") == 1
    assert order_edits.weekday_vote("The mayor spoke Saturday.", "The mayor spoke Monday.") == 1
    assert order_edits._MONTHS == [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]  # fmt: skip
    assert order_edits.date_vote("The pier opened Sept. 29.", "The pier opened Oct. 1.") == 1
