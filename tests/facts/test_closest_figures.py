"""A figure of an edited passage updates the figure of the other version that stands
among the same words, not the first one written (fictional passage)."""

from __future__ import annotations

from storydiff import compare


def test_a_bare_figure_updates_the_one_among_the_same_words() -> None:
    old = (
        "The magnitude 6.8 quake hit at 4:17 a.m., the seismological center said.\n"
        "At least 80 people were killed in Valmora province and 32 in neighboring Durrin"
        " province, the Interior Ministry said."
    )
    new = (
        "The magnitude 7.1 quake hit at 4:17 a.m., the seismological center said, revising"
        " its first reading of 6.8.\n"
        "At least 171 people were killed in Valmora province, 58 in Durrin province and 18"
        " in Sarik province, the Interior Ministry said."
    )
    changes = compare(old, new).changes
    shown = [(c.kind, c.before, c.after) for c in changes if not c.hidden and c.fact == "quantity"]
    assert ("update", "32", "58") in shown
