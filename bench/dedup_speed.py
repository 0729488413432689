"""How fast ``storydiff dedup`` finds near-duplicates, against datasketch and rensa.

One generated corpus (bench/dedup_corpus.py: news-like texts of about 3 KB, 15% of
them copies edited to Jaccard 0.8–1.0, 5% to 0.6–0.8), and on it, each in a fresh
process so that peak memory is its own:

- ``floor``: storydiff's tokenizer only (bytes to 5-word shingle hashes, in batches);
- ``storydiff``: ``storydiff.dedup.dedup_texts`` end to end from the texts in memory
  (shingles, MinHash, banding, candidates, exact verification, clusters, keep);
- ``datasketch``: datasketch's ``MinHash`` (``update_batch`` of the shingles, as its
  documentation shows) and ``MinHashLSH(threshold=0.8, num_perm=128)``: insert every
  text, then query every text;
- ``rensa``: rensa's ``RMinHash(num_perm=128, seed=42)`` and
  ``RMinHashLSH(threshold=0.8, num_perm=128, num_bands=16)``, the same way;
- ``file_1``, ``file_2``: ``dedup_path`` on the corpus as JSON Lines, with one and
  two worker processes (parsing included): the two-core speed-up;
- ``file_quarter``: ``dedup_path`` on a corpus generated the same way with a quarter
  as many texts (the same shares of copies), one worker, for
  the memory per document and the extrapolation to 10 million documents;
- ``floor_heap``, ``storydiff_heap``: the floor and storydiff again, with glibc told
  to keep the memory freed (``HEAP_KEPT``): the floor loop alone hands its batch's
  memory back to the system after each batch and faults it in again, storydiff's
  loop mostly does not, so their ratio is also measured without that difference.

The floor and storydiff runs (both kinds) run in turn ``--repeats`` times (3 by
default) and each keeps its median run; the others run once.

Every candidate's clock starts after its imports; storydiff's also after its compiled
kernels are loaded (Numba's first call in a process, 0.4-0.7 s): a one-time cost of a
process, reported as ``startup``, and the floor ratio is printed once more with each
side's startup counted.

The competitors shingle in Python the way their users do (lower-cased words, runs of
5 joined by spaces): the same shingle sets as storydiff's. Recall: planted pairs
whose two texts end up linked (storydiff: in one cluster; the others: returned by a
query). Precision: returned pairs (storydiff: verified links) whose reference Jaccard
is at least 0.8. Not part of ``make test``; tests/bench/test_dedup_speed_smoke.py runs
it on a tiny corpus.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import pickle
import resource
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

THRESHOLD = 0.8
CANDIDATES = (
    "floor", "storydiff", "floor_heap", "storydiff_heap",
    "datasketch", "rensa", "file_1", "file_2", "file_quarter",
)  # fmt: skip
TURNS = ("floor", "storydiff", "floor_heap", "storydiff_heap")
"""Run in turn, ``--repeats`` times each (their ratios are figures)."""
HEAP_KEPT = {"MALLOC_TRIM_THRESHOLD_": "1000000000", "MALLOC_MMAP_THRESHOLD_": "1000000000"}
"""The ``_heap`` runs: glibc keeps freed memory instead of handing it back to the
system, so neither side pays for faulting it in again. The plain floor loop frees
everything it made at the end of each batch and glibc gives it back; storydiff's
loop holds a little across batches and mostly keeps its heap."""
TARGETS = {
    "vs_datasketch": 12.0,
    "vs_rensa": 5.0,
    "share_of_floor": 0.8,
    "two_cores": 1.7,
    "recall": 0.99,
    "precision": 1.0,
    "peak_10m_gb": 8.0,
}


def _status_kb(field: str) -> int:
    """A memory figure of this process from /proc/self/status, in KB."""
    with Path("/proc/self/status").open() as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _rss_kb() -> int:
    return _status_kb("VmRSS")


def _python_shingles(text: str) -> list[str]:
    words = dedup_corpus._WORD.findall(text.lower())
    return list({" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 4))})


def _pairs_from_queries(results: list[list[int]]) -> set[tuple[int, int]]:
    return {(min(i, j), max(i, j)) for i, found in enumerate(results) for j in found if j != i}


def _load(name: str) -> None:
    """Import what candidate ``name`` runs (and load storydiff's kernels)."""
    if name == "floor":
        import storydiff.dedup.shingles  # noqa: F401
    elif name == "datasketch":
        import datasketch  # noqa: F401
    elif name == "rensa":
        import rensa  # noqa: F401
    else:
        from storydiff.dedup.kernels import warm_up

        warm_up()


def _child(name: str, corpus_path: str, jsonl_path: str, quarter_path: str, out: Any) -> None:
    """Run one candidate; put (seconds, peak KB, baseline KB, pairs or figures)."""
    # The file runs stream their input: they never hold the corpus.
    texts: list[str] = (
        [] if name.startswith("file") else pickle.loads(Path(corpus_path).read_bytes())
    )
    baseline = _rss_kb()
    extra: dict[str, Any] = {"heap_kept": all(os.environ.get(k) == v for k, v in HEAP_KEPT.items())}
    # Imports, and loading storydiff's compiled kernels, happen before the clock: a
    # one-time cost of a process, not work per text. storydiff's is reported as
    # "startup" (importing storydiff.dedup with Numba, and the kernels' first calls).
    loading = time.perf_counter()
    _load(name)
    extra["startup_s"] = time.perf_counter() - loading
    started = time.perf_counter()
    pairs: set[tuple[int, int]] | None = None
    clusters: list[int] | None = None
    if name == "floor":
        from storydiff.config import DEFAULT_DEDUP
        from storydiff.dedup.shingles import text_shingles
        from storydiff.dedup.sketch import batch_cuts

        # The batches storydiff makes of these texts.
        cuts = batch_cuts(map(len, texts), DEFAULT_DEDUP.batch_size, DEFAULT_DEDUP.batch_chars)
        for lo, hi in itertools.pairwise(cuts):
            text_shingles(texts[lo:hi], DEFAULT_DEDUP.shingle_size)
    elif name == "storydiff":
        from storydiff.dedup import dedup_texts

        with dedup_texts(texts) as result:
            seconds = time.perf_counter() - started
            pairs = {(a, b) for a, b in result.linked.tolist()}
            clusters = result.cluster.tolist()
            extra |= {**_index_sizes(result), "steps": result.timings}
    elif name == "datasketch":
        from datasketch import MinHash, MinHashLSH

        lsh = MinHashLSH(threshold=THRESHOLD, num_perm=128)
        sketches = []
        for i, text in enumerate(texts):
            m = MinHash(num_perm=128)
            m.update_batch([s.encode("utf-8") for s in _python_shingles(text)])
            lsh.insert(i, m)
            sketches.append(m)
        pairs = _pairs_from_queries([lsh.query(m) for m in sketches])
    elif name == "rensa":
        from rensa import RMinHash, RMinHashLSH

        rlsh = RMinHashLSH(threshold=THRESHOLD, num_perm=128, num_bands=16)
        rsketches = []
        for i, text in enumerate(texts):
            r = RMinHash(num_perm=128, seed=42)
            r.update(_python_shingles(text))
            rlsh.insert(i, r)
            rsketches.append(r)
        pairs = _pairs_from_queries([rlsh.query(r) for r in rsketches])
    else:
        from storydiff.dedup import dedup_path

        path = Path(quarter_path if name == "file_quarter" else jsonl_path)
        workers = 2 if name == "file_2" else 1
        with dedup_path(path, workers=workers) as result:
            seconds = time.perf_counter() - started
            extra |= {"documents": result.documents, "links": result.links, "steps": result.timings}
            if name == "file_1":
                clusters = result.cluster.tolist()
    if name not in ("storydiff",) and not name.startswith("file"):
        seconds = time.perf_counter() - started
    # The peak of this process's own memory (VmHWM: ru_maxrss would carry the
    # parent's peak over fork and exec).
    peak = _status_kb("VmHWM")
    # Worker processes (file_2): the largest one's ru_maxrss (which starts from this
    # process's peak at the fork), on top of this process's.
    extra["worker_peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out.put(
        (seconds, peak, baseline, sorted(pairs) if pairs is not None else None, clusters, extra)
    )


def _index_sizes(result: Any) -> dict[str, Any]:
    """Bytes per document of what storydiff keeps, in memory and on disk."""
    n = max(1, result.documents)
    folder = Path(result.sketches.parts[0].folder)
    disk = {p.name: p.stat().st_size for p in folder.iterdir()}
    return {
        "memory_bytes_per_doc": result.bands * 8 + 8 + 8,
        "disk_bytes_per_doc": {k: round(v / n, 1) for k, v in sorted(disk.items())},
        "disk_total_bytes_per_doc": round(sum(disk.values()) / n, 1),
    }


def _set_environ(values: dict[str, str | None]) -> None:
    """Set these environment variables (None: unset)."""
    for key, value in values.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def _run(name: str, paths: tuple[str, str, str]) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(name.removesuffix("_heap"), *paths, queue))
    # The child's C allocator reads these when it starts: set for the _heap runs,
    # unset for the others (whatever this shell exports).
    wanted: dict[str, str | None] = (
        dict(HEAP_KEPT) if name.endswith("_heap") else dict.fromkeys(HEAP_KEPT)
    )
    before = {key: os.environ.get(key) for key in wanted}
    try:
        _set_environ(wanted)
        proc.start()
    finally:
        _set_environ(before)
    seconds, peak, baseline, pairs, clusters, extra = queue.get()
    proc.join()
    return {
        "seconds": seconds,
        "peak_mb": peak / 1024,
        "above_start_mb": (peak - baseline) / 1024,
        "pairs": pairs,
        "clusters": clusters,
        **extra,
    }


