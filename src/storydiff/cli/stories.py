"""``storydiff stories``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from storydiff.cli.app import DB_OPTION, DEBUG_OPTION, handle_errors, main
from storydiff.config import MAX_COUNT

if TYPE_CHECKING:
    pass


@main.command()
@DB_OPTION
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option(
    "--limit",
    type=click.IntRange(1, MAX_COUNT),
    help="Stories to show  [default: 50 in the table, all in JSON].",
)
@click.option(
    "--offset",
    type=click.IntRange(0, MAX_COUNT),
    default=0,
    show_default=True,
    help="Stories to skip.",
)
@DEBUG_OPTION
@handle_errors
def stories(db_path: Path, fmt: str, limit: int | None, offset: int, debug: bool) -> None:
    """Every story in the store, most recently seen first: its versions, outlets, when
    it was seen and the size of its latest change. Pages through a large store with
    --limit and --offset (only the page shown is read)."""
    import json

    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from storydiff.corpus.corpus import Corpus

    corpus = Corpus(db_path, create=False, readonly=True)
    total = corpus.story_count()
    if limit is None and fmt == "table":
        limit = 50
    page = corpus.stories(limit, offset)
    if fmt == "json":
        out = [
            {
                "number": offset + n,
                "id": st.id,
                "headline": st.headline,
                "outlets": st.outlets,
                "first_seen": st.first_seen.isoformat() if st.first_seen else None,
                "last_seen": st.last_seen.isoformat() if st.last_seen else None,
                "latest_change": corpus.latest_change(st),
                "documents": [
                    {"id": v.document.id, "at": v.where, "title": v.document.title,
                     "date": v.when.isoformat() if v.when else None}
                    for v in st.versions
                ],
            }
            for n, st in enumerate(page, start=1)
        ]  # fmt: skip
        click.echo(
            json.dumps(
                {"total": total, "offset": offset, "stories": out},
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    table = Table(title=f"{total} stories in {db_path}", title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("id", no_wrap=True)
    table.add_column("headline", ratio=3)
    table.add_column("versions", justify="right")
    table.add_column("outlets", ratio=2)
    table.add_column("first seen")
    table.add_column("last seen")
    table.add_column("latest change")
    for n, st in enumerate(page, start=offset + 1):
        change = corpus.latest_change(st)
        size = f"+{change['added']} -{change['removed']} ~{change['edited']}" if change else ""
        table.add_row(
            str(n), st.id[:8], escape(st.headline), str(len(st.versions)),
            escape(", ".join(st.outlets)),
            st.first_seen.strftime("%Y-%m-%d %H:%M") if st.first_seen else "",
            st.last_seen.strftime("%Y-%m-%d %H:%M") if st.last_seen else "",
            size,
        )  # fmt: skip
    console = Console(highlight=False)
    if not console.is_terminal:
        console = Console(highlight=False, width=120)
    console.print(table)
    if limit is not None and offset + limit < total:
        click.echo(
            f"(showing {offset + 1}-{offset + len(page)}; --offset {offset + limit} for more)"
        )
