"""The agreement study's scoring (``bench/label_agreement.py``): a label turned into the
change a program would show, speakers compared both ways, and the two labellers'
agreement on the label files themselves (no storydiff run, no shared data read)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import label_agreement  # noqa: E402


def test_a_label_becomes_the_change_a_program_would_show() -> None:
    number = {"kind": "number", "change": "updated", "unit": "count", "before": "a missile",
              "after": "two missiles"}  # fmt: skip
    assert label_agreement.as_change(number)["fact"] == "quantity"
    assert label_agreement.as_change(number)["kind"] == "update"
    place = {"kind": "entity", "change": "added", "type": "place", "after": "Kestrel Bay"}
    assert label_agreement.as_change(place)["fact"] == "place"
    quote = {
        "kind": "quote",
        "change": "removed",
        "before": "We will sail",
        "speaker": "Ilse Marrow",
    }
    assert label_agreement.as_change(quote)["subject"] == "Ilse Marrow"
    moved = {
        "kind": "speaker",
        "change": "updated",
        "before": "Ilse Marrow",
        "after": "Aldric Venn",
    }
    change = label_agreement.as_change(moved)
    assert (change["before_speaker"], change["after_speaker"]) == ("Ilse Marrow", "Aldric Venn")


def test_two_speakers_agree_on_a_shared_name_or_on_nobody() -> None:
    assert label_agreement.same_speaker("Ilse Marrow", "Mayor Marrow")
    assert label_agreement.same_speaker(None, None)
    assert not label_agreement.same_speaker("Ilse Marrow", None)
    assert not label_agreement.same_speaker("Ilse Marrow", "Aldric Venn")


def test_the_two_labellers_agree_as_the_study_reports() -> None:
    lines = label_agreement.speakers(with_storydiff=False)
    assert lines[0].endswith("71 quotes both labelled, 3 only the first, 1 only the second")
    assert lines[1].startswith("speaker agreement on the quotes both labelled: 1.000 (71 of 71)")
    table = "\n".join(label_agreement.facts(with_storydiff=False))
    assert (
        "| second as shown, first as labels (sure labels shown) | 49 | 0.980 | 60 | 0.767 |"
        in table
    )
    held = "\n".join(label_agreement.facts(with_storydiff=False, which="facts-holdout"))
    assert (
        "| second as shown, first as labels (sure labels shown) | 300 | 0.947 | 318 | 0.868 |"
        in held
    )


def test_labels_pair_at_most_once_and_same_words_first() -> None:
    first = [{"words": "We will sail"}, {"words": "We will sail home"}]
    second = [{"words": "We will sail home"}, {"words": "We will"}, {"words": "Other"}]
    pairs = label_agreement._one_to_one(first, second)
    assert [(a["words"], b["words"]) for a, b in pairs] == [
        ("We will sail home", "We will sail home"),
        ("We will sail", "We will"),
    ]
