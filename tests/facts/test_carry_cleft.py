"""A cleft sentence names whom "he" stands for (fictional passages): "Yet it was
Councillor X of Kestrel Bay, the board's No. 2 member, who put it most bluntly: “…,”
he posted" is X's quote, and so is the bare quote paragraph after it, also when the
model tags X as nothing and a title stands before the name ("Representative")."""

from __future__ import annotations

from storydiff.facts.nlp import load_pipeline
from storydiff.facts.subjects import person_subjects
from tests.facts.quoting import BASE, added_quotes

BEFORE = "\n“This toll is a scandal for every skipper!” posted Councillor Ilse Marrow."


def test_the_person_a_cleft_sentence_is_about_speaks_as_he() -> None:
    new = (
        BASE
        + BEFORE
        + (
            "\nYet it was Councillor Tomas Varek of Kestrel Bay, the board's No. 2 member,"
            " who put the board's answer most bluntly: “We will not pay a toll for your"
            " crumbling sea wall,” he posted."
            "\n“And no speech of yours will change that hard, wet fact.”"
        )
    )
    quotes = added_quotes(new)
    assert quotes["We will not"].endswith("Tomas Varek")  # a title may stay
    assert quotes["And no speech"].endswith("Tomas Varek")


def test_an_untagged_name_with_a_title_is_what_a_cleft_sentence_is_about() -> None:
    doc = load_pipeline()(
        "Yet it was Representative Ule Stavro of Norland, the board's No. 2 member,"
        " who put the board's answer most bluntly."
    )
    assert [t.ent_type_ for t in doc[3:6]] == ["", "", ""]  # the case: tagged as nothing
    main, _ = person_subjects(doc)
    assert main.endswith("Ule Stavro")
