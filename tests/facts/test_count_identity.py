"""One count said two ways is one count: the noun left out or written otherwise, the
same figure of a thing said in other words in a rewritten sentence, a plural proper
noun, a whole named before its number (fictional sentences)."""

from __future__ import annotations

from storydiff import compare
from storydiff.facts.counts import number_facts
from storydiff.facts.nlp import load_pipeline

LEAD = "Rescue teams searched the hills above Varnos for survivors all week. "
TAIL = " Engineers inspected the damaged dam at Kessla later."


def _shown(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    changes = compare(LEAD + old + TAIL, LEAD + new + TAIL).changes
    return [
        (c.kind, c.before, c.after)
        for c in changes
        if c.fact in ("quantity", "percent") and not c.hidden
    ]


def _counts(text: str) -> list[tuple[str, str]]:
    doc = load_pipeline()(text)
    return [(f.value, f.subject) for f in number_facts(doc, 0, 0, set())]


def test_a_count_whose_noun_is_left_out_is_no_update() -> None:
    old = "Three gunmen opened fire on the upper village at dawn on Sunday, killing 23 people."
    new = "Gunmen opened fire on the upper village at dawn on Sunday, killing 23."
    assert [c[:2] for c in _shown(old, new)] == [("removal", "Three gunmen")]
    more = "Gunmen opened fire on the upper village at dawn on Sunday, killing 25."
    assert ("update", "23 people", "25") in _shown(old, more)


def test_a_unit_written_as_one_word_is_no_update() -> None:
    old = "The central bank of Norland announced a 25 basis point cut on Thursday."
    new = "The central bank of Norland announced a 25-basis-point cut on Thursday."
    assert _shown(old, new) == []


def test_a_group_sized_in_a_modifier_is_the_count_of_its_people() -> None:
    old = "Varnos will send five climbers to the rescue camp above Kessla next week."
    new = "A five-man team will go to the rescue camp above Kessla for Varnos next week."
    assert _shown(old, new) == []


def test_the_same_round_figure_of_a_thing_said_otherwise_in_a_rewritten_sentence() -> None:
    # The aligner leaves the two apart; the count is one, told in other words.
    old = (
        "Border guards detained some 40 armed rebels near the Kessla river crossing "
        "on Monday night and questioned them."
    )
    new = (
        "About 40 insurgents were detained near the Kessla river crossing "
        "overnight, the border service said."
    )
    assert _shown(old, new) == []
    # Groups news tells apart are two counts, and so is another sentence's figure.
    other = "About 40 civilians were detained near the Kessla river crossing overnight."
    assert len(_shown(old, other)) == 2
    elsewhere = "The border service said 40 homes in Kessla had lost power overnight."
    assert len(_shown(old, elsewhere)) == 2


def test_a_plural_proper_noun_counts_its_singular() -> None:
    got = _counts("The council seats 13 Ma'dans, five Kurds and 1,200 Marines.")
    assert [s for _, s in got] == ["madan", "kurd", "marine"]


def test_a_whole_named_before_its_number_is_what_it_counts() -> None:
    got = _counts("Norland has a population estimated at around 2.1 million.")
    assert got == [("2100000", "population")]
    assert _counts("The death toll rose to 35 on Monday.") == [("35", "toll")]
    assert _counts("Anna Vell retired at the age of 35.") == [("35", "")]  # no whole


def test_a_new_population_figure_is_shown() -> None:
    old = "Norland is a small country in the north."
    new = "Norland is a small country in the north with a population of about 2.1 million."
    assert ("addition", None, "about 2.1 million") in _shown(old, new)


def test_a_rounded_count_far_from_the_other_versions_figure_is_new() -> None:
    old = "The blaze is the worst since 2019, when a fire near Dunmore destroyed 400 homes."
    new = f"At least 120 homes have been destroyed, Sorell said. {old}"
    added = [c.after for c in compare(old, new).changes if c.fact == "quantity"]
    assert added == ["At least 120 homes"]
    # a rounding of the other version's figure is the same count said loosely
    near = f"At least 350 homes have been destroyed, Sorell said. {old}"
    assert not [c for c in compare(old, near).changes if c.fact == "quantity"]
