"""Whom "he" or "she" stands for, of two people the sentence before says speak
(fictional passages): the one the text has called so, not the other, whom it has called
neither ("Okoye told the paper that Harald had said …", then "“…,” he added": Prince
Harald); and only from the sentence just before."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_he_is_the_one_of_the_two_speakers_called_he() -> None:
    new = BASE + (
        "\n“That conversation, I am never going to share,” Prince Harald added."
        "\nOn Monday, Marguerite Okoye told the Harbor Gazette that Harald had said the"
        " royal in question was not the Queen."
        "\n“But it was right at the beginning,” he added."
    )
    quotes = added_quotes(new)
    assert "Harald" in quotes["That conversation, I"]
    assert "Harald" in quotes["But it was"]


def test_she_is_the_one_brought_to_speak_whom_the_text_calls_ms() -> None:
    new = BASE + (
        "\nIlona Varga founded the Gull Ferry Company in 1971."
        "\nThe reviews were harsh — T. R. Lund of the Harbor Gazette called it “a soggy,"
        " tired mess of a boat” — and it led Ms. Varga to say that she would never sell"
        " another ferry."
        "\nAs she often put it, “I’m only keeping my ‘Gull’ out of the water.”"
    )
    quotes = added_quotes(new)
    assert quotes["a soggy, tired"] == "T. R. Lund"
    assert quotes["I’m only keeping"] == "Ilona Varga"


def test_she_brought_to_speak_stays_so_past_a_line_that_names_no_one() -> None:
    new = BASE + (
        "\nIlona Varga founded the Gull Ferry Company in 1971."
        "\nThe reviews were harsh — T. R. Lund of the Harbor Gazette called it “a soggy,"
        " tired mess of a boat” — and it led Ms. Varga to say that she would never sell"
        " another ferry."
        "\nOver the years she often told interviewers that she was still getting over it."
        "\nAs she put it, “I’m only keeping my ‘Gull’ out of the water.”"
    )
    quotes = added_quotes(new)
    assert quotes["a soggy, tired"] == "T. R. Lund"
    assert quotes["I’m only keeping"] == "Ilona Varga"


def test_she_brought_to_speak_stays_so_past_a_promotion_too() -> None:
    new = BASE + (
        "\nIlona Varga founded the Gull Ferry Company in 1971."
        "\nThe reviews were harsh — T. R. Lund of the Harbor Gazette called it “a soggy,"
        " tired mess of a boat” — and it led Ms. Varga to say that she would never sell"
        " another ferry."
        "\nREAD MORE: Harbour board approves new quay"
        "\nOver the years she often told interviewers that she was still getting over it."
        "\nAs she put it, “I’m only keeping my ‘Gull’ out of the water.”"
    )
    assert added_quotes(new)["I’m only keeping"] == "Ilona Varga"


def test_a_speaker_the_text_calls_neither_is_kept_when_the_other_only_is_spoken_of() -> None:
    new = BASE + (
        "\nMs. Varga has said that the choice to sell was hers to make."
        "\nJo Morales Ruiz, a harbour activist, said Ms. Varga should be praised for"
        " standing by the ferry."
        "\n“Ilona Varga is asked to explain why she stood by the crews,” she said."
    )
    assert added_quotes(new)["Ilona Varga is"] == "Jo Morales Ruiz"


def test_a_quote_paragraph_ending_in_a_closed_inner_quotation_keeps_its_speaker() -> None:
    new = BASE + (
        "\n\"Rule one was, 'Don't say I have less money than I say I do,'\" roaster Ivo"
        " Marsh told Lena Dahl in 2013."
        "\n\"He was like, 'Make fun of my kids, do whatever you want. Just don't say I"
        " don't have that much money.'\" The closest Tom Hale has come in recent years"
        " to the roast was the harbour dinner in 2016."
    )
    assert added_quotes(new)["He was like,"] == "Ivo Marsh"


def test_she_after_someone_told_her_is_not_the_teller() -> None:
    new = BASE + (
        "\nHelen Marsh, a freight analyst, watches harbour traffic closely, and she worried"
        " when her bank cut her trip to Lisbon short."
        "\nHer worry grew on Monday, as buyers moved their visits to video calls."
        "\nThen a visiting buyer told her not to come to the depot at all."
        "\n“That is why I think the damage is not yet understood,” she said."
    )
    assert added_quotes(new)["That is why"] == "Helen Marsh"


def test_he_who_was_told_something_inside_a_speakers_sentence_stays_the_speaker() -> None:
    new = BASE + (
        "\nTomas Brandt, who runs the harbour depot, said thefts had doubled."
        "\nBrandt said the police have told him the thieves work together."
        "\n“This is an organised business,” he said."
    )
    assert added_quotes(new)["This is an"] == "Tomas Brandt"


def test_she_after_a_named_teller_told_her_is_not_the_teller() -> None:
    new = BASE + (
        "\nHelen Marsh runs the bakery on Quay Street, and she was worried about the rent."
        "\nOn Monday a visiting buyer, Greta Holm, told her the order was cancelled."
        "\n“That was the end of it,” she said."
    )
    assert added_quotes(new)["That was the"] == "Helen Marsh"
