"""Which kind of number a count is (``facts.amounts``), on sentences written for the
test: "sterling" and "won" are also an adjective and a verb ("two sterling
performances", "the 3 won games", "won 3 games"), so they make money only after a
number with a scale word ("2 billion won")."""

from __future__ import annotations

import pytest

import storydiff
from storydiff.facts.extract import extract
from storydiff.facts.nlp import load_pipeline


def _money(text: str) -> list[tuple[str, str]]:
    """(value, currency) of the money the sentence states."""
    facts = extract(load_pipeline()(text), 0, 0).facts
    return [(f.value, f.subject) for f in facts if f.kind == "money"]


@pytest.mark.parametrize(
    "text",
    [
        "The soprano gave two sterling performances at the Kestrel Bay festival.",
        "The 3 won games left the Penmarrow side in fourth place.",
        "The Penmarrow side won 3 games in a row this season.",
    ],
)
def test_sterling_and_won_without_a_scale_are_no_money(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("The Penmarrow fund lost 2 billion won last year.", ("2000000000", "KRW")),
        ("Orvane Foods repaid 5 million sterling to the bank.", ("5000000", "GBP")),
        ("The court imposed a 5 million euro fine on the harbour board.", ("5000000", "EUR")),
        ("The shop sold the clock for 350 euros on Friday.", ("350", "EUR")),
    ],
)
def test_a_currency_word_with_a_scale_or_a_plain_currency_is_money(
    text: str, money: tuple[str, str]
) -> None:
    assert money in _money(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harbour police seized 50 pounds of cocaine from the trawler on Friday.",
        "The seal pup weighed 40 pounds when it was found on the Penmarrow shore.",
    ],
)
def test_pounds_that_weigh_are_no_money(text: str) -> None:
    assert _money(text) == []


def test_pounds_paid_are_money() -> None:
    assert _money("The skipper was fined 500 pounds by the Kestrel Bay court.") == [("500", "GBP")]


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("The skipper paid 500 pounds of his own money for the new mast.", [("500", "GBP")]),
        ("She was ordered to repay 2,000 pounds of the benefits she claimed.", [("2000", "GBP")]),
        ("The fund spent 300 pounds of the 1,000 pounds.", [("1000", "GBP"), ("300", "GBP")]),
        ("The club lost 800 pounds of savings in the scam.", [("800", "GBP")]),
        ("The club spent 300 pounds of the 1,000 raised on a boat.", [("300", "GBP")]),
    ],
)  # fmt: skip
def test_pounds_of_a_sum_or_of_money_are_money(text: str, money: list[tuple[str, str]]) -> None:
    assert sorted(_money(text)) == money


def test_pounds_of_the_substance_still_weigh() -> None:
    assert _money("Harbour police seized 5 pounds of the drug from the trawler.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Harbour police seized 20 pounds of the smugglers' cocaine on Friday.",
        "The skipper lost 40 pounds of his body weight at sea.",
        "The trawler landed 400 pounds of its catch at Penmarrow.",
    ],
)
def test_pounds_of_someones_substance_still_weigh(text: str) -> None:
    # a possessive says whose the thing is; only a money word makes pounds money
    assert _money(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel Bay skipper lost 20 pounds in a month at sea.",
        "She gained 15 pounds during the long Penmarrow winter.",
        "The ferryman put on 10 pounds after he retired.",
        "The harbour seal is now 30 pounds lighter than in spring.",
        "The Orvane twins were born on Friday; the first weighed 8 pounds 3 ounces.",
        "The Brisvale baker lost 20 pounds on a strict diet.",
        "The Kestrel Bay skipper has lost 30 pounds since January.",
    ],
)
def test_pounds_a_body_loses_or_gains_weigh(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("The Penmarrow ferry company lost 20 million pounds last year.", [("20000000", "GBP")]),
        ("The Orvane firm lost 20 pounds on every crossing it sold.", [("20", "GBP")]),
        ("The skipper lost 20 pounds in bets at the Kestrel Bay casino.", [("20", "GBP")]),
    ],
)  # fmt: skip
def test_pounds_lost_by_a_firm_or_among_money_words_are_money(
    text: str, money: list[tuple[str, str]]
) -> None:
    assert sorted(_money(text)) == money


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("The gambler lost 20 pounds on the horses at Kestrel Bay.", [("20", "GBP")]),
        ("The Penmarrow pensioner lost 300 pounds to fraudsters.", [("300", "GBP")]),
        ("The Brisvale trader lost 500 pounds in a single afternoon.", [("500", "GBP")]),
        ("Orvane Ltd lost 20 pounds on every ticket.", [("20", "GBP")]),
        ("The landlord dropped 50 pounds off the Kestrel Bay rent.", [("50", "GBP")]),
    ],
)  # fmt: skip
def test_lost_pounds_without_a_word_of_the_body_are_money(
    text: str, money: list[tuple[str, str]]
) -> None:
    # a victim's, a gambler's or a firm named by a proper noun: "lose" takes money as
    # often as weight, and what the pounds are lost to or on is where the money went
    assert sorted(_money(text)) == money


