"""Plain text and Markdown, with optional front matter.

Front matter is the block of ``key: value`` lines between two ``---`` lines at the
top of the file (as in Jekyll or Hugo). Keys read: title, source (the outlet), url,
published; others go to ``metadata``. In Markdown without a title in front matter,
the first ``# Heading`` is the title. In plain text without one, a first line that
reads as a headline is the title: 2 to 25 words standing alone on their line, not
ending like a sentence or a dateline ("." or "--"), followed by a blank line (or in
text written a paragraph a line, by the first paragraph), before a body at least
twice as long as the headline (without a " | Outlet" after it). A
second line repeating it (often with the outlet's name) goes with it, and a
" | Outlet" or " - Outlet" after the headline names the outlet; a line of several
"|" is a line of links, no headline.
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
    except (ValueError, OverflowError):  # "99999-01-01", an offset out of range
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


_SENTENCE_END = (".", "!", "?", ":", ";", ",", "--", "—", "–", "-", ")")
_OUTLET = re.compile(r"^(?P<head>.+?)\s+[|–—-]\s+(?P<outlet>(?:[A-Z][\w.&'’]*\s?){1,4})$")


def headline(body: str) -> tuple[str, str, str] | None:
    """(headline, outlet or "", the rest) when the text opens with a headline line.

    Examples:
        >>> headline("Ferry returns to Holloway Ford\\n\\nThe old ferry will run again "
        ...          "from June, the council said on Tuesday.")[0]
        'Ferry returns to Holloway Ford'
        >>> headline("The old ferry will run again from June.\\nIt stopped in 2024.") is None
        True
    """
    lines = body.lstrip("\n").split("\n")
    first = lines[0].strip()
    words = first.split()
    if not 2 <= len(words) <= 25 or first.endswith(_SENTENCE_END) or first.startswith("#"):
        return None
    rest_lines = lines[1:]
    repeated = bool(rest_lines) and rest_lines[0].strip().startswith(first)
    if rest_lines and rest_lines[0].strip() and not repeated and not _by_paragraph(rest_lines):
        return None  # the first line of a hard-wrapped paragraph, not a headline
    while rest_lines and not rest_lines[0].strip():
        rest_lines = rest_lines[1:]
    if (
        rest_lines
        and rest_lines[0].strip().startswith(first)
        and len(rest_lines[0]) < 2 * len(first) + 40
    ):
        rest_lines = rest_lines[1:]  # the headline again, with the outlet's name
    rest = "\n".join(rest_lines).strip("\n")
    m = _OUTLET.match(first)
    if m is not None and len(m.group("head").split()) < 2:
        m = None
    if m is not None and "|" in m.group("head"):
        return None  # "Home | News | Sport | Weather": a line of links, no headline
    piped = m is not None and first[m.end("head") :].lstrip().startswith("|")
    head = m.group("head").strip() if m is not None and piped else first
    ended = any(rest.rstrip().endswith(e) for e in '.!?"”')
    if len(rest.split()) < 2 * len(head.split()) or not ended:
        return None  # (a " | Outlet" is no part of the headline's length)
    return (m.group("head").strip(), m.group("outlet").strip(), rest) if m else (first, "", rest)


_ENDED = (".", "!", "?", '"', "”", "’", "'", ")")


def _by_paragraph(lines: list[str]) -> bool:
    """Whether text is written a paragraph a line: three lines or more, and at least
    four in five end as a sentence does (hard-wrapped text ends its lines mid-sentence).
    Its first line without a sentence's end, on a line of its own, is then a headline
    though no blank line follows it."""
    full = [line.strip() for line in lines if line.strip()]
    ended = sum(line.endswith(_ENDED) for line in full)
    return len(full) >= 3 and ended * 5 >= len(full) * 4


def read_plain(text: str, source: str, markdown: bool = False) -> Document:
    """A Document from plain text or Markdown, reading front matter if present."""
    fields, body = front_matter(text.replace("\r\n", "\n"))
    title = fields.pop("title", None)
    if markdown and title is None:
        m = _H1.match(body)
        if m:
            title, body = m.group(1).strip(), body[m.end() :]
    if title is None and not markdown:
        found = headline(body)
        if found:
            title, outlet, body = found
            if outlet and "source" not in fields:
                fields["source"] = outlet
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
