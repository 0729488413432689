"""The store's schema, as numbered migrations.

``PRAGMA user_version`` holds the number of the last migration applied, and
``PRAGMA application_id`` marks the file as storydiff's, so a database that is not
ours, or one written by a newer storydiff, is refused rather than damaged.

Texts are stored once, keyed by content hash, compressed; every *sighting* of a text
(where and when it was seen: URL, outlet, file and position, published and retrieved
times) is a row of its own. The same URL with a different text is a new text with a
sighting at that URL: a new version of it.
"""

from __future__ import annotations

APPLICATION_ID = 0x53544459  # "STDY"

MIGRATIONS: list[str] = [
    # 1: documents and sightings
    """
    CREATE TABLE documents (
        id          TEXT PRIMARY KEY,          -- content hash of the text
        text        BLOB NOT NULL,             -- zlib-compressed UTF-8
        title       TEXT,
        language    TEXT,
        words       INTEGER NOT NULL,
        added       TEXT NOT NULL              -- when this store first saw it (UTC)
    ) WITHOUT ROWID;
    CREATE TABLE sightings (
        id          INTEGER PRIMARY KEY,
        document    TEXT NOT NULL REFERENCES documents(id),
        url         TEXT NOT NULL DEFAULT '',
        source      TEXT NOT NULL DEFAULT '',  -- file path or feed the sighting came from
        position    TEXT NOT NULL DEFAULT '',  -- line, record or entry within the source
        outlet      TEXT,
        published   TEXT,
        retrieved   TEXT,
        metadata    TEXT,                      -- JSON
        UNIQUE (document, url, source, position)
    );
    CREATE INDEX sightings_url ON sightings(url) WHERE url != '';
    CREATE INDEX sightings_document ON sightings(document);
    """,
]

LATEST = len(MIGRATIONS)
