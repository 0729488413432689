"""What looks like a fact and is not one, as real copy writes it (fictional
passages): things and families named after people, a subhead in capitals run into
the next sentence, titles and slogans in quotation marks, contributor lines, one word
of a person's name, initials of a title, and figures restated elsewhere."""

from __future__ import annotations

from storydiff import compare

BASE = (
    "KESTREL BAY, Norland (MPA) -- Floodwater closed the ring road on Monday, the port "
    "authority said.\nHarbour pilot Maren Ostby said the water rose faster than expected."
)


def _added(new: str, *facts: str) -> list[str]:
    return [
        c.after or ""
        for c in compare(BASE, new).changes
        if c.kind == "addition" and c.fact in facts
    ]


def test_a_weapon_or_a_family_named_after_someone_is_no_person() -> None:
    new = BASE + (
        "\nThe men left behind a Kalashnikov, two phones and a jacket."
        "\nOne launcher appeared to be the Russian Iskander short-range missile system."
        "\nMs. Ostby and the Varek family became close friends."
    )
    people = _added(new, "person")
    assert not {"Kalashnikov", "Iskander", "Varek"} & set(people)


def test_a_capitals_subhead_and_a_quoted_slogan_name_no_one() -> None:
    new = BASE + (
        "\nTHEORY AND PRACTICE Telvane's board said it would review the pilots' duties."
        '\nThe port dropped slogans such as "Always Be Hustling" and "Meritocracy and '
        'Toe-Stepping."'
    )
    names = _added(new, "person", "organization", "place")
    assert not any("PRACTICE" in n or "Meritocracy" in n or "Toe" in n for n in names)


def test_contributor_lines_name_the_newsroom_not_the_story() -> None:
    new = BASE + "\nReporting was contributed by Ilse Marrow, Tomas Varek and Aldric Venn."
    assert _added(new, "person") == []


def test_one_word_of_a_new_speakers_name_is_that_speaker() -> None:
    new = BASE + (
        "\n“We will rebuild the quay,” said Mayor Tomas Varek."
        "\nVarek declared an emergency for the harbour district."
    )
    assert "Varek" not in _added(new, "person", "organization", "place")


def test_a_title_and_its_initials_are_one_and_a_number_restated_is_no_new_count() -> None:
    old = BASE + (
        "\nThe board will hire a chief operating officer to run the port."
        "\nSome 586 candidates ran for the 128-seat council."
    )
    new = BASE + (
        "\nThe COO, yet to be hired, will run the port."
        "\nMore than 500 candidates ran for 128 seats."
    )
    shown = [(c.fact, c.after) for c in compare(old, new).changes if c.kind == "addition"]
    assert ("organization", "COO") not in shown
    assert not any(a and "128" in a for f, a in shown if f == "quantity")


def test_a_number_in_a_hyphenated_modifier_is_a_measure_not_a_count() -> None:
    new = BASE + "\nThe port filed a 22-page complaint and a billion-dollar claim."
    assert _added(new, "quantity", "money") == []


def test_a_name_inside_a_new_quote_is_the_quotes_words() -> None:
    new = BASE + "\n“The whole of Vastmark is laughing at this port,” Ostby said."
    assert _added(new, "quote") != []
    assert "Vastmark" not in _added(new, "person", "organization", "place")


def test_a_name_that_holds_an_and_is_one_name_when_it_ends_like_one() -> None:
    new = BASE + "\nThe Kestrel Valley Music and Arts Festival was cancelled."
    assert _added(new, "organization", "place", "person") in (
        ["Kestrel Valley Music and Arts Festival"],
        [],
    )
    split = BASE + "\nBrannock Construction and Telvane Engineering will rebuild the quay."
    assert len(_added(split, "organization", "place", "person")) == 2


def test_a_figure_in_another_unit_a_score_and_a_ratio_are_updates() -> None:
    base = BASE + (
        "\nSmokers were 15 times more likely to fall ill, the study found."
        "\nThe Kestrel Gulls beat the Harbour Pilots 58-54 on Sunday."
    )
    unit = base.replace("15 times more likely", "15 percent more likely")
    assert [(c.kind, c.before, c.after) for c in compare(base, unit).changes if not c.hidden] == [
        ("update", "15 times", "15 percent")
    ]
    score = base.replace("58-54", "61-54")
    assert [(c.fact, c.subject, c.after) for c in compare(base, score).changes if not c.hidden] == [
        ("quantity", "score", "61-54")
    ]


