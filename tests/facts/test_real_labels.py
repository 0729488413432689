"""The facts storydiff shows on real news edits, against blind labels, on the pairs held
out from all tuning (``bench/facts_real.py`` scores; its docstring has the matching
rule).

The issue's gates (precision 0.90, recall 0.80, speaker 0.95, date precision 0.85)
are not all reached yet; the floors below are the held-out figures, less a margin of
several pairs' worth, so the gate catches a regression and no single pair flips it.
Measured when this test was written: precision 0.724, recall 0.877, speaker 0.846 of
52 quotes, date precision 0.800 of 35 dates; at the fourth look (after the tuning-part
precision work of issue 13): precision 0.766 of 521 shown, recall 0.871, speaker
0.846 of 52, date precision 0.818 of 33, so the precision floor rose from 0.68 to 0.72.
At the fifth look (after the speaker and not-a-fact rules of the next session, made on
the tuning part and on the unlabelled excluded pairs): precision 0.774 of 513 shown,
recall 0.874, speaker 0.788 of 52 (three quotes fewer right than before: a held-out
regression, left as measured, since changing the rules because of it would tune on
these pairs), date precision 0.818 of 33; the speaker floor went from 0.78 to 0.74 so
that one quote (0.019) cannot flip it. At the sixth look (after the claims round, the
speaker rules made on the tuning part and on a separate blind SemEval speaker set, and
titles before names kept in one sentence): precision 0.795 of 444 shown, recall 0.865,
speaker 0.800 of 50, date precision 0.806 of 31; the precision floor rose from 0.72 to
0.75 (0.045 under the figure: about 20 shown changes). At the thirty-sixth look
(2026-12-05, after the identity rules for counts, amounts, names and titles made on
MRPC train and the tuning part): precision 0.813 of 434 shown, recall 0.862, speaker
0.800 of 50, date precision 0.893 of 28; the precision floor rose to 0.77 (0.043
under: about 19 shown changes) and the date floor to 0.78 (three more wrong dates of
28 still pass).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from tests.conftest import shared_data

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import facts_real  # noqa: E402

FLOORS = {"precision": 0.77, "recall": 0.80, "speaker": 0.74, "date_precision": 0.78}


def test_blind_labels_are_the_blind_file_and_the_split_was_fixed_before() -> None:
    raw = facts_real.LABELS.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == facts_real.BLIND_SHA256
    data = json.loads(raw)
    parts = list(data["split"].values())
    assert len(data["pairs"]) >= 35 and set(data["pairs"]) == set(data["split"])
    assert parts.count("holdout") >= 12 and parts.count("tune") >= 2 * parts.count("holdout") - 2
    for pair in data["pairs"].values():
        for label in pair["changes"]:
            for side in ("before", "after"):
                assert len((label.get(side) or "").split()) <= 10  # never whole sentences


def test_held_out_pairs_keep_their_floors() -> None:
    shared_data("newsedits-cke-dev.csv")
    total, per = facts_real.evaluate("holdout")
    figures = total.figures()
    print({k: round(v, 3) for k, v in figures.items()}, "repeats", total.repeats)
    assert len(per) >= 12
    assert total.quotes_matched >= 30 and total.dates_shown >= 20  # enough to mean something
    for name, floor in FLOORS.items():
        assert figures[name] >= floor, f"{name} {figures[name]:.3f} < {floor}"


def test_the_matching_rule_needs_kind_direction_and_words() -> None:
    label = {"kind": "number", "change": "updated", "before": "a missile", "after": "two missiles"}
    change = {
        "kind": "update", "fact": "quantity", "subject": "missile",
        "before": "a ballistic missile", "after": "two ballistic missiles",
    }  # fmt: skip
    assert facts_real.matches(label, change)
    assert not facts_real.matches(label, {**change, "fact": "date"})
    assert not facts_real.matches(label, {**change, "kind": "addition"})
    assert not facts_real.matches(label, {**change, "after": "three rockets"})
    claim = {**change, "fact": "claim"}
    assert not facts_real.matches(label, claim)
    assert facts_real.matches(label, claim, any_kind=True)
