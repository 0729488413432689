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
    assert ("addition", None, "38 percent") in _shown(old, other, "percent")


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
