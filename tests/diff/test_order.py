from __future__ import annotations

from datetime import UTC, datetime

from storydiff import Document, compare

EARLY = (
    "Police said a fire broke out at the Tollmouth smelter on Saturday. "
    "Two workers were taken to hospital. "
    "This is a developing story and will be updated."
)
LATE = (
    "Police said a fire broke out at the Tollmouth smelter on Saturday. "
    "Five workers were taken to hospital, officials said on Monday. "
    "The company said an inquiry had begun and production would resume within a week. "
    "Firefighters from three towns fought the blaze for six hours."
)


def test_timestamps_decide_when_known() -> None:
    a = Document(text=LATE, published=datetime(2026, 3, 14, 6, tzinfo=UTC))
    b = Document(text=EARLY, published=datetime(2026, 3, 14, 9, tzinfo=UTC))
    o = compare(a, b).order
    assert (o.earlier, o.basis, o.confidence) == ("old", "timestamps", 1.0)


def test_evidence_when_timestamps_are_missing_both_ways() -> None:
    forward = compare(EARLY, LATE).order
    backward = compare(LATE, EARLY).order
    assert forward.earlier == "old" and backward.earlier == "new"
    assert forward.basis == "evidence" and 0.5 < forward.confidence < 1.0
    assert abs(forward.confidence - backward.confidence) < 1e-12
    reasons = " ".join(forward.reasons)
    assert "developing-story" in reasons and "weekday" in reasons and "count" in reasons


def test_no_evidence_is_unknown() -> None:
    o = compare("The ship sank on Tuesday.", "The boat sank on Tuesday.").order
    assert o.earlier is None


def test_an_unanswered_call_is_no_reaction_but_a_statement_is() -> None:
    waiting = (
        "Police said a fire broke out at the Tollmouth smelter on Saturday. "
        "The company did not immediately respond to a request for comment."
    )
    answered = (
        "Police said a fire broke out at the Tollmouth smelter on Saturday. "
        "The company said in a statement that an inquiry had begun."
    )
    reasons = " ".join(compare(waiting, answered).order.reasons)
    assert "1 reaction(s) more in new" in reasons
    assert "reaction" not in " ".join(compare(waiting, waiting + " Fire crews left.").order.reasons)


def test_confidence_is_scaled_to_what_the_clues_earn_on_held_out_pairs() -> None:
    import math

    from storydiff.config.compare import ORDER_CONFIDENCE_SCALE

    forward = compare(EARLY, LATE).order
    assert 0 < ORDER_CONFIDENCE_SCALE < 1  # the fitted weights alone claim too much
    score = math.log(forward.confidence / (1 - forward.confidence)) / ORDER_CONFIDENCE_SCALE
    assert forward.confidence < 1 / (1 + math.exp(-score))
