"""Article text and metadata from an HTML page, with trafilatura.

Comments are excluded. Two passes of trafilatura read the page: a precise one
(``favor_precision``) and its default one. Where they disagree the text is their
union in page order: the precise pass drops paragraphs of the article (a lead, a
list, a table, whole articles), the default pass keeps more page furniture, and
lines that come only from blocks the page's markup calls chrome are then dropped
(``ingest.chrome``). A page that is only navigation yields no article rather than
its menu labels: when the precise pass finds none, the default's text counts only
from ``EXTRACT_RESCUE_WORDS`` words.

The page's own description (``og:description`` and the like) is the article's lead
when the page shows it, outside chrome, before the first extracted line and the
text lacks it: trafilatura often leaves a standfirst set apart from the body out.
A first paragraph that repeats the headline is dropped, since the headline is
compared on its own. A site's name before or after the headline in the title
("Quay reopens | Fenwick Gazette") is taken off.

The publication time is the one the page's metadata states, read with its offset
(``ingest.meta``), in UTC. The metadata keeps the stamp with the page's own offset
(``published_local``) and the calendar day the page shows (``published_day``).
Without such a stamp trafilatura's date is used (a date alone is a naive midnight).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import trafilatura

from storydiff.config import EXTRACT_LEAD_MIN_CHARS, EXTRACT_RESCUE_WORDS, MIN_ARTICLE_WORDS
from storydiff.document import Document
from storydiff.errors import NoArticleError
from storydiff.ingest.chrome import PageText
from storydiff.ingest.meta import Published, page_tree, published_time, updated_time
from storydiff.ingest.plain import parse_datetime

log = logging.getLogger(__name__)


_DATE_PARAMS = {
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
    "original_date": True,
    "extensive_search": True,
}


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML document or fragment, or holds an HTML
    document after something else (a server's PHP warnings printed before the page:
    the page is still to be extracted, not stored as text with its markup)."""
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or (
        head.startswith("<")
        and any(tag in head for tag in ("<head", "<body", "<p>", "<div", "<article"))
    ):
        return True
    early = text[:65536].lower()
    return "<html" in early and ("<head" in early or "<body" in early)


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(f"[{_CJK}]{{1,2}}|[^\\s{_CJK}]+")


def count_words(text: str) -> int:
    """Words of any script: Chinese and Japanese, written without spaces, count a
    word per two characters."""
    return len(_WORD.findall(text))


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def union(precise: list[str], default: list[str]) -> list[str]:
    """The lines of both passes in page order: each precise line where it stands,
    and before it the default pass's lines up to the same line there, less those the
    precise pass has elsewhere. Both passes keep the page's order, so one walk
    suffices (linear, where a diff would be quadratic on a page of many lines).

    Examples:
        >>> union(["Lead.", "Body."], ["Menu", "Body.", "List item", "Share"])
        ['Lead.', 'Menu', 'Body.', 'List item', 'Share']
    """
    own = set(precise)
    at: dict[str, list[int]] = {}
    for k, line in enumerate(default):
        at.setdefault(line, []).append(k)
    lines: list[str] = []
    j = 0  # the first of the default pass's lines not placed yet
    for line in precise:
        places = at.get(line, [])
        k = bisect_left(places, j)
        if k < len(places):
            lines += [d for d in default[j : places[k]] if d not in own]
            j = places[k] + 1
        lines.append(line)
    return lines + [d for d in default[j:] if d not in own]


def _both(precise: str, html: str, url: str | None) -> list[str]:
    """The union of the precise pass's lines and the default pass's; the default's
    alone only from ``EXTRACT_RESCUE_WORDS`` words when the precise pass found none."""
    default = (trafilatura.extract(html, url=url, include_comments=False) or "").strip()
    if count_words(precise) >= MIN_ARTICLE_WORDS:
        return union(_lines(precise), _lines(default))
    if count_words(default) >= EXTRACT_RESCUE_WORDS:
        log.debug("precise extraction found no article, using the default pass's")
        return _lines(default)
    return _lines(precise)


def with_lead(paragraphs: list[str], description: str | None, page: PageText) -> list[str]:
    """The paragraphs with the page's description before them when it is a lead
    the extraction lost: at least ``EXTRACT_LEAD_MIN_CHARS`` long, not in the text,
    shown on the page outside chrome and before the first paragraph."""
    lead = " ".join((description or "").split())
    if len(lead) < EXTRACT_LEAD_MIN_CHARS or not paragraphs or page.only_chrome(lead):
        return paragraphs
    at = page.visible.find(lead)
    if at < 0 or lead in " ".join(" ".join(paragraphs).split()):
        return paragraphs
    first = page.visible.find(" ".join(paragraphs[0].split()))
    return paragraphs if 0 <= first < at else [lead, *paragraphs]


