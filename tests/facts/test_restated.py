"""Sentences, clauses and headlines one version has that say again what the other
tells are no claims (``facts.restated``); ones that tell something new stay claims
(fictional stories)."""

from __future__ import annotations

import pytest

from storydiff import compare

_HEAD = "Brask cinema saved by local buyers"
_LEAD = (
    "HALLBERG, Varnland (Northport Wire) — A group of local buyers has bought the Brask "
    "cinema in Hallberg, the town's last, the group said on Monday."
)
_TAIL = "The group plans to show films on four evenings a week. Tickets will cost 90 krona."


def _story(head: str, middle: str) -> str:
    return f"{head}\n\n{_LEAD}\n\n{middle}\n\n{_TAIL}\n"


def _claims(old: str, new: str) -> list[tuple[str, str]]:
    return [
        (c.kind, c.before or c.after or "")
        for c in compare(old, new).changes
        if not c.hidden and c.fact == "claim"
    ]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "The former owner, Kare Lium, said he was glad the building would remain a "
            "cinema. He had run it for 31 years.",
            "Kare Lium, the former owner, who had run the cinema for 31 years, said he was "
            "glad the building would remain a cinema.",
        ),
        (
            "The record for a first night is 412 tickets. It was set in August 2019.",
            "The record for a first night, set in August 2019, is 412 tickets.",
        ),
    ],
)
def test_a_sentence_merged_into_another_is_no_claim(old: str, new: str) -> None:
    assert _claims(_story(_HEAD, old), _story(_HEAD, new)) == []


@pytest.mark.parametrize(
    ("said", "added"),
    [
        (
            "The owners could vote to approve the sale of the building on Monday evening.",
            "The owners approved the sale of the building on Monday evening.",
        ),
        (
            "The old projector may have broken down on Tuesday after a power cut.",
            "The old projector broke down on Tuesday after a power cut.",
        ),
    ],
)
def test_a_sentence_that_tells_as_done_what_another_hedged_stays_a_claim(
    said: str, added: str
) -> None:
    shown = _claims(_story(_HEAD, said), _story(_HEAD, f"{said} {added}"))
    assert ("addition", added) in shown, shown


def test_a_merged_sentence_that_tells_more_stays_a_claim() -> None:
    old = "The former owner, Kare Lium, said he was glad. He had run it for 31 years."
    new = (
        "Kare Lium, the former owner, said he was glad. He had run it for 31 years and "
        "had twice refused offers from a supermarket chain."
    )
    shown = _claims(_story(_HEAD, old), _story(_HEAD, new))
    assert shown and all("supermarket" in text for _, text in shown), shown


def test_a_clause_that_says_a_removed_sentence_again_is_no_claim() -> None:
    old = (
        "Screenings will begin on October 1 at the main hall and the studio. Members do "
        "not need a booking at the studio."
    )
    new = (
        "Screenings will start on October 1 at the main hall and at the studio; no "
        "booking is needed at the studio."
    )
    assert _claims(_story(_HEAD, old), _story(_HEAD, new)) == []


def test_a_headline_rewritten_from_the_story_is_no_claim() -> None:
    new_head = "Hallberg group buys the town's last cinema, plans four film evenings a week"
    assert _claims(_story(_HEAD, ""), _story(new_head, "")) == []


@pytest.mark.parametrize(
    "new_head",
    [
        "Town's last picture house faces closure within a year",
        "Local group that bought the town's last cinema arrested on Monday",
    ],
)
def test_a_headline_that_tells_something_new_is_a_claim(new_head: str) -> None:
    assert _claims(_story(_HEAD, ""), _story(new_head, "")) == [("addition", new_head)]


def test_a_clause_with_news_joined_on_when_two_sentences_merge_is_a_claim() -> None:
    old = (
        "The owners said they were reviewing all options for the building. They did not "
        "give further details."
    )
    new = (
        "The owners said they were reviewing all options for the building and had put the "
        "cinema up for sale, but did not give further details."
    )
    shown = _claims(_story(_HEAD, old), _story(_HEAD, new))
    assert [kind for kind, _ in shown] == ["addition"] and "for sale" in shown[0][1], shown


def test_a_clause_joined_on_in_place_of_a_sentence_s_last_word_is_a_claim() -> None:
    old = "Gov. Elena Marsh declared a state of emergency for Tessaly County on Monday afternoon."
    new = (
        "Gov. Elena Marsh declared a state of emergency for Tessaly County on Monday and said"
        " she would ask for federal disaster aid."
    )
    shown = _claims(_story(_HEAD, old), _story(_HEAD, new))
    assert shown == [("addition", "and said she would ask for federal disaster aid")], shown


def test_a_clause_joined_on_from_elsewhere_in_the_story_is_no_claim() -> None:
    old = (
        "The owners said they were reviewing all options for the building. They did not "
        "give further details. The owners had put the cinema up for sale in May."
    )
    new = (
        "The owners said they were reviewing all options for the building and had put the "
        "cinema up for sale in May, but did not give further details."
    )
    assert _claims(_story(_HEAD, old), _story(_HEAD, new)) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "The projector was made in 1958. Its fire alarm was working.",
            "The projector, whose fire alarm was not working, was made in 1958.",
        ),
        (
            "The small hall was built by the council in 1972. Its heating system was not "
            "working last winter.",
            "The small hall, whose heating system was working last winter, was built by the "
            "council in 1972.",
        ),
    ],
)
def test_a_sentence_merged_into_another_with_its_negation_turned_is_a_polarity_update(
    old: str, new: str
) -> None:
    shown = [
        (c.kind, c.subject)
        for c in compare(_story(_HEAD, old), _story(_HEAD, new)).changes
        if not c.hidden and c.fact == "claim"
    ]
    assert shown == [("update", "polarity")], shown


def test_a_clause_joined_on_before_a_closing_attribution_is_a_claim() -> None:
    old = "Gov. Elena Marsh declared an emergency for Tessaly County late Monday, her office said."
    new = (
        "Gov. Elena Marsh declared an emergency for Tessaly County and said she would ask for"
        " federal disaster aid, her office said."
    )
    shown = _claims(_story(_HEAD, old), _story(_HEAD, new))
    assert shown == [("addition", "and said she would ask for federal disaster aid")], shown


def test_a_clause_put_in_place_of_words_inside_a_sentence_is_no_joined_claim() -> None:
    old = "Police arrested Tomas Reyne at home in Marlow on Monday, officials said."
    new = (
        "Police arrested Tomas Reyne and seized three rifles from his truck in Marlow on"
        " Monday, officials said."
    )
    assert _claims(_story(_HEAD, old), _story(_HEAD, new)) == []
