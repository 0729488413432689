"""Word diffs read as an editor would mark them: words anchor, punctuation follows."""

from __future__ import annotations

from storydiff.diff.words import word_diff
from storydiff.text.tokens import tokenize


def _marked(old: str, new: str) -> str:
    """The diff as text: [-removed-]{+added+} around each change."""
    ops = word_diff(tokenize(old), (0, len(old)), tokenize(new), (0, len(new)))
    assert "".join(old[o.old_start : o.old_end] for o in ops) == old
    assert "".join(new[o.new_start : o.new_end] for o in ops) == new
    out = ""
    for o in ops:
        a, b = old[o.old_start : o.old_end], new[o.new_start : o.new_end]
        out += a if o.tag == "equal" else f"[-{a}-]{{+{b}+}}"
    return out


def test_a_word_both_sides_share_is_kept_rather_than_a_comma() -> None:
    marked = _marked(
        "Ferry runs aground off Kessla, 40 passengers rescued",
        "Ferry runs aground off Kessla; 112 rescued, captain detained",
    )
    assert marked == (
        "Ferry runs aground off Kessla[-, 40 passengers-]{+; 112+} rescued"
        "[--]{+, captain detained+}"
    )


def test_punctuation_after_a_changed_word_stays_unchanged() -> None:
    assert _marked("dredged since 2019.", "dredged since 2017.") == (
        "dredged since [-2019-]{+2017+}."
    )


def test_a_comma_added_between_two_kept_words_is_the_only_change() -> None:
    assert _marked("Ted Cruz and Trump", "Ted Cruz, and Trump") == "Ted Cruz[--]{+,+} and Trump"


def test_a_replaced_phrase_leaves_the_spaces_around_it_alone() -> None:
    assert _marked("Rivera was freed from house arrest", "Rivera emerged from house arrest") == (
        "Rivera [-was freed-]{+emerged+} from house arrest"
    )


def test_spaces_and_marks_one_side_lacks_are_changes() -> None:
    assert _marked("Ship ship.", "Ship. Ship.") == "Ship[- ship-]{+. Ship+}."
    assert _marked('It said, "We will not go."', 'It said: "We will go."') == (
        'It said[-,-]{+:+} "We will [-not -]{++}go."'
    )


def test_a_run_of_words_is_kept_whole_across_the_marks_inside_it() -> None:
    # "a.m." is two tokens; its full stop must not cut "5 a.m. on Sunday" in two
    assert _marked(
        "Troops left at 5 a.m. on Sunday, the army said in a statement.",
        "The army said in a statement that troops left at 5 a.m. on Sunday.",
    ) == (
        "[-Troops-]{+The army said in a statement that troops+} left at 5 a.m. on Sunday"
        "[-, the army said in a statement-]{++}."
    )
