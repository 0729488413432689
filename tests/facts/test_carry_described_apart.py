"""A role for the person named last, or someone of their own (fictional passages): a
role in lower case the tagger took for a name ("the first minister", "the senator")
redescribes the person named last as any role does, so "the senator" after "Sen. Tomas
Varek" is he; "the store manager" a sentence brought in with
no name ("The store manager told Channel 4 …") speaks as the store manager, not as the suspect
named before, unless the text titled someone so."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes

_WORDS = "“Fortunately, we did not have to go through what the others did,”"


def test_a_lower_case_role_the_tagger_took_for_a_name_redescribes_too() -> None:
    new = BASE + (
        "\nThe harbour was in better shape than others along the coast, Tomas Varek said"
        f" in Halvern. {_WORDS} the first minister said."
    )
    assert added_quotes(new)["Fortunately, we did"] == "Tomas Varek"


def test_a_role_the_title_says_redescribes_the_person() -> None:
    new = BASE + (
        "\nSen. Tomas Varek said the plan was flawed."
        "\n“We will fight it in every court,” the senator said."
    )
    assert added_quotes(new)["We will fight"] == "Tomas Varek"


def test_a_role_a_sentence_brought_in_with_no_name_is_its_own_person() -> None:
    new = BASE + (
        "\nPolice said Tomas Varek was one of three men who robbed Orvane Jewellers on"
        " Dec. 13.\nThe store manager told Channel 4 the man with the gun demanded a case"
        " be opened.\n“He told me to open it and take everything out,” the store manager"
        " said."
    )
    assert added_quotes(new)["He told me"] == "store manager"


def test_a_role_the_text_titled_the_person_with_stays_theirs() -> None:
    new = BASE + (
        "\nStore manager Tomas Varek was at work on Dec. 13.\nThe store manager told"
        " Channel 4 the man with the gun demanded a case be opened.\n“He told me to open"
        " it and take everything out,” the store manager said."
    )
    assert added_quotes(new)["He told me"] == "Tomas Varek"
