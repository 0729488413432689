"""Smoke run of the facts speed benchmark on a tiny pair (the real run is
``.venv/bin/python bench/facts_speed.py --runs 5``).

Only the shape of the figures is checked, never a timing ratio or the 1-second
target: CI machines are too noisy for that.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import facts_speed  # noqa: E402

TIMINGS = ("no_facts", "facts", "find_changes", "extraction", "matching")


def test_tiny_run_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    assert facts_speed.main(["--tiny", "--json", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))

    assert results["runs"] == 1
    assert {"date", "machine", "command", "pair", "load", "targets", "passed"} <= results.keys()
    assert set(results["targets"]) == {"facts_added", "loads_once"}
    for target in results["targets"].values():
        assert {"value", "limit", "passed"} <= target.keys()
    assert results["targets"]["facts_added"]["limit"] == 1.0

    cold = results["load"]["fresh_process"]
    assert cold["import_spacy_ms"] > 0 and cold["first_call_ms"] > 0
    assert cold["second_call_ms"] >= 0
    assert cold["same_object"] is True
    assert results["load"]["this_process"]["same_object"] is True
    # The model loads at most once in this process, whatever ran before the test.
    assert results["load"]["spacy_load_calls"] <= 1
    assert results["targets"]["loads_once"]["passed"] is True

    for name in TIMINGS:
        assert len(results["samples_ms"][name]) == 1
        assert results[f"{name}_ms"] > 0
    assert results["first_facts_call_ms"] > 0

    pair = results["pair"]
    assert 0 < pair["old_words"] < 300 and pair["new_words"] > 0
    assert pair["changed_sentences"] == 2
    assert pair["counts"]["edited"] == 2
    assert pair["analysed_old"] >= 2 and pair["analysed_new"] >= 2
    # The tiny pair changes a count (17 -> 19 sailors) and a quote's words.
    assert any("17 sailors" in line and "19 sailors" in line for line in pair["changes"])


def test_every_edit_applies_once() -> None:
    pair = facts_speed.full_pair()
    assert pair.old != pair.new
    assert 900 <= pair.old_words <= 1200
    assert len(pair.edits) == 10
