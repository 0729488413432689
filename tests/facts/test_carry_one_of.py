"""Some of a group that speaks is named with its group (fictional passages): "one of
the fishermen said" is "one of the fishermen", not "one"; "One, who asked not to be
named, said" after "Fishermen reacted with anger" is one of the fishermen."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_one_of_a_group_keeps_the_group() -> None:
    new = BASE + (
        "\n“We were never told the wall was failing,” one of the fishermen who moor at the "
        "quay said."
    )
    assert added_quotes(new)["We were never"] == "one of the fishermen"


def test_one_alone_is_one_of_the_group_named_before() -> None:
    new = BASE + (
        "\nFishermen reacted with anger this week to the closure. One, who asked not to be "
        "named, said: “We were never told the wall was failing.” Another said: “The "
        "council knew for years and did nothing.”"
    )
    quotes = added_quotes(new)
    assert quotes["We were never"] == "one of the fishermen"
    assert quotes["The council knew"] == "another of the fishermen"


def test_one_after_a_plural_of_things_is_no_one_of_them() -> None:
    new = BASE + "\nPrices rose sharply on Monday. “We cannot afford bread any more,” one said."
    assert added_quotes(new)["We cannot afford"] == ""  # "one" alone names no one


def test_one_of_a_hyphenated_group_keeps_the_whole_word() -> None:
    new = BASE + (
        "\nVice-chancellors reacted with fury this week. One said: “The government looked "
        "to us to sort out the mess.”"
    )
    assert added_quotes(new)["The government looked"] == "one of the vice-chancellors"
