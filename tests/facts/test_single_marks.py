"""Speech in single quotation marks, as British papers print it (fictional texts):
read as quotes, with their speakers, where a text has no double marks; apostrophes,
possessives and shortened words are no marks; a text with double marks keeps its
single ones as they are."""

from __future__ import annotations

from storydiff.facts.model import Change
from storydiff.facts.single_marks import _speech, read_marks, restore_marks, speech_marks
from tests.facts.quoting import BASE, added_quotes


def test_single_marks_quote_speech_with_its_speaker() -> None:
    new = BASE + (
        "\n\n'We had no choice,' said Mara Velde, the harbour master. "
        "'The wind was too strong for the ferries.'"
    )
    quotes = added_quotes(new)
    assert quotes["We had no"] == "Mara Velde"
    assert quotes["The wind was"] == "Mara Velde"


def test_the_words_of_a_change_keep_the_versions_own_marks() -> None:
    for text, mark in (
        ("The mayor called it 'a sensible step for the whole coast,' she said.", "'"),
        ("The mayor called it ‘a sensible step for the whole coast,’ she said.", "‘"),
    ):
        read, _, written = read_marks(text, [])
        assert written == text and "“a sensible step for the whole coast,”" in read
        change = Change("addition", "claim", "", None, read, "", read)
        restore_marks([change], old="", new=written)
        assert change.after == change.after_value
        assert change.after.startswith(f"The mayor called it {mark}a sensible")
        assert "“" not in change.after and "”" not in change.after


def test_single_marks_of_titles_and_years_are_no_speech() -> None:
    for text in (
        "She starred in 'The Long Night at Sea' last year, and won a prize for it.",
        "The class of '16 met at O'Brien's bar on the quay last Friday night.",
    ):
        assert speech_marks(text) == text


def test_apostrophes_possessives_and_shortened_words_are_no_marks() -> None:
    text = "The workers' union said it won't strike, as in the '90s, and rock 'n' roll goes on."
    assert speech_marks(text) == text


def test_a_possessive_inside_a_quote_does_not_close_it() -> None:
    text = "'The workers' union will go on with the strike,' said Ada Vos."
    assert speech_marks(text) == "“The workers' union will go on with the strike,” said Ada Vos."


def test_a_partial_quote_closes_before_the_next_one_opens() -> None:
    text = "The storm had 'raised the stakes' because 'now, more than ever, we wait,' he said."
    assert speech_marks(text) == (
        "The storm had “raised the stakes” because “now, more than ever, we wait,” he said."
    )


def test_a_quote_over_paragraphs_reopened_by_its_mark_is_read() -> None:
    text = "'The ferries stayed in the bay.\n\n'The crews slept on board,' she said."
    assert (
        speech_marks(text)
        == "“The ferries stayed in the bay.\n\n“The crews slept on board,” she said."
    )


def test_a_text_with_double_marks_keeps_its_single_ones() -> None:
    text = "“We said 'never' and we meant it,” said Ada Vos. 'Not now,' she added."
    assert speech_marks(text) == text


def test_a_title_beside_spoken_quotes_keeps_its_marks() -> None:
    text = (
        "'We had no choice at all,' said Mara Velde. "
        "Mara Velde starred in 'The Long Night at Sea' in 2019."
    )
    assert speech_marks(text) == (
        "“We had no choice at all,” said Mara Velde. "
        "Mara Velde starred in 'The Long Night at Sea' in 2019."
    )


def test_speech_verbs_are_known_in_their_forms_and_nouns_are_not() -> None:
    spoken = ["writing", "noting", "arguing", "describing", "replied", "argued", "says"]
    assert all(_speech(w) for w in spoken)
    assert not any(_speech(w) for w in ["writer", "speaker", "reporters"])