_TITLE_SEP = re.compile(r"\s+[-|–—·:/»]\s+")


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def without_site_name(title: str, *names: str | None) -> str:
    """The title without a site's name (``names``: the site's name, host names or
    URLs) before or after it.

    Examples:
        >>> without_site_name("Quay reopens | Fenwick Gazette", "Fenwick Gazette")
        'Quay reopens'
        >>> without_site_name("FENWICK - Quay reopens", "https://www.fenwick.example/x")
        'Quay reopens'
        >>> without_site_name("Quay reopens - Harbour board says", "Fenwick Gazette")
        'Quay reopens - Harbour board says'
    """
    keys = set()
    for name in filter(None, names):
        host = (urlsplit(name).hostname or "") if "://" in name else name
        key = _key(host).removeprefix("www.")
        keys |= {key, key.rsplit(".", 1)[0]} if "." in key and " " not in key else {key}
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2 or not keys - {""}:
        return title
    if _key(parts[-1]).removeprefix("www.") in keys:
        return title[: title.rfind(parts[-1])].rstrip(" -|–—·:/»")
    if _key(parts[0]).removeprefix("www.") in keys:
        return title[len(parts[0]) :].lstrip(" -|–—·:/»")
    return title


def _published(html: str, fallback: str | None) -> tuple[datetime | None, dict[str, str]]:
    """The publication time in UTC (naive when only a date is known), and for the
    metadata the page's local stamp, its calendar day, where it was read, and when the
    page says it was last changed (``updated``, UTC; not before the publication: a
    stamp the CMS wrote before the publication time is a scheduled post's, no change)."""
    guess = parse_datetime(fallback)
    tree = page_tree(html)
    found = published_time(tree, guess.date() if guess else None) if tree is not None else None
    published, stamp = _stamp(found, guess)
    updated = updated_time(tree) if tree is not None else None
    if updated and (published is None or published.tzinfo is None or updated >= published):
        stamp["updated"] = updated.isoformat()
    return published, stamp


def _stamp(
    found: Published | None, guess: datetime | None
) -> tuple[datetime | None, dict[str, str]]:
    if found is not None:
        local = {"published_local": found.when.isoformat(), "published_from": found.where}
        return found.utc, local | {"published_day": found.day.isoformat()}
    if guess is None:
        return None, {}
    day = {"published_day": guess.date().isoformat(), "published_from": "trafilatura"}
    if guess.tzinfo is None:
        return guess, day
    return guess.astimezone(UTC), day | {"published_local": guess.isoformat()}


def read_html(html: str, source: str, url: str | None = None) -> Document:
    """Extract the article of an HTML page.

    Paragraphs come out separated by blank lines. The canonical URL from the page
    wins over the URL it was fetched from.
    """
    result = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        favor_precision=True,
        with_metadata=True,
        date_extraction_params=_DATE_PARAMS,
    )
    data: dict[str, Any] = {}
    if isinstance(result, dict):
        data = result
    elif result is not None:
        data = result.as_dict()
    lines = _both((data.get("text") or "").strip(), html, url)
    if count_words("\n".join(lines)) < MIN_ARTICLE_WORDS:
        raise NoArticleError(
            source, "has no article text that could be extracted", "is it an article page?"
        )
    page = PageText(html)
    paragraphs = page.drop_chrome(lines)
    title = data.get("title") or None
    if title:
        title = without_site_name(title, data.get("sitename"), data.get("hostname"), url) or title
    if title and len(paragraphs) > 1 and _same(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    description = data.get("description")
    if not (title and description and _same(description, title)):
        paragraphs = with_lead(paragraphs, description, page)
    meta: dict[str, Any] = {
        k: data[k]
        for k in ("author", "description", "hostname", "categories", "tags")
        if data.get(k)
    }
    published, stamp = _published(html, data.get("date"))
    meta.update(stamp)
    return Document(
        text="\n\n".join(paragraphs),
        title=title,
        url=data.get("url") or url,
        source=source,
        outlet=data.get("sitename") or None,
        published=published,
        metadata=meta,
    )
