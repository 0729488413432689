"""Version order on real pairs, 5-fold cross-validated: which of two versions is the
earlier one, judged from the texts alone.

Data: the 50 AP/NYT pairs of ``../shared/data/newsedits-cke-dev.csv`` (``TextA`` is
the earlier). For each pair, ``storydiff.diff.order.evidence`` gives each clue's
value (positive when NEW looks later). A pair is right when the weighted sum is
positive; zero ("unknown") is a miss.

Candidates, all on the same clue values:

- **length only**: the sign of the word-count difference;
- **shipped weights**: ``config.ORDER_WEIGHTS`` (fitted on all 50 pairs, so its
  figure is not a held-out one);
- **fitted, 5-fold**: logistic regression without intercept (every clue changes sign
  when the versions swap, so each pair is used both ways round), an L2 penalty of
  1.0 and every weight kept at 0 or above (each clue is built to point at the later
  version; on 40 pairs a negative weight is the noise of a small sample, and
  collinear clues such as growth and length otherwise cancel each other in some
  folds), fitted on four folds and scored on the fifth. Folds: pairs sorted by
  ``sha256("order-fold:" + Id)``, dealt round-robin. The figure reported is the share
  of the 50 pairs right when each is scored by the weights fitted without it.

The pairs missed out of fold are printed by Id with their clue values (no text), so
that a failure can be read by kind in the data.

Fifty pairs are few: one pair is 0.02, and the figure moves with the split, so the
same cross-validation over ten other splits is printed beside it (mean, min, max).

The weights fitted on all 50 pairs are printed last: those are what ``ORDER_WEIGHTS``
ships (their accuracy on the 50 is a training figure; the 5-fold one is the
estimate). So that a stated confidence means what it says, the out-of-fold scores
are calibrated: one factor on the score (``ORDER_CONFIDENCE_SCALE``), fitted by
logistic regression on them, and a table of stated confidence against the share
right.

    .venv/bin/python bench/order_cv.py
"""

from __future__ import annotations

import csv
import hashlib
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from storydiff import compare
from storydiff.config import ORDER_WEIGHTS, CompareConfig
from storydiff.diff.order import evidence

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "newsedits-cke-dev.csv"
FOLDS = 5
L2 = 1.0
NAMES = list(ORDER_WEIGHTS)


def clue_rows(path: Path = DATA) -> tuple[list[str], np.ndarray]:
    csv.field_size_limit(10**9)
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    ids, table = [], []
    for row in rows:
        c = compare(row["TextA"], row["TextB"], CompareConfig(facts=False))
        clues = evidence(c.alignment, c.old_sentences, c.new_sentences, row["TextA"], row["TextB"])
        ids.append(row["Id"])
        table.append([clues[n][0] if n in clues else 0.0 for n in NAMES])
    return ids, np.array(table, dtype=float)


def fit(x: np.ndarray, l2: float = L2, steps: int = 50) -> np.ndarray:
    """Logistic regression without intercept on the pairs both ways round (Newton)."""
    xs = np.vstack([x, -x])
    y = np.concatenate([np.ones(len(x)), np.zeros(len(x))])
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xs @ w))
        grad = xs.T @ (p - y) + l2 * w
        hess = (xs * (p * (1 - p))[:, None]).T @ xs + l2 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return w


def fit_signed(x: np.ndarray, l2: float = L2) -> np.ndarray:
    """``fit`` with every weight kept at 0 or above: each clue is built to point at
    the later version, so a negative weight is noise of a small sample. Active set:
    the most negative weight's clue is dropped and the rest refitted until none is."""
    keep = list(range(x.shape[1]))
    w = np.zeros(x.shape[1])
    while keep:
        sub = fit(x[:, keep], l2)
        if (sub >= 0).all():
            w[keep] = sub
            break
        keep.pop(int(np.argmin(sub)))
    return w


