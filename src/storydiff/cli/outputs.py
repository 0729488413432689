"""The files commands write (``-o``, ``--rejected``): checked before any work is done,
never one of the command's inputs, and a write that fails (a full disk) named with
its file.

    check_output(output, "-o", inputs=[source])    # a usage error, before the work
    with open_output(output) as fh:                 # OSError -> OutputError
        fh.write(...)
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import click

from storydiff.errors import OutputError


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    return folder.is_dir() and path.resolve().is_relative_to(folder.resolve())


def output_problem(
    path: Path, inputs: Iterable[str | Path] = (), folders: Iterable[str | Path] = ()
) -> str | None:
    """What is wrong with writing ``path`` (None: nothing): a folder, a missing or
    read-only folder, a file this user may not write, one of ``inputs`` (the same
    file under any name), or a file inside one of ``folders`` (folders the command
    reads every file of)."""
    folder = path.parent
    if path.is_dir():
        return "is a folder"
    if not folder.is_dir():
        return f"folder {folder} does not exist"
    if path.exists() and not _writable(path):
        return "this user may not write it"
    if not path.exists() and not _writable(folder):
        return f"this user may not write in folder {folder}"
    for item in inputs:
        if _same(path, Path(item)):
            name = "" if Path(item) == path else f" ({item}, under another name)"
            return f"is an input{name}: writing it would destroy it"
    for item in folders:
        if _inside(path, Path(item)):
            return f"is inside the input folder {item}: it would be read as an input"
    return None


def check_output(
    path: Path | None,
    option: str,
    inputs: Iterable[str | Path] = (),
    folders: Iterable[str | Path] = (),
) -> None:
    """Refuse ``path`` (given to ``option``) with a usage error when it cannot or must
    not be written (``output_problem``); nothing for None (standard output)."""
    if path is None:
        return
    problem = output_problem(path, inputs, folders)
    if problem is not None:
        raise click.BadParameter(f"{path}: {problem}", param_hint=option)


def failed_write(path: str | Path, exc: OSError) -> OutputError:
    """A failed write to ``path`` as an error that names it."""
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return OutputError(str(path), f"cannot be written: {reason}", "free some space")
    return OutputError(str(path), f"cannot be written: {reason}")


@contextmanager
def output_errors(path: str | Path) -> Iterator[None]:
    """Raise an ``OSError`` of writing ``path`` as an ``OutputError`` naming it."""
    try:
        yield
    except OSError as exc:
        raise failed_write(path, exc) from exc


@contextmanager
def open_output(path: Path) -> Iterator[TextIO]:
    """``path`` opened for writing text (UTF-8); a failed write, the last one at
    closing included, raises an ``OutputError`` naming it."""
    with output_errors(path), path.open("w", encoding="utf-8") as fh:
        yield fh


def unexpected(exc: Exception) -> str:
    """The one line a command prints for an exception it did not expect: a full disk
    names the file it was writing (standard output when the error names none), else
    it is a bug."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"{exc.filename or 'standard output'}: {exc.strerror} (free some space)"
    return f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)"
