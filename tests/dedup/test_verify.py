"""Exact Jaccard from shingle sets: sorted sets built in bulk, pairs in chunks."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from storydiff.dedup.engine import _sorted_sets
from storydiff.dedup.verify import jaccard, pair_jaccard

BIG = 2**64 - 1
VALUES = st.lists(st.sampled_from([0, 1, 2, 7, 2**63, BIG - 1, BIG]), max_size=12)


@given(st.lists(VALUES, min_size=1, max_size=10), st.integers(min_value=1, max_value=4))
def test_bulk_sorted_sets_are_numpy_unique(segments: list[list[int]], group: int) -> None:
    flat = np.array([v for seg in segments for v in seg], dtype=np.uint64)
    lengths = np.array([len(seg) for seg in segments], dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
    out: dict[int, np.ndarray] = {}
    _sorted_sets(flat, starts, lengths, np.arange(len(segments)) * 10, out, group=group)
    for i, seg in enumerate(segments):
        expected = np.unique(np.array(seg, dtype=np.uint64))
        assert out[i * 10].tolist() == expected.tolist()


@given(VALUES, VALUES)
def test_jaccard_of_sorted_sets(a: list[int], b: list[int]) -> None:
    sa, sb = set(a), set(b)
    expected = len(sa & sb) / len(sa | sb) if sa and sb else 0.0
    got = jaccard(np.array(sorted(sa), dtype=np.uint64), np.array(sorted(sb), dtype=np.uint64))
    assert got == expected


@given(
    st.lists(
        st.tuples(st.integers(0, 40), st.integers(0, 40)).filter(lambda p: p[0] < p[1]),
        max_size=30,
    ),
    st.integers(min_value=1, max_value=8),
)
def test_pairs_in_chunks_give_every_pair_its_own_value(
    pairs: list[tuple[int, int]], chunk: int
) -> None:
    sets = {i: np.arange(i % 7, i % 7 + 5 + i % 3, dtype=np.uint64) for i in range(41)}
    loads: list[list[int]] = []

    def load(numbers: np.ndarray) -> dict[int, np.ndarray]:
        loads.append(numbers.tolist())
        return {i: sets[i] for i in numbers.tolist()}

    got = pair_jaccard(np.array(pairs, dtype=np.int64).reshape(-1, 2), load, chunk=chunk)
    assert got.tolist() == [jaccard(sets[a], sets[b]) for a, b in pairs]
    for numbers in loads:  # the texts of at most one chunk of pairs at a time
        assert len(numbers) <= 2 * chunk
