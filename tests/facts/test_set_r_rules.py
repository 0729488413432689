"""Rules from the fictional set r (fictional passages): a correction notice that names
one figure corrects that update only of its kind, and may name another kind by its
words ("the year of her birth"); "three of whom have died" is a toll of the dead
and pairs with "the death toll to five", not with "rose to 23"; "Orvane, a maker of
frozen pies," is the company "the company" stands for; a removed and an added sentence
that only their figures' updates join and that reword each other are no claims; "the
watchdog" after "Ostland's competition watchdog" and "the OCCC" are one source; a date
the recogniser left untagged ("no earlier than April 28") is a date; "Tessaline Pharma
Inc." and "Tessaline" are one speaker and source."""

from __future__ import annotations

from storydiff import compare
from storydiff.facts.bodies import one_body
from tests.facts.quoting import BASE, added_quotes

_TAIL = "\nVolunteers handed out water at the station.\nThe line reopens on Friday."


def _shown(old: str, new: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (c.kind, c.fact, c.before, c.after)
        for c in compare(old + _TAIL, new + _TAIL).changes
        if not c.hidden
    ]


def test_a_notice_that_names_one_figure_corrects_that_update_only() -> None:
    old = (
        "The two batches, about 48,000 bottles in all, went to pharmacies in May.\n"
        "Eleven children are being treated at St. Brenna Children's Hospital."
    )
    new = (
        "The two batches, about 84,000 bottles in all, went to pharmacies in May.\n"
        "Sixteen children are being treated at St. Brenna Children's Hospital.\n"
        "(This story corrects the number of bottles in the initial recall to 84,000, not"
        " 48,000)"
    )
    shown = _shown(old, new)
    assert ("correction", "quantity", "about 48,000 bottles", "about 84,000 bottles") in shown
    assert ("update", "quantity", "Eleven children", "Sixteen children") in shown


def test_those_of_whom_have_died_pair_with_the_death_toll() -> None:
    old = (
        "PORT ALDER (Reuters) - The agency ordered a recall after 14 children were taken"
        " to hospital, three of whom have died."
    )
    new = (
        "PORT ALDER (Reuters) - The agency widened the recall after the number of children"
        " taken to hospital rose to 23 and the death toll to five."
    )
    shown = _shown(old, new)
    assert ("update", "quantity", "three", "five") in shown
    assert ("update", "quantity", "three", "23") not in shown


def test_a_name_an_apposition_calls_a_maker_is_the_company() -> None:
    new = BASE + (
        "\nOrvane, a Halvern-based maker of frozen pies, said it had halted all production"
        " of Harbourline Pies.\n“Safety is our highest priority,” the company said in a"
        " statement."
    )
    assert added_quotes(new)["Safety is our"] == "Orvane"


def test_a_sentence_rewritten_with_its_toll_updated_is_no_claim() -> None:
    old = (
        "A commuter train derailed near Corrigan Falls early Thursday, authorities said."
        " At least six people were unaccounted for Thursday afternoon as rescuers searched"
        " the overturned cars."
    )
    new = (
        "A commuter train derailed near Corrigan Falls early Thursday, authorities said."
        " Two people remained missing Thursday night as rescuers cut through the wreckage"
        " of the overturned cars."
    )
    shown = _shown(old, new)
    assert ("update", "quantity", "At least six people", "Two people") in shown
    assert not any(fact == "claim" for _, fact, _, _ in shown)


def test_a_regulator_described_and_named_is_one_source() -> None:
    old = "Ostland's competition watchdog fined Kestrel Motors on Tuesday."
    new = "The Ostland Competition and Consumer Commission (OCCC) fined Kestrel Motors."
    assert one_body("watchdog", "OCCC", (old, new))
    assert one_body("watchdog", "commission", (old, new))
    assert not one_body("watchdog", "Ostland Competition Appeal Tribunal", (old, new))
    said_old = old + "\nKestrel shared its pricing plans with two suppliers, the watchdog said."
    said_new = new + "\nKestrel shared its pricing plans with two suppliers, the OCCC said."
    assert not any(fact == "attribution" for _, fact, _, _ in _shown(said_old, said_new))


def test_a_date_the_recogniser_left_untagged_is_a_date() -> None:
    old = "A hearing on any appeal would be held no earlier than March 12, a spokeswoman said."
    new = "A hearing on the appeal would be held no earlier than April 28, a spokeswoman said."
    assert ("update", "date", "March 12", "April 28") in _shown(old, new)


def test_a_notice_names_an_update_of_another_kind_by_its_kind() -> None:
    old = "Halloran was born on March 3, 1941, in Kessla.\nShe was 84."
    new = (
        "Halloran was born on March 3, 1939, in Kessla.\nShe was 86.\nCorrection: An earlier"
        " version of this obituary misstated Ms. Halloran's age and the year of her birth."
        " She was 86, not 84, and was born in 1939, not 1941."
    )
    shown = _shown(old, new)
    assert ("correction", "date", "March 3, 1941", "March 3, 1939") in shown


def test_a_company_without_its_legal_form_is_the_same_speaker_and_source() -> None:
    old = (
        "Tessaline Pharma Inc., a Port Alder-based maker of generic medicines, said in a"
        " statement it was cooperating fully with the agency.\n“Our own tests found no"
        " contamination,” the company said. “Patient safety is our highest priority.”"
    )
    new = (
        "Tessaline, a Port Alder-based maker of generic medicines, said it was cooperating"
        " fully with the agency and had halted all production.\n“Patient safety is our"
        " highest priority,” the company said in a statement."
    )
    shown = _shown(old, new)
    assert ("removal", "quote", "Our own tests found no contamination", None) in shown
    assert not any(fact in ("speaker", "source", "attribution") for _, fact, _, _ in shown)
