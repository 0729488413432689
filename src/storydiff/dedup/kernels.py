"""Compiled loops of dedup (``storydiff.jit``): MinHash bins with densification, band
keys, the exact Jaccard and MinHash estimate of candidate pairs, and the pairs of
band buckets.

Each is one pass over memory where NumPy needed several (``np.minimum.at`` over a
cell index built for it, a probe loop in vector steps, a sort of every shingle set
before a ``searchsorted``, an ``argsort`` per band). The tests hold a NumPy or
plain-Python reference of each, and the results are bit for bit the same.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from storydiff.jit import jit
from storydiff.text.kernels import GOLDEN, mix
from storydiff.text.scan import batch_words, short_shingle

Hashes = npt.NDArray[np.uint64]
Kept = npt.NDArray[np.uint32]
Ints = npt.NDArray[np.int64]
Bins = npt.NDArray[np.uint32]

_EMPTY = np.uint32(0xFFFFFFFF)
_LOW31 = np.uint32(0x7FFFFFFF)
_S2, _S32 = np.uint64(2), np.uint64(32)
_ONE, _TWO, _BOTH = np.uint64(1), np.uint64(2), np.uint64(3)


@jit
def _densify(row: Bins, filled: npt.NDArray[np.bool_], probes: Ints) -> None:
    """Fill the empty bins of one signature row in place: an empty bin takes the value
    of bin ``probes[t, bin]`` for the first attempt ``t`` that hits a bin which had a
    shingle; after every attempt missed, of the next such bin to the right.
    ``filled`` is scratch space of the row's length."""
    num_perm = len(row)
    empty = 0
    for b in range(num_perm):
        filled[b] = row[b] != _EMPTY
        empty += not filled[b]
    if empty == 0:
        return
    for b in range(num_perm):
        if filled[b]:
            continue
        found = False
        for t in range(probes.shape[0]):
            p = probes[t, b]
            if filled[p]:
                row[b] = row[p]
                found = True
                break
        if not found:  # practically never: the next filled bin to the right
            for step in range(1, num_perm + 1):
                p = (b + step) % num_perm
                if filled[p]:
                    row[b] = row[p]
                    break


@jit
def _bin(h: np.uint32, width: np.uint64) -> np.uint64:
    """The MinHash bin of kept shingle ``h`` among ``width`` bins (its high bits)."""
    return (np.uint64(h) * width) >> _S32


@jit
def fill_signatures(shingles: Hashes, offsets: Ints, probes: Ints, sig: Bins, kept: Kept) -> None:
    """One-permutation MinHash of each text into ``sig`` (n x num_perm, contiguous, any
    values): text ``i`` has ``shingles[offsets[i]:offsets[i + 1]]`` (at least one);
    empty bins are filled by ``_densify``. Each shingle is kept, in the same pass,
    as the high 32 bits of its hash into ``kept`` (as long as ``shingles``), and the
    signature is made from that: its bin (``_bin``) and its low 31 bits."""
    n, num_perm = sig.shape
    width = np.uint64(num_perm)
    flat = sig.reshape(-1)  # unsigned indexes into one array: no wraparound checks
    flat[:] = _EMPTY
    filled = np.empty(num_perm, np.bool_)
    for i in range(n):
        base = np.uint64(i) * width
        for k in range(offsets[i], offsets[i + 1]):
            h = np.uint32(shingles[k] >> _S32)
            kept[k] = h
            at = _bin(h, width) + base
            flat[at] = min(flat[at], h & _LOW31)
        _densify(flat[i * num_perm : (i + 1) * num_perm], filled, probes)


@jit
def fill_band_keys(sig: Bins, rows: int, keys: Hashes) -> None:
    """For each text ``i`` and band ``b``, into ``keys[b, i]``: starting from
    ``b + 1``, ``key = key * GOLDEN + bin`` over the band's ``rows`` bins, then
    mixed (``text.kernels.mix``)."""
    for i in range(sig.shape[0]):
        _band_keys(sig[i], rows, keys, i)


@jit
def _band_keys(row: Bins, rows: int, keys: Hashes, at: int) -> None:
    """The band keys of one signature row into ``keys[:, at]`` (``fill_band_keys``)."""
    for b in range(keys.shape[0]):
        key = np.uint64(b + 1)
        for r in range(b * rows, (b + 1) * rows):
            key = key * GOLDEN + np.uint64(row[r])
        keys[b, at] = mix(key)


@jit
def _keep(h: np.uint64, row: Bins, width: np.uint64) -> np.uint32:
    """A shingle as kept (its high 32 bits), put in its bin of ``row``."""
    value = np.uint32(h >> _S32)
    at = _bin(value, width)
    row[at] = min(row[at], value & _LOW31)
    return value


