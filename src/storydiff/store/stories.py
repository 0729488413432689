"""The store's queries of links and stories (``Store`` is a ``StoryQueries``): links
between texts, their components and stories, the stories table, cached steps."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from storydiff.store.documents import chunks
from storydiff.store.rows import LinkRow, StoryRow


class StoryQueries:
    """Reads of the ``links``, ``members``, ``stories`` and ``steps`` tables, on ``db``."""

    db: sqlite3.Connection

    def links_of(self, numbers: Iterable[int]) -> list[LinkRow]:
        """Every stored link touching one of ``numbers``."""
        rows: set[LinkRow] = set()
        for chunk in chunks(list(numbers), 16_000):
            marks = ",".join("?" * len(chunk))
            for column in ("a", "b"):
                rows.update(
                    self.db.execute(
                        "SELECT a, b, shared, contained_a, contained_b, jaccard, body FROM links"
                        f" WHERE {column} IN ({marks})",
                        chunk,
                    )
                )
        return sorted(rows)

    def membership(self, numbers: Iterable[int]) -> dict[int, tuple[int, int]]:
        """(component, story) of each of ``numbers`` that has them."""
        out: dict[int, tuple[int, int]] = {}
        for chunk in chunks(list(numbers)):
            marks = ",".join("?" * len(chunk))
            for number, component, story in self.db.execute(
                f"SELECT document, component, story FROM members WHERE document IN ({marks})",
                chunk,
            ):
                out[number] = (component, story)
        return out

    def component_members(self, components: Iterable[int]) -> list[int]:
        out: list[int] = []
        for chunk in chunks(list(components)):
            marks = ",".join("?" * len(chunk))
            out += [
                n
                for (n,) in self.db.execute(
                    f"SELECT document FROM members WHERE component IN ({marks})", chunk
                )
            ]
        return out

    def story_members(self, story: int) -> list[int]:
        return [
            n
            for (n,) in self.db.execute(
                "SELECT document FROM members WHERE story = ? ORDER BY document", (story,)
            )
        ]

    def story_rows(self, limit: int | None = None, offset: int = 0) -> list[StoryRow]:
        """Stories, most recently seen first, then largest first."""
        rows = self.db.execute(
            "SELECT id, size, first_seen, last_seen, title FROM stories"
            " ORDER BY coalesce(last_seen, '') DESC, size DESC, id LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )
        return [StoryRow(*r) for r in rows]

    def story_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM stories").fetchone()[0])

    def story_of(self, number: int) -> int | None:
        row = self.db.execute("SELECT story FROM members WHERE document = ?", (number,)).fetchone()
        return int(row[0]) if row else None

    def step(self, old: str, new: str, kind: str) -> str | None:
        row = self.db.execute(
            "SELECT body FROM steps WHERE old = ? AND new = ? AND kind = ?", (old, new, kind)
        ).fetchone()
        return str(row[0]) if row else None
