"""Smoke run of the serve load benchmark on the bundled examples' store (the real run
is ``.venv/bin/python bench/serve_load.py --db /work/bench-data/scale-1m.db``, on
the million-text store of ``bench/ingest_scale.py``).

A real server process on 127.0.0.1 and real clients; only the shape and sense of
the figures are checked, never a timing.
"""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path

import pytest

from storydiff.corpus.corpus import Corpus

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import serve_load  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.network_local
def test_tiny_run_reports_every_figure(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with Corpus(db) as corpus:
        corpus.ingest([str(ROOT / "examples" / "story"), str(ROOT / "examples" / "unrelated")])
    argv = ["--db", str(db), "--port", str(_free_port()), "--pages", "3", "--stories", "1",
            "--repeats", "2", "--clients", "4", "--seconds", "1",
            "--out", str(tmp_path)]  # fmt: skip
    assert serve_load.main(argv) == 0
    result = json.loads((tmp_path / "serve_load.json").read_text())
    assert set(result["warm"]) == {"list", "story", "compare", "search", "day"}
    for w in result["warm"].values():
        assert w["requests"] == 2 * w["pages"] and 0 < w["p50_ms"] <= w["p95_ms"]
    load = result["load"]
    assert load["errors"] == {} and load["requests"] > 4 and load["per_second"] > 0