@jit
def sketch_words(
    words: Hashes, runs: Hashes, firsts: Ints, n: int, probes: Ints, rows: int,
    kept: Kept, keys: Hashes,
) -> None:  # fmt: skip
    """``fill_signatures`` and ``fill_band_keys`` of a batch straight from its words
    (``text.scan.Words``: word hashes, the hash of every run of ``n`` words, each
    text's first word; every text has at least one word): each text's shingles as
    kept, one text after the other, into ``kept``, and its band keys into
    ``keys[:, text]``. The signature is one row, made and banded text by text."""
    num_perm = probes.shape[1]
    width = np.uint64(num_perm)
    row = np.empty(num_perm, np.uint32)
    filled = np.empty(num_perm, np.bool_)
    k = 0
    for d in range(len(firsts) - 1):
        lo, hi = firsts[d], firsts[d + 1]
        row[:] = _EMPTY
        if hi - lo >= n:
            for i in range(lo, hi - n + 1):
                kept[k] = _keep(runs[i], row, width)
                k += 1
        else:
            kept[k] = _keep(short_shingle(words, lo, hi), row, width)
            k += 1
        _densify(row, filled, probes)
        _band_keys(row, rows, keys, d)


@jit
def _slot(table: Kept, tags: Hashes, h: np.uint32, mask: np.uint64, mark: np.uint64) -> np.uint64:
    """The slot of a pair's open-addressing table (``pair_similarity``) that holds
    ``h``, else the free one where it goes: a slot whose tag is below ``mark`` is
    free (an earlier pair's, or never used). Kept shingles are bits of a mixed hash,
    so their low bits are the slot."""
    slot = np.uint64(h) & mask
    while tags[slot] >= mark and table[slot] != h:
        slot = (slot + _ONE) & mask
    return slot


@jit
def _table_size(n: int) -> int:
    """A power of two, at least 16 and at least twice ``n``."""
    size = 16
    while size < 2 * n:
        size *= 2
    return size


@jit
def _add_first(
    source: Kept, start: int, end: int, row: Bins, table: Kept, tags: Hashes,
    mask: np.uint64, mark: np.uint64,
) -> int:  # fmt: skip
    """A's values into the pair's table (tag ``mark | 1``) and its signature ``row``
    (bins not yet densified); the count of its distinct values."""
    width = np.uint64(len(row))
    distinct = 0
    for k in range(start, end):
        h = source[k]
        at = _bin(h, width)
        row[at] = min(row[at], h & _LOW31)
        slot = _slot(table, tags, h, mask, mark)
        if tags[slot] < mark:  # new to this pair
            tags[slot] = mark | _ONE
            table[slot] = h
            distinct += 1
    return distinct


@jit
def _add_second(
    source: Kept, start: int, end: int, row: Bins, table: Kept, tags: Hashes,
    mask: np.uint64, mark: np.uint64,
) -> tuple[int, int]:  # fmt: skip
    """B's values into the pair's table and its signature ``row``, after A's: the
    count of its distinct values, and of those A had too."""
    width = np.uint64(len(row))
    distinct = 0
    shared = 0
    for k in range(start, end):
        h = source[k]
        at = _bin(h, width)
        row[at] = min(row[at], h & _LOW31)
        slot = _slot(table, tags, h, mask, mark)
        tag = tags[slot]
        if tag < mark:  # new to this pair: B's alone
            tags[slot] = mark | _TWO
            table[slot] = h
            distinct += 1
        elif tag == mark | _ONE:  # A's, first seen in B
            tags[slot] = mark | _BOTH
            distinct += 1
            shared += 1
    return distinct, shared


@jit
def _equal_bins(row_a: Bins, row_b: Bins, filled: npt.NDArray[np.bool_], probes: Ints) -> float:
    """The share of equal bins of two signature rows, once both are densified."""
    _densify(row_a, filled, probes)
    _densify(row_b, filled, probes)
    same = 0
    for b in range(len(row_a)):
        same += row_a[b] == row_b[b]
    return same / len(row_a)


