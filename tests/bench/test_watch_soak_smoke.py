"""A tiny soak run: 6 pages for two simulated days."""

from __future__ import annotations

from pathlib import Path

from bench.watch_soak import soak


def test_soak_smoke(tmp_path: Path) -> None:
    result = soak(6, 2.0, tmp_path)
    assert result["checks"] > 6 * 10
    assert result["not_modified"] > 0
    assert result["events"] >= 1  # each day some pages change a number
    assert result["rss_end_mb"] > 0 and result["cpu_ms_per_check"] > 0
