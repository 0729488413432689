"""An input item that could not be read, or that was skipped by design (a redirect,
an image, a WARC request record): reported and counted, never fatal, never silent."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_SPECIFIC = re.compile(r"\d[\d,.]*|https?://\S+|'[^']*'|\"[^\"]*\"|\([^)]*\)")


@dataclass(frozen=True, slots=True)
class Rejected:
    source: str
    position: str
    reason: str
    skipped: bool = False
    """Not an article, by design (a redirect, an image): counted apart from failures."""
    count: int = 1
    """How many items this stands for (records of one kind skipped in bulk, such as
    a WARC's request records, are one entry per file)."""

    def __str__(self) -> str:
        where = f"{self.source}:{self.position}" if self.position else self.source
        return f"{where}: {self.reason}"

    @property
    def kind(self) -> str:
        """The reason without what is particular to this item (numbers, URLs, quoted
        words, details in parentheses), so rejections can be counted by reason."""
        return " ".join(_SPECIFIC.sub("…", self.reason).split())


def reason_counts(rejected: Iterable[Rejected]) -> list[tuple[str, int]]:
    """How many items were rejected for each kind of reason, most first."""
    counts: Counter[str] = Counter()
    for r in rejected:
        counts[r.kind] += r.count
    return counts.most_common()


def write_rejected(path: Path, rejected: Iterable[Rejected]) -> int:
    """Every rejection as a JSON line (source, position, reason; ``"skipped": true``
    for a skip and ``count`` when one line stands for several); returns how many."""
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for r in rejected:
            row: dict[str, object] = {
                "source": r.source,
                "position": r.position,
                "reason": r.reason,
            }
            if r.skipped:
                row["skipped"] = True
            if r.count != 1:
                row["count"] = r.count
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n
