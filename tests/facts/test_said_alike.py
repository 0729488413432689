"""Wordings that say the same: what is not known said two ways, "how many" asking for
no figure, a quote with its contractions written out (sets an and am)."""

from __future__ import annotations

from storydiff import compare
from storydiff.facts.link_round import meaning_changed, uncontracted

_LEAD = "MERRIDAN, Iowa (AP) — A bridge over the Cedar River collapsed on Wednesday.\n"


def _shown(old: str, new: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.kind, c.fact, c.before, c.after) for c in compare(old, new).changes if not c.hidden]


def test_not_yet_known_and_still_unclear_are_one_statement() -> None:
    old = f"{_LEAD}Officials said the cause of the collapse was not yet known.\n"
    new = f"{_LEAD}Officials said it was still unclear what caused the collapse.\n"
    assert not [c for c in _shown(old, new) if c[1] == "claim"]


def test_unclear_turned_known_is_still_a_change() -> None:
    old = f"{_LEAD}Officials said it was still unclear what caused the collapse.\n"
    new = f"{_LEAD}Officials said a barge caused the collapse.\n"
    assert [c for c in _shown(old, new) if c[1] == "claim"]


def test_how_many_is_no_figure() -> None:
    old = f"{_LEAD}She said it was not clear how many employees were working at the time.\n"
    new = f"{_LEAD}She said 14 employees were working at the time.\n"
    shown = _shown(old, new)
    assert ("addition", "quantity", None, "14 employees") in shown
    assert not [c for c in shown if c[:2] == ("update", "quantity")]


def test_a_count_said_vaguely_then_exactly_is_still_an_update() -> None:
    old = f"{_LEAD}Several employees were working at the time, she said.\n"
    new = f"{_LEAD}Fourteen employees were working at the time, she said.\n"
    assert [c for c in _shown(old, new) if c[:2] == ("update", "quantity")]


def test_contractions_written_out_say_the_same() -> None:
    assert uncontracted("We've done it, we're sure, I'll go, I'd like, won't, can't") == (
        "We have done it, we are sure, I will go, I would like, will not, can not"
    )
    assert not meaning_changed(
        "If I lose, I will lose knowing the count was right.",
        "If I lose, I’ll lose knowing the count was right.",
    )
    assert meaning_changed("We will stop the count.", "We won’t stop the count.")


def test_a_quote_said_with_contractions_is_no_update() -> None:
    old = f"{_LEAD}“We have done this before, and we are going to do it carefully,” she said.\n"
    new = f"{_LEAD}“We’ve done this before, and we’re going to do it carefully,” she said.\n"
    assert not [c for c in _shown(old, new) if c[1] == "quote"]


def test_unclear_whether_turned_not_is_still_a_polarity_update() -> None:
    # a review's probe: "unclear" is no negation of what the later version negates
    old = f"{_LEAD}Officials said it was unclear whether the levee would hold overnight.\n"
    new = f"{_LEAD}Officials said the levee would not hold overnight.\n"
    assert [c for c in _shown(old, new) if c[:2] == ("update", "claim")]


_INDICTED = "RICHMOND, Va. — A former aide to Gov. Warren Ashby was indicted on Tuesday.\n"


def test_a_passive_statement_turned_round_is_one_polarity_update() -> None:
    # set ap: no doer on either side, the same person done to
    old = f"{_INDICTED}Brightwater’s chief executive, Leonard Fisk, has not been charged.\n"
    new = (
        f"{_INDICTED}Brightwater’s chief executive, Leonard Fisk, was charged in a separate "
        "indictment with paying the bribes, prosecutors said.\n"
    )
    shown = _shown(old, new)
    assert [c for c in shown if c[:2] == ("update", "claim")]
    assert not [c for c in shown if c[1] == "claim" and c[0] in ("addition", "removal")]


def test_passives_of_two_things_done_to_stay_apart() -> None:
    old = f"{_INDICTED}The company's chief executive has not been charged.\n"
    new = f"{_INDICTED}The company's lawyer was charged with obstruction, prosecutors said.\n"
    assert not [c for c in _shown(old, new) if c[:2] == ("update", "claim")]


def test_a_passive_still_to_come_is_no_polarity_update() -> None:
    # set b: "had not yet been chosen" / "will be chosen" is not told as done
    old = f"{_INDICTED}Officials said a successor had not yet been chosen.\n"
    new = f"{_INDICTED}A permanent successor will be chosen after the elections, her office said.\n"
    assert not [c for c in _shown(old, new) if c[:2] == ("update", "claim")]
