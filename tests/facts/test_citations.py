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
