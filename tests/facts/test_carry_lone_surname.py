"""A name said alone (fictional passages): a surname as a sentence's subject, tagged
as nothing by the model, is the person the text named in full before ("Eastman, his
primary challenger, is pressing the attack. She faults Varek … “…,” she said." is Ruth Eastman's
quote, however many people were named in between); a role that describes a speaker
named by one name only ("Ostrova said … The former Norland chief minister also said")
is that speaker, not a new person; a surname the model tagged a place or an
organisation ("While Oregon's Brandt, backed …, he said") is the person too, in the
main clause or a clause before it, not in one after it ("… because Brandt didn't sign
it")."""

from __future__ import annotations

from storydiff.facts.marks import quote_spans
from storydiff.facts.nlp import load_pipeline
from storydiff.facts.subjects import surname_subject
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


def test_a_surname_tagged_a_place_before_the_main_clause_is_whom_he_stands_for() -> None:
    new = BASE + (
        "\nJust 18 months after coming out against the sale, Oregon Liberal Tomas Brandt"
        " has changed his mind."
        "\n“It seems to be a shift of what was seen as wise,” said Ana Ruiz of the"
        " Harbour Coalition."
        "\n“This is no longer a burden for the council.” While Oregon's Brandt, backed"
        " some ferry measures during two terms on the board, he said during a 2016"
        " debate with Lund, “I don’t think we should sell the ferry.”"
    )
    assert added_quotes(new)["I don’t think"] == "Tomas Brandt"


def test_a_surname_in_a_clause_after_the_main_one_is_no_subject_of_the_sentence() -> None:
    known = {"Brandt": "Tomas Brandt"}
    nlp = load_pipeline()
    after = nlp(
        "She alleges that the deal she signed is “null and void” because Brandt didn't"
        " sign it himself."
    )
    before = nlp("While Oregon's Brandt, backed some ferry measures, he said he was sorry.")
    assert surname_subject(after, quote_spans(after.text), known) == ""
    assert surname_subject(before, quote_spans(before.text), known) == "Tomas Brandt"
