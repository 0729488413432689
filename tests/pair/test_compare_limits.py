"""Limits that keep a comparison bounded say so in its notes."""

from __future__ import annotations

from storydiff.config import CompareConfig
from storydiff.pair.compare import compare

WORDS = [f"w{n % 997}x{n // 997}" for n in range(3000)]


def test_a_pathological_sentence_is_diffed_on_its_words_with_a_note() -> None:
    old = " ".join(WORDS) + "."
    new = " ".join([*WORDS[:1500], "changed", *WORDS[1501:]]) + "."
    c = compare(old, new, CompareConfig(facts=False))
    [note] = [n for n in c.notes if "compared on its words alone" in n]
    assert "3,000 words" in note
    [link] = [link for link in c.alignment.links if link.changed]
    changed = [op for op in link.ops if op.tag != "equal"]
    assert len(changed) == 1 and new[changed[0].new_start : changed[0].new_end].strip() == "changed"


def test_an_article_of_normal_sentences_gets_no_such_note() -> None:
    sentences = ["The " + " ".join(WORDS[i : i + 25]) + "." for i in range(0, 3000, 25)]
    old = " ".join(sentences)
    new = " ".join([*sentences[:60], "A new sentence was added here.", *sentences[60:]])
    c = compare(old, new, CompareConfig(facts=False))
    assert not any("words alone" in n for n in c.notes)


def test_facts_over_the_text_limit_are_skipped_with_a_note() -> None:
    old = "The ferry carried 40 passengers across the bay on Monday, officials said. " * 20
    new = old.replace("40 passengers", "45 passengers", 1)
    c = compare(old, new, CompareConfig(facts_max_chars=len(old) - 1))
    assert c.changes == []
    assert any(n.startswith("facts skipped: a text of 1,") for n in c.notes), c.notes