def test_a_round_figure_elsewhere_is_another_number() -> None:
    """'20 miles' in the other version says nothing of '20 people'; an exact figure
    ('586 hopefuls') or the same thing counted ('the 128-seat council') does."""
    added = (
        "\nRescuers took 20 people from the roofs of their cars."
        "\nThe council has 128 seats, and 586 candidates stood for them in May."
    )
    plain = BASE + "\nThe road runs 20 miles along the bay past the 128-seat council hall."
    exact = plain + "\nSome 586 hopefuls had asked the council for help by May."
    for old, shown in ((plain, True), (exact, False)):
        new = old + added
        facts = [c.after for c in compare(old, new).changes if c.fact == "quantity"]
        assert "20 people" in facts
        assert "128 seats" not in facts
        assert ("586 candidates" in facts) is shown


def test_a_round_figure_dropped_and_another_added_are_two_numbers() -> None:
    """A sentence with '20 people' removed and another with '20 miles' (or '20
    boats') added: two numbers, not one restated; an exact figure ('586') of other
    words is one."""
    old = BASE + "\nRescuers took 20 people from the roofs of their cars."
    for added, kept in (
        ("The detour runs 20 miles along the bay.", False),
        ("Volunteers brought 20 boats to the flooded streets.", False),
        ("The council counted 586 hopefuls in May.", True),
    ):
        first = old.replace("20 people", "586 people") if kept else old
        changes = compare(first, BASE + "\n" + added).changes
        shown = {(c.kind, c.fact) for c in changes if c.fact == "quantity"}
        assert (("removal", "quantity") in shown) is not kept, (added, shown)


def test_a_slogan_opened_by_two_apostrophes_names_no_one() -> None:
    new = BASE + (
        "\nThat means dropping values such as \"Let Pilots Pilot,\" ''Always Be Docking'\" "
        '\'\'Meritocracy and Toe-Stepping" and "Principled Confrontation." The board agreed.'
    )
    names = _added(new, "person", "organization", "place")
    assert not {"Meritocracy", "Toe-Stepping"} & set(names)


def test_half_counts_only_a_half_of_something() -> None:
    """ "Half of the pilots" is a share of them (``facts.fractions``), "half and whole
    regattas" none."""
    new = BASE + "\nMs. Ostby hoped to sail half and whole regattas, her coach said."
    assert _added(new, "quantity", "percent") == []
    new = BASE + "\nHalf of the pilots were sent home on Tuesday."
    assert _added(new, "quantity", "percent") == ["Half of the pilots"]


def test_the_day_of_the_telling_is_no_date_of_the_story() -> None:
    old = BASE + "\nThe ferry will stay shut for repairs, a harbour official said Wednesday."
    new = BASE + (
        "\nThe ferry will stay shut for repairs, local media reported Thursday."
        "\nThe pier collapsed on Tuesday after a storm."
    )
    dates = [(c.kind, c.after or c.before) for c in compare(old, new).changes if c.fact == "date"]
    assert dates == [("addition", "Tuesday")]


def test_a_rounded_count_of_an_exact_one_is_no_new_count() -> None:
    old = BASE + "\nSome 586 candidates stood for the 128-seat council in May."
    new = old + "\nMore than 500 candidates ran, and more than 600 volunteers helped them."
    added = [c.after for c in compare(old, new).changes if c.fact == "quantity"]
    assert added == ["more than 600 volunteers"]
    fewer = old + "\nMore than 600 candidates ran for the seats, officials said."
    assert [c.after for c in compare(old, fewer).changes if c.fact == "quantity"] == [
        "More than 600 candidates"
    ]


def test_an_updated_count_said_again_is_one_change() -> None:
    old = BASE + "\nThe navy said three patrol boats were sent to the harbour mouth on Monday."
    new = BASE + (
        "\nThe navy said four patrol boats were sent to the harbour mouth on Monday."
        "\nThe four patrol boats stayed there until dawn, the navy said."
    )
    counts = [(c.kind, c.after) for c in compare(old, new).changes if c.fact == "quantity"]
    assert counts == [("update", "four patrol boats")]


