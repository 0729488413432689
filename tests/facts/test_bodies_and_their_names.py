"""A body named two ways, a writing owned by a pronoun, a person the model tagged as
a body, a surname's gender by its full name, a body's relative clause naming someone
else, and a half-mile: fictional passages."""

from __future__ import annotations

from storydiff import compare
from storydiff.facts.aliases import same_entity
from storydiff.facts.pending import kinds
from storydiff.facts.speaker_names import one_body
from tests.facts.quoting import speakers_of

LEAD = "DUNMORE, Ky. (AP) — A chemical spill closed the Tarn River on Sunday."
LATER = "Crews worked through the night to contain the spill."


def _shown(old: str, new: str) -> list[tuple[str, str, str | None, str | None]]:
    a, b = f"{LEAD}\n\n{old}\n\n{LATER}", f"{LEAD}\n\n{new}\n\n{LATER}"
    return [(c.kind, c.fact, c.before, c.after) for c in compare(a, b).changes if not c.hidden]


def test_a_company_without_its_trade_is_one_body() -> None:
    assert one_body("Brackwell Chemical", "Brackwell")
    assert not one_body("Varnos", "Varnos Daily")


def test_a_hyphened_name_has_its_initials() -> None:
    assert same_entity("AFP", "Agence France-Presse")


def test_a_half_mile_is_half_a_mile() -> None:
    shown = _shown(
        "Residents within half a mile of the site were told to leave.",
        "Residents within a half-mile of the site were told to leave.",
    )
    assert shown == []


def test_a_person_the_model_tagged_as_a_body_is_she() -> None:
    text = (
        "Gov. Teodor Balin declared a state of emergency on Tuesday morning. “We will put"
        " every resource we have behind the people of Mossbeck,” Balin wrote online.\n"
        "Officials called early reports of a downed power line “pure speculation at this"
        " point.”\n"
        "Ilse Varga, a fire ecologist at the University of Brennock, told The Associated"
        " Press that fires in the region were burning hotter.\n"
        "“What used to be a bad August is now a normal October,” she said."
    )
    assert speakers_of(text)[-1] == "Ilse Varga"


def test_a_bodys_relative_clause_names_someone_else() -> None:
    text = (
        "Miriam Osgood, a cancer researcher, resigned on Monday.\n"
        "The agency, which funded much of Osgood's work, said it was “assessing next"
        " steps.”"
    )
    assert speakers_of(text) == ["agency"]


def test_found_dead_is_no_pending_word_but_the_outcome() -> None:
    assert kinds("One person was found dead in a burned home.") == ()
    assert kinds("The names were not released.") != ()
    shown = _shown(
        "No deaths had been reported.",
        "One person was found dead in a burned home in Tarn Hollow, the sheriff's office said.",
    )
    assert ("update", "claim") in [(k, f) for k, f, _, _ in shown]


def test_an_office_named_either_way_round_is_one_body() -> None:
    shown = _shown(
        "The Transport Ministry said the line would reopen on Friday.",
        "The Ministry of Transport said the line would reopen on Friday.",
    )
    assert [s for s in shown if s[1] in ("organization", "attribution")] == []


def test_a_body_by_its_kind_is_the_short_name_of_that_kind() -> None:
    lead = "The Federal Maritime Safety Agency opened an inquiry into the crash on Monday."
    shown = _shown(
        lead + " The ship had passed an inspection in May, Maritime Safety said.",
        lead + " The ship had passed an inspection in May, the agency said.",
    )
    assert [s for s in shown if s[1] == "attribution"] == []
