"""Verification's kernel against plain-Python sets and the NumPy MinHash of before."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from storydiff.dedup.minhash import probe_table
from storydiff.dedup.overlap import pair_similarity
from storydiff.text.kernels import mix
from tests.dedup.test_kernels import SEGMENTS, _flat, reference_signatures


@given(SEGMENTS, st.data(), st.sampled_from([4, 8, 128]))
def test_pair_similarity_is_the_jaccard_of_python_sets_and_the_signature_estimate(
    segments: list[list[int]], data: st.DataObject, num_perm: int
) -> None:
    flat, offsets = _flat(segments)
    index = st.integers(min_value=0, max_value=len(segments) - 1)
    pairs = data.draw(st.lists(st.tuples(index, index), max_size=10))
    xs = np.array([a for a, _ in pairs], dtype=np.int64)
    ys = np.array([b for _, b in pairs], dtype=np.int64)
    probes = probe_table(num_perm, 5)
    # The second texts come from another array, as from another shard.
    exact, est = pair_similarity(
        flat, offsets[xs], offsets[xs + 1], flat.copy(), offsets[ys], offsets[ys + 1], probes, True
    )
    alone, none = pair_similarity(
        flat, offsets[xs], offsets[xs + 1], flat, offsets[ys], offsets[ys + 1], probes, False
    )
    assert alone.tolist() == exact.tolist()  # the estimate is made only when asked for
    assert all(e == 0.0 or np.isnan(e) for e in none.tolist())
    for (a, b), value, guess in zip(pairs, exact.tolist(), est.tolist(), strict=True):
        sa, sb = set(segments[a]), set(segments[b])
        if not (sa and sb):
            assert value == guess == 0.0
            continue
        assert value == len(sa & sb) / len(sa | sb)
        both, where = _flat([segments[a], segments[b]])
        sig = reference_signatures(both, where, num_perm, 5)
        assert guess == float((sig[0] == sig[1]).mean())


def test_pair_similarity_of_large_sets_with_repeats() -> None:
    a = (mix(np.arange(5000, dtype=np.uint64)) >> np.uint64(32)).astype(np.uint32)
    other = mix(np.arange(10**6, 10**6 + 700, dtype=np.uint64)) >> np.uint64(32)
    b = np.concatenate([a[1000:], other.astype(np.uint32), a[:50]])
    flat = np.concatenate([a, a[:300], b])
    offsets = np.array([0, 5300, 5300 + len(b)], dtype=np.int64)
    xs, ys = np.array([0, 1, 0]), np.array([1, 0, 0])
    probes = probe_table(128, 1)
    exact, est = pair_similarity(
        flat, offsets[xs], offsets[xs + 1], flat, offsets[ys], offsets[ys + 1], probes, True
    )
    expected = (4000 + 50) / (5000 + 700)
    assert exact.tolist() == [expected, expected, 1.0]
    assert est[2] == 1.0 and abs(est[0] - expected) < 0.15 and est[0] == est[1]
