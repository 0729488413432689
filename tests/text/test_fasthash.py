"""The vectorised word hashes equal a plain-Python reference, text by text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storydiff.text.fasthash import reference_hash, reference_words, word_hashes

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
