"""A blind label file is read only as written: a changed byte refuses it."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from blind import labelled_pairs, read_blind


def test_a_label_file_changed_after_labelling_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "labels.blind.json"
    path.write_text('{"pairs": [{"id": "7", "labels": []}]}', encoding="utf-8")
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    assert read_blind(path, sha) == {"pairs": [{"id": "7", "labels": []}]}
    path.write_text('{"pairs": [{"id": "7", "labels": [1]}]}', encoding="utf-8")
    with pytest.raises(SystemExit, match="not the blind file"):
        read_blind(path, sha)


def test_two_labellers_must_have_labelled_the_same_pairs() -> None:
    assert labelled_pairs({"x": {"1": [], "2": []}, "y": {"1": [], "2": []}}) == ["1", "2"]
    with pytest.raises(SystemExit, match="other pairs"):
        labelled_pairs({"x": {"1": []}, "y": {"2": []}})