def test_a_country_that_opens_a_courts_name_is_the_courts() -> None:
    old = "Floodwater closed the ring road on Monday, the port authority said."
    new = old + "\nThe U.S.\nCourt of Appeals for the Fourth Circuit sided with the port on Friday."
    shown = [(c.fact, c.after) for c in compare(old, new).changes]
    assert ("organization", "U.S. Court of Appeals") in shown  # read whole across the break
    assert ("place", "U.S.") not in shown


def test_a_place_that_only_bounds_a_superlative_is_no_new_place() -> None:
    described = BASE + "\nPolice arrested Anselm Drevik, Europe's most wanted fugitive, on Tuesday."
    assert "Europe" not in _added(described, "place")
    largest = BASE + "\nThe port of Kestrel Bay, Europe's largest for timber, stayed shut."
    assert "Europe" not in _added(largest, "place")
    went = BASE + "\nAnselm Drevik fled to Europe, Europe's most wanted fugitive said."
    assert "Europe" in _added(went, "place")


def test_review_cases_of_over_reaching_patterns() -> None:
    """A stamp needs a month word ("12 novels" is none), a superlative's scope is no
    "test" or "arrest", and "known by" needs a naming noun to declare an alias."""
    import re

    from storydiff.facts.aliases import declared
    from storydiff.facts.extract import STAMP
    from storydiff.facts.not_news import _SCOPE

    assert not STAMP.search("She published 12 novels between 1990 and 2010.")
    assert not STAMP.search("The firm posted a 12% rise in sales.")
    assert STAMP.search("Updated Sept. 2") and STAMP.search("Updated 2 September")
    assert not re.match(_SCOPE, "’s test of a ballistic missile")
    assert not re.match(_SCOPE, "'s arrest of two sailors")
    assert re.match(_SCOPE, "'s biggest port") and re.match(_SCOPE, "'s most wanted man")
    assert declared("Ilse Marrow", "Ilse Marrow, known by Republicans as a dealmaker, spoke.") == []
    assert declared("Aldric Venn", "Aldric Venn, known by the nickname Stormy, spoke.") == [
        "Stormy"
    ]


def test_an_update_stamp_in_wire_time_is_no_date_of_the_story() -> None:
    from storydiff.facts.extract import STAMP

    assert STAMP.search("Updated 0915 GMT") and STAMP.search("UPDATED 1420 UTC")
    assert not STAMP.search("The talks resumed at 1420 GMT on Monday.")
    body = "\n\nKESSLA, Norland (AFP) - A strong earthquake shook northern Norland on Monday."
    old, new = "Updated 0915 GMT" + body, "Updated 1420 GMT" + body + " Rescuers arrived."
    assert not [c for c in compare(old, new).changes if c.fact == "date"]


def test_a_stamp_under_a_rule_line_takes_its_own_line_s_dates() -> None:
    lead = "VARNOS (Reuters) — Ferries stopped on {} after a storm, the port said."
    old = "Harbour ferry service halted\n—\nEdited: March 4, 2026\n" + lead.format("Tuesday")
    new = "Harbour ferry service halted\n—\nEdited: March 5, 2026\n" + lead.format("Wednesday")
    dates = [(c.kind, c.before, c.after) for c in compare(old, new).changes if c.fact == "date"]
    assert dates == [("update", "Tuesday", "Wednesday")]


def test_a_stamp_run_into_the_lead_takes_only_its_own_line_s_dates() -> None:
    lead = "VARNOS (Reuters) — Ferries stopped on {} after a storm, the port said."
    old = "Harbour ferry service halted\nUpdated 0915 GMT\n" + lead.format("Tuesday")
    new = "Harbour ferry service halted\nUpdated 1120 GMT\n" + lead.format("Wednesday")
    dates = [(c.kind, c.before, c.after) for c in compare(old, new).changes if c.fact == "date"]
    assert dates == [("update", "Tuesday", "Wednesday")]
