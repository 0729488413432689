"""Measures and tolls in rewritten sentences (``facts.units``, ``not_news.measured``,
``counted``): a measure a changed sentence drops or adds is news, the same measure in
another unit is none, and a toll counted by "dead" or "injured" is a count
(fictional passages)."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.document import Document
from storydiff.facts.analysis import analyse
from storydiff.text.sentences import split_sentences

_LEAD = "A chemical plant near Harwick was evacuated on Monday after a tank began to leak."
_LATER = "Crews had sealed the tank by evening, the fire service said."


def _figures(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    a, b = f"{_LEAD}\n\n{old}\n\n{_LATER}", f"{_LEAD}\n\n{new}\n\n{_LATER}"
    return [
        (c.kind, c.before, c.after)
        for c in compare(a, b).changes
        if not c.hidden and c.fact in ("percent", "quantity", "money")
    ]


def _counts(text: str) -> list[tuple[str, str, str]]:
    body = Document(text=text).text
    sentences = split_sentences(body)
    analysis = analyse(sentences, list(range(len(sentences))), body)
    return [
        (f.text, f.subject, f.value)
        for fs in analysis.facts.values()
        for f in fs
        if f.kind == "quantity" and not f.weak
    ]


@pytest.mark.parametrize(
    ("old", "new", "change"),
    [
        ("The plant lies in Dell County, about 25 miles north of Harwick.",
         "The plant lies in a Harwick suburb in Dell County.",
         ("removal", "about 25 miles", None)),
        ("Residents were told to stay indoors, the council said.",
         "Residents within 3 kilometres were told to stay indoors, the council said.",
         ("addition", None, "3 kilometres")),
        ("Residents within a mile of the plant were told to leave their homes.",
         "Residents within two miles of the plant were told to leave their homes.",
         ("update", "a mile", "two miles")),
    ],
)  # fmt: skip
def test_a_measure_a_changed_sentence_drops_or_adds(
    old: str, new: str, change: tuple[str, str | None, str | None]
) -> None:
    assert _figures(old, new) == [change]


def test_a_measure_of_a_sentence_added_whole_is_its_claim() -> None:
    new = "The plant lies in Dell County.\n\nThe leak spread about 2 miles downwind."
    assert _figures("The plant lies in Dell County.", new) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("The plant lies in Dell County, about 30 miles west of Harwick.",
         "The plant lies in Dell County, about 48km west of Harwick."),
        ("The plant lies in Dell County, about 30 miles west of Harwick.",
         "The plant lies in Dell County, 50 km (32 miles) west of Harwick."),
        ("The plume drifted 70 to 200 kilometers before it thinned, officials said.",
         "The plume drifted 43 to 125 miles before it thinned, officials said."),
        ("The tank held about 4,000 litres of acid, the owner said.",
         "The tank held about 1,050 gallons of acid, the owner said."),
        ("The magnitude 5.8 tremor was felt in Harwick, the observatory said.",
         "The tremor was felt in Harwick; the observatory first put it at 5.8."),
    ],
)  # fmt: skip
def test_the_same_measure_said_in_another_unit_is_no_change(old: str, new: str) -> None:
    assert _figures(old, new) == []


def test_another_distance_in_another_unit_is_news() -> None:
    old = "The plant lies in Dell County, about 30 miles west of Harwick."
    new = "The plant lies in Dell County, about 80km west of Harwick."
    assert _figures(old, new) != []


def test_a_toll_counted_by_dead_and_injured_is_updated() -> None:
    old = "State media said there were at least 77 dead and over 560 injured."
    new = "The latest toll given by officials was 64 dead and over 460 injured."
    assert _figures(old, new) == [
        ("update", "at least 77 dead", "64 dead"),
        ("update", "over 560 injured", "over 460 injured"),
    ]


def test_a_figure_named_as_a_mark_is_the_count_it_stands_for() -> None:
    old = "More than 40,000 women are diagnosed with the disease each year, the charity said."
    new = "The number of women diagnosed with the disease passed the 40,000 mark, the charity said."
    assert _figures(old, new) == []


@pytest.mark.parametrize(
    "text",
    [
        "The couple was granted a divorce in September.",
        "One way or another, the plant will reopen by Saturday.",
        "At one point the crews ran out of foam.",
        "The workers left one by one.",
    ],
)
def test_set_phrases_count_nothing(text: str) -> None:
    assert _counts(text) == []


def test_a_couple_of_is_still_a_count() -> None:
    assert _counts("A couple dozen workers stayed behind.") == [
        ("couple dozen workers", "worker", "24")
    ]
