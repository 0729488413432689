"""The speaker tests' shared passage: a fictional first version, and the quotes a
later version adds to it with their speakers, as ``compare`` reports them."""

from __future__ import annotations

from storydiff import compare

BASE = "Floodwater closed the ring road around Kestrel Bay on Monday, the port authority said."


def added_quotes(new: str, old: str = BASE) -> dict[str, str]:
    """The quotes ``new`` adds to ``old``: their first three words -> their speaker,
    and so for each piece of a quotation its attribution breaks (" … ")."""
    return {
        " ".join(piece.split()[:3]): c.subject
        for c in compare(old, new).changes
        if c.fact == "quote" and c.kind == "addition"
        for piece in (c.after or "").split(" … ")
    }
