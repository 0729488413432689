"""Word-level diff of aligned text spans, as operations with offsets.

The operations partition both spans exactly: joining the old slices of all
operations gives the old span back, joining the new slices gives the new span.
"equal" means equal after normalisation (so “curly” and "straight" quotes, or
different whitespace, are equal); the slices keep the raw text of each side.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from storydiff.config import LONG_SPAN_ITEMS
from storydiff.text.tokens import Token

OpTag = Literal["equal", "replace", "delete", "insert"]
Opcode = tuple[OpTag, int, int, int, int]


@dataclass(slots=True, frozen=True)
class WordOp:
    """One step from old to new: ``old_text[old_start:old_end]`` becomes
    ``new_text[new_start:new_end]``."""

    tag: OpTag
    old_start: int
    old_end: int
    new_start: int
    new_end: int


def _word_opcodes(old_keys: list[str], new_keys: list[str], long: bool) -> list[Opcode]:
    """Opcodes over items. The words alone (no gaps, no punctuation) are matched
    first: in "Kessla, 40 passengers rescued" -> "Kessla; 112 rescued, captain detained"
    the word "rescued" is kept, not the comma before "40", and "5 a.m. on Sunday" stays
    one run though "." splits it. The equal words are then anchors, and the items
    between two anchors, gaps and punctuation, are diffed alone (punctuation only
    extending a match, ``_mark``), so a gap or a comma next to a change is kept where
    both sides have it ("Cruz and" -> "Cruz, and" is one comma added). A very long
    span (a 20,000-word "sentence", ``long``) has its tokens matched between anchors
    of their own (``_anchored_opcodes``) and its token steps mapped straight back to
    the items they cover: with the gaps as items, every longest-match search would
    walk all the positions of the one gap key and the diff would cost quadratic
    time."""
    old_at = [k for k, key in enumerate(old_keys) if key != " "] + [len(old_keys)]
    new_at = [k for k, key in enumerate(new_keys) if key != " "] + [len(new_keys)]
    old_words = [old_keys[k] for k in old_at[:-1]]
    new_words = [new_keys[k] for k in new_at[:-1]]
    if not long:
        old_w = [k for k in old_at[:-1] if not _mark(old_keys[k])]
        new_w = [k for k in new_at[:-1] if not _mark(new_keys[k])]
        found = SequenceMatcher(
            None, [old_keys[k] for k in old_w], [new_keys[k] for k in new_w], autojunk=False
        ).get_opcodes()
        pairs = [
            (old_w[i1 + k], new_w[j1 + k])
            for tag, i1, i2, j1, j2 in found
            if tag == "equal"
            for k in range(i2 - i1)
        ]
        return _between(_spaced(pairs, old_keys, new_keys), old_keys, new_keys)
    out: list[Opcode] = []
    for tag, i1, i2, j1, j2 in _anchored_opcodes(old_words, new_words):
        out.append((tag, old_at[i1], old_at[i2], new_at[j1], new_at[j2]))
    return _joined(out)


def _trimmed(opcodes: Sequence[Opcode], a: list[str], b: list[str]) -> list[Opcode]:
    """Replaces without the tokens both sides begin or end with: punctuation that no
    match of words reached ("2019." -> "2017." is "2019" -> "2017", then ".")."""
    out: list[Opcode] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag != "replace":
            out.append((tag, i1, i2, j1, j2))
            continue
        head = 0
        while i1 + head < i2 and j1 + head < j2 and a[i1 + head] == b[j1 + head]:
            head += 1
        tail = 0
        while (
            i2 - tail > i1 + head and j2 - tail > j1 + head and a[i2 - tail - 1] == b[j2 - tail - 1]
        ):
            tail += 1
        steps: list[Opcode] = [
            ("equal", i1, i1 + head, j1, j1 + head),
            (
                _step(i2 - tail - i1 - head, j2 - tail - j1 - head),
                i1 + head,
                i2 - tail,
                j1 + head,
                j2 - tail,
            ),
            ("equal", i2 - tail, i2, j2 - tail, j2),
        ]
        out += steps
    return _joined(out)


def _joined(opcodes: list[Opcode]) -> list[Opcode]:
    """Without empty steps, and with equal steps in a row made one."""
    merged: list[Opcode] = []
    for op in opcodes:
        if op[1] == op[2] and op[3] == op[4]:
            continue
        if merged and merged[-1][0] == op[0] == "equal":
            last = merged.pop()
            op = ("equal", last[1], op[2], last[3], op[4])
        merged.append(op)
    return merged


def _step(old: int, new: int) -> OpTag:
    return "replace" if old and new else "delete" if old else "insert"


def _mark(key: str) -> bool:
    """Punctuation: SequenceMatcher's junk, which extends a match but starts none."""
    return not any(ch.isalnum() for ch in key)


