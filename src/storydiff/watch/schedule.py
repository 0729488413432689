"""When to look again: plain functions of the time, so a test can move the clock.

- an article is re-checked on a schedule that slows with its age
  (``WatchConfig.schedule``) and stops after ``max_age``;
- every interval is jittered by a hash of the URL and the time, never a random draw,
  so the same state gives the same schedule in every run (a resumed run repeats an
  uninterrupted one);
- after a failure the wait doubles from ``backoff`` up to ``backoff_max``, or is the
  server's Retry-After when that is longer.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from storydiff.config import WatchConfig


def age_interval(age: float, config: WatchConfig) -> float | None:
    """Seconds until the next check of an article first seen ``age`` seconds ago;
    None when it is too old to check again.

    Examples:
        >>> from storydiff.config import WatchConfig
        >>> c = WatchConfig()
        >>> age_interval(60, c), age_interval(5 * 3600, c), age_interval(3 * 86400, c)
        (900.0, 3600.0, 86400.0)
        >>> age_interval(8 * 86400, c) is None
        True
    """
    if age >= config.max_age:
        return None
    for up_to, interval in config.schedule:
        if age < up_to:
            return interval
    return config.schedule[-1][1] if config.schedule else None


def jittered(interval: float, url: str, when: float, share: float) -> float:
    """``interval`` moved by up to ``share`` of itself, the same way for the same URL
    and time.

    Examples:
        >>> a = jittered(900, "http://a.example/x", 1000.0, 0.1)
        >>> a == jittered(900, "http://a.example/x", 1000.0, 0.1) and 810 <= a <= 990
        True
    """
    if share <= 0:
        return interval
    digest = hashlib.blake2b(f"{url}|{when:.3f}".encode(), digest_size=8).digest()
    unit = int.from_bytes(digest, "big") / 2**64  # [0, 1)
    return interval * (1 + share * (2 * unit - 1))


def next_check(
    url: str, now: float, first_seen: float, config: WatchConfig, every: float | None = None
) -> float | None:
    """When to check ``url`` next: at ``every`` seconds (a feed, or a page with its own
    interval), else on the age schedule; None when it is too old to check again."""
    if every is not None:
        interval: float | None = every
    else:
        interval = age_interval(now - first_seen, config)
    if interval is None:
        return None
    return now + jittered(interval, url, now, config.jitter)


def backoff(fails: int, config: WatchConfig, retry_after: float | None = None) -> float:
    """Seconds to wait after the ``fails``-th failure in a row (at least the server's
    Retry-After, capped at ``backoff_max``).

    Examples:
        >>> from storydiff.config import WatchConfig
        >>> c = WatchConfig(backoff=60, backoff_max=600)
        >>> backoff(1, c), backoff(3, c), backoff(9, c), backoff(1, c, 120.0)
        (60.0, 240.0, 600.0, 120.0)
    """
    wait = min(config.backoff * 2 ** max(fails - 1, 0), config.backoff_max)
    if retry_after is not None:
        wait = max(wait, min(retry_after, config.backoff_max))
    return float(wait)


def retry_after(value: str | None, now: float) -> float | None:
    """A Retry-After header (seconds, or an HTTP date) as seconds from ``now``.

    Examples:
        >>> retry_after("120", 0.0), retry_after("soon", 0.0), retry_after(None, 0.0)
        (120.0, None, None)
        >>> retry_after("Thu, 01 Jan 1970 00:02:00 GMT", 60.0)
        60.0
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now)


def iso(when: float) -> str:
    """Epoch seconds as ISO 8601 in UTC, to the second."""
    return datetime.fromtimestamp(when, UTC).isoformat(timespec="seconds")
