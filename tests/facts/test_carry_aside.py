"""A sentence of narration about the speaker by "he" or "she" between two of their
quotes ("She paused.") does not end who is speaking (fictional passages); one about
someone the text has called the other does."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_she_paused_between_two_quotes_keeps_the_speaker() -> None:
    new = BASE + (
        "\n“It was old,” Ilse Marrow said. She paused. “It was very old and nobody ever "
        "paid to repair it.”"
    )
    assert added_quotes(new)["It was very"] == "Ilse Marrow"


def test_he_about_someone_else_ends_it() -> None:
    new = BASE + (
        "\n“It was old,” Mrs. Ilse Marrow said. He shook his head. “It was very old and "
        "nobody ever paid to repair it.”"
    )
    assert added_quotes(new)["It was very"] == ""


def test_a_speaker_named_again_in_reported_speech_is_who_she_is_next() -> None:
    new = BASE + (
        "\nRanda Clarke, the pilots' union chief, said three crews were short."
        "\nCrews were moved from other ports to cover the gaps, Clarke said."
        "\nMike Rush, head of the freight group, estimated that the lines will spend $10"
        " million on new cranes."
        "\nOther problems have included finding cranes and hiring the few crews able to run"
        " them, Clarke said."
        "\n“You do not have a lot of crews, and everyone is trying to hit the deadline,”"
        " she said."
    )
    assert added_quotes(new)["You do not"] == "Randa Clarke"


def test_a_line_about_her_between_her_quotes_keeps_her_speaking() -> None:
    new = BASE + (
        "\n“The ferry was just an excuse, they wanted the cars gone,” said Judy Pesin, 67."
        "\nShe lives close to the ring road and worries that the traffic will move to her"
        " street."
        "\n“It is about the drivers and not the people who live here.”"
    )
    assert added_quotes(new)["It is about"] == "Judy Pesin"


def test_a_line_of_her_own_that_names_someone_else_ends_her_turn() -> None:
    new = BASE + (
        "\n“It will take years,” Ana Ruiz said."
        "\nShe introduced her neighbour, Mara Keld, who lost her boat."
        "\n“We lost everything in one night.”"
    )
    assert added_quotes(new)["We lost everything"] != "Ana Ruiz"
