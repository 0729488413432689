"""Candidate pairs from sorted band keys, against brute force."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from storydiff.dedup.candidates import Buckets, bucket_pairs, candidate_pairs
from storydiff.dedup.clusters import components

KEYS = st.lists(st.integers(min_value=0, max_value=6), max_size=40)


def _brute(keys: list[int]) -> set[tuple[int, int]]:
    return {(i, j) for i, j in combinations(range(len(keys)), 2) if keys[i] == keys[j]}


@given(KEYS)
def test_small_buckets_give_every_pair(keys: list[int]) -> None:
    got = bucket_pairs(np.array(keys, dtype=np.uint64), max_bucket=40)
    assert {tuple(p) for p in got.tolist()} == _brute(keys)
    assert (got[:, 0] < got[:, 1]).all() if len(got) else True


@given(KEYS, st.integers(min_value=2, max_value=5))
def test_large_buckets_stay_connected_with_linear_pairs(keys: list[int], cap: int) -> None:
    got = bucket_pairs(np.array(keys, dtype=np.uint64), max_bucket=cap)
    pairs = {tuple(p) for p in got.tolist()}
    assert pairs <= _brute(keys)
    # Every bucket is one component of the pairs.
    label = components(len(keys), got)
    for i, j in _brute(keys):
        assert label[i] == label[j]
    sizes = np.bincount(np.array(keys, dtype=np.int64)) if keys else np.zeros(0, np.int64)
    assert len(pairs) <= sum(s * (s - 1) // 2 if s <= cap else 2 * s for s in sizes.tolist())


@given(st.lists(KEYS, min_size=1, max_size=4).filter(lambda b: len({len(k) for k in b}) == 1))
def test_pairs_over_bands_are_distinct_and_sorted(bands: list[list[int]]) -> None:
    columns = [np.array(k, dtype=np.uint64) for k in bands]
    got = candidate_pairs(columns, 40)
    expected = set().union(*(_brute(k) for k in bands))
    assert [tuple(p) for p in got.tolist()] == sorted(expected)


def test_buckets_are_for_one_number_of_texts() -> None:
    buckets = Buckets(3)
    assert buckets.pairs(np.array([4, 4, 5], dtype=np.uint64), 40).tolist() == [[0, 1]]
    assert buckets.pairs(np.array([5, 4, 5], dtype=np.uint64), 40).tolist() == [[0, 2]]
    with pytest.raises(ValueError, match="4 keys for buckets of 3 texts"):
        buckets.pairs(np.zeros(4, dtype=np.uint64), 40)
