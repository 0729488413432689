"""The command line (``cli/``): bounds of its values, and what it shows."""

from __future__ import annotations

# Bounds of command-line values: a value past them is a usage error before any work,
# not a hang, an overflow or a NaN that every comparison lets by.
MAX_SECONDS = 3600.0
"""Longest --timeout and --rate: an hour per URL, or between two requests to a host."""
MAX_WIDTH = 1000
"""Widest --width a terminal rendering takes (a billion columns kept it busy for
good)."""
MAX_INPUT_BYTES = 2**30
"""Largest --max-bytes: 1 GiB. Reads take a buffer of the limit, and 100 GB was a
MemoryError before anything was read."""
MAX_COUNT = 2**63 - 1
"""Largest --limit and --offset: SQLite's largest integer."""
MAX_WORKERS = 256
"""Most dedup processes on one machine (one per CPU is the default): each reads its
own shard, and more processes than cores only take turns on them."""
MIN_ID_PREFIX = 4
"""Fewest hex digits of an id that name a story (``storydiff story KEY``, read by
``Corpus``): 4 tell 65,536 ids apart."""

# What the terminal shows.
TIMELINE_SNIPPET = 100
"""Characters of a shared passage shown in the terminal (``render.timeline``)."""
