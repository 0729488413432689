"""Smoke run of the compare benchmark on a tiny pair (the real run is `make bench`).

Only the shape of the figures is checked, never a timing ratio: CI machines are
too noisy for that.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import compare_speed  # noqa: E402

CANDIDATES = ("splitter", "difflib", "baseline", "compare")


def test_tiny_run_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    assert compare_speed.main(["--tiny", "--json", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))

    assert results["runs"] == 1
    assert {"date", "machine", "command", "sizes", "targets", "passed"} <= results.keys()
    assert {"ratio_small", "ratio_large", "scaling"} <= results.keys()
    assert set(results["targets"]) == {"ratio_small", "scaling"}
    for target in results["targets"].values():
        assert {"value", "limit", "passed"} <= target.keys()
    assert set(results["sizes"]) == {"small", "large"}
    for entry in results["sizes"].values():
        assert entry["old_words"] > 0 and entry["new_words"] > 0
        for name in CANDIDATES:
            assert entry[f"{name}_ms"] > 0
            assert len(entry["samples_ms"][name]) == 1
        assert entry["ratio"] > 0
        # The tiny pair is paragraph 2 of the first take against the update's: edited.
        assert entry["has_differences"] is True
        assert entry["counts"]["edited"] >= 1
    assert results["scaling"] > 0
    assert results["sizes"]["small"]["old_words"] < 100
