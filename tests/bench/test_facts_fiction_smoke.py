"""Smoke run of the fictional facts benchmark on one set's first pair (the full run
is ``.venv/bin/python bench/facts_fiction.py``). Only the shape is checked: the
fictional figures are regression figures with no floor here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import facts_fiction  # noqa: E402


def test_every_set_is_the_blind_file_and_a_pair_scores() -> None:
    for name in facts_fiction.BLIND_SHA256:
        pairs = facts_fiction.load(name)["pairs"]
        assert len(pairs) == 5
        for pid in pairs:
            old, new = facts_fiction.pair_texts(name, pid)
            assert len(old.split()) >= 200 and len(new.split()) >= 200
    total, per = facts_fiction.evaluate(["a"])
    assert len(per) == 5 and total.labels > 0 and total.shown > 0


def test_labels_that_are_not_the_blind_file_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "labels.blind.json").write_text('{"pairs": {}}', encoding="utf-8")
    monkeypatch.setattr(facts_fiction, "FICTION", tmp_path)
    with pytest.raises(SystemExit):
        facts_fiction.load("a")


def test_the_speaker_labels_are_the_blind_file_and_score() -> None:
    score = facts_fiction.speakers()
    figures = score.figures()
    k_to_z = (70, 44, 43, 30, 50, 37, 35, 36, 54, 18, 64, 32, 26, 42, 28, 53)
    aa_to_ai = (31, 23, 26, 92, 64, 21, 51, 22, 29)
    aj_to_ar = (25, 53, 15, 63, 29, 62, 21, 55, 27)
    per_set = k_to_z + aa_to_ai + aj_to_ar
    assert figures["labels"] == sum(per_set)
    assert 0 < figures["matched"] <= figures["labels"]
