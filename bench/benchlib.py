"""Helpers shared by the benchmark scripts in bench/.

The scripts import it as ``benchlib``: run as ``python bench/x.py``, bench/ is the
first entry of ``sys.path``; the smoke tests in tests/bench/ put bench/ there.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

import storydiff

STORY_EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "story"


def machine(**extra: str) -> dict[str, Any]:
    """The machine the figures were taken on, with ``extra`` fields after the common
    ones (facts_speed adds ``spacy``, the spaCy version)."""
    return {
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        **extra,
    }


def machine_line(results: dict[str, Any], extra: Mapping[str, str] | None = None) -> str:
    """The closing line of a report: "date, nproc N, Python X, platform". ``extra`` maps
    extra keys of ``results["machine"]`` to their labels, put before the platform
    (``{"spacy": "spaCy"}`` gives "spaCy 3.8.1")."""
    m = results["machine"]
    parts = [
        results["date"],
        f"nproc {m['nproc']}",
        f"Python {m['python']}",
        *(f"{label} {m[key]}" for key, label in (extra or {}).items()),
        m["platform"],
    ]
    return ", ".join(parts)


def verdict(passed: bool) -> str:
    """A target's result, in rich markup."""
    return "[green]PASS[/]" if passed else "[bold red]FAIL[/]"


def finish(
    results: dict[str, Any],
    script: str,
    argv: Sequence[str] | None,
    report: Callable[[dict[str, Any], Console], None],
    console: Console,
    json_path: Path | None,
    check: bool = False,
) -> int:
    """The end of a script's ``main``: record the command line in
    ``results["command"]``, print the report, write the figures to ``json_path``
    when given, and return the exit code: 1 when ``check`` is set and a target was
    missed (``results["passed"]`` is false), else 0.

    ``script`` is the file name in bench/; ``argv`` is what ``main`` was given
    (``None``: the command line).
    """
    given = sys.argv[1:] if argv is None else list(argv)
    results["command"] = " ".join([f".venv/bin/python bench/{script}", *given])
    report(results, console)
    if json_path:
        json_path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if check and not results["passed"]:
        return 1
    return 0


def output_console() -> Console:
    """The report's console: the terminal's width, or 100 columns in logs (no cut
    headers)."""
    return Console() if sys.stdout.isatty() else Console(width=100)


def progress(console: Console) -> Progress:
    """The progress bar every benchmark shows while it runs."""
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


def share(hits: int, total: int) -> float:
    return hits / total if total else 0.0


@dataclass(frozen=True, slots=True)
class Pair:
    """Two texts to compare, and how they were made."""

    old: str
    new: str
    how: str

    @property
    def old_words(self) -> int:
        return len(self.old.split())

    @property
    def new_words(self) -> int:
        return len(self.new.split())


def paragraphs(name: str) -> list[str]:
    """The body paragraphs of one bundled example story, front matter dropped."""
    doc = storydiff.load(str(STORY_EXAMPLES / name))
    return [p.strip() for p in doc.text.split("\n\n") if p.strip()]
