"""Smoke run of the dedup benchmark on a tiny generated corpus (the real run is
``.venv/bin/python bench/dedup_speed.py``, 100,000 texts).

Only the shape of the figures is checked, and that the file and in-memory runs of
storydiff agree; never a timing, a memory figure or a floor on recall.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import dedup_corpus  # noqa: E402
import dedup_speed  # noqa: E402


def test_tiny_run_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    argv = ["--docs", "300", "--json", str(out), "--work-dir", str(tmp_path), "--repeats", "2"]
    assert dedup_speed.main(argv) == 0
    results = json.loads(out.read_text(encoding="utf-8"))

    assert {"date", "machine", "command", "corpus", "runs", "targets", "passed"} <= results.keys()
    assert results["corpus"]["texts"] == 300 and results["corpus"]["planted"] == 60
    assert set(results["runs"]) == set(dedup_speed.CANDIDATES)
    for run in results["runs"].values():
        assert run["seconds"] > 0 and run["docs_per_s"] > 0 and run["peak_mb"] > 0
    for name in dedup_speed.TURNS:  # run twice each, in turn: one of them is kept
        assert results["runs"][name]["seconds"] in (
            pytest.approx(s, abs=1e-3) for s in results["runs"][name]["all_seconds"]
        )
        assert len(results["runs"][name]["all_seconds"]) == 2
        # The _heap runs' processes started with glibc told to keep freed memory.
        assert results["runs"][name]["heap_kept"] is name.endswith("_heap")
    assert results["share_of_floor_heap"] > 0
    for name in ("storydiff", "datasketch", "rensa", "file_1"):
        quality = results["runs"][name]["quality"]
        for share in ("recall", "recall_080_085"):
            assert 0.0 <= quality[share] <= 1.0
        assert quality["positives"] + quality["negatives"] == 60
        if name != "file_1":  # the file run gives clusters, not pairs
            assert 0.0 <= quality["precision"] <= 1.0
            assert quality["pairs"] >= 0
    assert results["runs"]["storydiff"]["quality"]["precision"] == 1.0  # every link verified
    assert results["file_and_memory_agree"] is True
    assert set(results["targets"]) == set(dedup_speed.TARGETS)
    index = results["runs"]["storydiff"]["disk_bytes_per_doc"]
    assert "signatures" not in index and index["keys-000"] == 8.0  # made again when needed


def test_generator_is_deterministic_and_plants_measured_pairs() -> None:
    a = dedup_corpus.generate(200, seed=3)
    b = dedup_corpus.generate(200, seed=3)
    assert a.texts == b.texts and a.planted == b.planted
    assert a.texts != dedup_corpus.generate(200, seed=4).texts
    assert len(a.planted) == 40
    for p in a.planted:
        assert p.jaccard == dedup_corpus.reference_jaccard(a.texts[p.original], a.texts[p.copy])
        assert p.original < 160 <= p.copy
    assert sum(p.jaccard >= 0.8 for p in a.planted) >= 25
    assert all(2000 < len(t) < 4500 for t in a.texts)
