"""One quotation credited in two ways by two versions (fictional sentences; the forms
were found on the MRPC speakers set's tuning part): the same speaker under two names,
a body and its spokesperson, a person and a description of them, or a description said
shorter is no speaker change; two people are."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.facts.speaker_names import described_again, one_person


def _voices(old: str, new: str) -> list[tuple[str, str]]:
    return [
        (c.fact, c.kind)
        for c in compare(old, new).changes
        if c.fact in ("speaker", "quote") and not c.hidden
    ]


QUOTE = "“The harbour will reopen once the last barge is cleared,”"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Tomas R. Varek", "Tomas Varek"),  # a middle initial
        ("Arlen Dunmore", "Arlen Keith Dunmore Jr."),  # a middle name and "Jr."
        ("Doug Brannick", "Douglas J. Brannick"),  # a short first name
        ("Bill Ostrander", "William Ostrander"),  # its usual short form
        ("Marta Kellsey", "Marta Kellesy"),  # the surname respelt
    ],
)
def test_one_person_named_two_ways_is_no_speaker_change(old: str, new: str) -> None:
    before = f"{QUOTE} said {old}, the port's director."
    after = f"{QUOTE} said {new}, director of the port."
    assert _voices(before, after) == []


def test_two_first_names_before_one_surname_are_two_people() -> None:
    assert not one_person("Mary Dunmore", "Arlen Dunmore")
    assert not one_person("Ashworth", "Michael Tarrant")
    assert one_person("Thaksen", "Thaksen Varnapol")  # the name a person goes by


def test_a_body_and_its_spokeswoman_are_one_voice() -> None:
    before = f"{QUOTE} Orvane Foods said in a statement."
    after = f"{QUOTE} said Orvane spokeswoman Lena Marsh."
    assert _voices(before, after) == []


def test_two_spokespeople_of_one_body_are_two_speakers() -> None:
    before = f"{QUOTE} Orvane spokeswoman Lena Marsh said."
    after = f"{QUOTE} said Orvane spokesman Piet Halloran."
    assert ("speaker", "update") in _voices(before, after)


def test_a_person_and_a_description_of_them_are_one_voice() -> None:
    before = f"{QUOTE[:-2]} and not a day sooner,” a Kestrel port spokesman said on Tuesday."
    after = f"{QUOTE} said Jon Ferris, spokesman for the Kestrel port authority."
    assert _voices(before, after) == [("quote", "update")]


def test_a_description_said_shorter_is_one_voice_but_not_a_deputy() -> None:
    long = "“The harbour will reopen once the last barge is cleared, and not before,”"
    old = f"{long} said a spokesman for the Varnos Harbour Board in Lisk yesterday."
    assert _voices(old, f"{QUOTE} the spokesman said.") == [("quote", "update")]
    assert described_again("a Republican", "a Republican legislator")
    assert not described_again("the mayor", "the deputy mayor")


def test_a_party_member_is_a_description_not_a_speaker_named_anew() -> None:
    before = f"{QUOTE} Dunmore said."
    after = f"{QUOTE} the Brannock Democrat told a news conference."
    assert ("speaker", "update") not in _voices(before, after)
