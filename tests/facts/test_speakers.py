"""Speakers on copy laid out as wire and newspaper text is (one line break between
paragraphs): the quote's own sentence first, then the nearest attribution before
while each paragraph quotes or attributes, pronouns to the person named last
(fictional passages)."""

from __future__ import annotations

from storydiff import compare
from tests.facts.quoting import BASE, added_quotes

_quotes = added_quotes


def test_narration_between_an_attribution_and_a_bare_quote_leaves_the_speaker_unknown() -> None:
    new = BASE + (
        "\nHarbour pilot Maren Ostby said the water rose faster than anyone had expected."
        "\nThe ferry company cancelled its evening crossings."
        "\nRepair crews worked through the night on the sea wall."
        "\n“Nobody could have held back that tide.”"
    )
    assert _quotes(new)["Nobody could have"] == ""
    continued = BASE + (
        "\nHarbour pilot Maren Ostby said the water rose faster than anyone had expected."
        "\n“Nobody could have held back that tide.”"
    )
    assert _quotes(continued)["Nobody could have"] == "Maren Ostby"


def test_he_is_the_main_clause_subject_not_a_person_in_its_subordinate_clause() -> None:
    new = BASE + (
        "\nMayor Tomas Varek spoke on Tuesday, saying that Councillor Ilse Marrow and her "
        "colleagues should rebuild the quay."
        "\n“As usual, the council is slow to act,” he wrote in a message to residents."
    )
    assert _quotes(new)["As usual, the"] == "Tomas Varek"


def test_a_person_named_in_full_without_being_a_subject_is_who_he_is_next() -> None:
    new = BASE + (
        "\nAmong the evacuees was the harbour's longest-serving pilot, Aldric Venn."
        "\n“I had to leave my boat and my house in one hour,” he said."
    )
    assert _quotes(new)["I had to"] == "Aldric Venn"


def test_a_quote_without_a_speech_verb_belongs_to_the_sentence_subject() -> None:
    new = BASE + (
        "\nLast year, Mayor Tomas Varek called the old sea wall adequate, dismissing "
        "it as “a wall that has never failed us.”"
    )
    assert _quotes(new)["a wall that"] == "Tomas Varek"


def test_that_said_is_no_speaker() -> None:
    new = BASE + (
        "\nThat said, the report went on, “the sea wall will need rebuilding within a decade.”"
    )
    assert _quotes(new)["the sea wall"] not in ("That", "that")


def test_a_quotation_cut_by_the_splitter_takes_the_speaker_named_after_it() -> None:
    new = BASE + (
        "\nRepair crews worked through the night on the sea wall."
        "\nThe “costs are out of control, more than $4 million. Stop the works!” Mayor "
        "Tomas Varek wrote on Twitter."
    )
    quotes = _quotes(new)
    assert list(quotes.values()) == ["Tomas Varek"]
    assert any("costs are out" in k for k in quotes)


def test_a_quote_whose_closing_mark_is_missing_ends_at_its_attribution() -> None:
    new = BASE + (
        '\n"All our demands have been met and we can be satisfied, said Ilse Marrow, a '
        "lawyer for the pilots."
        '\n"The ruling says that ignoring a storm warning is a serious offence," she added.'
    )
    quotes = _quotes(new)
    assert quotes.get("All our demands") == "Ilse Marrow"
    assert quotes.get("The ruling says") == "Ilse Marrow"


def test_an_unclosed_quote_never_runs_into_the_next_paragraph() -> None:
    new = BASE + (
        "\n“I don’t think the council is looking at it,” he said, “but it should be."
        "\nA senior official, who was not authorised to speak publicly, said the council "
        "would meet on Friday."
    )
    assert not any("senior official" in q for q in _quotes(new))


def test_quoted_as_saying_gives_the_quote_to_the_one_quoted() -> None:
    new = BASE + (
        "\nTelvane Cruises quoted President Aldric Venn as saying: “We will sail at dawn.”"
    )
    assert _quotes(new)["We will sail"] == "Aldric Venn"


def test_he_never_stands_for_an_organisation_that_spoke_since() -> None:
    new = BASE + (
        "\nMayor Tomas Varek toured the quay on Tuesday."
        "\nThe Norland Coastguard said it would send two boats."
        "\n“We will rebuild the quay,” he said."
    )
    assert _quotes(new)["We will rebuild"] == "Tomas Varek"
    it = new.replace("“We will rebuild the quay,” he said.", "“We will send more,” it said.")
    assert _quotes(it)["We will send"] == "Norland Coastguard"


