"""The figure tests' shared helper: the figure changes storydiff shows when one passage
of a fictional story is rewritten between a lead and a later paragraph that stay."""

from __future__ import annotations

from storydiff import compare

FIGURES = ("percent", "quantity", "money")


def figure_changes(
    lead: str, later: str, old: str, new: str, facts: tuple[str, ...] = FIGURES
) -> list[tuple[str, str | None, str | None]]:
    """(kind, before, after) of each shown change of ``facts`` when ``old`` becomes
    ``new`` between ``lead`` and ``later``."""
    a, b = f"{lead}\n\n{old}\n\n{later}", f"{lead}\n\n{new}\n\n{later}"
    return [
        (c.kind, c.before, c.after)
        for c in compare(a, b).changes
        if not c.hidden and c.fact in facts
    ]
