"""A surname said alone as a sentence's subject, tagged as nothing by the model, is the
person the text named in full before (fictional passage): "Eastman, his primary
opponent, is keeping the pressure on. She accuses Varek … “…,” she said." is Ruth
Eastman's quote, however many people were named in between."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_a_lone_surname_subject_is_whom_she_stands_for() -> None:
    new = BASE + (
        "\n“He should have been stronger on this,” said Ruth Eastman, the newcomer"
        " running against Varek."
        "\nThe race drew Tom Hale, Ana Ruiz, Lars Dahl, Ivo Marsh and Lena Ostrova to"
        " the hall."
        "\n“I had sort of lost faith,” Varek said in an interview."
        "\n“Now I just feel reinvigorated, and I would vote for a ban today,” he said."
        "\nEastman, his primary opponent, is keeping the pressure on."
        "\nShe accuses Varek of being on both sides of the issue at a time when voters"
        " demand action."
        "\n“I am talking to voters, they are frustrated with that and want someone who"
        " stands firm,” she said."
    )
    assert added_quotes(new)["I am talking"] == "Ruth Eastman"
