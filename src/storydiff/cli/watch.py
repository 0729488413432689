"""``storydiff watch``."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

import click

from storydiff.cli.app import (
    DEBUG_OPTION,
    MAX_BYTES_OPTION,
    TIMEOUT_OPTION,
    Seconds,
    db_option,
    handle_errors,
    input_config,
    main,
)
from storydiff.config import DEFAULT_WATCH, MAX_SECONDS, SIGNIFICANCE_LEVELS, STATUS_SECONDS


@main.command()
@click.argument("sources", nargs=-1)
@db_option("The store (created if missing); the watch state lives in it.")
@click.option("--once", is_flag=True, help="Check what is due, then exit (for cron).")
@click.option("--force", is_flag=True, help="With --once: check everything watched now.")
@click.option("--status", is_flag=True, help="Summarise what is watched and exit.")
@click.option(
    "--rate",
    type=Seconds(0, MAX_SECONDS),
    default=DEFAULT_WATCH.rate,
    show_default=True,
    help="Seconds between two requests to one host.",
)
@click.option(
    "--interval",
    type=Seconds(1, 366 * 86400),
    default=None,
    help="Seconds between checks of the URLs named here (feeds: 600; pages: the age schedule).",
)
@click.option("--contact", help="An e-mail address or URL for the User-Agent.")
@click.option("--jsonl", "jsonl", help="Write events as JSON Lines to this file ('-': stdout).")
@click.option(
    "--atom",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write Atom feeds of changes in this folder.",
)
@click.option("--webhook", help="POST each event as JSON to this http(s) URL.")
@click.option(
    "--min-significance",
    type=click.Choice(SIGNIFICANCE_LEVELS),
    default="trivial",
    show_default=True,
    help="Leave quieter events out of the outputs (they are stored all the same).",
)
@click.option("--no-facts", is_flag=True, help="Events without fact changes (no spaCy).")
@TIMEOUT_OPTION
@MAX_BYTES_OPTION
@click.option("--quiet", is_flag=True, help="No status line.")
@DEBUG_OPTION
@handle_errors
def watch(
    sources: tuple[str, ...],
    db_path: Path,
    once: bool,
    force: bool,
    status: bool,
    rate: float,
    interval: float | None,
    contact: str | None,
    jsonl: str | None,
    atom: Path | None,
    webhook: str | None,
    min_significance: str,
    no_facts: bool,
    timeout: float,
    max_bytes: int,
    quiet: bool,
    debug: bool,
) -> None:
    """Watch feeds and pages (URLs, or TOML watch lists) for new versions.

    Every new version is stored in --db as ingest stores it, and each change is an
    event: a new version, a flip-flop, a removal, a truncation, with its fact
    changes. Runs until SIGTERM or Ctrl-C (the current request ends first), or with
    --once checks what is due and exits. The URLs given are added to those the
    store watches already; with none, the store's own list is used."""
    from dataclasses import replace

    from storydiff.watch.watchlist import check_url, entries_from

    if force and not once:
        raise click.UsageError("--force goes with --once")
    if webhook is not None:
        check_url(webhook, "--webhook")
    entries = entries_from(sources, interval)
    if status:
        _status(db_path)
        return
    config = replace(DEFAULT_WATCH, rate=rate, contact=contact, facts=not no_facts)
    _run(db_path, entries, config, input_config(max_bytes, timeout), once, force, jsonl,
         atom, webhook, min_significance, quiet)  # fmt: skip


def _run(
    db_path: Path,
    entries: list[Any],
    config: Any,
    inputs: Any,
    once: bool,
    force: bool,
    jsonl: str | None,
    atom: Path | None,
    webhook: str | None,
    min_significance: str,
    quiet: bool,
) -> None:
    import time

    from rich.console import Console

    from storydiff.corpus.corpus import Corpus
    from storydiff.watch.clock import SystemClock
    from storydiff.watch.outputs import JsonLines, Output, Webhook
    from storydiff.watch.runner import Stats, Watcher

    err = Console(stderr=True, highlight=False)
    clock = SystemClock()
    outputs: list[Output] = []
    if jsonl is not None:
        outputs.append(JsonLines(jsonl))
    if webhook is not None:
        outputs.append(Webhook(webhook, clock))
    shown = [0.0]

    def progress(stats: Stats) -> None:
        if quiet or not err.is_terminal or time.monotonic() - shown[0] < STATUS_SECONDS:
            return
        shown[0] = time.monotonic()
        counts = " · ".join(f"{n:,} {k}" for k, n in sorted(stats.results.items()))
        err.print(f"\r{stats.checks:,} checks · {stats.events:,} events · {counts}", end="",
                  markup=False, soft_wrap=True)  # fmt: skip

    corpus = Corpus(db_path)
    try:
        watcher = Watcher(corpus, entries, config, inputs, clock, outputs=outputs, atom=atom,
                          min_significance=min_significance, progress=progress)  # fmt: skip
        watched = sum(n for k, n in watcher.queries.summary().items() if k != "events")
        if not watched:
            raise click.UsageError("nothing to watch: name feeds, pages or a TOML watch list")
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: watcher.stop())
        stats = watcher.run_once(force) if once else watcher.run_forever()
    finally:
        for output in outputs:
            output.close()
        corpus.close()
    if not quiet and err.is_terminal:
        err.print()
    counts = ", ".join(f"{n:,} {k}" for k, n in sorted(stats.results.items()))
    summary = f"{stats.checks:,} checks ({counts or 'none due'}); {stats.events:,} events"
    click.echo(summary, err=jsonl == "-")  # stdout carries the events then


def _status(db_path: Path) -> None:
    from datetime import UTC, datetime

    from rich.console import Console
    from rich.table import Table

    from storydiff.corpus.corpus import Corpus
    from storydiff.errors import StoreError
    from storydiff.store.watch import WatchQueries

    if not db_path.exists():
        raise StoreError(f"{db_path}: no such store", "give the --db the watcher uses")
    with Corpus(db_path, readonly=True) as corpus:
        queries = WatchQueries(corpus.store)
        summary = queries.summary()
        rows = list(queries.all_urls())
    now = datetime.now(UTC).timestamp()

    def when(stamp: float) -> str:
        return datetime.fromtimestamp(stamp, UTC).strftime("%Y-%m-%d %H:%M")

    table = Table(title=f"{db_path}: what is watched (times UTC)")
    table.add_column("URL", overflow="fold")
    for name in ("kind", "state", "last checked", "next check", "versions", "fails"):
        table.add_column(name, overflow="fold")
    for row in rows[:200]:
        last = when(row.last_check) if row.last_check else "never"
        due = "—" if row.state == "stopped" else when(row.next_check)
        due += " (due)" if row.state != "stopped" and row.next_check <= now else ""
        table.add_row(row.url, row.kind, row.state, last, due, str(row.seq), str(row.fails))
    console = Console(highlight=False)
    console.print(table)
    if len(rows) > 200:
        console.print(f"... and {len(rows) - 200:,} more")
    click.echo("; ".join(f"{n:,} {k}" for k, n in sorted(summary.items())) or "nothing watched")