def test_a_person_described_anew_is_the_person_named_last_but_not_a_relative() -> None:
    new = BASE + (
        "\nMayor Tomas Varek toured the quay on Tuesday."
        "\n“We cannot pay for a wall that fails every winter,” the mayor said."
    )
    assert _quotes(new)["We cannot pay"] == "Tomas Varek"
    lawmaker = new.replace("the mayor said", "the 52-year-old lawmaker said")
    assert _quotes(lawmaker)["We cannot pay"] == "Tomas Varek"
    relative = new.replace("the mayor said", "his father said")
    assert _quotes(relative)["We cannot pay"] != "Tomas Varek"
    prosecutor = BASE + (
        "\nDeputy District Attorney Ilse Marrow filed the charges on Tuesday."
        "\n“The evidence is clear,” the prosecutor said."
    )
    assert _quotes(prosecutor)["The evidence is"] == "Ilse Marrow"


def test_she_never_falls_back_on_an_organisation_when_no_person_was_named() -> None:
    new = BASE + (
        "\nTwo ferries were cancelled, the Kestrel Bay Harbour Authority said."
        "\n“We had no choice but to keep the boats in,” she said."
    )
    assert _quotes(new)["We had no"] == ""


def test_it_said_is_never_the_person_named_last() -> None:
    old = "Floodwater closed the ring road around Kestrel Bay on Monday."
    new = old + (
        "\nThe Norland Foreign Ministry identified the drowned sailor as Aldric Venn."
        "\n“The embassy is helping his family,” it said."
    )
    quotes = [c.subject for c in compare(old, new).changes if c.fact == "quote"]
    assert quotes and "Aldric Venn" not in quotes


def test_a_transcript_label_names_the_speaker() -> None:
    new = BASE + "\nVAREK: “The quay will be open by spring, whatever the council says.”"
    assert _quotes(new)["The quay will"] == "Varek"
    furniture = BASE + "\nWATCH: “The quay will be open by spring, whatever the council says.”"
    assert _quotes(furniture)["The quay will"] not in ("Watch", "WATCH")
    for label in ("LIVE UPDATES", "FACT CHECK", "EXCLUSIVE", "OPINION", "ANALYSIS"):
        page = BASE + f"\n{label}: “The quay will be open by spring, whatever the council says.”"
        assert _quotes(page)["The quay will"] != label.title(), label


def test_a_quote_whose_closing_mark_is_lost_is_kept_when_it_opens_a_sentence() -> None:
    reopened = BASE + (
        "\n“We lost two boats,” said Tomas Varek, a fisherman. “Nobody warned the crews "
        "about the surge. “We will rebuild the quay before spring,” he added."
    )
    quotes = _quotes(reopened)
    assert quotes["Nobody warned the"] == "Tomas Varek"
    cut = BASE + "\nTomas Varek, a fisherman, said: “Nobody warned the crews about the surge"
    assert _quotes(cut)["Nobody warned the"] == "Tomas Varek"
    stray = BASE + "\nThe so-called “harbour tax was raised twice this year by the council."
    assert not _quotes(stray)


def test_an_inverted_speaker_after_a_question_is_the_speaker() -> None:
    new = BASE + (
        "\nTomas Varek said the quay would reopen soon."
        "\n“Why wait? The water is gone now!” asked one resident on the harbour forum."
    )
    assert _quotes(new)["Why wait? The"] == "one resident"


def test_an_appositive_name_is_the_speaker_not_the_title_before_it() -> None:
    new = BASE + (
        "\n“Check your boats after every storm,” says Kestrel Bay’s Safe Harbour "
        "advocate, Maren Ostby."
    )
    assert _quotes(new)["Check your boats"] == "Maren Ostby"


def test_a_quote_that_lost_its_closing_mark_before_a_later_title_keeps_its_first_sentence() -> None:
    new = BASE + (
        "\nTomas Varek said the quay would reopen soon. “But the wall is still broken. "
        "The crews will start in spring, the council wrote in its “Harbour Plan” on Friday."
    )
    quotes = _quotes(new)
    assert quotes.get("But the wall") == "Tomas Varek"
    assert not any("crews will start" in k or "council wrote" in k for k in quotes)


def test_a_quote_opened_after_said_and_a_comma_is_kept_when_its_closing_mark_is_lost() -> None:
    new = BASE + "\nHarbour pilot Maren Ostby said, “Nobody warned the crews about the surge"
    assert _quotes(new).get("Nobody warned the") == "Maren Ostby"
    stray = BASE + "\nThe council, “which never met in winter, raised the harbour tax twice."
    assert not _quotes(stray)


