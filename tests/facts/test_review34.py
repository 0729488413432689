"""A review's probes of the thirty-fourth session's rules (fictional passages): each
reads what the rule was made for and no further."""

from __future__ import annotations

from storydiff import compare
from storydiff.facts.sources import one_source
from storydiff.facts.tolls import toll_said
from tests.facts.quoting import BASE, added_quotes

_TAIL = "\nVolunteers handed out water at the station.\nTalks resume next week."


def _shown(old: str, new: str, tail: str = _TAIL) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (c.kind, c.fact, c.before, c.after)
        for c in compare(old + tail, new + tail).changes
        if not c.hidden
    ]


def test_a_toll_is_read_in_its_own_clause_and_through_adverbs() -> None:
    rescued = "The death toll rose to 12 as 30 people were rescued."
    assert toll_said("30 people", rescued) == ""
    assert toll_said("15 people", "with 15 people still feared missing.") == "missing"
    assert toll_said("55 people", "and 55 people seriously injured.") == "injured"
    assert toll_said("Two", "Two were shot dead.") == "dead"
    assert toll_said("Two gunmen", "Two gunmen killed 5 people.") == ""  # who killed
    assert toll_said("12 people", "Officials said 12 people killed in the blast.") == "dead"


def test_a_toll_rising_as_others_are_moved_is_one_update() -> None:
    old = "Floods swept Pellard on Monday, killing 12 people, police said."
    new = (
        "The death toll from the floods rose to 27 on Tuesday as rescuers moved 300 others"
        " to higher ground, police said."
    )
    assert ("update", "quantity", "12 people", "27") in _shown(old, new)


def test_a_date_said_of_another_event_on_both_sides_is_no_move() -> None:
    keep = "\nThe union's members voted on Monday to strike.\nTalks resume next week."
    old = "The Kessla council voted on Monday to close the depot."
    new = "The Kessla council voted on Thursday to close the depot and sell the land."
    assert ("update", "date", "Monday", "Thursday") in _shown(old, new, keep)


def test_two_named_regulators_are_two_sources() -> None:
    assert not one_source(
        "the Ostland Energy Regulatory Commission", "the Ostland Energy Ombudsman"
    )


def test_a_producer_is_a_person() -> None:
    new = BASE + (
        "\nOrvane Studios will release the drama in March, the studio said."
        "\n“We shot it in 19 days,” the producer said."
    )
    assert added_quotes(new)["We shot it"] == "producer"


def test_a_role_brought_in_and_then_named_is_that_person() -> None:
    new = BASE + (
        "\nPolice said Tomas Varek robbed Orvane Jewellers.\nThe store manager called police"
        " at 9 p.m.\nThe store manager, Ilse Marrow, said the man was calm.\n“He had a"
        " knife,” the store manager said."
    )
    assert added_quotes(new)["He had a"] == "Ilse Marrow"


def test_a_company_named_for_its_town_is_a_new_source() -> None:
    old = "KESSLA — The Kessla city council voted on Monday to raise power prices."
    new = old + "\n“We had no choice but to ask for more,” Kessla Energy said in a statement."
    assert ("addition", "source", None, "Kessla Energy") in _shown(old, new)


def test_news_added_to_a_sentence_whose_figure_changed_is_a_claim() -> None:
    lead = "A commuter train derailed near Corrigan Falls early Thursday, authorities said."
    old = lead + (
        " At least six people were unaccounted for Thursday afternoon as rescuers searched the"
        " overturned cars."
    )
    new = lead + (
        " Two people remained missing Thursday night as rescuers cut through the wreckage of"
        " the overturned cars, and police arrested the driver on suspicion of manslaughter."
    )
    assert any(kind == "addition" and fact == "claim" for kind, fact, _, _ in _shown(old, new))


def test_a_name_or_a_count_after_a_month_word_is_no_date() -> None:
    old = "In the count, Dara May 1,204 votes and Ivo Tesk 980 votes, officials said."
    new = "In the count, Dara May 1,310 votes and Ivo Tesk 980 votes, officials said."
    assert not any(fact == "date" for _, fact, _, _ in _shown(old, new))


def test_a_tally_after_the_bill_passed_is_a_tally() -> None:
    old = "The Senate passed the bill 34 to 17 on Monday."
    new = "The Senate passed the bill 33 to 18 on Monday."
    assert ("update", "quantity", "34 to 17", "33 to 18") in _shown(old, new)


def test_who_wrote_the_bill_says_no_quote() -> None:
    new = BASE + (
        "\nState Senator Harriet Quillan, a Civic League member from Ashgrove who wrote the"
        " bill, accused Mr. Pell on Tuesday of holding tenants “hostage to a donor list.”"
        "\nTomas Varek, who told reporters on Monday, “We will fight this,” left early."
    )
    quotes = added_quotes(new)
    assert quotes["hostage to a"] == "Harriet Quillan"
    assert quotes["We will fight"] == "Tomas Varek"
