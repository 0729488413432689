"""Verification's kernel against plain-Python sets and the NumPy MinHash of before."""

from __future__ import annotations

import os
import subprocess
import sys

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
    for (a, b), e in zip(pairs, none.tolist(), strict=True):  # NaN, or 0.0 when one is empty
        assert e == 0.0 if not (segments[a] and segments[b]) else np.isnan(e)
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


def test_tags_that_start_again_leave_no_earlier_pair_in_the_table() -> None:
    # Interpreted (Numba off), with marks starting again every 2 pairs: the tags of
    # pair 1 (the largest marks) must not make pair 2's free slots look taken.
    script = """
import os
import subprocess
import sys

import numpy as np
from storydiff.dedup import overlap
overlap._ROUND = 2
a = np.array([5, 6, 7, 8, 9, 10, 11, 12], dtype=np.uint32)
b = np.array([5, 6, 7, 8, 1, 2, 3, 4], dtype=np.uint32)
flat = np.concatenate([a, b, a[:4], b[4:]])
starts_a, ends_a = np.array([0, 8, 16, 0]), np.array([8, 16, 20, 8])
starts_b, ends_b = np.array([8, 0, 20, 0]), np.array([16, 8, 24, 8])
exact, _ = overlap.pair_similarity(
    flat, starts_a, ends_a, flat, starts_b, ends_b, np.zeros((1, 1), np.int64), False
)
print(exact.tolist())
"""
    env = {**os.environ, "NUMBA_DISABLE_JIT": "1"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    )
    assert done.stdout.split() == ["[0.3333333333333333,", "0.3333333333333333,", "0.0,", "1.0]"]