def test_pounds_lost_to_fraudsters_written_as_a_sum_change_nothing() -> None:
    old = "Rain fell on Penmarrow. The pensioner lost 300 pounds to fraudsters, police said."
    new = "Rain fell on Penmarrow. The pensioner lost \u00a3300 to fraudsters, police said."
    assert [c for c in storydiff.compare(old, new).changes if not c.hidden] == []


def test_money_in_another_clause_leaves_weighed_pounds_a_weight() -> None:
    text = "She gained 15 pounds over the winter and her husband won 200 pounds in bets."
    assert _money(text) == [("200", "GBP")]
    old = "Rain fell on Penmarrow. The skipper gained 15 pounds over the winter."
    new = (
        "Rain fell on Penmarrow. The skipper gained 15 pounds over the winter"
        " and his brother won 200 pounds in bets."
    )
    changes = [c for c in storydiff.compare(old, new).changes if not c.hidden]
    assert [(c.kind, c.after) for c in changes if c.fact != "claim"] == [("addition", "200 pounds")]


@pytest.mark.parametrize(
    "text",
    [
        "Okafor lost 20 pounds on a strict diet.",  # the recogniser tags no one
        "Okafor has lost 30 pounds since January.",
        "Brandt shed 30 pounds before the fight.",  # tagged as an organisation
    ],
)
def test_a_surname_that_loses_or_sheds_pounds_weighs(text: str) -> None:
    # a lone proper noun may be a person's surname: a word of the body, "shed" or a
    # span of weeks still weighs; only a firm's suffix or tag makes the subject a firm
    assert _money(text) == []


def test_a_proper_noun_with_a_firms_suffix_is_a_firm() -> None:
    # the recogniser tags "Kestrelby Plc" as a person; its suffix says it is a firm
    assert _money("Kestrelby Plc lost 300 pounds since January.") == [("300", "GBP")]


def test_pounds_lost_in_a_month_named_are_money() -> None:
    # "in March" dates the loss; only "since", "over" or "during" make a month a span
    # of weeks ("in a month" still weighs)
    text = "The skipper lost 200 pounds in March when his wallet was stolen."
    assert _money(text) == [("200", "GBP")]
    old = "Rain fell on Penmarrow. " + text
    new = "Rain fell on Penmarrow. The skipper lost \u00a3200 in March when his wallet was stolen."
    assert [c for c in storydiff.compare(old, new).changes if not c.hidden] == []


def test_a_wires_short_scale_after_a_space_is_the_amounts() -> None:
    """Reuters writes "$4.2 bln" and "812 mln crowns": the scale is the amount's, so
    "$4.2 billion" -> "$4.2 bln" is no change."""
    assert _money("Revenue rose 8 percent to $4.2 bln in the quarter.") == [("4200000000", "USD")]
    assert _money("Operating profit was $610 mln, the company said.") == [("610000000", "USD")]
    old = "Kessla Telecom said its revenue rose to $4.2 billion. Operating profit was $610 million."
    new = "Kessla Telecom said its revenue rose to $4.2 bln. Operating profit was $610 mln."
    assert [c for c in storydiff.compare(old, new).changes if c.fact == "money"] == []
