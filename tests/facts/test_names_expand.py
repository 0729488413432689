"""A speaker said by one name is expanded to the fullest name the text gives the
first person named so, never with the word that starts its sentence (fictional
passages): "When Ostby arrived" does not make "When Ostby" a name, and a relative
named in full after ("his brother, Johannes Brandt") is not who "Brandt said" is."""

from __future__ import annotations

from storydiff import compare
from storydiff.facts.name_expansion import full_name
from tests.facts.quoting import BASE, added_quotes


def test_a_surname_is_not_expanded_with_the_word_before_it() -> None:
    new = BASE + (
        "\nWhen Ostby reached the quay, the water had already gone down."
        "\n“We were lucky this time,” Ostby said."
        "\nAnd Brandt said little. “The wall held better than anyone expected,” Brandt said."
    )
    quotes = added_quotes(new)
    assert quotes["We were lucky"] == "Ostby"
    assert quotes["The wall held"] == "Brandt"


def test_full_name_keeps_given_names_not_the_sentence_start() -> None:
    text = "While researchers watched, Pieter Brandt spoke. Brandt said so. Said Brandt: no."
    assert full_name("Brandt", text) == "Pieter Brandt"
    assert full_name("researchers", text) == "researchers"
    initial = "A Varek spokesman said so, according to Tomas A Varek."
    assert full_name("Varek", initial) == "Tomas A Varek"  # a middle initial stays


def test_a_surname_is_the_first_person_named_by_it() -> None:
    new = BASE + (
        "\nPieter Brandt, the harbour master, ordered the quay closed on Monday."
        "\n“He has always been careful,” said his brother and deputy, Johannes Brandt."
        "\n“Nobody walks on that wall until it is safe,” Brandt said on Tuesday."
    )
    assert added_quotes(new)["Nobody walks on"] == "Pieter Brandt"


def test_a_gendered_title_picks_the_person_the_text_marks_so() -> None:
    new = BASE + (
        "\nTomas Castro, the mayor, opened the bridge on Monday."
        " His wife, Elena Maria Castro, cut the ribbon."
        "\n“We waited years for this bridge,” Ms. Castro said."
        " “It is a great day for the town,” Mr. Castro said."
    )
    quotes = added_quotes(new)
    assert quotes["We waited years"] == "Elena Maria Castro"
    assert quotes["It is a"] == "Tomas Castro"


def test_a_name_never_runs_over_a_line_break() -> None:
    # a page's "Advertisement" line above the paragraph is no given name
    text = "The harbour closed on Monday.\n\nAdvertisement\n\nMarrow said: “We will sail.”"
    assert full_name("Marrow", text) == "Marrow"
    assert full_name("Marrow", "Ilse\nMarrow said so. Ilse Marrow agreed.") == "Ilse Marrow"


def test_a_title_alone_is_not_a_surname_and_a_name_may_hold_a_no_break_space() -> None:
    text = "Kestrel Bay Governor Tomas Varek spoke.\nKestrel Bay Governor sets out plan"
    assert full_name("Governor", text) == "Governor"
    spaced = "Harbour master Ana\u00a0Ruiz visited the quay. Ruiz said it was safe."
    assert full_name("Ruiz", spaced) == "Ana Ruiz"


def test_a_calling_alone_is_the_one_person_given_it_and_never_a_surname() -> None:
    named = "Harbour official Mara Keld said the quay was shut. "
    quote = "“We hope the water goes down soon,” said the official."
    assert full_name("official", named + quote) == "official"  # no "Harbour official"
    assert added_quotes(BASE + "\n" + named + quote)["We hope the"] == "Mara Keld"
    anew = named + "A city official, who asked not to be named, said more rain was due. "
    assert added_quotes(BASE + "\n" + anew + quote)["We hope the"] == "official"
    two = named + "Port official Tom Vance agreed. "
    assert added_quotes(BASE + "\n" + two + quote)["We hope the"] == "official"


def test_a_calling_named_after_a_comma_is_that_person() -> None:
    lede = "A sailor filed a claim to “set the record straight,” her lawyer said Wednesday. "
    named = "Her lawyer, Tomas Varek, said on the radio that she wants to talk."
    assert added_quotes(BASE + "\n" + lede + named)["set the record"] == "Tomas Varek"
    vague = "Her lawyer, Kestrel-based counsel, said little."
    assert added_quotes(BASE + "\n" + lede + vague)["set the record"] == "her lawyer"


def test_a_calling_stands_only_before_a_persons_full_name() -> None:
    quote = " “The wall will hold for now,” said the official."
    adjective = "The warning went out on the official Twitter account of the port."
    assert added_quotes(BASE + " " + adjective + quote)["The wall will"] == "official"
    website = (
        "Harbour official Mara Keld toured the site. The official Harbour Department"
        " website showed the closures."
    )
    assert added_quotes(BASE + " " + website + quote)["The wall will"] == "Mara Keld"
    later = "Harbour official Mara Keld toured the site. A day later the official came back."
    assert added_quotes(BASE + " " + later + quote)["The wall will"] == "Mara Keld"
    some = "Harbour official Mara Keld toured the site. One of the officials stayed behind."
    assert added_quotes(BASE + " " + some + quote)["The wall will"] == "official"


def test_a_calling_after_a_comma_needs_a_name_between_commas() -> None:
    lede = "Ana Ruiz was charged on Monday. “She is innocent,” her lawyer said. "
    for after in ("Her lawyer, New York attorney Ben Crump, spoke.",
                  "Her lawyer, Texas Gov. Tom Vance, spoke."):  # fmt: skip
        assert added_quotes(BASE + "\n" + lede + after)["She is innocent"] == "her lawyer"


def test_a_headline_that_opens_with_the_full_name_names_the_speaker() -> None:
    head = "Tomas Varek Quits as Varnos Harbour Master After Crane Collapse\n\n"
    lead = "The harbour master of Varnos stepped down on Friday, a week after a crane fell."
    said = "\n“I take full responsibility for the quay,” Varek said."
    changes = compare(head + lead, head + lead + said).changes
    assert [c.subject for c in changes if c.fact == "quote"] == ["Tomas Varek"]


def test_a_surname_is_never_expanded_into_a_title_case_headline() -> None:
    head = "Senate Panel Narrowly Advances Marchetti Nomination for Health Secretary\n\n"
    lead = "A sharply divided Senate committee voted on Wednesday to advance the nomination."
    said = "\n“I will serve every patient in this state,” Marchetti said."
    quotes = [
        c.subject for c in compare(head + lead, head + lead + said).changes if c.fact == "quote"
    ]
    assert quotes == ["Marchetti"]
