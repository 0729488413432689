"""Compiled loops of dedup's sketching and candidates (``storydiff.jit``): MinHash
bins with densification, band keys, and the pairs of band buckets (verification's
are in ``overlap``).

Each is one pass over memory where NumPy needed several (``np.minimum.at`` over a
cell index built for it, a probe loop in vector steps, a sort of every shingle set
before a ``searchsorted``, an ``argsort`` per band). The tests hold a NumPy or
plain-Python reference of each, and the results are bit for bit the same.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from storydiff.jit import jit, trailing_zeros
from storydiff.text.kernels import GOLDEN, mix
from storydiff.text.scan import run_hashes, short_shingle

Hashes = npt.NDArray[np.uint64]
Kept = npt.NDArray[np.uint32]
Ints = npt.NDArray[np.int64]
Numbers = npt.NDArray[np.int32] | npt.NDArray[np.int64]
"""Text numbers in scratch space: 32 bits where they fit (``candidates.Buckets``)."""
Bins = npt.NDArray[np.uint32]

_EMPTY = np.uint32(0xFFFFFFFF)
_LOW31 = np.uint32(0x7FFFFFFF)
_S32, _ONE = np.uint64(32), np.uint64(1)


@jit
def _densify(row: Bins, scratch: Ints, probes: Ints) -> None:
    """Fill the empty bins of one signature row in place: an empty bin takes the value
    of bin ``probes[t, bin]`` for the first attempt ``t`` that hits a bin which had a
    shingle; after every attempt missed, of the next such bin to the right.
    ``scratch`` (twice the row's length) lists the empty bins first; their values
    are found while the row is as it was, then written."""
    num_perm = len(row)
    empties = scratch[:num_perm]
    values = scratch[num_perm:]
    m = 0
    for base in range(0, num_perm, 64):
        # A bit per empty bin, 64 bins at a time (the compare runs in vector steps),
        # then the set bits in order: 1.5 ms less over 100,000 rows of 128 bins
        # than listing every bin.
        bits = np.uint64(0)
        for j in range(min(64, num_perm - base)):
            bits |= np.uint64(row[base + j] == _EMPTY) << np.uint64(j)
        while bits:
            empties[m] = base + trailing_zeros(bits)
            m += 1
            bits &= bits - _ONE
    for j in range(m):
        b = empties[j]
        value = _EMPTY
        for t in range(probes.shape[0]):
            v = row[probes[t, b]]
            if v != _EMPTY:
                value = v
                break
        if value == _EMPTY:  # practically never: the next filled bin to the right
            for step in range(1, num_perm + 1):
                v = row[(b + step) % num_perm]
                if v != _EMPTY:
                    value = v
                    break
        values[j] = value
    for j in range(m):
        row[empties[j]] = values[j]


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
    scratch = np.empty(2 * num_perm, np.int64)
    for i in range(n):
        base = np.uint64(i) * width
        for k in range(offsets[i], offsets[i + 1]):
            h = np.uint32(shingles[k] >> _S32)
            kept[k] = h
            at = _bin(h, width) + base
            flat[at] = min(flat[at], h & _LOW31)
        _densify(flat[i * num_perm : (i + 1) * num_perm], scratch, probes)


@jit
def fill_band_keys(sig: Bins, rows: int, keys: Hashes) -> None:
    """For each text ``i`` and band ``b``, into ``keys[b, i]``: starting from
    ``b + 1``, ``key = key * GOLDEN + bin`` over the band's ``rows`` bins, then
    mixed (``text.kernels.mix``)."""
    sums = np.empty(keys.shape[0], np.uint64)
    for i in range(sig.shape[0]):
        _band_keys(sig[i], rows, keys, i, sums)


@jit
def _band_keys(row: Bins, rows: int, keys: Hashes, at: int, sums: Hashes) -> None:
    """The band keys of one signature row into ``keys[:, at]`` (``fill_band_keys``),
    every band a step at a time (their chains of multiplications side by side, not
    one after the other); ``sums`` is scratch space, one a band."""
    bands = keys.shape[0]
    for b in range(bands):
        sums[b] = np.uint64(b + 1)
    for r in range(rows):
        for b in range(bands):
            sums[b] = sums[b] * GOLDEN + np.uint64(row[b * rows + r])
    for b in range(bands):
        keys[b, at] = mix(sums[b])


@jit
def _keep(h: np.uint64, row: Bins, width: np.uint64) -> np.uint32:
    """A shingle as kept (its high 32 bits), put in its bin of ``row``."""
    value = np.uint32(h >> _S32)
    at = _bin(value, width)
    row[at] = min(row[at], value & _LOW31)
    return value


@jit
def shingle_starts(firsts: Ints, n: int, starts: Ints) -> int:
    """Where each text's kept shingles begin, into ``starts`` (one more than texts): a
    text of ``w`` words has ``w - n + 1`` shingles, or one when ``w < n`` (its words
    chained). Returns how many texts have no words (they have no shingle either)."""
    starts[0] = 0
    empty = 0
    for d in range(len(firsts) - 1):
        words = firsts[d + 1] - firsts[d]
        empty += words == 0
        starts[d + 1] = starts[d] + (words - n + 1 if words >= n else min(words, 1))
    return empty


@jit
def sketch_words(
    words: Hashes, firsts: Ints, powers: Hashes, probes: Ints, rows: int, kept: Kept,
    keys: Hashes, first: int, acc: Hashes,
) -> None:  # fmt: skip
    """``fill_signatures`` and ``fill_band_keys`` of a batch straight from its words
    (``text.scan.Words``: word hashes and each text's first word; every text has at
    least one word): each text's shingles as kept, one text after the other, into
    ``kept`` (``text.scan.run_hashes``, their high halves, with ``powers``, whose
    length is the shingle's, and the scratch space ``acc``), and its band keys into
    ``keys[:, first + text]`` (``keys`` may be a sink's array of every text so far).
    The signature is one row, made and banded text by text."""
    n = len(powers)
    num_perm = probes.shape[1]
    width = np.uint64(num_perm)
    row = np.empty(num_perm, np.uint32)
    scratch = np.empty(2 * num_perm, np.int64)
    sums = np.empty(keys.shape[0], np.uint64)
    k = 0
    for d in range(len(firsts) - 1):
        lo, hi = firsts[d], firsts[d + 1]
        row[:] = _EMPTY
        if hi - lo >= n:
            # Two loops: the first (hashes, shifts and stores) runs in vector steps;
            # the second reads back what it stored, from the first level of cache.
            count = hi - n + 1 - lo
            out = kept[k : k + count]
            run_hashes(words, lo, count, powers, out, 32, acc)
            for i in range(count):
                value = out[i]
                at = _bin(value, width)
                row[at] = min(row[at], value & _LOW31)
            k += count
        else:
            kept[k] = _keep(short_shingle(words, lo, hi), row, width)
            k += 1
        _densify(row, scratch, probes)
        _band_keys(row, rows, keys, first + d, sums)


def bucket_capacity(n: int) -> int:
    """The slots of ``bucket_pairs``' table for ``n`` texts: a power of two, at least
    twice ``n``."""
    capacity = 16
    while capacity < 2 * n:
        capacity *= 2
    return capacity


@jit
def bucket_pairs(
    keys: Hashes, max_bucket: int, first: Numbers, size: Numbers, last: Numbers, after: Numbers
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
