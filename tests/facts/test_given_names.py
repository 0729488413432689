"""Given names read as a man's or a woman's where the text marks neither
(``facts.given_names``), and the name a described person gave: fictional passages."""

from __future__ import annotations

from storydiff.facts.genders import gender_of
from storydiff.facts.given_names import given_gender
from tests.facts.quoting import speakers_of


def test_she_is_not_the_man_named_last() -> None:
    text = (
        "Sheriff Della Murrow ordered evacuations for Lower Mossbeck shortly after 2 a.m.\n"
        "An alert posted by the sheriff's office told residents to leave.\n"
        "One deputy, Carl Enns, carried an elderly man down the stairs of his apartment"
        " building after the man refused to leave.\n"
        "“Some people didn't want to leave, and I understand that,” she said."
    )
    assert speakers_of(text) == ["Della Murrow"]


def test_names_borne_by_men_and_women_alike_say_nothing() -> None:
    assert given_gender("Carl Enns") == "he" and given_gender("Denise Kovac") == "she"
    assert given_gender("Jordan Pike") == given_gender("Jean Arlow") == ""
    assert given_gender("Enns") == given_gender("the deputy") == ""


def test_the_texts_own_mark_beats_the_given_name() -> None:
    # the text calls this Carl "she" (a pronoun learned as it goes)
    assert gender_of({"Carl Enns": "she"}, "Carl Enns") == "she"
    # a surname the text marked with "Ms." and a full name of no mark of its own
    assert gender_of({"Enns": "she"}, "Carl Enns") == "she"
    assert gender_of({"Carl Enns": ""}, "Carl Enns") == "he"


def test_she_responded_when_no_speaker_was_found_is_the_latest_she() -> None:
    text = (
        "Audra Velk, the widow of the painter Tomas Velk, died on Wednesday at her home.\n"
        "Before Mr. Velk died, he told his wife that she would be in charge of his work.\n"
        "Some people complained that her marketing went beyond his wishes.\n"
        "“You use it or you lose it,” she responded to a magazine in 2007.\n"
        "“If we’re not out there, you fall off."
    )
    assert speakers_of(text) == ["Audra Velk", "Audra Velk"]


def test_a_described_person_who_gave_a_name_is_that_name() -> None:
    text = (
        "A resident who gave only her first name, Lina, said she left with her dogs and"
        " “the clothes I was standing in.”"
    )
    assert speakers_of(text) == ["Lina"]


def test_a_surname_several_people_share_is_read_by_the_title_not_the_latest() -> None:
    text = (
        "WRENFIELD — A former county treasurer who took $3.6 million from a pension fund"
        " was sentenced on Thursday to eight years in prison.\n"
        "The former treasurer, Sasha Brenvik, 58, pleaded guilty in November. Prosecutors"
        " said he had moved the money into accounts of a company he set up in the name of"
        " his sister, Kim Brenvik, who was not charged.\n"
        "“You were trusted with the retirement of people who plowed the roads,” Justice"
        " Adaeze Thornbury told Mr. Brenvik. “You treated it as your own savings account.”\n"
        "Mr. Brenvik, wearing a gray suit, stood after his wife, Ingrid Brenvik, squeezed"
        " his hand, and read from a sheet of paper. “I am ashamed of what I did,” he said."
    )
    assert speakers_of(text)[-1] == "Brenvik"  # "Mr. Brenvik": expanded by the title later


def test_he_after_a_spokeswoman_is_the_man_she_spoke_of() -> None:
    text = (
        "A Kalvoss spokesman, Robin Castellane, said the company had kept its word."
        " “We met every condition,” he said.\n"
        "Economy Minister Tomas Berecz will meet the chief executive on Thursday, his"
        " spokeswoman, Anika Sorel, said.\n"
        "“We expect Kalvoss to honour every commitment,” he told lawmakers later."
    )
    assert speakers_of(text)[-1] == "Tomas Berecz"
