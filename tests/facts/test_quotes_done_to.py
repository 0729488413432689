"""A quoted phrase that is what a named body or person does, with no verb of saying,
is in their words (fictional sentences)."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_a_quoted_object_of_a_named_body_is_its_words() -> None:
    new = BASE + " The Norland Aviation Authority suspended “all flight operations” of the jet."
    assert added_quotes(new) == {"all flight operations": "Norland Aviation Authority"}


def test_a_quoted_object_of_a_common_noun_or_a_quote_that_opens_names_no_one() -> None:
    new = BASE + " The harbour company praised the “tireless and brave” work of the crews."
    assert added_quotes(new) == {"tireless and brave": ""}


def test_words_received_or_titles_with_small_words_are_no_ones() -> None:
    faces = BASE + " The Kessla Ferry Company faces “a string of serious charges” this week."
    assert added_quotes(faces) == {"a string of": ""}
    title = BASE + " Marlow Books published “A History of the Harbour” on Monday."
    assert added_quotes(title).get("A History of", "") == ""
