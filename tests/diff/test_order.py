from __future__ import annotations

import math
from datetime import UTC, datetime

import pytest

from storydiff import Document, compare
from storydiff.config import ORDER_WEIGHTS, CompareConfig
from storydiff.config.compare import ORDER_CONFIDENCE_SCALE
from storydiff.diff.order import evidence
from storydiff.diff.order_edits import date_vote, weekday_vote

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

# A meeting announced, then held: the later take tells it as done.
ANNOUNCED = (
    "Trade ministers from nine countries gathered in Port Avel. "
    "The delegation will travel to the harbour talks on Tuesday, where the ministers are "
    "meeting to discuss fishing quotas and are expected to sign a pact. "
    "The talks follow months of disputes over the northern grounds."
)
HELD = (
    "Trade ministers from nine countries gathered in Port Avel. "
    "The delegation has arrived at the harbour talks, where the ministers have signed "
    "a pact that has divided the fishing quotas. "
    "The talks follow months of disputes over the northern grounds."
)
# A first take, and a follow-up that swaps its lead for a new one of about the
# same length: a rewrite, not growth.
TAKE = (
    "A ferry carrying 40 passengers ran aground near the island of Skerrow on Sunday, "
    "the coast guard said, and rescue boats were heading to the scene. "
    "The weather in the strait was calm."
)
FOLLOWUP = (
    "A day after the ferry ran aground, the coast guard said in response to questions "
    "that all passengers had later been brought ashore again safely by lifeboats. "
    "The weather in the strait was calm."
)


def clues(a: str, b: str) -> dict[str, tuple[float, str]]:
    c = compare(a, b, CompareConfig(facts=False))
    return evidence(c.alignment, c.old_sentences, c.new_sentences, a, b)


def test_timestamps_decide_when_known() -> None:
    a = Document(text=LATE, published=datetime(2026, 3, 14, 6, tzinfo=UTC))
    b = Document(text=EARLY, published=datetime(2026, 3, 14, 9, tzinfo=UTC))
    o = compare(a, b).order
    assert (o.earlier, o.basis, o.confidence) == ("old", "timestamps", 1.0)


def test_one_page_captured_twice_is_ordered_by_when_it_says_it_changed() -> None:
    published = datetime(2026, 3, 14, 6, tzinfo=UTC)

    def doc(text: str, updated: str | None = None, url: str | None = None) -> Document:
        return Document(text=text, published=published, url=url,
                        metadata={"updated": updated} if updated else {})  # fmt: skip

    first, later = doc(LATE, "2026-03-14T07:00Z"), doc(EARLY, "2026-03-14T09:30Z")
    o = compare(first, later).order  # the evidence alone would say NEW is earlier
    assert (o.earlier, o.basis) == ("old", "timestamps")
    assert o.reasons == [
        "updated 2026-03-14T07:00:00+00:00 (old) vs 2026-03-14T09:30:00+00:00 (new)"
    ]
    assert compare(later, first).order.earlier == "new"
    # no stamp on one side, a day without a time, two pages: the stamps say nothing
    for a, b in (
        (doc(LATE), later),
        (doc(LATE, "2026-03-14"), later),
        (doc(LATE, "2026-03-14T07:00Z", "https://a.example/x"),
         doc(EARLY, "2026-03-14T09:30Z", "https://b.example/x")),
    ):  # fmt: skip
        assert compare(a, b).order.basis == "evidence"
    other_day = Document(text=LATE, published=datetime(2026, 3, 15, tzinfo=UTC))
    assert compare(other_day, later).order.reasons[0].startswith("published")  # publication first


def test_evidence_when_timestamps_are_missing_both_ways() -> None:
    forward = compare(EARLY, LATE).order
    backward = compare(LATE, EARLY).order
    assert forward.earlier == "old" and backward.earlier == "new"
    assert forward.basis == "evidence" and 0.5 < forward.confidence < 1.0
    assert abs(forward.confidence - backward.confidence) < 1e-12
    reasons = " ".join(forward.reasons)
    assert "developing-story" in reasons and "weekday" in reasons
    assert clues(EARLY, LATE)["counts"][0] > 0  # two -> five workers


def test_each_reason_is_given_once() -> None:
    reasons = compare(EARLY, LATE).order.reasons
    assert any("new material" in r for r in reasons)
    assert len(reasons) == len(set(reasons))


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
    assert clues(waiting, answered)["reaction"][0] > 0
    assert "reaction" not in clues(waiting, waiting + " Fire crews left.")


def test_a_clue_fitted_to_zero_gives_no_reason() -> None:
    pairs = [(EARLY, LATE), (ANNOUNCED, HELD), (TAKE, FOLLOWUP)]
    for a, b in pairs:
        reasons = compare(a, b).order.reasons
        for name, (_, said) in clues(a, b).items():
            if ORDER_WEIGHTS[name] == 0:
                assert said not in reasons


