"""A cleft sentence names whom "he" stands for (fictional passages): "But it was
Representative X of Ohio, the No. 5 House Democrat, who summed it up: “…,” he
tweeted" is X's quote, and so is the bare quote paragraph after it, also when the
model tags X as nothing and titles stand before the name."""

from __future__ import annotations

from storydiff.facts.nlp import load_pipeline
from storydiff.facts.subjects import person_subjects
from tests.facts.quoting import BASE, added_quotes

BEFORE = "\n“The harbour deal is a national disgrace!” wrote Representative Ilse Marrow."


def test_the_person_a_cleft_sentence_is_about_speaks_as_he() -> None:
    new = (
        BASE
        + BEFORE
        + (
            "\nBut it was perhaps Representative Tomas Varek of Ohio, the No. 5 House"
            " Democrat, who summed up his party’s response: “We are not paying a ransom for"
            " your harbour wall,” he tweeted."
            "\n“And nothing you just said will change that cold, hard reality.”"
        )
    )
    quotes = added_quotes(new)
    assert quotes["We are not"] == "Tomas Varek"
    assert quotes["And nothing you"] == "Tomas Varek"


def test_an_untagged_name_with_a_title_is_what_a_cleft_sentence_is_about() -> None:
    doc = load_pipeline()(
        "But it was perhaps Representative Ule Stavro of New York, the No. 5 House"
        " Democrat, who most succinctly summed up his party’s response."
    )
    assert [t.ent_type_ for t in doc[4:7]] == ["", "", ""]  # the case: tagged as nothing
    main, _ = person_subjects(doc)
    assert main.endswith("Ule Stavro")


def test_an_untagged_name_with_a_title_in_a_cleft_sentence() -> None:
    new = (
        BASE
        + BEFORE
        + (
            "\nBut it was perhaps Representative Ule Stavro of New York, the No. 5 House"
            " Democrat, who most succinctly summed up his party’s response: “We are not"
            " paying a ransom for your harbour wall,” he tweeted."
        )
    )
    assert "Ule Stavro" in added_quotes(new)["We are not"]
