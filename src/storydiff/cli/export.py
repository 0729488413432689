"""``storydiff export``."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import click

from storydiff.cli.app import DB_OPTION, DEBUG_OPTION, handle_errors, main, store_files
from storydiff.cli.outputs import check_output, open_output
from storydiff.config import MAX_WORKERS


@main.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here instead of standard output.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, MAX_WORKERS),
    help="Processes finding languages and version order (default: one per CPU).",
)
@DEBUG_OPTION
@handle_errors
def export(db_path: Path, fmt: str, output: Path | None, workers: int | None, debug: bool) -> None:
    """Every stored text as JSON Lines: its story, its text and every sighting."""
    from storydiff.corpus.corpus import Corpus
    from storydiff.corpus.export import export_lines

    check_output(output, "-o", inputs=store_files(db_path), folders=[f"{db_path}.index"])
    corpus = Corpus(db_path, create=False, readonly=True)
    count = 0
    with open_output(output) if output else contextlib.nullcontext(sys.stdout) as fh:
        for line in export_lines(corpus, workers):
            fh.write(line)
            count += 1
    if output:
        click.echo(f"wrote {count} texts to {output}", err=True)
