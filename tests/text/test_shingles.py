"""The one shingle definition: the same hashes from every path, and the same Jaccard
similarity in ``compare``, story linking and ``dedup``."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import assume, example, given
from hypothesis import strategies as st

from storydiff import compare
from storydiff.config import DEFAULT_DEDUP, CompareConfig
from storydiff.dedup.minhash import signatures
from storydiff.dedup.sketch import Batch, sketch_batch
from storydiff.dedup.verify import verify_chunks
from storydiff.detect.fingerprints import combine, fingerprint_batch
from storydiff.detect.link import verify_many
from storydiff.document import Document
from storydiff.text.arrays import distinct
from storydiff.text.fasthash import reference_words, word_hashes
from storydiff.text.shingles import overlap, reference_shingles, shingle_set, text_shingles

WORDS = st.sampled_from(["ship", "port", "Storm", "crew", "货", "船", "Москва", "2026", "a"])
TEXT = st.lists(WORDS, max_size=25).map(" ".join)
# Words and separators where word rules tend to differ: case beyond ASCII, NFKC forms,
# combining marks, apostrophes, hyphens, numbers with separators, symbols, scripts
# without spaces, emoji.
HARD_WORDS = st.sampled_from([
    "ship", "SHIP", "Ship", "don't", "don’t", "well-known", "1,000.5", "Élysée", "élysée",
    "ÉLYSÉE", "Straße", "STRASSE", "ｆｕｌｌ", "full", "ﬁre", "fire", "e\u0301te", "ête",
    "Москва", "МОСКВА", "Ёлка", "ΑΘΗΝΑ", "αθηνα", "ภาษาไทย", "货船搁浅", "カタカナ", "𠀀𠀁",
    "한국어", "5€", "€", "©", "°C", "x²", "🙂", "news\u00adpaper", "_", "a_b", "#tag", "@user",
])  # fmt: skip
SEPARATORS = st.sampled_from([" ", "  ", "\n", "\n\n", ", ", ". ", " — ", "–", "“", "”", "’", "。"])
HARD_TEXT = st.lists(st.tuples(HARD_WORDS, SEPARATORS), max_size=30).map(
    lambda parts: "".join(w + s for w, s in parts)
)
ANY_TEXT = st.one_of(HARD_TEXT, st.text(max_size=120), TEXT)


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


@given(st.lists(ANY_TEXT, min_size=1, max_size=4), st.integers(min_value=1, max_value=6))
def test_vectorised_shingles_are_the_plain_python_definition(texts: list[str], n: int) -> None:
    hashes, offsets = text_shingles(texts, n)
    for i, text in enumerate(texts):
        expected = reference_shingles(reference_words(text), n)
        assert hashes[offsets[i] : offsets[i + 1]].tolist() == expected
        assert combine(word_hashes([text])[0], n).tolist() == expected  # detect's own path


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


def test_overlap_counts_sets_not_runs() -> None:
    a = shingle_set("the ship sank the ship sank the ship sank", 3)
    b = shingle_set("the ship sank", 3)
    assert len(a) == 3 and len(b) == 1
    assert overlap(a, b) == (1 / 3, 1 / 3, 1.0)
    empty = shingle_set("— …", 3)
    assert overlap(empty, empty) == (1.0, 0.0, 0.0)
    assert overlap(a, empty) == (0.0, 0.0, 0.0)


def _three_jaccards(a: str, b: str) -> tuple[float, float, float]:
    """The Jaccard similarity of ``a`` and ``b`` as ``compare``, story linking
    (fingerprint batch, exact verification) and ``dedup`` (sketch, verification)
    measure it."""
    by_compare = compare(a, b, CompareConfig(facts=False)).relation.jaccard
    batch = fingerprint_batch([a, b])
    sets = {0: distinct(batch.ordered(0)), 1: distinct(batch.ordered(1))}
    (linked,) = verify_many([(0, 1)], sets)
    # dedup's sketching step (the compiled tokenizer, or NumPy's for kana and CJK)
    part = Batch([0, 1], [], [a, b], [math.nan, math.nan])
    _, kept, offsets, _ = sketch_batch(part, DEFAULT_DEDUP, 16, 8, "texts", [])
    flat, numpy_offsets = text_shingles([a, b], 5)
    _, numpy_kept = signatures(flat, numpy_offsets, 128)
    assert kept.tolist() == numpy_kept.tolist() and offsets.tolist() == numpy_offsets.tolist()
    pair, firsts = np.array([[0, 1]]), np.array([0, 2])
    exact, _ = verify_chunks(pair, [(kept, offsets)], firsts)
    return by_compare, linked.jaccard, float(exact[0])


@given(ANY_TEXT, ANY_TEXT, st.data())
@example("The ship don't sink", "the SHIP don’t sink", None)  # under 5 words
@example("Élysée — 1,000.5 €", "élysée 1 000 5 €", None)  # case beyond ASCII: two words
def test_compare_linking_and_dedup_agree_on_jaccard(a: str, b: str, data: st.DataObject) -> None:
    if data is not None and data.draw(st.booleans()):  # a version of a: shared runs
        cut = data.draw(st.integers(0, len(a)))
        b = a[:cut] + b + a[cut:]
    # The text every stage reads: a Document's (control characters replaced).
    a, b = Document(text=a).text, Document(text=b).text
    assume(reference_words(a) and reference_words(b))  # dedup rejects texts of no words
    by_compare, by_linking, by_dedup = _three_jaccards(a, b)
    assert by_compare == by_linking == by_dedup
    assert by_compare == overlap(shingle_set(a), shingle_set(b))[0]