def test_a_title_before_a_surname_is_no_name_of_its_own() -> None:
    new = BASE + (
        "\nKestrel Bay Sgt. Tomas Varek said a woman in her 30s was taken to the hospital."
        "\nThe other driver was hospitalized."
        "\n“There is some alcohol impairment that is suspected, and that will be part of the "
        "investigation,” said Sgt. Varek."
    )
    assert "Varek" in _quotes(new)["There is some"]


def test_who_issued_a_statement_speaks_its_quoted_words() -> None:
    new = BASE + (
        "\nThe ferry operators denied reports that the crossings would stop."
        "\nTelvane Cruises released an official statement on Wednesday (May 4) reading, "
        "“Hello, this is Telvane Cruises. We will sail again on Friday.”"
    )
    assert _quotes(new)["Hello, this is"] == "Telvane Cruises"


def test_narration_in_the_same_paragraph_also_ends_the_carried_speaker() -> None:
    one_line = BASE + (
        "\nHarbour pilot Maren Ostby said the water rose faster than anyone had expected. "
        "The ferry company cancelled its evening crossings. "
        "“Nobody could have held back that tide.”"
    )
    assert _quotes(one_line)["Nobody could have"] == ""
    said = one_line.replace("The ferry company cancelled its evening crossings. ", "")
    assert _quotes(said)["Nobody could have"] == "Maren Ostby"


def test_a_sentence_about_someone_else_quotes_no_carried_speaker() -> None:
    judge = BASE + (
        "\nThe federal judge who blocked the harbour law cited the town’s “long history of "
        "flooding and neglect” as she ordered officials not to enforce it. District Judge "
        "Ilse Marrow’s decision was released Tuesday."
    )
    assert _quotes(judge)["long history of"] == "Ilse Marrow"
    town = BASE + "\nThe town has what residents call “a long history of flooding and neglect.”"
    assert _quotes(town)["a long history"] != "port authority"


def test_a_byline_names_no_one_who_speaks() -> None:
    new = BASE + (
        "\nWritten by Maren Ostby Floodwater can be held back by a wall of sand, engineers "
        "from the university are reporting in the journal Coasts."
        "\n“We’re onto something,” she said."
    )
    assert _quotes(new)["We’re onto something"] == ""


def test_a_clergyman_described_anew_and_his_words_are_the_person_named_last() -> None:
    new = BASE + (
        "\nPastor Tomas Varek called on residents to pray for the town."
        "\nOn the flood, the clergyman said the water would go down by Friday."
        "\nIn his words, “the sea is becoming more restless.”"
    )
    assert "Varek" in _quotes(new)["the sea is"]


def test_a_caption_reads_for_the_account_it_was_posted_on() -> None:
    new = BASE + (
        "\nThe photo was posted on Tuesday on harbour pilot Maren Ostby’s Instagram account."
        "\n“Last storm of the year,” the caption reads."
    )
    assert _quotes(new)["Last storm of"] == "Maren Ostby"


def test_they_are_the_people_of_the_sentence_before_not_the_last_person_who_spoke() -> None:
    new = BASE + (
        "\nAt the briefing, Mayor Tomas Varek warned people to stay away from the quay."
        "\nIn the harbour, hundreds of people gathered to hold a minute’s silence."
        "\nDuring the gathering, they chanted: “No wall, no town, no future.”"
    )
    assert _quotes(new)["No wall, no"] != "Tomas Varek"


def test_a_quote_opened_after_told_an_outlet_and_a_time_is_kept_when_its_mark_is_lost() -> None:
    new = BASE + (
        "\nMaren Ostby, head of the pilots’ union, told the Kestrel Courier earlier this "
        "month, “We are seeing the harbour change faster than ever."
    )
    assert _quotes(new).get("We are seeing") == "Maren Ostby"


def test_a_quote_that_runs_into_the_next_paragraph_without_a_new_mark_is_one_quote() -> None:
    new = BASE + (
        "\n\n“When the crews were checking the wall, the water came over it."
        "\n\nIt pushed two boats onto the quay,” said Tomas Varek, the harbour master."
    )
    assert _quotes(new)["When the crews"] == "Tomas Varek"


