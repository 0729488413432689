"""A citation is shown in its own words, and credited to the body that owns what it
cites ("according to a report in The Norland Herald": the Herald), so two reports in
two outlets are two sources and one outlet cited two ways is one (fictional passages)."""

from __future__ import annotations

from storydiff import compare

BASE = (
    "Floodwater closed the ring road around Kestrel Bay on Monday, the port authority said.\n\n"
    "Harbour pilot Maren Ostby said the water rose faster than anyone had expected."
)


def _said(old: str, new: str, fact: str = "attribution") -> list[tuple[str, str | None]]:
    return [(c.kind, c.after) for c in compare(old, new).changes if c.fact == fact]


def test_a_citation_keeps_whose_writing_it_cites() -> None:
    for cited in (
        "a report in The Norland Herald",
        "data from the Westmere Port Authority",
        "a study by Westmere University",
        "a recording obtained by the Norland Herald",
        "a copy of the harbour order",
    ):
        new = BASE + f"\n\nTwo fishing boats sank near the breakwater, according to {cited}."
        assert _said(BASE, new) == [("addition", f"according to {cited}")], cited


def test_the_owner_of_a_cited_writing_is_a_new_source() -> None:
    new = (
        BASE + "\n\nTwo fishing boats sank overnight, according to a report in The Norland Herald."
    )
    assert _said(BASE, new, "source") == [("addition", "Norland Herald")]


def test_reports_in_two_outlets_are_an_attribution_update() -> None:
    line = "\n\nTwo fishing boats sank overnight, according to a report in {}."
    old, new = BASE + line.format("The Norland Herald"), BASE + line.format("the Kestrel Gazette")
    assert _said(old, new) == [("update", "according to a report in the Kestrel Gazette")]


def test_one_outlet_cited_two_ways_is_no_attribution_change() -> None:
    old = BASE + "\n\nTwo fishing boats sank overnight, the Norland Herald reported."
    new = (
        BASE + "\n\nTwo fishing boats sank overnight, according to a report in The Norland Herald."
    )
    assert _said(old, new) == []


def test_the_cited_words_stop_at_a_clause_or_a_comma() -> None:
    new = BASE + (
        "\n\nTwo fishing boats sank, according to the Penmarrow Times, which first reported"
        " the loss."
    )
    assert _said(BASE, new) == [("addition", "according to Penmarrow Times")]
    new = BASE + (
        "\n\nTwo fishing boats sank, according to Westmere Port Authority figures released on"
        " Monday, a day after the storm."
    )
    assert _said(BASE, new) == [
        ("addition", "according to Westmere Port Authority figures released on Monday")
    ]


def test_citing_keeps_its_words_too() -> None:
    new = BASE + (
        "\n\nTwo fishing boats sank overnight, the Norland Herald reported, citing a coastguard"
        " log seen by its reporters."
    )
    assert ("addition", "citing a coastguard log seen by its reporters") in _said(BASE, new)


def test_people_a_body_employs_are_no_writing_it_owns() -> None:
    old = BASE + "\n\nThe Harbour Board will meet on Friday to discuss the closure."
    new = old + (
        "\n\nThe port has hired outside engineers, according to two Harbour Board aides who"
        " spoke on the condition of anonymity."
    )
    assert _said(old, new) == [("addition", "according to two Harbour Board aides")]


def test_one_body_named_and_as_the_owner_of_its_figures_is_no_update() -> None:
    line = "\n\nInflation rose to 3.1 per cent in February, according to {}."
    old = BASE + line.format("the Varnos Statistics Office (VSO)")
    new = BASE + line.format("revised figures from the VSO")
    assert _said(old, new) == []


LONG = (
    "\n\nThe Harbour Board will consider selling its stake in the Westmere ferry terminal"
    " at a meeting next month, {}."
)


def test_people_described_as_sources_are_a_citation() -> None:
    old = BASE + LONG.format("according to people familiar with the matter")
    new = BASE + LONG.format("the board said in a statement")
    assert _said(old, new) == [("update", "board said")]
    added = (
        BASE
        + "\n\nTwo fishing boats sank overnight, according to two people briefed on the search."
    )
    assert _said(BASE, added) == [("addition", "according to two people briefed on the search")]


def test_people_with_no_description_are_no_source() -> None:
    for line in (
        "Two fishing boats sank overnight, people said.",
        "Most people say the quay is safe.",
    ):
        assert _said(BASE, BASE + "\n\n" + line) == [], line


