"""Sources said two ways (fictional passages): one group counted alike ("At least 12 of
the council's 51 members" / "at least a dozen of the 51 members") is one source, two
groups of one size ("two officials" / "two residents") are two; a company said by its
trade ("the Varnian food maker said") is the company named beside it; two bodies whose
names share only a word of their kind ("the council's finance office" / "the
Independent Budget Office") are two, the new one a source added; "vote no" is a vote,
no negation."""

from __future__ import annotations

from storydiff import compare
from storydiff.facts.sources import one_source
from storydiff.facts.stance import negations

_TAIL = "\nThe council meets again in March.\nThe budget takes effect in July."


def _shown(old: str, new: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (c.fact, c.kind, c.before, c.after)
        for c in compare(old + _TAIL, new + _TAIL).changes
        if not c.hidden
    ]


def test_one_group_counted_alike_is_one_source() -> None:
    assert one_source("At least 12 of the council's 51 members", "at least a dozen")
    assert not one_source("two officials", "two residents")


def test_a_group_counted_again_is_no_attribution_update_nor_a_vote_a_negation() -> None:
    old = (
        "At least 12 of the council's 51 members had said they would vote no, according"
        " to an informal count by council staff, not enough to block the budget."
    )
    new = (
        "Before the vote, at least a dozen of the 51 members had said they would oppose it,"
        " according to an informal count by council staff."
    )
    shown = _shown(old, new)
    assert not any(fact == "attribution" for fact, *_ in shown)
    assert not any(fact == "claim" and kind == "update" for fact, kind, *_ in shown)


def test_a_company_said_by_its_trade_is_the_company_named_beside_it() -> None:
    old = (
        "HALVERN, Varnos (AP) — Orvane Foods said Thursday it would cut about 1,800 jobs"
        " and close two plants after its quarterly profit fell."
    )
    new = (
        "HALVERN, Varnos (AP) — Orvane Foods will cut about 2,300 jobs and close three"
        " plants, the Varnian food maker said Thursday, after its quarterly profit fell."
    )
    assert not any(fact == "attribution" for fact, *_ in _shown(old, new))


def test_a_vote_of_no_is_no_negation() -> None:
    assert negations("they would vote no on the plan".split()) == 0
    assert negations("casting most of the no votes".split()) == 0
    assert negations("there was no vote on the plan".split()) == 1
    assert negations("the vote no longer matters to them".split()) == 1


def test_two_bodies_sharing_only_a_word_of_their_kind_are_two_sources() -> None:
    old = (
        "The plan would cost the owner of a median home about $245 a year, according to"
        " the council's finance office."
    )
    new = (
        "The plan would cost the owner of a median home about $245 a year, according to"
        " the Independent Budget Office."
    )
    assert ("source", "addition", None, "Independent Budget Office") in _shown(old, new)
