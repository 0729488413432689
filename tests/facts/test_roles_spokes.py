"""Whom a spokesperson speaks for is part of who speaks (fictional passage): "A
spokesperson for Kestrel University, saying: “…”" is the university's spokesperson,
not just "A spokesperson"."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_a_spokesperson_for_an_organisation_names_it() -> None:
    new = BASE + (
        "\nA spokesperson for Kestrel University, which runs the harbour campus, urged "
        "students to stay home, saying: “We know this is hard for everyone on campus.”"
    )
    assert added_quotes(new)["We know this"] == "A spokesperson for Kestrel University"


def test_a_spokesman_of_the_ministry_names_it() -> None:
    new = BASE + "\n“The road will reopen on Friday,” said a spokesman for the transport ministry."
    assert added_quotes(new)["The road will"] == "a spokesman for the transport ministry"


def test_he_after_a_spokesperson_for_an_association_is_the_spokesperson() -> None:
    new = BASE + (
        "\nA spokesperson for the Harbour Employers Association said its members had cut "
        "temporary contracts.\n“Our members have worked with the unions for years,” he said."
    )
    assert added_quotes(new)["Our members have"] == (
        "A spokesperson for the Harbour Employers Association"
    )


def test_a_lawyer_for_a_person_is_not_the_client() -> None:
    new = BASE + (
        "\nTomas Varek was charged on Monday."
        "\n“My client is innocent of every charge,” a lawyer for Varek said."
    )
    assert added_quotes(new)["My client is"] == "a lawyer for Varek"


def test_he_after_a_spokesman_for_a_woman_is_the_spokesman() -> None:
    """The employer is a person marked "she" ("Mrs. Marrow"): "he" after her
    spokesman is the spokesman, not unknown."""
    new = BASE + (
        "\nMrs. Ilse Marrow has not spoken since the vote."
        "\n“The mayor is travelling this week,” a spokesman for Mrs. Marrow said."
        "\n“We will say more on Friday,” he added."
    )
    quotes = added_quotes(new)
    assert quotes["The mayor is"] == "a spokesman for Mrs. Marrow"
    assert quotes["We will say"] == "a spokesman for Mrs. Marrow"


def test_a_lawyer_named_in_apposition_is_the_speaker() -> None:
    new = BASE + "\n“It is a mistake and we will appeal,” Varek’s lawyer, Ana Ruiz, said."
    assert added_quotes(new)["It is a"] == "Ana Ruiz"
