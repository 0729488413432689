"""Soak: ``storydiff watch`` on N pages of a local site for a simulated week.

A site on 127.0.0.1 (the tests' ``tests.localsite``) serves N article pages
(fictional, generated) listed in a feed; a seventh of the pages change a count in
their text each day (for a day, then back: a change and a flip-flop) and every page
answers 304 to its ETag otherwise. The
watcher runs on a simulated clock (a week in minutes), with the default schedule,
rate 1 s per host, no facts. Reported: requests sent, 304s, events, memory (RSS) at
the start, after two days (warm: the first changes compared) and at the end, CPU
per check.

    .venv/bin/python bench/watch_soak.py --pages 500 --days 7
"""

from __future__ import annotations

import argparse
import hashlib
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from storydiff.config import DEFAULT_INPUT, WatchConfig
from storydiff.corpus.corpus import Corpus
from storydiff.watch.clock import SimClock
from storydiff.watch.runner import Watcher
from storydiff.watch.watchlist import WatchEntry

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.localsite: the test site
from tests.localsite import Asked, Reply, running

DAY = 86400.0
SYLLABLES = "ka lo mi ne ru sa te vo di fa gu he ji ko lu ma no pi ri so tu ve wa yo ze".split()


def rss_mb() -> float:
    """This process's resident memory, in MB."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * resource.getpagesize() / 2**20


def _words(n: int, k: int) -> list[str]:
    """``k`` words of article ``n``'s own (made-up syllables, seeded by ``n``): pages
    share no 5-word run, as different stories do, so each is a story of its own."""
    rng = random.Random(n)
    return ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))) for _ in range(k)]


def page(n: int, day: int) -> str:
    """Article ``n`` as it reads on ``day`` (its count changes on the days it moves)."""
    w = _words(n, 36)
    paras = [
        " ".join(w[:12]) + ".",
        f"{' '.join(w[12:18])} {n % 97 + 10 + day} {' '.join(w[18:24])}.",
        " ".join(w[24:]) + ".",
    ]
    body = "".join(f"<p>{p.capitalize()}</p>" for p in paras)
    head = f"<head><title>Soak story {n}</title></head>"
    return f"<html>{head}<body><article>{body}</article></body></html>"


def site(pages: int, clock: SimClock, start: float, counts: list[int]) -> Callable[[Asked], Reply]:
    """The soak site's answers on ``clock``'s day; ``counts``: requests, 304s."""

    def answer(asked: Asked) -> Reply:
        counts[0] += 1
        base = f"http://{asked.headers['Host']}"
        day = int((clock.now() - start) // DAY)
        if asked.path == "/feed.xml":
            items = "".join(
                f"<item><link>{base}/a/{n}</link><title>Story {n}</title></item>"
                for n in range(pages)
            )
            text = f"<rss version='2.0'><channel><title>Soak Herald</title>{items}</channel></rss>"
        elif asked.path.startswith("/a/"):
            n = int(asked.path[3:])
            text = page(n, day if n % 7 == day % 7 else day - day % 7)
        else:
            return 404, {}, b""
        body = text.encode()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if asked.headers.get("If-None-Match") == etag:
            counts[1] += 1
            return 304, {}, b""
        return 200, {"ETag": etag}, body

    return answer


def soak(pages: int, days: float, folder: Path) -> dict[str, float]:
    """Watch ``pages`` pages for ``days`` simulated days; the figures."""
    clock = SimClock()
    start = clock.now()
    counts = [0, 0]  # requests, 304s
    config = WatchConfig(feed_interval=3600.0, facts=False)
    with running(site(pages, clock, start, counts)) as base, Corpus(folder / "soak.db") as corpus:
        watcher = Watcher(corpus, [WatchEntry(base + "/feed.xml")], config, DEFAULT_INPUT, clock)
        before, cpu, wall = rss_mb(), time.process_time(), time.monotonic()
        watcher.run_forever(until=start + min(days, 2.0) * DAY)  # warm: a change compared
        warm = rss_mb()
        watcher.run_forever(until=start + days * DAY)
        cpu, wall = time.process_time() - cpu, time.monotonic() - wall
        after = rss_mb()
        stats = watcher.stats
    return {
        "pages": pages, "days": days, "requests": counts[0], "not_modified": counts[1],
        "checks": stats.checks, "events": stats.events, "rss_start_mb": before,
        "rss_day2_mb": warm, "rss_end_mb": after,
        "cpu_ms_per_check": 1000 * cpu / max(stats.checks, 1), "wall_s": wall,
    }  # fmt: skip


COLUMNS = (
    ("pages", "pages", "{:.0f}"),
    ("days", "simulated days", "{:g}"),
    ("requests", "requests", "{:,.0f}"),
    ("not_modified", "304s", "{:,.0f}"),
    ("checks", "checks", "{:,.0f}"),
    ("events", "events", "{:,.0f}"),
    ("rss_start_mb", "RSS start MB", "{:.0f}"),
    ("rss_day2_mb", "RSS after day 2 MB", "{:.0f}"),
    ("rss_end_mb", "RSS end MB", "{:.0f}"),
    ("cpu_ms_per_check", "CPU ms/check", "{:.1f}"),
    ("wall_s", "wall s", "{:.0f}"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--days", type=float, default=7.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = soak(args.pages, args.days, Path(tmp))
    print("| " + " | ".join(title for _, title, _ in COLUMNS) + " |")
    print("|" + "---|" * len(COLUMNS))
    print("| " + " | ".join(fmt.format(result[key]) for key, _, fmt in COLUMNS) + " |")


if __name__ == "__main__":
    main()
