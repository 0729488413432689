"""A review's probes of the thirty-sixth session's rules (fictional passages): each
reads what a rule was made for and no further."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.facts.analysis import analyse
from storydiff.facts.name_expansion import full_name
from storydiff.text.sentences import split_sentences
from tests.facts.quoting import speakers_of

LEAD = "HARWICK (AP) — Floodwater closed the ring road around Harwick on Monday."
LATER = "Crews worked through the night to reopen it."


def _shown(old: str, new: str) -> list[tuple[str, str, str]]:
    a, b = f"{LEAD}\n\n{old}\n\n{LATER}", f"{LEAD}\n\n{new}\n\n{LATER}"
    return [(c.kind, c.fact, c.subject) for c in compare(a, b).changes if not c.hidden]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Quite a few residents said they would leave.", "Many residents said they would leave."),
        ("Not many of the delegates stayed.", "Few of the delegates stayed."),
        (
            "It is one of the city's most visited places.",
            "It is one of the city's many visited places.",
        ),
    ],
)
def test_one_degree_said_two_ways_is_no_scope_update(old: str, new: str) -> None:
    assert ("update", "claim", "scope") not in _shown(old, new)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sam Orvell, the council's treasurer, resigned on Monday after a row with Mayor"
            " Peter Haskin.\n\n“It was time for me to go,” she said.",
            "Sam Orvell",
        ),
        (
            "Marion Pike, a retired farmer, and his neighbour Clara Wendt both lost barns to"
            " the flood.\n\n“Everything is gone,” he said.",
            "Marion Pike",
        ),
    ],
)
def test_a_given_name_alone_yields_only_to_someone_else(text: str, speaker: str) -> None:
    assert speakers_of(text)[-1] == speaker


def test_a_company_named_after_a_person_is_no_person() -> None:
    text = (
        "Fire Chief Oskar Lund said the blaze started in a loading bay.\n\n"
        "Walter Brandt & Sons, a freight carrier, said no one was hurt.\n\n"
        "“The sprinklers worked,” he said."
    )
    assert speakers_of(text)[-1] != "Walter Brandt & Sons"


def test_an_untitled_surname_is_the_first_person_named_so_even_a_relative() -> None:
    text = (
        "His daughter, Elena Castro, said the boat left at dawn. Tomas Castro, 61, had"
        " fished the bay for 40 years. “He knew every rock out there,” Castro said."
    )
    at = text.index("“He")
    assert full_name("Castro", text, at, at + 30) == "Elena Castro"


def test_a_name_given_in_a_relative_clause_is_thespeakers_of() -> None:
    text = "A woman who gave her name as Lina Brandt, 34, said: “It was at the door.”"
    assert speakers_of(text) == ["Lina Brandt"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The Varna index rose 1.5 percent on Monday, up 62 points, to close at 4,210.",
            "quantity",
        ),
        ("The Hawks shot 52 percent in the half and were up 9 points at the break.", "quantity"),
    ],
)
def test_points_of_an_index_or_a_game_are_no_percentage_points(text: str, kind: str) -> None:
    sentences = split_sentences(text)
    facts = analyse(sentences, list(range(len(sentences))), text).facts
    points = [f.kind for fs in facts.values() for f in fs if f.text.endswith("points")]
    assert points == [kind]


def test_counts_in_digits_are_no_share() -> None:
    shown = _shown("The storms killed 2 in 5 counties.", "The storms killed 4 in 5 counties.")
    assert ("update", "percent", "percent") not in shown


def test_hours_tagged_as_a_date_are_no_count() -> None:
    shown = _shown(
        "Roads will close between 10 and 12 on Friday in Harwick.",
        "Roads will close between 9 and 12 on Friday in Harwick.",
    )
    assert [f for _, f, _ in shown if f == "quantity"] == []


def test_another_things_overload_resolves_no_expectation() -> None:
    shown = _shown(
        "The ferry may have been overloaded.",
        "The port's phone lines were overloaded, and relatives of ferry passengers waited.",
    )
    assert ("update", "claim", "resolved") not in shown
