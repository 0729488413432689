"""A page of the story list, filtered: by outlet, by the date last seen, by whether
the timeline shows fact changes, by words of the headlines and texts.

Every path pages by keyset, never by ``OFFSET``: the list and the date range read
the store's ``stories_recent`` index from the cursor on; an outlet and "with fact
changes" read the search index's tables of the same order; a text search reads
matching texts newest first (FTS5, by text number) below the cursor. Without the
search index's file (its folder cannot be written) a search reads headlines only,
and an outlet filter scans stories newest first; both say how far they looked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from storydiff.config.web import (
    FACTS_AHEAD,
    FALLBACK_SCAN_LIMIT,
    MAX_SEARCH_TERMS,
    PAGE_SIZE,
    SEARCH_SCAN_LIMIT,
)
from storydiff.errors import BadRequestError
from storydiff.store import browse
from storydiff.web.reader import Reader
from storydiff.web.search import match_query

Keep = Callable[[browse.Listed, list[str]], bool]


@dataclass(slots=True)
class Filters:
    """What the list is asked for (checked by ``web.params``)."""

    q: str = ""
    outlet: str = ""
    since: date | None = None
    until: date | None = None
    facts: bool = False
    after: str = ""
    limit: int = PAGE_SIZE

    def query(self, **changes: object) -> dict[str, str]:
        """The query parameters of this list (with ``changes``), for links."""
        values: dict[str, object] = {
            "q": self.q, "outlet": self.outlet, "since": self.since, "until": self.until,
            "facts": "yes" if self.facts else "", "after": self.after,
            "limit": self.limit if self.limit != PAGE_SIZE else "",
        }  # fmt: skip
        values.update(changes)
        return {k: str(v) for k, v in values.items() if v not in ("", None)}


@dataclass(slots=True)
class Row:
    """A story of the list."""

    listed: browse.Listed
    headline: str
    outlets: list[str]
    members: list[browse.Member] = field(default_factory=list)
    facts: int | None = None


@dataclass(slots=True)
class Page:
    rows: list[Row]
    next: str | None
    """The cursor of the next page, None on the last."""
    notes: list[str] = field(default_factory=list)
    total: int | None = None
    """Stories in the store (the unfiltered list only)."""


def _bounds(f: Filters) -> tuple[str | None, str | None]:
    since = f.since.isoformat() if f.since else None
    until = (f.until + timedelta(days=1)).isoformat() if f.until else None
    return since, until


def page(reader: Reader, f: Filters, members: bool = False) -> Page:
    """One page of stories for ``f``; ``members``: with each story's texts (the API)."""
    db = reader.db
    with reader.store().snapshot():
        if f.q:
            found = _search(reader, f)
        elif f.outlet or f.facts:
            found = _keyed(reader, f)
        else:
            since, until = _bounds(f)
            after = _cursor(f.after)
            listed = browse.story_page(db, f.limit + 1, after, since, until)
            more = len(listed) > f.limit
            listed = listed[: f.limit]
            total = reader.story_count() if not (since or until or after) else None
            found = Page([], listed[-1].cursor.token() if more else None, [], total), listed
        result, listed = found
        result.rows = _rows(reader, listed, members)
    return result


def _cursor(token: str) -> browse.Cursor | None:
    if not token:
        return None
    try:
        return browse.Cursor.parse(token)
    except ValueError:
        raise BadRequestError(f"after={token!r} is not a cursor of this list") from None


def _rows(reader: Reader, listed: list[browse.Listed], members: bool) -> list[Row]:
    db = reader.db
    numbers = [s.number for s in listed]
    outlets = browse.outlets_of(db, numbers)
    texts = browse.members_of(db, numbers) if members else {}
    # Untitled stories are named, as Story.headline does, by the first words of a
    # text: here the one stored last (the story's page orders its versions first).
    latest = browse.latest_texts(db, [s.number for s in listed if not s.title])
    rows = []
    for s in listed:
        headline = s.title or " ".join(latest.get(s.number, "").split()[:12]) + "…"
        rows.append(Row(s, headline, outlets.get(s.number, []), texts.get(s.number, [])))
    return rows


def _keyed(reader: Reader, f: Filters) -> tuple[Page, list[browse.Listed]]:
    """An outlet's stories, or the stories with fact changes, from the search index."""
    after = _cursor(f.after)
    since, until = _bounds(f)
    if not reader.search.available:
        if f.facts:
            raise BadRequestError(
                "the filter 'with fact changes' needs the search index, and "
                f"{reader.search.problem}"
            )
        return _scan(reader, f, lambda s, outlets: f.outlet in outlets)
    if f.outlet:
        table, where, args = "story_outlets", "outlet = ?", [f.outlet]
        if f.facts:
            where += " AND story IN (SELECT story FROM story_meta WHERE facts > 0)"
    else:
        table, where, args = "story_meta", "facts > 0", []
    if since:
        where, args = where + " AND last_seen >= ?", [*args, since]
    if until:
        where, args = where + " AND last_seen < ?", [*args, until]
    numbers = reader.search.keyed_page(table, where, args, after, f.limit + 1)
    rows = browse.stories_by_number(reader.db, numbers[: f.limit])
    listed = [rows[n] for n in numbers[: f.limit] if n in rows]
    more = len(numbers) > f.limit
    notes = []
    if f.facts:
        notes.append(_facts_note(reader))
    return Page([], _next_of(numbers, f.limit, rows) if more else None, notes), listed