def _quality(
    corpus: dedup_corpus.Corpus,
    pairs: list[list[int]] | None,
    clusters: list[int] | None,
) -> dict[str, Any]:
    positives = [p for p in corpus.planted if p.jaccard >= THRESHOLD]
    low = [p for p in positives if p.jaccard < 0.85]
    negatives = [p for p in corpus.planted if p.jaccard < THRESHOLD]
    found_pairs = {(a, b) for a, b in pairs} if pairs is not None else set()

    def linked(p: dedup_corpus.Planted) -> bool:
        if clusters is not None:
            return clusters[p.original] == clusters[p.copy]
        return (min(p.original, p.copy), max(p.original, p.copy)) in found_pairs

    good = sum(
        dedup_corpus.reference_jaccard(corpus.texts[a], corpus.texts[b]) >= THRESHOLD
        for a, b in found_pairs
    )
    links: dict[str, Any] = {"pairs": None, "precision": None}  # no pairs: clusters only
    if pairs is not None:
        links = {
            "pairs": len(found_pairs),
            "precision": benchlib.share(good, len(found_pairs)) if found_pairs else 1.0,
        }
    return {
        "positives": len(positives),
        "recall": benchlib.share(sum(map(linked, positives)), len(positives)),
        "positives_080_085": len(low),
        "recall_080_085": benchlib.share(sum(map(linked, low)), len(low)),
        "negatives": len(negatives),
        "negatives_linked": sum(map(linked, negatives)),
        **links,
    }


