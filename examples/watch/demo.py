"""A short watch of the fictional Fenwick Gazette for ``make demo``: the newsroom on
127.0.0.1 with a simulated clock, ``storydiff watch --once`` run as the clock moves
through a day, then the events printed. Usage: python examples/watch/demo.py DB"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace
from pathlib import Path

from storydiff.config import DEFAULT_INPUT, WatchConfig
from storydiff.corpus.corpus import Corpus
from storydiff.watch.clock import SimClock
from storydiff.watch.events import Event
from storydiff.watch.runner import Watcher
from storydiff.watch.watchlist import WatchEntry

spec = importlib.util.spec_from_file_location("newsroom", Path(__file__).with_name("newsroom.py"))
assert spec is not None and spec.loader is not None
newsroom = importlib.util.module_from_spec(spec)
sys.modules["newsroom"] = newsroom
spec.loader.exec_module(newsroom)

HOUR = 3600.0


class Printed:
    """Events as a line each, with their fact changes (``--jsonl -`` gives the JSON)."""

    def send(self, event: Event) -> None:
        where = event.url.split("/", 3)[-1]
        stealth = ", stealth edit" if event.stealth else ""
        print(f"{event.kind:>9}  /{where}  [{event.significance}{stealth}]  {event.note}".rstrip())
        for change in event.changes:
            print(f"           {change['kind']}: {change['text']}")

    def close(self) -> None:
        pass


def main(db: Path) -> None:
    clock = SimClock()
    room = newsroom.Newsroom(now=clock.now, start=clock.now(), slow_seconds=0.0)
    server, base = newsroom.serve(room)
    config = WatchConfig(rate=1.0, schedule=((24 * HOUR, HOUR),), max_age=24 * HOUR)
    inputs = replace(DEFAULT_INPUT, deadline=2.0)
    with Corpus(db) as corpus:
        out = Printed()
        feed = WatchEntry(base + "/feed.xml", outlet="Fenwick Gazette")
        watcher = Watcher(
            corpus, [feed], config, inputs, clock, outputs=[out], min_significance="wording"
        )
        print(f"Watching the fictional Fenwick Gazette at {base}: half a simulated day,")
        print("storydiff watch --once every 2 hours (articles re-checked hourly)")
        for hour in range(0, 14, 2):
            clock.set(room.start + hour * HOUR)
            print(f"-- {hour:2d} h")
            watcher.run_once()
        print(f"-- {watcher.stats.checks} checks, {watcher.stats.events} events")
    server.shutdown()
    print(f"The versions and events are in {db}: storydiff watch --status --db {db}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "watch-demo.db"))
