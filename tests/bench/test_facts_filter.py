"""The learned-filter experiment's pieces on made-up rows (the full run, on the real
tuning part and the fictional sets, is ``.venv/bin/python bench/facts_filter.py``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import facts_filter  # noqa: E402


def _row(pid: str, right: bool, novelty: float, hits: list[int]) -> dict[str, Any]:
    return {"pid": pid, "right": right, "hits": hits, "fact": "claim", "how": "added-whole",
            "novelty": novelty, "own_novelty": novelty, "same": 1, "place": 0.5,
            "quoted": False, "words": 20}  # fmt: skip


def test_novelty_is_the_share_of_content_words_missing_from_the_other_text() -> None:
    assert facts_filter._novelty("The council approved the budget", "a budget") == 2 / 3
    assert facts_filter._novelty("the and of", "anything") == 0.0


def test_a_fitted_filter_learns_that_restated_sentences_are_wrong() -> None:
    data = [_row(f"p{i}", i % 2 == 0, 0.9 if i % 2 == 0 else 0.1, [0]) for i in range(40)]
    probs = facts_filter._probs(facts_filter.fit(data), data)
    assert all((p > 0.5) == r["right"] for p, r in zip(probs, data, strict=True))


def test_kept_score_counts_precision_and_the_labels_left_without_a_change() -> None:
    data = [_row("p", True, 0.9, [0]), _row("p", False, 0.1, []), _row("p", True, 0.5, [1])]
    labels = {"p": [{"kind": "claim"}, {"kind": "claim"}, {"kind": "claim", "doubt": True}]}
    assert facts_filter.kept_score(data, [0.9, 0.2, 0.4], labels, 0.0) == (2 / 3, 1.0, 3)
    assert facts_filter.kept_score(data, [0.9, 0.2, 0.4], labels, 0.5) == (1.0, 0.5, 1)
