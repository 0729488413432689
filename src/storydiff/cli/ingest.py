"""``storydiff ingest``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from storydiff.cli.app import (
    DEBUG_OPTION,
    EXIT_DIFFERENT,
    MAX_BYTES_OPTION,
    TIMEOUT_OPTION,
    Seconds,
    db_option,
    expand_sources,
    field_option,
    handle_errors,
    input_config,
    main,
    store_files,
)
from storydiff.cli.outputs import check_output, output_errors
from storydiff.config import MAX_SECONDS

if TYPE_CHECKING:
    from rich.console import Console

    from storydiff.ingest.rejected import Rejected


@main.command()
@click.argument("sources", nargs=-1, required=True)
@db_option("The store (created if missing).")
@field_option("text", "JSONL", "the article text")
@field_option("title", "JSONL", "the headline")
@field_option("url", "JSONL", "the URL")
@field_option("outlet", "JSONL", "the outlet's name (by default also 'source', the old name)")
@field_option("published", "JSONL", "the publication time (ISO 8601)")
@click.option(
    "--rate",
    type=Seconds(0, MAX_SECONDS),
    default=1.0,
    show_default=True,
    help="Seconds between requests to one host (URLs named here and pages linked from feeds).",
)
@TIMEOUT_OPTION
@click.option(
    "--rejected",
    "rejected_path",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write every rejected or skipped item (source, position, reason) to this JSON Lines file.",
)
@MAX_BYTES_OPTION
@click.option("--quiet", is_flag=True, help="No progress bar.")
@DEBUG_OPTION
@handle_errors
def ingest(
    sources: tuple[str, ...],
    db_path: Path,
    text_field: str,
    title_field: str,
    url_field: str,
    outlet_field: str,
    published_field: str,
    rate: float,
    timeout: float,
    rejected_path: Path | None,
    max_bytes: int,
    quiet: bool,
    debug: bool,
) -> None:
    """Store articles from files, folders, globs, JSONL, WARC, ARC, feeds and URLs.

    Texts are stored once; every sighting (URL, outlet, file and position, time) is
    kept. Running it again on the same sources adds nothing twice. Items that cannot
    be read are counted by reason at the end (all of them in --rejected FILE); the
    rest goes on. Exit code 1 when nothing could be stored and something was
    rejected."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from storydiff.corpus.corpus import Corpus, IngestReport
    from storydiff.ingest.jsonl import Fields

    fields = Fields(
        text=text_field, title=title_field, url=url_field, outlet=outlet_field,
        published=published_field,
    )  # fmt: skip
    config = input_config(max_bytes, timeout)
    check_output(
        rejected_path,
        "--rejected",
        inputs=[*expand_sources(sources), *store_files(db_path)],
        folders=[s for s in sources if Path(s).is_dir()] + [f"{db_path}.index"],
    )
    err = Console(stderr=True, highlight=False)
    corpus = Corpus(db_path)
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(bar_width=None),
        TimeElapsedColumn(),
    )
    # No refresh thread: ingest forks its reading process only when this process runs
    # one thread (``reading.choose_mode``); ``show`` is called every 0.2 s anyway.
    progress = Progress(*columns, console=err, disable=quiet, transient=True, auto_refresh=False)
    with progress as bar:
        task = bar.add_task("ingesting", total=None)

        def show(report: IngestReport) -> None:
            bar.update(
                task,
                description=f"{report.read + len(report.rejected):,} read · "
                f"{report.new:,} new · {report.known:,} known · {report.failed:,} rejected",
            )
            bar.refresh()

        report = corpus.ingest(
            list(sources), config=config, fields=fields, min_interval=rate, progress=show
        )
    counts = corpus.store.counts()
    corpus.close()
    _report_rejected(err, report.rejected, rejected_path)
    skipped = f", {report.skipped:,} skipped (not articles)" if report.skipped else ""
    click.echo(
        f"{report.new:,} new, {report.known:,} already known, {report.failed:,} rejected"
        f"{skipped}; {db_path} holds {counts['documents']:,} texts"
        f" and {counts['sightings']:,} sightings"
    )
    if report.failed and not (report.new or report.known):
        sys.exit(EXIT_DIFFERENT)  # nothing could be stored


def _report_rejected(err: Console, rejected: list[Rejected], path: Path | None) -> None:
    """The first rejections, a count per reason (skips apart), and all of them in
    ``path``."""
    from storydiff.ingest.rejected import reason_counts, write_rejected

    failed = [r for r in rejected if not r.skipped]
    for item in failed[:20]:
        err.print(f"rejected {item}", markup=False)
    if len(failed) > 20:
        err.print(f"... and {len(failed) - 20:,} more rejected")
    if len(failed) > 1:
        for kind, n in reason_counts(failed)[:10]:
            err.print(f"{n:>8,} × {kind}", markup=False)
    skips = reason_counts(r for r in rejected if r.skipped)
    if skips:
        err.print("skipped, not articles:")
        for kind, n in skips[:10]:
            err.print(f"{n:>8,} × {kind}", markup=False)
    if path is not None:
        with output_errors(path):
            n = write_rejected(path, rejected)
        err.print(f"all {n:,} rejections and skips are in {path}", markup=False)
