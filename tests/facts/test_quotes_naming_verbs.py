"""Verbs that bring in someone's words without "said" (fictional passages): a critic
who "hailed her Lorelei as “…”", a magazine that "summed up her performance: “…”", a
candidate who "has labeled reporters “…”", a commission that "reported that “…”", a
note that "points out that “…”" (a verb that brings in words only with its
particle: "point out", "sum up"); and a quote in someone's call, plea or promise
("her old calls for a “…”") is theirs."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_praising_naming_and_reporting_verbs_bring_in_their_subjects_words() -> None:
    new = BASE + (
        "\nTomas Brandt, the critic of the Kestrel Courier, hailed her Lorelei as “the"
        " most fabulous comic creation of this dreary season.”"
        "\nThe Harbour Gazette summed up her performance: “Perhaps once in a decade a star"
        " rises above the quay.”"
        "\nThe port commission reported last November that “we are losing this fight"
        " at sea.”"
    )
    quotes = added_quotes(new)
    assert quotes["the most fabulous"] == "Tomas Brandt"
    assert quotes["Perhaps once in"] == "Harbour Gazette"
    assert quotes["we are losing"] == "port commission"


def test_a_quote_in_someones_call_or_promise_is_theirs() -> None:
    new = BASE + (
        "\nMara Keld, who spoke the most on Wednesday, is hoping to lead the field."
        "\nGone were her old calls for a “revival of harbour pride” and a “pact of"
        " the sea.”"
    )
    quotes = added_quotes(new)
    assert quotes["revival of harbour"] == "Mara Keld"
    assert quotes["pact of the"] == "Mara Keld"


def test_reported_in_the_passive_names_no_speaker() -> None:
    new = BASE + (
        "\nThe singer wore a mask on stage, as reported by the Kestrel Courier."
        "\n“Last show of the year,” the caption read."
    )
    assert added_quotes(new)["Last show of"] in ("", "caption")
