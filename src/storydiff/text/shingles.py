"""The one shingle definition, used by ``compare`` (``diff.relation``), story linking
(``detect.fingerprints``) and ``dedup`` (``dedup.sketch``), so that a pair of texts
gets the same Jaccard similarity in all three.

Words are the words of ``text.fasthash`` (its word rule and 64-bit word hash). A
shingle is a run of ``n`` consecutive words (``config.SHINGLE_WORDS``, 5); a text of fewer
than ``n`` words, but at least one, is one shingle of all its words; a text with no
words has none. A shingle's hash chains its words' hashes ``w``, in order, then
mixes the result (``text.kernels.mix``, SplitMix64), so every bit depends on every
word::

    h = 0
    for w in words: h = (h + w) * GOLDEN   (mod 2**64)
    shingle = mix(h)

Similarity is over the *set* of a text's shingle hashes: two different runs of
words share a hash with probability about 2**-64. (``dedup`` keeps the high 32 bits
of each hash, ``dedup.minhash``: there two different runs share a value with
probability 2**-32.)

Everything is vectorised over a batch of texts: one array of shingle hashes and, per
text, where its shingles begin.
"""

from __future__ import annotations

import numpy as np

from storydiff.config import SHINGLE_WORDS
from storydiff.text.arrays import distinct
from storydiff.text.fasthash import Hashes, Offsets, reference_hash, word_hashes_flat
from storydiff.text.kernels import GOLDEN, mix

_BLOCK = 1 << 15
"""Shingles chained at a time: 256 KB of them stay in the processor's cache over the
``2n + 4`` vector steps (one pass over the whole array each was 1.5x slower)."""


def _chain(h: Hashes, n: int) -> Hashes:
    """For every start i with i + n <= len(h): the shingle hash of h[i:i + n]."""
    count = len(h) - n + 1
    out = np.empty(max(count, 0), np.uint64)
    with np.errstate(over="ignore"):
        for lo in range(0, count, _BLOCK):
            hi = min(lo + _BLOCK, count)
            part = out[lo:hi]
            np.multiply(h[lo:hi], GOLDEN, out=part)
            for j in range(1, n):
                part += h[lo + j : hi + j]
                part *= GOLDEN
            mix(part)
    return out


def shingle_hashes(words: Hashes, offsets: Offsets, n: int) -> tuple[Hashes, Offsets]:
    """Shingle hashes of every text of a batch, from its flat word hashes (text ``i``
    has words ``words[offsets[i]:offsets[i + 1]]``): one array, in reading order,
    and per text where its shingles begin.

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


def text_shingles(texts: list[str], n: int = SHINGLE_WORDS) -> tuple[Hashes, Offsets]:
    """Shingle hashes of ``texts``, in reading order (``shingle_hashes`` of their
    ``fasthash`` words)."""
    words, offsets = word_hashes_flat(texts)
    return shingle_hashes(words, offsets, n)


def shingle_set(text: str, n: int = SHINGLE_WORDS) -> Hashes:
    """The distinct shingle hashes of one text, sorted.

    Examples:
        >>> len(shingle_set("The ship sank. The ship sank.", 3))
        3
    """
    hashes, _ = text_shingles([text], n)
    return distinct(hashes)


def overlap(a: Hashes, b: Hashes) -> tuple[float, float, float]:
    """(Jaccard, share of ``a`` in ``b``, share of ``b`` in ``a``) of two sorted,
    distinct shingle sets; two empty sets are alike (Jaccard 1.0), and an empty
    set is contained in nothing (0.0).

    Examples:
        >>> a, b = shingle_set("a b c d e f"), shingle_set("a b c d e g")
        >>> overlap(a, b)
        (0.3333333333333333, 0.5, 0.5)
    """
    common = len(np.intersect1d(a, b, assume_unique=True))
    union = len(a) + len(b) - common
    return (
        common / union if union else 1.0,
        common / len(a) if len(a) else 0.0,
        common / len(b) if len(b) else 0.0,
    )


def reference_shingles(words: list[str], n: int = SHINGLE_WORDS) -> list[int]:
    """The same shingle hashes as ``text_shingles``, in plain Python, from the words
    of ``fasthash.reference_words`` (for tests)."""
    if not words:
        return []
    span = min(n, len(words))
    hashes = [reference_hash(w) for w in words]
    out = []
    for i in range(len(words) - span + 1):
        h = 0
        for w in hashes[i : i + span]:
            h = (h + w) * int(GOLDEN) % 2**64
        out.append(int(mix(np.array([h], np.uint64))[0]))
    return out
