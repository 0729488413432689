"""Fact extraction details, on sentences written for the test."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.facts.attributions import find_attributions
from storydiff.facts.extract import STAMP, extract
from storydiff.facts.model import Fact
from storydiff.facts.name_expansion import full_name
from storydiff.facts.nlp import load_pipeline
from storydiff.facts.numbers import canonical, parse_number
from storydiff.facts.quotes import read_quotes


def facts(text: str) -> list[Fact]:
    return extract(load_pipeline()(text), 0, 0).facts


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["30,000"], 30000.0),
        (["4.2", "million"], 4_200_000.0),
        (["twenty-four"], 24.0),
        (["a", "dozen"], 12.0),
        (["one", "hundred", "and", "five"], 105.0),
        (["two", "thousand"], 2000.0),
        (["banana"], None),
    ],
)
def test_parse_number(words: list[str], value: float | None) -> None:
    assert parse_number(words) == value


def test_canonical_numbers() -> None:
    assert [canonical(x) for x in (2.0, 30000.0, 12.5)] == ["2", "30000", "12.5"]


def test_quantities_know_what_they_count() -> None:
    got = {
        (f.kind, f.value, f.subject)
        for f in facts("Some 30,000 employees and more than 50 million users left.")
    }
    assert ("quantity", "30000", "employee") in got
    assert ("quantity", "50000000", "user") in got


def test_article_is_a_weak_count() -> None:
    weak = [f for f in facts("The navy fired a ballistic missile.") if f.weak]
    assert [(f.value, f.subject, f.text) for f in weak] == [("1", "missile", "a ballistic missile")]


def test_money_percent_and_dates() -> None:
    got = {
        (f.kind, f.value, f.subject)
        for f in facts("The port spent $4.2 million, about 40% of its budget, last week.")
    }
    assert ("money", "4200000", "USD") in got
    assert ("percent", "40", "percent") in got
    assert not any(kind == "date" for kind, _, _ in got)  # "last week" is no calendar date


def test_an_amount_keeps_the_sign_the_parser_left_out() -> None:
    text = "The festival opened on Friday. Tickets cost $40."
    doc = load_pipeline()(text)
    money = [f for f in extract(doc, 0, 0).facts if f.kind == "money"]
    assert [(f.text, f.value, f.subject) for f in money] == [("$40", "40", "USD")]
    assert text[money[0].start : money[0].end] == "$40"


def test_quote_speaker_and_continuation() -> None:
    nlp = load_pipeline()
    q1, speaker, _ = read_quotes(
        nlp("“We found them tied to the railings,” Coastguard Commander Aldric Venn told MPA."),
        0,
        0,
        "",
    )
    assert [q.speaker for q in q1] == ["Aldric Venn"]
    q2, speaker, _ = read_quotes(nlp("“It was chaos on the deck,” he added."), 1, 0, speaker)
    assert [q.speaker for q in q2] == ["Aldric Venn"]
    q3, _, _ = read_quotes(nlp("“The three men were working on the foredeck.”"), 2, 0, speaker)
    assert [q.speaker for q in q3] == ["Aldric Venn"]


def test_attributions() -> None:
    nlp = load_pipeline()
    found = find_attributions(
        nlp("The missile flew 1,000 kilometres, TASS reported, citing military sources."), 0
    )
    assert {a.source for a in found} == {"TASS", "military sources"}
    said = find_attributions(nlp("Hedda Lindqvist said the ship was lost."), 0)
    # a person saying something is no attribution of its own: it only counts against
    # another attribution of the same sentence in the other version
    assert [(a.source, a.person) for a in said] == [("Hedda Lindqvist", True)]


def test_full_name_drops_titles() -> None:
    text = "Coastguard Commander Aldric Venn spoke first. Later Venn said more."
    assert full_name("Venn", text) == "Aldric Venn"
    assert full_name("Ilse Marrow", text) == "Ilse Marrow"


def test_facts_are_skipped_for_other_languages_with_a_note() -> None:
    c = compare(
        "Der Hafen war gestern wegen des Sturms geschlossen.",
        "Der Hafen blieb heute wegen des Sturms geschlossen.",
    )
    assert c.changes == []
    assert any("English" in note for note in c.notes)
    assert c.counts()["edited"] == 1  # alignment still works


def test_no_sentences_and_identical_texts() -> None:
    assert compare("", "").changes == []
    same = "Two ships sank off Kestrel Bay."
    assert compare(same, same).changes == []


def test_extremely_long_sentence_is_noted_not_parsed() -> None:
    long = "The list of ports includes " + ", ".join(f"Port{n}" for n in range(1500)) + "."
    c = compare("Two ships sank.", "Three ships sank. " + long)
    assert any(ch.key() == ("update", "quantity", "ship", "2", "3") for ch in c.changes)
    assert any("not analysed" in note for note in c.notes)


def test_same_number_with_and_without_its_unit_is_no_change() -> None:
    c = compare(
        "The company said it sold 19.5 million in the quarter.",
        "The company said it sold 19.5 million units in the quarter.",
    )
    assert not [ch for ch in c.changes if ch.fact == "quantity"]


def test_measurements_and_names_are_no_counts_alone() -> None:
    from storydiff import compare

    old = "Floodwater closed the ring road around Kestrel Bay on Monday, the port authority said."
    new = old + (
        "\n\nThe water rose 2.5 metres in an hour and a 4.1 magnitude tremor shook the quay, "
        "Marta Ilves wrote on 38 Harbour, a local website."
    )
    facts = {(c.fact, c.after) for c in compare(old, new).changes if not c.hidden}
    assert not {f for f in facts if f[0] == "quantity"}
    assert ("claim", new.split("\n\n")[1]) in facts
    edited = old.replace("on Monday", "on Monday after rising 3 metres")
    longer = old.replace("on Monday", "on Monday after rising 4 metres")
    updates = [(c.fact, c.before, c.after) for c in compare(edited, longer).changes]
    assert ("quantity", "3 metres", "4 metres") in updates


def test_a_clock_time_in_gmt_is_a_time_not_a_count_or_an_organisation() -> None:
    from storydiff import compare

    old = "Polling stations in Kestrel Bay close at 7 p.m. (1600 GMT) on Sunday, officials said."
    new = "Polling stations in Kestrel Bay close on Sunday, officials said."
    kinds = {(c.fact, c.before) for c in compare(old, new).changes if not c.hidden}
    assert ("date", "1600 GMT") in kinds
    assert not {k for k in kinds if k[0] in ("quantity", "organization")}


def test_a_date_the_other_version_says_less_exactly_is_not_new() -> None:
    from storydiff import compare

    old = (
        "The port must finish the new quay by Dec. 31, the authority said on Monday.\n\n"
        "Harbour pilot Maren Ostby said the water rose faster than expected on Saturday."
    )
    new = (
        "The port must finish the new quay by Dec. 31, the authority said on Monday.\n\n"
        "Ostby spoke to reporters on Saturday night at the flooded quay in Kestrel Bay.\n\n"
        "The old deadline of Dec. 31, 2018 was missed by two of the four contractors."
    )
    dates = [c.after for c in compare(old, new).changes if c.fact == "date" and not c.hidden]
    assert dates == []
    later = new.replace("Dec. 31, 2018", "March 3, 2018")
    dates = [c.after for c in compare(old, later).changes if c.fact == "date" and not c.hidden]
    assert dates == ["March 3, 2018"]


def test_an_article_count_pairs_only_with_the_same_kind_of_thing() -> None:
    from storydiff import compare

    def updates(old: str, new: str) -> list[tuple[str | None, str | None]]:
        return [(c.before, c.after) for c in compare(old, new).changes if c.kind == "update"]

    old = "The navy said the patrol boat had fired a ballistic missile near Kestrel Bay."
    new = "The navy said the patrol boat had fired two ballistic missiles near Kestrel Bay."
    assert updates(old, new) == [("a ballistic missile", "two ballistic missiles")]
    old = "The harbour board backed a pro-business candidate for mayor of Kestrel Bay."
    new = "The harbour board backed three conservative candidates for mayor of Kestrel Bay."
    assert updates(old, new) == []


def test_a_dateline_change_is_a_new_place_not_a_copy_without_one() -> None:
    from storydiff import compare

    body = "Floodwater closed the ring road around the harbour on Monday, officials said."
    with_line = "KESTREL BAY, Norland (MPA) — " + body
    moved = "PENMARROW, Norland (MPA) — " + body
    assert [c.fact for c in compare(body, with_line).changes if c.fact == "dateline"] == []
    assert [
        (c.before, c.after) for c in compare(with_line, moved).changes if c.fact == "dateline"
    ] == [("KESTREL BAY", "PENMARROW")]


def test_a_headline_only_one_version_has_is_added_or_removed() -> None:
    from storydiff import Document

    body = "Floodwater closed the ring road around the harbour on Monday, officials said."
    titled = Document(text=body, title="Floodwater shuts Kestrel Bay ring road")
    bare = Document(text=body)
    heads = [(c.kind, c.before, c.after) for c in compare(titled, bare).changes]
    assert heads == [("removal", "Floodwater shuts Kestrel Bay ring road", None)]
    heads = [(c.kind, c.before, c.after) for c in compare(bare, titled).changes]
    assert heads == [("addition", None, "Floodwater shuts Kestrel Bay ring road")]
    empty = Document(text=body, title="")
    heads = [(c.kind, c.before, c.after) for c in compare(empty, titled).changes]
    assert heads == [("addition", None, "Floodwater shuts Kestrel Bay ring road")]
    quoted = Document(text=body + " “We will open it again soon,” said Mara Kessla.")
    first = compare(quoted, Document(text=quoted.text + " More rain fell.", title="Road shut"))
    assert first.changes[0].fact == "headline"


def test_a_name_starts_at_its_capital_and_keeps_its_particle() -> None:
    text = "Mayor Bill de Blasio met Rodrigo Lonvar, known by nom-de-guerre Timochenko, today."
    names = {f.value for f in facts(text)}
    assert not {n for n in names if n.startswith("nom")}
    assert any("de Blasio" in n for n in names)


def shown_dates(text: str) -> list[str]:
    """The dates a sentence states as facts of the story (weak ones only match)."""
    return [f.text for f in facts(text) if f.kind == "date" and not f.weak]


def test_a_day_that_only_dates_the_telling_matches_but_is_not_shown() -> None:
    told = "The harbour board said on Thursday that the ferry had sunk."
    assert shown_dates(told) == []
    assert [f.value for f in facts(told) if f.kind == "date" and f.weak] == ["thursday"]
    assert (
        shown_dates("The figures were announced by the port minister Ilse Marrow on Tuesday.") == []
    )
    assert shown_dates("Police said in a statement Monday that two boats had collided.") == []
    assert shown_dates("Venn spoke of the storm in a 2018 interview.") == []
    # the news's own day: before its verb, hung on another verb, or not "on" a day
    assert shown_dates("On Monday, the ferry company announced that its chief was leaving.") == [
        "Monday"
    ]
    assert shown_dates("Police said the ferry sank Tuesday.") == ["Tuesday"]
    assert shown_dates("Official results will not be announced before Monday.") == ["Monday"]
    assert shown_dates("The collision was reported around 12:22 a.m.") == ["around 12:22 a.m."]


def test_a_date_of_the_page_is_no_fact_of_the_story() -> None:
    assert (
        shown_dates("Calm seas to all in the new year. — Aldric Venn (@aldricvenn) May 1, 2020")
        == []
    )
    assert shown_dates("Kestrel Bay, Jan 2 (MPA) Ten fishermen were rescued on Thursday.") == [
        "Thursday"
    ]
    assert shown_dates("3 February 2021") == []
    assert shown_dates("Crews at the pier in Kestrel Bay, May 23, 2019. | Ilse Marrow—MPA") == []
    caption = "Crews gather at the pier, in Kestrel Bay, Norland, Tuesday, Dec. 31, 2019."
    assert shown_dates(caption) == []
    said_on = shown_dates("The pier in Kestrel Bay closed on Tuesday, Dec. 31, 2019.")
    assert "Dec. 31, 2019" in " ".join(said_on)  # a date of the story, said with "on"


def test_a_recurring_day_is_no_date() -> None:
    assert shown_dates("The ferry to Brisvale leaves every Monday.") == []
    assert shown_dates("The ferry to Brisvale left on Monday.") == ["Monday"]


def test_stamps_and_copyright_lines_are_the_pages() -> None:
    assert STAMP.search("Last updated: January 01 2020 12:12 AM")
    assert STAMP.search("© 2020 Kestrel Bay Herald")
    assert STAMP.search("Copyright 2021 The Norland Press. All rights reserved.")
    assert STAMP.search("Updated 2 September 2020, 10:15 AM")
    assert STAMP.search("Published 10:15 AM ET")
    assert not STAMP.search("The law was passed in 2019 and updated in March.")


def test_a_date_fact_is_its_calendar_words() -> None:
    assert shown_dates("The inquiry will fill the first few weeks of 2020.") == ["2020"]
    assert shown_dates("The mayor left the island early Tuesday.") == ["Tuesday"]


def test_more_days_of_the_telling() -> None:
    assert shown_dates("“Good work,” the trainer said Tuesday morning.") == []
    assert shown_dates("At Friday's news briefing, the harbour master warned crews.") == []
    assert shown_dates("Friday's collision closed the harbour.") == ["Friday"]


def test_a_press_wire_dateline_is_the_pages() -> None:
    wire = "KESTREL BAY / MARINEWIRE / January 2, 2020 / Brannock Ltd said it would build a pier."
    assert shown_dates(wire) == []


def test_recurring_days_and_spans_of_weekdays() -> None:
    assert shown_dates("The town holds the annual July 4 fireworks show at Sunset Park.") == []
    assert shown_dates("Get our headlines by email Monday - Friday.") == []
    assert shown_dates("The inquiry will sit from Monday to Wednesday.") != []


def test_a_date_joined_to_a_period_or_a_headline_keeps_its_calendar_words() -> None:
    assert shown_dates("The fee is due by April 24 of next year.") == ["April 24"]
    assert shown_dates("Well, we are saying goodbye to 2019 Good morning, Brisvale.") == ["2019"]
    # The day before "of" is the date's own (review): "the 5th of November" keeps it.
    assert shown_dates("The vote is on the 5th of November.") == ["the 5th of November"]


def test_a_time_without_a_clock_word_is_a_length() -> None:
    assert shown_dates("The colt's time of 1:01 was the fastest of the morning.") == []
    assert shown_dates("The ferry left at 14:30 for Brisvale.") == ["14:30"]


def test_a_range_of_years_is_a_date_not_a_count() -> None:
    assert shown_dates("Venn led the harbour board from 1984-2014.") == ["1984-2014"]


def test_a_wire_dateline_with_the_agency_after_a_comma_is_the_pages() -> None:
    assert shown_dates("Brisvale (N/R), Jan. 1, MPA - Ten fishermen were rescued on Friday.") == [
        "Friday"
    ]


def test_a_crime_reported_to_the_police_is_no_telling() -> None:
    found = "The graffiti was found by a caretaker and reported to Brisvale police on Dec. 19."
    assert shown_dates(found) == ["Dec. 19"]


def test_a_calendar_word_that_only_names_an_event_or_a_period_is_no_date() -> None:
    assert shown_dates("He praised the values of the 31st December Revolution.") == []
    assert shown_dates("It happened some time after the September long weekend.") == []


def test_captions_with_their_credit_and_datelines_before_a_dash_are_the_pages() -> None:
    caption = (
        "Ilse Marrow feeds the gulls at the pier on Monday, Dec. 23, 2019, in Kestrel Bay,"
        " Norland. (Aldric Venn/The Norland Herald via MPA)"
    )
    assert shown_dates(caption) == []
    assert shown_dates("Brisvale, 27 December, 2019 – The port expects more ships.") == []
    assert shown_dates("The port expects more ships after 27 December, 2019.") != []


def test_a_quarter_before_a_year_is_a_period() -> None:
    assert shown_dates("Brannock Ltd (BRN) Q3 2019 Earnings Call Transcript") == ["2019"]


def test_the_lead_after_a_wire_dateline_and_a_dash_keeps_its_facts() -> None:
    """ "KESSLA (NC) — The council …" is cut after the bracket by the splitter: the lead
    it opens is no contributor line ("— Lucey reported from Kessla.")."""
    tail = "\n\nWork on the worst-hit roads will start next month."
    old = "KESSLA (NC) — The council approved a budget of $4.2 million on Tuesday." + tail
    new = "KESSLA (NC) — Road repairs will get $5.1 million under a budget approved Tuesday." + tail
    money = [(c.kind, c.before, c.after) for c in compare(old, new).changes if c.fact == "money"]
    assert money == [("update", "$4.2 million", "$5.1 million")]
