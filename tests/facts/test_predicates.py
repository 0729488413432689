"""An edit that changes the main verb or object of a sentence into that of another
news event or group is a claim update; tense, voice, a reporting verb, a synonym or a
modifier of the object is rewording (fictional passages)."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.facts.predicates import CONTRASTED_VERBS
from storydiff.facts.speech import SPEECH_VERBS

_LEAD = "The harbour at Penmarrow reopened on Monday after the storm damaged the old pier."
_LATER = "Fishing boats returned to the quay by noon, the harbour master said."


def _shown(said: str, again: str) -> list[tuple[str, str, str]]:
    """The shown changes when the middle sentence ``said`` is edited into ``again``."""
    old = f"{_LEAD} {said}\n\n{_LATER}"
    new = f"{_LEAD} {again}\n\n{_LATER}"
    return [(c.kind, c.fact, c.subject) for c in compare(old, new).changes if not c.hidden]


@pytest.mark.parametrize(
    ("said", "again"),
    [
        (
            "A deckhand was arrested after the collision near the breakwater.",
            "A deckhand was charged after the collision near the breakwater.",
        ),
        (
            "Coastguard officers questioned the skipper of the trawler late on Monday.",
            "Coastguard officers released the skipper of the trawler late on Monday.",
        ),
        (
            "The Penmarrow Shipping Company bought the old ferry terminal last year.",
            "The Penmarrow Shipping Company sold the old ferry terminal last year.",
        ),
        (
            "Harbour police said they had detained the skipper of the trawler.",
            "Harbour police said they had arrested the skipper of the trawler.",
        ),
    ],
)
def test_a_changed_main_verb_is_a_claim_update(said: str, again: str) -> None:
    assert _shown(said, again) == [("update", "claim", "predicate")]


def test_a_changed_object_is_a_claim_update() -> None:
    said = "Harbour police detained the protesters outside the town hall on Monday."
    again = "Harbour police detained the journalists outside the town hall on Monday."
    assert _shown(said, again) == [("update", "claim", "object")]


@pytest.mark.parametrize(
    ("said", "again"),
    [
        (  # tense and aspect
            "Harbour police arrest the skipper of the trawler at the quay.",
            "Harbour police have arrested the skipper of the trawler at the quay.",
        ),
        (  # a verb phrase around the same verb
            "Harbour police arrested the skipper of the trawler at the quay.",
            "Harbour police began arresting the skipper of the trawler at the quay.",
        ),
        (  # the passive of the same verb
            "Harbour police arrested the skipper of the trawler at the quay.",
            "The skipper of the trawler was arrested by harbour police at the quay.",
        ),
        (  # one reporting verb for another
            "Harbour police said the skipper of the trawler had been arrested.",
            "Harbour police told reporters the skipper of the trawler had been arrested.",
        ),
        (  # a synonym of one news event
            "The Penmarrow Shipping Company bought the old ferry terminal last year.",
            "The Penmarrow Shipping Company acquired the old ferry terminal last year.",
        ),
        (  # a verb of no listed event: a synonym cannot be told apart
            "Volunteers helped the families of the crew through the night.",
            "Volunteers assisted the families of the crew through the night.",
        ),
        (  # the object's determiner and modifier
            "Harbour police detained the protesters outside the town hall on Monday.",
            "Harbour police detained some young protesters outside the town hall on Monday.",
        ),
        (  # the same people described by age or sex
            "Harbour police detained the protesters outside the town hall on Monday.",
            "Harbour police detained the women outside the town hall on Monday.",
        ),
        (  # a noun of no listed group
            "The council approved the budget after a long debate on Monday.",
            "The council approved the plan after a long debate on Monday.",
        ),
        (  # verbs of two groups that also name one event (NEAR_VERBS)
            "Soldiers freed the hostages from the farmhouse near the border.",
            "Soldiers rescued the hostages from the farmhouse near the border.",
        ),
        (
            "The council scrapped the night bus route to the harbour.",
            "The council cut the night bus route to the harbour.",
        ),
    ],
)
def test_the_same_claim_said_another_way_stays_hidden(said: str, again: str) -> None:
    assert _shown(said, again) == []


def test_a_changed_name_is_reported_as_the_name_alone() -> None:
    said = "Harbour police arrested Tomas Varek at the quay on Monday."
    again = "Harbour police questioned Ilse Marrow at the quay on Monday."
    shown = _shown(said, again)
    assert ("update", "claim", "predicate") not in shown
    assert shown


def test_no_verb_is_in_two_groups_or_a_reporting_verb() -> None:
    verbs = [v for group in CONTRASTED_VERBS for v in group]
    assert len(verbs) == len(set(verbs))
    assert not set(verbs) & SPEECH_VERBS


def test_a_claim_update_shows_words_of_its_own_sentence_only() -> None:
    old = f"{_LEAD} Police arrested a deckhand. Boats then left the quay."
    new = f"{_LEAD} Police charged a deckhand. Boats then left the quay."
    (change,) = [c for c in compare(old, new).changes if c.fact == "claim"]
    assert (change.before, change.after) == (
        "Police arrested a deckhand.",
        "Police charged a deckhand.",
    )


@pytest.mark.parametrize(
    ("old_words", "new_words", "shown"),
    [
        (
            "The U.S. Navy arrested a deckhand.",
            "The U.S. Navy charged a deckhand.",
            ("The U.S. Navy arrested a deckhand.", "The U.S. Navy charged a deckhand."),
        ),
        (  # a paragraph of no full stop ends at its line break
            "The pier closed\n\nPolice arrested a deckhand\n\nBoats left",
            "The pier closed\n\nPolice charged a deckhand\n\nBoats left",
            ("Police arrested a deckhand", "Police charged a deckhand"),
        ),
    ],
)
def test_initials_and_line_breaks_bound_a_claims_words(
    old_words: str, new_words: str, shown: tuple[str, str]
) -> None:
    old, new = f"{_LEAD}\n\n{old_words}", f"{_LEAD}\n\n{new_words}"
    (change,) = [c for c in compare(old, new).changes if c.fact == "claim"]
    assert (change.before, change.after) == shown


def test_a_wire_datelines_place_is_not_what_the_lead_is_about() -> None:
    """The model reads "WESTON" as what was charged when it parses the dateline with
    the lead; the lead is parsed without it."""
    said = (
        "WESTON, Norland (AP) — Davin Morrow, 34, was arrested Friday in connection with "
        "the stabbing of a man outside a nightclub in Weston, police said."
    )
    again = said.replace("arrested", "charged")
    changes = compare(f"{said}\n\n{_LATER}", f"{again}\n\n{_LATER}").changes
    assert [(c.kind, c.fact, c.subject) for c in changes if not c.hidden] == [
        ("update", "claim", "predicate")
    ]
