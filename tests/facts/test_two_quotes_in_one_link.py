"""Two quotes of one speaker in an edited sentence that share no word of content are
a quote removed and a quote added, not one quote updated (fictional passages)."""

from __future__ import annotations

from storydiff import compare

_TAIL = "\nVolunteers handed out water at the station.\nTalks resume next week."


def _quotes(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (c.kind, c.before, c.after)
        for c in compare(old + _TAIL, new + _TAIL).changes
        if c.fact == "quote" and not c.hidden
    ]


def test_a_quote_replaced_in_an_edited_sentence_is_removed_and_added() -> None:
    old = (
        "Ostrenia denied the charge.\n"
        '"Our forces are respecting the ceasefire to the letter," foreign ministry'
        " spokeswoman Katya Lindqvist told AFP."
    )
    new = (
        "Ostrenia did not deny that its artillery had fired on Selz.\n"
        '"Our artillery answered a drone attack on our positions north of the town,"'
        " foreign ministry spokeswoman Katya Lindqvist told AFP."
    )
    kinds = {kind for kind, _, _ in _quotes(old, new)}
    assert kinds == {"removal", "addition"}


def test_a_quote_with_a_word_changed_is_still_one_quote() -> None:
    old = '"We will not give up on these talks," spokeswoman Katya Lindqvist told AFP.'
    new = '"We will never give up on these talks," spokeswoman Katya Lindqvist told AFP.'
    assert [kind for kind, _, _ in _quotes(old, new)] == ["update"]
