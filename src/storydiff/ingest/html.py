"""Article text and metadata from an HTML page, with trafilatura.

Comments are excluded and precision is favoured: a page that is only navigation
yields no article rather than its menu labels. A first paragraph that repeats the
headline is dropped, since the headline is compared on its own.
"""

from __future__ import annotations

import logging
from typing import Any

import trafilatura

from storydiff.document import Document
from storydiff.errors import NoArticleError
from storydiff.ingest.plain import parse_datetime

log = logging.getLogger(__name__)

MIN_ARTICLE_WORDS = 8
"""Fewer extracted words than this is a menu or a caption, not an article."""

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
    text = (data.get("text") or "").strip()
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise NoArticleError(
            source, "has no article text that could be extracted", "is it an article page?"
        )
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    title = data.get("title") or None
    if title and len(paragraphs) > 1 and _same(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    meta = {
        k: data[k]
        for k in ("author", "description", "hostname", "categories", "tags")
        if data.get(k)
    }
    return Document(
        text="\n\n".join(paragraphs),
        title=title,
        url=data.get("url") or url,
        source=source,
        outlet=data.get("sitename") or None,
        published=parse_datetime(data.get("date")),
        metadata=meta,
    )