def _facts_note(reader: Reader) -> str:
    known = reader.search.facts_known()
    return (
        f"fact changes are known for {known:,} stories: the {FACTS_AHEAD} most recently"
        " seen (worked out while the app is idle) and any story opened here"
    )


def _next_of(numbers: list[int], limit: int, rows: dict[int, browse.Listed]) -> str | None:
    for n in reversed(numbers[:limit]):
        if n in rows:
            return rows[n].cursor.token()
    return None


def _search(reader: Reader, f: Filters) -> tuple[Page, list[browse.Listed]]:
    """Stories with a text holding every word of ``f.q``, newest text first."""
    query, words = match_query(f.q)
    if not words:
        raise BadRequestError(f"q={f.q!r} holds no word to search for")
    if len(words) > MAX_SEARCH_TERMS:
        raise BadRequestError(f"q holds {len(words)} words: search for {MAX_SEARCH_TERMS} at most")
    if not reader.search.available:
        if f.facts:
            raise BadRequestError(
                "the filter 'with fact changes' needs the search index, and "
                f"{reader.search.problem}"
            )
        return _scan(
            reader,
            f,
            lambda s, outlets: (
                (not f.outlet or f.outlet in outlets)
                and all(w in (s.title or "").lower() for w in words)
            ),
        )
    before: int | None = None
    if f.after:
        before = browse.counting(f.after[1:]) if f.after.startswith("t") else None
        if before is None:
            raise BadRequestError(f"after={f.after!r} is not a cursor of this search")
    since, until = _bounds(f)
    db = reader.db
    chosen: list[browse.Listed] = []
    seen: set[int] = set()
    read, last = 0, before
    while len(chosen) < f.limit and read < SEARCH_SCAN_LIMIT:
        numbers = reader.search.matching(query, last, 500)
        if not numbers:
            last = None
            break
        read += len(numbers)
        stories = browse.stories_of(db, numbers)
        rows = browse.stories_by_number(db, set(stories.values()) - seen)
        outlets = browse.outlets_of(db, rows) if f.outlet else {}
        facty = reader.search.with_facts(list(rows)) if f.facts else None
        for n in numbers:
            last = n
            s = rows.get(stories.get(n, -1))
            if s is None or s.number in seen:
                continue
            seen.add(s.number)
            ok = (not since or (s.last_seen or "") >= since) and (
                not until or (s.last_seen or "") < until
            )
            if (
                ok
                and (not f.outlet or f.outlet in outlets.get(s.number, []))
                and (facty is None or s.number in facty)
            ):
                chosen.append(s)
                if len(chosen) == f.limit:
                    break
    notes = [] if last is None else [f"looked through {read:,} matching texts; more may follow"]
    if f.facts:
        notes.append(_facts_note(reader))
    _covered(reader, notes)
    return Page([], None if last is None else f"t{last}", notes), chosen


def _covered(reader: Reader, notes: list[str]) -> None:
    covered, stored = reader.search.coverage.documents, reader.store().max_number()
    if covered < stored:
        notes.append(f"the search index has read {covered:,} of {stored:,} texts so far")


def _scan(reader: Reader, f: Filters, keep: Keep) -> tuple[Page, list[browse.Listed]]:
    """Without the search index: stories newest first, each kept when ``keep`` says
    so (given the story and its outlets), up to ``FALLBACK_SCAN_LIMIT`` of them."""
    after = _cursor(f.after) if f.after and not f.after.startswith("t") else None
    since, until = _bounds(f)
    db = reader.db
    chosen: list[browse.Listed] = []
    read = 0
    last: browse.Listed | None = None
    while len(chosen) < f.limit and read < FALLBACK_SCAN_LIMIT:
        batch = browse.story_page(db, 500, last.cursor if last else after, since, until)
        if not batch:
            last = None
            break
        read += len(batch)
        outlets = browse.outlets_of(db, [s.number for s in batch]) if f.outlet else {}
        for s in batch:
            last = s
            if keep(s, outlets.get(s.number, [])):
                chosen.append(s)
                if len(chosen) == f.limit:
                    break
    what = "headlines only" if f.q else "stories one by one"
    notes = [
        f"without the search index ({reader.search.problem}) this reads {what}: "
        f"looked through {read:,} stories"
    ]
    return Page([], last.cursor.token() if last else None, notes), chosen
