"""Word-level diff of aligned text spans, as operations with offsets.

The operations partition both spans exactly: joining the old slices of all
operations gives the old span back, joining the new slices gives the new span.
"equal" means equal after normalisation (so “curly” and "straight" quotes, or
different whitespace, are equal); the slices keep the raw text of each side.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from storydiff.text.tokens import Token

OpTag = Literal["equal", "replace", "delete", "insert"]


@dataclass(slots=True, frozen=True)
class WordOp:
    """One step from old to new: ``old_text[old_start:old_end]`` becomes
    ``new_text[new_start:new_end]``."""

    tag: OpTag
    old_start: int
    old_end: int
    new_start: int
    new_end: int


def _boundaries(tokens: list[Token], start: int, end: int) -> list[int]:
    """Where each token's piece starts (a piece is a token plus the spaces after it),
    then the span's end."""
    if not tokens:
        return [start, end]
    return [start] + [t.start for t in tokens[1:]] + [end]


def word_diff(
    old_tokens: list[Token],
    old_span: tuple[int, int],
    new_tokens: list[Token],
    new_span: tuple[int, int],
) -> list[WordOp]:
    """Diff two token sequences (difflib, ``autojunk=False``) into partitioning ops.

    ``old_span``/``new_span`` are the character spans the tokens cover; text before
    the first token belongs to the first piece, whitespace after a token to it.

    Examples:
        >>> from storydiff.text.tokens import tokenize
        >>> a, b = "a ballistic missile", "two ballistic missiles"
        >>> ops = word_diff(tokenize(a), (0, len(a)), tokenize(b), (0, len(b)))
        >>> [(o.tag, a[o.old_start:o.old_end], b[o.new_start:o.new_end]) for o in ops]
        [('replace', 'a ', 'two '), ('equal', 'ballistic ', 'ballistic '), ('replace', 'missile', 'missiles')]
    """
    ob = _boundaries(old_tokens, *old_span)
    nb = _boundaries(new_tokens, *new_span)
    if not old_tokens or not new_tokens:
        tag: OpTag = "insert" if not old_tokens else "delete"
        if not old_tokens and not new_tokens:
            tag = "equal"
        return [WordOp(tag, old_span[0], old_span[1], new_span[0], new_span[1])]
    matcher = SequenceMatcher(
        None, [t.key for t in old_tokens], [t.key for t in new_tokens], autojunk=False
    )
    ops: list[WordOp] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        # Token index i starts at boundary i (the first also takes leading text).
        ops.append(WordOp(tag, ob[i1], ob[i2], nb[j1], nb[j2]))  # type: ignore[arg-type]
    # The span's leading text (before token 0) is inside piece 0; the last piece runs
    # to the span end: both guaranteed by _boundaries.
    return ops


def equal_ops(old_span: tuple[int, int], new_span: tuple[int, int]) -> list[WordOp]:
    """The ops of two spans that are equal after normalisation."""
    return [WordOp("equal", old_span[0], old_span[1], new_span[0], new_span[1])]
