"""A thing named with a number glued by a dash ("3-pointers") is counted by the number
before it, never by its own number nor by the two summed (fictional sentences)."""

from __future__ import annotations

from storydiff import compare
from storydiff.facts.extract import extract
from storydiff.facts.nlp import load_pipeline

_LEAD = "HARBOR CITY (AP) — The Mariners beat the Foxes on Wednesday night."


def _figures(text: str) -> list[tuple[str, str, str]]:
    """(words, value, subject) of every figure the sentence gives, measures too."""
    facts = extract(load_pipeline()(text), 0, 0).facts
    return [(f.text, f.value, f.subject) for f in facts if f.kind == "quantity" and not f.weak]


def test_a_word_count_before_a_dashed_name_is_the_only_figure() -> None:
    text = "Varek scored 38 points, tying the record with nine 3-pointers."
    assert _figures(text) == [("38 points", "38", "point"), ("nine 3-pointers", "9", "pointer")]


def test_a_digit_count_before_a_dashed_name_is_not_summed_with_it() -> None:
    text = "Varek scored 41 points, breaking the record with 10 3-pointers."
    assert _figures(text) == [("41 points", "41", "point"), ("10 3-pointers", "10", "pointer")]


def test_a_dashed_name_alone_gives_no_figure() -> None:
    assert _figures("Varek hit a 3-pointer from the corner.") == []
    assert _figures("Varek hit 3-pointers all night long.") == []


def test_a_dashed_word_that_describes_another_noun_is_still_a_figure() -> None:
    assert _figures("A 5-member panel met on Monday.") == [("5-member", "5", "member")]


def test_a_record_of_dashed_things_updated_is_one_count_update() -> None:
    old = f"{_LEAD} Okonkwo scored 38 points, tying the record with nine 3-pointers."
    new = f"{_LEAD} Okonkwo scored 41 points, breaking the record with 10 3-pointers."
    counts = [
        (c.kind, c.subject, c.before_value, c.after_value)
        for c in compare(old, new).changes
        if c.fact == "quantity" and not c.hidden
    ]
    assert counts == [("update", "point", "38", "41"), ("update", "pointer", "9", "10")]


def test_a_pack_of_as_many_keeps_its_count() -> None:
    assert _figures("He asked for a six-pack of soda.") == [("six-pack", "6", "pack")]


def test_measures_scores_and_fractions_glued_by_a_dash_keep_their_figures() -> None:
    assert ("1,500-meter", "1500", "metre") in _figures("Ilsa Vantor won the 1,500-meter.")
    assert [f[1] for f in _figures("Okafor finished at 18-under par.")] == ["18"]
    assert _figures("Residents waited in a 2 1/2-mile line outside the depot.") == []


def test_a_count_before_a_number_word_glued_to_a_name_is_the_count() -> None:
    assert _figures("The club added 12 two-seaters.") == [("12 two-seaters", "12", "seater")]
    assert _figures("The club added nine two-seaters.") == [("nine two-seaters", "9", "seater")]
    assert _figures("Dalby hit 10 3-pointers and a layup.") == [("10 3-pointers", "10", "pointer")]
