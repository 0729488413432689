"""Speaker rules from review (fictional passages): "the court said" is the last court
named, never an unrelated organisation named last; a name a dash sets under a quote
yields to a speaker the sentence names; "he said" is the last person named, never an
organisation."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes

_quotes = added_quotes


RULING = "\n“The ruling stands and the fine must be paid,” the court said."


def test_the_court_is_the_court_named_before() -> None:
    new = BASE + "\nThe Supreme Court heard the appeal on Tuesday." + RULING
    assert _quotes(new)["The ruling stands"] == "Supreme Court"


def test_the_court_is_never_a_company_named_last() -> None:
    new = BASE + (
        "\nThe appeal was heard on Tuesday.\nLawyers for Harbour Holdings Ltd argued the fine "
        "was too high." + RULING
    )
    assert _quotes(new)["The ruling stands"] == "court"


def test_the_ministry_is_a_ministry_named_before_else_itself() -> None:
    said = "\n“We expect the findings within a month,” the ministry said."
    named = BASE + "\nThe Norland Health Ministry ordered an inquiry on Tuesday." + said
    assert _quotes(named)["We expect the"] == "Norland Health Ministry"
    other = BASE + (
        "\nThe inquiry was ordered after a complaint by the Harbour Workers Union." + said
    )
    assert _quotes(other)["We expect the"] == "ministry"


def test_the_company_is_a_company_named_before_not_a_union() -> None:
    said = "\n“We take food safety very seriously,” the company said in a statement."
    named = BASE + "\nOrvane Foods recalled its frozen pies on Tuesday." + said
    assert _quotes(named)["We take food"] == "Orvane Foods"
    union = BASE + "\nFrozen pies were recalled after a complaint by the Harbour Workers Union."
    assert _quotes(union + said)["We take food"] == "company"


def test_a_company_called_by_its_trade_is_the_company_named_before() -> None:
    named = BASE + "\nOrvane Foods recalled its frozen pies on Tuesday."
    for said in ("the retailer", "the frozen-food company", "the food giant"):
        text = named + f"\n“We take food safety very seriously,” {said} said."
        assert _quotes(text)["We take food"] == "Orvane Foods", said
    own = named + "\n“We take food safety very seriously,” the Kessla company said."
    assert _quotes(own)["We take food"] == "Kessla company"  # a name of its own


def test_a_line_or_unit_a_company_owns_is_not_the_company() -> None:
    said = "\n“We take food safety very seriously,” the company said in a statement."
    line = BASE + (
        "\nOrvane Foods said on Wednesday that it was recalling 1.4 million pies."
        "\nThe recall covers the company’s Harbourline pies sold at stores."
    )
    assert _quotes(line + said)["We take food"] == "Orvane Foods"
    unit = BASE + (
        "\nLoopline Analytics denied wrongdoing in a statement."
        "\nIt said the parent company's Halvern Elections unit hired Varek to run "
        "“a large research project,” but deleted the data."
        "\nThe firm said none of the data was used “in any election work.”"
    )
    assert _quotes(unit)["in any election"] == "Loopline Analytics"


def test_a_company_owned_by_a_place_or_a_name_is_still_the_company() -> None:
    said = "\n“We will keep the line running,” the company said."
    plant = BASE + "\nWorkers walked out at Marlow's Orrin Dynamics plant on Monday."
    assert _quotes(plant + said)["We will keep"] == "Orrin Dynamics"
    city = BASE + "\nHundreds of the city's Harrow Transit drivers walked out on Monday."
    assert _quotes(city + said)["We will keep"] == "Harrow Transit"


def test_a_company_called_by_its_trade_is_one_cited_before_it_in_its_sentence() -> None:
    text = BASE + (
        "\nThe files were destroyed in 2015, according to Loopline, although the social "
        "network said it received reports “several days ago” that not all were deleted."
    )
    assert _quotes(text)["several days ago"] == "Loopline"
    acts = BASE + (
        "\nOrvane Foods must pay the fine, according to the Kessla Ledger, but the "
        "company said it would “appeal the ruling at once”."
    )
    assert _quotes(acts)["appeal the ruling"] == "Orvane Foods"  # the one that acts


def test_a_relation_or_another_kind_is_no_company_named_before() -> None:
    named = BASE + "\nOrvane Foods warned on Tuesday that its profits would fall."
    for said in (
        "the central bank",
        "the rival company",
        "the environmental group",
        "the sister company",
    ):
        text = named + f"\n“Prices will ease by the spring,” {said} said."
        assert _quotes(text)["Prices will ease"] == said.removeprefix("the "), said


def test_of_companies_named_before_in_its_sentence_the_one_that_acts() -> None:
    text = BASE + (
        "\nOrvane Foods sued Kessla Markets Inc., and the company said it was “seeking "
        "full damages now”."
    )
    assert _quotes(text)["seeking full damages"] == "Orvane Foods"


def test_the_union_is_an_association_or_federation_named_before() -> None:
    said = "\n“Employers must plan for a surge of patients,” the union said."
    for name in ("Norland Nurses Association", "Harbour Workers Federation"):
        named = BASE + f"\nThe {name} will hold a news conference on Thursday." + said
        assert _quotes(named)["Employers must plan"] == name
    company = BASE + "\nOrvane Foods will hold a news conference on Thursday." + said
    assert _quotes(company)["Employers must plan"] == "union"
    both = BASE + (
        "\nThe Riverton Teachers Union called the strike on Monday."
        "\nThe Riverton Parents Association backed the school board." + said
    )
    assert _quotes(both)["Employers must plan"] == "Riverton Teachers Union"


def test_a_speaker_named_in_the_sentence_wins_over_a_dash_signature() -> None:
    new = BASE + (
        "\nHarbour master Mary Lee said: “We will rebuild the sea wall this year” — Jane Doe "
        "(Kestrel Post)"
    )
    assert _quotes(new)["We will rebuild"] == "Mary Lee"


def test_a_dash_signature_names_the_speaker_of_a_sentence_without_one() -> None:
    new = BASE + "\nThe sea wall failed.\n“We will rebuild the sea wall this year.” — Jane Doe"
    assert _quotes(new)["We will rebuild"] == "Jane Doe"


HE = "\n“We will rebuild the sea wall,” he said."


def test_he_is_the_person_named_never_blanked() -> None:
    new = BASE + "\nMayor Tomas Varek toured the harbour.\nIt was his first visit." + HE
    assert _quotes(new)["We will rebuild"] == "Tomas Varek"


def test_he_is_the_person_who_leads_an_organisation_subject_not_the_organisation() -> None:
    new = BASE + (
        "\nThe Kestrel Port Authority, led by Tomas Varek, said the damage was terrible." + HE
    )
    assert _quotes(new)["We will rebuild"] == "Tomas Varek"


def test_he_after_an_organisation_speaking_as_it_is_never_the_organisation() -> None:
    new = BASE + (
        "\nThe Kestrel Port Authority closed its offices.\n“The damage is terrible,” it said." + HE
    )
    quotes = _quotes(new)
    assert quotes["The damage is"] == "Kestrel Port Authority"
    assert quotes["We will rebuild"] == ""


def test_he_with_no_person_named_is_no_one() -> None:
    new = BASE + "\nThe Kestrel Port Authority said the damage was terrible." + HE
    assert _quotes(new)["We will rebuild"] == ""


def test_a_quote_under_continued_to_is_the_speech_verbs_not_whoever_continued() -> None:
    new = BASE + (
        "\nThe crews continued to work “until the last sandbag was in place and the water "
        "stopped,” harbour master Mary Lee said."
        "\nMayor Tomas Varek continued to visit the harbour every day “to show the crews that "
        "the town stands behind them,” his aide Ilse Marrow said."
    )
    quotes = _quotes(new)
    assert quotes["until the last"] == "Mary Lee"
    assert quotes["to show the"] == "Ilse Marrow"


def test_a_bare_quote_after_according_to_a_person_is_that_persons() -> None:
    new = BASE + (
        "\nThe wall failed in two places, according to harbour master Mary Lee."
        "\n“The water came over the top at midnight.”"
    )
    assert _quotes(new)["The water came"] == "Mary Lee"


def test_a_bare_quote_after_according_to_a_newspaper_is_not_the_newspapers() -> None:
    new = BASE + (
        "\nMayor Tomas Varek toured the harbour."
        "\nThe wall failed in two places, according to the Kestrel Gazette."
        "\n“The water came over the top at midnight,” he said."
    )
    assert _quotes(new)["The water came"] == "Tomas Varek"


def test_the_court_is_the_court_named_earlier_in_a_sentence_with_another_organisation() -> None:
    new = BASE + "\nThe Supreme Court upheld the fine against Orvane Foods on Tuesday." + RULING
    assert _quotes(new)["The ruling stands"] == "Supreme Court"


def test_he_after_it_said_is_the_person_named_before() -> None:
    new = BASE + (
        "\nMayor Tomas Varek toured the harbour on Tuesday."
        "\nThe Kestrel Port Authority closed its offices.\n“The damage is terrible,” it said." + HE
    )
    quotes = _quotes(new)
    assert quotes["The damage is"] == "Kestrel Port Authority"
    assert quotes["We will rebuild"] == "Tomas Varek"


def test_the_university_party_or_union_is_one_named_with_or_without_its_kind_word() -> None:
    university = BASE + (
        "\nStanwick University suspended two lecturers on Tuesday over a research grant."
        "\n“We take these allegations very seriously,” the university said in a statement."
    )
    assert _quotes(university)["We take these"] == "Stanwick University"
    # a university, party or union is often called by a bare name
    bare = BASE + (
        "\nStanwick suspended two lecturers on Tuesday over a research grant."
        "\n“We take these allegations very seriously,” the university said in a statement."
    )
    assert _quotes(bare)["We take these"] == "Stanwick"
    union = BASE + (
        "\nDockside Unite called a strike at the port on Monday."
        "\n“Our members have had enough of low pay,” the union said."
    )
    assert _quotes(union)["Our members have"] == "Dockside Unite"


def test_the_union_party_or_hospital_is_never_a_bare_name_of_another_kind() -> None:
    union = BASE + (
        "\nWorkers at Acme Foods walked out on Monday over pay."
        "\n“We will not go back until we are paid,” the union said."
    )
    assert _quotes(union)["We will not"] == "union"
    hospital_union = BASE + (
        "\nNurses walked out at Mercy General on Monday."
        "\n“We will not go back until we are paid,” the union said."
    )
    assert _quotes(hospital_union)["We will not"] == "union"
    # the party is the one named, never the news agency that reported the vote
    party = BASE + (
        "\nVoters backed Likud in the poll, Reuters reported."
        "\n“We lost the vote fairly,” the party said."
    )
    assert _quotes(party)["We lost the"] == "Likud"
    hospital = BASE + (
        "\nAcme Foods donated beds to the Norland Red Cross."
        "\n“We are grateful for the help,” the hospital said."
    )
    assert _quotes(hospital)["We are grateful"] == "hospital"


def test_the_university_is_never_an_organisation_of_another_kind() -> None:
    new = BASE + (
        "\nThe grant was cut after a complaint by the Harbour Workers Union."
        "\n“We take these allegations very seriously,” the university said in a statement."
    )
    assert _quotes(new)["We take these"] == "university"


def test_an_acronym_yields_to_an_organisation_of_the_right_kind() -> None:
    court = BASE + (
        "\nThe High Court upheld a fine against Orvane Foods and the KPA on Tuesday." + RULING
    )
    assert _quotes(court)["The ruling stands"] == "High Court"
    company = BASE + (
        "\nOrvane Foods was raided by the NFSA on Tuesday."
        "\n“We are cooperating fully with investigators,” the company said."
    )
    assert _quotes(company)["We are cooperating"] == "Orvane Foods"


def test_the_court_is_an_acronym_when_no_court_is_named() -> None:
    new = BASE + "\nOrvane Foods appealed to the ICJ on Tuesday." + RULING
    assert _quotes(new)["The ruling stands"] == "ICJ"


def test_the_judge_is_not_the_accused_named_last() -> None:
    """A court's judge or prosecutor described by role is someone else than the person
    named last (most often the accused): the one the text titles so, else the role."""
    old = "Owen Roker, 52, of Harwell Road, admitted 14 counts of fraud at Kessla Crown Court."
    new = old + '\n\n"You betrayed people who trusted you," the judge said.'
    assert added_quotes(new, old)["You betrayed people"] != "Owen Roker"
    titled = "Judge Helena Marsh heard the case. " + new
    assert added_quotes(titled, "Judge Helena Marsh heard the case. " + old) == {
        "You betrayed people": "Helena Marsh"
    }


def test_the_prosecutor_is_no_defense_attorney_named_last() -> None:
    old = "Owen Roker, 52, admitted 14 counts of fraud at Kessla Crown Court."
    new = old + (
        "\n\nDefense attorney Mark Dunn asked for leniency."
        '\n\n"He preyed on people who trusted him," the prosecutor said.'
    )
    assert added_quotes(new, old)["He preyed on"] != "Mark Dunn"


def test_a_us_attorney_or_attorney_general_is_the_prosecutor_named_last() -> None:
    """ "U.S. Attorney" and "Attorney General" title prosecutors, as "District
    Attorney" does: "the prosecutor said" after them is theirs."""
    old = "Owen Roker, 52, of Harwell, was charged with 14 counts of wire fraud on Monday."
    for title in ("U.S. Attorney", "Attorney General", "State Attorney"):
        named = old + f"\n\n{title} Dana Whitlow announced the charges at a news conference."
        new = named + '\n\n"He preyed on people who trusted him," the prosecutor said.'
        assert added_quotes(new, named)["He preyed on"] == "Dana Whitlow", title


def test_a_companys_attorney_or_a_defense_official_is_no_court_calling() -> None:
    old = "Owen Roker, 52, of Harwell, was charged with 14 counts of wire fraud on Monday."
    named = old + "\n\nGeneral Motors attorney Dana Whitlow declined to comment on the charges."
    new = named + '\n\n"He preyed on people who trusted him," the prosecutor said.'
    assert added_quotes(new, named)["He preyed on"] != "Dana Whitlow"
    talks = "State Department official Ana Ruiz said the talks had stalled on Monday."
    said = talks + '\n\n"We are ready to help," a defense official said.'
    assert added_quotes(said, talks)["We are ready"] != "Ana Ruiz"