def test_confidence_is_the_scaled_logistic_of_the_weighted_clues() -> None:
    forward = compare(EARLY, LATE).order
    score = sum(ORDER_WEIGHTS[n] * v for n, (v, _) in clues(EARLY, LATE).items())
    assert score > 0
    assert forward.confidence == pytest.approx(1 / (1 + math.exp(-score * ORDER_CONFIDENCE_SCALE)))


def test_swapping_the_versions_flips_every_clue() -> None:
    promo = EARLY + "\n\n[Read our full coverage of the Tollmouth fire here.]"
    for a, b in [(EARLY, LATE), (ANNOUNCED, HELD), (TAKE, FOLLOWUP), (EARLY, promo)]:
        forward, backward = clues(a, b), clues(b, a)
        assert forward.keys() == backward.keys() and forward
        for name, (value, _) in forward.items():
            assert backward[name][0] == pytest.approx(-value), name


def test_done_against_ongoing_points_at_the_later_take() -> None:
    forward = clues(ANNOUNCED, HELD)
    assert forward["aspect"][0] > 0 and forward["future"][0] > 0
    assert compare(ANNOUNCED, HELD).order.earlier == "old"
    assert compare(HELD, ANNOUNCED).order.earlier == "new"


def test_follow_up_wording_and_a_rewritten_lead() -> None:
    forward = clues(TAKE, FOLLOWUP)
    assert forward["followup"][0] > 0
    # the lead was swapped for one of about its length: growth says little
    assert abs(forward["growth"][0]) < 0.2
    assert abs(forward.get("length", (0.0, ""))[0]) < 0.2
    grown = clues(TAKE, TAKE + " Two passengers were treated for cold, a medic said.")
    assert grown["growth"][0] > 0.3 and "followup" not in grown
    # the same net loss of words, as a rewritten lead and as a cut: the rewrite says less
    lead = "A ferry carrying 40 passengers ran aground near the island of Skerrow on Sunday."
    body = (
        " Rescue boats from two harbours reached the ferry within the hour."
        " The coast guard said the hull was not breached and no fuel had leaked."
    )
    tail = " Divers inspected the hull overnight."
    rewrite = clues(
        lead + body + tail, "All 40 passengers of a grounded ferry were safe." + body + tail
    )
    cut = clues(lead + body + tail, lead + body)
    assert rewrite["growth"][0] < 0 and cut["growth"][0] < 0
    assert abs(rewrite["growth"][0]) < 0.75 * abs(cut["growth"][0])
    assert abs(rewrite["length"][0]) < 0.9 * abs(cut["length"][0])
    assert compare(TAKE, FOLLOWUP).order.earlier == "old"
    assert compare(FOLLOWUP, TAKE).order.earlier == "new"


def test_a_bracketed_link_line_is_a_later_web_edit_not_story_growth() -> None:
    linked = EARLY + "\n\n[Read our full coverage of the Tollmouth fire here.]"
    forward = clues(EARLY, linked)
    assert forward["promo"][0] == 1 and clues(linked, EARLY)["promo"][0] == -1
    assert "growth" not in forward and "length" not in forward
    signup = EARLY + "\n\nSign up for our morning newsletter to get the news first."
    assert clues(EARLY, signup) == {}  # a newsletter line is no story material
    for note in (
        "[Editor's note: an earlier version of this story misspelled a street name.]",
        "[Photo: firefighters on the roof of the Tollmouth depot at dawn.]",
    ):
        assert "promo" not in clues(EARLY, EARLY + "\n\n" + note), note


# The clues of diff.order_edits, each on fictional pairs, both ways round.
COUNCIL = " The county council will meet next month to discuss repairs to the Wend bridge."


def both_ways(a: str, b: str, name: str) -> float:
    """The clue's value from A to B, checked to flip sign from B to A."""
    forward, backward = clues(a, b), clues(b, a)
    assert name in forward, forward
    assert backward[name][0] == pytest.approx(-forward[name][0])
    return forward[name][0]


def test_copy_desk_fixes_point_at_the_later_version_against_a_trim() -> None:
    draft = (
        "Sales at the Marrow Lane bakery rose 12 percent in March, compared to a year "
        "earlier. The owner said whether or not the shop expands depends on the the lease."
    )
    edited = (
        "Sales at the Marrow Lane bakery rose 12 percent in March, compared with a year "
        "earlier. The owner said whether the shop expands depends on the lease."
    )
    assert both_ways(draft + COUNCIL, edited + COUNCIL, "copyedit") == 3
    # the edited version is shorter, yet the fixes say it came later
    assert compare(draft + COUNCIL, edited + COUNCIL).order.earlier == "old"
    assert compare(edited + COUNCIL, draft + COUNCIL).order.earlier == "new"


def test_copy_desk_fixes_count_only_in_edited_sentences() -> None:
    wordy = "Rents rose 9 percent, compared to 4 percent a year earlier."
    # a sentence cut whole is a change of story, not of style
    assert "copyedit" not in clues(wordy + COUNCIL, COUNCIL.strip())
    # "that that" and "had had" are English, not slips
    said = "He said that that plan had had its day."
    assert "copyedit" not in clues(said + COUNCIL, said.replace("its", "her") + COUNCIL)
    aged = "A five-year-old girl was rescued from the river."
    assert both_ways(aged + COUNCIL, aged.replace("five", "5") + COUNCIL, "copyedit") == 1


