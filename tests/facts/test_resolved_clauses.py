"""An expected outcome told as done in its own clause beside a hedged one
(``facts.resolved``), and a quote whose speaker's name was respelled
(``facts.respelled``): fictional passages."""

from __future__ import annotations

from storydiff import compare

LEAD = "KESSENPORT (AP) — A ferry capsized on Sunday off the coast of Varn, officials said."
LATER = "Rescuers searched through the night with navy helicopters."


def _shown(old: str, new: str) -> list[tuple[str, str, str]]:
    a, b = f"{LEAD}\n\n{old}\n\n{LATER}", f"{LEAD}\n\n{new}\n\n{LATER}"
    return [(c.kind, c.fact, c.subject) for c in compare(a, b).changes if not c.hidden]


def test_an_expected_outcome_told_in_its_clause_is_resolved() -> None:
    shown = _shown(
        "The ferry may have been overloaded.",
        "The ferry was overloaded, and investigators would examine why it had been"
        " allowed to leave port.",
    )
    assert shown == [("update", "claim", "resolved")]


def test_a_hedge_in_the_outcomes_own_clause_resolves_nothing() -> None:
    shown = _shown(
        "The ferry may have been overloaded.",
        "The ferry would have been overloaded, and investigators examined the manifest.",
    )
    assert ("update", "claim", "resolved") not in shown


def test_a_quote_of_a_respelled_name_is_no_speaker_update() -> None:
    old = "Anya Dressler, a passenger, said: “The water came in so fast.”"
    new = "Anja Dressler, a passenger, said: “The water came in so fast.”"
    shown = _shown(old, new)
    assert ("update", "person", "") in shown
    assert not [s for s in shown if s[1] == "speaker"]
