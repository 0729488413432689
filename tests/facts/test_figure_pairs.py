"""A percentage or a sum of money said anew in a sentence rewritten whole is an update
of it, not a figure removed and another added (fictional passages)."""

from __future__ import annotations

from storydiff import compare
from storydiff.facts.figure_pairs import nearest

LEAD = (
    "TALVERA, Varnos - Opposition candidate Marek Dovan won Varnos's presidential runoff, "
    "the electoral commission said on Monday.\n\n"
)
END = "\n\nDovan will be sworn in next month."


def _figures(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (c.kind, c.before, c.after)
        for c in compare(LEAD + old + END, LEAD + new + END).changes
        if c.fact in ("percent", "money")
    ]


def test_a_percentage_in_a_rewritten_sentence_is_updated() -> None:
    old = "The Varnos currency, the varn, slipped 1.2% against the dollar in early trading."
    new = "The varn, the Varnos currency, rose 0.8% against the dollar after the concession."
    assert _figures(old, new) == [("update", "1.2%", "0.8%")]


def test_a_figure_both_versions_state_is_set_aside() -> None:
    old = (
        "The Varnos currency, the varn, slipped 1.2% against the dollar in early trading, "
        "after a 2% fall last week."
    )
    new = (
        "Recovering some of a 2% fall last week, the Varnos currency rose 0.8% against the "
        "dollar after the concession."
    )
    assert _figures(old, new) == [("update", "1.2%", "0.8%")]


def test_a_figure_of_a_clause_split_off_is_no_update() -> None:
    """The old sentence's 4.2% is the shares'; the new sentence's 0.3% is the index's,
    a clause of the old sentence split off into its own."""
    old = (
        "Shares of Halvern rose 4.2% in early trading in Kessla, while the broader Kessla "
        "Composite index was little changed."
    )
    new = (
        "Halvern's chief said the results were strong. The broader Kessla Composite index "
        "rose 0.3%."
    )
    assert ("update", "4.2%", "0.3%") not in _figures(old, new)


def test_two_figures_left_on_a_side_are_no_update() -> None:
    old = "The varn slipped 1.2% against the dollar and 0.9% against the euro on Monday."
    new = "The varn rose 0.8% against the dollar and 0.5% against the euro after the concession."
    assert [k for k, _, _ in _figures(old, new)].count("update") != 1


def test_a_date_in_a_rewritten_sentence_is_no_update() -> None:
    """Another event may be dated: the vote was not moved to May 2."""
    old = LEAD + "The council will vote on the housing plan on May 8, the mayor said." + END
    new = (
        LEAD
        + (
            "The mayor said the council would first hold a public hearing on the housing plan "
            "on May 2, with no date yet set for a vote."
        )
        + END
    )
    dates = [(c.kind, c.before, c.after) for c in compare(old, new).changes if c.fact == "date"]
    assert ("update", "May 8", "May 2") not in dates


def test_figures_each_near_words_of_one_figure_are_paired_one_to_one() -> None:
    old = (
        "Shares in Halvern jumped 14% in early trade after the report, while its rival "
        "Brannock was down 1.8%."
    )
    new = "Shares in Halvern were up 24% at 32.10 euros by midday, while Brannock was down 3.5%."
    shown = _figures(old, new)
    assert ("update", "14%", "24%") in shown
    assert ("update", "1.8%", "3.5%") in shown


def test_with_more_figures_on_one_side_the_nearest_are_paired() -> None:
    """The old sentence has two sums in cents, the new one; 62 cents shares the most
    words around it with 55 cents (the shares in after-hours trading), so that is the
    update and 56 cents, of the regular session, is removed."""
    old = (
        "In after-hours trading, Halvern shares rose 62 cents to $22.83 after adding 56 "
        "cents in the regular session."
    )
    new = "In after-hours trading, Halvern Group shares rose 55 cents, to $22.86, a broker said."
    shown = [(k, b, a) for k, b, a in _figures(old, new) if "cents" in (b or a or "")]
    assert shown == [("update", "62 cents", "55 cents"), ("removal", "56 cents", None)]


def test_the_nearest_is_nearer_than_any_other() -> None:
    """(old, new) pairs: each the other's nearest by more shared words than any other."""
    day, euro, dollar = {"trading", "day"}, {"euro"}, {"dollar"}
    assert nearest([day | euro, day | dollar], [day | dollar]) == [(1, 0)]
    assert nearest([day | euro, day | dollar], [day]) == []  # a tie: no pair
    assert nearest([euro, dollar], [{"yen"}]) == []  # nothing shared
    assert nearest([day | euro], [day | euro, euro]) == [(0, 0)]


def test_trading_sessions_are_days_not_a_count() -> None:
    old = LEAD + "Halvern's stock has risen 44 cents in recent days." + END
    new = LEAD + "Halvern's stock had risen 44 cents in the past four trading sessions." + END
    counts = [c for c in compare(old, new).changes if c.fact == "quantity" and not c.hidden]
    assert counts == []
