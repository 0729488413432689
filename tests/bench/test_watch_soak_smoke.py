"""Smoke run of the watch soak (the real run is ``.venv/bin/python bench/watch_soak.py
--pages 500 --days 7``): 6 pages for two simulated days. Only the shape and sense of
the figures are checked, never a timing."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import watch_soak  # noqa: E402


def test_soak_smoke(tmp_path: Path) -> None:
    result = watch_soak.soak(6, 2.0, tmp_path)
    assert result["checks"] > 6 * 10
    assert result["not_modified"] > 0
    assert result["events"] >= 1  # a seventh of the pages change a count each day
    assert result["requests"] >= result["checks"]
    assert result["rss_end_mb"] > 0 and result["cpu_ms_per_check"] > 0
