"""The files of a folder, recursively, with symbolic links followed only inside it.

A link to a file or folder outside the folder given is not followed (ingesting a
crawl folder must not store ``/etc/passwd`` because a link points there); it is
reported as a skip with its reason, so nothing goes unaccounted.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import Path

from storydiff.ingest.rejected import Rejected


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):  # outside, broken, or a loop
        return False
    return True


def folder_files(root: Path, suffixes: Collection[str]) -> tuple[list[Path], list[Rejected]]:
    """The files under ``root`` whose suffix is in ``suffixes`` (sorted), and a skip
    for every link that leads outside ``root`` or nowhere."""
    real_root = root.resolve()
    files: list[Path] = []
    skipped: list[Rejected] = []
    for folder, subfolders, names in os.walk(root, followlinks=False):
        base = Path(folder)
        subfolders.sort()
        for name in subfolders:
            link = base / name
            if link.is_symlink() and not _inside(link, real_root):
                skipped.append(
                    Rejected(str(link), "", "a link to a folder outside, not followed", True)
                )
        for name in names:
            path = base / name
            if path.suffix.lower() not in suffixes:
                continue
            if path.is_symlink() and not _inside(path, real_root):
                reason = "a link to a file outside the folder, not followed"
                if not path.exists():
                    reason = "a link to nothing"
                skipped.append(Rejected(str(path), "", reason, True))
                continue
            if path.is_file():
                files.append(path)
    return sorted(files), skipped
