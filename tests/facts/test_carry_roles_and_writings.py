"""A role said anew in a sentence with no speech verb, an organisation the model
tagged as a place in apposition, and an alert posted by a body: fictional passages."""

from __future__ import annotations

from tests.facts.quoting import speakers_of


def test_the_chairman_who_dismisses_is_the_chairman_named() -> None:
    from storydiff import compare

    base = "AVERN (AP) — The election commission met on Sunday."
    new = base + (
        "\n\nThe commission's chairman, Gideon Farrow, told reporters the count was fair."
        "\n\nFarrow said final results were now expected by Thursday.\n\nThe chairman also"
        " dismissed the accusations of manipulation as “baseless and dangerous.”"
    )
    quotes = [c.subject for c in compare(base, new).changes if c.fact == "quote"]
    assert quotes == ["Gideon Farrow"]


def test_a_role_is_not_whoever_was_named_last() -> None:
    text = (
        "Governor Della Murrow signed the water bill on Monday.\n"
        "Outside, Tomas Pell, a farmer, led a protest of about 40 people.\n"
        "The governor also dismissed the protest as “a stunt by people who do not farm.”"
    )
    assert speakers_of(text) != ["Tomas Pell"]


def test_a_party_in_apposition_is_its_name() -> None:
    text = (
        "Drake's party, the Civic Union, filed a complaint on Monday alleging that tally"
        " sheets had been “altered after polling stations closed.”"
    )
    assert speakers_of(text) == ["Civic Union"]


def test_an_alert_posted_by_a_body_is_the_bodys() -> None:
    text = (
        "An alert posted by the Corran County Sheriff's Office at 2:14 a.m. told residents"
        " to “leave immediately and do not go back for belongings.”"
    )
    assert speakers_of(text) == ["Corran County Sheriff's Office"]


def test_a_role_the_text_gave_one_person_is_that_person() -> None:
    from storydiff import compare

    base = "WRENFIELD (AP) — The school board voted 5-2 early Tuesday to close two schools."
    new = (
        base + "\n\n“We have no other option,” said Amir Rostani, the district's"
        " superintendent.\n\nRostani was hired after a search led by the board's chair,"
        " Ingrid Vasquel.\n\nVasquel defended the timing. “We have studied this for two"
        " years,” the chair said.\n\n“Another study would tell us nothing,” the"
        " superintendent added."
    )
    said = {
        (c.after or "")[:12]: c.subject
        for c in compare(base, new).changes
        if c.fact == "quote" and c.kind == "addition"
    }
    assert said["We have stud"] == "Ingrid Vasquel"
    assert said["Another stud"] == "Amir Rostani"
