"""Smoke run of the ingest-at-scale benchmark on a few hundred texts (the real run is
``.venv/bin/python bench/ingest_scale.py --sizes 10000 100000 1000000``).

Only the shape and sense of the figures are checked, never a timing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import ingest_scale  # noqa: E402


def test_tiny_run_reports_every_figure(tmp_path: Path) -> None:
    assert (
        ingest_scale.main(["--sizes", "300", "600", "--probes", "8", "--out", str(tmp_path)]) == 0
    )
    rows = json.loads((tmp_path / "ingest_scale.json").read_text())
    assert [r["texts"] for r in rows] == [300, 600]
    for r in rows:
        assert r["raw_us"] > 0 and r["ours_us"] > 0 and r["ratio"] > 0
        assert 0.3 < r["size_ratio"] < 5  # database, WAL and index against the raw text
        assert 0 < r["stories"] < r["texts"]  # versions and copies were grouped
        assert r["similar_p50_ms"] > 0 and r["similar_p95_ms"] >= r["similar_p50_ms"]
    assert rows[0]["growth"] == 1.0


def test_the_stream_has_versions_and_copies() -> None:
    texts = ingest_scale.Stream(400, seed=2).texts()
    assert len(texts) == 400
    per_story: dict[int, int] = {}
    for story, _, _ in texts:
        per_story[story] = per_story.get(story, 0) + 1
    assert max(per_story.values()) >= 3 and len(per_story) < 300
    assert 2000 < sum(len(t) for _, _, t in texts) / len(texts) < 5000  # about 3 KB
