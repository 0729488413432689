"""Watching feeds and pages (``watch``): when to look, how politely, what counts as a
change, and where events go."""

from __future__ import annotations

from dataclasses import dataclass, field

MINUTE, HOUR, DAY = 60.0, 3600.0, 86400.0

WATCH_SCHEDULE: tuple[tuple[float, float], ...] = (
    (3 * HOUR, 15 * MINUTE),
    (24 * HOUR, HOUR),
    (7 * DAY, DAY),
)
"""(age up to, interval): an article is re-checked every 15 minutes in its first three
hours, hourly to a day, daily to a week (NewsDiffs' shape: most edits come in the
first hours), then no more (``WatchConfig.max_age``)."""


@dataclass(frozen=True, slots=True)
class WatchConfig:
    """How ``storydiff watch`` schedules, fetches and judges."""

    rate: float = 1.0
    """Seconds between two requests to one host, across everything watched."""
    feed_interval: float = 10 * MINUTE
    """How often a feed is read when its entry in the watch list gives no interval."""
    page_interval: float | None = None
    """A page named on its own is checked at this interval when set; else on the
    age schedule like an article found in a feed."""
    schedule: tuple[tuple[float, float], ...] = WATCH_SCHEDULE
    max_age: float = 7 * DAY
    """An article older than this (since watch first saw it) is no longer checked."""
    jitter: float = 0.1
    """Each interval is moved by up to this share, the same way for the same URL and
    time (a hash, not a random draw), so restarts and runs repeat exactly."""
    backoff: float = 5 * MINUTE
    """First wait after a failure (5xx, 429, timeout); doubled with each further one."""
    backoff_max: float = 12 * HOUR
    """Longest wait after failures; a Retry-After longer than this is capped too."""
    max_failures: int = 10
    """A URL that failed this many times in a row is no longer checked."""
    robots_ttl: float = DAY
    """How long a host's robots.txt is kept before it is read again."""
    truncate_share: float = 0.5
    """A new text with fewer than this share of the last version's words is a
    "truncated" event (a page half-loaded, a paywall), not a new version..."""
    truncate_min_words: int = 80
    """...when the last version had at least this many words."""
    chrome_min_pages: int = 2
    """A short line seen word for word on this many pages of one host, or a clock or
    counter line ("updated 3 minutes ago") seen in its masked shape on this many, is
    the site's chrome and never makes a new version (``watch.normalise``)."""
    chrome_max_chars: int = 100
    """Longer lines are never taken as chrome automatically: they are article text."""
    trivial_words: int = 2
    """A change of at most this many words with no fact change is "trivial"."""
    contact: str | None = None
    """An e-mail address or URL put in the User-Agent so a site can reach you."""
    facts: bool = True
    """Compare versions for fact changes (spaCy); off: events carry wording only."""
    ignore: tuple[str, ...] = field(default_factory=tuple)
    """Regular expressions: matching lines are ignored on every site."""


DEFAULT_WATCH = WatchConfig()

SIGNIFICANCE_LEVELS = ("trivial", "wording", "facts")
"""Event significance, least to most: outputs take ``--min-significance``."""
WEBHOOK_TIMEOUT = 10.0
"""Seconds a webhook POST may take."""
WEBHOOK_RETRIES = 3
"""Attempts at a webhook POST (waits of 1, 2, 4... s between them) before the event
is left undelivered there (logged; the other outputs and the store have it)."""
REDLINE_CHARS = 600
"""Longest redline in an event (characters of both sides with their context)."""
ATOM_ENTRIES = 50
"""Entries in each Atom feed of changes."""
STATUS_SECONDS = 0.5
"""How often the terminal status line is redrawn."""
