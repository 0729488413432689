"""A person named by a bare noun is the one a description brought in (fictional
passages): "the spokesman" after "a Harbour Ministry spokesman said" is that
spokesman, not a bare "spokesman"; a noun no description brought in stays as it is."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_the_spokesman_is_the_spokesman_a_description_brought_in() -> None:
    new = BASE + (
        "\nNorland is talking to Estavia about the ferry fares, a Harbour Ministry"
        " spokesman said on Wednesday."
        "\n“We are in talks with Estavia and expect an answer soon,” the spokesman told a"
        " news conference."
    )
    assert added_quotes(new)["We are in"] == "a Harbour Ministry spokesman"


def test_a_noun_no_description_brought_in_stays_as_it_is() -> None:
    new = BASE + (
        "\nNurses at the harbour clinic have worked double shifts all week."
        "\n“It has been hard to watch,” said the nurse, who has worked there for years."
    )
    assert added_quotes(new)["It has been"] == "nurse"


def test_the_spokesman_speaks_on_as_the_one_brought_in() -> None:
    new = BASE + (
        "\nNorland is talking to Estavia about the ferry fares, a Harbour Ministry"
        " spokesman said on Wednesday."
        "\n“We are in talks with Estavia,” the spokesman told a news conference. “We see"
        " that Estavia is making great efforts.”"
    )
    assert added_quotes(new)["We see that"] == "a Harbour Ministry spokesman"
