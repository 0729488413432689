"""A general secretary described anew (fictional passages): "the Harbour Party general
secretary said" right after Ilona Varga spoke is Varga, so the "she said" after it is
hers, while a press secretary is someone else; a first name the model left in front
of a surname ("Ilona" before "Varga") is no title, so it never makes the description
someone else, while a title that says another role ("Harbour Party leader", "CEO")
still does."""

from __future__ import annotations

from storydiff.facts.describing import titled_otherwise
from storydiff.facts.nlp import load_pipeline
from tests.facts.quoting import BASE, added_quotes


def test_the_general_secretary_after_a_named_speaker_is_that_speaker() -> None:
    new = BASE + (
        "\n“The council has shown no care for the islanders,” Ilona Varga said in a post"
        " on Wednesday."
        "\nThe ferry has not sailed since May, but the council has not changed its plans,"
        " the Harbour Party general secretary said."
        "\n“It is the duty of this council to let the islanders travel,” she said."
    )
    assert added_quotes(new)["It is the"] == "Ilona Varga"


def test_a_press_secretary_is_someone_else() -> None:
    new = BASE + (
        "\n“We will not back down,” Ilona Varga said on Monday. The city will hold a vote"
        " next week, the press secretary said."
        "\n“The vote is a formality,” she said."
    )
    assert added_quotes(new)["The vote is"] == "press secretary"


def test_a_first_name_before_a_surname_titles_no_one_otherwise() -> None:
    doc = load_pipeline()("The ferry stays shut, the Harbour Party general secretary said.")
    secretary = next(t for t in doc if t.lower_ == "secretary")
    assert not titled_otherwise(secretary, "Ilona")
    assert titled_otherwise(secretary, "Harbour Party leader")
    assert titled_otherwise(secretary, "CEO")