def right(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    scores: np.ndarray = x @ w
    return scores > 0


def folds(ids: list[str], salt: str = "order-fold") -> list[int]:
    order = sorted(
        range(len(ids)), key=lambda i: hashlib.sha256(f"{salt}:{ids[i]}".encode()).hexdigest()
    )
    fold = [0] * len(ids)
    for k, i in enumerate(order):
        fold[i] = k % FOLDS
    return fold


def out_of_fold(
    ids: list[str], x: np.ndarray, columns: list[int], salt: str = "order-fold"
) -> np.ndarray:
    """Each pair's score by the weights fitted on the other four folds."""
    fold = np.array(folds(ids, salt))
    scores = np.zeros(len(ids))
    for k in range(FOLDS):
        train, test = fold != k, fold == k
        scores[test] = x[test][:, columns] @ fit_signed(x[train][:, columns])
    return scores


def cross_validated(ids: list[str], x: np.ndarray, columns: list[int]) -> float:
    return float((out_of_fold(ids, x, columns) > 0).mean())


def confidence_scale(scores: np.ndarray) -> float:
    """The factor on a score that makes its logistic an honest probability: fitted (one
    weight, no penalty) on the out-of-fold scores, each pair both ways round."""
    return float(fit(scores[:, None], l2=1e-6)[0])


def calibration(scores: np.ndarray, scale: float) -> list[tuple[str, int, float, float]]:
    """Pairs by stated confidence: how many, the mean confidence, the share right."""
    conf = 1 / (1 + np.exp(-np.abs(scores) * scale))
    rows = []
    for lo, hi in ((0.5, 0.6), (0.6, 0.75), (0.75, 0.9), (0.9, 1.01)):
        sel = (conf >= lo) & (conf < hi)
        if sel.any():
            label = f"{lo:.2f}-{min(hi, 1.0):.2f}"
            rows.append(
                (label, int(sel.sum()), float(conf[sel].mean()), float((scores[sel] > 0).mean()))
            )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    del argv
    if not DATA.exists():
        print(f"{DATA} is missing", file=sys.stderr)
        return 2
    ids, x = clue_rows()
    hand = np.array([ORDER_WEIGHTS[n] for n in NAMES])
    everything = list(range(len(NAMES)))
    without_future = [i for i, n in enumerate(NAMES) if n != "future"]
    length = NAMES.index("length")
    print(f"{len(ids)} pairs, clues: {', '.join(NAMES)}")
    print(f"length only (sign)             {float((x[:, length] > 0).mean()):.3f}")
    print(f"shipped ORDER_WEIGHTS (fitted on 50) {float(right(x, hand).mean()):.3f}")
    print(f"fitted, 5-fold, without future {cross_validated(ids, x, without_future):.3f}")
    print(f"fitted, 5-fold, all clues      {cross_validated(ids, x, everything):.3f}")
    others = [float((out_of_fold(ids, x, everything, f"split{k}") > 0).mean()) for k in range(10)]
    print(
        f"  the same, 10 other fold splits: mean {np.mean(others):.3f} "
        f"(min {min(others):.2f}, max {max(others):.2f}); the fixed split is the reported one"
    )
    w = fit_signed(x)
    print(f"fitted on all 50 (training)    {float(right(x, w).mean()):.3f}")
    oof = out_of_fold(ids, x, everything)
    for i in np.flatnonzero(oof <= 0):
        shown = ", ".join(f"{n} {v:+.2f}" for n, v in zip(NAMES, x[i], strict=True) if v)
        print(f"  missed out of fold: {ids[i]} (score {oof[i]:+.2f}): {shown or 'no clue'}")
    scale = confidence_scale(oof)
    print(f"confidence scale (ORDER_CONFIDENCE_SCALE), from out-of-fold scores: {scale:.2f}")
    for label, n, conf, acc in calibration(oof, scale):
        print(f"  stated {label}: {n:2} pairs, mean confidence {conf:.2f}, right {acc:.2f}")
    print(
        "weights fitted on all 50: "
        + ", ".join(f"{n} {v:.2f}" for n, v in zip(NAMES, w, strict=True))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
