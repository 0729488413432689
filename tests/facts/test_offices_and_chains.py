"""Speakers named after a long office or at the end of a chain of appositions, as
English-language papers in South Asia and Africa write them (fictional set ak), and
one quotation given to another speaker in sentences the aligner left apart (set aj)."""

from __future__ import annotations

from storydiff import compare
from tests.facts.quoting import added_quotes, speakers_of


def test_a_long_office_before_a_name_is_not_part_of_it() -> None:
    text = (
        "Union Minister of State for Youth Affairs and Sports Kiran Bala Meghwal, asked about "
        "the row at an event in Delhi, said sports bodies must “keep their house in order.” "
        "“The government will not hesitate to act if money has been misused,” she added."
    )
    assert speakers_of(text) == ["Kiran Bala Meghwal", "Kiran Bala Meghwal"]


def test_an_office_of_one_word_before_a_name_is_still_left_out() -> None:
    text = "Minister of Fisheries Ilmar Vesk said the quota was “simply too high for the stock.”"
    assert speakers_of(text) == ["Ilmar Vesk"]


def test_a_chain_of_appositions_ends_with_the_name() -> None:
    text = (
        "The Commissioner of Police, Airport Command, CP Haruna Bello Gwandu, said officers "
        "had been sent to the terminals. “Nobody will be allowed to harass passengers,” he said."
    )
    assert speakers_of(text) == ["Gwandu"]  # "he", the name said last


def test_one_apposition_is_still_the_name() -> None:
    text = "The group's founder, Eli Strand, said the plan was “dead on arrival in this town.”"
    assert speakers_of(text) == ["Eli Strand"]


_LEAD = "PELLSBURY, N.C. (AP) — Tropical Storm Corliss pushed ashore near Pellsbury on Thursday.\n"
_QUOTE = "“We had water coming over the seawall before daylight, and it hasn’t stopped,”"


def test_a_quotation_said_by_another_in_a_sentence_apart_is_a_speaker_update() -> None:
    old = (
        f"{_LEAD}{_QUOTE} said Fire Chief Bonita Ruelas. Crews rescued at least 14 people "
        "overnight, she said.\nSchools were closed across the county.\n"
    )
    new = (
        f"{_LEAD}Schools were closed across the county.\nCrews rescued at least 14 people "
        f"overnight, Fire Chief Bonita Ruelas said.\n{_QUOTE} said Mayor Tobias Greer, who "
        "ordered a curfew from 8 p.m. to 6 a.m. and asked residents who had not evacuated to "
        "stay off the roads.\n"
    )
    shown = [(c.kind, c.fact, c.before, c.after) for c in compare(old, new).changes if not c.hidden]
    assert ("update", "speaker", "Bonita Ruelas", "Tobias Greer") in shown
    assert not any(f == "claim" and k in ("update", "removal") for k, f, _, _ in shown)


def test_the_same_speaker_in_a_sentence_apart_is_no_update() -> None:
    old = f"{_LEAD}{_QUOTE} said Fire Chief Bonita Ruelas.\nSchools were closed.\n"
    new = (
        f"{_LEAD}Schools were closed.\n{_QUOTE} said Bonita Ruelas, the fire chief, who "
        "ordered a curfew from 8 p.m. to 6 a.m. and asked residents to stay off the roads.\n"
    )
    assert not [c for c in compare(old, new).changes if c.fact == "speaker"]


def test_a_role_said_again_after_someone_new_was_brought_in_by_it_is_the_new_one() -> None:
    text = (
        "“If nurses are not safe, our town is not safe,” said Jenny Marr, a clinical nurse "
        "at Halvern General.\n"
        "A nurse at a clinic in Orrin Falls who spoke on the condition of anonymity said "
        "staff had not been told what to do.\n"
        "“It has been pretty disturbing to watch,” said the nurse, who has worked there "
        "for 20 years.\n"
    )
    assert added_quotes(text) == {"If nurses are": "Jenny Marr", "It has been": "a nurse"}


def test_a_role_said_again_of_the_one_it_described_is_still_that_person() -> None:
    text = (
        "A nurse at a clinic in Orrin Falls said staff had not been told what to do.\n"
        "“If nurses are not safe, our town is not safe,” said Jenny Marr, a clinical nurse "
        "at Halvern General.\n"
        "“It has been pretty disturbing to watch,” said the nurse.\n"
    )
    assert added_quotes(text)["It has been"] == "Jenny Marr"


def test_a_chain_stops_at_a_persons_own_name() -> None:
    # a review's probe: "D-Lakeview" and "CEO" are no names of the person
    text = (
        "The bill's sponsor, state Sen. Ana Ruiz, D-Lakeview, said the measure would “save "
        "lives on our rural roads.” The company's founder, Eli Strand, CEO of Vireo Labs, "
        "said it was “an unfunded mandate on small firms.”"
    )
    assert speakers_of(text) == ["Ana Ruiz", "Eli Strand"]


def test_words_the_first_speaker_still_says_are_no_speaker_update() -> None:
    # a review's probe: the neighbour still says them; the pastor says them too
    old = (
        f"{_LEAD}“We are all heartbroken tonight, every one of us,” said Ana Ruiz, who lives "
        "next door to one of the families.\nSchools were closed.\n"
    )
    new = (
        f"{_LEAD}Schools were closed.\n“We are all heartbroken tonight, every one of us,” said "
        "the Rev. Leo Marsh, who led the vigil.\nAna Ruiz, whose son played football with the "
        "boys, wept as she spoke. “We are all heartbroken tonight, every one of us,” she said.\n"
    )
    assert not [c for c in compare(old, new).changes if c.fact == "speaker"]
