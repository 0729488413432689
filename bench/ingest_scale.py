"""Ingest at corpus scale: storydiff against a bare SQLite insert, growth, size,
``similar`` latency and paging.

The corpus is generated (fictional, seeded): a news stream of ~3 KB articles whose
words are drawn from a Zipf-distributed vocabulary of made-up words, so unrelated
articles share little beyond common words. Stories have 1-5 versions (sentences
rewritten, added, dropped, a paragraph moved) and some have copies by other
outlets with their own footer; a story's texts arrive within a few thousand
texts of each other, as a day's rewrites do in a feed.

In one run, for each size (``--sizes``, default 10,000 and 100,000; sizes up to
100,000 run ``--repeats`` times, 3 by default, bare insert and ingest in turn, and
each keeps its median):

- **raw insert**: read the JSONL, parse each line, hash its text (SHA-256), insert
  (id, text) into a fresh SQLite table in transactions of 2,000: the floor;
- **storydiff ingest**: ``Corpus.ingest`` on the same file into a fresh store:
  parsing, compression, fingerprinting, the index, linking, stories;

then the ratio of their speeds, storydiff's time per text against the smallest
size (growth; the compiled kernels are loaded before any timing: a fixed ~1 s a
process that would otherwise count as per-text time at the smallest size), the
store's size on disk against the raw text, ``Corpus.similar`` latency (warm: median
and 95th percentile over edited copies of stored texts) and
the time to read a page of ``stories`` far into the store.

    .venv/bin/python bench/ingest_scale.py --sizes 10000 1000000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from rich.table import Table

import benchlib
from storydiff.corpus.corpus import Corpus
from storydiff.detect import kernels
from storydiff.document import Document

OUT = Path(__file__).parent / "out"
START = datetime(2026, 1, 1, tzinfo=UTC)
VOCAB = 60_000
WINDOW = 3_000
"""A story's texts arrive within this many texts of each other."""


def _vocabulary(rng: np.random.Generator) -> np.ndarray:
    letters = np.array(list("etaoinshrdlcumwfgypbvkjxqz"))
    weights = np.linspace(2.0, 0.2, len(letters))
    weights /= weights.sum()
    words: set[str] = set()
    while len(words) < VOCAB:
        n = int(rng.integers(2, 11))
        words.add("".join(rng.choice(letters, n, p=weights)))
    return np.array(sorted(words))


