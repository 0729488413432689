"""``storydiff compare``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from storydiff.cli.app import (
    DEBUG_OPTION,
    EXIT_DIFFERENT,
    EXIT_SAME,
    MAX_BYTES_OPTION,
    TIMEOUT_OPTION,
    handle_errors,
    input_config,
    main,
)
from storydiff.cli.outputs import check_output, open_output
from storydiff.config import MAX_WIDTH, CompareConfig


@main.command()
@click.argument("old")
@click.argument("new")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["terminal", "json", "html"]),
    default="terminal",
    show_default=True,
    help="Output format.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of standard output.",
)
@click.option(
    "-U",
    "--context",
    type=click.IntRange(min=0),
    default=None,
    help="Show only changes, with N unchanged sentences around each (terminal).",
)
@click.option(
    "--no-color", is_flag=True, help="No colour; mark edits as [-deleted-] and {+inserted+}."
)
@click.option(
    "--show-trivial", is_flag=True, help="Also list rewording and trivial edits under What changed."
)
@click.option("--no-facts", is_flag=True, help="Skip the facts (no spaCy needed; faster).")
@click.option(
    "--width",
    type=click.IntRange(40, MAX_WIDTH),
    default=None,
    help="Terminal width (default: detected).",
)
@MAX_BYTES_OPTION
@TIMEOUT_OPTION
@DEBUG_OPTION
@handle_errors
def compare(
    old: str,
    new: str,
    fmt: str,
    output: Path | None,
    context: int | None,
    no_color: bool,
    show_trivial: bool,
    no_facts: bool,
    width: int | None,
    max_bytes: int,
    timeout: float,
    debug: bool,
) -> None:
    """Compare two versions of an article: OLD and NEW are files (text, Markdown,
    HTML), http(s) URLs, or - for standard input."""
    if old == "-" and new == "-":
        raise click.UsageError("only one of OLD and NEW can be standard input")
    from storydiff.ingest.source import load
    from storydiff.pair.compare import compare as compare_documents
    from storydiff.render import render_html, render_json, render_terminal

    check_output(output, "-o", inputs=[old, new])
    config = input_config(max_bytes, timeout)
    comparison = compare_documents(
        load(old, config), load(new, config), CompareConfig(facts=not no_facts)
    )
    if fmt == "terminal":
        if output:
            with open_output(output) as fh:
                render_terminal(
                    comparison,
                    fh,
                    color=False if no_color else None,
                    context=context,
                    width=width or 100,
                )
        else:
            render_terminal(
                comparison, color=False if no_color else None, context=context, width=width
            )
    else:
        text = render_json(comparison) if fmt == "json" else render_html(comparison)
        if output:
            with open_output(output) as fh:
                fh.write(text + "\n")
            click.echo(f"wrote {output}", err=True)
        else:
            click.echo(text)
    sys.exit(EXIT_DIFFERENT if comparison.has_differences else EXIT_SAME)
