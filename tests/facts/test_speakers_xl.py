"""Speaker rules from the blind "xl" tuning set (fictional passages): who "he" stands
for after a sentence that names people only in passing, a telling still ahead, a
speech verb the parser read as a noun, "according to" beside a speaker, a title
alone, a name that only says whose, and page furniture between a speaker and the
quote."""

from __future__ import annotations

from storydiff.text.furniture import is_promotion
from tests.facts.quoting import BASE, added_quotes

_RULE = "“We never sold a single copy of that book online,” he said."


def test_he_goes_on_past_names_in_a_clause_of_his_sentence() -> None:
    new = BASE + (
        "\nEditor Tomas Varek ran the list for years."
        "\nHe once told a magazine that the online shop, whose founder, Eli Strand, owns"
        " a newspaper, sold too cheaply.\n" + _RULE
    )
    assert added_quotes(new)["We never sold"] == "Tomas Varek"


def test_names_listed_in_passing_are_not_he() -> None:
    new = BASE + (
        "\nEditor Tomas Varek ran the list for years."
        "\nOther authors on his list included Ana Ruiz, Mila Okafor and Eli Strand.\n" + _RULE
    )
    assert added_quotes(new)["We never sold"] == "Tomas Varek"


def test_a_quote_under_a_telling_still_ahead_is_the_speaker_above() -> None:
    new = BASE + (
        "\nMayor Tomas Varek says the harbour board will soon announce a new plan,"
        " promising, “We are going to protect every family on the quay.”"
    )
    assert added_quotes(new)["We are going"] == "Tomas Varek"


def test_a_speech_verb_read_as_a_noun_still_names_its_speaker() -> None:
    new = BASE + (
        "\nThe ferry line also announced new safety rules."
        "\n“We will see more bookings over the coming weeks,” Ana Ruiz predicts."
    )
    assert added_quotes(new)["We will see"] == "Ana Ruiz"


def test_who_said_it_before_who_reported_it() -> None:
    new = BASE + "\nAccording to the Harbour Gazette, Varek said, “We work with every crew.”"
    assert added_quotes(new)["We work with"] == "Varek"


def test_a_title_alone_is_the_person_given_it() -> None:
    new = BASE + (
        "\nThe quay will reopen on Friday, Chief Minister Ana Ruiz said on Wednesday."
        "\n“This harbour is not a place for gangs,” the Chief Minister said."
    )
    assert added_quotes(new)["This harbour is"] == "Ana Ruiz"


def test_a_name_that_only_says_whose_is_nobody_he_stands_for() -> None:
    new = BASE + (
        "\nSenator Eli Brown backed the harbour deal."
        "\nThe Ruiz administration has said it plans to use the deal as a model."
        "\n“One of the reasons we fought so hard for this is the crews,” he said."
    )
    assert added_quotes(new)["One of the"] == "Eli Brown"


def test_page_furniture_between_speaker_and_quote() -> None:
    assert is_promotion("Article continues below")
    assert is_promotion("Story continues below advertisement")
    assert is_promotion("More: What the harbour deal tells us about the port's future")
    assert not is_promotion("More than 40 boats sank in the storm.")
    new = BASE + (
        "\nCoach Tomas Varek spoke to reporters."
        "\nMore: What the harbour deal tells us about Eli Strand's future"
        "\n“I think it was one of those careful decisions,” he said."
    )
    assert added_quotes(new)["I think it"] == "Tomas Varek"


def test_a_calling_alone_is_the_person_the_text_gives_it() -> None:
    new = BASE + (
        "\nThe defendant has a “short fuse and he needs to learn to lengthen it”, his"
        " solicitor said.\nDefence solicitor Paul Byrne said his client was sorry."
    )
    assert added_quotes(new)["short fuse and"] == "Paul Byrne"


def test_a_saying_is_its_owners() -> None:
    new = BASE + (
        "\nThe mayors took to heart Eli Strand’s famous dictum that “a harbour is only as"
        " safe as its weakest wall.”"
    )
    assert added_quotes(new)["a harbour is"] == "Eli Strand"


def test_a_name_of_a_place_is_not_she() -> None:
    new = BASE + (
        "\nNoor Haddad, a hiker, was near the quay on Monday."
        "\nThe ice near Franz Josef glacier turned brown on Tuesday."
        "\n“The tainted snow felt like one more horror against the planet,” she said."
    )
    assert added_quotes(new)["The tainted snow"] == "Noor Haddad"


def test_a_speech_verb_the_parser_left_without_its_subject() -> None:
    new = BASE + (
        "\nThe metro ran during the Club Cup and Gulf Cup and Eli Strand says the committee"
        " will study how it helped.\n“One of our biggest tasks will be moving people from A"
        " to B.”"
    )
    assert added_quotes(new)["One of our"] == "Eli Strand"


def test_a_quote_paragraph_after_what_someone_thinks_is_theirs() -> None:
    new = BASE + (
        "\nMr. Strand also spoke about the visitors. He feels that they liked the town."
        "\n“It was a key test and those fans were welcomed with open arms.”"
    )
    assert added_quotes(new)["It was a"] == "Strand"
    other = BASE + (
        "\nMr. Strand also spoke about the visitors. He toured the town on Monday."
        "\n“It was a key test and those fans were welcomed with open arms.”"
    )
    assert added_quotes(other)["It was a"] == ""


def test_close_variants_the_xl_rules_leave_alone() -> None:
    # a habit of saying is said, not ahead
    new = BASE + "\nAna Ruiz recalled that her father used to say, “Never trust the tide.”"
    assert added_quotes(new)["Never trust the"] == "her father"
    # a quote of what someone will say, hanging on that verb, is theirs
    new = BASE + "\nAna Ruiz says Tomas Varek will tell the board: “We must close the quay.”"
    assert added_quotes(new)["We must close"] == "Tomas Varek"
    # a name in a clause that is no aside is who "he" is next
    new = BASE + (
        "\nShe said harbour master Tomas Varek had resigned.\n“I was tired of the job,” he said."
    )
    assert added_quotes(new)["I was tired"] == "Tomas Varek"
    # a name joined to a thing is no list of names
    new = BASE + (
        "\nThe medal went to Captain Tomas Varek and his crew."
        "\n“We only did our job out there,” he said."
    )
    assert added_quotes(new)["We only did"] == "Tomas Varek"


def test_close_variants_of_titles_and_callings() -> None:
    new = BASE + (
        "\nForeign Minister Ana Ruiz visited the quay."
        "\n“The harbour will reopen soon,” the Prime Minister said."
    )
    assert added_quotes(new)["The harbour will"] == "Prime Minister"
    two = BASE + (
        "\nLawyer Ana Ortega spoke for the board. Lawyer Eli Strand spoke for the crews."
        "\n“The fine is far too high,” his lawyer said."
    )
    assert added_quotes(two)["The fine is"] == "his lawyer"


def test_a_clause_as_subject_or_a_place_before_a_speech_verb_is_no_speaker() -> None:
    new = BASE + "\nWhat happened at Kestrel Bay explains the mood: “Nobody trusts the board.”"
    assert added_quotes(new)["Nobody trusts the"] == "port authority"  # carried, as before


def test_fearing_for_someone_is_no_thought_a_quote_goes_on_from() -> None:
    new = BASE + (
        "\nAna Ruiz waited at the quay. She fears for her son."
        "\n“The sea took three boats this winter.”"
    )
    assert added_quotes(new)["The sea took"] == ""


def test_more_is_a_teaser_label_only_before_a_headline() -> None:
    assert not is_promotion("More: 40 boats sank on Tuesday night, police said.")
