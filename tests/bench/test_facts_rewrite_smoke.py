"""Smoke run of the full-rewrite facts timing (the real run: bench/facts_rewrite.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import facts_rewrite  # noqa: E402


def test_rewrite_pair_changes_every_sentence() -> None:
    old, new = facts_rewrite.rewrite_pair(20)
    olds, news = old.split("\n\n"), new.split("\n\n")
    assert len(olds) == len(news) == 20
    assert all(a != b for a, b in zip(olds, news, strict=True))


def test_tiny_run_prints_the_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert facts_rewrite.main(["--runs", "1", "--no-real"]) == 0
    out = capsys.readouterr().out
    assert "100 of" in out and "facts added" in out
