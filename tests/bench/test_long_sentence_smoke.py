"""Smoke run of the long-sentence benchmark (the real run: bench/long_sentence.py), and
the word diff of a very long sentence still finds exactly its changed words."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storydiff.config import LONG_SPAN_ITEMS
from storydiff.diff.words import word_diff
from storydiff.text.tokens import tokenize

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import long_sentence  # noqa: E402


def test_tiny_run_prints_the_ratio(capsys: pytest.CaptureFixture[str]) -> None:
    assert long_sentence.main(["--words", "600", "--runs", "1"]) == 0
    assert "ratio" in capsys.readouterr().out


def test_a_very_long_sentence_diff_marks_only_the_changed_words() -> None:
    old, new, _, _ = long_sentence.texts(3000)
    a, b = tokenize(old), tokenize(new)
    assert 2 * len(a) + 2 * len(b) > LONG_SPAN_ITEMS  # the long-span path
    ops = word_diff(a, (0, len(old)), b, (0, len(new)))
    assert ops[0].old_start == 0 and ops[-1].old_end == len(old)  # a partition
    changed = [o for o in ops if o.tag != "equal"]
    old_words, new_words = old.split(), new.split()
    edits = sum(x != y for x, y in zip(old_words, new_words, strict=True))
    assert 0 < len(changed) <= edits
    assert all(len(old[o.old_start : o.old_end].split()) <= 2 for o in changed)
