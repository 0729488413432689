"""``storydiff similar``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from storydiff.cli.app import (
    DB_OPTION,
    DEBUG_OPTION,
    EXIT_DIFFERENT,
    EXIT_SAME,
    handle_errors,
    main,
)


@main.command()
@click.argument("source")
@DB_OPTION
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@DEBUG_OPTION
@handle_errors
def similar(source: str, db_path: Path, fmt: str, debug: bool) -> None:
    """Which stories in the store a new article belongs to. SOURCE is a file, a URL or -.
    Exit code 0 when it belongs to a story, 1 when to none."""
    import json

    from storydiff.corpus.corpus import Corpus
    from storydiff.ingest.source import load

    corpus = Corpus(db_path, create=False, readonly=True)
    found = corpus.similar(load(source))
    if fmt == "json":
        out = [
            {"id": st.id, "headline": st.headline, "versions": len(st.versions),
             "containment": round(p.containment, 4), "jaccard": round(p.jaccard, 4)}
            for st, p in found
        ]  # fmt: skip
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    elif not found:
        click.echo("no story in the store shares text with it")
    for st, p in found if fmt == "table" else []:
        share = f"{p.containment:4.0%} shared"
        click.echo(f"{st.id[:8]}  {share}  {len(st.versions)} version(s)  {st.headline}")
    sys.exit(EXIT_SAME if found else EXIT_DIFFERENT)
