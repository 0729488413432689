"""Who speaks through a participle, and after a sentence about a person named by a
surname alone (fictional passages): a speech verb joined to another participle
("stood firm, defending … and telling the Ledger, “…”") is the main clause's
subject's, however many participles stand between, but never that of a clause of
time the parser hung them on ("after the crowd turned on her, shaking …"); "writing"
read by the model as a noun of a clause ("…, writing: “…”") still brings in its
subject's words; a bare quote after a sentence whose subject is a surname named in
full before ("World No. 13 Brandt believes …") is that person's, not that of someone
else the sentence names in passing ("coach Ivo Mirnyk")."""

from __future__ import annotations

from storydiff.facts.marks import quote_spans
from storydiff.facts.nlp import load_pipeline
from storydiff.facts.subjects import surname_subject
from tests.facts.quoting import BASE, added_quotes


def test_a_telling_joined_to_other_participles_is_the_main_subjects() -> None:
    new = BASE + (
        "\nAna Ruiz and Ivo Lenk stood firm on the ferry fares."
        "\nBrandt stood his ground, as well, rejecting charges that he is running as"
        " “Harbour Tom,” defending “traditional fundraising” and telling The Daily"
        " Ledger, “The thing about these tests is the people issuing them cannot even"
        " meet them.”"
    )
    assert added_quotes(new)["The thing about"] == "Brandt"


def test_a_participle_never_takes_the_subject_of_a_clause_of_time() -> None:
    new = BASE + (
        "\nAna Ruiz walked out of the meeting after the crowd turned on her, shaking her"
        " head and telling reporters, “I have never been treated like this.”"
    )
    assert added_quotes(new)["I have never"] == "Ana Ruiz"


def test_writing_read_as_a_noun_still_brings_in_its_subjects_words() -> None:
    new = BASE + (
        "\nRear Admiral Brandt addressed the sailors in an email, writing: “Life at sea"
        " is best with good friends.”"
    )
    assert "Brandt" in added_quotes(new)["Life at sea"]


def test_a_bare_quote_after_a_ranked_surname_is_that_persons() -> None:
    new = BASE + (
        "\nTomas Brandt won the harbour cup on Sunday."
        "\nWorld No. 13 Brandt believes he can further improve his game and the addition"
        " of coach Ivo Mirnyk will help him in his bid to become a better player."
        " “For several years I have been feeling that my game can improve more.”"
    )
    assert added_quotes(new)["For several years"] == "Tomas Brandt"


def test_a_surname_after_words_with_a_proper_noun_is_not_taken_alone() -> None:
    known = {"Brandt": "Tomas Brandt"}
    nlp = load_pipeline()
    ranked = nlp("World No. 13 Brandt believes he can improve his game.")
    named = nlp("Acme Harbour chief Brandt believes he can improve the port.")
    assert surname_subject(ranked, quote_spans(ranked.text), known) == "Tomas Brandt"
    assert surname_subject(named, quote_spans(named.text), known) == ""