def test_the_press_with_no_name_reports_as_an_outlet_does() -> None:
    old = BASE + LONG.format("a harbour official said Wednesday")
    new = BASE + LONG.format("local media reported Thursday")
    assert _said(old, new) == [("update", "local media reported")]
    added = BASE + "\n\nState television reported that two fishing boats sank overnight."
    assert _said(BASE, added) == [("addition", "State television reported")]
    # a body that reports its own figures cites no one
    own = BASE + "\n\nThe agency reported a loss of 4 million crowns for the year."
    assert _said(BASE, own) == []


def test_a_lead_rewritten_whole_with_another_source_is_an_attribution_update() -> None:
    rest = (
        "\n\nThe pilot, Maren Ostby, was treated at Kestrel General Hospital for burns."
        "\n\nThe harbour will reopen on Friday, the port authority said."
    )
    dateline = "KESTREL BAY, Norland (AP) -- "
    old = dateline + (
        "A fire broke out aboard a ferry moored at the northern quay before dawn on Tuesday,"
        " injuring its pilot, a harbour official said Wednesday."
    )
    new = dateline + (
        "A ferry pilot hurt in a fire aboard his boat says he will be back at the wheel"
        " within a month, local media reported Thursday."
    )
    assert _said(old + rest, new + rest) == [("update", "local media reported")]
    # a lead that keeps its source has no attribution change
    same = dateline + (
        "A ferry pilot hurt in a fire aboard his boat will be back at the wheel within a"
        " month, a harbour official said Wednesday."
    )
    assert _said(old + rest, same + rest) == []
    # a headline is no lead: its "Study Finds" / "Researchers Say" is the headline's change
    lead = "A daily pill raised the risk of kidney damage, a study published on Monday found."
    heads = (
        "Long-Term Use of a Heartburn Pill May Harm the Kidneys, Study Finds",
        "Pill Is Likely to Raise Kidney Risk Over Time, Researchers Say",
    )
    assert _said(f"{heads[0]}\n{lead}{rest}", f"{heads[1]}\n{lead}{rest}") == []


def test_a_dateline_after_a_headline_and_a_byline_is_no_source() -> None:
    rest = "\n\nThe board will meet again on Friday to weigh its options."
    old = "Tessary makes approach for Penmarrow\n\nBy Oren Maddox\n\n" + (
        "MARLOW, Norland — Tessary Group has made an unsolicited offer to buy Penmarrow"
        " Foods for about 8.6 billion euros, according to a person familiar with the matter."
    )
    new = "Penmarrow rejects raised bid\n\nBy Oren Maddox\n\n" + (
        "MARLOW, Norland — Penmarrow Foods said on Tuesday that its board had rejected a"
        " raised takeover offer from Tessary Group, saying the bid undervalued its brands."
    )
    assert _said(old + rest, new + rest) == [("update", "Penmarrow Foods said")]


def test_a_newspaper_the_model_took_for_a_work_is_a_source() -> None:
    line = "\n\nThe crane on the northern quay collapsed on Monday, {}."
    old = BASE + line.format("The Pellhaven Ledger reported")
    new = BASE + line.format("according to a report in The Pellhaven Ledger")
    assert _said(old, new) == []
    new = BASE + line.format("state television reported")
    assert _said(new, old) == [("update", "Pellhaven Ledger reported")]


def test_a_crowd_that_says_something_is_no_source() -> None:
    line = "\n\nAt the shelter, {} of people said they had lost power for a second night."
    old, new = BASE + line.format("hundreds"), BASE + line.format("thousands")
    assert _said(old, new) == []


def test_a_report_said_in_place_of_the_company_is_an_attribution_update() -> None:
    """A report's finding is its authors' ("the report, written by a law firm"), another
    source than the company; a ruling speaks for its court, and a report and a study
    with no name are one document."""
    lead = (
        "Lumetra staff opened 61,000 accounts without consent, an inquiry by the law firm "
        "Casarin & Holt found.\n\n"
    )
    line = lead + "Investigators interviewed 200 employees, the {} said."
    updated = _said(line.format("company"), line.format("report"))
    assert updated == [("update", "report said")]
    assert _said(line.format("report"), line.format("study")) == []
    court = "The Varnos Supreme Court struck down the ferry levy on Monday.\n\n"
    ruling = court + "The levy breached the harbour charter, the {} said."
    assert _said(ruling.format("court"), ruling.format("ruling")) == []
