""" "It said" after a sentence about an organisation only a noun names (fictional
passages): "The ministry issued new guidance. “…,” it said." is the ministry's
quote, as it is after "The Health Ministry"."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_it_after_an_organisation_said_by_a_noun_is_that_organisation() -> None:
    new = BASE + (
        "\nThe ministry issued new guidance for schools on Monday."
        "\n“Schools must stay open through the winter,” it said."
    )
    assert added_quotes(new)["Schools must stay"] == "The ministry"


def test_it_after_an_airline_is_the_airline() -> None:
    new = BASE + "\nThe airline cancelled 40 flights.\n“Safety comes first for our crews,” it said."
    assert added_quotes(new)["Safety comes first"] == "The airline"


def test_a_person_noun_subject_gives_it_no_organisation() -> None:
    old = "Mara Velde walked to the quay on Monday morning."
    new = old + (
        "\nThe driver left the harbour road at noon."
        "\n“The bridge is closed until further notice,” it said."
    )
    assert added_quotes(new, old)["The bridge is"] == ""  # no organisation named: no one


def test_it_in_a_clause_under_an_organisation_is_that_organisation() -> None:
    new = BASE + (
        "\nCrowds gathered at Central Police Station."
        "\nIn a statement on Sunday night, the Norland government condemned protesters who"
        " it said had “blatantly challenged the rule of law by storming” the harbour office."
        "\nIt promised to “deal with these acts in a serious manner.”"
    )
    quotes = added_quotes(new)
    assert quotes["blatantly challenged the"] == "Norland government"
    assert quotes["deal with these"] == "Norland government"


def test_it_is_the_nearest_clause_subject_above_it() -> None:
    new = BASE + (
        "\nThe ministry fined Acme Corp after the firm admitted that it had told crews the"
        " quay was “safe for years.”"
    )
    assert added_quotes(new)["safe for years."] == "firm"
