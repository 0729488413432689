"""Plain text and Markdown, with optional front matter.

Front matter is the block of ``key: value`` lines between two ``---`` lines at the
top of the file (as in Jekyll or Hugo). Keys read: title, source (the outlet), url,
published; others go to ``metadata``. In Markdown without a title in front matter,
the first ``# Heading`` is the title.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from storydiff.document import Document

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(\r?\n|\Z)", re.S)
_H1 = re.compile(r"\A\s*#[ \t]+(.+?)[ \t#]*(\r?\n|\Z)")


def parse_datetime(value: str | None) -> datetime | None:
    """An ISO 8601 date or date-time, else None.

    Examples:
        >>> parse_datetime("2026-03-14T06:05:00+00:00").hour
        6
        >>> parse_datetime("14 March") is None
        True
    """
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    if re.fullmatch(r".*[+-]\d{4}", text):
        text = text[:-2] + ":" + text[-2:]
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split front matter from the body.

    Examples:
        >>> front_matter("---\\ntitle: Hi\\n---\\nBody")
        ({'title': 'Hi'}, 'Body')
    """
    m = _FRONT.match(text)
    if not m:
        return {}, text
    fields: dict[str, str] = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            fields[key.strip().lower()] = value.strip().strip('"').strip("'")
    return fields, text[m.end() :]


def read_plain(text: str, source: str, markdown: bool = False) -> Document:
    """A Document from plain text or Markdown, reading front matter if present."""
    fields, body = front_matter(text.replace("\r\n", "\n"))
    title = fields.pop("title", None)
    if markdown and title is None:
        m = _H1.match(body)
        if m:
            title, body = m.group(1).strip(), body[m.end() :]
    metadata: dict[str, Any] = {
        k: v for k, v in fields.items() if k not in ("source", "url", "published")
    }
    return Document(
        text=body.strip("\n"),
        title=title,
        url=fields.get("url"),
        source=source,
        outlet=fields.get("source"),
        published=parse_datetime(fields.get("published")),
        metadata=metadata,
    )
