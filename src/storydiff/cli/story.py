"""``storydiff story``."""

from __future__ import annotations

from pathlib import Path

import click

from storydiff.cli.app import DB_OPTION, DEBUG_OPTION, handle_errors, main, store_files
from storydiff.cli.outputs import check_output, open_output


@main.command()
@click.argument("key", required=False)
@click.option(
    "--rank",
    type=click.IntRange(min=1),
    help="The N-th story of storydiff stories instead of an id (ranks change as stories arrive).",
)
@DB_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["terminal", "json", "html"]),
    default="terminal",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here instead of standard output.",
)
@click.option("--show-trivial", is_flag=True, help="Also list rewording and trivial edits.")
@click.option(
    "--why",
    is_flag=True,
    help="Show what each linked pair of versions shares, with offsets (always in JSON).",
)
@DEBUG_OPTION
@handle_errors
def story(
    key: str | None,
    rank: int | None,
    db_path: Path,
    fmt: str,
    output: Path | None,
    show_trivial: bool,
    why: bool,
    debug: bool,
) -> None:
    """One story's timeline: each version against the one before. KEY is the story's
    id from `storydiff stories` (or the id of any of its texts; 4 hex digits or more
    of it will do); --rank N takes the N-th story listed instead. --why shows the
    shared passages that make it one story."""
    if (key is None) == (rank is None):
        raise click.UsageError("give a story id, or --rank N (not both)")
    from storydiff.corpus.corpus import Corpus
    from storydiff.render.timeline import (
        render_story_html,
        render_story_json,
        render_story_terminal,
    )

    check_output(output, "-o", inputs=store_files(db_path), folders=[f"{db_path}.index"])
    corpus = Corpus(db_path, create=False, readonly=True)
    found = corpus.story_at(rank) if rank is not None else corpus.story(str(key))
    steps = corpus.timeline(found)
    links = corpus.why(found) if why or fmt == "json" else None
    if fmt == "terminal":
        if output is None:
            render_story_terminal(found, steps, show_trivial=show_trivial, why=links)
        else:
            with open_output(output) as fh:
                render_story_terminal(
                    found, steps, fh, show_trivial=show_trivial, width=100, why=links
                )
        return
    if fmt == "json":
        text = render_story_json(found, steps, links)
    else:
        text = render_story_html(found, steps)
    if output:
        with open_output(output) as fh:
            fh.write(text + "\n")
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text)
