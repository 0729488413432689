"""The web app (``storydiff serve``, ``storydiff.web``): where it listens, what it
refuses, how large its pages and caches are, how often its search index catches up."""

from __future__ import annotations

HOST = "127.0.0.1"
"""Loopback only: the app is for this machine, or for a proxy in front of it
(``docs/serve.md``). Another address must be asked for with --host."""
PORT = 8017
"""A port nothing common uses."""
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
"""Host header values accepted without --allow-host (a page on another site that
points a name of its own at 127.0.0.1 sends its own name, and is refused)."""

PAGE_SIZE = 50
"""Stories on a page of the list, an outlet's page or the changes page."""
MAX_PAGE_SIZE = 200
"""Largest ``limit`` a page or the API takes: a page's cost grows with it."""
MAX_QUERY_CHARS = 200
"""Longest search text, outlet name or cursor."""
MAX_URL_BYTES = 4096
"""Longest request target (path and query); longer: 414."""
MAX_BODY_BYTES = 0
"""The app only reads: any request body is refused (413)."""
MAX_SEARCH_TERMS = 12
"""Words of a search (each must occur); more: 400."""

RATE_PER_SECOND = 400.0
"""Requests a client address may make a second, on average (a token bucket)..."""
RATE_BURST = 800
"""...and at once. Past them: 429 with Retry-After. A person clicking never comes
near; a runaway script is slowed. Behind a proxy every user shares the proxy's
address unless --forwarded-allow-ips trusts its X-Forwarded-For (docs/serve.md)."""
RATE_CLIENTS = 10_000
"""Client addresses remembered by the rate limit (least recent forgotten)."""

CONNECTION_CACHE_MB = 16
"""SQLite's page cache of each of the app's connections (one a request thread, up to
40): small, since the operating system caches the file for all of them; the writer's
256 MB each would add up to gigabytes."""

COMPARISON_CACHE = 512
"""Comparisons (two versions, with facts) kept in memory: a warm page is drawn from
them. About 100 KB each for 3 KB texts."""
COUNT_SECONDS = 10.0
"""How long the list's count of stories is reused before it is counted again."""
STORY_CACHE = 256
"""Stories (versions in order, the evidence they are one story) kept in memory."""

FACTS_AHEAD = 200
"""Stories (the most recently seen) whose facts the app works out ahead, while no
request has come for ``IDLE_SECONDS``, so that "with fact changes" knows them before
anyone opens them: about a second a step with spaCy. Others are worked out when
first shown."""
IDLE_SECONDS = 2.0

SEARCH_SUFFIX = ".search"
"""The search index beside the store: ``NAME.db.search``."""
SEARCH_BATCH = 2_000
"""Texts indexed in one transaction of the search index."""
SEARCH_REFRESH_SECONDS = 30.0
"""How often the search index reads texts the store gained since."""
SEARCH_SCAN_LIMIT = 5_000
"""Most matching texts a search reads for one page of stories (newest first); a
search that matches more says so and offers the next page."""
FALLBACK_SCAN_LIMIT = 20_000
"""Without the search index (its file cannot be written): most stories whose
headline a search reads, newest first; it says how far it looked."""
