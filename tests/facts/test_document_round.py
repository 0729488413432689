"""The document round: facts of added and removed sentences, each reported once
(fictional passages)."""

from __future__ import annotations

from storydiff import compare


def test_two_new_counts_of_one_value_are_two_changes() -> None:
    old = (
        "The storm hit the coast of Norland on Monday, the port authority said.\n"
        "Harbour pilot Maren Ostby said the water rose faster than expected."
    )
    new = old + (
        "\nThree ferries sank in the harbour overnight, and three fishermen were taken to hospital."
    )
    counts = [c.after for c in compare(old, new).changes if c.fact == "quantity"]
    assert counts == ["Three ferries", "three fishermen"]


def test_a_new_count_is_shown_where_the_text_first_says_it() -> None:
    old = (
        "The storm hit the coast of Norland on Monday, the port authority said.\n"
        "Harbour pilot Maren Ostby said the water rose faster than expected on the quay."
    )
    new = (
        "Two ferries sank in the harbour of Kestrel Bay overnight as the storm hit Norland.\n"
        "The storm hit the coast of Norland on Monday, the port authority said.\n"
        "Harbour pilot Maren Ostby said the water rose faster than expected, and the two "
        "ferries sank."
    )
    counts = [(c.after, c.new_sentences) for c in compare(old, new).changes if c.fact == "quantity"]
    assert counts == [("Two ferries", [0])]


def test_how_many_sources_an_attribution_cites_is_no_count_of_its_own() -> None:
    old = (
        "The minister is expected to resign on Thursday, according to two senior officials.\n\n"
        "The inquiry found 40 contracts were approved without bidding."
    )
    new = "The minister resigned on Thursday.\n\nThe inquiry found 40 contracts were approved."
    changes = compare(old, new).changes
    assert ("removal", "attribution") in [(c.kind, c.fact) for c in changes]
    assert not [c for c in changes if c.fact == "quantity"]


def test_how_many_say_something_is_a_count_when_no_citation_carries_it() -> None:
    base = "The dam near Kessla was closed on Monday.\n\nEngineers inspected it."
    said = compare(base, base + "\n\nTwo officials said the dam was unsafe.").changes
    assert ("addition", "quantity") in [(c.kind, c.fact) for c in said]
