"""Events: what the watcher saw happen to a URL, and how much it matters.

Kinds: ``changed`` (a new version), ``flipflop`` (back to a version the URL showed
before), ``removed`` (404 or 410), ``restored`` (back after a removal, same text),
``truncated`` (the text suddenly shrank: not taken as a version). Significance, least
to most: ``trivial`` (a few words, no fact changed), ``wording`` (rewording only),
``facts`` (a fact change from ``compare``; a removal).

The JSON of an event is versioned (``SCHEMA``) and documented in docs/watch.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

import orjson

from storydiff.config import REDLINE_CHARS, SIGNIFICANCE_LEVELS
from storydiff.pair.compare import Comparison
from storydiff.watch.normalise import lines_of, words_changed
from storydiff.watch.schedule import iso

SCHEMA = "storydiff.watch.event/1"
_PIECES = re.compile(r"\S+\s*")


@dataclass(slots=True)
class Event:
    kind: str
    url: str
    outlet: str | None
    seen: float
    old: str | None = None
    new: str | None = None
    significance: str = "facts"
    story: int | None = None
    title: str | None = None
    changes: list[dict[str, Any]] = field(default_factory=list)
    redline: list[dict[str, str]] = field(default_factory=list)
    note: str = ""
    id: int | None = None
    stealth: bool | None = None
    """A change the page did not announce (``watch.versions.announced``); None: unknown
    or not a change of the text."""
    announced: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "id": self.id,
            "kind": self.kind,
            "url": self.url,
            "outlet": self.outlet,
            "story": self.story,
            "seen": iso(self.seen),
            "title": self.title,
            "old": self.old,
            "new": self.new,
            "significance": self.significance,
            "changes": self.changes,
            "redline": self.redline,
            "note": self.note,
            "stealth": self.stealth,
            "announced": self.announced,
        }

    def dumps(self) -> str:
        return orjson.dumps(self.as_json()).decode()


def at_least(significance: str, minimum: str) -> bool:
    """Whether ``significance`` reaches ``minimum`` (``SIGNIFICANCE_LEVELS``)."""
    return SIGNIFICANCE_LEVELS.index(significance) >= SIGNIFICANCE_LEVELS.index(minimum)


def significance(comparison: Comparison | None, old: str, new: str, trivial_words: int) -> str:
    """``facts`` when a fact change is shown, ``trivial`` when at most
    ``trivial_words`` words changed, else ``wording``."""
    if comparison is not None and any(not c.hidden for c in comparison.changes):
        return "facts"
    if words_changed(lines_of(old), lines_of(new)) <= trivial_words:
        return "trivial"
    return "wording"


def fact_changes(comparison: Comparison | None) -> list[dict[str, Any]]:
    """The shown fact changes, most important first, as JSON."""
    if comparison is None:
        return []
    return [
        {
            "kind": c.kind,
            "fact": c.fact,
            "subject": c.subject,
            "before": c.before,
            "after": c.after,
            "text": c.describe(),
        }
        for c in comparison.changes
        if not c.hidden
    ]


def redline(
    old: str, new: str, limit: int = REDLINE_CHARS, context: int = 6
) -> list[dict[str, str]]:
    """A short word diff: the changed runs with ``context`` words around each, as
    ``{"op": "equal" | "del" | "ins" | "gap", "text": ...}``, at most ``limit``
    characters in all.

    Examples:
        >>> [p["op"] for p in redline("The ferry left at noon.", "The ferry left at one.")]
        ['equal', 'del', 'ins']
    """
    a, b = _PIECES.findall(old), _PIECES.findall(new)
    out: list[dict[str, str]] = []
    used = 0

    def put(op: str, text: str) -> bool:
        nonlocal used
        if not text:
            return True
        room = limit - used
        if room <= 0:
            return False
        text = text if len(text) <= room else text[: max(room - 1, 0)] + "…"
        used += len(text)
        if out and out[-1]["op"] == op:
            out[-1]["text"] += text
        else:
            out.append({"op": op, "text": text})
        return used < limit

    codes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for n, (tag, i1, i2, j1, j2) in enumerate(codes):
        if tag == "equal":
            words = a[i1:i2]
            head = words[:context] if n > 0 else []
            tail = words[-context:] if n < len(codes) - 1 else []
            if len(words) > len(head) + len(tail):
                ok = (
                    put("equal", "".join(head)) and put("gap", "… ") and put("equal", "".join(tail))
                )
            else:
                ok = put("equal", "".join(words))
        else:
            ok = put("del", "".join(a[i1:i2])) and put("ins", "".join(b[j1:j2]))
        if not ok:
            break
    return out
