"""Hand-written alignment cases: every role, and the hard shapes real edits take."""

from __future__ import annotations

from storydiff import compare
from tests.diff.helpers import apply_ops, check_partition, keys, roles

BASE = (
    "A cargo ship ran aground off Kestrel Bay early on Saturday. "
    "Coastguard helicopters lifted 14 sailors from the deck before dawn. "
    "The port was closed to all traffic.\n\n"
    "Winds of up to 110 kilometres per hour were recorded overnight. "
    "The vessel was carrying about 32,000 tonnes of iron ore."
)


def test_identical_texts_are_all_unchanged() -> None:
    old, new = roles(BASE, BASE)
    assert set(old) == set(new) == {"unchanged"}
    assert not compare(BASE, BASE).has_differences


def test_typographic_quotes_dashes_and_spaces_do_not_count() -> None:
    a = "“We are searching,” said Ilse Marrow — the port chief. It rained."
    b = '"We are searching,"  said Ilse Marrow - the port chief.\nIt rained.'
    c = compare(a, b)
    assert [r.value for r in c.alignment.new_roles] == ["unchanged", "unchanged"]
    assert not c.has_differences


def test_edited_sentence_carries_the_word_diff() -> None:
    a = "North Korea fired a ballistic missile into the sea on Wednesday."
    b = "North Korea fired two ballistic missiles into the sea on Wednesday."
    c = compare(a, b)
    assert [r.value for r in c.alignment.old_roles] == ["edited"]
    changed = [
        (c.old.text[o.old_start : o.old_end].strip(), c.new.text[o.new_start : o.new_end].strip())
        for o in c.alignment.links[0].ops
        if o.tag != "equal"
    ]
    assert changed == [("a", "two"), ("missile", "missiles")]


def test_added_and_removed() -> None:
    a = BASE + " The ship's operator declined to comment."
    b = "Three crew members are missing, officials said. " + BASE
    old, new = roles(a, b)
    assert old[-1] == "removed" and old.count("removed") == 1
    assert new[0] == "added" and new.count("added") == 1
    assert old.count("unchanged") == 5


def test_moved_paragraph_is_moved_not_removed_and_added() -> None:
    paras = BASE.split("\n\n")
    b = paras[1] + "\n\n" + paras[0]
    c = compare(BASE, b)
    old = [r.value for r in c.alignment.old_roles]
    # The shorter block (2 sentences) moved; the longer one stayed in place.
    assert old == ["unchanged", "unchanged", "unchanged", "moved", "moved"]
    assert all(not link.changed for link in c.alignment.links)


def test_moved_and_edited_sentence() -> None:
    a = "One. Alpha beta gamma delta epsilon zeta. Two three four. Five six seven. Eight nine ten."
    b = "Two three four. Five six seven. Eight nine ten. One. Alpha beta gamma delta epsilon eta."
    c = compare(a, b)
    old = [r.value for r in c.alignment.old_roles]
    assert old[1] == "moved"
    moved = c.alignment.links[c.alignment.old_link[1] or 0]
    assert moved.moved and moved.changed and moved.kind == "edited"


def test_split_one_sentence_into_two() -> None:
    a = (
        "The Halvard Crest struck the Skerrin Ledge at about 3:40 a.m. local time "
        "while trying to reach shelter in the bay. Lifeboats stayed in the harbour."
    )
    b = (
        "The Halvard Crest struck the Skerrin Ledge at about 3:40 a.m. local time. "
        "It had been trying to reach shelter in the bay. Lifeboats stayed in the harbour."
    )
    old, new = roles(a, b)
    assert old == ["split", "unchanged"]
    assert new == ["split", "split", "unchanged"]


def test_merge_two_sentences_into_one() -> None:
    a = (
        "The operator, Brannock Shipping Lines, said it was in contact with the authorities. "
        "It did not comment on the cause of the grounding."
    )
    b = (
        "The operator, Brannock Shipping Lines, said it was in contact with the authorities "
        "but did not comment on the cause of the grounding."
    )
    old, new = roles(a, b)
    assert old == ["merged", "merged"] and new == ["merged"]


def test_repeated_boilerplate_lines_pair_in_order() -> None:
    a = "Advertisement\n\nFirst fact here.\n\nAdvertisement\n\nSecond fact here.\n\nAdvertisement"
    b = "Advertisement\n\nFirst fact here.\n\nAdvertisement\n\nSecond fact here, updated."
    c = compare(a, b)
    old = [r.value for r in c.alignment.old_roles]
    assert old == ["unchanged", "unchanged", "unchanged", "edited", "removed"]
    check_partition(c)


def test_one_version_four_times_longer() -> None:
    core = BASE
    extra = " ".join(
        f"Background paragraph {n} adds context about the port number {n * 7}." for n in range(16)
    )
    longer = core.replace("14 sailors", "17 sailors") + "\n\n" + extra
    c = compare(core, longer)
    assert len(c.new.text) > 4 * len(c.old.text) - 200
    old = [r.value for r in c.alignment.old_roles]
    assert old == ["unchanged", "edited", "unchanged", "unchanged", "unchanged"]
    assert [r.value for r in c.alignment.new_roles].count("added") == 16
    assert c.relation.verdict.value == "same_story"
    assert c.order.earlier == "old"


def test_unrelated_texts() -> None:
    other = (
        "The city council approved the budget by seven votes to two. "
        "Libraries will open on Sundays from April. "
        "The mayor called it a fair compromise."
    )
    c = compare(BASE, other)
    assert c.relation.verdict.value == "unrelated"
    assert {r.value for r in c.alignment.old_roles} == {"removed"}


def test_chinese_sentences_split_and_align() -> None:
    a = "货船在暴风雨中搁浅。十四名船员获救。港口关闭。"
    b = "货船在暴风雨中搁浅。十七名船员获救。港口关闭。"
    old, _ = roles(a, b)
    assert old == ["unchanged", "edited", "unchanged"]


def test_ops_rebuild_new_from_old() -> None:
    a = BASE
    b = BASE.replace("14 sailors", "17 sailors").replace("was closed", "remained closed")
    c = compare(a, b)
    check_partition(c)
    for first_new, text in apply_ops(c).items():
        link = c.alignment.links[c.alignment.new_link[first_new] or 0]
        span = c.new.text[c.new_sentences[link.new[0]].start : c.new_sentences[link.new[-1]].end]
        assert keys(text) == keys(span)


def test_a_sentence_with_its_clauses_reordered_is_edited() -> None:
    """An attribution moved from the front to the end scores low on the ordered Indel
    ratio; most words in common, in any order, make it one sentence edited."""
    old = BASE + (
        "\n\nThe port authority said on Sunday that ship traffic through the channel "
        "would resume on the evening tide."
    )
    new = BASE + (
        "\n\nOn the evening tide, ship traffic will resume through the channel, the port "
        "authority said on Sunday."
    )
    old_roles, new_roles = roles(old, new)
    assert old_roles[-1] == new_roles[-1] == "edited"


def test_sentences_with_a_few_words_in_common_stay_apart() -> None:
    old = BASE + "\n\nThe port authority said ship traffic would resume on the evening tide."
    new = BASE + "\n\nThe evening tide brought oil to the beaches, the port authority said."
    old_roles, new_roles = roles(old, new)
    assert (old_roles[-1], new_roles[-1]) == ("removed", "added")