class Stream:
    """The generated texts, in arrival order, with their story."""

    def __init__(self, size: int, seed: int = 1) -> None:
        self.rng = np.random.default_rng(seed)
        self.vocab = _vocabulary(self.rng)
        ranks = np.arange(1, VOCAB + 1)
        self.p = 1.0 / ranks**1.05
        self.p /= self.p.sum()
        self.cdf = np.cumsum(self.p)
        self.cdf[-1] = 1.0
        self.size = size

    def _sentence(self) -> list[str]:
        n = int(self.rng.integers(12, 26))
        words = list(self.vocab[np.searchsorted(self.cdf, self.rng.random(n))])
        words[0] = words[0].capitalize()
        return words

    def _article(self) -> list[list[str]]:
        return [self._sentence() for _ in range(int(self.rng.integers(22, 30)))]

    def _version(self, art: list[list[str]]) -> list[list[str]]:
        new = [list(s) for s in art]
        for _ in range(int(self.rng.integers(1, 5))):  # sentences rewritten
            i = int(self.rng.integers(len(new)))
            s = new[i]
            for _ in range(int(self.rng.integers(1, 4))):
                s[int(self.rng.integers(len(s)))] = str(self.vocab[self.rng.integers(VOCAB)])
        for _ in range(int(self.rng.integers(0, 3))):  # dropped
            if len(new) > 10:
                new.pop(int(self.rng.integers(len(new))))
        at = int(self.rng.integers(len(new)))
        new[at:at] = [self._sentence() for _ in range(int(self.rng.integers(1, 4)))]
        if self.rng.random() < 0.3:  # a paragraph moved
            i = int(self.rng.integers(len(new) - 3))
            block = new[i : i + 3]
            del new[i : i + 3]
            j = int(self.rng.integers(len(new)))
            new[j:j] = block
        return new[:32]

    @staticmethod
    def _render(art: list[list[str]], footer: str = "") -> str:
        paras = [" ".join(" ".join(s) + "." for s in art[i : i + 3]) for i in range(0, len(art), 3)]
        return "\n\n".join(paras) + footer

    def texts(self) -> list[tuple[int, float, str]]:
        """(story, arrival slot, text) for ``size`` texts, in arrival order."""
        slots: list[tuple[float, int, str]] = []
        story = 0
        while len(slots) < self.size:
            start = float(self.rng.uniform(0, self.size))
            art = self._article()
            versions = [art]
            for _ in range(int(self.rng.choice([0, 0, 1, 1, 2, 3, 4]))):
                versions.append(self._version(versions[-1]))
            for k, v in enumerate(versions):
                slots.append((start + k * WINDOW / 5 * self.rng.random(), story, self._render(v)))
            if self.rng.random() < 0.3:
                for c in range(int(self.rng.integers(1, 3))):
                    footer = f"\n\nCopyright 2026 Outlet {c} {story % 97}. All rights reserved."
                    src = versions[int(self.rng.integers(len(versions)))]
                    at = start + WINDOW * self.rng.random()
                    slots.append((at, story, self._render(src, footer)))
            story += 1
        slots.sort(key=lambda s: s[0])
        return [(st, at, text) for at, st, text in slots[: self.size]]


def write_corpus(size: int, seed: int, path: Path) -> int:
    """Write the stream as JSONL; returns the raw text bytes."""
    total = 0
    with path.open("w", encoding="utf-8") as fh:
        for n, (story, at, text) in enumerate(Stream(size, seed).texts()):
            total += len(text.encode("utf-8"))
            when = START + timedelta(seconds=at * 8.64)  # 10,000 texts a day
            line = {"text": text, "url": f"https://news.example/{story}/{n}",
                    "published": when.isoformat(timespec="seconds")}  # fmt: skip
            fh.write(json.dumps(line) + "\n")
    return total


def raw_insert(src: Path, db: Path) -> float:
    """Seconds to read, parse, hash and insert every line: the floor."""
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        p.unlink(missing_ok=True)
    start = time.perf_counter()
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    con.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, text TEXT) WITHOUT ROWID")
    rows: list[tuple[str, str]] = []

    def flush() -> None:
        con.execute("BEGIN")
        con.executemany("INSERT OR IGNORE INTO documents VALUES (?, ?)", rows)
        con.execute("COMMIT")
        rows.clear()

    with src.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            rows.append((hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], text))
            if len(rows) >= 2000:
                flush()
    flush()
    con.close()
    return time.perf_counter() - start


def store_bytes(db: Path) -> int:
    files = [db, Path(f"{db}-wal"), Path(f"{db}-shm")]
    index = Path(f"{db}.index")
    files += list(index.iterdir()) if index.exists() else []
    return sum(p.stat().st_size for p in files if p.exists())


def ingest(src: Path, db: Path) -> tuple[float, Corpus]:
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        p.unlink(missing_ok=True)
    shutil.rmtree(Path(f"{db}.index"), ignore_errors=True)
    start = time.perf_counter()
    corpus = Corpus(db)
    corpus.ingest([str(src)])
    return time.perf_counter() - start, corpus


