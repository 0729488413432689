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


_SAYING = r"(?:said|says|added|told|wrote|asked)"
_SAID_BY = r"(?:said|says|added|wrote|according to)"  # not "told Reuters": the one told
_NAMED_SAYER = re.compile(
    rf"[A-Z][\w'’-]{{0,40}}\s+{_SAYING}\b"
    rf"|\b{_SAID_BY}\s+(?:[A-Z][\w'’.-]{{0,40}}\s+){{0,3}}[A-Z][\w'’-]{{0,40}}"
)
"""A speaker named with the speech verb ("Venn said", "said Mira Holt", "according to
Rask"): who speaks is in the sentence itself, and the sentences before it are read
no further back than for any other change."""


def selected(
    roles: list[Role],
    links: list[Link],
    link_of: list[int | None],
    sentences: Sequence[Sentence] = (),
) -> list[int]:
    """The sentences the facts step parses: each changed one and the
    ``FACTS_CONTEXT_BEFORE`` before it, ``FACTS_CONTEXT_QUOTED`` before one that has
    a quotation mark in it (of ``sentences``) and names no speaker with a speech verb
    (``_NAMED_SAYER``: "he said", "the coach said", a quote alone): who speaks was
    named further up."""
    changed = set()
    for i, role in enumerate(roles):
        k = link_of[i]
        if role in (Role.ADDED, Role.REMOVED) or (k is not None and links[k].changed):
            changed.add(i)
    keep: set[int] = set()
    for i in changed:
        text = sentences[i].text if i < len(sentences) else ""
        quoted = _MARKS.search(text) is not None and _NAMED_SAYER.search(text) is None
        reach = FACTS_CONTEXT_QUOTED if quoted else FACTS_CONTEXT_BEFORE
        keep.update(range(max(0, i - reach), i + 1))
    return sorted(keep)