def test_plans_made_past_are_a_tense_change() -> None:
    planned = (
        "The delegation will travel to Port Avel for the harbour talks. "
        "The envoy is expected to arrive with the draft, officials said."
    )
    done = (
        "The delegation traveled to Port Avel for the harbour talks. "
        "The envoy arrived with the draft, officials said."
    )
    assert both_ways(planned + COUNCIL, done + COUNCIL, "tense") == 2
    assert compare(planned + COUNCIL, done + COUNCIL).order.earlier == "old"
    assert compare(done + COUNCIL, planned + COUNCIL).order.earlier == "new"
    # a plan swapped for another verb is no tense change
    other = planned.replace("will travel", "refused")
    assert "tense" not in clues(planned + COUNCIL, other + COUNCIL)


def test_a_tense_change_next_to_another_edit_across_a_comma_counts() -> None:
    # the word diff joins 'position," says' -> 'spot," said' into one replace; the
    # tense clue reads it word by word, as two edits with the same marks between
    early = '"The party is in a tough position," says Leon Varro, a former fighter.'
    late = '"The party is in a tough spot," said Leon Varro, a former fighter.'
    assert both_ways(early + COUNCIL, late + COUNCIL, "tense") == 1
    # inside quotation marks it is someone's words set right, not the story moving on
    early = '"The road is safe, says my brother," farmer Ida Marsh told reporters.'
    late = '"The road is sound, said my brother," farmer Ida Marsh told reporters.'
    assert "tense" not in clues(early + COUNCIL, late + COUNCIL)
    early = "“Our position, frankly, is hopeless,” Fenn said. “The plan is dead,” she said."
    assert "tense" not in clues(early + COUNCIL, early.replace("is dead", "was dead") + COUNCIL)


def test_a_toll_that_grows_is_later_other_numbers_say_nothing() -> None:
    early = "The storm killed at least 12 people in the valley. The river rose 3 metres."
    late = "The storm killed at least 15 people in the valley. The river rose 2 metres."
    assert both_ways(early + COUNCIL, late + COUNCIL, "counts") == 1  # 12 -> 15 people
    measured = early.replace("12 people", "15 people") + COUNCIL
    assert "counts" not in clues(measured, late + COUNCIL)  # 3 -> 2 metres: no toll
    o = compare(early + COUNCIL, late + COUNCIL).order
    assert o.earlier == "old" and any("toll" in r for r in o.reasons)


def test_a_calendar_date_a_few_days_on_is_later_a_far_or_dated_one_is_not() -> None:
    strike = "The ferry service was suspended on May 30 after the strike began."
    talks = strike + " Talks resumed on June 2, the operator said."
    assert both_ways(strike + COUNCIL, talks + COUNCIL, "date") == 1
    background = strike + " The last strike ended on May 12, the operator said."
    assert "date" not in clues(strike + COUNCIL, background + COUNCIL)
    dated = strike + " Talks resumed on June 2, 2019, the operator said."
    assert "date" not in clues(strike + COUNCIL, dated + COUNCIL)


@pytest.mark.parametrize(
    ("old", "new"),
    [("Mar. 30", "Apr. 2"), ("Jun. 29", "Jul. 1"), ("Sept 29", "Oct. 1"), ("Jun 3", "June 5")],
)
def test_every_short_form_of_a_month_dates_the_edit(old: str, new: str) -> None:
    # the month names and short forms of text.calendar, with or without a full stop
    assert date_vote(f"The Penmarrow pier opened {old}.", f"The Penmarrow pier opened {new}.") == 1


def test_a_plan_overtaken_and_an_updated_line_point_at_the_later_version() -> None:
    plan = "The city plans to close Harbour Street to cars on Monday." + COUNCIL
    overtaken = "The city had planned to close Harbour Street to cars on Monday." + COUNCIL
    assert both_ways(plan, overtaken, "followup") > 0
    line = " This story has been updated to include the company's comment."
    assert both_ways(plan, plan + line, "updated") == 1
    assert compare(plan, plan + line).order.earlier == "old"


def test_a_weekday_looked_ahead_to_does_not_date_a_version() -> None:
    """ "Final results are expected on Thursday" in the earlier take says nothing of
    when it was written: the later take's "showed on Wednesday" is later."""
    old = (
        "Partial results released by the commission showed on Monday that the Alliance "
        "led. Final results are expected on Thursday, the commission said."
    )
    new = "Final results released by the commission showed on Wednesday that the Alliance won."
    assert weekday_vote(old, new) == 1
    assert weekday_vote(new, old) == -1
    planned = "The council said on Monday that it will vote on Thursday."
    assert weekday_vote(planned, "The council voted on Tuesday.") == 1


def test_a_future_word_in_another_clause_does_not_hide_the_telling_day() -> None:
    old = "The company said it would cut 500 jobs, a spokesman said Monday."
    new = "The company said it would cut 700 jobs, a spokesman said Tuesday."
    assert weekday_vote(old, new) == 1
