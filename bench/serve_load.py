"""``storydiff serve`` under load: warm page latency and 50 concurrent clients.

The server runs as ``storydiff serve`` in a process of its own on 127.0.0.1, with its
defaults (rate limit included), on a store built beforehand: the 1,000,000-text store
of ``bench/ingest_scale.py``, kept outside the repo (about 4 GB with its JSONL, and
2 GB more of search index, which the first ``serve`` builds in about 8 minutes).
``ingest_scale.py --sizes 1000000 --out /work/bench-data`` leaves it there as
``scale.db``; the figures in ``docs/serve.md`` were taken on the same store made by
its ``write_corpus`` and ``ingest`` alone (no bare-insert baseline), named
``scale-1m.db``:

    .venv/bin/python bench/serve_load.py --db /work/bench-data/scale-1m.db

The pages: list pages at depths spread over the whole store (by keyset cursor, as
a user paging far down would reach them), story pages and comparison pages (the
first version against the last) of stories with several versions, spread over the
store too; and, for the record, text searches (a word of one of those stories) and
lists of one day (the day one of them was last seen). Each page is opened once
first (the cold open works facts out and caches them); then

- **warm**: each page again, one at a time, ``--repeats`` times: p50 and p95 per kind;
- **load**: ``--clients`` clients (asyncio, one connection each) ask for random
  pages of the mix for ``--seconds``: answers a second, p50 and p95, and every
  error (any status but 200, any failed connection).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx
from rich.table import Table

import benchlib
from storydiff.store.rows import unpack

ROOT = Path(__file__).resolve().parents[1]


def _pick(db: Path, pages: int, stories: int, seed: int) -> dict[str, list[str]]:
    """Addresses of each kind, spread over the store (read once, directly)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    total = con.execute("SELECT count(*) FROM stories").fetchone()[0]
    rng = random.Random(seed)
    order = "ORDER BY coalesce(s.last_seen, '') DESC, s.size DESC, s.id"
    lists = ["/"]
    for depth in sorted(rng.sample(range(1, total), min(pages - 1, total - 1))):
        row = con.execute(
            f"SELECT coalesce(s.last_seen, ''), s.size, s.id FROM stories s {order}"
            " LIMIT 1 OFFSET ?",
            (depth,),
        ).fetchone()
        lists.append(f"/?after={row[0]}~{row[1]}~{row[2]}")
    several = con.execute(
        "SELECT s.id, d.id FROM stories s JOIN documents d ON d.number = s.id"
        " WHERE s.size BETWEEN 2 AND 5"
    ).fetchall()
    chosen = rng.sample(several, min(stories, len(several)))
    story_pages, compare_pages = [], []
    for number, key in chosen:
        docs = [
            r[0]
            for r in con.execute(
                "SELECT d.id FROM members m JOIN documents d ON d.number = m.document"
                " WHERE m.story = ? ORDER BY d.number",
                (number,),
            )
        ]
        story_pages.append(f"/stories/{key}")
        compare_pages.append(f"/stories/{key}/compare?old={docs[0]}&new={docs[-1]}")
    searches, days = [], []
    for number, _ in chosen[: max(1, len(chosen) // 2)]:
        text = unpack(
            con.execute("SELECT text FROM documents WHERE number = ?", (number,)).fetchone()[0]
        )
        words = [w.strip(".,") for w in text.split() if len(w.strip(".,")) >= 6]
        searches.append(f"/?q={rng.choice(words)}" if words else "/?q=the")
        when = con.execute("SELECT last_seen FROM stories WHERE id = ?", (number,)).fetchone()[0]
        if when:
            days.append(f"/?since={when[:10]}&until={when[:10]}")
    con.close()
    return {"list": lists, "story": story_pages, "compare": compare_pages,
            "search": searches, "day": days}  # fmt: skip


def _start(db: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    """``storydiff serve`` in a process of its own, its log in ``log``."""
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "storydiff", "serve", "--db", str(db), "--port", str(port)],
            stdout=fh,
            stderr=fh,
        )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/static/app.css", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit(
        f"the server did not start: {proc.stderr.read().decode() if proc.stderr else ''}"
    )


