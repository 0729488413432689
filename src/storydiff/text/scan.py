"""Shingles of many texts at once, compiled: the words of ``text.fasthash``, their
hashes and the shingles of ``text.shingles``, bit for bit (a Hypothesis test holds
the three paths together), in a few passes over a batch's bytes that stay in the
processor's caches and allocate nothing per batch but the result.

``dedup`` sketches with it and it is the benchmark's shared tokenizer; ``compare``
and story linking keep the NumPy path, which needs no compiler (Numba's import costs
0.2 s, more than they spend on a text).

The passes, over one buffer holding every text of the batch, a separator between
them (``batch_bytes``):

1. ``_classify``: the word rule's byte table as arithmetic (vector instructions):
   ASCII letters lower-cased, digits and every byte of a non-ASCII character kept,
   every other byte zero. The few multi-byte rules (punctuation blocks, Cyrillic
   capitals) are then applied by ``fasthash.special`` where a batch is not ASCII;
   a batch with kana or CJK ideographs (a word per character) takes the NumPy path.
2. ``_word_edges``: a bit per byte (word or not), eight bytes at a time, and the
   word edges from the bits (a word starts where a bit follows a clear bit), with
   no branch per byte: an edge's position is its bit's count of trailing zeros
   (``jit.trailing_zeros``, one instruction).
3. ``_hash_words``: each word's hash from its 8-byte chunks (``fasthash``'s).
4. ``run_hashes``, per text: every run of ``n`` words' shingle hash,
   ``sum(w[j] * GOLDEN**(n - j))`` then mixed (``text.shingles``' chain written
   out, so each shingle is independent of the others and the loop runs in vector
   registers), straight into where its reader wants it: ``batch_shingles``' array,
   or ``dedup``'s kept shingles (their high halves, ``kernels.sketch_words``). No
   pass writes the runs of a whole batch to be read back by another.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from storydiff.jit import jit, trailing_zeros
from storydiff.text.fasthash import _MASK, ENCODE, Hashes, Offsets, special
from storydiff.text.kernels import GOLDEN, mix

Bytes = npt.NDArray[np.uint8]
Halves = npt.NDArray[np.uint32]
"""The high halves of shingle hashes (``dedup``'s kept shingles)."""
Edges = npt.NDArray[np.int32]
"""Byte positions in a batch (int32: half the cache an int64 takes; a batch is far
below 2 GB)."""
PAD = 80
"""Separator bytes after a batch's last text: a 64-byte block of bits and the 16
bytes of a long word's two chunks stay inside the buffer."""
_PAD_TEXT = " " * (PAD - 1)
_ONE, _S7, _S56 = np.uint64(1), np.uint64(7), np.uint64(56)
_LOW7 = np.uint64(0x7F7F7F7F7F7F7F7F)
_HIGH = np.uint64(0x8080808080808080)
_GATHER = np.uint64(0x0102040810204080)
"""Multiplying the bytes' low bits by this gathers them into the top byte, in order."""


@jit
def _classify(raw: Bytes, low: Bytes) -> None:
    """``low[i]``: ``raw[i]`` lower-cased when an ASCII capital, kept when a digit, a
    lower-case letter or a byte of a non-ASCII character, else 0 (the table of
    ``fasthash``, as arithmetic)."""
    for i in range(len(raw)):
        c = raw[i]
        upper = np.uint8(c - np.uint8(65)) < np.uint8(26)
        lower = np.uint8(c - np.uint8(97)) < np.uint8(26)
        digit = np.uint8(c - np.uint8(48)) < np.uint8(10)
        word = upper | lower | digit | (c >= np.uint8(128))
        low[i] = (c | (np.uint8(upper) << np.uint8(5))) if word else np.uint8(0)


@jit
def _word_edges(octets: Hashes, masks: Hashes, edges: Edges) -> int:
    """The words of the bytes that ``octets`` (8 bytes each, 8 per mask) holds: their
    start and end positions into ``edges`` (start, end, start, ...); the number of
    words. The bytes start and end with a separator."""
    for k in range(len(masks)):
        m = np.uint64(0)
        for j in range(8):
            x = octets[k * 8 + j]
            t = (((x & _LOW7) + _LOW7) | x) & _HIGH  # the top bit of each nonzero byte
            m |= (((t >> _S7) * _GATHER) >> _S56) << np.uint64(8 * j)
        masks[k] = m
    count = 0
    carry = np.uint64(0)
    for k in range(len(masks)):
        m = masks[k]
        change = m ^ ((m << _ONE) | carry)  # where a word starts or ends
        carry = m >> np.uint64(63)
        base = k * 64
        while change:
            edges[count] = np.int32(base + trailing_zeros(change))
            count += 1
            change &= change - _ONE  # the lowest set bit cleared
    return count // 2


@jit
def _hash_words(chunks: Hashes, edges: Edges, count: int, words: Hashes, longs: Edges) -> None:
    """``fasthash``'s hash of each word: its length, then each 8-byte chunk (the last
    zero-padded) folded in with ``mix``. ``chunks[i]`` is the 8 bytes from byte ``i``.
    Every word's first chunk in one loop, which lists the longer words in ``longs``
    (scratch space, one a word) without a branch; their other chunks in a second, so
    the first loop has no inner loop whose end a long word mispredicts."""
    long = 0
    for i in range(count):
        start = edges[2 * i]
        length = edges[2 * i + 1] - start
        words[i] = mix(np.uint64(length) ^ (chunks[start] & _MASK[min(length, 8)]))
        longs[long] = i
        long += length > 8
    for j in range(long):
        i = longs[j]
        start = int(edges[2 * i])
        length = int(edges[2 * i + 1]) - start
        h = words[i]
        done = 8
        while done < length:
            h = mix(h ^ (chunks[start + done] & _MASK[min(length - done, 8)]))
            done += 8
        words[i] = h


@jit
def run_hashes(
    words: Hashes, lo: int, count: int, powers: Hashes, out: Hashes | Halves, shift: int,
    acc: Hashes,
) -> None:  # fmt: skip
    """``out[i]``: the shingle hash of words ``lo + i .. lo + i + n - 1`` shifted right
    by ``shift`` (0: the hash, 32: its high half into 32-bit ``out``), for ``i`` below
    ``count``; the run length ``n`` is ``len(powers)`` (``powers[j] = GOLDEN**(n - j)``,
    ``powers(n)``). ``acc`` is scratch space of ``count`` words for a run length other
    than 5 (the default, whose sum is written out so the loop over runs vectorises)."""
    n = len(powers)
    w = words[lo : lo + count + n - 1]
    s = np.uint64(shift)
    if n == 5:
        p0, p1, p2, p3, p4 = powers[0], powers[1], powers[2], powers[3], powers[4]
        for i in range(count):
            run = w[i] * p0 + w[i + 1] * p1 + w[i + 2] * p2 + w[i + 3] * p3 + w[i + 4] * p4
            out[i] = mix(run) >> s
        return
    first = powers[0]
    for i in range(count):
        acc[i] = w[i] * first
    for j in range(1, n):
        power = powers[j]
        for i in range(count):
            acc[i] += w[i + j] * power
    for i in range(count):
        out[i] = mix(acc[i]) >> s


@jit
def _firsts(edges: Edges, count: int, seps: Offsets, firsts: Offsets) -> None:
    """``firsts[d]``: the first word after separator byte ``seps[d]`` (binary search)."""
    for d in range(len(seps)):
        lo, hi = 0, count
        while lo < hi:
            mid = (lo + hi) // 2
            if edges[2 * mid] < seps[d]:
                lo = mid + 1
            else:
                hi = mid
        firsts[d] = lo


@jit
def short_shingle(words: Hashes, lo: int, hi: int) -> np.uint64:
    """The one shingle of a text of fewer words than a shingle: all of them chained."""
    h = np.uint64(0)
    for i in range(lo, hi):
        h = (h + words[i]) * GOLDEN
    return mix(h)


@jit
def _collect(
    words: Hashes, firsts: Offsets, powers: Hashes, out: Hashes, offsets: Offsets,
    acc: Hashes,
) -> None:  # fmt: skip
    """Each text's shingles (of ``len(powers)`` words), one after the other, into
    ``out``; where each begins into ``offsets`` (one more than texts)."""
    n = len(powers)
    k = 0
    offsets[0] = 0
    for d in range(len(firsts) - 1):
        lo, hi = firsts[d], firsts[d + 1]
        if hi - lo >= n:
            count = hi - lo - n + 1
            run_hashes(words, lo, count, powers, out[k : k + count], 0, acc)
            k += count
        elif hi > lo:
            out[k] = short_shingle(words, lo, hi)
            k += 1
        offsets[d + 1] = k


@functools.lru_cache(maxsize=8)
def powers(n: int) -> Hashes:
    """``GOLDEN**(n - j)`` for ``j < n`` (read-only: made once per ``n``)."""
    powers = np.empty(n, dtype=np.uint64)
    value = np.uint64(1)
    with np.errstate(over="ignore"):
        for j in range(n - 1, -1, -1):
            value = value * GOLDEN
            powers[j] = value
    powers.flags.writeable = False
    return powers


class _Scratch(threading.local):
    """Buffers reused from batch to batch (one set per thread: kernels release the
    GIL), grown when a batch is larger than any before."""

    size = 0

    def fit(self, size: int) -> None:
        if size > self.size:
            self.size = max(size, 2 * self.size)
            self.low = np.zeros(self.size + 64, dtype=np.uint8)
            self.octets = self.low[: self.size // 8 * 8].view(np.uint64)
            self.chunks = np.ndarray(
                (self.size + 57,), dtype="<u8", buffer=self.low.data, strides=(1,)
            )
            self.masks = np.empty(self.size // 64 + 1, dtype=np.uint64)
            self.edges = np.empty(self.size + 2, dtype=np.int32)
            self.words = np.empty(self.size // 2 + 1, dtype=np.uint64)
            self.acc = np.empty(self.size // 2 + 1, dtype=np.uint64)
            self.longs = np.empty(self.size // 2 + 1, dtype=np.int32)


_scratch = _Scratch()


def batch_bytes(texts: list[str], lengths: Offsets | None = None) -> tuple[bytes, Offsets, bool]:
    """The UTF-8 of ``texts`` in one buffer, a space before each and ``PAD`` after the
    last; the position of each text's separator and of the one after the last; and
    whether every text is ASCII. ``lengths``: the texts' lengths, when known."""
    joined = " ".join(["", *texts, _PAD_TEXT])
    ascii = joined.isascii()  # a flag of the string: no pass over it
    if ascii:
        raw = joined.encode("ascii")
        sizes = lengths if lengths is not None else np.fromiter(map(len, texts), np.int64)
    else:
        encoded = list(map(ENCODE, texts))
        raw = b" ".join([b"", *encoded, _PAD_TEXT.encode("ascii")])
        sizes = np.fromiter(map(len, encoded), dtype=np.int64, count=len(texts))
    seps = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(sizes + 1, out=seps[1:])
    return raw, seps, ascii


@dataclass(frozen=True, slots=True)
class Words:
    """A batch's words: their hashes and each text's first word (and the end), with
    scratch space for ``run_hashes`` (``acc``). Views of scratch space: valid until
    the thread's next batch."""

    words: Hashes
    firsts: Offsets
    acc: Hashes


def batch_words(texts: list[str], lengths: Offsets | None = None) -> Words | None:
    """The words of ``texts`` (``lengths``: their lengths in characters, when known);
    None when a text has words of one character (kana, CJK ideographs), which this
    path does not cut. Their shingles are ``run_hashes`` of the words."""
    raw, seps, ascii = batch_bytes(texts, lengths)
    size = len(raw)
    scratch = _scratch
    scratch.fit(size)
    low = scratch.low[:size]
    _classify(np.frombuffer(raw, dtype=np.uint8), low)
    if not ascii:
        cleared, lone = special(low)
        if len(lone):
            return None
        low[cleared] = 0
    blocks = (size - PAD + 1 + 63) // 64
    count = _word_edges(scratch.octets[: blocks * 8], scratch.masks[:blocks], scratch.edges)
    _hash_words(scratch.chunks, scratch.edges, count, scratch.words, scratch.longs)
    firsts = np.empty(len(seps), dtype=np.int64)
    _firsts(scratch.edges, count, seps, firsts)
    return Words(scratch.words[:count], firsts, scratch.acc)


def batch_shingles(texts: list[str], n: int) -> tuple[Hashes, Offsets]:
    """``text.shingles.text_shingles``, compiled: the shingle hashes of ``texts`` in
    one array, and where each text's begin.

    Examples:
        >>> s, o = batch_shingles(["a b c d e f", "a b c d e", "x", ""], 5)
        >>> o.tolist(), bool(s[0] == s[2])
        ([0, 2, 3, 4, 4], True)
    """
    found = batch_words(texts) if texts else None
    if found is None:
        from storydiff.text.shingles import text_shingles

        return text_shingles(texts, n)
    sizes = np.diff(found.firsts)
    total = int(np.where(sizes >= n, sizes - n + 1, np.minimum(sizes, 1)).sum())
    out = np.empty(total, dtype=np.uint64)
    offsets = np.empty(len(texts) + 1, dtype=np.int64)
    _collect(found.words, found.firsts, powers(n), out, offsets, found.acc)
    return out, offsets
