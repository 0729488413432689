"""A role said for a title (fictional passages): "the mayor" is the one person the text
titled "Mayor", even when another person was named or spoke after her ("Gov. Tomas
Brandt and Mayor Ilona Varga …", "“…,” Brandt said.", "The mayor echoed those words,
saying it is “…”": Ilona Varga), as long as the text titled the person named last
otherwise; one whose title the text does not give stays the one."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_the_mayor_is_the_one_person_titled_mayor() -> None:
    new = BASE + (
        "\nThe attacks drew the notice of Gov. Tomas Brandt and Mayor Ilona Varga, with"
        " both condemning them."
        "\n“This cowardly act is against our values,” Brandt said in a statement."
        "\nThe mayor echoed those words, saying that it is “not enough to condemn hate —"
        " we have to confront it,” in a post."
    )
    quotes = added_quotes(new)
    assert quotes["This cowardly act"] == "Tomas Brandt"
    assert quotes["not enough to"] == "Ilona Varga"


def test_the_mayor_who_just_spoke_stays_when_her_title_is_not_known() -> None:
    new = BASE + (
        "\nMayor Ilona Varga and Mayor Ana Ruiz met on Friday to talk about the ferry."
        "\n“We will share the ferry,” Ruiz said."
        "\nThe mayor added that “the harbour belongs to both towns.”"
    )
    quotes = added_quotes(new)
    assert quotes["We will share"] == "Ana Ruiz"
    assert quotes["the harbour belongs"] == "Ana Ruiz"


def test_the_representative_is_the_person_named_before() -> None:
    new = BASE + (
        "\nIlona Varga has answered the critics of her ferry plan with a defence of it."
        "\n“It is called having a plan,” the Liberal representative from Kestrel Bay told"
        " a crowd of 4,000 at the harbour on Saturday."
    )
    assert added_quotes(new)["It is called"] == "Ilona Varga"


def test_a_role_after_someone_described_is_not_that_someone() -> None:
    # "the mayor" redescribes a person the text named, never one it only described
    new = BASE + (
        "\nLena Marsh, the mayor, opened the meeting at the harbour."
        "\n“Let me tell you something,” the waitress explained, “we have waited long.”"
        "\n“We are fine,” the mayor said."
    )
    quotes = added_quotes(new)
    assert quotes["Let me tell"] == "waitress"
    assert quotes["We are fine"] == "Lena Marsh"


def test_a_role_after_a_description_alone_is_itself() -> None:
    new = BASE + (
        "\n“Let me tell you something,” the waitress explained, “we have waited long.”"
        "\n“We are fine,” the mayor said."
    )
    assert added_quotes(new)["We are fine"] == "mayor"


def test_a_role_after_a_name_with_a_particle_is_that_person() -> None:
    new = BASE + (
        "\nPieter van Dorn said the town had run out of money for the bridge."
        "\n“We have nothing left,” the councillor said."
    )
    assert added_quotes(new)["We have nothing"] == "Pieter van Dorn"
