"""Spans the recogniser takes for names that name no person, organisation or place of
the story (fictional sentences): a common noun in lower case, a market index, a time
zone; a surname with "Jr." is still the surname said."""

from __future__ import annotations

from storydiff import compare
from storydiff.facts.names import surname_said


def _names(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (c.kind, c.before, c.after)
        for c in compare(old, new).changes
        if c.fact in ("person", "organization", "place") and not c.hidden
    ]


def test_a_common_noun_in_lower_case_is_no_organisation() -> None:
    old = "Kessla-based Veltro had sought the injunction, arguing Hale was trespassing."
    new = "A lower court had found Hale to be trespassing on the Kessla-based chipmaker's servers."
    names = _names(old, new)
    assert names and all((c[1] or c[2] or "").strip()[:1].isupper() for c in names)


def test_a_market_index_is_no_organisation() -> None:
    old = "The broader Harwell & Pike's 500 index gave up 11.91 points, or 1.19 percent."
    new = "The Kessla Composite Index was down 25.36 points, or 1.53 percent, at 1,628.26."
    assert _names(old, new) == []
    old = "The blue-chip average ended down 128 points, while the Nasdaq fell 34 points."
    new = "In early trading, the blue-chip average was up 3.90 points."
    assert _names(old, new) == []


def test_a_names_average_or_index_is_no_market_index() -> None:
    old = "Veltro Air's average fare rose 4 percent in May."
    new = "Tessaly Air's average fare rose 4 percent in May."
    assert ("update", "Veltro Air", "Tessaly Air") in _names(old, new)
    old = "The Nasdaq said it would delist Brannock, whose stock fell 3 points."
    new = "The Norland Exchange said it would delist Brannock, whose stock fell 3 points."
    assert any("Nasdaq" in (c[1] or "") for c in _names(old, new))  # points elsewhere


def test_an_agency_or_an_exchange_is_still_an_organisation() -> None:
    old = "Shares of Veltro Mining rose on Monday."
    new = "Shares of Veltro Mining rose on Monday after Harwell & Pike's cut its rating."
    assert any("Harwell" in (c[2] or "") for c in _names(old, new))


def test_a_time_zone_after_a_clock_time_is_no_organisation() -> None:
    old = "The hackers had to extend the contest until 7 p.m. Sunday."
    new = "The hackers had to extend the contest until 8am (AEST) today."
    assert _names(old, new) == []
    old = "The IST team won the award in Kessla."
    new = "The MIT team won the award in Kessla."
    assert _names(old, new)


def test_a_peoples_word_is_no_organisation_but_a_surname_stays_a_person() -> None:
    old = "Of the pupils, 57 percent were Hispanic, 7 percent were Black and 16 percent white."
    new = "Of the pupils, 57 percent were Hispanic, 7% were Black, 16% were Caucasian."
    assert _names(old, new) == []
    old = "The harbour board met on Monday."
    new = "The harbour board met on Monday, its chairman, Tomas White, said."
    assert ("addition", None, "Tomas White") in _names(old, new)


def test_a_surname_with_junior_after_it_is_the_surname_said() -> None:
    text = "said retired Navy Admiral Harold W. Gehman Jr., the board chairman."
    assert surname_said(text, "Hal Gehman")
    assert not surname_said("at the Gehman Institute", "Hal Gehman")
