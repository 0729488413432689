"""An amount said again in another currency in brackets ("8.6 billion euros ($9.3
billion)") changes with the amount it converts: the amount's update is the news, and a
headline that repeats the lead's amount pairs with the headline, the lead with the lead
(fictional passages)."""

from __future__ import annotations

from storydiff import compare

_OLD_LEAD = (
    "MARLOW, Norland — Tessaly made an offer to buy Brantwick Foods for about 8.6 billion"
    " euros ($9.3 billion), according to a person familiar with the matter."
)
_NEW_LEAD = (
    "MARLOW, Norland — Brantwick Foods said on Tuesday that its board had rejected a raised"
    " takeover offer from Tessaly Group worth about 9.3 billion euros ($10.1 billion),"
    " saying the bid undervalued the company's brands."
)
_OLD_HEAD = "Tessaly Group makes 8.6 billion euro approach for Brantwick Foods\n\n"
_NEW_HEAD = "Brantwick rejects raised 9.3 billion euro bid from Tessaly\n\n"


def _money(old: str, new: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (c.kind, c.subject, c.before, c.after)
        for c in compare(old, new).changes
        if c.fact == "money" and not c.hidden
    ]


def test_a_conversion_changed_with_its_amount_is_no_change_of_its_own() -> None:
    old = "Halvern sought 85 million kronor ($9.2 million) in damages, the court said."
    new = "Halvern sought 95 million kronor ($10.3 million) in damages, the court said."
    assert _money(old, new) == [("update", "SEK", "85 million kronor", "95 million kronor")]


def test_an_amount_in_a_rewritten_lead_is_updated_without_its_conversion() -> None:
    assert _money(_OLD_LEAD, _NEW_LEAD) == [
        ("update", "EUR", "about 8.6 billion euros", "about 9.3 billion euros")
    ]


def test_a_headline_that_repeats_the_lead_s_amount_pairs_lead_with_lead() -> None:
    expected = [("update", "EUR", "about 8.6 billion euros", "about 9.3 billion euros")]
    assert _money(_OLD_HEAD + _OLD_LEAD, _NEW_LEAD) == expected
    assert _money(_OLD_HEAD + _OLD_LEAD, _NEW_HEAD + _NEW_LEAD) == expected


def test_an_amount_said_only_in_the_conversion_s_currency_loses_the_other() -> None:
    old = "Halvern sought 85 million kronor ($9.2 million) in damages, the court said."
    new = "Halvern sought $9.2 million in damages, the court said."
    assert _money(old, new) == [("removal", "SEK", "85 million kronor", None)]


def test_an_amount_and_its_conversion_swapped_are_read_as_written() -> None:
    lead = "VARNOS (Reuters) — Kessla Rail agreed to buy Orrin Freight on Monday."
    old = f"{lead} The deal is worth 8.6 billion euros ($9.3 billion), the company said."
    new = f"{lead} The deal is worth $9.9 billion (8.6 billion euros), the company said."
    assert _money(old, new) == [("update", "USD", "$9.3 billion", "$9.9 billion")]
