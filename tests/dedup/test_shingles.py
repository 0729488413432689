"""Shingle hashes: one per distinct n-word run, the same for the same run anywhere."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from storydiff.dedup.shingles import text_shingles
from storydiff.text.fasthash import reference_words

WORDS = st.sampled_from(["ship", "port", "Storm", "crew", "货", "船", "Москва", "2026", "a"])
TEXT = st.lists(WORDS, max_size=25).map(" ".join)


def _grams(text: str, n: int) -> list[tuple[str, ...]]:
    w = reference_words(text)
    if len(w) < n:
        return [tuple(w)] if w else []
    return [tuple(w[i : i + n]) for i in range(len(w) - n + 1)]


@given(st.lists(TEXT, min_size=1, max_size=6), st.integers(min_value=1, max_value=6))
def test_one_hash_per_run_and_equal_runs_hash_equal(texts: list[str], n: int) -> None:
    hashes, offsets = text_shingles(texts, n)
    assert offsets[0] == 0 and offsets[-1] == len(hashes)
    seen: dict[tuple[str, ...], int] = {}
    for i, text in enumerate(texts):
        grams = _grams(text, n)
        mine = hashes[offsets[i] : offsets[i + 1]].tolist()
        assert len(mine) == len(grams)
        for gram, h in zip(grams, mine, strict=True):
            assert seen.setdefault(gram, h) == h  # the same run: the same hash
    assert len(set(seen.values())) == len(seen)  # different runs: different hashes


def test_batch_does_not_change_a_texts_shingles() -> None:
    texts = [
        "the ship ran aground off the port",
        "a",
        "",
        "crew rescued at night by the coast guard",
    ]
    together, offsets = text_shingles(texts, 5)
    for i, text in enumerate(texts):
        alone, _ = text_shingles([text], 5)
        assert np.array_equal(together[offsets[i] : offsets[i + 1]], alone)


def test_chinese_text_gets_character_shingles() -> None:
    a, _ = text_shingles(["货船搁浅了"], 3)
    b, _ = text_shingles(["货船搁浅吗"], 3)
    assert len(a) == 3 and len(b) == 3
    assert len(set(a.tolist()) & set(b.tolist())) == 2  # 货船搁, 船搁浅
