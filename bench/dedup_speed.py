"""How fast ``storydiff dedup`` finds near-duplicates, against datasketch, rensa and
datatrove, each given the same input and the same clock.

One generated corpus (bench/dedup_corpus.py: news-like texts of about 3 KB, 15% of
them copies edited to Jaccard 0.8–1.0, 5% to 0.6–0.8). Every row runs in a fresh
process pinned to one CPU (``file_2`` excepted: two), ``--repeats`` times (3 by
default), all rows in turn, and keeps its median run. Every clock starts after the
row's imports (storydiff's also after its compiled kernels are loaded): that one-time
cost is reported for every row as ``startup``. A peer's input is loaded before its
clock too. Each run's CPU time (the process's threads and its finished children) is
recorded beside its clock, and the targets' ratios are given on CPU time as well (not
targets): on a shared machine the clock also counts what other programs take.

Tokenizers, timed alone:

- ``tokenize``: storydiff's batched tokenizer (64-bit hashes of word 5-grams), each
  batch's hashes let go: the floor, all storydiff must do anyway, and what every peer
  that starts from the shared input (those hashes collected in one array, made before
  the clocks) is charged; collecting them is left uncharged, in the peers' favour;
- ``tokenize_python``: the regular-expression shingler users write (strings), the
  input of rensa_pairs;
- ``tokenize_datatrove``: datatrove's own (spaCy's word tokenizer, xxhash), on the
  first 1,000 texts only (5-10 ms a text: 9-17 minutes at 100,000), scaled to the
  corpus, for the record: the datatrove row runs on the shared input.

Deduplicators (bench/dedup_peers.py; all 128 hashes, 16 bands of 8 rows, 0.8):

- ``storydiff``: ``dedup_texts`` from the texts (its own tokenizing included, then
  MinHash, banding, candidates, exact verification of every pair, clusters, keep);
- ``rensa_matrix``: rensa's digest matrix from the flat token hashes and
  ``insert_matrix_and_query_duplicate_flags`` (a flag per text, no pairs);
- ``rensa_pairs``: ``RMinHash.from_token_sets``, ``insert_many``, ``query_all``;
- ``datasketch``: ``MinHash.bulk``, ``MinHashLSH.insertion_session``, ``query``;
- ``datatrove``: its MinHash signature, bucket and cluster steps on the local executor;
- ``file_1``, ``file_2``: ``dedup_path`` on the corpus as JSON Lines with one and two
  worker processes (parsing included): the two-core speed-up;
- ``file_quarter``: ``dedup_path`` on a quarter-size corpus, one worker: memory per
  document, extrapolated to 10 million documents;
- ``tokenize_heap``, ``storydiff_heap``: the two again with glibc keeping freed memory
  (``HEAP_KEPT``): their ratio is the floor share target, like for like.

A peer's end-to-end time is its tokenizer's median plus its own median; the peers
on the shared input are charged the faster of ``tokenize`` and ``tokenize_heap``, and
storydiff's figure against them is the faster of its two rows (each side at its best
allocator setting). Recall: planted pairs of Jaccard ≥ 0.8 found (pairs: returned;
clusters: in one cluster; flags: the copy flagged). Precision: returned pairs whose
reference Jaccard is at least 0.8 (storydiff: its verified links). Not part of
``make test``; tests/bench/test_dedup_speed_smoke.py runs it on a tiny corpus.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import pickle
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

import benchlib
import dedup_corpus
import dedup_peers
from dedup_rows import HEAP_KEPT as HEAP_KEPT
from dedup_rows import PEERS as PEERS
from dedup_rows import SAMPLE as SAMPLE
from dedup_rows import quality, run_row

THRESHOLD = dedup_peers.THRESHOLD
TOKENIZERS = ("tokenize", "tokenize_heap", "tokenize_python", "tokenize_datatrove")
CANDIDATES = (
    *TOKENIZERS, "storydiff", "storydiff_heap", *PEERS, "file_1", "file_2", "file_quarter",
)  # fmt: skip
TARGETS = {"vs_best_peer": 1.5, "share_of_floor_heap": 0.8, "two_cores": 1.7, "recall": 0.99,
           "precision": 1.0, "peak_10m_gb": 8.0}  # fmt: skip


def _write_jsonl(texts: list[str], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i, text in enumerate(texts):
            f.write(json.dumps({"id": i, "text": text}) + "\n")


def _commit() -> str:
    """The commit storydiff's code was measured at, "+ changes" when src/ differs."""
    root = Path(__file__).resolve().parents[1]
    git = ["git", "-C", str(root)]
    try:
        head = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()  # fmt: skip
        changed = subprocess.run([*git, "status", "--porcelain", "--", "src"],
                                 capture_output=True, text=True, check=True).stdout  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" + uncommitted changes in src/" if changed.strip() else "")


