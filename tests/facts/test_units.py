"""Measures and tolls in rewritten sentences (``facts.units``, ``not_news.measured``,
``counted``): a measure a changed sentence drops or adds is news, the same measure in
another unit is none, and a toll counted by "dead" or "injured" is a count
(fictional passages)."""

from __future__ import annotations

import pytest

from storydiff.document import Document
from storydiff.facts.analysis import analyse
from storydiff.facts.numbers import stated
from storydiff.text.sentences import split_sentences
from tests.facts.figuring import figure_changes

_LEAD = "A chemical plant near Harwick was evacuated on Monday after a tank began to leak."
_LATER = "Crews had sealed the tank by evening, the fire service said."


def _figures(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    return figure_changes(_LEAD, _LATER, old, new)


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
        ("Each sample held 500 mg of the acid, the laboratory said.",
         "Each sample held 0.5 grams of the acid, the laboratory said."),
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
        "Analysts cut their 2020 economic forecasts again.",
        "Police took 911 calls all night.",
        "The firm will build new Air Force One planes for the government.",
    ],
)
def test_set_phrases_count_nothing(text: str) -> None:
    assert _counts(text) == []


def test_a_couple_of_is_still_a_count() -> None:
    assert _counts("A couple dozen workers stayed behind.") == [
        ("couple dozen workers", "worker", "24")
    ]
    assert _counts("About 2000 workers and six 2020 candidates came.")[0][2] == "2000"


@pytest.mark.parametrize(
    ("old", "new", "change"),
    [
        ("The plume rose 100 feet above the plant, the fire service said.",
         "The plume rose 97 feet above the plant, the fire service said.",
         ("update", "100 feet", "97 feet")),
        ("The pipe runs 30 km to Harwick and 19 miles to Dell, the owner said.",
         "The pipe runs 30 km to Harwick and 25 miles to Dell, the owner said.",
         ("update", "19 miles", "25 miles")),
        ("One pipe runs 32 km (20 miles) to Harwick, and a second runs 20 miles to Dell.",
         "One pipe runs 32 km (20 miles) to Harwick, and a second runs 25 miles to Dell.",
         ("update", "20 miles", "25 miles")),
    ],
)  # fmt: skip
def test_a_measure_is_converted_only_by_another_of_the_other_side(
    old: str, new: str, change: tuple[str, str | None, str | None]
) -> None:
    assert _figures(old, new) == [change]


@pytest.mark.parametrize(
    ("old", "new", "gone"),
    [
        ("The plume rose 130 feet, the fire service said.",
         "The plume rose, the fire service said. The owner was fined £40m.", "130 feet"),
        ("The tank held 90kg of acid, the fire service said.",
         "The tank held acid, the fire service said. The owner was fined 200 pounds.",
         "90kg"),
        ("The leak spread 2.5 miles, the fire service said.",
         "The leak spread, the fire service said. Shares in the owner fell 2.5 percent.",
         "2.5 miles"),
    ],
)  # fmt: skip
def test_money_and_percentages_convert_no_measure(old: str, new: str, gone: str) -> None:
    assert ("removal", gone, None) in _figures(old, new)


def test_a_toll_is_not_hidden_by_another_count_of_the_same_figure() -> None:
    old = "The blast left 5 dead and destroyed 5 homes, police said."
    new = "The blast left 7 dead and destroyed 7 homes, police said."
    assert _figures(old, new) == [("update", "5 dead", "7 dead"), ("update", "5 homes", "7 homes")]
    old = "The storm damaged 16 homes in Harwick, police said."
    new = (
        "The storm damaged 17 homes in Harwick, police said.\n\n"
        "A separate crash on the ring road left 17 injured."
    )
    assert ("addition", None, "17 injured") in _figures(old, new)


def test_a_word_mark_names_no_line_crossed() -> None:
    assert stated("40000", "woman", "Diagnoses passed the 40,000 mark for the first time.")
    for other in ("Residents lit 40 candles to mark the vigil.", "40 speeches by Mark Ellis."):
        assert not stated("40", "protester", other)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A couple million residents live near the plant.", "couple million residents"),
        ("The leak would hurt 40,000 residents across the county.", "40,000 residents"),
    ],
)
def test_a_couple_of_millions_and_a_verb_of_harm_still_count(text: str, count: str) -> None:
    assert count in [c[0] for c in _counts(text)]


def test_two_named_things_figures_in_sentences_rewritten_whole_are_not_one() -> None:
    old = "The technology-laced Harbour Composite Index slipped 11.83 points, or 1.20 percent."
    new = "The Kessla Tech Index of mining shares gained 2.90 points, or 0.18 percent, at 1,606."
    assert ("update", "1.20 percent", "0.18 percent") not in _figures(old, new)
    assert ("removal", "1.20 percent", None) in _figures(old, new)


def test_one_companys_figures_in_sentences_rewritten_whole_stay_one() -> None:
    old = "Shares of Vessa Mining slipped 11.83 points, or 1.20 percent, on Monday."
    new = (
        "Vessa Mining shares, which Chief Executive Ana Ruiz of Harwell Partners sold in "
        "March, gained 2.90 points, or 0.18 percent."
    )
    assert ("update", "1.20 percent", "0.18 percent") in _figures(old, new)
