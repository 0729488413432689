"""Two people named together (fictional passages): "the couple" or "the pair" a few
lines after a subject named "Helen Marsh and Tomas Brandt" is the two of them, and a
quote whose closing mark the writer left out ends at the "!" before its attribution
in lower case ("… Tonight! the couple said"), as it ends at the comma before one
("…, the mayor said"); further on, "the pair" may be another pair and stays itself."""

from __future__ import annotations

from storydiff.facts.marks import quote_spans
from tests.facts.quoting import BASE, added_quotes

_PAIR = "\nHelen Marsh and Tomas Brandt are set to marry in the new year."


def test_the_couple_is_the_two_people_named_together() -> None:
    new = BASE + (
        _PAIR
        + "\nThe couple made the announcement on Friday."
        + "\n“We are getting married! Tonight!” the couple said in unison in the video."
    )
    assert added_quotes(new)["We are getting"] == "Helen Marsh and Tomas Brandt"


def test_a_quote_without_its_closing_mark_ends_before_a_lower_case_attribution() -> None:
    text = "“We are getting married! Tonight! the couple said in unison.\n\nThe hall cheered."
    mayor = "“We can be satisfied, the mayor said on Friday.\n\nThe hall cheered."
    assert [text[a:b] for a, b in quote_spans(text)] == ["We are getting married! Tonight!"]
    assert [mayor[a:b] for a, b in quote_spans(mayor)] == ["We can be satisfied"]
    named = "“Stop! Tomas Brandt said we should wait for the tide.\n\nThe hall cheered."
    assert all(named[a:b] != "Stop!" for a, b in quote_spans(named))  # lower case only
    new = BASE + _PAIR + "\n" + text
    assert added_quotes(new)["We are getting"] == "Helen Marsh and Tomas Brandt"


def test_the_pair_far_from_two_people_named_together_is_itself() -> None:
    new = BASE + (
        _PAIR
        + "\nThe storm had hit the coast on Monday."
        + "\nThe ferry line cut its crossings."
        + "\nThe pier was shut for the week."
        + "\nThe harbour stayed closed to all boats."
        + "\n“We will rebuild the pier,” the pair said in a joint statement."
    )
    assert added_quotes(new)["We will rebuild"] == "pair"
