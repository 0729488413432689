"""One source said two ways in an edited sentence is no attribution or speaker change;
a dateline is no one's (fictional passages)."""

from __future__ import annotations

from storydiff import compare
from storydiff.facts.aliases import spelled_out

_REST = "\nThe storm is expected to move east on Friday, forecasters said.\n"


def _shown(old: str, new: str, facts: tuple[str, ...]) -> list[tuple[str, str | None, str | None]]:
    changes = compare(old + _REST, new + _REST).changes
    return [(c.kind, c.before, c.after) for c in changes if not c.hidden and c.fact in facts]


def test_initials_with_an_ampersand_are_spelled_out() -> None:
    text = "Tessaly Power & Light said crews were working through the night."
    assert spelled_out("TP&L", text) == "Tessaly Power & Light"
    old = "About 300,000 homes had no power on Monday night, Tessaly Power & Light said."
    new = "About 410,000 homes had no power on Monday night, TP&L said."
    lead = "Tessaly Power & Light serves most of the coast.\n"
    assert not _shown(lead + old, lead + new, ("attribution", "organization"))


def test_a_speaker_named_by_initials_the_text_spells_out_is_the_same_speaker() -> None:
    said = 'said in a statement that the increase was "a down payment, not a solution."'
    old = f"The Norland Education Association, which represents 61,000 teachers, {said}"
    new = f"The NEA, which represents about 61,000 teachers and staff, {said}"
    assert not _shown(old, new, ("speaker", "source"))


_LOSS = "after its first quarterly loss in six years"


def test_a_source_said_by_its_kind_beside_its_name_is_the_same_source() -> None:
    old = f"Orrin Dynamics said on Thursday that it would cut 1,200 jobs {_LOSS}."
    new = f"Orrin Dynamics will cut 1,500 jobs {_LOSS}, the company said on Thursday."
    assert not _shown(old, new, ("attribution",))
    old = (
        "The Varnos Federation of Industrial Workers said it had not been consulted about the cuts."
    )
    new = "The union, the V.F.I.W., said it had not been consulted about the cuts or the plan."
    assert not _shown(old, new, ("attribution",))
    # another source said by its kind, not named there, is an update
    old = f"Orrin Dynamics will cut 1,500 jobs {_LOSS}, the ministry said."
    new = f"Orrin Dynamics will cut 1,500 jobs {_LOSS}, the union said."
    assert _shown(old, new, ("attribution",)) == [("update", "ministry said", "union said")]


def test_a_kind_that_does_not_fit_the_name_beside_it_is_another_source() -> None:
    old = "Orrin Dynamics said on Thursday that it would cut 1,200 jobs at the Dunmore plant."
    for new, kind in (
        ("Orrin Dynamics will cut 1,200 jobs at the Dunmore plant, the union said on Thursday.",
         "union"),
        ("Orrin Dynamics will cut 1,200 jobs at the Dunmore plant, the agency said on Thursday.",
         "agency"),
        ("Orrin Dynamics will cut 1,200 jobs, Castell Bank and the Dunmore plant, the bank "
         "said on Thursday.", "bank"),
    ):  # fmt: skip
        assert _shown(old, new, ("attribution",)) == [
            ("update", "Orrin Dynamics said", f"{kind} said")
        ], kind
    # a company named in the dateline is no one's
    old = "TREVANT, Varnos — Orrin Dynamics said on Thursday that it would cut 1,200 jobs."
    new = "TREVANT, Varnos — Orrin Dynamics will cut 1,500 jobs, the company said on Thursday."
    assert not _shown(old, new, ("attribution",))


def test_a_source_the_text_calls_by_its_kind_is_the_one_the_kind_stands_for() -> None:
    """ "regional airline Vestair" says what Vestair is: "the company" is Vestair, not a
    name the recogniser took for an organisation earlier in the sentence."""
    old = (
        "HALSBY, Varnland (Northport Wire) — Regional airline Vestair said on Thursday it "
        "would begin direct flights between Halsby and Marrowgate in May."
    )
    new = (
        "HALSBY, Varnland (Northport Wire) — Direct flights between Halsby and Marrowgate "
        "will be started in May by regional airline Vestair, the company said on Thursday."
    )
    assert not _shown(old, new, ("attribution",))


