"""What the store keeps and gives back: compressed texts, sighting rows, and the
small records of its reads (``Sighting``, ``StoryRow``, ``BatchResult``)."""

from __future__ import annotations

import json
import threading
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import zstandard

from storydiff.config import ZSTD_LEVEL
from storydiff.document import Document

_per_thread = threading.local()
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def pack(text: str) -> bytes:
    """A text as the store keeps it: zstd-compressed UTF-8."""
    compressor = getattr(_per_thread, "zstd", None)
    if compressor is None:  # a compressor must not be shared between threads
        compressor = _per_thread.zstd = zstandard.ZstdCompressor(level=ZSTD_LEVEL)
    return bytes(compressor.compress(text.encode("utf-8")))


def unpack(blob: bytes) -> str:
    """A stored text, from zstd (since schema 2) or zlib (schema 1)."""
    if blob[:4] == _ZSTD_MAGIC:
        return zstandard.ZstdDecompressor().decompress(blob).decode("utf-8")
    return zlib.decompress(blob).decode("utf-8")


def sighting_fields(doc: Document) -> tuple[object, ...]:
    """A sighting's row but for the text's number (``Store.add`` takes them made
    in advance, by the reading side of an ingest)."""
    extra = {k: v for k, v in doc.metadata.items() if k != "position"}
    return (
        doc.url or "", doc.source or "", str(doc.metadata.get("position", "")),
        doc.outlet, _iso(doc.published), _iso(doc.retrieved),
        json.dumps(extra, default=str) if extra else None,
    )  # fmt: skip


def sighting_time(published: object, retrieved: object, updated: object = None) -> str | None:
    """A sighting's time (ISO 8601): when its page said the text last changed, when
    that is after its publication; else its publication, else its retrieval.

    Examples:
        >>> sighting_time("2026-11-30T07:10:00+00:00", None, "2026-11-30T15:45:00+00:00")
        '2026-11-30T15:45:00+00:00'
        >>> sighting_time(None, "2026-11-30T16:00:00+00:00")
        '2026-11-30T16:00:00+00:00'
    """
    said = str(published) if published else None
    stamp = timed(updated)
    if stamp and (said is None or _after(stamp, said)):
        return stamp
    return said or (str(retrieved) if retrieved else None)


def timed(value: object) -> str | None:
    """A stored "updated" value as a stamp, when it has a time of day: a day alone is
    no time of change ("updated: 2026-03-14" in front matter)."""
    stamp = str(value) if value else ""
    return stamp if ":" in stamp else None


def _after(a: str, b: str) -> bool:
    try:
        x, y = datetime.fromisoformat(a), datetime.fromisoformat(b)
        x, y = (t if t.tzinfo else t.replace(tzinfo=UTC) for t in (x, y))
        return x > y
    except ValueError:
        return False


def seen_in(
    docs: Sequence[Document], fields: Sequence[tuple[object, ...]], numbers: Mapping[str, int]
) -> Seen:
    """``Store.seen`` of texts the store has just been given, from the documents and
    their ``sighting_fields``: for each text numbered in ``numbers``, the times of its
    sightings (each sighting once, as the store keeps it) and its first document's
    title."""
    out: Seen = {}
    keys: set[tuple[object, ...]] = set()
    for doc, (url, source, position, _, published, retrieved, _) in zip(docs, fields, strict=True):
        number = numbers.get(doc.id)
        if number is None:
            continue
        times, _ = out.setdefault(number, ([], doc.title))
        if (key := (number, url, source, position)) not in keys:
            keys.add(key)
            when = sighting_time(published, retrieved, doc.metadata.get("updated"))
            times += [when] if when else []
    return out


Seen = dict[int, tuple[list[str], str | None]]
"""For texts by number: the times of their sightings (``sighting_time``, ISO 8601),
and their title."""
LinkRow = tuple[int, int, int, float, float, float, float | None]
"""A verified link: a, b (numbers, a < b), shingles shared, containment of a in b and
of b in a, Jaccard, body containment (shared text on prose lines; None if not
measured)."""


@dataclass(slots=True, frozen=True)
class Sighting:
    """Where and when a text was seen."""

    document: str
    url: str = ""
    source: str = ""
    position: str = ""
    outlet: str | None = None
    published: str | None = None
    retrieved: str | None = None
    updated: str | None = None
    """When the page said it last changed (its metadata's ``updated``), if it did."""


@dataclass(slots=True, frozen=True)
class StoryRow:
    """A row of the stories table."""

    id: int
    size: int
    first_seen: str | None
    last_seen: str | None
    title: str | None


@dataclass(slots=True)
class BatchResult:
    new: int = 0
    """Texts the store had not seen."""
    known: int = 0
    """Texts it had (their sightings are still recorded)."""
    sightings: int = 0
    """Sightings added."""
    numbered: list[tuple[int, Document]] = field(default_factory=list)
    """The new texts with the numbers they were given."""
    seen_again: list[str] = field(default_factory=list)
    """Ids of known texts that gained a sighting."""


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
