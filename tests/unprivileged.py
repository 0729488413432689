"""Running storydiff as a user whom file permissions bind, even when the tests run as
root (in a container): root's rights to ignore them (CAP_DAC_OVERRIDE and its kin)
are dropped for the child with ``setpriv``, so a file or folder made read-only with
chmod really is read-only to it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DROPPED = "-dac_override,-dac_read_search,-fowner,-linux_immutable"


def prefix() -> list[str]:
    """What to put before a command so that permissions bind it."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    assert setpriv, "the tests run as root: they need setpriv (util-linux) to drop its rights"
    return [setpriv, f"--bounding-set={DROPPED}", "--"]


def storydiff(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``storydiff ARGS`` in a process of its own, bound by file permissions."""
    return subprocess.run(
        [*prefix(), sys.executable, "-m", "storydiff", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def python(code: str) -> subprocess.CompletedProcess[str]:
    """``python -c CODE``, bound by file permissions."""
    return subprocess.run(
        [*prefix(), sys.executable, "-c", code], capture_output=True, text=True, timeout=300
    )


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Files and folders (not their contents) made read-only, then writable again."""
    modes = {p: p.stat().st_mode for p in paths}
    for p in paths:
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        yield
    finally:
        for p, mode in modes.items():
            p.chmod(mode)
