"""One entity under several names (fictional passages)."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.facts.aliases import declared, initials, mentioned


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("RNC", "the Republican National Committee said on Monday"),
        ("Associated Press", "AP reported the figures first"),
        ("W.H.O.", "the World Health Organization warned"),
        ("U.S.", "officials in the United States said"),
        ("Missouri", "police in Kansas City, Mo., said"),
        ("Mideast", "the Middle East peace talks"),
        ("Brannock Analytica", "Brannock Analytics denied wrongdoing"),
        ("COO", "the chief operating officer resigned"),
        ("DNI", "the director of national intelligence said"),
        ("United Nations", "the UN envoy arrived"),
        ("United States", "US officials said"),
        ("Britain", "the United Kingdom voted"),
        ("US Navy", "its contract with the U.S. Navy ended"),
        ("U.S. Coast Guard", "a US Coast Guard cutter"),
        ("Fed", "the Federal Reserve issues its survey"),
        ("Federal Reserve", "traders bet the Fed would wait"),
        ("U.S. Centers for Harbour Safety Control", "the CHSC said"),  # country set aside
    ],
)
def test_another_form_of_the_name_is_a_mention(name: str, text: str) -> None:
    assert mentioned(name, text)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Paris", "London is big"),
        ("US", "they use it"),
        ("NLRB", "the NRA"),
        ("FBI", "the memo formed the basis of its case"),  # initials of any words in a row
        ("United Nations", "the treatment he suffered under Kim Jong Un."),
        ("United States", "“Nobody told us about the storm,” she said."),
        ("Mississippi", "Miss. Varga won the spelling prize"),
        ("US Navy", "they told us Navy pay would rise"),
        ("Federal Reserve", "he fed the horses"),
        ("Federal Reserve", "Fed up with delays, residents left."),
        ("IS", "WHAT IS NEXT FOR THE HARBOUR"),  # the same letters, no dots put in or out
        ("UN Harbour Programme", "the HP said"),  # two words' initials: too short to tell
    ],
)
def test_other_names_are_not(name: str, text: str) -> None:
    assert not mentioned(name, text)


def test_initials_leave_out_minor_words() -> None:
    assert initials("Centers for Disease Control and Prevention") == "cdcp"
    assert initials("Paris") == ""


def test_an_abbreviation_is_not_reported_as_a_new_organisation() -> None:
    old = "The Norland Coastguard Agency said the ship was towed into Kestrel Bay overnight."
    new = "The NCA said the ship was towed into Kestrel Bay overnight, with its crew safe."
    c = compare(old, new)
    assert not [ch for ch in c.changes if ch.fact == "organization"]


def test_a_speaker_described_by_title_is_the_person_with_that_title() -> None:
    from storydiff.facts.titles import titled

    text = (
        "President Ilse Marrow met the council on Monday. Former President Aldo Venn, "
        "who held the office until 2020, was not invited. Marrow said the port would "
        "reopen. Marrow added that crews were safe. The furious president wrote: ..."
    )
    assert titled("The furious president", text, len(text)) == "Ilse Marrow"
    assert titled("the president", "No one holds a title here.", 10) == "the president"
    assert titled("Aldo Venn", text, 5) == "Aldo Venn"


def test_one_entity_named_twice_in_the_new_lines_is_one_addition() -> None:
    from storydiff import compare

    old = "Floodwater closed the ring road around Kestrel Bay on Monday, officials said."
    new = old + (
        "\n\nThe Norland Maritime Authority sent two tugs to the harbour on Tuesday. "
        "Divers from the N.M.A. searched the channel until dark on Tuesday night."
    )
    orgs = [c.after for c in compare(old, new).changes if c.fact == "organization"]
    assert len(orgs) == 1 and orgs[0] in ("Norland Maritime Authority", "N.M.A.")


def test_a_generic_last_word_or_an_owner_makes_no_new_name() -> None:
    from storydiff.facts.name_forms import shorter_forms

    assert shorter_forms("KBX News") == ["KBX"]
    assert shorter_forms("Kestrel Bay Police Department") == ["Kestrel Bay Police"]
    assert shorter_forms("Aldric Venn's Freedom League") == ["Freedom League"]
    assert shorter_forms("Halden News") == []  # one plain word left is not the same name
    from storydiff import compare

    old = "The Freedom League lost two seats, Venn told KBX on Sunday in Kestrel Bay."
    new = "Aldric Venn's Freedom League lost two seats, Venn told KBX News on Sunday."
    kinds = [c.fact for c in compare(old, new).changes if not c.hidden]
    assert "organization" not in kinds


def test_one_head_word_is_one_source_only_when_described() -> None:
    from storydiff.facts.sources import one_source

    assert one_source("A Brussels court", "A Belgian court")
    assert one_source("a senior official", "a state official")
    assert one_source("the police", "the Paris police")
    assert not one_source("the Justice Ministry", "the Defense Ministry")
    assert not one_source("The Harbour Times", "The Valley Times")
    assert one_source("the senior officials", "the top officials")
    assert not one_source("the state police", "the federal police")
    assert not one_source("the defense lawyers", "the prosecution lawyers")


def test_a_country_named_by_its_adjective_is_not_new() -> None:
    from storydiff.facts.demonyms import as_adjective

    assert as_adjective("Belgium", "in the Belgian capital")
    assert as_adjective("Colombia", "Colombian voters")
    assert as_adjective("Germany", "German police")
    assert as_adjective("France", "French police")
    assert as_adjective("U.S.", "the American civil administrator said")
    assert as_adjective("UK", "British officials said")
    assert not as_adjective("U.S.", "the Mexican civil administrator said")
    assert as_adjective("U.S.", "The American astronaut waved")
    for other in (
        "a seat on American Airlines.",
        "Latin American leaders",
        "African-American voters",
    ):
        assert not as_adjective("U.S.", other), other
    assert not as_adjective("Austria", "Australian troops")
    assert not as_adjective("Indiana", "Indian troops")
    assert not as_adjective("Niger", "Nigerian troops")
    assert not as_adjective("Dominica", "the Dominican Republic")
    assert not as_adjective("Rome", "the Roman Catholic church")
    old = "Police searched the flat in the Belgian capital on Friday after a tip."
    new = "Police in Belgium searched the flat in the capital on Friday after a tip."
    places = [c.after for c in compare(old, new).changes if c.fact == "place"]
    assert "Belgium" not in places


def test_another_countrys_parliament_is_not_the_national_assembly() -> None:
    assert not mentioned("National Assembly", "the British parliament voted on Tuesday")


def test_a_name_the_text_declares_is_the_same_entity() -> None:
    from storydiff.facts.aliases import declared

    assert declared("Free Harbour Workers Union", "the Free Harbour Workers Union, or SLP") == [
        "SLP"
    ]
    assert declared("Penmarrow", "in Penmarrow, or Holloway Ford, they said") == []
    old = (
        "The vote was the first for the former rebels. Their party is now called the Free "
        "Harbour Workers Union, or SLP in its own language, and it won two seats."
    )
    new = "The vote was the first for the former rebels. The SLP won two seats in the vote."
    names = [c.before for c in compare(old, new).changes if c.fact == "organization"]
    assert "Free Harbour Workers Union" not in names


def test_a_name_and_the_nom_de_guerre_the_text_gives_it_are_one_entity() -> None:
    from storydiff.facts.aliases import declared

    text = "Anselm Drevik, more commonly known by his nom de guerre Halvard, stepped down."
    assert declared("Halvard", text) == ["Anselm Drevik"]
    assert declared("Anselm Drevik", text) == ["Halvard"]
    assert declared("Drevik", "Drevik, known by the alias Halvard, left.") == ["Halvard"]
    keep = "The rebel council met in Tarsk on Sunday to choose new leaders for the coming vote."
    rest = "The council said the vote would go ahead in June."
    old = (
        f"{keep}\nFormer rebel leader Anselm Drevik, more commonly known by his nom de guerre "
        f"Halvard, stepped down last week after a stroke.\n{rest}"
    )
    gone = [c for c in compare(old, f"{keep}\n{rest}").changes if c.kind == "removal"]
    assert [c.before for c in gone if c.fact != "claim"] == ["Anselm Drevik"]


def test_a_declared_name_may_hold_two_small_words_and_is_at_most_eight_words() -> None:
    text = "ISIS, also known as the Islamic State of Iraq and the Levant, said so."
    assert declared("ISIS", text) == ["Islamic State of Iraq and the Levant"]
    long = "Kestrel, also known as " + " ".join(["Word"] * 30) + ", said so."
    assert [len(f.split()) for f in declared("Kestrel", long)] == [8]
    members = "Members of the National Union of Journalists (NUJ) marched."
    assert declared("NUJ", members) == ["National Union of Journalists"]


def test_a_company_without_its_legal_form_is_the_same_company() -> None:
    from storydiff.facts.name_forms import shorter_forms

    assert shorter_forms("Brannock Corp.") == ["Brannock"]
    assert shorter_forms("Veltro, Inc.") == ["Veltro"]
    assert shorter_forms("Halden Group") == []  # a generic word, not a legal form
    old = "Brannock said on Friday it would close its plant in Kestrel Bay next year."
    new = "Brannock Corp. said on Friday it would shut its plant in Kestrel Bay in 2027."
    assert not [c for c in compare(old, new).changes if c.fact == "organization"]


def test_a_name_said_shorter_in_its_link_is_no_update() -> None:
    old = "Gunfire was reported near Marlow Hill Elementary School in Varnos on Monday."
    new = "Gunfire was reported near Marlow Hill Elementary in Varnos on Monday night."
    changes = compare(old, new).changes
    assert not [c for c in changes if c.fact in ("organization", "place") and not c.hidden]
    respelled = "Gunfire was reported near Marlow Hills Elementary School in Varnos on Monday."
    assert [c.kind for c in compare(old, respelled).changes if not c.hidden] != []


def test_a_title_written_short_or_with_initials_is_the_same_title() -> None:
    from storydiff.facts.names import same_title

    assert same_title("Gen.", "General")
    assert same_title("Miss", "Ms.")  # courtesy titles are house style
    assert same_title("NMA spokeswoman", "Norland Maritime Authority spokeswoman")
    assert not same_title("NMA spokeswoman", "Kestrel Port Authority spokeswoman")
    assert not same_title("Defence Secretary", "Treasury Secretary")
    old = "Norland Maritime Authority spokeswoman Ilse Marrow said the channel was clear."
    new = "NMA spokeswoman Ilse Marrow said the channel was clear on Tuesday."
    assert not [c for c in compare(old, new).changes if c.fact == "person" and not c.hidden]


def test_a_calling_said_by_its_kind_is_the_same_title() -> None:
    from storydiff.facts.names import same_title

    assert same_title("prosecutor", "Assistant District Attorney")
    assert same_title("lawyer", "defence solicitor")
    assert not same_title("prosecutor", "Judge")
    assert not same_title("prosecutor", "defense attorney")
    assert not same_title("Deputy Minister", "Minister of Finance")
    old = '"This was a deliberate attack," prosecutor Lena Aske said on Monday.'
    new = '"This was a deliberate attack," Assistant District Attorney Lena Aske said on Monday.'
    assert not [c for c in compare(old, new).changes if c.fact == "person" and not c.hidden]


def test_a_role_whose_kind_is_said_by_name_is_the_same_title() -> None:
    from storydiff.facts.titles import kind_named

    assert kind_named("railroad spokesman", "Kestrel Rail spokesman")
    assert kind_named("company spokeswoman", "Orvane Foods spokeswoman")
    assert not kind_named("state senator", "U.S. senator")  # another body
    assert not kind_named("police spokesman", "Harrow Transit spokesman")
    assert not kind_named("police spokesman", "Kessla Policy Forum spokesman")
    assert kind_named("police spokesman", "Kessla Police spokesman")
    assert not kind_named("deputy spokesman", "Kestrel Rail spokesman")
    assert not kind_named("railroad spokesman", "railroad engineer")
    said = "Two cars were leaking, {} Tom Garrity said."
    old, new = said.format("railroad spokesman"), said.format("Kestrel Rail spokesman")
    shown = [(c.kind, c.fact) for c in compare(old, new).changes if not c.hidden]
    assert ("update", "person") not in shown
    assert ("addition", "organization") in shown  # the railroad now named


def test_a_middle_initial_added_is_the_same_person() -> None:
    old = "Harbour master Tomas Varek said the ferry would sail again on Friday."
    new = "Harbour master Tomas J. Varek said the ferry would sail again on Friday night."
    assert not [c for c in compare(old, new).changes if c.fact == "person" and not c.hidden]


def test_a_name_without_its_accents_or_apostrophe_is_the_same_name() -> None:
    old = "Prime Minister Léa Ménard met Tomas Varek at Kestrel's Harbour Hotel on Friday."
    new = "Prime Minister Lea Menard met Tomas Varek at Kestrels Harbour Hotel on Friday night."
    shown = [c for c in compare(old, new).changes if not c.hidden]
    assert not [c for c in shown if c.fact in ("person", "organization", "place")], shown
    old = "Shares of Brannock's Inc. fell on Friday after the Kestrel Bay plant closed."
    new = "Shares of Brannocks Inc. fell on Friday after the Kestrel Bay plant closed for good."
    assert not [c for c in compare(old, new).changes if c.fact == "organization"]


def test_a_company_without_its_trade_or_a_country_before_an_institution_is_one_name() -> None:
    from storydiff.facts.name_forms import shorter_forms

    assert shorter_forms("Brannock Systems Inc.") == ["Brannock Systems", "Brannock"]
    assert shorter_forms("Veltro Computer") == ["Veltro"]
    assert mentioned("US Maritime Board", "the United States Maritime Board said")
    assert mentioned("UN Harbour Programme", "the Harbour Programme said")
    assert not mentioned("UN Harbour Programme", "the Norland Harbour Programme said")
    assert shorter_forms("Kestrel Systems Group") == ["Kestrel Systems"]  # no legal form
    old = "Veltro said on Friday that the US Maritime Board had cleared its new ferry."
    new = "Veltro Computer said the United States Maritime Board had cleared its ferry on Friday."
    assert not [c for c in compare(old, new).changes if c.fact == "organization"]


def test_a_name_with_a_word_left_out_inside_is_one_name() -> None:
    from storydiff.facts.name_forms import abridged

    assert abridged("Varnos Airport", "Varnos International Airport")
    assert not abridged("House of Wardens", "House of Elders")
    assert not abridged("Kestrel Port Agency", "Kestrel Port Authority")
    old = "Customs officers found the jewels on Friday at Varnos International Airport."
    new = "The jewels were recovered by customs officers at Varnos Airport last week."
    shown = [c for c in compare(old, new).changes if c.fact in ("place", "organization")]
    assert not [c for c in shown if not c.hidden], shown


def test_an_ordinal_in_words_or_figures_is_one_name() -> None:
    old = "The Fifth District Court of Norland ruled on the ferry case on Monday."
    new = "The 5th District Court of Norland ruled on the ferry case on Monday night."
    assert not [c for c in compare(old, new).changes if c.fact == "organization" and not c.hidden]


def test_a_source_named_by_its_initials_is_the_same_source() -> None:
    old = (
        "Vostria fired a missile into the sea early Friday, the Varnos Defence Ministry "
        "said. It fell near the coast, the ministry said in a statement."
    )
    new = (
        "Vostria fired a missile into the sea early Friday, the VDM, Varnos's defence "
        "ministry, said. It fell near the coast, the VDM said in a statement."
    )
    facts = [c.fact for c in compare(old, new).changes if not c.hidden]
    assert "attribution" not in facts
    # initials that stand for another body are another source
    other = new.replace("VDM", "VNA").replace("defence ministry", "news agency")
    updates = [c for c in compare(old, other).changes if c.fact == "attribution"]
    assert updates and updates[0].after == "VNA said"


def test_saint_and_mount_before_a_name_are_the_name_shortened() -> None:
    old = "The ferry ran aground near Saint Aurel Island, below Mount Kessla, on Monday."
    new = "The ferry ran aground near St. Aurel Island, below Mt. Kessla, on Monday."
    assert not [c for c in compare(old, new).changes if not c.hidden]
    street = compare("The fire began on Main Street.", "The fire began on Main St.")
    assert not [c for c in street.changes if not c.hidden]
    # a new sentence that names the place the short way names no new place
    later = f"{new} Varnos has claimed St. Aurel Island since 2009."
    places = [c.after for c in compare(old, later).changes if c.fact == "place"]
    assert "St. Aurel Island" not in places
    assert mentioned("St. Aurel Island", old) and not mentioned("Saint Aurel", "Aurel Street")


def test_a_body_an_edit_put_for_another_is_an_update_and_word_order_is_no_change() -> None:
    old = "The app was built by Oskar Lind, a researcher at Trevant University, in 2014."
    new = "The app was built by Oskar Lind, a researcher at the Dunmore Institute, in 2014."
    shown = [(c.kind, c.fact, c.before, c.after) for c in compare(old, new).changes]
    assert shown == [("update", "organization", "Trevant University", "Dunmore Institute")]
    notice = "\n\nCorrection: An earlier version misstated that Oskar Lind works at Trevant."
    kinds = [c.kind for c in compare(old, new + notice).changes if c.fact == "organization"]
    assert kinds == ["correction"]
    reordered = new.replace("the Dunmore Institute", "the University of Trevant")
    assert not [c for c in compare(old, reordered).changes if c.fact == "organization"]
    port = compare("The ferry left Port Marlow on Monday.", "The ferry left Marlow Port on Monday.")
    assert [c.kind for c in port.changes] == ["update"]


def test_a_name_moved_or_in_another_role_is_not_one_put_for_another() -> None:
    old = "Ana Roe, who grew up in Marlowby, drowned on Tuesday.\n\nDivers searched the lake."
    new = (
        "Ana Roe drowned in Kesslaford on Tuesday.\n\nShe grew up in Marlowby.\n\n"
        "Divers searched the lake."
    )
    assert "update" not in [c.kind for c in compare(old, new).changes if c.fact == "place"]
    role = compare(
        "The bridge was financed by Veltro Bank in 2019.",
        "The bridge was built by Kessla Construction in 2019.",
    )
    assert "update" not in [c.kind for c in role.changes if c.fact == "organization"]
