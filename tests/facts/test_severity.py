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
        # a degree only one side says
        (
            "Two crew members were taken to hospital with injuries, officials said.",
            "Two crew members were taken to hospital with serious injuries, officials said.",
        ),
    ],
)
def test_no_severity_update(old: str, new: str) -> None:
    assert _severity(old, new) == []
