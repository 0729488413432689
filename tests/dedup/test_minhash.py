"""One-permutation MinHash with densification: estimates track exact Jaccard."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from storydiff.dedup.minhash import EMPTY, estimate, signatures
from storydiff.text.kernels import mix


def _sets(shared: int, only_a: int, only_b: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    values = mix(np.arange(seed * 10**6, seed * 10**6 + shared + only_a + only_b, dtype=np.uint64))
    a = values[: shared + only_a]
    b = np.concatenate([values[:shared], values[shared + only_a :]])
    return a, b


def _signature_pair(a: np.ndarray, b: np.ndarray, num_perm: int = 128) -> np.ndarray:
    offsets = np.array([0, len(a), len(a) + len(b)], dtype=np.int64)
    return signatures(np.concatenate([a, b]), offsets, num_perm)[0]


@given(
    st.integers(min_value=0, max_value=400),
    st.integers(min_value=0, max_value=200),
    st.integers(min_value=0, max_value=200),
    st.integers(min_value=0, max_value=10**6),
)
def test_estimate_tracks_exact_jaccard(shared: int, only_a: int, only_b: int, seed: int) -> None:
    if shared + only_a == 0 or shared + only_b == 0:
        return
    a, b = _sets(shared, only_a, only_b, seed)
    sig = _signature_pair(a, b)
    exact = shared / (shared + only_a + only_b)
    est = float(estimate(sig[0], sig[1]))
    # 5 standard deviations of a 128-sample proportion, plus densification's slack.
    assert abs(est - exact) <= 5 * math.sqrt(exact * (1 - exact) / 128) + 0.03
    if exact == 1.0:
        assert est == 1.0
    if exact == 0.0:
        assert est <= 0.03


def test_mean_error_is_small_over_many_pairs() -> None:
    errors = []
    for seed in range(200):
        a, b = _sets(300, 40, 40, seed)
        sig = _signature_pair(a, b)
        errors.append(float(estimate(sig[0], sig[1])) - 300 / 380)
    assert abs(float(np.mean(errors))) < 0.01  # unbiased
    assert float(np.std(errors)) < 0.05  # about sqrt(J(1-J)/128) = 0.036


@given(st.integers(min_value=1, max_value=20), st.integers(min_value=0, max_value=1000))
def test_few_shingles_fill_every_bin_from_real_ones(count: int, seed: int) -> None:
    values = mix(np.arange(seed, seed + count, dtype=np.uint64))
    sig, kept = signatures(values, np.array([0, count], dtype=np.int64), 128)
    assert (sig != EMPTY).all()
    assert kept.tolist() == (values >> np.uint64(32)).tolist()
    real = set((kept & np.uint32(0x7FFFFFFF)).tolist())
    assert set(sig[0].tolist()) <= real


def test_order_and_repeats_do_not_matter() -> None:
    values = mix(np.arange(500, dtype=np.uint64))
    shuffled = np.concatenate([values[::-1], values[:50]])
    sig, _ = signatures(
        np.concatenate([values, shuffled]),
        np.array([0, len(values), len(values) + len(shuffled)], dtype=np.int64),
        128,
    )
    assert np.array_equal(sig[0], sig[1])
