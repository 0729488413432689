"""Reading inputs (``ingest``): fetching, extraction, page chrome, publication times."""

from __future__ import annotations

from dataclasses import dataclass

USER_AGENT = "Mozilla/5.0 (compatible; storydiff/0.1; +https://storydiff.example/bot)"


@dataclass(frozen=True, slots=True)
class InputConfig:
    """How inputs are read and fetched."""

    max_bytes: int = 10 * 1024 * 1024
    """Largest input accepted, file or download. News articles are well under 1 MB;
    10 MB leaves room for heavy HTML pages and refuses dumps passed by mistake."""
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    """Seconds to wait for any one read of a connection."""
    deadline: float = 30.0
    """Seconds a whole fetch may take (connect, headers and body together), whatever
    the server does: a server dripping a byte a second never trips a read timeout."""
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    robots_token: str = "storydiff"
    """The product token robots.txt rules are matched on (RFC 9309)."""


DEFAULT_INPUT = InputConfig()

# Feeds (``ingest.feed``)
MIN_CONTENT_WORDS = 80
"""Entry content shorter than this is taken as a teaser, and the page is fetched."""

# Extraction (``ingest.html``, ``ingest.chrome``)
MIN_ARTICLE_WORDS = 8
"""Fewer extracted words than this is a menu or a caption, not an article."""
EXTRACT_LEAD_MIN_CHARS = 80
"""A page's description is taken as the article's lead (when the page shows it before
the extracted text, which lacks it) only from this many characters: shorter ones are
slogans and labels. Chosen on two thirds of ../shared/data/webpages (40, 80, 120
tried), see docs/benchmarks.md."""
EXTRACT_RESCUE_WORDS = 50
"""When the precise pass finds no article, the default pass's text is used only from
this many words: an article the precise pass missed, not a menu page's labels."""
CHROME_MAX_SHARE = 0.25
"""A block marked as chrome holds at most this share of the page's visible text."""
CHROME_LINK_SHARE = 0.5
"""A block with a weak chrome name counts when this share of its text is links."""
CHROME_MAX_DROP = 0.5
"""Chrome lines are dropped only while they are under this share of the article."""
CHROME_MIN_LINE_CHARS = 15
"""Shorter lines ("Share", "More") are never dropped as chrome: they say too little to
place."""
PUBLISHED_MIN_YEAR = 1995
"""A page's metadata stamp before this year is a placeholder (a CMS's 1970-01-01), not
its publication time (htmldate's own floor is 1995 too)."""
PUBLISHED_MAX_AHEAD_DAYS = 2
"""A stamp more than this many days after the present is a mistake, not a date."""
PUBLISHED_SAME_SECONDS = 120
"""Two stamps of a page at most this far apart are one moment: a UTC stamp takes the
offset of a local one (a byline's ``<time>`` written a minute after the metadata)."""
