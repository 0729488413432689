"""Names only one version has (fictional passages): a body that speaks for the first
time is a new organisation, a body the other version names by its initials with its
country is not, and a law is no organisation of the story."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.facts.aliases import mentioned
from storydiff.facts.name_forms import country_dropped, with_country

_BASE = (
    "The ferry strike at Penmarrow entered its third day on Monday.\n\n"
    "USGS geologist Mara Quint said the harbour floor had shifted.\n\n"
)


def _names(added: str) -> list[tuple[str, str, str]]:
    return [
        (c.kind, c.fact, c.after or "")
        for c in compare(_BASE, _BASE + added).changes
        if c.fact in ("organization", "person", "place", "source")
    ]


@pytest.mark.parametrize(
    ("added", "name"),
    [
        ("Marrow Freight said the complaint was void.", "Marrow Freight"),
        ("The company, Marrow Freight, Inc., said the complaint was void.", "Marrow Freight, Inc."),
        ("The Harbour Workers Union said the strike would go on.", "Harbour Workers Union"),
    ],
)
def test_a_body_that_speaks_first_in_the_new_version_is_a_new_organisation(
    added: str, name: str
) -> None:
    assert ("addition", "organization", name) in _names(added)


def test_a_body_the_other_version_names_by_its_initials_with_its_country_is_not_new() -> None:
    assert _names("The U.S. Geological Survey said new cracks were found on Thursday.") == []


@pytest.mark.parametrize(
    "added",
    [
        "The Harbour Safety Act says a port must close when the wind passes 60 knots.",
        "The North Sea Fisheries Agreement says a port must close when the wind passes 60 knots.",
        "The National Flood Risk Assessment says a port must close when the wind passes 60 knots.",
    ],
)
def test_a_law_a_treaty_or_a_report_is_no_organisation_of_the_story(added: str) -> None:
    assert _names(added) == []


def test_the_country_the_recogniser_tagged_apart_joins_the_name_for_its_initials() -> None:
    text = "Officials at the U.S. Harbour Survey raised the alert."
    name = with_country("Harbour Survey", text, text.index("Harbour"))
    assert name == "U.S. Harbour Survey"
    assert mentioned(name, "USHS engineers said the pier had moved.")
    assert with_country("Harbour Survey", "the Harbour Survey", 4) == ""
    broken = "Officials at the U.S.\nHarbour Survey raised the alert."  # a line broken after it
    assert with_country("Harbour Survey", broken, broken.index("Harbour")) == name


def test_a_person_said_with_the_place_they_are_of_is_no_organisation_added() -> None:
    old = (
        "The ministers, Ostland's Mattias Grell and Veridia's Ana Sorvino, met on Monday.\n"
        'Ms. Sorvino was more guarded. "Agreement in principle is a phrase," she said.\n'
    )
    new = (
        "The talks were between the foreign ministers, Mattias Grell of Ostland and Ana"
        " Sorvino of Veridia, their first meeting since the dispute.\n"
        'Ms. Sorvino was more guarded. "Agreement in principle is a phrase," she said.\n'
    )
    added = [c.after for c in compare(old, new).changes if c.fact == "organization"]
    assert not [a for a in added if a and "Sorvino" in a]


def test_a_body_named_with_its_country_and_then_without_is_one() -> None:
    old = (
        "PORTHAVEN, Ostland (WNS) — Nimbara's storage service went down on Monday.\n"
        "The Ostland Data Protection Authority said it was aware of the outage.\n"
    )
    new = (
        "PORTHAVEN, Ostland (WNS) — Nimbara's storage service went down on Monday.\n"
        "The Data Protection Authority said it had opened an inquiry.\n"
    )
    gone = [c.before for c in compare(old, new).changes if c.kind == "removal"]
    assert "Ostland Data Protection Authority" not in gone
    assert country_dropped("Ostland Data Protection Authority", new)
    assert not country_dropped(
        "Ostland Data Protection Authority", "The Kessla Data Protection Authority said."
    )
