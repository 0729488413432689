"""Stories in a store: texts grouped by the detect stage, versions put in order.

Stories are kept in the store: ``update_stories`` (``corpus/story_table``) re-clusters
the link components a batch touched; ``find_stories`` and ``load_story`` read a page
or one story. Versions are ordered by time when every version has a publication or
retrieval time; otherwise by the order evidence of ``compare`` between every two
versions (the version judged earlier against the most others comes first).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import partial
from itertools import combinations
from typing import Any

from storydiff.config import CompareConfig
from storydiff.detect.agreement import MIN_TOKENS, rest_agreement
from storydiff.detect.link import Pair
from storydiff.detect.passages import LinkWhy, shared_passages
from storydiff.document import Document
from storydiff.errors import StoreError
from storydiff.facts.model import Change
from storydiff.pair.compare import Comparison, compare, order_of
from storydiff.store import Sighting, Store
from storydiff.store.rows import sighting_time, timed
from storydiff.text.sentences import Sentence, split_sentences


@dataclass(slots=True)
class Version:
    document: Document
    sightings: list[Sighting] = field(default_factory=list)

    @property
    def when(self) -> datetime | None:
        """The version's time: the earliest of its sightings' times, a sighting's being
        when its page said it last changed, else when it was published, else
        retrieved (a page's later version keeps its publication time and says when
        it was updated)."""
        times = [t for t in map(_sighting_time, self.sightings) if t]
        return min(times, key=_sortable) if times else None

    @property
    def published(self) -> datetime | None:
        """The earliest publication or retrieval time of its sightings: what orders
        versions of several pages (a page's "updated" stamp orders its own captures
        only; ``_time_groups``)."""
        times = [_stamp(t) for s in self.sightings for t in (s.published, s.retrieved)]
        return min((t for t in times if t), key=_sortable, default=None)

    @property
    def retrieved(self) -> datetime | None:
        """When the text was first fetched, if it was."""
        times = [_stamp(s.retrieved) for s in self.sightings]
        return min((t for t in times if t), key=_sortable, default=None)

    @property
    def updated(self) -> datetime | None:
        """When its page last said it changed, if it did."""
        times = [_stamp(timed(s.updated)) for s in self.sightings]
        return max((t for t in times if t), key=_sortable, default=None)

    @property
    def outlets(self) -> list[str]:
        return sorted({s.outlet for s in self.sightings if s.outlet})

    @property
    def where(self) -> str:
        """A URL or file the text was seen at."""
        for s in self.sightings:
            if s.url or s.source:
                return s.url or s.source
        return ""


@dataclass(slots=True)
class Story:
    id: str
    """The story's id: the id of its first-stored text, so it stays while the story
    grows and its versions are reordered. When two stories merge, the merged one
    keeps the older id; the id of any of its texts (or a prefix of one) still finds
    it (``Corpus.story``)."""
    versions: list[Version]
    order_basis: str
    """"timestamps" or "evidence" (or "single" for a story of one text)."""
    number: int = 0
    """Its key in the store: the number of its earliest-stored text."""

    @property
    def headline(self) -> str:
        for v in reversed(self.versions):
            if v.document.title:
                return v.document.title
        return " ".join(self.versions[-1].document.text.split()[:12]) + "…"

    @property
    def outlets(self) -> list[str]:
        return sorted({o for v in self.versions for o in v.outlets})

    @property
    def first_seen(self) -> datetime | None:
        times = [v.when for v in self.versions if v.when]
        return min(times, key=_sortable) if times else None

    @property
    def last_seen(self) -> datetime | None:
        times = [v.when for v in self.versions if v.when]
        return max(times, key=_sortable) if times else None


STEP_VERSION = "3"
"""Part of every cache key in the store's ``steps`` table: bump it when compare's
results change, and cached steps are computed again."""


def _cached(store: Store | None, old: str, new: str, kind: str, make: Callable[[], Any]) -> Any:
    key = f"{kind}:{STEP_VERSION}"
    if store is not None:
        body = store.step(old, new, key)
        if body is not None:
            return json.loads(body)
    value = make()
    if store is not None:
        store.save_step(old, new, key, json.dumps(value))
    return value


def latest_change(story: Story, store: Store | None = None) -> dict[str, int] | None:
    """How many sentences the last version added, removed and edited (edited, moved,
    split or merged) against the one before; None for a single version. Cached in
    ``store`` when given."""
    if len(story.versions) < 2:
        return None
    a, b = story.versions[-2].document, story.versions[-1].document

    def make() -> dict[str, int]:
        counts = compare(a, b, CompareConfig(facts=False)).counts()
        edited = counts["edited"] + counts["moved"] + counts["split"] + counts["merged"]
        return {"added": counts["added"], "removed": counts["removed"], "edited": edited}

    result: dict[str, int] = _cached(store, a.id, b.id, "counts", make)
    return result


def step(a: Document, b: Document, store: Store | None = None) -> Comparison:
    """``compare(a, b)`` with facts; the facts (the slow part) cached in ``store``."""
    plain = compare(a, b, CompareConfig(facts=False))
    if not plain.has_differences:
        return plain

    def make() -> dict[str, Any]:
        full = compare(a, b)
        return {"changes": [asdict(c) for c in full.changes], "notes": full.notes}

    facts = _cached(store, a.id, b.id, "facts", make)
    plain.changes = [Change(**c) for c in facts["changes"]]
    plain.notes = list(facts["notes"])
    return plain


def _stamp(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _sighting_time(s: Sighting) -> datetime | None:
    return _stamp(sighting_time(s.published, s.retrieved, s.updated))


def _sortable(t: datetime) -> float:
    return t.timestamp() if t.tzinfo else t.replace(tzinfo=UTC).timestamp()


ORDER_KEY = f"order:{STEP_VERSION}"
Known = dict[tuple[str, str], str | None]
"""Order evidence worked out beforehand (``pair_evidence``), by the two texts' ids."""