@jit
def pair_similarity(
    source_a: Kept,
    starts_a: Ints,
    ends_a: Ints,
    source_b: Kept,
    starts_b: Ints,
    ends_b: Ints,
    probes: Ints,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """For each pair ``p`` of texts, ``A = source_a[starts_a[p]:ends_a[p]]`` and
    ``B = source_b[starts_b[p]:ends_b[p]]`` (kept shingles in any order, repeats
    allowed): the exact Jaccard similarity of their sets, and the MinHash estimate
    of it (the share of equal bins of their signatures, as ``fill_signatures`` makes
    them with ``probes``; num_perm is ``probes.shape[1]``). Both are 0.0 when either
    text is empty.

    One pass over each text: its values go into an open-addressing table and into
    its signature row at once. A's values go in first (counting the distinct ones),
    then B's are looked up and added (counting its distinct ones and those A had). A
    slot's tag is the pair's number times 4 plus what holds the value (1: A, 2: B,
    3: both), so tables of earlier pairs are told apart without clearing."""
    n = len(starts_a)
    num_perm = probes.shape[1]
    exact = np.zeros(n, np.float64)
    estimate = np.zeros(n, np.float64)
    biggest = 0
    for p in range(n):
        biggest = max(biggest, ends_a[p] - starts_a[p] + ends_b[p] - starts_b[p])
    capacity = _table_size(biggest)
    table = np.empty(capacity, np.uint32)
    tags = np.zeros(capacity, np.uint64)
    row_a = np.empty(num_perm, np.uint32)
    row_b = np.empty(num_perm, np.uint32)
    filled = np.empty(num_perm, np.bool_)
    for p in range(n):
        a0, a1, b0, b1 = starts_a[p], ends_a[p], starts_b[p], ends_b[p]
        if a0 == a1 or b0 == b1:
            continue
        mask = np.uint64(_table_size(a1 - a0 + b1 - b0) - 1)
        mark = np.uint64(p + 1) << _S2
        row_a[:] = _EMPTY
        row_b[:] = _EMPTY
        in_a = _add_first(source_a, a0, a1, row_a, table, tags, mask, mark)
        in_b, shared = _add_second(source_b, b0, b1, row_b, table, tags, mask, mark)
        exact[p] = shared / (in_a + in_b - shared)
        estimate[p] = _equal_bins(row_a, row_b, filled, probes)
    return exact, estimate


def bucket_capacity(n: int) -> int:
    """The slots of ``bucket_pairs``' table for ``n`` texts: a power of two, at least
    twice ``n``."""
    capacity = 16
    while capacity < 2 * n:
        capacity *= 2
    return capacity


@jit
def bucket_pairs(
    keys: Hashes, max_bucket: int, first: Ints, size: Ints, last: Ints, after: Ints
) -> Ints:
    """The candidate pairs of one band (text ``i`` has key ``keys[i]``): texts with
    equal keys form a bucket, listed in input order; a bucket of up to
    ``max_bucket`` texts gives all its pairs, a larger one each member with the
    bucket's first and with the member before it. Rows ``(a, b)``, ``a < b``, bucket
    by bucket. Buckets are found with an open-addressing table of first members and
    a chain through the members: linear time, no sort.

    ``first`` (``bucket_capacity(n)`` slots), ``size``, ``last`` and ``after`` (at
    least ``n`` each) are scratch space, any values: reused over the bands, they
    are not allocated (and faulted in) once a band."""
    n = len(keys)
    mask = np.uint64(len(first) - 1)
    first[:] = -1  # slot -> the bucket's first text
    size[:n] = 0  # first text -> bucket size
    # last: first text -> the bucket's latest text
    after[:n] = -1  # text -> the next text of its bucket
    for i in range(n):
        key = keys[i]
        slot = (key ^ (key >> _S32)) & mask
        while True:
            f = first[slot]
            if f < 0:
                first[slot] = i
                size[i] = 1
                last[i] = i
                break
            if keys[f] == key:
                after[last[f]] = i
                last[f] = i
                size[f] += 1
                break
            slot = (slot + _ONE) & mask
    total = 0
    for f in range(n):
        s = size[f]
        if s > max_bucket:
            total += 2 * s - 3  # with the first, with the one before (not the first again)
        elif s > 1:
            total += s * (s - 1) // 2
    out = np.empty((total, 2), np.int64)
    k = 0
    for f in range(n):
        s = size[f]
        if s < 2:
            continue
        if s <= max_bucket:
            a = f
            while a >= 0:
                b = after[a]
                while b >= 0:
                    out[k, 0] = a
                    out[k, 1] = b
                    k += 1
                    b = after[b]
                a = after[a]
        else:
            before = f
            b = after[f]
            while b >= 0:
                out[k, 0] = f
                out[k, 1] = b
                k += 1
                if before != f:
                    out[k, 0] = before
                    out[k, 1] = b
                    k += 1
                before = b
                b = after[b]
    return out


def warm_up() -> None:
    """Call every kernel once on tiny inputs of the types dedup passes, so that a
    process forked afterwards finds them loaded (Numba's first call in a process
    costs about 0.4 s; a kernel's first call after that, a few milliseconds)."""
    shingles = np.arange(1, 9, dtype=np.uint64) << _S32
    offsets = np.array([0, 4, 8], dtype=np.int64)
    sig = np.empty((2, 4), dtype=np.uint32)
    kept = np.empty(len(shingles), dtype=np.uint32)
    fill_signatures(shingles, offsets, np.zeros((1, 4), dtype=np.int64), sig, kept)
    fill_band_keys(sig, 2, np.empty((2, 2), dtype=np.uint64))
    first, second = (offsets[:1], offsets[1:2]), (offsets[1:2], offsets[2:])
    probes = np.zeros((1, 4), dtype=np.int64)
    pair_similarity(kept, *first, kept, *second, probes)
    mapped = kept.copy()  # verification reads kept shingles from read-only maps
    mapped.flags.writeable = False
    pair_similarity(mapped, *first, mapped, *second, probes)
    scratch = [np.empty(k, dtype=np.int64) for k in (bucket_capacity(3), 3, 3, 3)]
    bucket_pairs(np.zeros(3, dtype=np.uint64), 2, *scratch)
    # Sketching's own path: the compiled tokenizer and sketch_words.
    found = batch_words(["one two three four five six", "seven"], 5)
    assert found is not None
    keys = np.empty((2, 2), dtype=np.uint64)
    sketch_words(found.words, found.acc, found.firsts, 5, probes, 2, kept[:3], keys)