def probes(src: Path, count: int, seed: int) -> list[str]:
    """Edited copies of stored texts: a sentence dropped, words changed."""
    rng = np.random.default_rng(seed)
    with src.open(encoding="utf-8") as fh:
        total = sum(1 for _ in fh)
    chosen = set(rng.choice(total, count, replace=False).tolist())
    texts = []
    with src.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n in chosen:
                texts.append(json.loads(line)["text"])
    out = []
    for text in texts:
        paras = text.split("\n\n")
        paras.pop(int(rng.integers(len(paras))))
        out.append("\n\n".join(paras).replace(" the ", " a ", 2) + "\n\nA new closing line.")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--probes", type=int, default=50)
    parser.add_argument(
        "--repeats", type=int, default=3, help="runs of each size up to 100,000 (medians)"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    console = benchlib.output_console()
    table = Table(title="ingest at scale (per text: microseconds)")
    for col in ("texts", "raw insert", "storydiff", "speed ratio", "growth", "store / raw",
                "similar p50 ms", "p95 ms", "page ms", "stories"):  # fmt: skip
        table.add_column(col, justify="right")
    base: float | None = None
    results = []
    for size in args.sizes:
        src = args.out / f"scale3-{size}-{args.seed}.jsonl"
        if not src.exists():
            console.print(f"writing {size:,} texts to {src} ...")
        raw_text = write_corpus(size, args.seed, src) if not src.exists() else 0
        if not raw_text:
            with src.open(encoding="utf-8") as fh:
                raw_text = sum(len(json.loads(ln)["text"].encode("utf-8")) for ln in fh)
        if base is None:  # load the compiled kernels first (once a process: ~1 s)
            kernels.warm_up()
        # Small sizes take seconds, and a second of noise is a large share of them:
        # bare insert and ingest run in turn, several times, and each keeps its median.
        repeats = args.repeats if size <= 100_000 else 1
        raws, tooks = [], []
        for turn in range(repeats):
            console.print(f"{size:,} texts: bare insert ({turn + 1} of {repeats}) ...")
            raws.append(raw_insert(src, args.out / "raw.db"))
            console.print(f"{size:,} texts: storydiff ingest ({turn + 1} of {repeats}) ...")
            took, corpus = ingest(src, args.out / "scale.db")
            tooks.append(took)
            if turn < repeats - 1:
                corpus.close()
        raw, took = statistics.median(raws), statistics.median(tooks)
        console.print(f"{size:,} texts: similar and stories ...")
        per_raw, per_ours = raw / size * 1e6, took / size * 1e6
        base = base or per_ours
        size_ratio = store_bytes(args.out / "scale.db") / raw_text
        lat = []
        for text in probes(src, args.probes, args.seed):
            t0 = time.perf_counter()
            corpus.similar(Document(text=text))
            lat.append((time.perf_counter() - t0) * 1e3)
        lat = lat[3:]  # the first calls warm the caches
        count = corpus.story_count()
        t0 = time.perf_counter()
        corpus.stories(20, count // 2)
        page = (time.perf_counter() - t0) * 1e3
        corpus.close()
        row = {
            "texts": size, "raw_us": per_raw, "ours_us": per_ours, "ratio": per_raw / per_ours,
            "growth": per_ours / base, "size_ratio": size_ratio,
            "similar_p50_ms": statistics.median(lat),
            "similar_p95_ms": statistics.quantiles(lat, n=20)[-1], "page_ms": page,
            "stories": count,
        }  # fmt: skip
        results.append(row)
        table.add_row(
            f"{size:,}", f"{per_raw:.1f}", f"{per_ours:.1f}", f"{row['ratio']:.2f}",
            f"{row['growth']:.2f}", f"{size_ratio:.2f}", f"{row['similar_p50_ms']:.1f}",
            f"{row['similar_p95_ms']:.1f}", f"{page:.1f}", f"{count:,}",
        )  # fmt: skip
        console.print(json.dumps(row))
    console.print(table)
    (args.out / "ingest_scale.json").write_text(json.dumps(results, indent=2) + "\n")
    stamp = {"date": time.strftime("%Y-%m-%d"), "machine": benchlib.machine()}
    console.print(benchlib.machine_line(stamp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