def _complete_runs(runs: dict[str, Any], corpus: dedup_corpus.Corpus, docs: int) -> None:
    """Add to each run its texts, its tokenizer, end-to-end time, docs per second, quality."""
    n = len(corpus.texts)
    for name, run in runs.items():
        count = {"file_quarter": max(1, docs // 4), "tokenize_datatrove": min(n, SAMPLE)}
        run["texts"] = count.get(name, n)
        if name == "tokenize_datatrove":  # scaled to the whole corpus
            run["sample_seconds"], run["sample_texts"] = run["seconds"], run["texts"]
            run["seconds"] = run["seconds"] * n / run["texts"]
            run["cpu_s"] = run["cpu_s"] * n / run["texts"]
            run["texts"] = n
        tokenizer = PEERS.get(name)
        heap = runs.get("tokenize_heap", {}).get("seconds", math.inf)
        if tokenizer == "tokenize" and heap < runs.get("tokenize", {}).get("seconds", math.inf):
            tokenizer = "tokenize_heap"  # each side at its best allocator setting
        run["tokenizer"] = tokenizer
        run["tokenize_s"] = runs[tokenizer]["seconds"] if tokenizer in runs else 0.0
        run["end_to_end_s"] = run["seconds"] + run["tokenize_s"]
        run["docs_per_s"] = run["texts"] / run["end_to_end_s"] if run["end_to_end_s"] else 0.0
        found = run.pop("found")
        if found is not None:
            run["quality"] = quality(corpus, found)
            if name in ("storydiff", "file_1"):
                run["clusters"] = found[1]


def measure(
    docs: int,
    work_dir: Path | None,
    console: Console,
    only: tuple[str, ...] = CANDIDATES,
    repeats: int = 3,
) -> dict[str, Any]:
    started = time.perf_counter()
    corpus = dedup_corpus.generate(docs)
    generated = time.perf_counter() - started
    names = ("numpy", "datasketch", "rensa", "datatrove")
    results: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": benchlib.machine(**{name: version(name) for name in names}),
        "load_before": os.getloadavg()[0],
        "storydiff_commit": _commit(),
        "docs": docs,
        "only": list(only),
        "repeats": repeats,
        "corpus": {
            "texts": len(corpus.texts),
            "mean_chars": round(sum(map(len, corpus.texts)) / len(corpus.texts)),
            "planted": len(corpus.planted),
            "generate_s": round(generated, 1),
        },
    }
    with tempfile.TemporaryDirectory(dir=work_dir) as tmp:
        paths = {
            name: str(Path(tmp) / name) for name in ("corpus", "jsonl", "quarter", "shared", "work")
        }
        Path(paths["corpus"]).write_bytes(pickle.dumps(corpus.texts))
        _write_jsonl(corpus.texts, Path(paths["jsonl"]))
        if "file_quarter" in only:
            _write_jsonl(dedup_corpus.generate(max(1, docs // 4)).texts, Path(paths["quarter"]))
        for folder in ("shared", "work"):
            Path(paths[folder]).mkdir()
        dedup_peers.shared_tokenize(corpus.texts).save(Path(paths["shared"]))
        # Every row runs ``repeats`` times, all rows in turn, and keeps its median run.
        plan = [*only] * repeats
        seen: dict[str, list[dict[str, Any]]] = {}
        with benchlib.progress(console) as bar:
            task = bar.add_task("runs", total=len(plan))
            for name in plan:
                bar.update(task, description=name)
                seen.setdefault(name, []).append(run_row(name, paths))
                bar.advance(task)
        runs: dict[str, Any] = {}
        for name in only:  # in the order asked
            tries = sorted(seen[name], key=lambda run: run["seconds"])
            runs[name] = tries[len(tries) // 2]
            runs[name]["all_seconds"] = [round(run["seconds"], 3) for run in seen[name]]
            cpu = sorted(run["cpu_s"] for run in seen[name])
            runs[name]["all_cpu_s"] = [round(run["cpu_s"], 3) for run in seen[name]]
            runs[name]["cpu_s"] = cpu[len(cpu) // 2]  # the median CPU time, on its own
    results["load_after"] = os.getloadavg()[0]
    _complete_runs(runs, corpus, docs)
    if "storydiff" in runs and "file_1" in runs:
        same = runs["storydiff"]["clusters"] == runs["file_1"]["clusters"]
        results["file_and_memory_agree"] = same
    for run in runs.values():
        run.pop("clusters", None)
    results["runs"] = runs
    _derive(results)
    return results


def _derive(results: dict[str, Any]) -> None:
    runs = results["runs"]
    e2e = {name: run["end_to_end_s"] for name, run in runs.items()}
    figures: dict[str, float] = {}
    if {"file_1", "file_quarter"} <= runs.keys():
        full, quarter = runs["file_1"], runs["file_quarter"]
        n = results["corpus"]["texts"]
        per_doc_kb = (full["peak_mb"] - quarter["peak_mb"]) * 1024 / max(1, n - max(1, n // 4))
        fixed_mb = full["peak_mb"] - per_doc_kb * n / 1024
        results["memory_fit"] = {"fixed_mb": fixed_mb, "kb_per_doc": per_doc_kb}
        figures["peak_10m_gb"] = (fixed_mb + per_doc_kb * 10_000_000 / 1024) / 1024
    peers = {name: e2e[name] for name in PEERS if name in runs and runs[name]["tokenizer"] in runs}
    if "storydiff" in runs:
        # storydiff at its best allocator setting too, as the peers' tokenizer is.
        own = min(("storydiff", "storydiff_heap"), key=lambda n: e2e.get(n, math.inf))
        results["storydiff_run"] = own
        # Each peer's end-to-end time over storydiff's (above 1: storydiff is faster).
        results["vs_peer"] = {name: s / e2e[own] for name, s in peers.items()}
        if peers:
            best = min(peers, key=peers.__getitem__)
            results["best_peer"] = best
            figures["vs_best_peer"] = peers[best] / e2e[own]
        # Not a target: with every row's one-time start-up counted too.
        results["vs_peer_with_startup"] = {
            name: (s + runs[name]["startup_s"] + runs[runs[name]["tokenizer"]]["startup_s"])
            / (e2e[own] + runs[own]["startup_s"])
            for name, s in peers.items()
        }
    if {"storydiff_heap", "tokenize_heap"} <= runs.keys():
        figures["share_of_floor_heap"] = e2e["tokenize_heap"] / e2e["storydiff_heap"]
    if {"storydiff", "tokenize"} <= runs.keys():  # not targets: heap not kept, startup
        results["share_of_floor"] = e2e["tokenize"] / e2e["storydiff"]
        cold = {n: e2e[n] + runs[n]["startup_s"] for n in ("storydiff", "tokenize")}
        results["share_of_floor_with_startup"] = cold["tokenize"] / cold["storydiff"]
    _derive_cpu(results)
    if {"file_1", "file_2"} <= runs.keys():
        figures["two_cores"] = e2e["file_1"] / e2e["file_2"]
    if "storydiff" in runs:
        figures["recall"] = runs["storydiff"]["quality"]["recall"]
        figures["precision"] = runs["storydiff"]["quality"]["precision"]
    results["targets"] = {
        key: {
            "value": value,
            "limit": TARGETS[key],
            "passed": value <= TARGETS[key] if key == "peak_10m_gb" else value >= TARGETS[key],
        }
        for key, value in figures.items()
    }
    results["passed"] = all(t["passed"] for t in results["targets"].values())


def _derive_cpu(results: dict[str, Any]) -> None:
    """The ratios of the targets on CPU time (not targets: the same rule for every
    row, and what other programs on a shared machine do not add to). Each side at
    its cheaper allocator setting, as for the clock."""
    runs = results["runs"]
    cpu = {name: run["cpu_s"] for name, run in runs.items()}
    tokenizer = min(cpu.get("tokenize", math.inf), cpu.get("tokenize_heap", math.inf))
    own = min(cpu.get("storydiff", math.inf), cpu.get("storydiff_heap", math.inf))
    peers = {
        name: cpu[name]
        + (tokenizer if PEERS[name] == "tokenize" else cpu.get(PEERS[name], math.nan))
        for name in PEERS
        if name in cpu
    }
    figures: dict[str, Any] = {}
    if peers and math.isfinite(own) and math.isfinite(tokenizer):
        best = min(peers, key=peers.__getitem__)
        figures |= {"best_peer": best, "vs_best_peer": peers[best] / own, "storydiff_s": own}
        figures["best_peer_s"] = peers[best]
    if {"storydiff_heap", "tokenize_heap"} <= cpu.keys():
        figures["share_of_floor_heap"] = cpu["tokenize_heap"] / cpu["storydiff_heap"]
    results["cpu"] = figures


def report(results: dict[str, Any], console: Console) -> None:
    runs = results["runs"]
    table = Table(title=f"dedup on {results['docs']:,} generated texts, one CPU a row")
    columns = ("row", "tokenize s", "own s", "end to end s", "own CPU s", "docs/s", "startup s",
               "peak MB", "recall", "recall 0.80–0.85", "output", "precision")  # fmt: skip
    for column in columns:
        table.add_column(column, justify="left" if column in ("row", "output") else "right")
    for name, run in runs.items():
        q = run.get("quality")
        output = ""
        if q:
            output = f"{q['pairs']:,} pairs" if q["pairs"] is not None else q["output"]
        table.add_row(
            name,
            f"{run['tokenize_s']:.2f}" if run["tokenizer"] else "",
            f"{run['seconds']:.2f}",
            f"{run['end_to_end_s']:.2f}",
            f"{run['cpu_s']:.2f}",
            f"{run['docs_per_s']:,.0f}",
            f"{run['startup_s']:.2f}",
            f"{run['peak_mb']:,.0f}",
            f"{q['recall']:.4f}" if q else "",
            f"{q['recall_080_085']:.4f}" if q else "",
            output,
            f"{q['precision']:.4f}" if q and q["precision"] is not None else "",
        )
    console.print(table)
    targets = Table(title="targets")
    for column in ("figure", "measured", "target", "result"):
        targets.add_column(column)
    for key, t in results["targets"].items():
        sign = "at most" if key == "peak_10m_gb" else "at least"
        targets.add_row(
            key, f"{t['value']:.3f}", f"{sign} {t['limit']}", benchlib.verdict(t["passed"])
        )
    console.print(targets)
    if "best_peer" in results:  # a peer ran
        ratios = ", ".join(f"{k} {v:.2f}" for k, v in results["vs_peer"].items())
        console.print(
            f"peer end to end / storydiff: {ratios} (best peer: {results.get('best_peer')};"
            f" rows: {results['storydiff_run']}, peers charged"
            f" {runs[results['best_peer']]['tokenizer']})"
        )
        ratios = ", ".join(f"{k} {v:.2f}" for k, v in results["vs_peer_with_startup"].items())
        console.print(f"the same with every row's startup counted: {ratios}")
    cpu = results.get("cpu", {})
    if "vs_best_peer" in cpu:
        console.print(
            f"on CPU time: {cpu['best_peer']} {cpu['best_peer_s']:.2f} s / storydiff"
            f" {cpu['storydiff_s']:.2f} s = {cpu['vs_best_peer']:.2f}; floor share, heap kept,"
            f" {cpu.get('share_of_floor_heap', math.nan):.3f}"
        )
    for key, what in (("share_of_floor", "heap not kept"), ("share_of_floor_with_startup",
                      "heap not kept, startup counted")):  # fmt: skip
        if key in results:
            console.print(f"floor share, {what}: {results[key]:.3f}")
    if "storydiff" in runs:
        console.print(f"sketches: {json.dumps(runs['storydiff'].get('sketch_bytes_per_doc'))}")
    console.print(f"memory fit: {results.get('memory_fit')}; file and memory runs agree: "
                  f"{results.get('file_and_memory_agree')}")  # fmt: skip
    console.print(f"load average (1 min) before {results['load_before']:.2f}, "
                  f"after {results['load_after']:.2f}")  # fmt: skip
    console.print(f"storydiff at {results['storydiff_commit']}")
    console.print(f"command: {results['command']}")
    labels = {"numpy": "NumPy", "datasketch": "datasketch", "rensa": "rensa"}
    console.print(benchlib.machine_line(results, labels | {"datatrove": "datatrove"}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--docs", type=int, default=100_000, help="corpus size")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--work-dir", type=Path, help="temporary files here")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--repeats", type=int, default=3, help="runs of every row (medians)")
    parser.add_argument(
        "--only",
        help=f"comma-separated candidates to run (default all: {','.join(CANDIDATES)})",
    )
    args = parser.parse_args(argv)
    only = tuple(args.only.split(",")) if args.only else CANDIDATES
    unknown = set(only) - set(CANDIDATES)
    if unknown:
        parser.error(f"unknown candidates: {', '.join(sorted(unknown))}")
    console = benchlib.output_console()
    results = measure(args.docs, args.work_dir, console, only, max(1, args.repeats))
    return benchlib.finish(
        results, "dedup_speed.py", argv, report, console, args.json, check=args.check
    )


if __name__ == "__main__":
    sys.exit(main())
