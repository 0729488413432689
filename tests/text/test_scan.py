"""The compiled tokenizer (``text.scan``) reads the words, word hashes and shingles of
the NumPy path and of the plain-Python definition, bit for bit."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from storydiff.text.fasthash import reference_words
from storydiff.text.scan import batch_shingles, batch_words, powers, run_hashes
from storydiff.text.shingles import reference_shingles, text_shingles
from tests.text.test_shingles import ANY_TEXT, HARD_TEXT

# Word lengths around the 8-byte chunks (7, 8, 9, 16, 17 bytes), in several scripts,
# and the punctuation the multi-byte rules clear.
CHUNKY = st.sampled_from([
    "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq",
    "ÉLYSÉE", "Москва", "МОСКВА", "Ёлка", "naïve", "x" * 40, "2026", "1,000.5",
])  # fmt: skip
GLUE = st.sampled_from([" ", "\n", "“", "”", " — ", "«", "»", "¿", "\u00a0", "…", ", "])
NO_LONE_TEXT = st.lists(st.tuples(CHUNKY, GLUE), max_size=40).map(
    lambda parts: "".join(w + g for w, g in parts)
)


def _agree(texts: list[str], n: int) -> None:
    compiled, offsets = batch_shingles(texts, n)
    numpy, numpy_offsets = text_shingles(texts, n)
    assert offsets.tolist() == numpy_offsets.tolist()
    assert compiled.tolist() == numpy.tolist()
    for i, text in enumerate(texts):
        expected = reference_shingles(reference_words(text), n)
        assert compiled[offsets[i] : offsets[i + 1]].tolist() == expected


@given(st.lists(NO_LONE_TEXT, min_size=1, max_size=6), st.integers(1, 7))
@example(["", "   ", "— …"], 5)  # texts with no words between texts with some
@example(["abcdefgh " * 3, "x"], 2)
def test_compiled_shingles_are_the_definition(texts: list[str], n: int) -> None:
    assert batch_words(texts) is not None  # the compiled path, not the fallback
    _agree(texts, n)


@given(st.lists(st.one_of(ANY_TEXT, HARD_TEXT), min_size=1, max_size=5), st.integers(1, 6))
@example(["货船搁浅了", "the ship"], 3)  # words of one character: the NumPy path
@example(["a\u2070b", "x\u207fy z"], 1)  # superscripts: punctuation, as in the rule
def test_any_text_gets_the_same_shingles(texts: list[str], n: int) -> None:
    _agree(texts, n)


def test_words_of_one_character_take_the_numpy_path() -> None:
    assert batch_words(["货船搁浅了"]) is None
    assert batch_words(["カタカナ"]) is None
    assert batch_words(["한국어 Москва “quoted”"]) is not None


def test_scratch_space_from_a_larger_batch_does_not_leak() -> None:
    big = ["word " * 2000 + "end"] * 20
    small = ["the ship sank", "a b"]
    batch_shingles(big, 5)
    after, offsets = batch_shingles(small, 2)
    fresh, fresh_offsets = text_shingles(small, 2)
    assert after.tolist() == fresh.tolist() and offsets.tolist() == fresh_offsets.tolist()


def test_batch_words_marks_each_texts_first_word() -> None:
    found = batch_words(["one two three", "", "four five"])
    assert found is not None
    assert found.firsts.tolist() == [0, 3, 3, 5]
    assert len(found.words) == 5


@pytest.mark.parametrize("n", [2, 5])  # the written-out run of five, and the loop
def test_run_hashes_are_the_shingles_and_their_high_halves(n: int) -> None:
    texts = ["one two three", "four five six seven"]
    hashes, _ = text_shingles([" ".join(texts)], n)
    found = batch_words(texts)
    assert found is not None
    count = len(found.words) - n + 1  # runs across the whole batch, across texts too
    out = np.zeros(count, np.uint64)
    run_hashes(found.words, 0, count, powers(n), out, 0, found.acc)
    assert np.array_equal(out, hashes)
    halves = np.zeros(count - 1, np.uint32)
    run_hashes(found.words, 1, count - 1, powers(n), halves, 32, found.acc)
    assert np.array_equal(halves, (hashes[1:] >> np.uint64(32)).astype(np.uint32))
