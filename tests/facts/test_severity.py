"""An edit that says a harm is worse or lighter is a claim update (severity)."""

from __future__ import annotations

import pytest

from storydiff import compare


def _severity(old: str, new: str) -> list[tuple[str | None, str | None]]:
    return [(c.before, c.after) for c in compare(old, new).changes if c.subject == "severity"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Two crew members were taken to hospital with minor injuries, the coastguard said.",
            "Two crew members were taken to hospital with serious injuries, the coastguard said.",
        ),
        (
            "The driver of the bus was in stable condition on Tuesday, Dunmore police said.",
            "The driver of the bus was in critical condition on Tuesday, Dunmore police said.",
        ),
        (
            "A fisherman was seriously wounded when the boiler exploded on the Marlow Star.",
            "A fisherman was fatally wounded when the boiler exploded on the Marlow Star.",
        ),
        (
            "Burns to the boy's arms were superficial, a spokesman for Kessla Hospital said.",
            "Burns to the boy's arms were severe, a spokesman for Kessla Hospital said.",
        ),
    ],
)
def test_another_degree_of_the_same_harm_is_a_severity_update(old: str, new: str) -> None:
    (change,) = _severity(old, new)
    assert change[0] and change[1]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # "minor" the noun is no degree
        (
            "A minor was injured when the roof of the Kessla market fell in on Sunday.",
            "A woman was seriously injured when the roof of the Kessla market fell in on Sunday.",
        ),
        # degrees of something that is no harm
        (
            "The council raised serious concerns about the cost of the new Veltro bridge.",
            "The council raised critical concerns about the cost of the new Veltro bridge.",
        ),
        # one degree said another way
        (
            "Two crew members were taken to hospital with serious injuries, officials said.",
            "Two crew members were taken to hospital with severe injuries, officials said.",
        ),
        # degrees of no harm near them (the review's cases, reworded)
        (
            "Councillors face a critical vote on the hospital budget, the Dunmore mayor said.",
            "Councillors face a major vote on the hospital budget, the Dunmore mayor said.",
        ),
        (
            "Two people suffered minor injuries in what police called a serious incident.",
            "Two people suffered minor injuries in what police called a critical incident.",
        ),
        (
            "The hospitality trade in Varnos faces a serious shortage of staff, the chamber said.",
            "The hospitality trade in Varnos faces a critical shortage of staff, the chamber said.",
        ),
        (
            "An aide, speaking on condition of anonymity, called the vote a major test.",
            "An aide, speaking on condition of anonymity, called the vote a critical test.",
        ),
        (
            "Officials said the Norland economy was in stable condition despite the strike.",
            "Officials said the Norland economy was in critical condition despite the strike.",
        ),
        # a degree only one side says
        (
            "Two crew members were taken to hospital with injuries, officials said.",
            "Two crew members were taken to hospital with serious injuries, officials said.",
        ),
    ],
)
def test_no_severity_update(old: str, new: str) -> None:
    assert _severity(old, new) == []


def test_a_warnings_colour_is_its_level() -> None:
    old = "An amber warning for rain covers western Ostria until Sunday."
    new = old.replace("An amber", "A red")
    assert [(c.kind, c.fact, c.subject) for c in compare(old, new).changes] == [
        ("update", "claim", "severity")
    ]
    shirts = compare(
        "Fans in red shirts filled the stand.", "Fans in amber shirts filled the stand."
    )
    assert [c.kind for c in shirts.changes] == ["rewording"]
    weather = "A yellow weather warning for rain covers Kessla."
    upgraded = compare(weather, weather.replace("A yellow", "An amber")).changes
    assert [c.subject for c in upgraded] == ["severity"]
    for text, a, b in (
        ("Volunteers from Red Alert, a rescue charity, helped.", "Red Alert", "Green Alert"),
        ("He ignored a red warning light on the dashboard.", "a red", "an amber"),
        ("Cars sank on the green level of the car park.", "green", "yellow"),
    ):
        subjects = [c.subject for c in compare(text, text.replace(a, b)).changes]
        assert "severity" not in subjects, text
