"""A name said alone (fictional passages): a surname as a sentence's subject, tagged
as nothing by the model, is the person the text named in full before ("Eastman, his
primary challenger, is pressing the attack. She faults Varek … “…,” she said." is Ruth Eastman's
quote, however many people were named in between); a role that describes a speaker
named by one name only ("Ostrova said … The former Norland chief minister also said")
is that speaker, not a new person."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_a_lone_surname_subject_is_whom_she_stands_for() -> None:
    new = BASE + (
        "\n“The council should have moved faster on the ferry,” said Ruth Eastman, the"
        " newcomer running against Varek."
        "\nThe race drew Tom Hale, Ana Ruiz, Lars Dahl, Ivo Marsh and Lena Ostrova to"
        " the hall."
        "\n“I had lost hope in the harbour plan,” Varek said in an interview."
        "\n“Now I would back the new pier tomorrow,” he said."
        "\nEastman, his primary challenger, is pressing the attack."
        "\nShe faults Varek for backing both sides of the pier fight while families"
        " wait."
        "\n“I am hearing from families, they are angry about the pier and want someone"
        " who keeps promises,” she said."
    )
    assert added_quotes(new)["I am hearing"] == "Ruth Eastman"


def test_a_role_redescribes_the_one_name_speaker_when_no_person_was_named() -> None:
    new = BASE + (
        "\nOstrova spoke to reporters on Wednesday."
        "\n“We will not give up the harbour at all,” Ostrova said in a statement on"
        " Friday. The former Norland chief minister also said officials should not"
        " forget the port."
        "\n“The fishing towns keep their own ways. We should honour them,” she said."
    )
    assert added_quotes(new)["The fishing towns"] == "Ostrova"
