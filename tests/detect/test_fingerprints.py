"""The winnowing guarantee and the density of fingerprints."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from storydiff.config import FingerprintConfig
from storydiff.detect.fingerprints import (
    combine,
    fingerprint_batch,
    fingerprint_texts,
    sorted_sets,
    winnow,
)
from storydiff.text.arrays import distinct
from storydiff.text.fasthash import word_hashes

CONFIG = FingerprintConfig()
VOCAB = [f"w{i}" for i in range(40)]
texts = st.lists(st.sampled_from(VOCAB), max_size=120)


def _prints(*word_lists: list[str]) -> list[np.ndarray]:
    return fingerprint_texts([" ".join(ws) for ws in word_lists])


@given(texts, texts, st.lists(st.sampled_from(VOCAB), min_size=CONFIG.guarantee, max_size=40))
def test_any_shared_run_of_t_words_shares_a_fingerprint(
    left: list[str], right: list[str], run: list[str]
) -> None:
    a, b = _prints([*left, *run, *right], [*right, "x", *run, "y", *left])
    assert np.intersect1d(a, b).size > 0


@given(texts)
def test_fingerprints_are_sorted_distinct_and_a_subset_of_the_shingles(words: list[str]) -> None:
    (fps,) = _prints(words)
    assert np.all(np.diff(fps.astype(np.float64)) > 0) or len(fps) <= 1
    shingles = combine(word_hashes([" ".join(words)])[0], CONFIG.k)
    assert set(fps.tolist()) <= set(shingles.tolist())
    assert (len(fps) > 0) == (len(words) > 0)


def test_density_is_about_two_over_w_plus_one() -> None:
    rng = np.random.default_rng(5)
    words = [f"word{n}" for n in rng.integers(0, 50_000, size=20_000)]
    (fps,) = _prints(words)
    density = len(fps) / (len(words) - CONFIG.k + 1)
    assert abs(density - 2 / (CONFIG.w + 1)) < 0.02


def test_case_and_typography_do_not_change_fingerprints() -> None:
    a, b = fingerprint_texts(
        [
            "“The sea was breaking over the bridge,” said Ilse Marrow — the port chief.",
            '"the SEA was breaking over the bridge," said Ilse Marrow - the port chief.',
        ]
    )
    assert np.array_equal(a, b)


def test_short_texts() -> None:
    empty, two = fingerprint_texts(["", "Two words"])
    assert empty.size == 0 and two.size == 1
    assert winnow(np.array([5, 3, 9], dtype=np.uint64), 8).tolist() == [3]


def test_batch_fingerprints_keep_the_guarantee_across_texts() -> None:
    shared = "the harbour master said the ship lost engine power before it struck the ledge"
    a, b, c = fingerprint_texts(
        [
            f"Officials spoke on Saturday. {shared}.",
            f"“{shared.upper()}” — and three are missing.",
            "Unrelated council budget vote.",
        ]
    )
    assert np.intersect1d(a, b).size > 0
    assert np.intersect1d(a, c).size == 0


@given(st.lists(st.lists(st.sampled_from(VOCAB), max_size=30), max_size=12))
def test_a_batch_gives_each_text_its_own_shingles_and_fingerprints(
    word_lists: list[list[str]],
) -> None:
    texts = [" ".join(ws) for ws in word_lists]
    batch = fingerprint_batch(texts)
    one_by_one = fingerprint_texts(texts)
    high48 = ~np.uint64(0xFFFF)
    assert np.all(np.diff(batch.prints.astype(np.float64)) >= 0)
    for i, text in enumerate(texts):
        assert batch.ordered(i).tolist() == combine(word_hashes([text])[0], CONFIG.k).tolist()
        mine = batch.prints[batch.owner == i]
        assert mine.tolist() == np.unique(one_by_one[i] & high48).tolist()


@given(st.lists(st.lists(st.integers(0, 2**64 - 1), max_size=20), max_size=8))
def test_sorted_sets_are_each_runs_distinct_values(runs: list[list[int]]) -> None:
    runs = [r + r[:3] for r in runs]  # with repeats
    values = np.array([x for r in runs for x in r], np.uint64)
    starts = np.cumsum([0] + [len(r) for r in runs]).astype(np.int64)
    flat, new_starts = sorted_sets(values, starts)
    for i, r in enumerate(runs):
        got = flat[new_starts[i] : new_starts[i + 1]]
        assert got.tolist() == distinct(np.array(r, np.uint64)).tolist()
