"""Tolls, percentage points and dates told again (fictional passages): a count of the
dead and a count of the missing are two things whatever noun they count, each updated
on its own ("killing at least 12 people and leaving nine others missing" -> "the
death toll rose to 27, with 15 people still missing"); "7.3 percentage points" the
entity recogniser missed is a percentage, and the figures of an edited sentence pair
in the order it writes them; a date the other version tells again with its event
("began deliberating on Monday") is no update of the new lead's date; "passed 34 to
17" is a vote's tally, "approved 12 to 15 new permits" a range."""

from __future__ import annotations

from storydiff import compare
from storydiff.facts.tolls import toll_said

_TAIL = "\nVolunteers handed out blankets in the school gym.\nThe river fell overnight."


def _shown(old: str, new: str, fact: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (c.kind, c.before, c.after)
        for c in compare(old + _TAIL, new + _TAIL).changes
        if not c.hidden and c.fact == fact
    ]


def test_the_dead_and_the_missing_are_updated_apart() -> None:
    old = (
        "PELLARD, Kestovia (AP) — Flash floods tore through river towns in northern"
        " Kestovia overnight, killing at least 12 people and leaving nine others missing,"
        " police said Tuesday."
    )
    new = (
        "PELLARD, Kestovia (AP) — Rescuers pulled bodies from the mud in northern Kestovia"
        " on Tuesday as the death toll from the floods rose to 27, with 15 people still"
        " missing, according to the Civil Emergency Directorate."
    )
    shown = _shown(old, new, "quantity")
    assert ("update", "at least 12 people", "27") in shown
    assert ("update", "nine others", "15 people") in shown
    assert not any(
        before == "at least 12 people" and after == "15 people" for _, before, after in shown
    )


def test_what_a_toll_counts_is_read_from_the_words_around_it() -> None:
    sentence = "The blast killed at least 12 people, injured 40 others and left three missing."
    assert toll_said("at least 12 people", sentence) == "dead"
    assert toll_said("40 others", sentence) == "injured"
    assert toll_said("three", sentence) == "missing"
    assert toll_said("40 homes", "The storm damaged 40 homes.") == ""


def test_percentage_points_the_recogniser_missed_pair_in_order() -> None:
    old = (
        "With 58% of polling stations counted, New Horizon had 34.1% of the vote, a lead"
        " of 4.3 percentage points over Korbel's Civic Union at 29.8%, the commission said."
    )
    new = (
        "With 99.6% of polling stations counted, New Horizon had 35.4% of the vote, a lead"
        " of 7.3 percentage points over Korbel's Civic Union at 28.1%, the CEC said."
    )
    shown = _shown(old, new, "percent")
    assert ("update", "4.3 percentage points", "7.3 percentage points") in shown
    assert ("update", "29.8%", "28.1%") in shown
    assert len(shown) == 4


def test_a_date_told_again_with_its_event_is_no_update() -> None:
    old = (
        "A Harrow County jury began deliberating on Monday in the trial of a Wexley"
        " landlord accused of murder in a fire that killed four tenants."
    )
    new = (
        "A Harrow County jury on Tuesday convicted a Wexley landlord of manslaughter in a"
        " fire that killed four tenants.\nThe jury, which began deliberating on Monday,"
        " reached its verdict after two days."
    )
    shown = _shown(old, new, "date")
    assert ("addition", None, "Tuesday") in shown
    assert not any(kind == "update" for kind, _, _ in shown)


def test_a_body_that_passed_a_measure_n_to_m_gives_its_vote() -> None:
    old = "The Carrow council met on Thursday to debate the budget."
    new = old + "\nThe measure passed 34 to 17 after nearly five hours of debate."
    assert ("addition", None, "34 to 17") in _shown(old, new, "quantity")
    permits = old + "\nThe council approved 12 to 15 new permits for the harbour."
    assert ("addition", None, "12 to 15 new permits") in _shown(old, permits, "quantity")


def test_a_headline_that_repeats_the_toll_is_one_count_with_the_lead() -> None:
    old = (
        "Floods in Southern Norland Kill at Least 14 as Rivers Overflow\n"
        "DUNMORE, Norland — Torrential rain sent the Aske River over its banks on Tuesday,"
        " flooding dozens of villages and killing at least 14 people, the authorities said."
    )
    new = (
        "DUNMORE, Norland — Prime Minister Tomas Hallvik declared a state of emergency on"
        " Wednesday as the authorities said the death toll from flooding along the Aske River"
        " had risen to 23."
    )
    assert ("update", "at least 14 people", "23") in _shown(old, new, "quantity")


def test_a_death_toll_of_two_causes_is_the_toll() -> None:
    old = (
        "KESSLA, Norland (AFP) - A strong earthquake set off landslides that buried homes"
        " and killed at least 42 people, state broadcaster NRT said on Tuesday."
    )
    new = (
        "KESSLA, Norland (AFP) - The death toll from a strong earthquake and the landslides"
        " it set off rose to 87 on Tuesday, state broadcaster NRT said."
    )
    assert ("update", "at least 42 people", "87") in _shown(old, new, "quantity")


def test_the_toll_itself_updates_the_dead_and_another_years_dead_are_apart() -> None:
    old = (
        "At least 14 people were killed and 22 injured when a tour bus plunged into a"
        " ravine early Tuesday, officials said."
    )
    new = (
        "The death toll from the bus crash rose to 19 on Tuesday after five of the injured"
        " died in hospital, officials said.\n"
        "In 2017, 23 people were killed when a bus went off the road nearby."
    )
    shown = _shown(old, new, "quantity")
    assert ("update", "At least 14 people", "19") in shown
    assert not [s for s in shown if s[0] == "update" and s[2] == "23 people"]


def test_the_injured_are_counted_by_their_condition_and_by_their_noun() -> None:
    assert toll_said("six", "admitted 15 of the injured, six of them in serious condition.") == (
        "injured"
    )
    assert toll_said("Seventeen people", "Seventeen people remained in hospitals.") == "injured"
    old = (
        "At least 14 people were killed and 22 injured when a bus plunged into a ravine.\n"
        "The hospital said it had admitted 15 of the injured, six of them in serious condition."
    )
    new = (
        "At least 14 people were killed when a bus plunged into a ravine.\n"
        "Seventeen people remained in hospitals, the ministry said.\n"
        "The hospital, which admitted 15 of the injured, said three others were in critical"
        " condition."
    )
    shown = _shown(old, new, "quantity")
    assert ("update", "22 injured", "Seventeen people") in shown
    assert ("update", "six", "three others") in shown
