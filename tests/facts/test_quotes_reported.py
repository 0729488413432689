"""A quoted fragment inside someone's report of what others said (fictional passages):
the words are the reporter's ("The ferry line's chief said the crew had told the
harbour they had “steering trouble”"), as is a demand they report ("said the guild
was calling on its head to “…”"); a verb of naming or of manner keeps its own subject
("said the fans chanted “…”"), and so does a whole utterance brought in by a comma."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_a_fragment_in_reported_speech_is_the_reporters() -> None:
    new = BASE + (
        "\nIvo Marsh, the ferry line's chief executive, said the crew had told the"
        " harbour office they were having “serious steering trouble” before it sank."
        "\nIn a statement, Lena Ostrova said the dockers' guild was calling on its head"
        " to “close the east quay until the cranes are safe.”"
    )
    quotes = added_quotes(new)
    assert quotes["serious steering trouble"] == "Ivo Marsh"
    assert quotes["close the east"] == "Lena Ostrova"


def test_naming_manner_and_whole_utterances_keep_their_own_speaker() -> None:
    new = BASE + (
        "\nOfficer Ruth Kane said Tomas Hale called the wardens “a gang of clowns” as"
        " he left."
        "\nThe mayor, Ana Ruiz, said the fans chanted “we want the harbour back” all"
        " night."
        "\nThe skipper, Lars Dahl, said the pilot told him, “I never saw the rocks at"
        " all.”"
    )
    quotes = added_quotes(new)
    assert quotes["a gang of"] == "Tomas Hale"
    assert quotes["we want the"] != "Ana Ruiz"
    assert quotes["I never saw"] != "Lars Dahl"
