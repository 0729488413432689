"""The vectorised word hashes equal a plain-Python reference, text by text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storydiff.text.fasthash import (
    reference_hash,
    reference_words,
    word_hashes,
    word_hashes_flat,
)

# Letters from several scripts, digits, spaces and typographic punctuation.
ALPHABET = st.sampled_from(
    list("abcXYZ019 .,-'\"\n\t") + list("éüñçÀ") + list("ЖжЁёМосква") + list("货船搁浅。、「」")
    + list("ひらカタ") + list("“”‘’—–…«»¿\u00a0") + list("한국어") + list("αβγ")
)  # fmt: skip


@given(st.lists(st.text(alphabet=ALPHABET, max_size=60), max_size=6))
def test_word_hashes_match_the_reference(texts: list[str]) -> None:
    got = word_hashes(texts)
    assert len(got) == len(texts)
    for text, hashes in zip(texts, got, strict=True):
        assert hashes.tolist() == [reference_hash(w) for w in reference_words(text)]


@given(st.lists(st.text(max_size=40), max_size=4))
def test_any_unicode_text(texts: list[str]) -> None:
    got = word_hashes(texts)
    for text, hashes in zip(texts, got, strict=True):
        assert hashes.tolist() == [reference_hash(w) for w in reference_words(text)]


def test_case_and_typography_fold() -> None:
    a, b, c = word_hashes(["The “Harbour” — CLOSED", "the harbour closed", "МОСКВА Москва"])
    assert a.tolist() == b.tolist()
    assert c[0] == c[1]


@given(st.lists(st.text(alphabet=ALPHABET, max_size=60), max_size=6))
def test_flat_hashes_are_the_per_text_hashes_end_to_end(texts: list[str]) -> None:
    hashes, offsets = word_hashes_flat(texts)
    assert offsets.tolist()[0] == 0 and len(offsets) == len(texts) + 1
    assert offsets[-1] == len(hashes)
    per_text = word_hashes(texts)
    for i, part in enumerate(per_text):
        assert hashes[offsets[i] : offsets[i + 1]].tolist() == part.tolist()


def test_empty_batch_and_empty_texts() -> None:
    hashes, offsets = word_hashes_flat([])
    assert len(hashes) == 0 and offsets.tolist() == [0]
    assert word_hashes([]) == []
    hashes, offsets = word_hashes_flat(["", " — ", "a"])
    assert offsets.tolist() == [0, 0, 0, 1]


@given(st.integers(min_value=9, max_value=80), st.data())
def test_long_words_hash_every_byte(length: int, data: st.DataObject) -> None:
    """Two words of the same length that differ in one middle byte never collide (the
    hash reads every 8-byte chunk, not only the first and last)."""
    at = data.draw(st.integers(min_value=0, max_value=length - 1))
    word = "a" * length
    other = word[:at] + "b" + word[at + 1 :]
    a, b = word_hashes([word, other])
    assert a.tolist() == [reference_hash(word)]
    assert b.tolist() == [reference_hash(other)]
    assert a[0] != b[0]


def test_lone_characters_next_to_each_other_and_to_words() -> None:
    text = "ひひ货船abc搁浅"
    assert reference_words(text) == ["ひ", "ひ", "货", "船", "abc", "搁", "浅"]
    (got,) = word_hashes([text])
    assert got.tolist() == [reference_hash(w) for w in reference_words(text)]


def test_distinct_words_of_a_vocabulary_get_distinct_hashes() -> None:
    words = [f"{a}{b}{c}" for a in "abcdefghij" for b in "klmnopqrst" for c in "uvwxyz0123"]
    words += [w * 7 for w in words]  # 21 bytes: three chunks
    (got,) = word_hashes([" ".join(words)])
    assert len(set(got.tolist())) == len(words)
