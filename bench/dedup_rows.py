"""The rows of bench/dedup_speed.py and how each is run: every row in a fresh process
(``run_row``) that loads its input and imports, then times its work on the clock and
on CPU time and records its peak memory; and the quality of what a row found
(``quality``: recall and precision against the planted pairs)."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

import benchlib
import dedup_corpus
import dedup_peers

THRESHOLD = dedup_peers.THRESHOLD
PEERS = {
    "rensa_matrix": "tokenize",
    "rensa_pairs": "tokenize_python",
    "datasketch": "tokenize",
    "datatrove": "tokenize",
}
"""Each peer, and the tokenizer whose output it starts from."""
SAMPLE = 1_000
"""``tokenize_datatrove`` runs on this many texts (then scaled to the corpus)."""
HEAP_KEPT = {"MALLOC_TRIM_THRESHOLD_": "1000000000", "MALLOC_MMAP_THRESHOLD_": "1000000000"}
"""The ``_heap`` runs: glibc keeps freed memory instead of handing it back to the
system, so neither side pays for faulting it in again (the plain tokenizer loop frees
its batch's arrays and glibc returns them; storydiff's loop mostly keeps its heap)."""


def _status_kb(field: str) -> int:
    """A memory figure of this process from /proc/self/status, in KB."""
    with Path("/proc/self/status").open() as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _rss_kb() -> int:
    return _status_kb("VmRSS")


def _load(name: str) -> None:
    """Import what row ``name`` runs (and load storydiff's kernels)."""
    if name in ("storydiff", "file_1", "file_2", "file_quarter"):
        from storydiff.dedup.warm import warm_up

        warm_up()
    elif name == "tokenize":  # and whatever it compiles or loads on its first call
        list(dedup_peers.tokenize_batches(["one two three four five six"]))
    elif name.startswith("rensa"):
        import rensa  # noqa: F401
    elif name == "datasketch":
        import datasketch  # noqa: F401
    elif name in ("datatrove", "tokenize_datatrove"):
        dedup_peers.load_datatrove()


def _input(name: str, paths: dict[str, str]) -> Any:
    """What row ``name`` starts from, loaded before its clock."""
    if name.startswith("file"):
        return None  # the file runs stream their input: they never hold the corpus
    if name in PEERS and PEERS[name] == "tokenize":
        return dedup_peers.Shared.load(Path(paths["shared"]))
    texts: list[str] = pickle.loads(Path(paths["corpus"]).read_bytes())
    if name == "rensa_pairs":
        return [dedup_peers.python_shingles(t) for t in texts]
    if name == "tokenize_datatrove":
        return texts[:SAMPLE]
    return texts


def _work(name: str, given: Any, paths: dict[str, str], extra: dict[str, Any]) -> Any:
    """Run row ``name`` on ``given``: its figures go to ``extra``; returns what it found
    (``dedup_peers.Found``), or None."""
    if name == "tokenize":  # as storydiff's loop does: each batch's hashes let go
        for _ in dedup_peers.tokenize_batches(given):
            pass
    elif name == "tokenize_python":
        for text in given:
            dedup_peers.python_shingles(text)
    elif name == "tokenize_datatrove":
        dedup_peers.datatrove_shingles(given)
    elif name == "storydiff":
        from storydiff.dedup import dedup_texts

        with dedup_texts(given) as result:
            found = dedup_peers.Found(
                pairs={(a, b) for a, b in result.linked.tolist()},
                clusters=result.cluster.tolist(),
            )
            extra |= {**_index_sizes(result), "steps": result.timings}
        return found
    elif name == "rensa_matrix":
        return dedup_peers.rensa_matrix(given)
    elif name == "rensa_pairs":
        return dedup_peers.rensa_pairs(given)
    elif name == "datasketch":
        return dedup_peers.datasketch(given)
    elif name == "datatrove":
        with tempfile.TemporaryDirectory(dir=paths["work"]) as work:
            return dedup_peers.datatrove(given, Path(work))
    else:
        from storydiff.dedup import dedup_path

        path = Path(paths["quarter" if name == "file_quarter" else "jsonl"])
        with dedup_path(path, workers=2 if name == "file_2" else 1) as result:
            extra |= {"documents": result.documents, "links": result.links, "steps": result.timings}
            if name == "file_1":
                return dedup_peers.Found(clusters=result.cluster.tolist())
    return None


def _child(name: str, paths: dict[str, str], out: Any) -> None:
    """Run one row; put (seconds, peak KB, baseline KB, what it found, extra)."""
    if name != "file_2":  # one core for every row but the two-worker one
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    given = _input(name, paths)
    baseline = _rss_kb()
    extra: dict[str, Any] = {"heap_kept": all(os.environ.get(k) == v for k, v in HEAP_KEPT.items())}
    loading = time.perf_counter()
    _load(name)
    extra["startup_s"] = time.perf_counter() - loading
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_started = time.process_time() + children.ru_utime + children.ru_stime
    started = time.perf_counter()
    found = _work(name, given, paths, extra)
    seconds = time.perf_counter() - started
    # CPU time too (this process's threads and its finished children: file_2's
    # workers, datatrove's tasks), which other programs on the machine do not add to.
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    extra["cpu_s"] = time.process_time() + children.ru_utime + children.ru_stime - cpu_started
    # The peak of this process's own memory (VmHWM: ru_maxrss would carry the
    # parent's peak over fork and exec).
    peak = _status_kb("VmHWM")
    # Worker processes (file_2): the largest one's ru_maxrss (which starts from this
    # process's peak at the fork), on top of this process's.
    extra["worker_peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if found is not None:
        found = (
            sorted(found.pairs) if found.pairs is not None else None,
            found.clusters,
            found.flags,
        )
    out.put((seconds, peak, baseline, found, extra))


def _index_sizes(result: Any) -> dict[str, Any]:
    """Bytes per document of what storydiff keeps: the sketches (in memory for
    ``dedup_texts``, in files for ``dedup_path``)."""
    n = max(1, result.documents)
    part = result.sketches.parts[0]
    if part.memory is not None:
        held = {k: v.nbytes for k, v in part.memory.items() if hasattr(v, "nbytes")}
    else:
        held = {p.name: p.stat().st_size for p in Path(part.folder).iterdir()}
    return {
        "sketch_bytes_per_doc": {k: round(v / n, 1) for k, v in sorted(held.items())},
        "sketch_total_bytes_per_doc": round(sum(held.values()) / n, 1),
    }


def _set_environ(values: dict[str, str | None]) -> None:
    """Set these environment variables (None: unset)."""
    for key, value in values.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def run_row(name: str, paths: dict[str, str]) -> dict[str, Any]:
    """Run row ``name`` once in a fresh process; its figures and what it found."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(name.removesuffix("_heap"), paths, queue))
    # The child's C allocator reads these when it starts: set for the _heap runs,
    # unset for the others (whatever this shell exports). Rayon (rensa) gets one
    # thread, as the process gets one CPU.
    wanted: dict[str, str | None] = (
        dict(HEAP_KEPT) if name.endswith("_heap") else dict.fromkeys(HEAP_KEPT)
    )
    wanted["RAYON_NUM_THREADS"] = "1"
    before = {key: os.environ.get(key) for key in wanted}
    try:
        _set_environ(wanted)
        proc.start()
    finally:
        _set_environ(before)
    seconds, peak, baseline, found, extra = queue.get()
    proc.join()
    return {
        "seconds": seconds,
        "peak_mb": peak / 1024,
        "above_start_mb": (peak - baseline) / 1024,
        "found": found,
        **extra,
    }


def quality(corpus: dedup_corpus.Corpus, found: tuple[Any, Any, Any]) -> dict[str, Any]:
    """Recall and precision of what a row ``found``, against the planted pairs."""
    pairs, clusters, flags = found
    positives = [p for p in corpus.planted if p.jaccard >= THRESHOLD]
    low = [p for p in positives if p.jaccard < 0.85]
    negatives = [p for p in corpus.planted if p.jaccard < THRESHOLD]
    found_pairs = {(a, b) for a, b in pairs} if pairs is not None else set()

    def linked(p: dedup_corpus.Planted) -> bool:
        if clusters is not None:
            return bool(clusters[p.original] == clusters[p.copy])
        if flags is not None:
            return bool(flags[p.copy])
        return (min(p.original, p.copy), max(p.original, p.copy)) in found_pairs

    links: dict[str, Any] = {"pairs": None, "precision": None}  # clusters or flags only
    if pairs is not None:
        good = sum(
            dedup_corpus.reference_jaccard(corpus.texts[a], corpus.texts[b]) >= THRESHOLD
            for a, b in found_pairs
        )
        links = {
            "pairs": len(found_pairs),
            "precision": benchlib.share(good, len(found_pairs)) if found_pairs else 1.0,
        }
    return {
        "output": "pairs" if pairs is not None else "clusters" if clusters is not None else "flags",
        "positives": len(positives),
        "recall": benchlib.share(sum(map(linked, positives)), len(positives)),
        "positives_080_085": len(low),
        "recall_080_085": benchlib.share(sum(map(linked, low)), len(low)),
        "negatives": len(negatives),
        "negatives_linked": sum(map(linked, negatives)),
        **links,
    }
