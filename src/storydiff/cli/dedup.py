"""``storydiff dedup``: near-duplicate removal for a corpus (the command; the work is
in ``storydiff.dedup``, run by an executor of ``storydiff.executors``: forked
processes, or Dask for ``--engine dask``)."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import replace
from pathlib import Path

import click

from storydiff.cli.app import DEBUG_OPTION, field_option, handle_errors, main
from storydiff.cli.outputs import check_output, open_output, output_errors
from storydiff.config import (
    DEFAULT_DEDUP,
    KEEP_RULES,
    MAX_WORKERS,
    NUM_PERM_RANGE,
    SHINGLE_SIZE_RANGE,
    DedupConfig,
)


def _keep_rule(value: str) -> tuple[str, ...]:
    rule = tuple(part.strip() for part in value.split(",") if part.strip())
    unknown = [k for k in rule if k not in KEEP_RULES]
    if unknown or not rule:
        raise click.BadParameter(f"use a comma-separated list of {', '.join(KEEP_RULES)}")
    return rule


@main.command()
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here (.jsonl or .parquet) instead of standard output (JSON Lines).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "parquet"]),
    help="Output format (default: by -o's suffix).",
)
@click.option("--keep-only", is_flag=True, help="Write only the rows of kept documents.")
@click.option(
    "--threshold",
    type=click.FloatRange(0.0, 1.0, min_open=True),
    default=DEFAULT_DEDUP.threshold,
    show_default=True,
    help="Jaccard similarity of word shingles that makes two documents near-duplicates.",
)
@click.option(
    "--shingle-size",
    type=click.IntRange(*SHINGLE_SIZE_RANGE),
    default=DEFAULT_DEDUP.shingle_size,
    show_default=True,
    help="Words per shingle (characters, for Chinese and Japanese).",
)
@click.option(
    "--num-perm",
    type=click.IntRange(*NUM_PERM_RANGE),
    default=DEFAULT_DEDUP.num_perm,
    show_default=True,
    help="MinHash bins per document.",
)
@click.option(
    "--bands", type=click.IntRange(min=1), help="LSH bands (with --rows; default: by rule)."
)
@click.option("--rows", type=click.IntRange(min=1), help="LSH rows per band (with --bands).")
@click.option(
    "--keep-rule",
    default=",".join(DEFAULT_DEDUP.keep),
    show_default=True,
    help=f"Which document of a cluster is kept; keys: {', '.join(KEEP_RULES)}.",
)
@field_option("text", "JSONL/Parquet", "the text")
@field_option("id", "JSONL/Parquet", "the id (if missing: line or row number)")
@field_option("published", "JSONL/Parquet", "the publication time (ISO 8601)")
@click.option(
    "--workers",
    type=click.IntRange(1, MAX_WORKERS),
    default=None,
    help="Processes, each reading its own shard of the input (default: one per CPU).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where to run.",
)
@click.option("--scheduler", help="Dask scheduler address (default: a LocalCluster on 127.0.0.1).")
@click.option(
    "--work-dir",
    type=click.Path(exists=True, file_okay=False, writable=True, path_type=Path),
    help="Where sketch files go while it runs (default: the system's temporary folder).",
)
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
@DEBUG_OPTION
@handle_errors
def dedup(
    source: Path,
    output: Path | None,
    fmt: str | None,
    keep_only: bool,
    threshold: float,
    shingle_size: int,
    num_perm: int,
    bands: int | None,
    rows: int | None,
    keep_rule: str,
    text_field: str,
    id_field: str,
    published_field: str,
    workers: int | None,
    engine: str,
    scheduler: str | None,
    work_dir: Path | None,
    quiet: bool,
    debug: bool,
) -> None:
    """Find near-duplicate documents in SOURCE and say which to keep.

    SOURCE is a JSON Lines file (.jsonl, .gz too), a Parquet file, a folder of text
    files, or a storydiff store. Every document gets a cluster (the id of its
    cluster's first document) and a keep flag; linked documents share at least
    --threshold of their word 5-grams (Jaccard), each link verified exactly.
    Unreadable records are listed with their position and skipped."""
    config = _config(threshold, shingle_size, num_perm, bands, rows, keep_rule)
    _run(
        source, output, fmt, keep_only, config, (text_field, id_field, published_field),
        workers, engine, scheduler, work_dir, quiet,
    )  # fmt: skip


def _config(
    threshold: float,
    shingle_size: int,
    num_perm: int,
    bands: int | None,
    rows: int | None,
    keep_rule: str,
) -> DedupConfig:
    try:
        return replace(
            DEFAULT_DEDUP,
            threshold=threshold,
            shingle_size=shingle_size,
            num_perm=num_perm,
            bands=bands,
            rows=rows,
            keep=_keep_rule(keep_rule),
        )
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc


def _check_output(source: Path, output: Path | None) -> None:
    """Refuse, before any work, an output that cannot be written or is an input: the
    source itself (a store's files too), or a text file in a source folder."""
    from storydiff.dedup.sources import TEXT_SUFFIXES

    inputs = [source, Path(f"{source}-wal"), Path(f"{source}-shm")]
    text = output is not None and output.suffix.lower() in TEXT_SUFFIXES
    check_output(output, "-o", inputs=inputs, folders=[source] if text else [])


def _run(
    source: Path,
    output: Path | None,
    fmt: str | None,
    keep_only: bool,
    config: DedupConfig,
    field_names: tuple[str, str, str],
    workers: int | None,
    engine: str,
    scheduler: str | None,
    work_dir: Path | None,
    quiet: bool,
) -> None:
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from storydiff.dedup import Fields, dedup_path
    from storydiff.dedup.output import format_for, write_jsonl, write_parquet

    if engine == "local" and scheduler:
        raise click.UsageError("--scheduler needs --engine dask")
    out_format = format_for(output, fmt)
    if out_format == "parquet" and output is None:
        raise click.UsageError("Parquet output needs a file: give -o OUT.parquet")
    _check_output(source, output)
    text, ident, published = field_names
    fields = Fields(text=text, id=ident, published=published)
    err = Console(stderr=True, highlight=False)
    started = time.perf_counter()
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=err, disable=quiet, transient=True) as bar:
        task = bar.add_task("reading and sketching", total=None)

        def show(done: int) -> None:
            bar.update(task, description=f"reading and sketching: {done:,} records")

        if engine == "dask":
            from storydiff.executors.dask import DaskExecutor, dask_client

            with dask_client(scheduler) as client:
                result = dedup_path(
                    source, config, fields, work_dir=work_dir, progress=show,
                    executor=DaskExecutor(client),
                )  # fmt: skip
        else:
            result = dedup_path(
                source, config, fields, workers=workers or os.cpu_count() or 1,
                work_dir=work_dir, progress=show,
            )  # fmt: skip
        bar.update(task, description="writing")
        with result:
            if out_format == "parquet":
                assert output is not None
                with output_errors(output):
                    written = write_parquet(result, output, keep_only)
            elif output is None:
                written = write_jsonl(result, sys.stdout, keep_only)
            else:
                with open_output(output) as fh:
                    written = write_jsonl(result, fh, keep_only)
    if quiet:
        return
    for item in result.rejected[:50]:
        err.print(f"rejected {item}", markup=False, soft_wrap=True)
    if len(result.rejected) > 50:
        err.print(f"... and {len(result.rejected) - 50:,} more rejected", soft_wrap=True)
    seconds = time.perf_counter() - started
    rate = result.documents / seconds if seconds > 0 else 0.0
    err.print(
        f"[bold]{result.documents:,}[/] documents, {len(result.rejected):,} rejected; "
        f"[bold]{result.clusters:,}[/] clusters of near-duplicates, "
        f"[bold]{result.removed:,}[/] removed, {result.documents - result.removed:,} kept "
        f"({result.links:,} verified links of {result.candidates:,} candidate pairs; "
        f"{result.bands} bands x {result.rows} rows); "
        f"{seconds:.1f} s ({rate:,.0f} documents/s); {written:,} rows written"
        + (f" to {output}" if output else ""),
        soft_wrap=True,
    )
