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
        ("Trains in the Lisswater valley will run again on Friday.", "Lisswater"),
        # the parser reads a landform in the plural as an object of its own
        ("Floods swept the Caddow lowlands on Monday.", "Caddow"),
        ("Snow closed roads across the Ostrel highlands overnight.", "Ostrel"),
    ],
)
def test_a_name_before_an_areas_noun_is_a_place(text: str, place: str) -> None:
    assert _names(text) == [("place", place)]


def test_an_areas_noun_capitalised_is_part_of_the_name() -> None:
    text = "Volunteers pulled rubbish from the Tesh River in Morrow on Saturday."
    assert ("place", "Tesh River") in _names(text)


def test_a_name_before_another_noun_is_no_place() -> None:
    assert _names("The Johnson family thanked the crews on Monday.") == []
    assert _names("Floods swept Caddow lowlands on Monday.") == []  # no "the": unsure


def test_a_name_read_as_a_peoples_adjective_before_an_areas_noun_is_a_place() -> None:
    assert ("place", "Pellam") in _names("A storm cut power to 8,000 homes in the Pellam suburb.")


def test_an_untagged_name_ending_in_a_bodys_word_is_an_organisation() -> None:
    text = "The Westmere Ferry Authority said on Monday that fuel costs had doubled."
    assert _names(text) == [("organization", "Westmere Ferry Authority")]


def test_the_run_of_names_before_a_word_in_each_reading() -> None:
    from storydiff.facts.untagged_names import names_ending

    def run(text: str, last: str, **how: bool) -> str:
        doc = load_pipeline()(text)
        tok = next(t for t in doc if t.text == last)
        return names_ending(doc[:], tok, **how).text

    # what hangs on the last word or between it and the name's start (a company)
    assert run("Mad Dog Cab Corp said fares would rise.", "Corp") == "Mad Dog Cab Corp"
    # figures too, when asked (a name a body's noun describes)
    assert run("38 North, a website, said the site was active.", "North", numbers=True) == (
        "38 North"
    )
    assert run("38 North, a website, said the site was active.", "North") == "North"
    # only compounds of the area's name, not words of the sentence before it
    text = "Crews reached the Upper Kessel district on Monday."
    assert run(text, "Kessel", compounds=True) == "Upper Kessel"


def test_a_name_the_model_took_for_a_body_before_an_areas_noun_is_one_place() -> None:
    assert _names("Floodwater reached the Liss parish on Monday.")[-1:] == [("place", "Liss")]
    assert ("organization", "Liss") not in _names("Floodwater reached the Liss parish on Monday.")
    assert _names("Residents of the Kessel parish were evacuated.") == [("place", "Kessel")]


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("The crane collapsed on Monday, The Pellhaven Ledger reported.", "Pellhaven Ledger"),
        ("The crane collapsed on Monday, the Quarrow Gazette reported.", "Quarrow Gazette"),
    ],
)
def test_a_newspaper_the_model_took_for_a_work_or_a_person_is_an_organisation(
    text: str, paper: str
) -> None:
    assert _names(text) == [("organization", paper)]
