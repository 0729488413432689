"""Which dates storydiff states as facts, on real news, against blind labels: the
held-out part of the SemEval date set (``bench/dates_real.py`` scores; its docstring
has the data, the split, the label categories and the matching rule).

The issue's gate is date precision >= 0.85. The floors below are the held-out figures
measured once, at the end of the work that set the date rules on the tuning part
only, less a margin of several dates, so that the gate catches a regression and no
single date flips it. Measured (2026-12-02, at 66f5708, after the date rules of issue
13): precision 0.856 of 104 dates found (89 right: the issue's 0.85 is met by less than
one date), recall 0.796 of 108 date labels; wrong by category: stamp 5, telling 5,
unlabelled 2, duration 1, period 1, recurring 1. The tuning part at the same time:
0.966 of 237 found, recall 0.840 of 257.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from tests.conftest import shared_data

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import dates_real  # noqa: E402

FLOORS = {"precision": 0.80, "recall": 0.78}
"""One date found is 0.0096 of the precision and one date label 0.0093 of the recall:
each floor is about six below the measured 0.855 and 0.833 (named days of the
calendar, 2026-12-03; the recall floor was 0.74 under the first 0.796). The precision
floor is below the issue's 0.85 on purpose: it guards what was measured, not the
goal."""


def test_the_labels_are_the_blind_file_split_by_hash_with_few_words_each() -> None:
    raw = dates_real.LABELS.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == dates_real.BLIND_SHA256
    texts = json.loads(raw)["texts"]
    labels = [(t["part"], lab) for t in texts for lab in t["labels"]]
    assert sum(bool(t["labels"]) for t in texts) >= 40 and len(labels) >= 300
    assert sum(part == "holdout" for part, _ in labels) >= 100
    for t in texts:
        assert t["part"] == dates_real.split_of(t["pair_id"], str(t["text"]))
    for _, label in labels:
        assert 1 <= len(label["words"].split()) <= 8  # a few words, never sentences
        assert label["expr"] in label["words"]
        dates = label["category"] in dates_real.DATE_CATEGORIES
        assert dates or label["category"] in dates_real.NOT_CATEGORIES
        assert label["verdict"] == ("date" if dates else "not")


def test_the_matching_rule() -> None:
    body = "Officials said Monday the ferry sank on Friday, a 6-year-old aboard, in 2019."
    entry = {
        "pair_id": "x",
        "text": 1,
        "labels": [
            {"words": "said Monday", "expr": "Monday", "verdict": "not", "category": "telling"},
            {"words": "on Friday", "expr": "Friday", "verdict": "date", "category": "weekday"},
            {"words": "6-year-old", "expr": "6-year-old", "verdict": "not", "category": "age"},
            {"words": "in 2019", "expr": "2019", "verdict": "date", "category": "year"},
        ],
    }

    def span(words: str) -> tuple[int, int, str]:
        return body.index(words), body.index(words) + len(words), words

    score = dates_real.Score()
    found = [span("Monday"), span("Friday"), span("ferry")]
    dates_real.score_text(entry, body, found, score)
    assert (score.found, score.right, score.dates, score.recalled) == (3, 1, 2, 1)
    assert score.wrong_by == {"telling": 1, "unlabelled": 1}
    assert score.missed_by == {"year": 1}


def test_held_out_dates_keep_their_floors() -> None:
    shared_data("semeval2022-task8-sample/training_set.csv")
    shared_data("semeval2022-task8-sample/testing_set.csv")
    score = dates_real.evaluate("holdout")
    figures = score.figures()
    print({k: round(v, 3) for k, v in figures.items()})
    assert score.dates >= 100 and score.found >= 60  # enough to mean something
    for name, floor in FLOORS.items():
        assert figures[name] >= floor, f"{name} {figures[name]:.3f} < {floor}"


def test_the_xl_labels_are_their_blind_file_split_by_their_own_hash() -> None:
    raw = dates_real.XL_LABELS.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == dates_real.XL_SHA256
    texts = json.loads(raw)["texts"]
    assert [sum(t["part"] == p for t in texts) for p in ("tune", "holdout")] == [30, 15]
    for t in texts:
        assert dates_real.split_of_xl(t["pair_id"], str(t["text"])) == t["part"]
        for label in t["labels"]:
            assert label["expr"] in label["words"] and len(label["words"].split()) <= 12


XL_FLOORS = {"precision": 0.78, "recall": 0.70}
"""The "xl" set's held-out part (``--set xl --part holdout``: 15 texts, 24 date
labels), measured once at cdeac50: precision 0.840 of 25 found, recall 0.875 (0.808
and 0.875 at deaeacf, before the day's date rules); at c938e2c (2026-12-04, decades as
periods) precision 0.955 of 22 found, recall 0.875. One date is about 0.045 of
either: each floor is four dates below (the precision floor was 0.68 until then)."""


def test_held_out_xl_dates_keep_their_floors() -> None:
    shared_data("semeval2022-task8-sample/training_set.csv")
    shared_data("semeval2022-task8-sample/testing_set.csv")
    score = dates_real.evaluate("holdout", xl=True)
    figures = score.figures()
    print({k: round(v, 3) for k, v in figures.items()})
    assert score.dates >= 20 and score.found >= 20
    for name, floor in XL_FLOORS.items():
        assert figures[name] >= floor, f"{name} {figures[name]:.3f} < {floor}"
