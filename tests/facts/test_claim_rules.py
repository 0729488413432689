"""A sentence that says the opposite of one in the other version is a claim, not a
restatement or a rewrite (fictional passages)."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.diff.align import Alignment, Role
from storydiff.facts.claims import changes_meaning, word_list
from storydiff.facts.one_sided import one_sided
from storydiff.facts.stance import opposed, swapped
from storydiff.text.sentences import split_sentences

_LEAD = "The harbour at Penmarrow reopened on Monday after the storm damaged the old pier."
_LATER = "Fishing boats returned to the quay by noon, the harbour master said."


def _added_claims(said: str, again: str) -> list[str]:
    """The claims added when NEW keeps ``said`` and adds ``again`` at its end."""
    old = f"{_LEAD} {said}\n\n{_LATER}"
    new = f"{old}\n\n{again}"
    return [c.after or "" for c in compare(old, new).changes if c.fact == "claim"]


@pytest.mark.parametrize(
    ("said", "again"),
    [
        (
            "The dockers' union supports the council's plan to rebuild the harbour wall.",
            "The dockers' union now opposes the council's plan to rebuild the harbour wall.",
        ),
        (
            "Mayor Ilse Varga approved the council's budget for the new harbour wall.",
            "Mayor Ilse Varga later rejected the council's budget for the new harbour wall.",
        ),
        (
            "Mayor Ilse Varga approved the council's budget for the new harbour wall.",
            "Mayor Ilse Varga did not approve the council's budget for the new harbour wall.",
        ),
    ],
)
def test_a_sentence_with_the_opposite_meaning_is_no_restatement(said: str, again: str) -> None:
    assert _added_claims(said, again) == [again]


def test_a_restatement_with_its_polarity_kept_stays_hidden() -> None:
    said = "Mayor Ilse Varga approved the council's budget for the new harbour wall."
    again = "Mayor Ilse Varga approved the budget the council proposed for the harbour wall."
    assert _added_claims(said, again) == []


def _unaligned(old: str, new: str) -> list[tuple[str, str]]:
    """Claims of two texts whose sentences the aligner left all unpaired."""
    a, b = split_sentences(old), split_sentences(new)
    alignment = Alignment(
        [], [Role.REMOVED] * len(a), [Role.ADDED] * len(b), [None] * len(a), [None] * len(b)
    )
    return [
        (c.kind, c.after or c.before or "") for c in one_sided(alignment, a, b, texts=(old, new))
    ]


def test_a_rewrite_that_swaps_a_verb_for_its_opposite_is_a_claim() -> None:
    old = "The dockers' union supports the council's plan to rebuild the harbour wall."
    new = "The dockers' union opposes the council's plan to rebuild the harbour wall."
    assert _unaligned(old, new) == [("addition", new)]  # the old lead is the new one's
    same = "The dockers' union backs the council's plan to rebuild the harbour wall."
    assert _unaligned(old, same) == []


def test_opposite_words() -> None:
    assert swapped(word_list("Prices rose"), word_list("Prices fell"))
    assert not swapped(word_list("Prices rose"), word_list("Prices rise"))
    assert opposed(word_list("He approved it"), word_list("He did not approve it"))
    assert not opposed(word_list("He did not approve it"), word_list("He rejected it"))
    assert changes_meaning("We support the plan", "We oppose the plan")


def _edited_claims(said: str, now: str) -> list[tuple[str, str]]:
    """The claim changes when NEW edits ``said`` into ``now`` in place."""
    old = f"{_LEAD} {said}\n\n{_LATER}"
    new = f"{_LEAD} {now}\n\n{_LATER}"
    return [(c.kind, c.subject) for c in compare(old, new).changes if c.fact == "claim"]


def test_a_verb_turned_into_its_opposite_in_an_edited_sentence_is_a_polarity_claim() -> None:
    said = "Mayor Ilse Varga approved the council's budget for the new harbour wall."
    now = "Mayor Ilse Varga rejected the council's budget for the new harbour wall."
    assert ("update", "polarity") in _edited_claims(said, now)


def test_a_negation_and_the_opposite_verb_together_keep_the_polarity() -> None:
    said = "Mayor Ilse Varga did not approve the council's budget for the new harbour wall."
    now = "Mayor Ilse Varga rejected the council's budget for the new harbour wall."
    assert ("update", "polarity") not in _edited_claims(said, now)


def test_a_negation_elsewhere_does_not_cancel_a_swapped_verb() -> None:
    approved = word_list("The council approved the harbour plan on Tuesday.")
    rejected = "The council rejected the harbour plan on Tuesday, and no new vote is planned."
    assert opposed(approved, word_list(rejected))
    assert opposed(
        word_list("Shares of Orvane Foods rose 5 percent on Monday."),
        word_list("Shares of Orvane Foods fell 5 percent on Monday, though no reason was given."),
    )
    assert not opposed(
        word_list("The council did not approve the harbour plan on Tuesday."),
        word_list("The council rejected the harbour plan on Tuesday."),
    )
    assert not opposed(
        word_list("The council failed to approve the harbour plan on Tuesday."),
        word_list("The council rejected the harbour plan on Tuesday."),
    )
    said = "Mayor Ilse Varga approved the council's budget for the new harbour wall."
    now = (
        "Mayor Ilse Varga rejected the council's budget for the new harbour wall, and no new "
        "vote is planned."
    )
    assert "polarity" in [subject for _, subject in _edited_claims(said, now)]


def test_opened_and_closed_oppose_each_other_only_on_the_same_object() -> None:
    assert not swapped(
        word_list("Police closed the street after the shooting on Friday night."),
        word_list("Police opened an investigation after the shooting on Friday night."),
    )
    assert not swapped(
        word_list("Soldiers opened fire on the crowd, witnesses said."),
        word_list("Soldiers closed the border crossing, witnesses said."),
    )
    assert swapped(
        word_list("The council closed the old bridge on Friday."),
        word_list("The council opened the old bridge on Friday."),
    )
    assert swapped(["closed"], ["opened"])  # an edit of the verb alone: the same object
    said = "Police closed the harbour road after the storm on Friday night."
    now = "Police opened an investigation after the storm on Friday night."
    assert ("update", "polarity") not in _edited_claims(said, now)


def test_unless_is_if_not() -> None:
    said = "The dock workers will strike on Monday if the harbour board does not raise wages."
    same = "The dock workers will strike on Monday unless the harbour board raises wages."
    flipped = "The dock workers will strike on Monday if the harbour board raises wages."
    assert ("update", "polarity") not in _edited_claims(said, same)
    assert ("update", "polarity") in _edited_claims(same, flipped)


def test_words_of_few_or_little_are_no_negations() -> None:
    said = "The ferry had just left the Kestrel quay when the storm reached the harbour."
    now = "The ferry had hardly left the Kestrel quay when the storm reached the harbour."
    assert ("update", "polarity") not in _edited_claims(said, now)
