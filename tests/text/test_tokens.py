from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storydiff.text.tokens import normalise_token, tokenize, words


def test_tokens_are_slices_of_the_text() -> None:
    text = "“Two missiles,” he said — 1,000 km (620 miles) away; U.S. officials didn’t comment."
    toks = tokenize(text)
    assert [text[t.start : t.end] for t in toks][:6] == ["“", "Two", "missiles", ",", "”", "he"]
    assert "1,000" in [text[t.start : t.end] for t in toks]
    assert "didn’t" in [text[t.start : t.end] for t in toks]


def test_keys_fold_typography_and_fold_folds_case() -> None:
    toks = tokenize("“Didn’t” — ｆｕｌｌ")
    assert [t.key for t in toks] == ['"', "Didn't", '"', "-", "full"]
    assert [t.fold for t in toks if t.is_word] == ["didn't", "full"]
    assert normalise_token("–") == "-"


def test_scripts_without_spaces_get_a_token_per_character() -> None:
    assert words(tokenize("货船搁浅了")) == ["货", "船", "搁", "浅", "了"]
    assert words(tokenize("東京で雨")) == ["東", "京", "で", "雨"]
    assert words(tokenize("서울 시장이 말했다")) == ["서울", "시장이", "말했다"]
    assert words(tokenize("Москва сообщила")) == ["москва", "сообщила"]


@given(st.text(max_size=200))
def test_every_visible_character_is_in_exactly_one_token(text: str) -> None:
    toks = tokenize(text)
    covered = [False] * len(text)
    for t in toks:
        assert t.start < t.end
        for i in range(t.start, t.end):
            assert not covered[i]
            covered[i] = True
    for i, ch in enumerate(text):
        assert covered[i] or ch.isspace()
