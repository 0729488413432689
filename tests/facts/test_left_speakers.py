"""A quote that moves from someone's agent to that person, or back, is given to
another voice; the same person named another way is not (fictional passages)."""

from __future__ import annotations

from storydiff import compare
from tests.facts.quoting import BASE

_QUOTE = "\nMayor Tomas Varek visited the quay. “The harbour board ignored every warning we sent,” "


def _speaker_changes(old_said: str, new_said: str) -> list[tuple[str, str]]:
    old = BASE + _QUOTE + old_said + " on Tuesday."
    new = BASE + _QUOTE + new_said + " on Tuesday."
    return [
        (c.before_value, c.after_value) for c in compare(old, new).changes if c.fact == "speaker"
    ]


def test_a_quote_moved_from_a_lawyer_for_a_person_to_the_person_is_a_speaker_change() -> None:
    assert _speaker_changes("a lawyer for Tomas Varek said", "Tomas Varek said") == [
        ("a lawyer for Tomas Varek", "Tomas Varek")
    ]
    assert _speaker_changes("Tomas Varek said", "Varek's spokeswoman said") == [
        ("Tomas Varek", "Varek's spokeswoman")
    ]


def test_the_same_person_named_another_way_is_no_speaker_change() -> None:
    assert _speaker_changes("Tomas Varek said", "Mayor Tomas Varek said") == []
    assert _speaker_changes("Tomas J. Varek said", "Varek said") == []
    assert _speaker_changes("a lawyer for Varek said", "a lawyer for Tomas Varek said") == []


def test_an_organisation_and_its_spokesperson_are_one_voice() -> None:
    assert _speaker_changes("a spokesperson for Kestrel Council said", "Kestrel Council said") == []
