"""Kinds of names decided over a whole text (``names.people_by_name``): a person named
in full is that person again where the recogniser read the surname alone, or the
same full name, as something else. Texts and names are fictional."""

from __future__ import annotations

from storydiff.document import Document
from storydiff.facts.analysis import analyse
from storydiff.facts.model import Fact, FactKind
from storydiff.facts.names import people_by_name
from storydiff.facts.nlp import load_pipeline
from storydiff.text.sentences import split_sentences


def _fact(kind: FactKind, name: str, text: str, sentence: int = 0, nth: int = 0) -> Fact:
    """A name fact at the ``nth`` place ``text`` says ``name``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    return Fact(kind, name, name, "", sentence, at, at + len(name))


def _kinds(facts: dict[int, list[Fact]], text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for fs in people_by_name(facts, text).values() for f in fs]


def test_a_lone_surname_tagged_as_an_organisation_is_the_person_named_in_full() -> None:
    text = "Harbour pilot Maria Gonzalez docked the freighter. Gonzalez blamed the tide."
    facts = {
        0: [_fact("person", "Maria Gonzalez", text)],
        1: [_fact("organization", "Gonzalez", text, 1, nth=1)],
    }
    assert _kinds(facts, text) == [("person", "Maria Gonzalez"), ("person", "Gonzalez")]


def test_a_lone_surname_tagged_as_a_place_is_the_person_too() -> None:
    text = "Keeper Ilse Marrow lit the lamp. Marrow's logbook was found later."
    facts = {
        0: [_fact("person", "Ilse Marrow", text)],
        1: [_fact("place", "Marrow", text, 1, nth=1)],
    }
    assert ("person", "Marrow") in _kinds(facts, text)


def test_the_same_full_name_tagged_as_a_place_is_the_person() -> None:
    text = "Tennis player Kei Varga won. Fans cheered Kei Varga at the gate."
    facts = {
        0: [_fact("person", "Kei Varga", text)],
        1: [_fact("place", "Kei Varga", text, 1, nth=1)],
    }
    assert _kinds(facts, text) == [("person", "Kei Varga"), ("person", "Kei Varga")]


def test_a_full_name_tagged_as_an_organisation_stays_one() -> None:
    # A company named after people ("Brannock Telvane") is tagged a person as often.
    text = "Brannock Telvane hired a driver. The driver joined Brannock Telvane in May."
    facts = {
        0: [_fact("person", "Brannock Telvane", text)],
        1: [_fact("organization", "Brannock Telvane", text, 1, nth=1)],
    }
    assert ("organization", "Brannock Telvane") in _kinds(facts, text)


def test_a_surname_after_in_is_a_place_named_like_the_person() -> None:
    text = "Senator Abel Dunmore spoke. The rally was held in Dunmore on Sunday."
    facts = {
        0: [_fact("person", "Abel Dunmore", text)],
        1: [_fact("place", "Dunmore", text, 1, nth=1)],
    }
    assert ("place", "Dunmore") in _kinds(facts, text)
    # ... but "in Dunmore's view" is the person's
    text = "Senator Abel Dunmore spoke. The rally was, in Dunmore's view, a success."
    facts = {
        0: [_fact("person", "Abel Dunmore", text)],
        1: [_fact("place", "Dunmore", text, 1, nth=1)],
    }
    assert ("person", "Dunmore") in _kinds(facts, text)


def test_no_full_name_no_change() -> None:
    # A one-word person ("Renvik") is no full name, and a lone word that is no
    # person's surname keeps its kind.
    text = "Renvik spoke first. Renvik closed the yard. Wellsby Harbour reopened."
    facts = {
        0: [_fact("person", "Renvik", text)],
        1: [_fact("organization", "Renvik", text, 1, nth=1)],
        2: [_fact("place", "Wellsby Harbour", text, 2)],
    }
    assert _kinds(facts, text) == [
        ("person", "Renvik"),
        ("organization", "Renvik"),
        ("place", "Wellsby Harbour"),
    ]


def test_the_recogniser_s_lone_surname_is_read_as_the_person() -> None:
    text = (
        "The Dunmore council hired Tobias Renvik as its new planner last week. "
        "Renvik will start in May."
    )
    body = Document(text=text).text
    sentences = split_sentences(body)
    analysis = analyse(sentences, list(range(len(sentences))), body)
    names = [
        (f.kind, f.value)
        for fs in people_by_name(analysis.facts, body).values()
        for f in fs
        if f.value == "Renvik"
    ]
    assert names == [("person", "Renvik")]


def test_a_place_paired_with_another_place_stays_a_place() -> None:
    text = "Trade envoy Karen Wellsby spoke. Talks between Ostara and Wellsby stalled."
    facts = {
        0: [_fact("person", "Karen Wellsby", text)],
        1: [_fact("place", "Ostara", text, 1), _fact("place", "Wellsby", text, 1, nth=1)],
    }
    assert ("place", "Wellsby") in _kinds(facts, text)
    text = "Striker Tomas Jordain scored. Jordain and Ostara signed a water deal."
    facts = {
        0: [_fact("person", "Tomas Jordain", text)],
        1: [_fact("place", "Jordain", text, 1, nth=1), _fact("place", "Ostara", text, 1)],
    }
    assert ("place", "Jordain") in _kinds(facts, text)


def test_a_surname_paired_with_another_person_s_name_is_the_person() -> None:
    text = "Karen Wellsby and Ana Dorn wrote the letter. Wellsby and Dorn left at noon."
    facts = {
        0: [_fact("person", "Karen Wellsby", text), _fact("person", "Ana Dorn", text)],
        1: [_fact("place", "Wellsby", text, 1, nth=1), _fact("person", "Dorn", text, 1, nth=1)],
    }
    assert ("person", "Wellsby") in _kinds(facts, text)


def test_a_surname_in_a_pair_that_speaks_is_the_person() -> None:
    first = "Trade envoy Karen Wellsby spoke on Monday."
    said = "Wellsby and Ostrov said the talks had stalled."
    text = f"{first} {said}"
    facts = {
        0: [_fact("person", "Karen Wellsby", text)],
        1: [_fact("place", "Wellsby", text, 1, nth=1)],
    }
    docs = {1: (load_pipeline()(said), len(first) + 1)}
    kinds = [(f.kind, f.value) for fs in people_by_name(facts, text, docs).values() for f in fs]
    assert ("person", "Wellsby") in kinds


def test_a_surname_in_a_pair_of_places_that_speaks_stays_a_place() -> None:
    first = "Trade envoy Karen Wellsby spoke on Monday."
    said = "Ostara and Wellsby said they would resume trade talks."
    text = f"{first} {said}"
    facts = {
        0: [_fact("person", "Karen Wellsby", text)],
        1: [_fact("place", "Ostara", text, 1), _fact("place", "Wellsby", text, 1, nth=1)],
    }
    docs = {1: (load_pipeline()(said), len(first) + 1)}
    kinds = [(f.kind, f.value) for fs in people_by_name(facts, text, docs).values() for f in fs]
    assert ("place", "Wellsby") in kinds


def test_an_organisation_doing_a_company_s_work_stays_one() -> None:
    first = "Marta Kessel founded the chain in 1990."
    for said in ("Kessel said it would cut 300 jobs.", "Kessel cut 300 jobs in May."):
        text = f"{first} {said}"
        start = len(first) + 1
        facts = {
            0: [_fact("person", "Marta Kessel", text)],
            1: [_fact("organization", "Kessel", text, 1, nth=1)],
        }
        docs = {0: (load_pipeline()(first), 0), 1: (load_pipeline()(said), start)}
        kinds = [(f.kind, f.value) for fs in people_by_name(facts, text, docs).values() for f in fs]
        assert ("organization", "Kessel") in kinds
    # ... while one that speaks of itself as a person is the person.
    said = "Kessel said she would step down."
    text = f"{first} {said}"
    facts = {
        0: [_fact("person", "Marta Kessel", text)],
        1: [_fact("organization", "Kessel", text, 1, nth=1)],
    }
    docs = {1: (load_pipeline()(said), len(first) + 1)}
    kinds = [(f.kind, f.value) for fs in people_by_name(facts, text, docs).values() for f in fs]
    assert ("person", "Kessel") in kinds
