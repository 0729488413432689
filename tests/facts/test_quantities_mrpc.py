"""Number changes on real rewordings (MRPC), against blind labels
(``bench/quantities_mrpc.py`` scores; its docstring has the sample and the matching
rule): the label files are the ones written blind, in the sample's order, with short
fields only (no sentence of the corpus is copied)."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import quantities_mrpc  # noqa: E402


def test_the_sample_and_the_labels_are_the_blind_files() -> None:
    raw = quantities_mrpc.SAMPLE.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == quantities_mrpc.SAMPLE_SHA256
    parts = json.loads(raw)["parts"]
    assert (len(parts["train"]), len(parts["test"])) == (200, 100)
    for part, labellers in quantities_mrpc.BLIND.items():
        ids = quantities_mrpc.sample(part)
        for who, sha in labellers.items():
            book = quantities_mrpc.load(who, sha)
            lo, hi = quantities_mrpc.SPANS[who]
            assert list(book) == ids[lo:hi]
            for labels in book.values():
                for label in labels:
                    assert label["change"] in ("added", "removed", "updated")
                    for key in ("before", "after", "note"):
                        assert len(str(label.get(key) or "").split()) <= 12
