"""The ``storydiff`` command. Output is made pretty here; the library stays quiet.

Exit codes follow diff(1): 0 no differences, 1 differences, 2 trouble.
"""

from __future__ import annotations

import math
import sys
import traceback
from collections.abc import Callable
from dataclasses import replace
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from storydiff import __version__
from storydiff.cli.outputs import unexpected
from storydiff.config import DEFAULT_INPUT, MAX_INPUT_BYTES, MAX_SECONDS, InputConfig
from storydiff.errors import StorydiffError

F = TypeVar("F", bound=Callable[..., Any])
EXIT_SAME, EXIT_DIFFERENT, EXIT_TROUBLE = 0, 1, 2


def _fail(message: str) -> None:
    click.echo(f"storydiff: error: {message}", err=True)
    sys.exit(EXIT_TROUBLE)


def store_files(db: Path) -> list[Path]:
    """The files of the store at ``db`` that an output must not be."""
    return [db, Path(f"{db}-wal"), Path(f"{db}-shm")]


def expand_sources(sources: tuple[str, ...]) -> list[str | Path]:
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


def field_option(name: str, formats: str, holds: str) -> Callable[[F], F]:
    """``--NAME-field``: which key of a record (in ``formats``) holds ``holds``;
    the key ``NAME`` by default."""
    help_text = f"{formats}: the key holding {holds}."
    return click.option(f"--{name}-field", default=name, show_default=True, help=help_text)


def db_option(help_text: str = "The store.") -> Callable[[F], F]:
    """``--db FILE``: the store (``storydiff.db`` by default)."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=Path("storydiff.db"),
        show_default=True,
        help=help_text,
    )


DB_OPTION = db_option()
TIMEOUT_OPTION = click.option(
    "--timeout",
    type=Seconds(0.1, MAX_SECONDS),
    default=DEFAULT_INPUT.deadline,
    show_default=True,
    help="Seconds a URL may take to fetch, all told.",
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


def input_config(max_bytes: int, timeout: float) -> InputConfig:
    """How inputs are read, from --max-bytes and --timeout (the fetch deadline; no
    single wait is longer than it)."""
    return replace(
        DEFAULT_INPUT,
        max_bytes=max_bytes,
        deadline=timeout,
        read_timeout=min(timeout, DEFAULT_INPUT.read_timeout),
        connect_timeout=min(timeout, DEFAULT_INPUT.connect_timeout),
    )
