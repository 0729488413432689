"""A possessive in a person's own clause tells their gender ("Tomas Varek noted it in
his speech"), so "she said" later is not given to him; a speech verb of a clause of
time ("When she replied …, the mayor responded") speaks after the main clause's."""

from __future__ import annotations

from storydiff.facts.nlp import load_pipeline
from storydiff.facts.possessives import owned_genders
from tests.facts.quoting import BASE, added_quotes


def _owned(sentence: str) -> list[tuple[str, str]]:
    return owned_genders(load_pipeline()(sentence), [])


def test_a_possessive_of_the_clauses_named_subject_is_theirs() -> None:
    assert _owned("Mayor Tomas Varek mentioned the flood in his speech on Monday.") == [
        ("Tomas Varek", "he")
    ]
    assert _owned("Ana Ruiz lost her seat in the election.") == [("Ana Ruiz", "she")]


def test_a_possessive_another_person_may_own_tells_nothing() -> None:
    assert _owned("Ana Ruiz praised the boy for his courage.") == []
    assert _owned("Tomas Varek told the girl about her new school.") == []
    assert _owned("To his surprise, Ana Ruiz found the quay empty.") == []
    assert _owned("Ana Ruiz and Tomas Varek lost their seats.") == []


def test_a_possessive_is_the_nearest_named_subjects() -> None:
    found = _owned("Ana Ruiz said that Tomas Varek had lost his seat.")
    assert found == [("Tomas Varek", "he")]


def test_a_possessive_of_the_other_gender_does_not_block() -> None:
    found = _owned("At her request, Mayor Tomas Varek mentioned the quay in his speech.")
    assert found == [("Tomas Varek", "he")]
    assert _owned("Tomas Varek thanked his staff and her team.") == []


def test_a_possessive_inside_quotation_marks_tells_nothing() -> None:
    sentence = "Tomas Varek said “my sister lost her keys”."
    doc = load_pipeline()(sentence)
    a = sentence.index("“")
    assert owned_genders(doc, [(a, len(sentence))]) == []


def test_she_is_not_a_man_named_between_her_quotes() -> None:
    new = BASE + (
        "\nMs. Ruiz said she had never seen the quay so full."
        "\nWhen she arrived, Mayor Tomas Varek mentioned the crowd in his speech."
        "\nWhen she waved, the mayor responded, “You are all welcome here.”"
        "\nShe did not stay long."
        "\n“I never expected so many people,” she told reporters."
    )
    quotes = added_quotes(new)
    assert quotes["You are all"] == "Tomas Varek"
    assert quotes["I never expected"] == "Ruiz"


def test_a_speech_verb_of_a_clause_of_time_speaks_after_the_main_one() -> None:
    new = BASE + (
        "\nMs. Ruiz was a guest at the harbour dinner."
        "\nTo her amazement, Mayor Tomas Varek noted the occasion in his remarks."
        "\nWhen she replied that she had never seen the harbour, the mayor responded,"
        " “Well, then this is your first visit.”"
    )
    assert added_quotes(new)["Well, then this"] == "Tomas Varek"


def test_a_possessive_that_may_mean_someone_named_before_tells_nothing() -> None:
    new = BASE + (
        "\nA boy, 12, swam across the bay to fetch help."
        "\nMayor Ana Ruiz read his letter aloud."
        "\n“It was a brave swim,” she said."
    )
    assert added_quotes(new)["It was a"] == "Ana Ruiz"


def test_a_possessive_gives_the_name_without_its_title() -> None:
    assert _owned("Harbour Chief Ana Ruiz announced her departure.") == [("Ana Ruiz", "she")]


def test_a_full_name_the_model_does_not_tag_is_still_a_person() -> None:
    new = BASE + "\nIlse Marrow lost the election on Sunday.\n“It was a fair vote,” she said."
    assert added_quotes(new)["It was a"] == "Ilse Marrow"