def _write_jsonl(texts: list[str], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i, text in enumerate(texts):
            f.write(json.dumps({"id": i, "text": text}) + "\n")


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
    results: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": benchlib.machine(
            numpy=version("numpy"), datasketch=version("datasketch"), rensa=version("rensa")
        ),
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
        corpus_path = Path(tmp) / "corpus.pickle"
        corpus_path.write_bytes(pickle.dumps(corpus.texts))
        jsonl = Path(tmp) / "corpus.jsonl"
        quarter = Path(tmp) / "quarter.jsonl"
        _write_jsonl(corpus.texts, jsonl)
        if "file_quarter" in only:
            _write_jsonl(dedup_corpus.generate(max(1, docs // 4)).texts, quarter)
        # The floor and storydiff run in turn, ``repeats`` times, and each keeps its
        # median run: their ratio is a target, and one run of each moves it by
        # 0.05 either way on this machine. The rest run once.
        turns = [name for name in TURNS if name in only]
        plan = [*turns * repeats, *(name for name in only if name not in turns)]
        seen: dict[str, list[dict[str, Any]]] = {}
        with benchlib.progress(console) as bar:
            task = bar.add_task("candidates", total=len(plan))
            for name in plan:
                bar.update(task, description=name)
                seen.setdefault(name, []).append(
                    _run(name, (str(corpus_path), str(jsonl), str(quarter)))
                )
                bar.advance(task)
        runs: dict[str, Any] = {}
        for name in only:  # in the order asked
            tries = sorted(seen[name], key=lambda run: run["seconds"])
            runs[name] = tries[len(tries) // 2]
            if len(tries) > 1:
                runs[name]["all_seconds"] = [round(run["seconds"], 3) for run in seen[name]]
    n = len(corpus.texts)
    for name, run in runs.items():
        count = max(1, docs // 4) if name == "file_quarter" else n
        run["docs_per_s"] = count / run["seconds"] if run["seconds"] else 0.0
    for name in ("storydiff", "datasketch", "rensa", "file_1"):
        if name in runs:
            runs[name]["quality"] = _quality(corpus, runs[name]["pairs"], runs[name]["clusters"])
    if "storydiff" in runs and "file_1" in runs:
        same = runs["storydiff"]["clusters"] == runs["file_1"]["clusters"]
        results["file_and_memory_agree"] = same
    for run in runs.values():
        run.pop("pairs")
        run.pop("clusters")
    results["runs"] = runs
    _derive(results)
    return results


def _derive(results: dict[str, Any]) -> None:
    runs = results["runs"]
    rate = {name: run["docs_per_s"] for name, run in runs.items()}
    figures: dict[str, float] = {}
    if {"file_1", "file_quarter"} <= runs.keys():
        full, quarter = runs["file_1"], runs["file_quarter"]
        n = results["corpus"]["texts"]
        per_doc_kb = (full["peak_mb"] - quarter["peak_mb"]) * 1024 / max(1, n - max(1, n // 4))
        fixed_mb = full["peak_mb"] - per_doc_kb * n / 1024
        results["memory_fit"] = {"fixed_mb": fixed_mb, "kb_per_doc": per_doc_kb}
        figures["peak_10m_gb"] = (fixed_mb + per_doc_kb * 10_000_000 / 1024) / 1024
    for key, (a, b) in {
        "vs_datasketch": ("storydiff", "datasketch"),
        "vs_rensa": ("storydiff", "rensa"),
        "share_of_floor": ("storydiff", "floor"),
        "two_cores": ("file_2", "file_1"),
    }.items():
        if a in rate and b in rate:
            figures[key] = rate[a] / rate[b]
    if {"storydiff_heap", "floor_heap"} <= runs.keys():  # not a target: the heap kept
        results["share_of_floor_heap"] = rate["storydiff_heap"] / rate["floor_heap"]
    if {"storydiff", "floor"} <= runs.keys():  # not a target: with the one-time loading
        cold = {
            n: runs[n]["seconds"] + runs[n].get("startup_s", 0.0) for n in ("storydiff", "floor")
        }
        results["share_of_floor_with_startup"] = cold["floor"] / cold["storydiff"]
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


def report(results: dict[str, Any], console: Console) -> None:
    runs = results["runs"]
    table = Table(title=f"dedup on {results['docs']:,} generated texts")
    for column in ("candidate", "docs/s", "seconds", "startup s", "peak MB", "above start MB",
                   "recall", "recall 0.80–0.85", "pairs", "precision"):  # fmt: skip
        table.add_column(column, justify="left" if column == "candidate" else "right")
    for name, run in runs.items():
        q = run.get("quality")
        table.add_row(
            name,
            f"{run['docs_per_s']:,.0f}",
            f"{run['seconds']:.2f}",
            f"{run.get('startup_s', 0.0):.2f}",
            f"{run['peak_mb']:,.0f}",
            f"{run['above_start_mb']:,.0f}",
            f"{q['recall']:.4f}" if q else "",
            f"{q['recall_080_085']:.4f}" if q else "",
            f"{q['pairs']:,}" if q and q["pairs"] is not None else "",
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
    if "share_of_floor_with_startup" in results:
        console.print(
            "storydiff / floor with each one's startup (imports, kernels) counted:"
            f" {results['share_of_floor_with_startup']:.3f}"
        )
    if "share_of_floor_heap" in results:
        console.print(
            "storydiff / floor with glibc keeping freed memory in both (the _heap runs):"
            f" {results['share_of_floor_heap']:.3f}"
        )
    if "storydiff" in runs:
        console.print(f"index: {json.dumps(runs['storydiff'].get('disk_bytes_per_doc'))}")
    console.print(f"memory fit: {results.get('memory_fit')}; file and memory runs agree: "
                  f"{results.get('file_and_memory_agree')}")  # fmt: skip
    console.print(f"command: {results['command']}")
    console.print(benchlib.machine_line(results, {"numpy": "NumPy", "datasketch": "datasketch",
                                                  "rensa": "rensa"}))  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--docs", type=int, default=100_000, help="corpus size")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--work-dir", type=Path, help="temporary files here")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--repeats", type=int, default=3, help="runs of the floor and storydiff (medians)"
    )
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
