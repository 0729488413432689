"""Names an area's noun after them makes places (fictional sentences): "the Marrowby
district", whether the recogniser tagged the name, tagged it as a person or left it."""

from __future__ import annotations

import pytest

from storydiff.facts.extract import extract
from storydiff.facts.nlp import load_pipeline


def _names(text: str) -> list[tuple[str, str]]:
    doc = load_pipeline()(text)
    kinds = ("person", "organization", "place")
    return [(f.kind, f.text) for f in extract(doc, 0, 0).facts if f.kind in kinds]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In the Orvenhal district, voters queued for hours outside the schools.", "Orvenhal"),
        ("In the Bessaret district, voters queued for hours outside the schools.", "Bessaret"),
        ("In the Kessel region, crews cleared the roads by Monday.", "Kessel"),
        ("Crews reached the Upper Kessel district on Monday.", "Upper Kessel"),
    ],
)
def test_a_name_before_an_areas_noun_is_a_place(text: str, place: str) -> None:
    assert _names(text) == [("place", place)]


def test_a_name_before_another_noun_is_no_place() -> None:
    assert _names("The Johnson family thanked the crews on Monday.") == []


def test_a_name_read_as_a_peoples_adjective_before_an_areas_noun_is_a_place() -> None:
    assert ("place", "Pellam") in _names("A storm cut power to 8,000 homes in the Pellam suburb.")


def test_an_untagged_name_ending_in_a_bodys_word_is_an_organisation() -> None:
    text = "The Westmere Ferry Authority said on Monday that fuel costs had doubled."
    assert _names(text) == [("organization", "Westmere Ferry Authority")]
