"""A charge changed in an edited sentence is a claim update (``facts.charges``), on
fictional sentences; a crime said in other words is none."""

from __future__ import annotations

from storydiff import compare
from storydiff.facts.charges import charge_changed

_LEAD = "A lorry crash on the Kessla motorway killed five people last month."
_END = "The driver is due in court again on Monday."


def _claims(said: str, again: str) -> list[tuple[str, str]]:
    old, new = f"{_LEAD} {said} {_END}", f"{_LEAD} {again} {_END}"
    return [(c.kind, c.subject) for c in compare(old, new).changes if c.fact == "claim"]


def test_another_crime_is_another_charge() -> None:
    said = "A Norland court on Thursday charged the driver with manslaughter over the crash."
    again = said.replace("manslaughter", "murder")
    assert _claims(said, again) == [("update", "object")]
    assert charge_changed(["second-degree"], ["first-degree"])
    assert charge_changed(["tax", "evasion"], ["money", "laundering"])


def test_the_same_crime_or_no_crime_is_no_charge_changed() -> None:
    assert not charge_changed(["murder"], ["murder", "and", "arson"])
    assert not charge_changed(["the", "driver"], ["the", "lorry", "driver"])


def test_two_words_of_one_crime_are_no_charge_changed() -> None:
    assert not charge_changed(["kidnapping"], ["abduction"])
    assert not charge_changed(["misdemeanour"], ["misdemeanor"])
