"""Who speaks when a text calls a body or a person by what it is (fictional passages):
a person the recogniser tagged as an organisation, whose apposition is an office, is
no organisation that speaks later; a team is never the league it plays in; "the
company" is the one described as a company paragraphs before; a ruling speaks as its
court; "the 58-year-old" is the speaker before unless the text gave someone that age."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes

_BREACH = (
    "Nettlecore said hackers had stolen data on 3.4 million customers.\n"
    "Helena Strand, the information commissioner, said the attack appeared to have"
    " been a simple one.\n"
    '"One stolen password should never open a database this size," the commissioner'
    " said.\n"
)


def test_an_officer_tagged_as_an_organisation_is_no_company_that_speaks() -> None:
    new = _BREACH + '"We have found no evidence that passwords were taken," the company said.'
    quotes = added_quotes(new, BASE)
    assert quotes["One stolen password"] == "Helena Strand"
    assert quotes["We have found"] != "Helena Strand"


def test_the_team_is_never_the_league_named_last() -> None:
    new = (
        "The Halvern Tidecats fired coach Marco Tessaly on Monday after a ninth loss.\n"
        "Renata Oswick, the general manager, said the decision was hers alone.\n"
        "The Tidecats are 11-24 and sit 13th in the Continental Basketball League.\n"
        '"Tessaly leaves with our gratitude and our respect," the team said in a statement.'
    )
    assert added_quotes(new, BASE)["Tessaly leaves with"] != "Continental Basketball League"


def test_the_company_is_the_one_described_as_a_company_paragraphs_before() -> None:
    new = (
        "Workers at Corvane Rail, Ostland's largest freight rail operator, will strike"
        " from Thursday, the Ostland Transport Workers' Union said.\n"
        "Labour Minister Petra Ansel said the government would appoint a mediator."
        " The ministry said it had offered to host talks.\n"
        'The company said it had made a "fair and responsible" offer.'
    )
    assert added_quotes(new, BASE)["fair and responsible"] == "Corvane Rail"


def test_a_ruling_speaks_as_the_court_named_before() -> None:
    new = (
        "The Merrin Supreme Court on Thursday struck down a law delaying elections.\n"
        'In a 4-3 decision, the court said the law was void. "The Legislature may not'
        ' hand the executive a power that the people withheld," the ruling said.'
    )
    assert added_quotes(new, BASE)["The Legislature may"] == "Merrin Supreme Court"


def test_the_58_year_old_is_the_speaker_before_when_no_one_is_given_that_age() -> None:
    new = (
        "Emil Brandt, who has coached the Herons since 2019, said Monday night that he"
        " would pay the fine. After the loss, the 58-year-old said the officials had"
        ' "lost control of the game in the first five minutes."'
    )
    assert added_quotes(new, BASE)["lost control of"] == "Emil Brandt"


def test_the_54_year_old_is_the_one_the_text_gave_that_age() -> None:
    new = (
        "Ana Roe, 54, runs the bakery on Quay Street.\n"
        "Tom Hale said he was worried about the rent.\n"
        'The 54-year-old said: "We will stay open through the winter."'
    )
    assert added_quotes(new, BASE)["We will stay"] == "Ana Roe"


def test_the_text_of_a_communique_issued_in_the_same_sentence_reads_as_its_issuers() -> None:
    new = (
        "The Ostland Rail Workers' Federation and Ostrail issued a joint communique shortly"
        ' before 7 a.m. "Both parties have agreed to suspend industrial action from'
        ' midnight," the text reads.'
    )
    assert added_quotes(new, BASE)["Both parties have"] == "Ostland Rail Workers' Federation"


def test_what_a_report_found_is_its_authors() -> None:
    new = (
        "A report by the National Medicines Agency, published in September, found"
        ' "significant deficiencies in data integrity" in its laboratory.'
    )
    assert added_quotes(new, BASE)["significant deficiencies in"] == "National Medicines Agency"


def test_the_nurse_is_the_one_an_apposition_called_a_ward_nurse() -> None:
    new = (
        "“We did not want to be here,” said Marit Solvang, a ward nurse for 14 years.\n"
        "The hospital's chief executive, Dorian Falk, called the walkout premature.\n"
        "“They are welcome to try,” the nurse said when asked about the agency cover."
    )
    assert added_quotes(new, BASE)["They are welcome"] == "Marit Solvang"


def test_a_name_a_who_clause_describes_is_a_person_whatever_the_tag() -> None:
    new = (
        '"When a company says out of caution, patients hear we were caught," said Nils'
        " Ekdahl, director of the Ostland Heart Patients Association.\n"
        "Yusuf Arden, who runs a pharmacy in central Ostby, said his phone had not stopped"
        ' ringing since 8 a.m. "People are frightened," he said.'
    )
    assert added_quotes(new, BASE)["People are frightened"] == "Yusuf Arden"
