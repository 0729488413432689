"""Precision and recall of fact changes over the hand-labelled cases in cases.json.

Each case is a pair of short fictional passages with every change a careful
fact-checker would report, as ``Change.key()`` tuples. Run this file directly to
print the figures and the cases that differ.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from storydiff import Document, compare

CASES = json.loads(Path(__file__).with_name("cases.json").read_text(encoding="utf-8"))
FLOOR = 0.95


Mismatch = tuple[str, list[tuple[str, ...]], list[tuple[str, ...]]]


def score() -> tuple[float, float, list[Mismatch]]:
    tp = fp = fn = 0
    wrong: list[Mismatch] = []
    for case in CASES:
        c = compare(
            Document(text=case["old"], title=case.get("old_title")),
            Document(text=case["new"], title=case.get("new_title")),
        )
        got: Counter[tuple[str, ...]] = Counter(ch.key() for ch in c.changes)
        expected: Counter[tuple[str, ...]] = Counter(tuple(e) for e in case["expected"])
        tp += sum((got & expected).values())
        fp += sum((got - expected).values())
        fn += sum((expected - got).values())
        if got != expected:
            wrong.append((case["id"], sorted(got - expected), sorted(expected - got)))
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), wrong


def test_cases_are_well_formed() -> None:
    assert len(CASES) >= 40
    assert len({c["id"] for c in CASES}) == len(CASES)
    for case in CASES:
        for entry in case["expected"]:
            assert len(entry) == 5 and all(isinstance(x, str) for x in entry)


def test_precision_and_recall_over_labelled_cases() -> None:
    precision, recall, wrong = score()
    print(f"precision {precision:.3f} recall {recall:.3f} over {len(CASES)} cases")
    for item in wrong:
        print(item)
    assert precision >= FLOOR, f"precision {precision:.3f} < {FLOOR}"
    assert recall >= FLOOR, f"recall {recall:.3f} < {FLOOR}"


if __name__ == "__main__":
    p, r, bad = score()
    print(f"precision {p:.3f} recall {r:.3f} over {len(CASES)} cases")
    for item in bad:
        print(item)
