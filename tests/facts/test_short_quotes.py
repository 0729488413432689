"""A quote of a word or two is a quote when the sentence names who said it ("called
the closure “a disgrace”"), as the blind real labels list "all optics" and
"extrajudicial killing"; the sentence around it stays a claim of its own. A word or two
in quotation marks that no one is said to say is no quote (fictional passages)."""

from __future__ import annotations

from storydiff import compare

BASE = (
    "Floodwater closed the ring road around Kestrel Bay on Monday, the port authority said.\n\n"
    "Harbour pilot Maren Ostby said the water rose faster than anyone had expected."
)


def _shown(old: str, new: str, fact: str) -> list[tuple[str, str, str]]:
    return [
        (c.kind, c.subject, c.after or c.before or "")
        for c in compare(old, new).changes
        if c.fact == fact and not c.hidden
    ]


def test_a_short_quote_with_its_speaker_is_a_quote_and_its_sentence_a_claim() -> None:
    new = BASE + (
        '\n\nOn Tuesday, harbour master Tomas Varek called the closure "a disgrace" and '
        "said the council had ignored warnings about the sea wall for years."
    )
    assert _shown(BASE, new, "quote") == [("addition", "Tomas Varek", "a disgrace")]
    claims = _shown(BASE, new, "claim")
    assert len(claims) == 1 and "ignored warnings" in claims[0][2]
    # gone again: a quote removed
    assert _shown(new, BASE, "quote") == [("removal", "Tomas Varek", "a disgrace")]


def test_a_word_or_two_no_one_is_said_to_say_is_no_quote() -> None:
    new = BASE + (
        '\n\nThe so-called "blue line" of buoys marks where the old quay stood before the '
        "storm of 1953."
    )
    assert _shown(BASE, new, "quote") == []
    assert len(_shown(BASE, new, "claim")) == 1


def test_a_name_in_quotation_marks_is_no_short_quote() -> None:
    new = BASE + (
        '\n\nOn Tuesday, harbour master Tomas Varek called the rebuilding plan "Project Tide" '
        "and said work would start in the spring."
    )
    assert _shown(BASE, new, "quote") == []


def test_words_discussed_as_words_or_someone_elses_phrase_are_no_quotes() -> None:
    for sentence in (
        'Varek said the word "closure" was misleading the public about the sea wall.',
        'Varek said the so-called "savings" would reach two million crowns this year.',
        'The contract defines "force majeure" as any storm the port could not foresee, Varek said.',
        'Varek said the mayor\'s "efficiency drive" had left the sea wall without repairs.',
    ):
        assert _shown(BASE, BASE + "\n\n" + sentence, "quote") == [], sentence


def test_a_word_opening_its_sentence_or_after_a_colon_is_speech() -> None:
    opening = BASE + '\n\n"Disgraceful," said harbour master Tomas Varek on Tuesday evening.'
    assert _shown(BASE, opening, "quote") == [("addition", "Tomas Varek", "Disgraceful")]
    assert _shown(BASE, opening, "claim") == []  # the sentence tells only who said it
    colon = BASE + '\n\nAsked whether the port would reopen, harbour master Tomas Varek said: "No."'
    assert _shown(BASE, colon, "quote") == [("addition", "Tomas Varek", "No.")]


def test_a_sentence_of_two_short_quotes_keeps_its_claim() -> None:
    new = BASE + (
        "\n\nOn Tuesday, harbour master Tomas Varek called the council vote on the sea wall "
        '"rushed" and "cynical".'
    )
    assert _shown(BASE, new, "quote") == [("addition", "Tomas Varek", "rushed … cynical")]
    assert len(_shown(BASE, new, "claim")) == 1
