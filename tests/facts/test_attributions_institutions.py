"""A trust, a charity or a federation that speaks is an organisation (fictional
passage): "she said" after "The trust said …" is the woman named before, never the
trust."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_she_after_the_trust_spoke_is_the_woman_named_before() -> None:
    new = BASE + (
        "\nSarah Johnson runs the Kestrel Harbour Trust."
        "\nThe trust said the repairs would cost millions."
        "\n“We cannot pay for this on our own,” she said."
    )
    assert added_quotes(new)["We cannot pay"] == "Sarah Johnson"
