"""Names that a body's noun in apposition says are an organisation (fictional
sentences): "Harbour 12, a website …" is one organisation, whatever the recogniser
made of its words; a person whose noun only modifies a role stays a person."""

from __future__ import annotations

import pytest

from storydiff import compare

_LEAD = "The ferry strike at Penmarrow entered its third day on Monday."


def _names(old: str, new: str) -> list[tuple[str, str, str]]:
    return [
        (c.kind, c.fact, c.after or c.before or "")
        for c in compare(old, new).changes
        if c.fact in ("organization", "person", "place")
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The figures were first published by Coastline Monitor, a blog run by two"
            " retired pilots.",
            "Coastline Monitor",
        ),
        (
            "Ms. Varga wrote in a paper posted this week on 38 North, a website that"
            " follows the harbour trade.",
            "38 North",
        ),
    ],
)
def test_a_name_a_website_or_blog_describes_is_an_organisation(sentence: str, name: str) -> None:
    names = _names(_LEAD, f"{_LEAD} {sentence}")
    assert ("addition", "organization", name) in names
    assert not [n for n in names if n[1] != "organization" and n[2] in name]


def test_a_person_a_groups_role_describes_stays_a_person() -> None:
    new = f"{_LEAD} Mara Quint, a group leader, said the march would go ahead."
    assert ("addition", "person", "Mara Quint") in _names(_LEAD, new)


def test_a_name_a_persons_noun_describes_is_a_person_whatever_the_model_tagged() -> None:
    new = f"{_LEAD} Ulla Brandvik, a union organizer, said the strike would go on."
    names = _names(_LEAD, new)
    assert ("addition", "person", "Ulla Brandvik") in names
    assert not [n for n in names if n[1] == "organization"]


def test_a_body_a_noun_of_a_body_or_a_person_may_describe_keeps_its_kind() -> None:
    new = f"{_LEAD} Penmarrow Ferries, the owner of the port, said fares would rise."
    assert ("addition", "person", "Penmarrow Ferries") not in _names(_LEAD, new)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sterling Hartwell said he had lost three jobs this month.",
        "A clerk, Ivo Tamm, told the builders the permit had expired.",
    ],
)
def test_a_name_that_says_he_or_that_a_persons_noun_names_is_a_person(sentence: str) -> None:
    names = _names(_LEAD, f"{_LEAD} {sentence}")
    assert [n for n in names if n[1] == "person"], names
    assert not [n for n in names if n[1] == "organization"], names


def test_a_name_the_tagger_did_not_know_opening_the_sentence_is_the_body_described() -> None:
    old = "Crossings were cancelled on Tuesday."
    new = old + "\n\nPenmarrow, the island's ferry company, said the storm had damaged its pier."
    assert ("addition", "organization", "Penmarrow") in _names(old, new)
    # a sentence adverb before a described body is no name
    other = old + "\n\nMeanwhile, the company said the storm had damaged its pier."
    assert _names(old, other) == []


def test_a_body_named_by_its_first_word_and_in_full_is_one_sayer() -> None:
    line = "\n\n{} said the storm had damaged its pier on the island."
    old = _LEAD + line.format("Marrowby, the island's ferry company,")
    new = _LEAD + line.format("Marrowby Ferries")
    changes = compare(old, new).changes
    assert [c for c in changes if not c.hidden] == []


def test_a_first_word_and_another_body_are_two_sayers() -> None:
    line = "\n\n{} said it would close its offices on Friday because of the strike."
    old = _LEAD + line.format("Halden, the city's water utility,")
    new = _LEAD + line.format("Halden Bank")
    said = [(c.kind, c.after) for c in compare(old, new).changes if c.fact == "attribution"]
    assert said == [("addition", "Halden Bank said")]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("The budget includes funds for 12 new teachers, board chair Mara Post said.", "Mara Post"),
        ("The crossing will reopen on Friday, spokeswoman Ana Globe said.", "Ana Globe"),
    ],
)
def test_a_name_a_persons_title_stands_before_is_a_person(sentence: str, person: str) -> None:
    names = _names(_LEAD, _LEAD + "\n\n" + sentence)
    assert ("addition", "person", person) in names
    assert not [n for n in names if n[1] == "organization"]


def test_a_body_whose_name_holds_a_persons_word_stays_a_body() -> None:
    names = _names(
        _LEAD, _LEAD + "\n\nThe crossing will reopen on Friday, the Teachers Union said."
    )
    assert ("addition", "organization", "Teachers Union") in names
