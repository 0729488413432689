"""Which words stand on chrome lines: lists, markup, tables, server messages."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storydiff.text.fasthash import reference_words, word_hashes_flat, word_hashes_layout

PROSE = (
    "The council voted on Tuesday to close the old ferry terminal after inspectors found "
    "cracks in the pier, a decision that residents said came far too late."
)


def _flags(text: str) -> list[tuple[str, bool]]:
    _, _, flags = word_hashes_layout([text])
    return list(zip(reference_words(text), flags.tolist(), strict=True))


def _flagged(text: str) -> set[str]:
    return {w for w, f in _flags(text) if f}


def test_prose_paragraphs_are_body() -> None:
    assert not _flagged("\n\n".join([PROSE, "Short subhead", PROSE, PROSE]))


def test_a_teaser_list_of_headlines_and_ledes_is_chrome() -> None:
    teaser = "\n".join(
        [
            "Most read",
            "Harbour fire closes quay",
            "A fire broke out on the quay overnight and crews fought it for six hours.",
            "School reopens after flood",
            "Pupils returned to the school on Monday, three weeks after the river burst its banks.",
            "Market falls again",
        ]
    )
    flagged = _flagged(PROSE + "\n\n" + teaser)
    assert {"crews", "pupils", "harbour", "market"} <= flagged
    assert "inspectors" not in flagged  # the article before it stays body


def test_markup_tables_and_server_warnings_are_chrome() -> None:
    text = "\n".join(
        [
            PROSE,
            '<div class="nav"><a href="/">Home</a></div>',
            "Mo Di Mi Do Fr Sa So",
            "1 2 3 4 5 6 7",
            "Warning: include(header.php): failed to open stream in /var/www/x.php on line 12",
            PROSE.replace("council", "board"),
        ]
    )
    flags = dict(_flags(text))
    assert flags["nav"] and flags["7"] and flags["stream"]
    assert not flags["inspectors"] and not flags["board"]


def test_prose_with_a_tag_or_two_is_still_prose() -> None:
    assert not _flagged(PROSE + " <b>Updated</b> at noon with the mayor's reply.")


@given(st.lists(st.text(min_size=0, max_size=40), max_size=6))
def test_one_flag_per_word_and_hashes_as_without_layout(texts: list[str]) -> None:
    hashes, offsets, flags = word_hashes_layout(texts)
    plain, plain_offsets = word_hashes_flat(texts)
    assert len(flags) == len(hashes)
    assert hashes.tolist() == plain.tolist() and offsets.tolist() == plain_offsets.tolist()


@given(st.text(alphabet=st.characters(blacklist_characters="\n\r"), max_size=400))
def test_a_text_of_one_line_is_never_a_list(text: str) -> None:
    _, _, flags = word_hashes_layout([text.replace("<", "").replace(">", "").replace("{", "")])
    words = reference_words(text)
    digits = sum(w[0].isdigit() for w in words)
    if digits * 2 < len(words) and "on line" not in text:
        assert not flags.any()
