"""The watch list: feeds and pages, from the command line or a TOML file.

    [[watch]]
    url = "https://news.example/feed.xml"   # required, http(s)
    outlet = "Example Gazette"              # optional: the name events carry
    interval = "10m"                        # optional: seconds, or 30s / 10m / 2h / 1d
    kind = "feed"                           # optional: feed or page (else found out)
    selector = "article .story-body"        # optional: where the article is on its pages
    ignore = ['^Advertisement', 'views$']   # optional: lines (regular expressions) to ignore

A feed's interval is how often it is read; the articles it lists are re-checked on
the age schedule, with the feed's selector and ignore patterns. A page's interval,
when given, replaces the age schedule for it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import orjson

from storydiff.errors import WatchListError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1.0, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_KEYS = {"url", "outlet", "interval", "kind", "selector", "ignore"}


@dataclass(frozen=True, slots=True)
class WatchEntry:
    url: str
    outlet: str | None = None
    interval: float | None = None
    kind: str = "auto"
    """"feed", "page", or "auto": decided by what the first fetch returns."""
    selector: str | None = None
    ignore: tuple[str, ...] = ()


def entry_json(entry: WatchEntry) -> str:
    """An entry's settings as the store keeps them."""
    data = {"outlet": entry.outlet, "interval": entry.interval, "kind": entry.kind,
            "selector": entry.selector, "ignore": list(entry.ignore)}  # fmt: skip
    return orjson.dumps(data).decode()


def entry_from_json(url: str, settings: str | None) -> WatchEntry:
    """The entry of ``url`` from its stored settings (``entry_json``)."""
    data = orjson.loads(settings) if settings else {}
    return WatchEntry(
        url,
        outlet=data.get("outlet"),
        interval=data.get("interval"),
        kind=data.get("kind", "auto"),
        selector=data.get("selector"),
        ignore=tuple(data.get("ignore") or ()),
    )


def duration(value: object, where: str) -> float:
    """Seconds from a number or "30s", "10m", "2h", "1d".

    Examples:
        >>> duration("10m", "x"), duration(90, "x"), duration("1.5h", "x")
        (600.0, 90.0, 5400.0)
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value)
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise WatchListError(
                where, f"interval {value!r} is not a duration", "say 30s, 10m, 2h or 1d"
            )
        seconds = float(match[1]) * _UNITS[match[2]]
    if not 1 <= seconds <= 366 * 86400:
        raise WatchListError(where, f"interval {value!r} is out of range", "from 1 s to a year")
    return seconds


def check_url(url: str, where: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise WatchListError(
            where, f"{url!r} is not an http(s) URL", "give the feed's or page's address"
        )
    return url


def _patterns(value: object, where: str) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(p, str) for p in items):
        raise WatchListError(where, "ignore must be a list of regular expressions")
    for pattern in items:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise WatchListError(where, f"ignore pattern {pattern!r} is not valid ({exc})") from exc
    return tuple(items)


def entry_from(data: dict[str, Any], where: str) -> WatchEntry:
    unknown = set(data) - _KEYS
    if unknown:
        raise WatchListError(
            where, f"unknown key {sorted(unknown)[0]!r}", f"keys are {', '.join(sorted(_KEYS))}"
        )
    if not isinstance(data.get("url"), str):
        raise WatchListError(where, "has no url")
    kind = data.get("kind", "auto")
    if kind not in ("auto", "feed", "page"):
        raise WatchListError(where, f"kind {kind!r} is not feed or page")
    selector = data.get("selector")
    if selector is not None:
        if not isinstance(selector, str):
            raise WatchListError(where, "selector must be text (a CSS selector)")
        selector_xpath(selector, where)
    outlet = data.get("outlet")
    if outlet is not None and not isinstance(outlet, str):
        raise WatchListError(where, "outlet must be text")
    return WatchEntry(
        url=check_url(data["url"], where),
        outlet=outlet,
        interval=duration(data["interval"], where) if "interval" in data else None,
        kind=kind,
        selector=selector,
        ignore=_patterns(data.get("ignore", []), where),
    )


def read_watchlist(path: Path) -> list[WatchEntry]:
    """The entries of a TOML watch list (``[[watch]]`` tables)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise WatchListError(str(path), f"cannot be read ({exc.strerror or exc})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise WatchListError(str(path), f"is not valid TOML ({exc})") from exc
    tables = data.get("watch", [])
    if set(data) - {"watch"} or not isinstance(tables, list):
        raise WatchListError(str(path), "holds something other than [[watch]] tables")
    if not tables:
        raise WatchListError(str(path), "has no [[watch]] entries")
    for n, table in enumerate(tables, start=1):
        if not isinstance(table, dict):
            raise WatchListError(f"{path}: entry {n}", "is not a [[watch]] table")
    return [entry_from(t, f"{path}: entry {n}") for n, t in enumerate(tables, start=1)]


def entries_from(specs: Iterable[str], interval: float | None = None) -> list[WatchEntry]:
    """Entries from the command line: URLs, and TOML files (``*.toml``)."""
    out: list[WatchEntry] = []
    for spec in specs:
        if spec.endswith(".toml"):
            out += read_watchlist(Path(spec))
        else:
            out.append(WatchEntry(check_url(spec, spec), interval=interval))
    seen: set[str] = set()
    unique = []
    for entry in out:
        if entry.url not in seen:
            seen.add(entry.url)
            unique.append(entry)
    return unique


def selector_xpath(selector: str, where: str = "") -> str:
    """A CSS selector (CSS 3, as cssselect reads it: tags, classes, ids, attributes,
    combinators, pseudo-classes) as XPath for lxml's HTML trees.

    Examples:
        >>> selector_xpath("div#main > p")
        "descendant-or-self::div[@id = 'main']/p"
        >>> selector_xpath("[itemprop=articleBody]")
        "descendant-or-self::*[@itemprop = 'articleBody']"
    """
    from cssselect import HTMLTranslator, SelectorError

    try:
        return str(HTMLTranslator().css_to_xpath(selector))
    except SelectorError as exc:
        raise WatchListError(
            where or selector, f"selector {selector!r} is not CSS ({exc})", "check the selector"
        ) from exc
