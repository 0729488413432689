"""Speakers of quotes on real rewordings (MRPC), against blind labels
(``bench/speakers_mrpc.py`` scores; its docstring has the sample and the scores): the
sample and the label files are the ones written blind, in order, with short fields
only (a quote's first words, at most six; no sentence of the corpus is copied), and
the held-out figures keep floors.

FLOORS_MEASURED"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import speakers_mrpc  # noqa: E402

ANSWERS = {"same", "different", "related", "unknown", None}


def test_the_sample_and_the_labels_are_the_blind_files() -> None:
    raw = speakers_mrpc.SAMPLE.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == speakers_mrpc.SAMPLE_SHA256
    parts = json.loads(raw)["parts"]
    assert (len(parts["train"]), len(parts["test"])) == (200, 100)
    for part, labellers in speakers_mrpc.BLIND.items():
        ids = speakers_mrpc.sample(part)
        for who, sha in labellers.items():
            book = speakers_mrpc.load(who, sha)
            lo, hi = speakers_mrpc.SPANS[who]
            assert list(book) == ids[lo:hi]
            for pair in book.values():
                assert pair["speaker_change"] in ANSWERS
                for quote in pair["quotes"]:
                    assert quote["sentence"] in (1, 2)
                    assert 1 <= len(quote["words"].split()) <= 6
                    assert len(str(quote["speaker"] or "").split()) <= 12
