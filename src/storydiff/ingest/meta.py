"""The publication time a page states in its own metadata, with its UTC offset.

trafilatura (htmldate) returns one date for a page, and a page often carries several
stamps of one moment: WordPress writes ``article:published_time`` in UTC while the
byline's ``<time datetime>`` has the local offset. The UTC stamp alone puts a story
filed at 11:37 pm in New York on the next day. So the page's stamps are read here,
in this order, and the first full one (date, time and offset) is the publication
time:

1. JSON-LD ``datePublished`` of an article (``@graph`` and lists included);
2. ``<meta>`` publication properties (``article:published_time``, ``og:...``,
   ``parsely-pub-date``, Dublin Core, ...);
3. ``itemprop="datePublished"`` (``content`` or ``datetime``);
4. JSON-LD ``datePublished`` of any other object (a ``WebPage``);
5. ``<time>`` marked as the publication (``pubdate``, or a class naming it).

Its offset is the page's own: when it is UTC and another stamp of the page (any
``<time datetime>`` included) gives the same moment with another offset, that offset
is taken. Stamps without a time or an offset, or before ``PUBLISHED_MIN_YEAR`` (a
CMS's 1970-01-01), are left to trafilatura.

The date trafilatura reads from the page (its text, its URL) is a hint: when the
stamps disagree, the first on that day is taken; and when the stamp is in UTC with
no local one beside it, the page's calendar day is the hint's if the moment falls
on it in some time zone (UTC-12 to UTC+14). On trafilatura's labelled pages (699
with a date, the blind sample left out) that gets 608 days right; the stamps alone
602, trafilatura's date 607 (``docs/benchmarks.md``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import lxml.html
from lxml.etree import ParserError, XMLSyntaxError

from storydiff.config import PUBLISHED_MAX_AHEAD_DAYS, PUBLISHED_MIN_YEAR, PUBLISHED_SAME_SECONDS

_META_NAMES = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "parsely-pub-date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "date",
)
_ARTICLE = re.compile(r"(article|posting|report|blog)$", re.I)
_STAMP = re.compile(r"^\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_JS_DATE = re.compile(r"^\s*\w{3} (\w{3}) (\d{1,2}) (\d{4}) (\d{2}:\d{2}:\d{2}) GMT([+-]\d{4})")
_PUBLISHED_CLASS = re.compile(r"\b(published|pubdate|datePublished)\b")


@dataclass(frozen=True, slots=True)
class Published:
    """A page's publication time: ``when`` with the page's own UTC offset (UTC when
    the page gives no other), where it was read (``json-ld``, ``meta:<name>``,
    ``itemprop``, ``time``) and the calendar day the page shows."""

    when: datetime
    where: str
    day: date

    @property
    def utc(self) -> datetime:
        return self.when.astimezone(UTC)


def parse_stamp(value: str | None) -> datetime | None:
    """A timestamp with date, time and UTC offset, else None.

    Examples:
        >>> parse_stamp("2026-03-01T23:30:00-05:00").isoformat()
        '2026-03-01T23:30:00-05:00'
        >>> parse_stamp("Tue Feb 20 2018 01:00:00 GMT+0100 (CET)").isoformat()
        '2018-02-20T01:00:00+01:00'
        >>> parse_stamp("2026-03-01") is None, parse_stamp("2026-03-01T23:30:00") is None
        (True, True)
    """
    if not value:
        return None
    text = value.strip()
    js = _JS_DATE.match(text)
    if js:
        month, day, year, clock, offset = js.groups()
        try:
            when = datetime.strptime(
                f"{year} {month} {day} {clock} {offset}", "%Y %b %d %H:%M:%S %z"
            )
        except ValueError:
            return None
    elif _STAMP.match(text):
        try:
            when = datetime.fromisoformat(text.replace(" ", "T", 1))
        except ValueError:
            return None
    else:
        return None
    if when.tzinfo is None or when.year < PUBLISHED_MIN_YEAR:
        return None
    if when - datetime.now(UTC) > timedelta(days=PUBLISHED_MAX_AHEAD_DAYS):
        return None
    return when


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD value, ``@graph`` and nesting included."""
    if isinstance(node, list):
        for item in node:
            yield from _walk(item)
    elif isinstance(node, dict):
        yield node
        for value in node.values():
            if isinstance(value, dict | list):
                yield from _walk(value)


def _top(node: Any) -> Iterator[dict[str, Any]]:
    """The top-level JSON-LD objects: the value, a list's items, ``@graph`` members."""
    for item in node if isinstance(node, list) else [node]:
        if isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                yield from (g for g in graph if isinstance(g, dict))


def _is_article(obj: dict[str, Any]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and _ARTICLE.search(k) for k in kinds)


