"""Claim updates on real rewordings (MRPC), against blind labels, on the held-out test
sample (``bench/claims_mrpc.py`` scores; its docstring has the sample and the matching
rule).

Measured when the anchored rules went in (code at ``7712fab``), on the held-out test
sample (260 pairs, two labellers): polarity 9 shown, 2 right for either labeller
(at the sampling commit: 51 shown, 2 right); certainty 41 shown, 16 right, 0.390
(before: 119 shown, 32 right, 0.269); alternatives 11 shown, 7 right. After a
review's fixes (second scoring): polarity 8 / 2, certainty 38 / 16 (0.421),
alternatives 10 / 7. Fifth scoring (``c938e2c``, 2026-12-04): polarity 5 / 1, certainty
38 / 16, alternatives 8 / 6: the polarity floor of one right change had no margin
(a rule fitted on train, "nor" after a negation, took one right change away with three
wrong ones; the floor was not lowered). A review narrowed that rule to "nor" after
"neither"; sixth scoring (``08e2113``): polarity 6 / 2, certainty 38 / 16,
alternatives 8 / 6. The floors keep
several pairs' margin: certainty precision 0.30 (about four pairs under the figure)
and at least 12 of the certainty changes the labellers saw shown (16), so showing
less cannot pass; polarity shown on at most 20 pairs (the old rule's 51 fails it) and
at least one of them right."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from tests.conftest import shared_data

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import claims_mrpc  # noqa: E402


def test_the_labels_and_the_sample_are_the_blind_files() -> None:
    assert hashlib.sha256(claims_mrpc.SAMPLE.read_bytes()).hexdigest() == claims_mrpc.SAMPLE_SHA256
    for halves in claims_mrpc.BLIND.values():
        for (x, sha_x), (y, sha_y) in halves:
            first, second = claims_mrpc.load_labels(x, sha_x), claims_mrpc.load_labels(y, sha_y)
            assert list(first) == list(second) and len(first) >= 250
            for label in first.values():
                assert len(str(label["note"]).split()) <= 16  # changed words only


def test_held_out_claim_updates_keep_their_floors() -> None:
    shared_data("mrpc/msr_paraphrase_test.txt")
    counts = claims_mrpc.evaluate("test")["counts"]
    assert counts["pairs"] == 260 and counts["decoys"] == 80
    shown = counts["certainty shown"]
    assert shown >= 20, "too few certainty changes shown to mean something"
    assert counts["certainty right either"] / shown >= 0.30
    assert counts["polarity shown"] <= 20 and counts["polarity right either"] >= 1
    assert counts["certainty found"] >= 12, "certainty changes the labellers saw, shown"
