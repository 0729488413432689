"""A person described, then named in apposition, speaks by that name (fictional
passages): "the group's founder, Eli Strand, said" is Eli Strand, whatever entity type
the model gives a name it has not seen."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_a_role_with_a_name_in_apposition_is_that_name() -> None:
    new = BASE + "\n“We are not going anywhere,” the group's founder, Eli Strand, said on Tuesday."
    assert added_quotes(new)["We are not"] == "Eli Strand"


def test_a_description_with_an_age_stays_the_description() -> None:
    new = BASE + "\n“The water came so fast,” a neighbour, 54, said on Sunday."
    assert added_quotes(new)["The water came"] == "a neighbour"


def test_a_named_speaker_is_not_someone_a_clause_about_them_names() -> None:
    new = BASE + (
        "\n“He should have been stronger on this,” said Ana Ruiz, the 46-year-old"
        " newcomer running against Tomas Brandt."
        "\n“Women have had it with what is going on,” said Mara Keld, the county party"
        " chairwoman who supports Ruiz."
    )
    quotes = added_quotes(new)
    assert quotes["He should have"] == "Ana Ruiz"
    assert quotes["Women have had"] == "Mara Keld"
    assert (
        added_quotes(BASE + "\n“It sold well,” his wife, the writer Gita Mehta, said.")[
            "It sold well"
        ]
        == "Gita Mehta"
    )


def test_a_spokesperson_for_an_organisation_is_the_name_after_it() -> None:
    new = BASE + (
        "\nA spokesman for Kestrel’s Harbour Department, Paul Orrin, said, “We are"
        " committed to giving sailors the latest information.”"
    )
    assert added_quotes(new)["We are committed"] == "Paul Orrin"


def test_a_description_known_as_a_name_is_that_name() -> None:
    new = BASE + (
        "\nThe Norland port regulator, known as NPRA, said the ban covered “every ferry"
        " that sails into, within or out of the bay.”"
    )
    assert added_quotes(new)["every ferry that"] == "NPRA"
    plain = BASE + "\nThe Norland port regulator said the ban covered “every ferry in the bay.”"
    assert added_quotes(plain)["every ferry in"] == "Norland port regulator"
