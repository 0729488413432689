"""Shared passages with offsets into both texts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storydiff.detect.passages import shared_passages
from storydiff.text.fasthash import reference_words

# Distinct words: a passage repeating a 5-word run points at the run's first place.
WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=8), min_size=8, unique=True
)


@given(
    st.lists(st.sampled_from("alpha beta gamma delta".split()), max_size=30),
    st.lists(st.sampled_from("north south east west".split()), max_size=30),
    WORDS,
)
def test_a_passage_points_at_the_same_words_in_both_texts(
    before: list[str], after: list[str], passage: list[str]
) -> None:
    a = " ".join([*before, *passage, "tail."])
    b = " ".join(["Lead:", *passage, *after])
    found = shared_passages(a, b)
    assert found, "a passage of 8 or more words is always found"
    longest = max(found, key=lambda p: p.words)
    assert " ".join(passage) in a[longest.a[0] : longest.a[1]]
    assert reference_words(a[longest.a[0] : longest.a[1]]) == reference_words(
        b[longest.b[0] : longest.b[1]]
    )


def test_a_teaser_line_is_chrome_and_the_article_body_is_body() -> None:
    lede = "A fire broke out on the quay overnight and crews fought it for six hours before dawn."
    story = lede + "\n\nThe harbour master said the quay would reopen on Friday after repairs."
    page = "\n".join(["Most read", "Fire on the quay", lede, "School reopens", "Market falls"])
    (teaser,) = shared_passages(page, story)
    assert teaser.kind == "chrome"
    (body,) = shared_passages(story, story.replace("Friday", "Monday"))[:1]
    assert body.kind == "body"


def test_nothing_shared_is_no_passage() -> None:
    assert shared_passages("one two three four five six", "seven eight nine ten") == []
    assert shared_passages("", "") == []
