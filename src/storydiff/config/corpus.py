"""The store and the corpus (``store``, ``corpus``): batches, caches, SQLite, export."""

from __future__ import annotations

# Ingest batches (``corpus.reading``)
BATCH_SIZE = 2000
"""Documents written per transaction: large enough to amortise the commit and the
vectorised fingerprinting, small enough that an interrupted ingest redoes little."""
BATCH_SECONDS = 2.0
"""A batch is also written when its first document is this old (slow sources)."""
FIRST_BATCH = 250
"""The first batch is this small, and each next one twice as large up to
``BATCH_SIZE``: the writer starts early instead of idling while the reader fills a
whole batch (on 10,000 texts, 5 full batches left each side idle a fifth of the run)."""
PROGRESS_SECONDS = 0.25
"""How often the reader tells how many documents it has read."""

# The writer's caches (``corpus.writer``)
SHINGLE_CACHE = 30_000
"""Texts whose shingles (in order with their chrome flags, and as sorted sets) stay in
memory: versions of a story arrive close together, so most candidates are recent.
About 9 KB a text."""
TOKEN_CACHE = 5_000
"""Texts whose content tokens (``detect.agreement.Tokens``) stay in memory: a
component is clustered again each time a batch touches it."""

# SQLite (``store``)
BUSY_TIMEOUT_MS = 60_000
"""How long a connection waits for another's lock before it fails."""
CACHE_MB = 256
"""SQLite's page cache per connection (allocated as used)."""
CACHE_WAIT_MS = 500
"""A reader caching a step waits this long for a writer, then leaves it uncached."""
CHECKPOINT_PAGES = 16_384
"""The log is copied into the database (and synced) when it holds this many pages
(64 MB) rather than SQLite's 1,000: an index page that every batch touches is then
written once per checkpoint instead of once per batch."""
ZSTD_LEVEL = 1
"""Texts are compressed with zstd at level 1: on 3 KB news articles 4x faster than zlib
at level 1 for the same size (about 45%). Texts of schema 1 stores stay zlib."""

# Export (``corpus.export``)
EXPORT_PAGE = 500
"""Stories read at once."""
EXPORT_CHUNK = 8
"""Stories sent to a worker at once."""
