"""A speaker's signature under a quote (fictional texts): two hyphens typed for a dash
sign a quote as the em dash does ("“…” -- Jane Doe"), while a wire dateline's dash
("KESTREL BAY (MPA) -- The …") and a dash clause inside a sentence sign nothing."""

from __future__ import annotations

from storydiff.facts.marks import signed, signed_after
from tests.facts.quoting import BASE, added_quotes

_quotes = added_quotes


def test_two_hyphens_after_a_quote_sign_it() -> None:
    text = "“We will rebuild.” -- Jane Doe"
    assert signed_after(text, text.index("”")) == "Jane Doe"
    glued = "“We will rebuild.” --Spokesman John Roe\nThe port reopened."
    assert signed_after(glued, glued.index("”")) == "Spokesman John Roe"


def test_a_line_of_two_hyphens_and_a_name_is_a_signature() -> None:
    assert signed("-- Jane Doe") == "Jane Doe"
    assert signed("--Jane Doe (Kestrel Post)") == "Jane Doe"


def test_a_dateline_dash_or_a_dash_clause_is_no_signature() -> None:
    dateline = "KESTREL BAY (MPA) -- The port reopened on Monday."
    assert signed(dateline) == ""
    assert signed("-- The port reopened on Monday.") == ""
    clause = "“We will rebuild” -- Mayor Tomas Varek said on Monday -- and soon."
    assert signed_after(clause, clause.index("”")) == ""


def test_a_quote_signed_with_two_hyphens_has_its_speaker() -> None:
    new = BASE + "\nThe sea wall failed.\n“We will rebuild the sea wall this year.” -- Jane Doe"
    assert _quotes(new)["We will rebuild"] == "Jane Doe"


def test_a_straight_mark_before_a_dash_closes_and_the_speaker_follows_it() -> None:
    from storydiff.facts.marks import quote_spans

    text = (
        'In Kessla they hope the winner will come forward. "Income tax on the prize will'
        ' be 13%. The winner does not have to worry "- explained the organiser of the draw.'
    )
    spans = quote_spans(text)
    assert [text[a:b].split()[-1] for a, b in spans] == ["worry"]
    assert added_quotes(BASE + "\n" + text)["Income tax on"] == "organiser"


def test_a_quote_that_opens_with_a_dash_is_still_a_quote() -> None:
    quotes = added_quotes(
        BASE
        + '\n"- Are you leaving for the north today?" Veltro asked.'
        + '\n"— and I mean this — we will rebuild the wall," Anna Marrow said.'
    )
    assert quotes["- Are you"] == "Veltro"
    assert quotes["— and I"] == "Anna Marrow"