def _json_ld(
    tree: lxml.html.HtmlElement, key: str = "datePublished", nested: bool = True
) -> tuple[list[str], list[str]]:
    """``datePublished`` (or ``key``) values of articles, and of every other object;
    with ``nested`` False, of the top-level objects and ``@graph`` members only (not a
    related article inside the page's own)."""
    articles: list[str] = []
    others: list[str] = []
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        try:
            data = json.loads(
                script.text.strip().removeprefix("<!--").removesuffix("-->"), strict=False
            )
        except ValueError:
            continue
        for obj in _walk(data) if nested else _top(data):
            value = obj.get(key)
            if isinstance(value, str):
                (articles if _is_article(obj) else others).append(value)
    return articles, others


def _stamps(tree: lxml.html.HtmlElement) -> Iterator[tuple[str, str]]:
    """(where, value) of every publication stamp, in order of trust."""
    articles, others = _json_ld(tree)
    yield from (("json-ld", v) for v in articles)
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        if key in _META_NAMES and key not in metas and meta.get("content"):
            metas[key] = meta.get("content") or ""
    yield from ((f"meta:{k}", metas[k]) for k in _META_NAMES if k in metas)
    for el in tree.xpath('//*[@itemprop="datePublished"]'):
        yield "itemprop", el.get("content") or el.get("datetime") or ""
    yield from (("json-ld", v) for v in others)
    for el in tree.iter("time"):
        if el.get("pubdate") is not None or _PUBLISHED_CLASS.search(el.get("class") or ""):
            yield "time", el.get("datetime") or ""


def _local_offset(tree: lxml.html.HtmlElement, when: datetime) -> datetime:
    """``when`` in the page's own offset, when it is UTC and another stamp of the
    page gives the same moment with another offset."""
    if when.utcoffset() != timedelta(0):
        return when
    values = [el.get("datetime") or "" for el in tree.iter("time")]
    values += [v for _, v in _stamps(tree)]
    for other in map(parse_stamp, values):
        if (
            other is not None
            and other.utcoffset() != timedelta(0)
            and abs((other - when).total_seconds()) <= PUBLISHED_SAME_SECONDS
        ):
            return when.astimezone(other.tzinfo)
    return when


_UPDATED_NAMES = (
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "article:modified",
    "datemodified",
    "last-modified",
    "lastmod",
    "dcterms.modified",
    "dc.date.modified",
)


def updated_time(html: str | lxml.html.HtmlElement) -> datetime | None:
    """When the page says the article was last changed, in UTC: ``<meta>``
    modification properties (``article:modified_time``, ``og:updated_time``, ...),
    then ``itemprop="dateModified"``, then the JSON-LD ``dateModified`` of a top-level
    article (not of a related one inside it); the first stamp with a date, a time and
    an offset.

    Examples:
        >>> page = '<meta property="article:modified_time" content="2026-03-02T10:15:00+01:00">'
        >>> updated_time(f"<html><head>{page}</head><body></body></html>").isoformat()
        '2026-03-02T09:15:00+00:00'
    """
    tree = page_tree(html) if isinstance(html, str) else html
    if tree is None:
        return None
    values: list[str] = []
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        if key in _UPDATED_NAMES and key not in metas and meta.get("content"):
            metas[key] = meta.get("content") or ""
    values += [metas[k] for k in _UPDATED_NAMES if k in metas]
    values += [
        el.get("content") or el.get("datetime") or ""
        for el in tree.xpath('//*[@itemprop="dateModified"]')
    ]
    values += _json_ld(tree, "dateModified", nested=False)[0]
    when = next((w for w in map(parse_stamp, values) if w is not None), None)
    return when.astimezone(UTC) if when else None


def page_tree(html: str) -> lxml.html.HtmlElement | None:
    """The page parsed by lxml, or None when it cannot be."""
    try:
        return lxml.html.document_fromstring(html.encode("utf-8", "replace"))
    except (ParserError, XMLSyntaxError, ValueError):
        return None


def _day(when: datetime, hint: date | None) -> date:
    """The page's calendar day: the hint's when ``when`` is in UTC and falls on the
    hint's day in some time zone, else ``when``'s own."""
    if hint is None or when.utcoffset() != timedelta(0):
        return when.date()
    midnight = datetime.combine(hint, time(), UTC)
    if midnight - timedelta(hours=14) <= when < midnight + timedelta(hours=36):
        return hint
    return when.date()


def published_time(html: str | lxml.html.HtmlElement, hint: date | None = None) -> Published | None:
    """The publication time the page's metadata states, with the page's offset;
    ``hint`` is the day trafilatura reads from the page.

    Examples:
        >>> page = '<meta property="article:published_time" content="2026-03-01T23:30:00-05:00">'
        >>> found = published_time(f"<html><head>{page}</head><body></body></html>")
        >>> found.utc.isoformat(), found.when.date().isoformat(), found.where
        ('2026-03-02T04:30:00+00:00', '2026-03-01', 'meta:article:published_time')
    """
    tree = page_tree(html) if isinstance(html, str) else html
    if tree is None:
        return None
    found = [(where, when) for where, value in _stamps(tree) if (when := parse_stamp(value))]
    if not found:
        return None
    stamps = [(where, _local_offset(tree, when)) for where, when in found]
    where, when = next(((w, s) for w, s in stamps if s.date() == hint), stamps[0])
    return Published(when, where, _day(when, hint))
