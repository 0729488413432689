"""How many unnamed sources a report rests on is its sourcing, no count of the story
(fictional sentences)."""

from __future__ import annotations

import pytest

from storydiff import compare

_STORY = (
    "Veltro Group shares rose 3% on Tuesday.\n\n"
    "The company makes adhesives for batteries.\n\n"
    "Its chief executive is Ada Frey.\n\n"
)


def _counts(old: str, new: str) -> list[tuple[str, str]]:
    changes = compare(_STORY + old, _STORY + new).changes
    return [(c.kind, c.before or c.after or "") for c in changes if c.fact == "quantity"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal could be announced on Thursday, two people familiar with the matter said.",
        "Three officials briefed on the talks said the deal was close.",
        "The offer was raised, according to two diplomats who spoke on the condition of anonymity.",
    ],
)
def test_a_count_of_unnamed_sources_is_no_count(sentence: str) -> None:
    assert _counts(sentence, "") == []


def test_a_count_of_people_the_story_is_about_stays() -> None:
    assert _counts("Two people familiar to neighbours were hurt in the fire.", "") == [
        ("removal", "Two people")
    ]


def test_more_unnamed_sources_is_no_count_update() -> None:
    old = "The deal could be announced on Thursday, two people familiar with the matter said."
    assert _counts(old, old.replace("two people", "three people")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Two workers who declined to leave the plant were hurt.",
        "Three workers close to the blast were taken to hospital.",
        "Two union leaders who spoke at a rally were arrested.",
        # described like sources, but they say nothing
        "Five officials aware of the matter were dismissed.",
        "Ten senators briefed on the plan voted against it, officials said.",
        "Three engineers familiar with the plant's layout led the firefighters in.",
    ],
)
def test_people_the_story_is_about_are_counted(sentence: str) -> None:
    assert len(_counts(sentence, "")) == 1
