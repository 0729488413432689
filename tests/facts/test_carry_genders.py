"""Whom "he" and "she" stand for when the text itself marks who is who (fictional
passages): a gendered title ("Prince Tomas") or apposition ("Maren Ostby, Duchess of
Tarn") decides, so "she said" after a man was named last is the woman named before
him, and one pronoun read wrongly teaches no wrong gender for the quotes after it."""

from __future__ import annotations

from storydiff.facts.genders import gender_of, text_genders
from tests.facts.quoting import BASE, added_quotes

COUPLE = (
    "\nPrince Tomas and Maren Ostby, Duchess of Tarn, spoke to reporters on Monday."
    "\n“We had no choice but to leave the island,” Ostby said."
    "\n“I wanted to protect my family,” Tomas said."
    "\nThe duchess also revealed that she had written to the king."
    "\n“It was the hardest winter of my life,” she said."
    "\n“My brother stopped taking my calls,” Tomas said."
    "\n“The island will always be our home,” he added."
)


def test_she_is_the_woman_named_before_not_the_man_named_last() -> None:
    quotes = added_quotes(BASE + COUPLE)
    assert quotes["It was the"] == "Maren Ostby"
    assert quotes["The island will"] == "Tomas"


def test_titles_appositions_and_kin_mark_genders() -> None:
    found = text_genders(
        "Prince Arlen met Mrs. Ilse Marrow. Maren Ostby, Duchess of Tarn, came with "
        "her husband, Tomas Varek. Mr. Okafor and Mrs. Okafor left."
    )
    assert gender_of(found, "Arlen") == "he"
    assert gender_of(found, "Ilse Marrow") == "she"
    assert gender_of(found, "Marrow") == "she"
    assert gender_of(found, "Maren Ostby") == "she"
    assert gender_of(found, "Tomas Varek") == "he"
    assert gender_of(found, "Okafor") == ""  # marked both ways


def test_he_may_be_a_man_joined_to_the_subject() -> None:
    new = BASE + (
        "\nMrs. Ilse Marrow and Mr. Tomas Varek toured the quay on Tuesday."
        "\n“It is worse than I feared,” Marrow said."
        "\n“We will need help from the capital to pay for it,” he said."
    )
    assert added_quotes(new)["We will need"] == "Tomas Varek"


def test_a_title_on_a_surname_does_not_mark_another_of_that_surname() -> None:
    """ "Mr. Okafor" written before "Ngozi Okafor" is first named is someone else."""
    new = BASE + (
        "\nMr. Okafor drowned off the quay on Monday."
        "\n“He loved the sea,” Ngozi Okafor, 44, said."
        "\n“We are lost without him,” she said."
    )
    assert added_quotes(new)["We are lost"] == "Ngozi Okafor"


def test_a_surname_two_given_names_share_marks_neither_full_name() -> None:
    # given names of no listed sex ("Varo", "Ixel"): only the text's marks count
    found = text_genders("Varo Brandt and Ixel Brandt came. Mr. Brandt spoke.")
    assert gender_of(found, "Ixel Brandt") == ""
    assert gender_of(found, "Brandt") == "he"
    alone = text_genders("Varo Brandt came on Monday. Mr. Brandt spoke.")
    assert gender_of(alone, "Varo Brandt") == "he"
    middle = text_genders("Varo Jan Brandt and Ixel Brandt came. Mr. Brandt spoke.")
    assert gender_of(middle, "Varo Jan Brandt") == ""  # a middle name, as "Jan Brandt"
    # a listed given name says what the shared surname's title cannot
    listed = text_genders("Pieter Brandt and Elke Brandt came. Mr. Brandt spoke.")
    assert gender_of(listed, "Elke Brandt") == "she"
    described = {"Jan Brandt": "he", "Brandt": "he"}
    assert gender_of(described, "a spokeswoman for Pieter Jan Brandt") == ""


def test_a_title_in_a_place_or_organisation_name_marks_no_one() -> None:
    for text in (
        "Prince Arlen County officials met on Monday.",
        "Duke Varek University said on Monday.",
        "She was taken to Queen Ilse Hospital Penmarrow.",
        "The budget of King County Sheriff Ruiz was cut.",
    ):
        assert text_genders(text) == {}, text


def test_she_after_a_sheriff_of_a_county_named_for_a_king_is_the_sheriff() -> None:
    new = BASE + (
        "\nSheriff Ana Ruiz met reporters on Monday."
        "\n“We are stretched thin,” Ruiz said."
        "\n“We need more deputies,” she said."
        "\nThe budget of King County Sheriff Ruiz was cut in May."
    )
    assert added_quotes(new)["We need more"] == "Ana Ruiz"  # "Sheriff" is her title


def test_a_wifes_title_does_not_make_her_husband_she() -> None:
    # "Ms. Brandel" marks the surname; "Tomas Brandel", named in full, is a man
    text = (
        "Audrey Stone was born in 1921 in Chicago.\n"
        "When she was 21, she met Tomas Brandel, a student whom she would soon marry.\n"
        "He became the dean of cardiology, and they had two daughters.\n"
        "Ms. Brandel divorced her husband to marry Mr. Orvik.\n"
        "“They wouldn’t have been happy with Ted,” she told The Times in 2000.\n"
    )
    assert added_quotes(text)["They wouldn’t have"] == "Brandel"