def test_a_citation_by_a_description_is_the_name_set_beside_it() -> None:
    lead = (
        "DUNMERE, Varnland (Northport Wire) — Tap water in Dunmere is safe to drink "
        "again, health officials said on Friday.\n\n"
    )
    for name in ("Nordvatn", "Ostvand"):
        old = (
            f"{lead}The water company, {name}, said heavy rain had washed surface water "
            "into a damaged inspection chamber."
        )
        new = (
            f"{lead}According to the water company, {name}, heavy rain had washed surface "
            "water into a damaged inspection chamber."
        )
        assert not _shown(old, new, ("attribution", "source")), name
    # the sentence's subject set off by commas is no name of the source
    old = f"{lead}According to police, Jens Holt, 34, was arrested on Tuesday."
    new = f"{lead}According to the indictment, Jens Holt, 34, was arrested on Tuesday."
    assert _shown(old, new, ("attribution", "source")), "police -> the indictment"


def test_initials_with_an_ampersand_stand_only_for_a_name_with_and() -> None:
    tail = " said on Monday that household rates would rise by 4 percent in July."
    old, new = f"Tovah Petra Lane{tail}", f"TP&L{tail}"
    assert _shown(old, new, ("attribution",)) == [("update", "Tovah Petra Lane said", "TP&L said")]
    quote = (
        'Rates will rise in July. "Fuel has never cost more," {} said in a statement. '
        "Tessaly Power & Light supplies the region."
    )
    shown = _shown(quote.format("Mira Holt"), quote.format("TP&L"),
                   ("speaker", "source", "organization"))  # fmt: skip
    assert shown[0][:2] == ("update", "Mira Holt"), shown
    assert shown[1:] == [("removal", "Mira Holt", None)]  # quoted no more, named nowhere


def test_a_dateline_is_no_source() -> None:
    cut = f"said it would cut 1,200 jobs {_LOSS}."
    old = f"TREVANT, Varnos — Orrin Dynamics, the battery maker, {cut}"
    new = f"TREVANT, Varnos — Kessla Motors, the carmaker, {cut}"
    assert ("update", "Orrin Dynamics said", "Kessla Motors said") in _shown(
        old, new, ("attribution",)
    )


_GAME = "Daniel Okonkwo scored 41 points for the Mariners on Wednesday.\n"


def test_a_person_named_then_described_with_the_is_one_source() -> None:
    old = _GAME + "Okonkwo, 26, said he did not know he had broken the record."
    new = _GAME + "The 26-year-old forward said he did not know he had broken the record."
    assert not _shown(old, new, ("attribution", "source"))
    titled = "Forward Daniel Okonkwo scored 41 points for the Mariners on Wednesday.\n"
    old = titled + "Okonkwo said the arena would close for repairs in May."
    new = titled + "The forward said the arena would close for repairs in May."
    assert not _shown(old, new, ("attribution", "source"))


def test_a_role_the_text_never_gives_the_person_is_another_source() -> None:
    old = _GAME + "Okonkwo said the arena would close for repairs in May."
    new = _GAME + "The mayor said the arena would close for repairs in May."
    assert _shown(old, new, ("attribution",)) == [("update", "Okonkwo said", "mayor said")]
    for near in (
        "The mayor praised Okonkwo on Thursday.",
        "A medal went to Okonkwo, the mayor said.",
    ):
        game = _GAME + near + "\n"
        old = game + "Okonkwo said the arena would close for repairs in May."
        new = game + "The mayor said the arena would close for repairs in May."
        assert _shown(old, new, ("attribution",)) == [("update", "Okonkwo said", "mayor said")]


def test_a_description_the_text_gives_someone_else_is_another_source() -> None:
    game = "Okonkwo scored 41 points for coach Reggie Hamlin on Wednesday.\n"
    old = game + "Okonkwo, 26, said he did not know he had broken the record."
    new = game + "The coach said he did not know he had broken the record."
    assert _shown(old, new, ("attribution",)) == [("update", "Okonkwo said", "coach said")]


def test_a_person_no_longer_named_anywhere_is_not_redescribed() -> None:
    old = "Okonkwo, 26, said he did not know he had broken the record."
    new = "The 26-year-old forward said he did not know he had broken the record."
    assert _shown(old, new, ("attribution",)) == [
        ("update", "Okonkwo said", "26-year-old forward said")
    ]


def test_sources_described_are_no_body_named_elsewhere() -> None:
    lead = "Veltro has made an offer for Marlow, its rival.\n"
    old = lead + "The offer values Marlow at 31 euros per share, the sources said."
    new = lead + "The offer values Marlow at 31 euros per share, Veltro said in a statement."
    assert [c[0] for c in _shown(old, new, ("attribution",))] == ["update"]
