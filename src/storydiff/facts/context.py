"""Which sentences of a version the facts step parses: each changed one and a few
before it, where who speaks or what a description stands for was said."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storydiff.config import FACTS_CONTEXT_BEFORE, FACTS_CONTEXT_QUOTED
from storydiff.diff.align import Role

if TYPE_CHECKING:
    from collections.abc import Sequence

    from storydiff.diff.align import Link
    from storydiff.text.sentences import Sentence

_MARKS = re.compile('["“”‘«»]')
"""Quotation marks that open or close a quote, straight and typographic ("’" is left
out: most often an apostrophe)."""


def selected(
    roles: list[Role],
    links: list[Link],
    link_of: list[int | None],
    sentences: Sequence[Sentence] = (),
) -> list[int]:
    """The sentences the facts step parses: each changed one and the
    ``FACTS_CONTEXT_BEFORE`` before it, ``FACTS_CONTEXT_QUOTED`` before one that has
    a quotation mark in it (of ``sentences``), where who speaks was named."""
    changed = set()
    for i, role in enumerate(roles):
        k = link_of[i]
        if role in (Role.ADDED, Role.REMOVED) or (k is not None and links[k].changed):
            changed.add(i)
    keep: set[int] = set()
    for i in changed:
        quoted = i < len(sentences) and _MARKS.search(sentences[i].text) is not None
        reach = FACTS_CONTEXT_QUOTED if quoted else FACTS_CONTEXT_BEFORE
        keep.update(range(max(0, i - reach), i + 1))
    return sorted(keep)
