"""Who said each quote, on real news, against blind labels: the held-out part of the
SemEval speaker set (``bench/speakers_real.py`` scores; its docstring has the data,
the split and the matching rule).

The issue's gate is speaker right >= 0.95 of matched quotes; it is not reached. The
floors below are the held-out figures measured once, at the end of the work that set
the rules on the tuning part only, less a margin of several quotes, so that the gate
catches a regression and no single quote flips it. Measured (2026-12-02, after the
speaker rules of issue 13): quote found 0.952 of 63 labels, speaker right 0.667 of 60
matched quotes (tuning part at the same time: 0.924 and 0.845 of 97).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from tests.conftest import shared_data

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import speakers_real  # noqa: E402

FLOORS = {"found": 0.88, "speaker": 0.70}
"""One quote is 0.017 of the matched quotes: the speaker floor was set four quotes below
the 0.770 of 61 measured on 2026-12-03 at cdeac50 (0.667 the first time; the floor was
0.60 until then); at 545811b, after rules fitted on other sets, 0.738 (two quotes
above it; the floor was not moved). The found floor is four labels below 0.952."""
XL_FLOORS = {"found": 0.93, "speaker": 0.76}
"""The "xl" set's held-out part (``--batch xl --part holdout``), measured once at
cdeac50, after the rules fitted on its tuning part: found 0.988 of 82 labels, speaker
right 0.765 of 81 (the same 0.765 at deaeacf, before those rules: they carried nothing
to it); 0.753 at 545811b; 0.815 at c938e2c (2026-12-04, after the role and official
rules). One quote is 0.012: the speaker floor (0.70 until c938e2c) is four quotes
below 0.815, the found floor about five below 0.988."""


def test_the_labels_are_the_blind_file_split_by_hash_with_few_words_each() -> None:
    raw = speakers_real.LABELS.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == speakers_real.BLIND_SHA256
    texts = json.loads(raw)["texts"]
    labels = [(t["part"], lab) for t in texts for lab in t["labels"]]
    assert len(texts) >= 40 and len(labels) >= 150
    assert sum(part == "holdout" for part, _ in labels) >= 50
    for t in texts:
        assert t["part"] == speakers_real.split_of(t["pair_id"], str(t["text"]))
    hows = {"same-sentence", "previous-sentence", "pronoun", "continuation", "none"}
    for _, label in labels:
        assert 1 <= len(label["words"].split()) <= 6  # the first words, never sentences
        assert label["how"] in hows
        assert (label["speaker"] is None) == (label["how"] == "none")


def test_speaker_matching_rule() -> None:
    right = speakers_real.speaker_right
    assert right("Sgt. Matthew Oehler", "Oehler")
    assert not right("Sgt. Matthew Oehler", "Sgt")  # a title alone names no one
    assert not right("Kiara Advani", "Akshay Kumar")
    assert right(None, "") and right(None, "an official")
    assert not right(None, "Ray Pigdon")


def test_held_out_speakers_keep_their_floors() -> None:
    shared_data("semeval2022-task8-sample/training_set.csv")
    shared_data("semeval2022-task8-sample/testing_set.csv")
    score = speakers_real.evaluate("holdout")
    figures = score.figures()
    print({k: round(v, 3) for k, v in figures.items()})
    assert score.labels >= 50 and score.found >= 45  # enough to mean something
    for name, floor in FLOORS.items():
        assert figures[name] >= floor, f"{name} {figures[name]:.3f} < {floor}"


def test_held_out_xl_speakers_keep_their_floors() -> None:
    shared_data("semeval2022-task8-sample/training_set.csv")
    shared_data("semeval2022-task8-sample/testing_set.csv")
    score = speakers_real.evaluate("holdout", "xl")
    figures = score.figures()
    print({k: round(v, 3) for k, v in figures.items()})
    assert score.labels >= 80 and score.found >= 75
    for name, floor in XL_FLOORS.items():
        assert figures[name] >= floor, f"{name} {figures[name]:.3f} < {floor}"