def test_whom_a_sentence_without_a_speech_verb_quotes_speaks_on() -> None:
    new = BASE + (
        "\nOn a stormy Saturday, Maren Ostby sat down in a corner of the harbour café."
        "\n“Oh my God, the soup, it’s so good,” she gushed. “My mouth is on fire.”"
    )
    quotes = _quotes(new)
    assert quotes["Oh my God,"] == "Maren Ostby"
    assert quotes["My mouth is"] == "Maren Ostby"
    dismissed = BASE + (
        "\nLast year, Mayor Tomas Varek dismissed the old sea wall as “a wall that has "
        "never failed us.” “It will stand for a hundred years.”"
    )
    assert _quotes(dismissed)["It will stand"] == "Tomas Varek"


def test_he_is_never_a_person_the_text_called_she() -> None:
    new = BASE + (
        "\nMaren Ostby, a harbour pilot, spent the night on the quay."
        "\n“The water came over the wall at two,” she said."
        "\nThe town’s pilots have wanted a new wall for years."
        "\n“Maren is brave,” he said."
    )
    quotes = _quotes(new)
    assert quotes["The water came"] == "Maren Ostby"
    assert quotes["Maren is brave"] != "Maren Ostby"


def test_a_statement_from_someone_is_theirs_not_the_quoting_person_s() -> None:
    new = BASE + (
        "\nMayor Tomas Varek is fond of quoting a statement from Ilse Marrow: “A wall is "
        "only as strong as the town that keeps it.”"
    )
    assert _quotes(new)["A wall is"] == "Ilse Marrow"


def test_the_company_said_is_the_organisation_named_last() -> None:
    new = BASE + (
        "\nTelvane Cruises said it was confident the port would reopen."
        "\nMayor Tomas Varek toured the quay on Tuesday."
        "\n“We shall stop the crossings if the council asks us to,” the company said."
    )
    assert _quotes(new)["We shall stop"] == "Telvane Cruises"
    it = new.replace("the company said", "it said")
    assert _quotes(it)["We shall stop"] == "Telvane Cruises"


def test_she_is_never_a_group_that_spoke() -> None:
    new = BASE + (
        "\nHarbour shop owners said thefts were getting worse."
        "\nShe said one of them “was literally caught with his pants down.”"
    )
    assert _quotes(new)["was literally caught"] != "Harbour shop owners"


def test_a_name_after_a_dash_under_a_quote_is_its_speaker() -> None:
    new = BASE + (
        "\nQuote of the day:\n\n“What the tide brings depends on what you bring.” — Ilse Marrow"
    )
    assert _quotes(new)["What the tide"] == "Ilse Marrow"


def test_a_statement_from_the_publisher_is_the_organisation_cited_before() -> None:
    new = BASE + (
        "\nThe harbour historian Aldric Venn died on Monday at his home."
        "\nAccording to Telvane Press, the cause was complications from pneumonia."
        "\n“Venn’s contributions to the history of the town are without precedent,” a "
        "statement from the publisher read."
    )
    assert _quotes(new)["Venn’s contributions to"] == "Telvane Press"


def test_a_bare_quote_right_after_a_sentence_about_a_person_is_theirs() -> None:
    new = BASE + (
        "\nThe pilots’ union met on Tuesday. His social worker, who has seen many storms, "
        "looked grim. “His boat is gone. His house is flooded.” She paused, giving me time "
        "to take this in. “It is going to be hard for him to start again.”"
    )
    quotes = _quotes(new)
    assert "social worker" in quotes["His boat is"]
    assert "social worker" in quotes["It is going"]


def test_she_is_the_woman_the_sentence_before_was_about_not_a_name_it_mentions() -> None:
    new = BASE + (
        "\nThe woman posted her solution on the Facebook group Extreme Saving and Bargains UK."
        "\nIn a discussion about storms, she wrote: “Sandbags in the hall saved our house.”"
    )
    assert _quotes(new)["Sandbags in the"] in ("woman", "The woman")


def test_it_said_with_no_organisation_named_is_no_one() -> None:
    new = BASE + (
        "\nHarbour pilot Maren Ostby said the water rose faster than expected."
        "\n“The quay will stay closed until spring,” it said."
    )
    assert _quotes(new)["The quay will"] != "Maren Ostby"


def test_stray_marks_shift_no_later_quote() -> None:
    quotes = "“We will rebuild the quay,” he said. “It will take a year.”"
    for lead in (
        "Mayor Tomas Varek said the quay was open.” The council met on Friday. ",
        'Mayor Tomas Varek said the quay was open." The council met on Friday. ',
        'Mayor Tomas Varek said the "quay was open. The council met on Friday. ',
    ):
        found = _quotes(BASE + "\n" + lead + quotes)
        assert found.get("We will rebuild") == "Tomas Varek", lead
        assert found.get("It will take") == "Tomas Varek", lead
