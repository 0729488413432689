"""Whether a page shows a new version: its article extracted, normalised (chrome and
ignored lines out), and judged against the last version the URL showed: unchanged,
a change, a flip-flop back to an earlier version, or a sudden shrink ("truncated",
not a version). Then the event, with the fact changes from ``compare``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from lxml import etree
from lxml import html as lxml_html

from storydiff.document import Document
from storydiff.errors import NoArticleError
from storydiff.ingest.html import looks_like_html, read_html
from storydiff.ingest.source import from_text
from storydiff.pair.compare import Comparison, compare, updated_at
from storydiff.store.watch import WatchedUrl, WatchQueries, versions_of
from storydiff.watch.events import Event, fact_changes, redline, significance
from storydiff.watch.normalise import normalise
from storydiff.watch.schedule import iso
from storydiff.watch.watchlist import selector_xpath

if TYPE_CHECKING:
    from storydiff.watch.check import Checker


@dataclass(slots=True)
class PageText:
    raw: str
    """The extracted article, chrome and all."""
    title: str | None
    outlet: str | None
    published: datetime | None
    metadata: dict[str, Any] = field(default_factory=dict)


def _selected(text: str, selector: str, url: str) -> str:
    root = lxml_html.fromstring(text)
    found = root.xpath(selector_xpath(selector))
    if not found:
        raise NoArticleError(url, f"has nothing at the selector {selector!r}", "check the selector")
    inner = "".join(etree.tostring(node, encoding="unicode", method="html") for node in found)
    return f"<html><body><article>{inner}</article></body></html>"


def extract(text: str, url: str, final_url: str, selector: str | None) -> PageText:
    """The article of a fetched page (only what ``selector`` picks, when given)."""
    if not looks_like_html(text):
        doc = from_text(text, url, url=final_url)
        return PageText(doc.text, doc.title, doc.outlet, doc.published, dict(doc.metadata))
    doc = read_html(text, url, final_url)
    raw = doc.text
    if selector:
        raw = read_html(_selected(text, selector, url), url, final_url).text
    return PageText(raw, doc.title, doc.outlet, doc.published, dict(doc.metadata))


@dataclass(slots=True)
class Verdict:
    kind: str
    """"first", "unchanged", "changed", "flipflop", "truncated", "removed", "restored"."""
    store: Document | None = None
    """The version to store, if any."""
    old_id: str | None = None
    new_id: str | None = None
    old_text: str = ""
    new_text: str = ""
    title: str | None = None
    comparison: Comparison | None = None
    note: str = ""
    stealth: bool | None = None
    """Whether the page changed without saying so (``announced``); None: it cannot tell."""
    announced: str = ""
    """How the page said it changed, or that it did not."""


def _words(lines: Sequence[str]) -> int:
    return sum(len(line.split()) for line in lines)


def judge(
    checker: Checker,
    row: WatchedUrl,
    page: PageText,
    patterns: Sequence[re.Pattern[str]],
    retrieved: datetime,
) -> Verdict:
    """What the page shows, against the URL's last version."""
    chrome = checker.chrome
    lines = normalise(page.raw, row.url, chrome, patterns)
    doc = Document(
        text="\n\n".join(lines),
        title=page.title,
        url=row.url,
        source=row.entry,
        outlet=row.outlet or page.outlet,
        published=page.published,
        retrieved=retrieved,
        metadata={**page.metadata, "position": "watch"},
    )
    if row.version is None:
        return Verdict("first", doc if lines else None, None, doc.id, title=page.title)
    old = checker.store.document(row.version)
    old_lines = normalise(old.text, row.url, chrome, patterns)
    old_text, new_text = "\n\n".join(old_lines), doc.text
    base = Verdict("unchanged", None, row.version, doc.id, old_text, new_text, page.title)
    if old_lines == lines:
        base.new_id = row.version
        return base
    config = checker.config
    before, after = _words(old_lines), _words(lines)
    if before >= config.truncate_min_words and after < config.truncate_share * before:
        base.kind = "truncated"
        base.note = f"the text shrank from {before:,} to {after:,} words; not stored as a version"
        return base
    base.kind, base.store = "changed", doc
    history = versions_of(checker.queries, row.url)
    for _, earlier, seen in history[:-1][::-1]:
        if earlier == row.version:
            continue
        text = doc.text if earlier == doc.id else checker.store.document(earlier).text
        if earlier == doc.id or normalise(text, row.url, chrome, patterns) == lines:
            base.kind = "flipflop"
            base.note = f"back to the version first seen {iso(seen)}"
            break
    old_updated = checker.store.updated_at(row.version, row.url)
    old_seen = next((t for _, d, t in reversed(history) if d == row.version), None)
    old_doc = Document(
        text=old_text, title=old.title, url=row.url, published=old.published,
        metadata={"updated": old_updated} if old_updated else {},
    )  # fmt: skip
    base.comparison = compare(old_doc, doc, checker.compare)
    base.stealth, base.announced = announced(old_seen, doc, old_lines, lines)
    return base