def _anchored_opcodes(a: list[str], b: list[str]) -> list[Opcode]:
    """difflib's opcodes, found between anchors: words that occur once in each side,
    in the same order (patience diff). Each stretch between anchors is diffed alone,
    so a long text costs about the sum of its stretches, not their product."""
    count_a: dict[str, int] = {}
    count_b: dict[str, int] = {}
    for w in a:
        count_a[w] = count_a.get(w, 0) + 1
    for w in b:
        count_b[w] = count_b.get(w, 0) + 1
    where_b = {w: j for j, w in enumerate(b) if count_b[w] == 1}
    pairs = [(i, where_b[w]) for i, w in enumerate(a) if count_a[w] == 1 and w in where_b]
    return _between(_increasing(pairs), a, b)


def _spaced(pairs: list[tuple[int, int]], a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """The anchors with the gaps both sides have right before or after one ("[-was
    freed-] {+emerged+} from", not "[-was freed -]{+emerged +}from")."""
    out: list[tuple[int, int]] = []
    for i, j in pairs:
        for di in (-1, 0, 1):
            p, q = i + di, j + di
            inside = 0 <= p < len(a) and 0 <= q < len(b)
            after = not out or (p > out[-1][0] and q > out[-1][1])
            if inside and after and (di == 0 or a[p] == b[q] == " "):
                out.append((p, q))
    return out


def _between(anchors: list[tuple[int, int]], a: list[str], b: list[str]) -> list[Opcode]:
    """The anchors (pairs of equal items, increasing) as equal steps, and each stretch
    between two of them diffed alone."""
    out: list[Opcode] = []
    i0 = j0 = 0
    for i, j in [*anchors, (len(a), len(b))]:
        if i0 == i or j0 == j:  # nothing on one side: no diff to run
            out.append((_step(i - i0, j - j0), i0, i, j0, j))
        else:
            found = SequenceMatcher(_mark, a[i0:i], b[j0:j], autojunk=False).get_opcodes()
            for tag, i1, i2, j1, j2 in _trimmed(found, a[i0:i], b[j0:j]):
                out.append((tag, i0 + i1, i0 + i2, j0 + j1, j0 + j2))
        if i < len(a):
            out.append(("equal", i, i + 1, j, j + 1))
        i0, j0 = i + 1, j + 1
    return _joined(out)


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of pairs increasing in both coordinates (pairs come sorted by
    the first): patience sorting."""
    tails: list[int] = []
    tail_at: list[int] = []
    back: list[int] = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect.bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[pos] = j
            tail_at[pos] = k
        back[k] = tail_at[pos - 1] if pos else -1
    chain: list[tuple[int, int]] = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        chain.append(pairs[k])
        k = back[k]
    return chain[::-1]


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


def _merge(ops: list[WordOp], old_keys: list[str], opcodes: Sequence[Opcode]) -> list[WordOp]:
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
    """Diff two token sequences (difflib, ``autojunk=False``; spans over
    ``LONG_SPAN_ITEMS`` are matched on their words alone) into partitioning ops.

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
    opcodes = _word_opcodes(old_keys, new_keys, len(old_keys) + len(new_keys) > LONG_SPAN_ITEMS)
    ops = [WordOp(tag, ob[i1], ob[i2], nb[j1], nb[j2]) for tag, i1, i2, j1, j2 in opcodes]
    return _merge(ops, old_keys, opcodes)


def long_span(old_tokens: list[Token], new_tokens: list[Token]) -> bool:
    """True when ``word_diff`` of these tokens takes the words-only path."""
    count = 0
    for tokens in (old_tokens, new_tokens):
        if tokens:
            count += len(_items(tokens, tokens[-1].end)[0])
    return count > LONG_SPAN_ITEMS


def equal_ops(old_span: tuple[int, int], new_span: tuple[int, int]) -> list[WordOp]:
    """The ops of two spans that are equal after normalisation."""
    return [WordOp("equal", old_span[0], old_span[1], new_span[0], new_span[1])]
