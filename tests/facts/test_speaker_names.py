"""One quotation credited in two ways by two versions (fictional sentences; the forms
were found on the MRPC speakers set's tuning part): the same speaker under two names,
a body and its spokesperson, a person and a description of them, or a description said
shorter is no speaker change; two people are."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.facts.names import named
from storydiff.facts.speaker_names import described_again, one_body, one_person


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
    after = f"{QUOTE} the Vermont Democrat told a news conference."
    assert ("speaker", "update") not in _voices(before, after)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Karen Whitfield", "Aaron Whitfield"),  # two first names, however alike the names
        ("Paul Varek", "Paula Varek"),  # a name of its own that begins with another
        ("Tomas Varek Sr.", "Tomas Varek Jr."),
        ("George H. Brannick", "George W. Brannick"),  # two middle initials
    ],
)
def test_two_people_with_one_surname_are_a_speaker_change(old: str, new: str) -> None:
    assert ("speaker", "update") in _voices(f"{QUOTE} said {old}.", f"{QUOTE} said {new}.")


def test_a_body_beside_a_person_outside_it_or_in_the_quote_is_not_theirs() -> None:
    said = "“Sales will fall again in the next quarter,”"
    body = f"{said} Orvane Foods said in a statement."
    analyst = f"{said} said Jane Roe, an analyst who follows Orvane Foods at Kestrel Securities."
    assert ("speaker", "update") in _voices(body, analyst)
    quoted = "“Orvane Foods did nothing wrong,”"
    old = f"{quoted} Orvane Foods said."
    new = f"{quoted} said Lena Marsh, a spokeswoman for the federal prosecutor."
    assert ("speaker", "update") in _voices(old, new)


def test_places_and_bodies_are_no_person_named_two_ways() -> None:
    said = "“We will not accept the new tariffs on our copper,”"
    assert ("speaker", "update") in _voices(f"{said} Zambia said.", f"{said} Gambia said.")


def test_a_spokeswoman_for_a_body_is_a_new_source_beside_the_same_quote() -> None:
    before = f"{QUOTE} Orvane Foods said in a statement."
    after = f"{QUOTE} said Orvane spokeswoman Lena Marsh."
    shown = {(c.fact, c.kind, c.subject) for c in compare(before, after).changes if not c.hidden}
    assert ("source", "addition", "Lena Marsh") in shown
    assert not any(fact in ("speaker", "quote") for fact, _, _ in shown)


def test_a_newspaper_named_for_a_party_member_is_a_name() -> None:
    assert not named("Connecticut Democrat") and not named("New York Republican")
    assert named("Press Democrat")


def test_a_body_and_its_shorter_name_are_one_voice_but_not_a_paper_named_for_it() -> None:
    said = "“The licence violates the charter and three export laws,”"
    assert _voices(f"{said} KSL Group said.", f"{said} said KSL in a filing.") == []
    assert not one_body("Varnos", "Varnos Daily")
    assert one_body("Orvane Foods Inc.", "Orvane")


def test_a_party_member_alone_is_a_description() -> None:
    old = "“It was plain bullying to keep the members in line,” said a Democrat who was there."
    new = "“It was a plain attempt at bullying,” said a Democrat legislator at the meeting."
    assert not {("quote", "addition"), ("quote", "removal")} <= set(_voices(old, new))


@pytest.mark.parametrize(
    "new",
    [
        "said Lena Marsh, head of Kestrel, which bought Orvane Foods.",
        "said Lena Marsh, the Kestrel spokeswoman, after Orvane Foods refused.",
        "said Lena Marsh, a lawyer representing workers at Orvane Foods.",
    ],
)
def test_an_office_in_another_body_beside_the_body_is_a_speaker_change(new: str) -> None:
    said = "“Sales will fall again in the next quarter,”"
    assert ("speaker", "update") in _voices(f"{said} Orvane Foods said.", f"{said} {new}")


@pytest.mark.parametrize(
    ("old", "new"),
    [("Joe Varek", "Joel Varek"), ("Jack Varek", "Jackson Varek"), ("Mr. Varek", "Mrs. Varek")],
)
def test_names_that_only_begin_alike_or_differ_by_title_are_two_people(old: str, new: str) -> None:
    assert not one_person(old, new)


def test_a_description_and_someone_of_it_are_two_speakers() -> None:
    for short, long in (
        ("the mayor", "a spokesman for the mayor"),
        ("the union", "opponents of the union"),
        ("the board", "the board chairman"),
    ):
        assert not described_again(short, long)
