"""A review's probes of the thirty-fifth session's rules (fictional passages): each
reads what the rule was made for and no further."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.facts.hedges import hedge_positions
from tests.facts.quoting import speakers_of


def _shown(old: str, new: str, facts: tuple[str, ...]) -> list[tuple[str, str | None, str | None]]:
    changes = compare(old, new).changes
    return [(c.kind, c.before, c.after) for c in changes if not c.hidden and c.fact in facts]


def test_a_turnout_is_no_rounding_of_a_share_of_bridges() -> None:
    lead = "DUNMORE, Norland (AP) — Voters in Dunmore approved a harbour levy on Sunday.\n"
    old = lead + "Turnout was 39.6 percent, the election office said, and 5,210 ballots were cast."
    new = (
        lead + "The election office said 5,210 ballots were cast.\n"
        "The levy will pay for the sea wall, with nearly 40 percent of the city's bridges"
        " also in need of repair."
    )
    shown = _shown(old, new, ("percent",))
    assert ("removal", "39.6 percent", None) in shown


def test_a_count_in_minutes_is_no_share() -> None:
    tail = " early in the second half to win the cup.\nThe final drew 40,000 fans."
    shown = _shown(
        "Kessla scored two in three minutes" + tail,
        "Kessla scored two in four minutes" + tail,
        ("percent",),
    )
    assert shown == []


def test_most_likely_before_a_verb_is_a_hedge() -> None:
    assert hedge_positions("the gas most likely comes from a cracked main".split()) != []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Ostland Transport Ministry on Monday refused to license a rail line to"
            " Seldt, overturning an earlier ruling by the Seldt District Court.\n\n“The"
            " line would pass too close to homes,” the ministry's decision said.",
            "ministry's decision",
        ),
        (
            "Police arrested a 34-year-old man after the shooting in Dunmore on Saturday."
            "\n\nInspector Lena Moor said officers found a rifle in his car.\n\nIn a brief"
            " court appearance, the 34-year-old said “I did not mean to hurt anyone.”",
            "34-year-old",
        ),
        (
            "A report released on Monday said the sea wall could fail within a decade.\n\n"
            "The Harbour Policy Institute, the report's author, urged the city to act."
            " “There is no time left to study the problem,” it said.",
            "Harbour Policy Institute",
        ),
        (
            "Prices in Ostland rose 4.5% in the year to March, the Ostland Statistics"
            " Office said on Tuesday.\n\nFood and fuel drove most of the rise.\n\n“Energy"
            " costs remain the main driver,” the agency said.",
            "Ostland Statistics Office",
        ),
        (
            "The sea wall at Seldt collapsed in March.\n\nResidents shared a notice the"
            " harbour board had taped to the gate on Sunday. “No entry until the wall is"
            " repaired,” the notice reads.",
            "harbour board",
        ),
        (
            "The sea wall at Seldt collapsed in March, flooding 40 homes.\n\nThe review"
            " found that harbour engineers had warned of “serious cracking” in 2019.",
            "harbour engineers",
        ),
        (
            "Deputy Fire Chief Marcus Bell said crews from four towns had joined. He said"
            ' the fire was "under control by noon."\nRuth Calder, 67, and her neighbor Anja'
            ' Indra watched the smoke from a church parking lot.\n"I grabbed my pills and'
            ' the dog and got in the car," she said.\nHe said crews would stay overnight to'
            ' "watch for flare-ups in the dry brush."',
            "Marcus Bell",
        ),
    ],
)  # fmt: skip
def test_a_rule_reads_no_further_than_it_was_made_for(text: str, speaker: str) -> None:
    assert speakers_of(text)[-1] == speaker


def _probe(name: str) -> tuple[str, str]:
    old, new = _PROBES[name].split("\n=====\n")
    return old, new


_PROBES = {
    "said_again": (
        "Prices in Veltria rose faster in April, the statistics office said.\n\n"
        "Inflation was 4.5% in March, the office said.\n\nThe central bank meets next week."
        "\n=====\n"
        "Prices in Veltria rose faster in April, the statistics office said.\n\n"
        "Inflation was 4.5% in March, the highest in a year, the office said.\n\n"
        "In April inflation rose to 5.1%, up from 4.5% in March, the office said on Tuesday."
        "\n\nThe central bank meets next week."
    ),
    "tenfold": (
        "A ferry capsized off the island of Marvel on Sunday, the coast guard said.\n\n"
        "Four people were killed, the coast guard said.\n\n"
        "Rescuers searched the water through the night."
        "\n=====\n"
        "A ferry capsized off the island of Marvel on Sunday, the coast guard said.\n\n"
        "Rescuers searched the water through the night.\n\n"
        "The coast guard said the number of people killed rose to 52 from four as divers"
        " reached the hull."
    ),
    "inside_a_year": (
        "Heavy rain fell across northern Veltria on Monday.\n\n"
        "The storm that hit Selz in 2012 killed 80 people in Arno and 12 in Selz.\n\n"
        "Roads to the coast were closed."
        "\n=====\n"
        "Heavy rain fell across northern Veltria on Monday.\n\n"
        "The storm that hit Selz in 2012 killed 95 people in Arno, 14 in Selz and 3 in"
        " Dunmore.\n\nRoads to the coast were closed."
    ),
}


def test_a_figure_the_new_version_says_again_elsewhere_did_not_move() -> None:
    shown = _shown(*_probe("said_again"), ("percent",))
    assert ("update", "4.5%", "5.1%") not in shown


def test_a_toll_may_grow_more_than_tenfold() -> None:
    assert ("update", "Four people", "52") in _shown(*_probe("tenfold"), ("quantity",))


def test_a_figure_is_read_where_it_stands_not_inside_a_year() -> None:
    assert ("update", "12", "14") in _shown(*_probe("inside_a_year"), ("quantity",))
