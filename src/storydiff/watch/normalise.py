"""What counts as a change: the extracted article's lines, less page chrome.

A page's text is compared line by line (a line is a paragraph of the extracted text,
its spaces collapsed). Lines that are not the article do not count:

- lines matching the entry's ignore patterns (regular expressions, per site);
- automatically, the site's own chrome: lines that change on every fetch of every
  page of a site. A short line (``chrome_max_chars``) is chrome when
  ``chrome_min_pages`` or more pages of the same host have shown it word for word
  (an ad slot's pool, a template's box), or, for a line shaped like a clock or a
  counter ("Updated 3 minutes ago", "1,204 views": a relative time, or a number in
  at most ``COUNTER_WORDS`` words), when that many pages have shown its shape with
  the numbers and time words masked ("updated # ~ ago"). A sentence such as "The
  death toll rose to 12." is not masked: two stories that say so with other numbers
  share no key, and a change to one is reported.

Which pages showed which keys is kept in the store (``watch_lines``), so a restarted
watcher judges exactly as the one that stopped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_UNIT = re.compile(
    r"\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|"
    r"yesterday|today|just now|an?|one)\b"
)
_RELATIVE = re.compile(
    r"\b(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)"
    r"\s+ago\b|\bjust now\b",
    re.IGNORECASE,
)
COUNTER_WORDS = 4
"""A line of at most this many words with a number in it is shaped like a counter."""


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def lines_of(text: str) -> list[str]:
    """The text's non-empty lines, spaces collapsed."""
    out = []
    for line in text.split("\n"):
        clean = _SPACE.sub(" ", line).strip()
        if clean:
            out.append(clean)
    return out


def line_key(line: str) -> str:
    """A line with numbers and time words masked, case folded: the shape a rotating
    line keeps from fetch to fetch.

    Examples:
        >>> line_key("Updated 3 minutes ago") == line_key("Updated 1 hour ago")
        True
        >>> line_key("Views: 1,204")
        'views: #'
    """
    folded = _NUMBER.sub("#", line.casefold())
    return _SPACE.sub(" ", _UNIT.sub("~", folded)).strip()


def clock_like(line: str) -> bool:
    """A relative time, or a short line with a number: what rotates on its own.

    Examples:
        >>> clock_like("Updated 3 minutes ago"), clock_like("1,204 views")
        (True, True)
        >>> clock_like("The death toll rose to 12 on Monday.")
        False
    """
    if _RELATIVE.search(line):
        return True
    return len(line.split()) <= COUNTER_WORDS and bool(_NUMBER.search(line))


def line_keys(line: str) -> list[str]:
    """The keys a short line is counted under: its words ("=" ...) and, when it is
    shaped like a clock or a counter, its masked shape ("~" ...)."""
    keys = ["=" + _SPACE.sub(" ", line.casefold()).strip()]
    if clock_like(line):
        keys.append("~" + line_key(line))
    return keys


def compile_patterns(patterns: Iterable[str]) -> list[re.Pattern[str]]:
    return [re.compile(p) for p in patterns]


class SiteChrome:
    """Which pages of each host have shown each short line's keys (up to
    ``min_pages`` of them: a key seen on that many is chrome)."""

    def __init__(self, min_pages: int = 3, max_chars: int = 200) -> None:
        self.min_pages = min_pages
        self.max_chars = max_chars
        self._pages: dict[str, dict[str, set[str]]] = {}

    def shapes(self, text: str) -> set[str]:
        return {k for x in lines_of(text) if len(x) <= self.max_chars for k in line_keys(x)}

    def update(self, url: str, text: str) -> list[str]:
        """The page at ``url`` shows ``text``; the shapes newly counted for it (for the
        store to keep)."""
        seen = self._pages.setdefault(host_of(url), {})
        new = []
        for key in self.shapes(text):
            pages = seen.setdefault(key, set())
            if url not in pages and len(pages) < self.min_pages:
                pages.add(url)
                new.append(key)
        return new

    def add(self, host: str, key: str, url: str) -> None:
        """A shape a page showed, from the store."""
        pages = self._pages.setdefault(host, {}).setdefault(key, set())
        if len(pages) < self.min_pages:
            pages.add(url)

    def is_chrome(self, host: str, line: str) -> bool:
        if len(line) > self.max_chars:
            return False
        seen = self._pages.get(host, {})
        return any(len(seen.get(key, ())) >= self.min_pages for key in line_keys(line))


def normalise(
    text: str, url: str, chrome: SiteChrome, patterns: Sequence[re.Pattern[str]] = ()
) -> list[str]:
    """The lines of ``text`` that count: not matching ``patterns``, not site chrome."""
    host = host_of(url)
    return [
        line
        for line in lines_of(text)
        if not any(p.search(line) for p in patterns) and not chrome.is_chrome(host, line)
    ]


def words_changed(old: Sequence[str], new: Sequence[str]) -> int:
    """How many words differ between two versions' lines (the larger of the words
    removed and the words added), ignoring case and punctuation.

    Examples:
        >>> words_changed(["The ferry left at noon."], ["The ferry left at 1 pm."])
        2
        >>> words_changed(["Hello, world"], ["hello world!"])
        0
    """
    from difflib import SequenceMatcher

    a = re.findall(r"\w+", " ".join(old).casefold())
    b = re.findall(r"\w+", " ".join(new).casefold())
    removed = added = 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            removed += i2 - i1
            added += j2 - j1
    return max(removed, added)
