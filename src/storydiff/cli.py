"""The ``storydiff`` command. Output is made pretty here; the library stays quiet.

Exit codes follow diff(1): 0 no differences, 1 differences, 2 trouble.
"""

from __future__ import annotations

import contextlib
import math
import sys
import traceback
from collections.abc import Callable
from dataclasses import replace
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from storydiff import __version__
from storydiff.config import (
    DEFAULT_INPUT,
    MAX_COUNT,
    MAX_INPUT_BYTES,
    MAX_SECONDS,
    MAX_WIDTH,
    MAX_WORKERS,
    CompareConfig,
)
from storydiff.errors import StorydiffError
from storydiff.outputs import check_output, open_output, output_errors, unexpected

if TYPE_CHECKING:
    from rich.console import Console

    from storydiff.ingest.rejected import Rejected

F = TypeVar("F", bound=Callable[..., Any])
EXIT_SAME, EXIT_DIFFERENT, EXIT_TROUBLE = 0, 1, 2


def _fail(message: str) -> None:
    click.echo(f"storydiff: error: {message}", err=True)
    sys.exit(EXIT_TROUBLE)


def _store_files(db: Path) -> list[Path]:
    """The files of the store at ``db`` that an output must not be."""
    return [db, Path(f"{db}-wal"), Path(f"{db}-shm")]


def _expand(sources: tuple[str, ...]) -> list[str | Path]:
    """Sources as files: globs expanded (folders and URLs are left as they are)."""
    from storydiff.ingest.batch import expand

    out: list[str | Path] = []
    for source in sources:
        found = None if Path(source).is_dir() else expand(source)
        out += [source] if found is None else found
    return out


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
        except Exception as exc:  # a full disk, or a bug: say so plainly
            if debug:
                traceback.print_exc()
            _fail(unexpected(exc))

    return wrapper  # type: ignore[return-value]


class Seconds(click.FloatRange):
    """A range of seconds that also refuses NaN (it passes every comparison)."""

    name = "seconds"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        seconds = super().convert(value, param, ctx)
        if math.isnan(seconds):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        return seconds


DEBUG_OPTION = click.option("--debug", is_flag=True, help="Show the traceback of an error.")
DB_OPTION = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("storydiff.db"),
    show_default=True,
    help="The store.",
)
MAX_BYTES_OPTION = click.option(
    "--max-bytes",
    type=click.IntRange(1, MAX_INPUT_BYTES),
    default=DEFAULT_INPUT.max_bytes,
    show_default=True,
    help="Largest file, page, record or input accepted.",
)


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
    "--width",
    type=click.IntRange(40, MAX_WIDTH),
    default=None,
    help="Terminal width (default: detected).",
)
@MAX_BYTES_OPTION
@click.option(
    "--timeout",
    type=Seconds(0.1, MAX_SECONDS),
    default=DEFAULT_INPUT.deadline,
    show_default=True,
    help="Seconds a URL may take to fetch, all told.",
)
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
    from storydiff.diff.compare import compare as compare_documents
    from storydiff.ingest.source import load
    from storydiff.render import render_html, render_json, render_terminal

    check_output(output, "-o", inputs=[old, new])
    config = replace(
        DEFAULT_INPUT,
        max_bytes=max_bytes,
        deadline=timeout,
        read_timeout=min(timeout, DEFAULT_INPUT.read_timeout),
        connect_timeout=min(timeout, DEFAULT_INPUT.connect_timeout),
    )
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


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("storydiff.db"),
    show_default=True,
    help="The store (created if missing).",
)
@click.option(
    "--text-field",
    default="text",
    show_default=True,
    help="JSONL: the key holding the article text.",
)
@click.option(
    "--title-field", default="title", show_default=True, help="JSONL: the key holding the headline."
)
@click.option(
    "--url-field", default="url", show_default=True, help="JSONL: the key holding the URL."
)
@click.option(
    "--outlet-field",
    default="source",
    show_default=True,
    help="JSONL: the key holding the outlet's name.",
)
@click.option(
    "--published-field",
    default="published",
    show_default=True,
    help="JSONL: the key holding the publication time (ISO 8601).",
)
@click.option(
    "--rate",
    type=Seconds(0, MAX_SECONDS),
    default=1.0,
    show_default=True,
    help="Seconds between requests to one host (URLs named here and pages linked from feeds).",
)
@click.option(
    "--timeout",
    type=Seconds(0.1, MAX_SECONDS),
    default=DEFAULT_INPUT.deadline,
    show_default=True,
    help="Seconds a URL may take to fetch, all told.",
)
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

    from storydiff.corpus import Corpus, IngestReport
    from storydiff.ingest.jsonl import JsonlFields

    fields = JsonlFields(text_field, title_field, url_field, outlet_field, published_field)
    config = replace(
        DEFAULT_INPUT,
        max_bytes=max_bytes,
        deadline=timeout,
        read_timeout=min(timeout, DEFAULT_INPUT.read_timeout),
        connect_timeout=min(timeout, DEFAULT_INPUT.connect_timeout),
    )
    check_output(
        rejected_path,
        "--rejected",
        inputs=[*_expand(sources), *_store_files(db_path)],
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

    from storydiff.corpus import Corpus

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


@main.command()
@click.argument("key")
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
    key: str,
    db_path: Path,
    fmt: str,
    output: Path | None,
    show_trivial: bool,
    why: bool,
    debug: bool,
) -> None:
    """One story's timeline: each version against the one before. KEY is the story's
    number in `storydiff stories` or (a prefix of) its id. --why shows the shared
    passages that make it one story."""
    from storydiff.corpus import Corpus
    from storydiff.render.timeline import (
        render_story_html,
        render_story_json,
        render_story_terminal,
    )

    check_output(output, "-o", inputs=_store_files(db_path), folders=[f"{db_path}.index"])
    corpus = Corpus(db_path, create=False, readonly=True)
    found = corpus.story(key)
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

    from storydiff.corpus import Corpus
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
    from storydiff.corpus import Corpus
    from storydiff.export import export_lines

    check_output(output, "-o", inputs=_store_files(db_path), folders=[f"{db_path}.index"])
    corpus = Corpus(db_path, create=False, readonly=True)
    count = 0
    with open_output(output) if output else contextlib.nullcontext(sys.stdout) as fh:
        for line in export_lines(corpus, workers):
            fh.write(line)
            count += 1
    if output:
        click.echo(f"wrote {count} texts to {output}", err=True)


from storydiff.dedup_command import dedup  # noqa: E402  (its own module: storydiff dedup)

main.add_command(dedup)
