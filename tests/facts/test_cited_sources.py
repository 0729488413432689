"""An outlet, agency or body a version cites by name for the first time is a new
source, as a person quoted for the first time is: the blind real labels list "KCRA-TV"
and "News24" as new names beside the new attribution (fictional passages)."""

from __future__ import annotations

from storydiff import compare

BASE = (
    "Floodwater closed the ring road around Kestrel Bay on Monday, the port authority said.\n\n"
    "Harbour pilot Maren Ostby said the water rose faster than anyone had expected."
)


def _sources(old: str, new: str) -> list[tuple[str, str]]:
    return [(c.kind, c.subject) for c in compare(old, new).changes if c.fact == "source"]


def test_an_outlet_cited_in_a_new_sentence_is_a_new_source() -> None:
    cited = BASE + (
        "\n\nTwo fishing boats sank near the northern breakwater, according to the Kestrel Gazette."
    )
    assert _sources(BASE, cited) == [("addition", "Kestrel Gazette")]
    reported = BASE + "\n\nThe Norland Herald reported that two fishing boats sank overnight."
    assert ("addition", "Norland Herald") in _sources(BASE, reported)
    # and one no longer cited is a source gone
    assert _sources(cited, BASE) == [("removal", "Kestrel Gazette")]


def test_an_attribution_swapped_for_an_outlet_adds_the_outlet() -> None:
    old = BASE + "\n\nThe surge reached the quay at noon, harbour master Tomas Varek said."
    new = BASE + "\n\nThe surge reached the quay at noon, according to the Kestrel Gazette."
    changes = compare(old, new).changes
    assert [(c.kind, c.after) for c in changes if c.fact == "attribution"] == [
        ("update", "according to Kestrel Gazette")
    ]
    assert _sources(old, new) == [("addition", "Kestrel Gazette")]
    # the outlet a swap drops is no source gone: the other version may describe it
    # ("the city's newspaper said")
    assert _sources(new, old) == []


def test_no_source_for_a_group_a_person_or_a_name_the_other_version_has() -> None:
    officials = BASE + "\n\nTwo fishing boats sank near the northern breakwater, officials said."
    assert _sources(BASE, officials) == []
    varek = BASE + "\n\nTwo fishing boats sank near the breakwater, Tomas Varek said."
    assert _sources(BASE, varek) == []
    named = BASE + "\n\nThe Kestrel Gazette first reported the closure on its website."
    cited = named + (
        "\n\nTwo fishing boats sank near the northern breakwater, according to the Kestrel Gazette."
    )
    assert _sources(named, cited) == []


def test_the_outlet_a_new_quote_was_given_to_is_a_new_source() -> None:
    told = BASE + (
        '\n\n"The water came over the wall in minutes," harbour master Tomas Varek told the '
        "Kestrel Gazette."
    )
    changes = compare(BASE, told).changes
    assert ("addition", "Kestrel Gazette") in _sources(BASE, told)
    # the quote's change says where it was given: no attribution of its own
    assert [c for c in changes if c.fact == "attribution"] == []


def test_an_outlet_named_beside_its_noun_is_told() -> None:
    for outlet, name in (
        ("Kestrel television station KBTV", "KBTV"),
        ("local broadcaster NRB", "NRB"),
        ("the newspaper Dagsavisen", "Dagsavisen"),
    ):
        new = BASE + f"\n\nA deckhand told {outlet} that two boats sank near the breakwater."
        assert _sources(BASE, new) == [("addition", name)], outlet
    for told in ("reporters", "a local newspaper", "his wife"):
        new = BASE + f"\n\nA deckhand told {told} that two boats sank near the breakwater."
        assert _sources(BASE, new) == [], told


def test_a_document_cited_or_one_body_named_two_ways_is_no_new_source() -> None:
    for document in (
        "the Harbour Safety Review 2023",
        "Article 12 of the Harbour Act",
        "the Norland Census",
    ):
        new = BASE + f"\n\nThe eastern bridge failed an inspection, according to {document}."
        assert _sources(BASE, new) == [], document
    old = BASE + "\n\nNine people were treated in hospital, the Ministry of Health said."
    new = BASE + "\n\nNine people were treated in hospital, according to the Orvel Health Ministry."
    # one ministry named either way round: no attribution changed (an update before the
    # thirty-sixth session's office names)
    assert [c.kind for c in compare(old, new).changes if c.fact == "attribution"] == []
    assert _sources(old, new) == []


def test_data_or_a_writing_no_name_owns_is_no_attribution() -> None:
    def attributions(added: str) -> list[str]:
        changes = compare(BASE, BASE + "\n\n" + added).changes
        return [c.after or "" for c in changes if c.fact == "attribution"]

    assert attributions("About 4,000 workers joined, according to preliminary figures.") == []
    assert attributions("About 4,000 workers joined, according to a statement.") == []
    assert attributions("About 4,000 workers joined, according to Census.") == []
    owned = attributions("About 4,000 workers joined, according to a Kestrel Gazette tally.")
    assert owned == ["according to a Kestrel Gazette tally"]
    after = attributions("About 4,000 workers joined, according to a report in The Norland Herald.")
    assert after == ["according to a report in The Norland Herald"]


def test_data_no_name_owns_added_to_an_edited_sentence_is_no_attribution() -> None:
    old = BASE + "\n\nAbout forty dock workers will lose their jobs."
    new = BASE + "\n\nAbout forty dock workers will lose their jobs, according to a statement."
    assert not [c for c in compare(old, new).changes if c.fact == "attribution"]


def test_a_deputy_is_another_source_than_the_one_they_deputise_for() -> None:
    line = "\n\nThe opening of the tram line will be delayed until November, {} said."
    old, new = BASE + line.format("the mayor"), BASE + line.format("the deputy mayor")
    changes = compare(old, new).changes
    assert [(c.kind, c.before, c.after) for c in changes if c.fact == "attribution"] == [
        ("update", "mayor said", "deputy mayor said")
    ]
    # a named person given another title is still one person
    named = (
        BASE + line.format("Mayor Ilsa Brandt"),
        BASE + line.format("former Mayor Ilsa Brandt"),
    )
    assert not [c for c in compare(*named).changes if c.fact == "attribution"]


def test_one_person_cited_for_another_is_an_attribution_update() -> None:
    line = "\n\nThe opening of the tram line will be delayed until November, according to {}."
    old = BASE + line.format("Mayor Elsa Quarnby")
    new = BASE + line.format("Deputy Mayor Tomas Brevel")
    said = [(c.kind, c.after) for c in compare(old, new).changes if c.fact == "attribution"]
    assert said == [("update", "according to Tomas Brevel")]
    # a person cited in a sentence only one version has is no attribution alone
    added = BASE + line.format("Mayor Elsa Quarnby")
    assert not [c for c in compare(BASE, added).changes if c.fact == "attribution"]