def _by_time(versions: list[Version]) -> bool:
    """Whether every version has a publication or retrieval time to order it by (a
    page's "updated" stamp alone orders only its own captures)."""
    return len(versions) > 1 and all(v.published for v in versions)


def _time_groups(versions: list[Version]) -> list[list[int]]:
    """Positions of ``versions`` (all with a time) in order of their publication (or
    retrieval) times, versions of one time together. Captures of one page (one URL)
    keep its publication time: they go in the order of the page's "updated" stamps
    when each says one and no two the same, else of their first fetches; other ties
    are one group for the order evidence to settle (two outlets' stamps or fetch
    times say nothing of which text came first)."""
    by_time: dict[float, list[int]] = defaultdict(list)
    for k, v in enumerate(versions):
        by_time[_sortable(v.published)].append(k)  # type: ignore[arg-type]  # _by_time
    out: list[list[int]] = []
    for _, group in sorted(by_time.items()):
        one_page = len({versions[k].where for k in group} - {""}) == 1
        if len(group) > 1 and one_page:
            members = [versions[k] for k in group]
            for times in ([v.updated for v in members], [v.retrieved for v in members]):
                keys = [_sortable(t) for t in times if t]
                if len(set(keys)) == len(group):
                    out += [[k] for _, k in sorted(zip(keys, group, strict=True))]
                    break
            else:
                out.append(group)
        else:
            out.append(group)
    return out


def uncached_pairs(versions: list[Version], store: Store) -> list[tuple[int, int]]:
    """The pairs of versions (positions) whose order evidence ``load_story`` needs and
    the store has not cached: none when every version has a time."""
    if len(versions) < 2:
        return []
    groups = _time_groups(versions) if _by_time(versions) else [list(range(len(versions)))]
    ids = [v.document.id for v in versions]
    return [
        (i, j)
        for group in groups
        for i, j in combinations(group, 2)
        if store.step(ids[i], ids[j], ORDER_KEY) is None
    ]


def _evidence(docs: list[Document], split: dict[int, list[Sentence]], i: int, j: int) -> str | None:
    for k in (i, j):
        if k not in split:  # each text split once, not once a pair
            split[k] = split_sentences(docs[k].text)
    return order_of(docs[i], docs[j], split[i], split[j], CompareConfig(facts=False)).earlier


def pair_evidence(docs: list[Document], pairs: list[tuple[int, int]]) -> list[str | None]:
    """Which of each pair of ``docs`` is earlier by the order evidence of ``compare``
    ("old", "new" or None)."""
    split: dict[int, list[Sentence]] = {}
    return [_evidence(docs, split, i, j) for i, j in pairs]