NOTICE = re.compile(
    r"^[\s*•—–-]*(correction|clarification|editor's note|update|updated (at|on|to|with))\b"
    r"|\b(an earlier|a previous) version of this\b"
    r"|\bthis (story|article|post|report) (has been|was) (corrected|updated|amended|changed)\b",
    re.I,
)
"""A line that tells readers the text changed: one that starts "Correction:",
"Clarification:", "Editor's note", "UPDATE:", "Updated at …", or says "an earlier
version of this story" or "This story has been updated"; not a story's own "would
issue an update" or a quoted "Correction"."""


def _plain(line: str) -> str:
    return line.replace("\u2019", "'").replace("\u2018", "'")


def announced(
    old_seen: float | None, new: Document, old_lines: Sequence[str], new_lines: Sequence[str]
) -> tuple[bool | None, str]:
    """Whether a new version of a page is a stealth edit, and why: it is not when a
    notice line is new ("Correction: …", "This story has been updated …") or the page
    says it was updated after the last version was first seen (``old_seen``, epoch
    seconds); it is when the page says it was last updated before then, yet shows
    another text; with no stated time and no notice, storydiff cannot tell."""
    before = {_plain(line) for line in old_lines}
    notices = [
        line for line in map(_plain, new_lines) if line not in before and NOTICE.search(line)
    ]
    if notices:
        return False, f"a notice was added: {notices[0][:120]}"
    stamp = updated_at(new)
    if stamp is None or old_seen is None:
        return None, ""
    seen = datetime.fromtimestamp(old_seen, UTC)
    stamp = stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
    if stamp > seen:
        return False, f"the page says it was updated {stamp.isoformat()}"
    return True, (
        f"the page says it was last updated {stamp.isoformat()}, before the last version "
        f"was seen ({seen.isoformat(timespec='seconds')})"
    )


def event_for(
    queries: WatchQueries,
    row: WatchedUrl,
    kind: str,
    now: float,
    verdict: Verdict,
    trivial_words: int,
) -> Event:
    """The event of a step, ready for the store and the outputs."""
    if kind in ("changed", "flipflop"):
        level = significance(verdict.comparison, verdict.old_text, verdict.new_text, trivial_words)
    else:
        level = "wording" if kind == "truncated" else "facts"
    note = verdict.note
    if kind == "removed":
        note = f"the page answered HTTP {row.last_status}"
    elif kind == "restored":
        note = "the page is back, as it was"
    story = None
    for doc_id in (verdict.new_id, verdict.old_id):  # a truncated text is not stored
        story = story if story is not None or doc_id is None else queries.story_of_document(doc_id)
    show = kind in ("changed", "flipflop", "truncated")
    return Event(
        kind=kind,
        url=row.url,
        outlet=row.outlet,
        seen=now,
        old=verdict.old_id,
        new=verdict.new_id if kind != "removed" else None,
        significance=level,
        story=story,
        title=verdict.title,
        changes=fact_changes(verdict.comparison),
        redline=redline(verdict.old_text, verdict.new_text) if show else [],
        note=note,
        stealth=verdict.stealth if kind in ("changed", "flipflop") and level != "trivial" else None,
        announced=verdict.announced if kind in ("changed", "flipflop") else "",
    )
