"""One figure written two ways is one figure: a percentage, an amount or a clock time
the other version states in other words is no change, while a bounding word ("about")
still says more (fictional sentences)."""

from __future__ import annotations

from storydiff import compare

LEAD = "Rescue teams searched the bay near Kestrel Bay for survivors all week. "
TAIL = " Divers found the wreck of the ferry later."


def _shown(old: str, new: str, fact: str) -> list[tuple[str, str | None, str | None]]:
    changes = compare(LEAD + old + TAIL, LEAD + new + TAIL).changes
    return [(c.kind, c.before, c.after) for c in changes if c.fact == fact and not c.hidden]


def test_a_percentage_written_per_cent_in_a_rewritten_sentence_is_no_change() -> None:
    old = "Ferry bookings at the harbour office fell 37 per cent over the stormy winter."
    new = "The harbour office said winter storms cut its ferry bookings by 37 percent."
    assert _shown(old, new, "percent") == []
    other = "The harbour office said winter storms cut its ferry bookings by 38 percent."
    # another figure in the rewritten sentence is the figure updated (facts.figure_pairs)
    assert _shown(old, other, "percent") == [("update", "37 per cent", "38 percent")]


def test_a_clock_time_written_another_way_is_no_update() -> None:
    old = "The ferry left the harbour at 4am on Saturday with forty people aboard."
    new = "The ferry left the harbour at 4 a.m. on Saturday with forty people aboard."
    assert _shown(old, new, "date") == []
    later = "The ferry left the harbour at 5 a.m. on Saturday with forty people aboard."
    assert _shown(old, later, "date") == [("update", "4am", "5 a.m.")]


def test_a_clock_time_in_a_rewritten_sentence_is_no_new_date() -> None:
    old = "The ferry left the harbour at 4am on Saturday with forty people aboard."
    new = "Forty people were aboard when the vessel sailed from Kestrel Bay at 4:00 a.m. Saturday."
    assert _shown(old, new, "date") == []


def test_about_a_time_still_says_more_than_the_time() -> None:
    old = "The ferry left the harbour at 4am on Saturday with forty people aboard."
    new = "Forty people were aboard when the vessel sailed from the bay at about 4 a.m. Saturday."
    assert ("addition", None, "about 4 a.m.") in _shown(old, new, "date")


def test_per_cent_after_a_bounded_number_is_a_percentage_not_cents() -> None:
    old = "Shares of the ferry firm rose more than 8 percent as the deal was announced."
    new = "Ferry firm shares rose more than 8 per cent yesterday as the deal was announced."
    assert _shown(old, new, "percent") == [] and _shown(old, new, "money") == []


def test_an_amount_with_its_scale_glued_on_is_the_same_amount() -> None:
    old = "Ferry revenue fell to $12.4 billion from $13.1 billion on lower bookings."
    new = "Ferry revenue fell to $12.4bn from $13.1bn a year ago, on lower bookings."
    assert _shown(old, new, "money") == []
    old = "The operator will ask its banks for around €30m this week to keep sailing."
    new = "The operator will ask for a lifeline of around €30m to keep its ferries sailing."
    assert _shown(old, new, "money") == []
    smaller = "The operator will ask for a lifeline of around €20m to keep its ferries sailing."
    changes = compare(LEAD + old + TAIL, LEAD + smaller + TAIL).changes
    values = [(c.kind, c.before_value, c.after_value) for c in changes if c.fact == "money"]
    assert values == [("update", "30000000", "20000000")]


def test_an_article_before_an_amount_adds_nothing_to_it() -> None:
    old = "The ferry line took in an estimated $48.2 million over the five days."
    new = "Over the five days the ferry line's takings were estimated at $48.2 million."
    assert _shown(old, new, "money") == []


def test_an_amount_the_other_version_writes_without_its_currency_is_no_removal() -> None:
    old = "Ticket sales for the quarter beat forecasts, rising to 2.35 billion euros."
    new = "Ticket sales rose year on year to 2.35bn, beating forecasts for the quarter."
    assert _shown(old, new, "money") == []


def test_a_move_whose_two_figures_the_other_version_states_is_no_addition() -> None:
    old = "Ferry revenue rose to $318.7 million from $310.2 million a year earlier."
    new = "Ferry revenue climbed from $310.2 million to $318.7 million last year."
    assert _shown(old, new, "money") == []


def test_a_vote_tally_said_with_to_is_the_tally_in_either_order() -> None:
    old = "The harbour council voted 7 to 2 on Tuesday to approve the new ferry terminal."
    new = "The ferry terminal plan passed the harbour council 7-2 on Tuesday evening."
    assert _shown(old, new, "quantity") == []
    reversed_ = "The ferry terminal plan passed the harbour council by a vote of 2 to 7."
    assert _shown(old, reversed_, "quantity") == []
    closer = "The ferry terminal plan passed the harbour council 5-4 on Tuesday evening."
    assert [c[0] for c in _shown(old, closer, "quantity")] == ["update"]


def test_an_amount_said_again_in_another_currency_is_no_change_of_its_own() -> None:
    old = (
        "The residents are seeking 85 million kronor ($9.2 million) in damages. "
        "The plant employs 1,400 people."
    )
    new = (
        "The judge rejected the claim for the full 85 million kronor they had sought. "
        "The plant employs 1,400 people."
    )
    money = [c for c in compare(old, new).changes if c.fact == "money"]
    assert money == []
    # the same dollar figure standing alone is a fact of its own
    alone = old.replace("85 million kronor ($9.2 million)", "85 million kronor and $9.2 million")
    assert [c.before for c in compare(alone, new).changes if c.fact == "money"] == ["$9.2 million"]


def test_a_bracketed_part_or_an_amount_in_the_same_currency_is_news() -> None:
    base = "The flood killed 40 people in Marlow, officials said."
    part = compare(base, base.replace("40 people", "40 people (12 children)")).changes
    assert ("addition", "quantity") in [(c.kind, c.fact) for c in part]
    old = "Brannock Bank earned $5 million ($3 million) in the quarter."
    new = "Brannock Bank earned $5 million in the quarter."
    assert [c.before for c in compare(old, new).changes if c.fact == "money"] == ["$3 million"]


def test_another_currency_of_the_same_figure_is_an_update_and_a_family_no_money() -> None:
    old = "The fund pledged 85 million kronor on Monday."
    money = [c.kind for c in compare(old, old.replace("85 million kronor", "$85 million")).changes]
    assert money == ["update"]
    brothers = compare("The 3 Rand brothers ran the farm.", "The 4 Rand brothers ran the farm.")
    assert [(c.fact, c.subject) for c in brothers.changes] == [("quantity", "brother")]
