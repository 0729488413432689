"""Word n-gram shingles of many texts at once, as 64-bit hashes, from flat word hashes.

A shingle's hash mixes the hashes of its ``n`` words in order (a multiply-add chain,
then SplitMix64's finaliser, so every bit depends on every word). A text with fewer
than ``n`` words is one shingle of all its words. Everything is vectorised over the
whole batch: one array of shingle hashes and, per text, where its shingles begin.
"""

from __future__ import annotations

import numpy as np

from storydiff.text.fasthash import Hashes, Offsets, word_hashes_flat

_K = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant (golden ratio)


def mix(x: Hashes) -> Hashes:
    """SplitMix64's finaliser (a bijection of uint64), on a fresh array in place."""
    with np.errstate(over="ignore"):
        x ^= x >> np.uint64(30)
        x *= np.uint64(0xBF58476D1CE4E5B9)
        x ^= x >> np.uint64(27)
        x *= np.uint64(0x94D049BB133111EB)
        x ^= x >> np.uint64(31)
    return x


def _chain(h: Hashes, n: int) -> Hashes:
    """For every start i with i + n <= len(h): the mixed hash of h[i:i + n]."""
    count = len(h) - n + 1
    with np.errstate(over="ignore"):
        out = h[:count] * _K
        for j in range(1, n):
            out += h[j : j + count]
            out *= _K
    return mix(out)


def shingle_hashes(words: Hashes, offsets: Offsets, n: int) -> tuple[Hashes, Offsets]:
    """Shingle hashes of every text of a batch, from its flat word hashes (text ``i``
    has words ``words[offsets[i]:offsets[i + 1]]``): one array, and per text where
    its shingles begin. A text with no words has no shingles.

    Examples:
        >>> w, o = word_hashes_flat(["a b c d e f", "a b c d e", "x"])
        >>> s, so = shingle_hashes(w, o, 5)
        >>> so.tolist(), bool(s[0] == s[2])
        ([0, 2, 3, 4], True)
    """
    sizes = np.diff(offsets)
    per_text = np.where(sizes >= n, sizes - n + 1, np.minimum(sizes, 1))
    starts = np.zeros(len(sizes) + 1, dtype=np.int64)
    np.cumsum(per_text, out=starts[1:])
    out = np.empty(int(starts[-1]), dtype=np.uint64)
    if len(sizes) and sizes.min() >= n:  # the usual case: every text has n words
        chained = _chain(words, n)
        valid = np.ones(len(chained), dtype=np.bool_)
        for j in range(1, n):  # the last n - 1 starts of each text run past its end
            ends = offsets[1:] - j
            valid[ends[ends < len(chained)]] = False
        return chained[valid], starts
    full = np.flatnonzero(sizes >= n)
    if len(full):
        chained = _chain(words, n)
        counts = per_text[full]
        # Shingle j of text i is chained[offsets[i] + j], stored at starts[i] + j.
        rel = np.arange(int(counts.sum()), dtype=np.int64)
        rel -= np.repeat(np.cumsum(counts) - counts, counts)
        src = np.repeat(offsets[:-1][full], counts) + rel
        dst = np.repeat(starts[:-1][full], counts) + rel
        out[dst] = chained[src]
    for i in np.flatnonzero((sizes < n) & (sizes > 0)).tolist():  # short texts: rare
        out[starts[i]] = _chain(words[offsets[i] : offsets[i + 1]], int(sizes[i]))[0]
    return out, starts


def text_shingles(texts: list[str], n: int) -> tuple[Hashes, Offsets]:
    """Shingle hashes of ``texts`` (words as ``storydiff.text.fasthash`` sees them)."""
    words, offsets = word_hashes_flat(texts)
    return shingle_hashes(words, offsets, n)
