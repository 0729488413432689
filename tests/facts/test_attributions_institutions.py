"""A trust, a charity or a federation that speaks is an organisation (fictional
passage): "she said" after "The trust said …" is the woman named before, never the
trust; and a verb of saying has one subject, whatever else the parse gives it."""

from __future__ import annotations

from storydiff.facts.attributions import find_attributions
from storydiff.facts.nlp import load_pipeline
from tests.facts.quoting import BASE, added_quotes


def test_she_after_the_trust_spoke_is_the_woman_named_before() -> None:
    new = BASE + (
        "\nSarah Johnson runs the Kestrel Harbour Trust."
        "\nThe trust said the repairs would cost millions."
        "\n“We cannot pay for this on our own,” she said."
    )
    assert added_quotes(new)["We cannot pay"] == "Sarah Johnson"


def test_she_after_the_charity_spoke_is_the_woman_named_before() -> None:
    new = BASE + (
        "\nSarah Johnson heads the Kestrel Harbour Charity."
        "\nThe charity said the appeal would run all winter."
        "\n“We cannot pay for this on our own,” she said."
    )
    assert added_quotes(new)["We cannot pay"] == "Sarah Johnson"


def test_a_person_whose_organisation_is_named_is_no_organisation() -> None:
    """Only the head noun makes an organisation: "the clinic’s director" and "a college
    lecturer" are people, so "she said" after them is the same speaker."""
    director = BASE + (
        "\nAna Ruiz runs a clinic in Penmarrow."
        "\n“We are full,” the clinic’s director said."
        "\n“We turn people away every day,” she said."
    )
    assert added_quotes(director)["We turn people"] == "clinic’s director"
    lecturer = BASE + (
        "\n“We are full,” a college lecturer said.\n“We turn people away every day,” she said."
    )
    assert added_quotes(lecturer)["We turn people"] == "a college lecturer"


def test_a_second_subject_the_parse_gives_a_verb_of_saying_is_no_source() -> None:
    nlp = load_pipeline()
    doc = nlp(
        "A joint statement issued after the talks said the two sides would form a"
        " technical working group."
    )
    assert [a.source for a in find_attributions(doc, 0)] == []
