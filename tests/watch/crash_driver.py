"""A watcher process for the crash test: the newsroom's feed, a store, a clock in a
file (simulated time that goes on across processes), run until ``until``. Prints
"ready" once its imports are done, so the test kills it while it works."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from storydiff.config import DEFAULT_INPUT, WatchConfig
from storydiff.corpus.corpus import Corpus
from storydiff.watch.clock import FileClock
from storydiff.watch.runner import Watcher
from storydiff.watch.watchlist import WatchEntry

HOUR = 3600.0
CONFIG = WatchConfig(
    rate=1.0, schedule=((3 * HOUR, 900.0), (24 * HOUR, HOUR)), max_age=18 * HOUR,
    feed_interval=1800.0, facts=False,
)  # fmt: skip
INPUTS = replace(DEFAULT_INPUT, deadline=2.0)


def run(db: Path, clock_file: Path, feed: str, until: float) -> None:
    clock = FileClock(clock_file)
    with Corpus(db) as corpus:
        watcher = Watcher(
            corpus, [WatchEntry(feed, outlet="Fenwick Gazette")], CONFIG, INPUTS, clock
        )
        print("ready", flush=True)
        watcher.run_forever(until=until)


if __name__ == "__main__":
    run(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], float(sys.argv[4]))
