"""The ``storydiff`` command. Output is made pretty here; the library stays quiet.

Exit codes follow diff(1): 0 no differences, 1 differences, 2 trouble.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from dataclasses import replace
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from storydiff import __version__
from storydiff.config import DEFAULT_INPUT, CompareConfig
from storydiff.diff.compare import compare as compare_documents
from storydiff.errors import StorydiffError
from storydiff.ingest import load
from storydiff.render import render_html, render_json, render_terminal

F = TypeVar("F", bound=Callable[..., Any])
EXIT_SAME, EXIT_DIFFERENT, EXIT_TROUBLE = 0, 1, 2


def _fail(message: str) -> None:
    click.echo(f"storydiff: error: {message}", err=True)
    sys.exit(EXIT_TROUBLE)


def handle_errors(func: F) -> F:
    """One line on stderr and exit code 2 for any failure; ``--debug`` adds the traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = bool(kwargs.get("debug"))
        try:
            return func(*args, **kwargs)
        except click.ClickException:
            raise  # usage mistakes: click prints them with the usage line, exit 2
        except StorydiffError as exc:
            if debug:
                traceback.print_exc()
            _fail(str(exc))
        except (KeyboardInterrupt, BrokenPipeError):
            sys.exit(EXIT_TROUBLE)
        except Exception as exc:  # a bug: say so plainly
            if debug:
                traceback.print_exc()
            _fail(
                f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)"
            )

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="storydiff")
def main() -> None:
    """Find every version of a news story and show exactly what changed."""


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
    "--width", type=click.IntRange(min=40), default=None, help="Terminal width (default: detected)."
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_INPUT.max_bytes,
    show_default=True,
    help="Largest input accepted.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=DEFAULT_INPUT.read_timeout,
    show_default=True,
    help="Seconds to wait for a URL.",
)
@click.option("--debug", is_flag=True, help="Show the traceback of an error.")
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
    config = replace(
        DEFAULT_INPUT,
        max_bytes=max_bytes,
        read_timeout=timeout,
        connect_timeout=min(timeout, DEFAULT_INPUT.connect_timeout),
    )
    comparison = compare_documents(
        load(old, config), load(new, config), CompareConfig(facts=not no_facts)
    )
    if fmt == "terminal":
        if output:
            with output.open("w", encoding="utf-8") as fh:
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
            output.write_text(text + "\n", encoding="utf-8")
            click.echo(f"wrote {output}", err=True)
        else:
            click.echo(text)
    sys.exit(EXIT_DIFFERENT if comparison.has_differences else EXIT_SAME)
