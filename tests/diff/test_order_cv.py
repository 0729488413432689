"""Version order on the 50 real NewsEdits pairs, 5-fold cross-validated
(``bench/order_cv.py``: weights fitted inside each fold, scored on the pairs left
out). The issue's goal is 0.90; measured 0.90 with the copy-desk, toll, date and
overtaken-plan clues (0.88 mean over ten other fold splits, 0.86 at worst; 0.88 before
them), so the floor is 0.84: three pairs below, so that no one pair flips it, and a
regression of the clues shows.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.conftest import shared_data

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np  # noqa: E402

import order_cv  # noqa: E402
from storydiff.config import ORDER_WEIGHTS  # noqa: E402

FLOOR = 0.84


def test_cross_validated_order_keeps_its_floor() -> None:
    shared_data("newsedits-cke-dev.csv")
    ids, table = order_cv.clue_rows()
    assert len(ids) == 50
    accuracy = order_cv.cross_validated(ids, table, list(range(table.shape[1])))
    print(f"order, 5-fold cross-validated: {accuracy:.3f}")
    assert accuracy >= FLOOR, f"{accuracy:.3f} < {FLOOR}"


def test_the_shipped_weights_are_what_the_clues_fit() -> None:
    """``ORDER_WEIGHTS`` are fitted on the 50 pairs (``bench/order_cv.py``); a change
    that moves the clue values (a word diff that joins edits, say) must refit them.
    Clues no pair has are hand-set and left out."""
    shared_data("newsedits-cke-dev.csv")
    _, table = order_cv.clue_rows()
    fitted = order_cv.fit_signed(table)
    for k, name in enumerate(order_cv.NAMES):
        if np.any(table[:, k]):
            assert abs(ORDER_WEIGHTS[name] - fitted[k]) <= 0.05, (name, fitted[k])
