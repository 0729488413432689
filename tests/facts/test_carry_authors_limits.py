"""Where the writing and role rules stop (fictional passages, each from a review of
``test_carry_authors``' rules): a title between commas is that person's only after a
bare "the" and for a description that says no more than whose the title is (not
another company's, a former one's or another kind of chief), and a street is no
person; "in" or "on" names where a writing appeared only for one that is printed, and
only an organisation; "written by" wins over "released by"; "it reads" is the one who
put the writing out, not one who received or saw it."""

from __future__ import annotations

import pytest

from tests.facts.quoting import BASE, added_quotes

_NOT_HIM = [
    (
        "Kessla Air's chief executive, Tomas Veltro, said the merger would go ahead."
        "\nThe rival carrier's chief executive said: “This deal is bad for passengers.”",
        "This deal is",
        "Tomas Veltro",
    ),
    (
        "The former chief executive, Tomas Veltro, left in March. His successor, Mara"
        " Kessla, took over in April.\nThe chief executive said: “We have turned a corner.”",
        "We have turned",
        "Tomas Veltro",
    ),
    (
        "The police chief, Ana Ruiz, said the road was safe."
        "\nThe fire chief said: “The road is not safe at all tonight.”",
        "The road is",
        "Ana Ruiz",
    ),
    (
        "Protesters gathered outside the office of the governor, Harbour Street, on"
        " Tuesday.\nThe governor said: “I hear their concerns today.”",
        "I hear their",
        "Harbour Street",
    ),
    (
        "Mara Kessla became chief executive.\nThe chief executive said: “We have turned a corner.”",
        "We have turned",
        "The",
    ),
    (
        "Kessla Air said on Monday it would cut flights.\nA statement issued in Norland on"
        " Monday said: “Passenger safety comes first.”",
        "Passenger safety comes",
        "Norland",
    ),
    (
        "The report, published in March, said: “The wall was never built to last.”",
        "The wall was",
        "March",
    ),
    (
        "A letter to the editor published in the Kessla Times on Sunday said: “The council"
        " has failed us.”",
        "The council has",
        "Kessla Times",
    ),
    (
        "Mara Kessla received a letter from the Kessla Council."
        "\n“The road will stay closed until spring,” it reads.",
        "The road will",
        "Mara Kessla",
    ),
    (
        "A reporter saw a notice taped to the door of the Brannock bakery."
        "\n“Closed because of the flood, sorry,” it reads.",
        "Closed because of",
        "A reporter",
    ),
]


@pytest.mark.parametrize(("passage", "quote", "wrong"), _NOT_HIM)
def test_the_rules_do_not_reach_someone_else(passage: str, quote: str, wrong: str) -> None:
    assert added_quotes(BASE + "\n" + passage)[quote] != wrong


def test_written_by_wins_over_released_by() -> None:
    new = BASE + (
        "\nA letter, released by the Kessla Police and written by Mara Kessla, the victim's"
        " mother, said: “I forgive him for what he did.”"
    )
    assert added_quotes(new)["I forgive him"] == "Mara Kessla"


def test_a_letter_from_lawyers_for_a_person_is_the_person_s() -> None:
    new = (
        BASE + "\nA letter from lawyers for Tomas Veltro said: “Our client denies any wrongdoing.”"
    )
    assert added_quotes(new)["Our client denies"] == "Tomas Veltro"
