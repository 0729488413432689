"""The store's schema, as numbered migrations.

``PRAGMA user_version`` holds the number of the last migration applied, and
``PRAGMA application_id`` marks the file as storydiff's, so a database that is not
ours, or one written by a newer storydiff, is refused rather than damaged.

Texts are stored once, keyed by content hash, compressed; every *sighting* of a text
(where and when it was seen: URL, outlet, file and position, published and retrieved
times) is a row of its own. The same URL with a different text is a new text with a
sighting at that URL: a new version of it.

Since migration 2 each text has a *number* (1, 2, ... in the order the store first
saw them), the table's rowid: texts are appended in order, so pages stay full (keyed
by the random content hash, a table of 2 KB rows left half of every page empty). The
fingerprint index beside the database (``storydiff.detect.index``) and the tables of
verified links, story membership and stories refer to texts by number; since
migration 3 sightings do too (their unique index grows at its end instead of at
random places by content hash). Existing stores of migration 1 get numbers, links
and stories on first use (the index is repaired from the texts).
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
    # 2: numbers for the fingerprint index, verified links, stories, cached steps
    """
    CREATE TABLE numbered (
        number      INTEGER PRIMARY KEY,       -- 1, 2, ... in the order first seen
        id          TEXT NOT NULL UNIQUE,      -- content hash of the text
        text        BLOB NOT NULL,             -- compressed UTF-8 (zstd, or zlib)
        title       TEXT,
        language    TEXT,
        words       INTEGER NOT NULL,
        added       TEXT NOT NULL
    );
    INSERT INTO numbered (number, id, text, title, language, words, added)
      SELECT row_number() OVER (ORDER BY added, id), id, text, title, language, words, added
        FROM documents;
    DROP TABLE documents;
    ALTER TABLE numbered RENAME TO documents;
    DROP INDEX sightings_document;             -- UNIQUE (document, ...) serves it
    CREATE TABLE links (
        a           INTEGER NOT NULL,          -- document numbers, a < b
        b           INTEGER NOT NULL,
        shared      INTEGER NOT NULL,          -- 5-word shingles in common
        contained_a REAL NOT NULL,             -- share of a's shingles found in b
        contained_b REAL NOT NULL,
        jaccard     REAL NOT NULL,
        PRIMARY KEY (a, b)
    ) WITHOUT ROWID;
    CREATE INDEX links_b ON links(b);
    CREATE TABLE members (
        document    INTEGER PRIMARY KEY,       -- document number
        component   INTEGER NOT NULL,          -- smallest number linked to it
        story       INTEGER NOT NULL           -- smallest number of its story
    );
    CREATE INDEX members_component ON members(component);
    CREATE INDEX members_story ON members(story);
    CREATE TABLE stories (
        id          INTEGER PRIMARY KEY,       -- its smallest document number
        size        INTEGER NOT NULL,          -- texts in it
        first_seen  TEXT,
        last_seen   TEXT,                      -- UTC, ISO 8601
        title       TEXT
    );
    CREATE INDEX stories_recent ON stories(coalesce(last_seen, '') DESC, size DESC, id);
    CREATE TABLE meta (
        key         TEXT PRIMARY KEY,
        value       TEXT NOT NULL
    );
    INSERT INTO meta VALUES ('store_id', lower(hex(randomblob(16))));
    CREATE TABLE steps (
        old         TEXT NOT NULL,             -- document ids
        new         TEXT NOT NULL,
        kind        TEXT NOT NULL,             -- what was computed, with its version
        body        TEXT NOT NULL,             -- JSON
        PRIMARY KEY (old, new, kind)
    ) WITHOUT ROWID;
    """,
    # 3: sightings refer to texts by number: their unique index then grows at its end
    # (new texts have the largest numbers) instead of at random places by content hash
    """
    CREATE TABLE sightings3 (
        id          INTEGER PRIMARY KEY,
        document    INTEGER NOT NULL REFERENCES documents(number),
        url         TEXT NOT NULL DEFAULT '',
        source      TEXT NOT NULL DEFAULT '',
        position    TEXT NOT NULL DEFAULT '',
        outlet      TEXT,
        published   TEXT,
        retrieved   TEXT,
        metadata    TEXT,
        UNIQUE (document, url, source, position)
    );
    INSERT INTO sightings3
      SELECT s.id, d.number, s.url, s.source, s.position, s.outlet, s.published,
             s.retrieved, s.metadata
        FROM sightings s JOIN documents d ON d.id = s.document;
    DROP TABLE sightings;
    ALTER TABLE sightings3 RENAME TO sightings;
    CREATE INDEX sightings_url ON sightings(url) WHERE url != '';
    """,
    # 4: links keep their body containment (shared text on prose lines, not page
    # chrome); stories follow a new link rule. Links, members and stories are
    # derived: they are emptied, and a new store id makes the next writer rebuild the
    # fingerprint index and link every text again.
    """
    DELETE FROM links;
    DELETE FROM members;
    DELETE FROM stories;
    ALTER TABLE links ADD COLUMN body REAL;     -- NULL: not measured (containment)
    UPDATE meta SET value = lower(hex(randomblob(16))) WHERE key = 'store_id';
    """,
    # 5: watch state (``storydiff watch``, store/watch): every URL watched, with its
    # validators, schedule, last version and failures; each URL's versions in order
    # (flip-flops); events, unique by key, so a restart never repeats one; the short
    # lines' shapes each page showed (site chrome)
    """
    CREATE TABLE watch_urls (
        url           TEXT PRIMARY KEY,
        kind          TEXT NOT NULL,             -- 'feed' or 'page'
        entry         TEXT NOT NULL,             -- the watch-list entry it came from
        outlet        TEXT,
        first_seen    REAL NOT NULL,             -- epoch seconds: the schedule's age
        next_check    REAL NOT NULL,
        last_check    REAL,
        etag          TEXT,
        last_modified TEXT,
        stamp         TEXT,                      -- the feed entry's updated time
        version       TEXT,                      -- document id of the last version
        seq           INTEGER NOT NULL DEFAULT 0,-- versions and events so far
        raw           BLOB,                      -- last extracted text (zstd), chrome and all
        fails         INTEGER NOT NULL DEFAULT 0,
        last_status   INTEGER,
        state         TEXT NOT NULL DEFAULT 'active', -- active, removed, stopped, failing
        settings      TEXT                       -- JSON: a watch-list entry's settings
    );
    CREATE INDEX watch_urls_due ON watch_urls(state, next_check);
    CREATE TABLE watch_versions (
        url           TEXT NOT NULL,
        seq           INTEGER NOT NULL,
        document      TEXT NOT NULL,             -- document id
        seen          REAL NOT NULL,
        PRIMARY KEY (url, seq)
    ) WITHOUT ROWID;
    CREATE TABLE watch_events (
        id            INTEGER PRIMARY KEY,
        key           TEXT NOT NULL UNIQUE,      -- url and seq: one event per step
        kind          TEXT NOT NULL,             -- new, changed, flipflop, removed, ...
        url           TEXT NOT NULL,
        outlet        TEXT,
        story         INTEGER,
        seen          REAL NOT NULL,
        old           TEXT,                      -- document ids
        new           TEXT,
        significance  TEXT NOT NULL,
        body          TEXT NOT NULL,             -- JSON (docs/watch.md)
        emitted       INTEGER NOT NULL DEFAULT 0 -- 1 once given to the outputs
    );
    CREATE INDEX watch_events_pending ON watch_events(emitted) WHERE emitted = 0;
    CREATE TABLE watch_lines (
        host          TEXT NOT NULL,
        key           TEXT NOT NULL,             -- a short line's shape (watch/normalise)
        url           TEXT NOT NULL,             -- a page that showed it
        PRIMARY KEY (host, key, url)
    ) WITHOUT ROWID;
    """,
]

LATEST = len(MIGRATIONS)
