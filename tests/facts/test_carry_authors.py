"""Who speaks for a writing or a role (fictional passages): a writing's author or the
publication it appeared in ("A statement released by the Kessla Police said", "A
commentary published on the website of the Kessla Journal of Roads points out"), a
role the text gives a name between commas, before or after ("the chief executive,
Tomas Veltro,"), and no speaker taken from inside quotation marks ("a friendship that
continued “…”" is no one saying it)."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes

_QUOTE = "“left to crumble for a decade by every mayor.”"


def test_a_statement_released_by_an_organisation_is_its_words() -> None:
    new = BASE + f"\nA statement released by the Kessla Police said the road had been {_QUOTE}"
    assert added_quotes(new)["left to crumble"] == "Kessla Police"


def test_a_report_by_a_council_is_its_words() -> None:
    new = BASE + f"\nA report by the Kessla Council said the road had been {_QUOTE}"
    assert added_quotes(new)["left to crumble"] == "Kessla Council"


def test_a_document_prepared_by_a_department_is_its_words() -> None:
    new = BASE + (
        "\nA document prepared in April by the city’s Harbour Department said that Varek"
        " once threatened to send his staff “with boats and ropes to bring him to a"
        " meeting.”"
    )
    assert added_quotes(new)["with boats and"] == "Harbour Department"


def test_a_commentary_is_the_words_of_the_journal_it_appeared_in() -> None:
    new = BASE + (
        "\nA commentary published this month on the website of the Kessla Journal of Roads"
        " points out that closing a road “comes with issues of potential traffic and much"
        " discomfort.”"
    )
    assert added_quotes(new)["comes with issues"] == "Kessla Journal of Roads"


def test_a_document_obtained_by_a_broadcaster_is_not_its_words() -> None:
    new = BASE + (
        "\nA document obtained by NTV said the road had been “left to crumble for a"
        " decade by every mayor.”"
    )
    assert added_quotes(new)["left to crumble"] != "NTV"


_TROUBLE = (
    "\nThe ferry line’s chief executive, interviewed by NTV, said the crew had told the"
    " harbour master they were having “serious steering trouble on the crossing.”"
)
_NAMED = (
    "\nThe remarks from the chief executive, Tomas Veltro, suggested the ferry had not"
    " answered the helm."
)


def test_a_role_is_the_person_named_with_it_between_commas_later() -> None:
    assert added_quotes(BASE + _TROUBLE + _NAMED)["serious steering trouble"] == "Tomas Veltro"


def test_a_role_is_the_person_named_with_it_between_commas_before() -> None:
    assert added_quotes(BASE + _NAMED + _TROUBLE)["serious steering trouble"] == "Tomas Veltro"


def test_what_continued_inside_quotation_marks_is_no_speaker() -> None:
    new = BASE + (
        "\nBut the lawsuit filed Tuesday refers to her beginning an “intimate friendship”"
        " with Varek in 2006 that continued “well into the following spring and the summer"
        " after it.”"
    )
    speaker = added_quotes(new)["well into the"]
    assert "friendship" not in speaker and "“" not in speaker


def test_a_teller_set_into_the_sentence_does_not_take_the_told_words() -> None:
    new = BASE + (
        "\nThe suspect, police said, told officers he had been “framed by his own brother"
        " and his friends.”"
    )
    assert added_quotes(new)["framed by his"] != "police"


_INSTITUTE = "\nThe Hebrew Institute of Kessla said it had closed its doors."


def test_it_reads_is_who_put_out_the_writing_the_sentence_before() -> None:
    new = (
        BASE
        + _INSTITUTE
        + (
            "\nVeltro is currently flashing an alert to users when they open the app."
            "\n“Veltro is a great place to meet new people,” it reads."
        )
    )
    assert added_quotes(new)["Veltro is a"] == "Veltro"


def test_a_sign_reads_in_its_putter_s_words() -> None:
    new = (
        BASE
        + _INSTITUTE
        + (
            "\nThe bakery put a sign in its window."
            "\n“Closed until the water goes down, sorry to all,” it reads."
        )
    )
    assert added_quotes(new)["Closed until the"] == "bakery"


def test_it_reads_after_narration_is_not_an_older_writing() -> None:
    new = (
        BASE
        + _INSTITUTE
        + (
            "\nThe bakery put a sign in its window."
            "\nThe water rose another foot by noon."
            "\n“Closed until the water goes down, sorry to all,” it reads."
        )
    )
    assert added_quotes(new)["Closed until the"] != "bakery"


def test_a_whole_sentence_told_inside_reported_speech_is_the_teller_s_own() -> None:
    new = BASE + "\nPolice said Tomas Varek told officers “I have to beat my kids at it.”"
    assert added_quotes(new)["I have to"] == "Tomas Varek"


def test_a_fragment_inside_reported_speech_stays_the_reporter_s() -> None:
    new = BASE + (
        "\nThe ferry line’s chief said the crew had told the harbour they had “serious"
        " steering trouble on the crossing.”"
    )
    assert added_quotes(new)["serious steering trouble"] == "ferry line’s chief"
