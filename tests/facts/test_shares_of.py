"""A percentage said as a share of one thing is never an update of a share of another
thing, in a sentence or across the story (fictional passages)."""

from __future__ import annotations

from storydiff import compare

_TAIL = "\nVolunteers handed out water at the station.\nTalks resume next week."


def _percents(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (c.kind, c.before, c.after)
        for c in compare(old + _TAIL, new + _TAIL).changes
        if c.fact == "percent" and not c.hidden
    ]


def test_shares_of_two_things_in_one_sentence_pair_by_their_thing() -> None:
    old = (
        "The race was too close to call, with Vasko ahead by about 17,000 votes.\n"
        "Vasko had 50.3% of the vote to Halloran's 49.1%, election officials said."
    )
    new = (
        "Vasko won the race, defeating Halloran by about 27,500 votes.\n"
        "With 99 percent of precincts reporting, Vasko had 50.6% of the vote to"
        " Halloran's 48.8%, election officials said."
    )
    shown = _percents(old, new)
    assert ("update", "50.3%", "50.6%") in shown
    assert ("update", "49.1%", "48.8%") in shown


def test_a_share_of_one_thing_said_once_on_each_side_is_one_update() -> None:
    old = (
        "The race was too close to call, with 91% of precincts reporting.\n"
        "Vasko had 50.3% of the vote, election officials said."
    )
    new = (
        "Vasko won the race for governor on Thursday.\n"
        "With 99 percent of precincts reporting, Vasko had 50.6% of the vote,"
        " election officials said."
    )
    assert ("update", "91%", "99 percent") in _percents(old, new)


def test_shares_of_one_thing_by_two_parties_are_no_update() -> None:
    old = (
        "Vasko led the race for governor on Thursday night.\n"
        "Vasko had 50.3% of the vote, election officials said."
    )
    new = (
        "Vasko won the race for governor on Thursday.\nHalloran, the challenger, conceded"
        " after winning 47.9% of the vote in a bitter contest."
    )
    assert ("update", "50.3%", "47.9%") not in _percents(old, new)
