"""Smoke run of the dedup benchmark on a tiny generated corpus (the real run is
``.venv/bin/python bench/dedup_speed.py``, 100,000 texts).

Only the shape of the figures is checked (every row run as often, every peer charged
its tokenizer), that storydiff's links are all verified and that the file and
in-memory runs agree; never a timing, a memory figure or a floor on recall.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import dedup_corpus  # noqa: E402
import dedup_peers  # noqa: E402
import dedup_speed  # noqa: E402


def test_tiny_run_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    argv = ["--docs", "300", "--json", str(out), "--work-dir", str(tmp_path), "--repeats", "2"]
    assert dedup_speed.main(argv) == 0
    results = json.loads(out.read_text(encoding="utf-8"))

    assert {"date", "machine", "command", "corpus", "runs", "targets", "passed"} <= results.keys()
    assert results["corpus"]["texts"] == 300 and results["corpus"]["planted"] == 60
    runs = results["runs"]
    assert set(runs) == set(dedup_speed.CANDIDATES)
    for name, run in runs.items():
        assert run["seconds"] > 0 and run["docs_per_s"] > 0 and run["peak_mb"] > 0
        assert run["startup_s"] >= 0  # reported for every row
        assert run["cpu_s"] > 0 and len(run["all_cpu_s"]) == 2  # and CPU time, the same way
        # Every row ran twice, in turn, and keeps one of its runs.
        assert len(run["all_seconds"]) == 2
        if name != "tokenize_datatrove":  # scaled from its sample to the corpus
            assert run["seconds"] in (pytest.approx(s, abs=1e-3) for s in run["all_seconds"])
        # The _heap runs' processes started with glibc told to keep freed memory.
        assert run["heap_kept"] is name.endswith("_heap")
    # A peer's end-to-end time is its own plus its tokenizer's, the same for all.
    for name, tokenizer in dedup_speed.PEERS.items():
        charged = runs[name]["tokenizer"]
        assert charged == tokenizer or (tokenizer, charged) == ("tokenize", "tokenize_heap")
        assert runs[name]["end_to_end_s"] == pytest.approx(
            runs[name]["seconds"] + runs[charged]["seconds"]
        )
        assert runs[charged]["seconds"] <= runs[tokenizer]["seconds"]  # the faster one
    assert runs["storydiff"]["end_to_end_s"] == runs["storydiff"]["seconds"]
    for name in ("storydiff", *dedup_speed.PEERS, "file_1"):
        quality = runs[name]["quality"]
        for share in ("recall", "recall_080_085"):
            assert 0.0 <= quality[share] <= 1.0
        assert quality["positives"] + quality["negatives"] == 60
    assert runs["storydiff"]["quality"]["precision"] == 1.0  # every link verified
    assert runs["datasketch"]["quality"]["pairs"] >= 0
    assert runs["rensa_matrix"]["quality"]["output"] == "flags"
    assert runs["datatrove"]["quality"]["output"] == "clusters"
    assert results["best_peer"] in dedup_speed.PEERS
    assert results["cpu"]["best_peer"] in dedup_speed.PEERS and results["cpu"]["vs_best_peer"] > 0
    assert results["file_and_memory_agree"] is True
    assert set(results["targets"]) == set(dedup_speed.TARGETS)
    held = runs["storydiff"]["sketch_bytes_per_doc"]
    assert "signatures" not in held and held["keys-000"] == 8.0  # made again when needed


def test_shared_input_is_the_tokenizer_storydiff_runs() -> None:
    texts = dedup_corpus.generate(40, seed=2).texts
    shared = dedup_peers.shared_tokenize(texts)
    assert shared.documents == 40 and int(shared.offsets[-1]) == len(shared.flat)
    from storydiff.dedup.shingles import text_shingles

    flat, _ = text_shingles(texts[7:8], 5)
    assert shared.flat[int(shared.offsets[7]) : int(shared.offsets[8])].tolist() == flat.tolist()
    # The users' Python shingler gives the sets storydiff hashes (ASCII text).
    assert len(set(dedup_peers.python_shingles(texts[7]))) == len(set(flat.tolist()))


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
