"""A name said alone (fictional passages): a surname as a sentence's subject, tagged
as nothing by the model, is the person the text named in full before ("Eastman, his
primary opponent, is keeping the pressure on. She accuses Varek … “…,” she said." is
Ruth Eastman's quote, however many people were named in between); a role that
describes a speaker named by one name only ("Ostrova said … The former Norland chief
minister also said") is that speaker, not a new person."""

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


def test_a_role_redescribes_the_one_name_speaker_when_no_person_was_named() -> None:
    new = BASE + (
        "\nOstrova spoke to reporters on Wednesday."
        "\n“We will not give up the harbour at all,” Ostrova said in a statement issued"
        " here. The former Norland chief minister also said officials should not forget"
        " the port."
        "\n“They have their own style of living. We should respect it,” she said."
    )
    assert added_quotes(new)["They have their"] == "Ostrova"
