"""What counts as a change: the extracted article's lines, less page chrome.

A page's text is compared line by line (a line is a paragraph of the extracted text,
its spaces collapsed). Lines that are not the article do not count:

- lines matching the entry's ignore patterns (regular expressions, per site);
- automatically, the site's own chrome: a short line (``chrome_max_chars``) that,
  with its numbers and time units masked ("Updated # ~ ago"), has been seen on
  ``chrome_min_pages`` or more pages of the same host. A rotating "updated 3 minutes
  ago" line, a view counter or an ad slot whose pool of ads runs across the site
  changes on every fetch of every page, and soon shows on many; an article's
  paragraphs stand on one page.

Which pages showed which shapes is kept in the store (``watch_lines``), so a restarted
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


def compile_patterns(patterns: Iterable[str]) -> list[re.Pattern[str]]:
    return [re.compile(p) for p in patterns]


class SiteChrome:
    """Which pages of each host have shown each short line's shape (up to
    ``min_pages`` of them: a shape seen on that many is chrome)."""

    def __init__(self, min_pages: int = 3, max_chars: int = 200) -> None:
        self.min_pages = min_pages
        self.max_chars = max_chars
        self._pages: dict[str, dict[str, set[str]]] = {}

    def shapes(self, text: str) -> set[str]:
        return {line_key(x) for x in lines_of(text) if len(x) <= self.max_chars}

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
        pages = self._pages.get(host, {}).get(line_key(line))
        return pages is not None and len(pages) >= self.min_pages

    def size(self) -> int:
        """Shapes counted, all hosts together."""
        return sum(len(c) for c in self._pages.values())


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