def _q(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]


def _warm(base: str, urls: dict[str, list[str]], repeats: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with httpx.Client(base_url=base, timeout=600) as c:
        cold: dict[str, list[float]] = {}
        for kind, paths in urls.items():  # the first open: facts worked out, cached
            for p in paths:
                t0 = time.perf_counter()
                r = c.get(p)
                cold.setdefault(kind, []).append((time.perf_counter() - t0) * 1e3)
                assert r.status_code == 200, (p, r.status_code, r.text[:200])
        for kind, paths in urls.items():
            lat = []
            for _ in range(repeats):
                for p in paths:
                    t0 = time.perf_counter()
                    r = c.get(p)
                    lat.append((time.perf_counter() - t0) * 1e3)
                    assert r.status_code == 200, (p, r.status_code)
            out[kind] = {
                "pages": len(paths), "cold_p50_ms": statistics.median(cold[kind]),
                "p50_ms": statistics.median(lat), "p95_ms": _q(lat, 95), "requests": len(lat),
            }  # fmt: skip
    return out


async def _load(base: str, urls: list[str], clients: int, seconds: float) -> dict[str, Any]:
    lat: list[float] = []
    errors: dict[str, int] = {}
    stop = time.monotonic() + seconds

    async def client(n: int) -> None:
        rng = random.Random(n)
        limits = httpx.Limits(max_connections=1)
        async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as c:
            while time.monotonic() < stop:
                t0 = time.perf_counter()
                try:
                    r = await c.get(rng.choice(urls))
                    if r.status_code != 200:
                        errors[str(r.status_code)] = errors.get(str(r.status_code), 0) + 1
                except httpx.HTTPError as exc:
                    errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
                lat.append((time.perf_counter() - t0) * 1e3)

    t0 = time.monotonic()
    await asyncio.gather(*(client(n) for n in range(clients)))
    took = time.monotonic() - t0
    return {
        "clients": clients, "seconds": round(took, 1), "requests": len(lat),
        "per_second": len(lat) / took, "p50_ms": statistics.median(lat), "p95_ms": _q(lat, 95),
        "errors": errors,
    }  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/work/bench-data/scale-1m.db"))
    parser.add_argument("--port", type=int, default=8077)
    parser.add_argument("--pages", type=int, default=20, help="list pages at spread depths")
    parser.add_argument("--stories", type=int, default=20, help="stories (and comparisons)")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args(argv)
    console = benchlib.output_console()
    urls = _pick(args.db, args.pages, args.stories, args.seed)
    console.print(f"serving {args.db} on 127.0.0.1:{args.port} ...")
    args.out.mkdir(parents=True, exist_ok=True)
    server = _start(args.db, args.port, args.out / "serve_load.log")
    base = f"http://127.0.0.1:{args.port}"
    try:
        warm = _warm(base, urls, args.repeats)
        mix = [u for paths in urls.values() for u in paths]
        load = asyncio.run(_load(base, mix, args.clients, args.seconds))
    finally:
        server.terminate()
        server.wait(timeout=30)
    table = Table(title=f"storydiff serve, {args.db.name} (ms)")
    for col in ("page", "pages", "cold p50", "warm p50", "warm p95", "requests"):
        table.add_column(col, justify="right")
    for kind, w in warm.items():
        table.add_row(kind, str(w["pages"]), f"{w['cold_p50_ms']:.0f}", f"{w['p50_ms']:.1f}",
                      f"{w['p95_ms']:.1f}", str(w["requests"]))  # fmt: skip
    console.print(table)
    console.print(
        f"load: {load['clients']} clients, {load['seconds']} s: {load['requests']:,} requests, "
        f"{load['per_second']:.0f}/s, p50 {load['p50_ms']:.1f} ms, p95 {load['p95_ms']:.1f} ms, "
        f"errors {load['errors'] or 'none'}"
    )
    result = {"db": str(args.db), "warm": warm, "load": load, "machine": benchlib.machine()}
    (args.out / "serve_load.json").write_text(json.dumps(result, indent=2) + "\n")
    console.print(json.dumps({k: v for k, v in result.items() if k != "machine"}))
    return 0 if not load["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
