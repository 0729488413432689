"""A sentence that only says who asked whom ("King asked Scott.") names the speaker
of the question the splitter cut off before it (fictional passage): whom it was said
to is no words of its own."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_who_asked_whom_names_the_asker_of_the_question_before() -> None:
    new = BASE + (
        "\nHarbour master Ilse Marrow met the ferry captain, Tomas Varek, on the quay."
        "\n“What will you do if the water rises again tonight?” Marrow asked Varek."
        "\n“We will wait at sea until it is safe,” Varek said."
    )
    assert added_quotes(new)["What will you"] == "Ilse Marrow"
