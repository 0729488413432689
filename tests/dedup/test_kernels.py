"""The compiled kernels of dedup against NumPy and plain-Python references (the
NumPy code they replaced): the same values, bit for bit."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
from hypothesis import given
from hypothesis import strategies as st

from storydiff.dedup import kernels
from storydiff.dedup.minhash import EMPTY, probe_table
from storydiff.text.kernels import mix

BIG = 2**64 - 1
TOP = 2**32 - 1
# Few distinct kept shingles over the whole 32 bits (and the edges), so that sets
# overlap, repeat, and collide in hash tables.
VALUES = st.sampled_from([0, 1, 2, 7, 2**16, 2**16 + 1, 2**31, TOP - 1, TOP])
SEGMENTS = st.lists(st.lists(VALUES, max_size=12), min_size=1, max_size=8)


def _flat(segments: list[list[int]]) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.int64]]:
    flat = np.array([v for seg in segments for v in seg], dtype=np.uint32)
    offsets = np.zeros(len(segments) + 1, dtype=np.int64)
    np.cumsum([len(seg) for seg in segments], out=offsets[1:])
    return flat, offsets


def reference_signatures(
    kept: npt.NDArray[np.uint32], offsets: npt.NDArray[np.int64], num_perm: int, seed: int
) -> npt.NDArray[np.uint32]:
    """The NumPy MinHash of before the kernel, from kept shingles: ``np.minimum.at``,
    probes in vector steps."""
    n = len(offsets) - 1
    sig = np.full(n * num_perm, EMPTY, dtype=np.uint32)
    counts = np.diff(offsets)
    wide = kept.astype(np.uint64)
    cell = wide * np.uint64(num_perm) >> np.uint64(32)
    cell += np.repeat(np.arange(0, n * num_perm, num_perm, dtype=np.uint64), counts)
    np.minimum.at(sig, cell.view(np.int64), kept & np.uint32(0x7FFFFFFF))
    out = sig.reshape(n, num_perm)
    rows, cols = np.nonzero(out == EMPTY)
    table = probe_table(num_perm, seed)
    filled = out != EMPTY
    values = np.full(len(rows), EMPTY, dtype=np.uint32)
    todo = np.arange(len(rows))
    for attempt in range(table.shape[0]):
        probe = table[attempt, cols[todo]]
        hit = filled[rows[todo], probe]
        values[todo[hit]] = out[rows[todo[hit]], probe[hit]]
        todo = todo[~hit]
        if not len(todo):
            break
    for k in todo.tolist():
        right = np.flatnonzero(np.roll(filled[rows[k]], -int(cols[k]) - 1))[0]
        values[k] = out[rows[k], (int(cols[k]) + 1 + int(right)) % num_perm]
    out[rows, cols] = values
    return out


def reference_band_keys(
    sig: npt.NDArray[np.uint32], bands: int, rows: int
) -> npt.NDArray[np.uint64]:
    n = sig.shape[0]
    wide = sig.astype(np.uint64).reshape(n, bands, rows)
    k = np.uint64(0x9E3779B97F4A7C15)
    with np.errstate(over="ignore"):
        key = np.broadcast_to(np.arange(1, bands + 1, dtype=np.uint64), (n, bands)).copy()
        for r in range(rows):
            key *= k
            key += wide[:, :, r]
    return mix(key)


@given(
    st.lists(st.integers(min_value=1, max_value=300), min_size=1, max_size=6),
    st.integers(min_value=0, max_value=10**6),
    st.sampled_from([(128, 1), (64, 3), (7, 2)]),
)
def test_signatures_equal_the_numpy_minhash(
    sizes: list[int], start: int, shape: tuple[int, int]
) -> None:
    num_perm, seed = shape
    shingles = mix(np.arange(start, start + sum(sizes), dtype=np.uint64))
    third = len(shingles) // 3
    shingles[:third] = shingles[len(shingles) - third :]  # repeats too
    offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    sig = np.empty((len(sizes), num_perm), dtype=np.uint32)
    kept = np.empty(len(shingles), dtype=np.uint32)
    kernels.fill_signatures(shingles, offsets, probe_table(num_perm, seed), sig, kept)
    assert np.array_equal(kept, shingles >> np.uint64(32))  # the high half of each
    assert np.array_equal(sig, reference_signatures(kept, offsets, num_perm, seed))


def test_densification_falls_back_to_the_next_filled_bin() -> None:
    # Probes that never hit: every empty bin takes the next filled one to the right.
    # Kept shingles in bins 3 and 6 of 8; a value is the low 31 bits of the kept one.
    three, six = 3 << 29, 6 << 29 | 5
    shingles = np.array([three << 32 | 99, six << 32], dtype=np.uint64)
    sig = np.empty((1, 8), dtype=np.uint32)
    kept = np.empty(2, dtype=np.uint32)
    probes = np.zeros((2, 8), dtype=np.int64)  # bin 0: never filled here
    kernels.fill_signatures(shingles, np.array([0, 2]), probes, sig, kept)
    v3, v6 = three & 0x7FFFFFFF, six & 0x7FFFFFFF
    assert kept.tolist() == [three, six]
    assert sig[0].tolist() == [v3, v3, v3, v3, v6, v6, v6, v3]


@given(st.integers(min_value=1, max_value=20), st.sampled_from([(16, 8), (4, 2), (1, 5)]))
def test_band_keys_equal_the_numpy_keys(n: int, split: tuple[int, int]) -> None:
    bands, rows = split
    rng = np.random.default_rng(n)
    sig = rng.integers(0, 2**32, size=(n, bands * rows), dtype=np.uint32)
    keys = np.empty((bands, n), dtype=np.uint64)
    kernels.fill_band_keys(sig, rows, keys)
    assert np.array_equal(keys.T, reference_band_keys(sig, bands, rows))


def reference_bucket_pairs(keys: npt.NDArray[np.uint64], max_bucket: int) -> set[tuple[int, int]]:
    """The sort-based NumPy candidates of before the kernel."""
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    same = ordered[1:] == ordered[:-1]
    if not same.any():
        return set()
    run = np.concatenate([[0], np.cumsum(~same)])
    starts = np.flatnonzero(np.concatenate([[True], ~same]))
    sizes = np.diff(np.append(starts, len(keys)))
    small = sizes[run] <= max_bucket
    parts = []
    for gap in range(1, min(max_bucket, int(sizes.max()))):
        i = np.flatnonzero(small[:-gap] & (run[:-gap] == run[gap:]))
        parts.append(np.stack([order[i], order[i + gap]], axis=1))
    big = np.flatnonzero(~small)
    if len(big):
        first = order[starts[run[big]]]
        parts.append(np.stack([first, order[big]], axis=1)[first != order[big]])
        nxt = big[:-1][run[big[:-1]] == run[big[1:]]]
        parts.append(np.stack([order[nxt], order[nxt + 1]], axis=1))
    return {(min(a, b), max(a, b)) for p in parts for a, b in p.tolist()}


@given(
    st.lists(VALUES, max_size=60),
    st.integers(min_value=1, max_value=8),
    st.sampled_from([np.int32, np.int64]),
)
def test_bucket_pairs_equal_the_sorted_keys_pairs(keys: list[int], cap: int, numbers: Any) -> None:
    array = np.array(keys, dtype=np.uint64)
    n = len(array)
    # Scratch space with leftovers, as from the band before (32-bit text numbers, as
    # Buckets makes them, or 64-bit).
    scratch = [np.full(k, 3, dtype=numbers) for k in (kernels.bucket_capacity(n), n, n, n)]
    flipped = array[::-1].copy()
    assert {tuple(p) for p in kernels.bucket_pairs(flipped, cap, *scratch).tolist()} == (
        reference_bucket_pairs(flipped, cap)
    )
    got = kernels.bucket_pairs(array, cap, *scratch)
    assert (got[:, 0] < got[:, 1]).all()
    assert len({tuple(p) for p in got.tolist()}) == len(got)  # no pair twice
    assert {tuple(p) for p in got.tolist()} == reference_bucket_pairs(array, cap)


@given(st.lists(st.integers(min_value=0, max_value=9), max_size=12), st.integers(1, 5))
def test_shingle_starts_count_a_text_of_few_words_as_one_and_no_words_as_none(
    words: list[int], n: int
) -> None:
    firsts = np.concatenate([[0], np.cumsum(words)]).astype(np.int64)
    starts = np.full(len(firsts), -7, dtype=np.int64)
    empty = kernels.shingle_starts(firsts, n, starts)
    counts = [w - n + 1 if w >= n else min(w, 1) for w in words]
    assert starts.tolist() == [0, *np.cumsum(counts, dtype=np.int64).tolist()]
    assert empty == words.count(0)
