"""A "which said" the parse hangs on what a writing is about speaks for the writing
(fictional passage): "a report on the flooded quay which said …" is the report, not
"flooded quay"; who issued or made a statement speaks its words."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_which_said_after_a_writing_about_something_is_the_writing() -> None:
    new = BASE + (
        "\nAt the meeting, the mayor read out a report on the flooded quay which said the "
        "wall was “unsafe for anyone to walk on until it is rebuilt”."
    )
    assert added_quotes(new)["unsafe for anyone"] == "a report"


def test_a_statement_that_read_is_its_issuer() -> None:
    new = BASE + (
        "\nThe Norland Ferry Company issued a statement on Tuesday that read: “All crossings "
        "are suspended until the quay is safe again.”"
    )
    assert added_quotes(new)["All crossings are"] == "Norland Ferry Company"


def test_a_letter_from_a_person_that_a_paper_published_speaks_for_its_author() -> None:
    new = BASE + (
        "\nThe Kestrel Gazette published a letter from Tomas Varek that said: "
        "“The council has failed us all.”"
    )
    assert added_quotes(new)["The council has"] == "Tomas Varek"


def test_who_made_a_statement_speaks_its_words() -> None:
    new = BASE + (
        "\nThe Kestrel Bay council made a statement on Friday: “The ferry will sail again"
        " next week.”"
    )
    assert added_quotes(new)["The ferry will"] == "Kestrel Bay council"


def test_the_communique_speaks_for_who_issued_it() -> None:
    new = BASE + (
        "\nThe Kestrel Bay harbour board issued a communiqué after its meeting on Friday. "
        "“The quay will reopen in May,” the communiqué said."
    )
    assert added_quotes(new)["The quay will"] == "Kestrel Bay harbour board"


def test_an_institutions_statement_speaks_for_the_institution() -> None:
    new = BASE + "\n“The quay will reopen in May,” a police statement said."
    assert added_quotes(new)["The quay will"] == "police"
    company = BASE + (
        "\nOrvane Foods recalled its frozen pies on Tuesday."
        "\n“We take food safety very seriously,” a company statement said."
    )
    assert added_quotes(company)["We take food"] == "Orvane Foods"
    after_a_person = BASE + (
        "\nOrvane Foods recalled its frozen pies on Tuesday."
        "\nTomas Varek, a shopper in Chicago, said he had thrown his pies away."
        "\n“We take food safety very seriously,” a company statement said."
    )
    assert added_quotes(after_a_person)["We take food"] == "Orvane Foods"  # never a person


def test_a_writing_no_one_is_named_for_speaks_as_itself() -> None:
    """With no issuer named anywhere before it, the writing is the speaker, not no one."""
    new = "“The quay will reopen in May,” the draft statement said."
    old = "Divers found the wreck of the ferry."
    assert added_quotes(new, old=old)["The quay will"] == "draft statement"
    his = "“The quay will reopen in May,” his introductory statement says."
    assert added_quotes(his, old=old)["The quay will"] == ""  # his: whoever he is


def test_a_wail_is_speech() -> None:
    new = BASE + "\n“My child, my child,” wailed a grief-stricken old woman on the quay."
    assert added_quotes(new)["My child, my"] == "a grief-stricken old woman"


def test_the_report_is_its_author_named_a_few_sentences_before() -> None:
    new = BASE + (
        "\nSenator Joan Kimura asked about a 2019 report by the Varnos inspector general."
        "\nShe said the nominee had not answered her."
        "\nThe report says the hospitals “failed to maintain even rudimentary controls” over"
        " billing."
    )
    assert added_quotes(new)["failed to maintain"] == "Varnos inspector general"


def test_the_report_s_author_is_no_person_its_clause_names() -> None:
    new = BASE + (
        "\nSenator Joan Kimura asked about a 2019 report by the Varnos inspector general,"
        " which found that three hospitals in the chain Dr. Celia Marchetti led had billed"
        " the state for services never provided."
        "\nThe report says the hospitals “failed to maintain even rudimentary controls” over"
        " billing."
    )
    assert added_quotes(new)["failed to maintain"] == "Varnos inspector general"


def test_a_statement_by_an_aide_still_speaks_for_whose_remark_it_carries() -> None:
    new = BASE + (
        "\nMayor Ilona Varga's remark was contained in a statement by her adviser, Tomas Varek."
        "\nThe statement reads: “I wish every family of Kestrel Bay a safe new year.”"
    )
    assert added_quotes(new)["I wish every"] == "Ilona Varga"


def test_a_new_report_or_a_report_by_a_date_has_no_author_named_before() -> None:
    by = "\nA 2019 report by the Varnos inspector general found the cranes unsafe."
    later = BASE + by + "\nOn Tuesday the harbour board released a new report."
    said = "\n“The cranes are now safe at last,” the report says."
    assert added_quotes(later + said)["The cranes are"] == "report"
    new = BASE + by + "\n“The cranes are now safe at last,” the new report says."
    assert added_quotes(new)["The cranes are"] == "new report"
    dated = BASE + "\nThe council ordered a report by March on the harbour." + said
    assert added_quotes(dated)["The cranes are"] == "report"
    owned = BASE + "\nA 2019 report by the harbour authority's own auditors found it." + said
    assert added_quotes(owned)["The cranes are"] == "harbour authority's own auditors"


def test_the_report_long_after_its_author_was_named_is_the_report() -> None:
    filler = "".join(f"\nCrews worked on quay {n} through the night." for n in range(6))
    new = BASE + (
        "\nSenator Joan Kimura asked about a 2019 report by the Varnos inspector general."
        + filler
        + "\nThe report says the hospitals “failed to maintain even rudimentary controls” over"
        " billing."
    )
    assert added_quotes(new)["failed to maintain"] == "report"
