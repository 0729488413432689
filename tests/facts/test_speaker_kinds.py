"""An organisation called by a kind its name says in other words ("the regulator" of
an authority or a commission, "the utility" of a gas and electric company) speaks for
the one named before; "the social network", with an adjective, stays a description
(fictional passages)."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes

_quotes = added_quotes


def test_the_regulator_is_an_authority_or_commission_named_before() -> None:
    said = "\n“The records show the firm knew,” the regulator said in a statement."
    for name in ("Kestrel Data Protection Authority", "Norland Gaming Commission"):
        named = BASE + f"\nThe {name} fined Loopmark $2 million on Tuesday." + said
        assert _quotes(named)["The records show"] == name
    # a company is no regulator, though it is the only organisation named
    alone = BASE + "\nRegulators fined Loopmark Inc. $2 million on Tuesday." + said
    assert _quotes(alone)["The records show"] == "regulator"


def test_the_social_network_is_the_company_named_before_never_a_regulator() -> None:
    # a company called by its trade: the company, not the authority that fined it
    new = BASE + (
        "\nThe Kestrel Data Protection Authority fined Loopmark Inc. $2 million on Tuesday."
        "\n“We switched the tool off a year ago,” the social network said."
    )
    assert _quotes(new)["We switched the"] == "Loopmark Inc."
    alone = BASE + (
        "\nThe Kestrel Data Protection Authority opened an inquiry on Tuesday."
        "\n“We switched the tool off a year ago,” the social network said."
    )
    assert _quotes(alone)["We switched the"] == "social network"


def test_the_utility_is_the_power_company_named_before() -> None:
    new = BASE + (
        "\nHarrow Gas & Electric shut off service to 40 homes after the blast."
        "\nFirefighters searched the rubble through the night."
        "\n“Our thoughts are with the families,” the utility said."
    )
    assert _quotes(new)["Our thoughts are"] == "Harrow Gas & Electric"


def test_a_noun_before_the_kind_still_makes_a_kind_of_its_own() -> None:
    # "the appeals court" is a court of its own, not the last court named
    new = BASE + (
        "\nThe Kestrel District Court fined the port operator on Tuesday."
        "\n“The fine stands,” the appeals court said."
    )
    assert _quotes(new)["The fine stands"] != "Kestrel District Court"


def test_an_organisation_set_beside_a_description_is_the_speaker() -> None:
    maker = "\nThe drug’s maker, Veltro Pharmaceuticals, said it “has been used safely for years.”"
    assert _quotes(BASE + maker)["has been used"] == "Veltro Pharmaceuticals"
    parent = "\nIts parent company, Orvane Group, said the sale “will not go ahead this year.”"
    assert _quotes(BASE + parent)["will not go"] == "Orvane Group"
    person = "\nThe company’s founder, Ilse Marrow, said it “will not be sold to anyone.”"
    assert _quotes(BASE + person)["will not be"] == "Ilse Marrow"


def test_a_kind_its_names_say_is_never_a_name_of_another_kind() -> None:
    league = BASE + (
        "\nThe Northern Basketball League suspended two players on Tuesday."
        "\nThe fight broke out late in the Dunmore Foxes' win over the Carvell Hawks."
        "\n“Conduct of this kind has no place in our game,” the league said."
    )
    assert _quotes(league)["Conduct of this"] == "Northern Basketball League"
    utility = BASE + (
        "\nThe City of Dunhallow opened three cooling centres on Tuesday."
        "\n“We know how disruptive this is,” the utility said."
    )
    assert _quotes(utility)["We know how"] == "utility"
    watchdog = BASE + (
        "\nThe Lindell County School Board said it welcomed the review."
        "\n“Results of this kind require careful scrutiny,” the watchdog said."
    )
    assert _quotes(watchdog)["Results of this"] == "watchdog"


def test_a_description_among_the_organisations_named_is_no_name() -> None:
    new = BASE + (
        "\nThe foundation was set up in 1998 by the shipping magnate Elias Gorran."
        "\n“Every child deserves a bed close to home,” the foundation said."
    )
    assert _quotes(new)["Every child deserves"] == "foundation"
