"""The speaker tests' shared passage: a fictional first version, and the quotes a
later version adds to it with their speakers, as ``compare`` reports them."""

from __future__ import annotations

from storydiff import compare
from storydiff.facts.analysis import analyse
from storydiff.text.sentences import split_sentences

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


def speakers_of(text: str) -> list[str]:
    """Who storydiff says spoke each quote of ``text``, in order, as it reads them (no
    name expanded)."""
    sentences = split_sentences(text)
    found = analyse(sentences, list(range(len(sentences))), text).quotes
    return [q.speaker for i in sorted(found) for q in found[i]]