def _order(
    versions: list[Version], store: Store | None = None, known: Known | None = None
) -> tuple[list[Version], str]:
    if len(versions) == 1:
        return versions, "single"
    if _by_time(versions):
        groups = _time_groups(versions)
        if all(len(g) == 1 for g in groups):
            return [versions[g[0]] for g in groups], "timestamps"
        out: list[Version] = []
        for g in groups:  # one time for several: the evidence orders them
            out += (
                _by_evidence([versions[k] for k in g], store, known)
                if len(g) > 1
                else [versions[g[0]]]
            )
        return out, "evidence"
    return _by_evidence(versions, store, known), "evidence"


def _by_evidence(
    versions: list[Version], store: Store | None = None, known: Known | None = None
) -> list[Version]:
    docs = [v.document for v in versions]
    given = known or {}
    split: dict[int, list[Sentence]] = {}

    def earlier(i: int, j: int) -> str | None:
        key = (docs[i].id, docs[j].id)
        return given[key] if key in given else _evidence(docs, split, i, j)

    wins: dict[str, int] = defaultdict(int)
    for i, j in combinations(range(len(docs)), 2):
        x, y = docs[i].id, docs[j].id
        earlier_one = _cached(store, x, y, "order", partial(earlier, i, j))
        if earlier_one == "old":
            wins[x] += 1
        elif earlier_one == "new":
            wins[y] += 1
    return sorted(versions, key=lambda v: (-wins[v.document.id], v.document.id))


def read_versions(store: Store, story: int) -> list[Version]:
    """A story's versions, as stored (in number order): documents and sightings."""
    numbers = store.story_members(story)
    if not numbers:
        raise StoreError(f"no story {story} in {store.path}", "list them with storydiff stories")
    ids = store.ids_by_number(numbers)
    seen = store.sightings_of(ids.values())
    versions = []
    for n in numbers:
        doc = store.document(ids[n])
        sightings = seen.get(doc.id, [])
        if sightings:
            doc.url = next((s.url for s in sightings if s.url), None)
            doc.source = sightings[0].source or None
            doc.outlet = next((s.outlet for s in sightings if s.outlet), None)
            published = [s.published for s in sightings if s.published]
            doc.published = datetime.fromisoformat(min(published)) if published else None
            updated = [s.updated for s in sightings if s.updated]
            if updated:
                doc.metadata["updated"] = max(updated)
        versions.append(Version(doc, sightings))
    return versions


def load_story(
    store: Store, story: int, versions: list[Version] | None = None, known: Known | None = None
) -> Story:
    """A story of the table with its versions in order (documents and sightings);
    ``versions``: as ``read_versions`` gave them, ``known``: order evidence worked out
    beforehand (cached in the store with the rest)."""
    if versions is None:
        versions = read_versions(store, story)
    first_stored = versions[0].document.id  # versions come in number order
    in_order, basis = _order(versions, store, known)
    return Story(first_stored, in_order, basis, number=story)


def find_stories(store: Store, limit: int | None = None, offset: int = 0) -> list[Story]:
    """Stories of the store, most recently seen first (then largest first), a page at
    a time: only the stories of the page are read."""
    return [load_story(store, row.id) for row in store.story_rows(limit, offset)]


def why_linked(store: Store, story: Story) -> list[LinkWhy]:
    """For each verified link between two versions of ``story``: what the two share
    (``detect.passages``) and the figures the link rule read (``docs/stories.md``),
    earliest versions first. Reads only (``storydiff serve`` calls it on a store
    opened read-only)."""
    position = {v.document.id: i for i, v in enumerate(story.versions)}
    with store.snapshot():
        numbers = store.story_members(story.number)
        ids = store.ids_by_number(numbers)
        rows = [r for r in store.links_of(numbers) if r[0] in ids and r[1] in ids]
    out = []
    for row in rows:
        link = Pair(*row)
        x, y = sorted((position[ids[link.a]], position[ids[link.b]]))
        a, b = story.versions[x].document, story.versions[y].document
        found = rest_agreement(a.text, b.text)
        agreement = found.tokens if min(found.rest_a, found.rest_b) >= MIN_TOKENS else None
        out.append(LinkWhy(x, y, link, agreement, shared_passages(a.text, b.text)))
    return sorted(out, key=lambda w: (w.old, w.new))
