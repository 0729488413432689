"""The ``storydiff`` command: one module a command, registered on the group of
``cli.app`` (which also holds the one error handler and the shared options).
Output is made pretty here; the library stays quiet. Each command imports what it
needs when it runs, so ``storydiff --help`` loads click alone."""

from storydiff.cli import compare, dedup, export, ingest, serve, similar, stories, story, watch  # noqa: F401
from storydiff.cli.app import main

__all__ = ["main"]
