"""Word-level diff of aligned text spans, as operations with offsets.

The operations partition both spans exactly: joining the old slices of all
operations gives the old span back, joining the new slices gives the new span.
"equal" means equal after normalisation (so “curly” and "straight" quotes, or
different whitespace, are equal); the slices keep the raw text of each side.
"""

from __future__ import annotations

from collections.abc import Sequence
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


def _items(tokens: list[Token], end: int) -> tuple[list[str], list[int]]:
    """Tokens and the whitespace gaps between them as one sequence: the comparison
    keys (a gap's key is a single space, whatever its kind) and where each item
    starts; the final boundary is ``end``."""
    keys: list[str] = []
    starts: list[int] = []
    for k, tok in enumerate(tokens):
        keys.append(tok.key)
        starts.append(tok.start)
        nxt = tokens[k + 1].start if k + 1 < len(tokens) else end
        if nxt > tok.end:
            keys.append(" ")
            starts.append(tok.end)
    starts.append(end)
    return keys, starts


def _merge(
    ops: list[WordOp], old_keys: list[str], opcodes: Sequence[tuple[str, int, int, int, int]]
) -> list[WordOp]:
    """Fold a whitespace-only equal step between two changes into one replace, so
    "the big ship" -> "a small boat" reads as one change, not three."""
    out: list[WordOp] = []
    k = 0
    while k < len(ops):
        op = ops[k]
        between = (
            op.tag == "equal"
            and 0 < k < len(ops) - 1
            and out
            and out[-1].tag != "equal"
            and ops[k + 1].tag != "equal"
            and all(key == " " for key in old_keys[opcodes[k][1] : opcodes[k][2]])
        )
        if between or (op.tag != "equal" and out and out[-1].tag != "equal"):
            last = out.pop()
            out.append(WordOp("replace", last.old_start, op.old_end, last.new_start, op.new_end))
        else:
            out.append(op)
        k += 1
    return [
        WordOp(_tag(o), o.old_start, o.old_end, o.new_start, o.new_end) if o.tag != "equal" else o
        for o in out
    ]


def _tag(op: WordOp) -> OpTag:
    if op.old_start == op.old_end:
        return "insert"
    if op.new_start == op.new_end:
        return "delete"
    return "replace"


def word_diff(
    old_tokens: list[Token],
    old_span: tuple[int, int],
    new_tokens: list[Token],
    new_span: tuple[int, int],
) -> list[WordOp]:
    """Diff two token sequences (difflib, ``autojunk=False``) into partitioning ops.

    ``old_span``/``new_span`` are the character spans the tokens cover (from the
    first token's start to the last token's end). Whitespace between tokens is part
    of the diff, so applying the ops to OLD gives NEW's tokens and spacing; its kind
    (a space or a line break) is not a difference.

    Examples:
        >>> from storydiff.text.tokens import tokenize
        >>> a, b = "a ballistic missile", "two ballistic missiles"
        >>> ops = word_diff(tokenize(a), (0, len(a)), tokenize(b), (0, len(b)))
        >>> [(o.tag, a[o.old_start:o.old_end], b[o.new_start:o.new_end]) for o in ops][::2]
        [('replace', 'a', 'two'), ('replace', 'missile', 'missiles')]
    """
    if not old_tokens or not new_tokens:
        tag: OpTag = "insert" if not old_tokens else "delete"
        if not old_tokens and not new_tokens:
            tag = "equal"
        return [WordOp(tag, old_span[0], old_span[1], new_span[0], new_span[1])]
    old_keys, ob = _items(old_tokens, old_span[1])
    new_keys, nb = _items(new_tokens, new_span[1])
    ob[0], nb[0] = old_span[0], new_span[0]
    opcodes = SequenceMatcher(None, old_keys, new_keys, autojunk=False).get_opcodes()
    ops = [WordOp(tag, ob[i1], ob[i2], nb[j1], nb[j2]) for tag, i1, i2, j1, j2 in opcodes]
    return _merge(ops, old_keys, opcodes)


def equal_ops(old_span: tuple[int, int], new_span: tuple[int, int]) -> list[WordOp]:
    """The ops of two spans that are equal after normalisation."""
    return [WordOp("equal", old_span[0], old_span[1], new_span[0], new_span[1])]
