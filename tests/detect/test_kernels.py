"""The compiled kernels of the detect stage against NumPy references."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from storydiff.detect.fingerprints import winnow
from storydiff.detect.kernels import bucket_offsets, find_sorted, merge_runs, window_minima

# Few distinct hashes, spread over the whole 64 bits, so that runs repeat and buckets
# hold several values.
hash_lists = st.lists(st.sampled_from([(i * 0x9E3779B97F4A7C15) % 2**64 for i in range(40)]))


@given(hash_lists, hash_lists)
def test_merge_runs_is_a_stable_sort_of_the_two_runs(a: list[int], b: list[int]) -> None:
    ha, hb = np.sort(np.array(a, np.uint64)), np.sort(np.array(b, np.uint64))
    na = np.arange(len(ha), dtype=np.uint32)
    nb = np.arange(len(ha), len(ha) + len(hb), dtype=np.uint32)
    h, n = merge_runs(ha, na, hb, nb)
    both = np.concatenate([ha, hb])
    order = np.argsort(both, kind="stable")
    assert (h == both[order]).all()
    assert (n == np.concatenate([na, nb])[order]).all()


@given(hash_lists, st.integers(1, 6))
def test_bucket_offsets_are_where_each_bucket_starts(values: list[int], bits: int) -> None:
    hashes = np.sort(np.array(values, np.uint64))
    bounds = np.arange(1 << bits, dtype=np.uint64) << np.uint64(64 - bits)
    expected = np.append(np.searchsorted(hashes, bounds), len(hashes))
    assert (bucket_offsets(hashes, bits) == expected).all()


@given(hash_lists, hash_lists, st.integers(0, 4), st.integers(0, 3))
def test_find_sorted_gives_first_position_and_capped_count(
    values: list[int], queries: list[int], bits: int, cap: int
) -> None:
    hashes = np.sort(np.array(values, np.uint64))
    q = np.unique(np.array(queries, np.uint64))
    offsets = bucket_offsets(hashes, bits) if bits else np.array([0, len(hashes)], np.int64)
    first, count = find_sorted(hashes, offsets, bits, q, cap)
    assert (first == np.searchsorted(hashes, q)).all()
    exact = np.searchsorted(hashes, q, side="right") - np.searchsorted(hashes, q)
    assert (count == np.minimum(exact, cap + 1)).all()


@given(st.lists(hash_lists, max_size=5), st.integers(1, 9))
def test_window_minima_are_winnow_text_by_text(texts: list[list[int]], w: int) -> None:
    runs = [np.array(t, np.uint64) for t in texts]
    starts = np.zeros(len(runs) + 1, np.int64)
    np.cumsum([len(r) for r in runs], out=starts[1:])
    flat = np.concatenate(runs) if runs else np.zeros(0, np.uint64)
    minima, owner = window_minima(flat, starts, w)
    for i, run in enumerate(runs):
        mine = minima[owner == i]
        # winnow's set of window minima; the kernel drops only a repeat of the one before
        assert set(mine.tolist()) == set(winnow(run, w).tolist())
        assert (mine[1:] != mine[:-1]).all()
    assert (np.diff(owner) >= 0).all()
