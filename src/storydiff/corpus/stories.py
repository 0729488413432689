"""Stories in a store: texts grouped by the detect stage, versions put in order.

Stories are kept in the store: ``update_stories`` re-clusters the link components a
batch touched; ``find_stories`` and ``load_story`` read a page or one story. Versions
are ordered by time when every version has a publication or retrieval
time; otherwise by the order evidence of ``compare`` between every two versions
(the version judged earlier against the most others comes first).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from functools import partial
from itertools import combinations
from typing import Any

from storydiff.config import CompareConfig
from storydiff.detect.cluster import ClusterConfig, Texts, cluster
from storydiff.detect.fingerprints import Fingerprints
from storydiff.detect.link import Flags, Pair
from storydiff.document import Document
from storydiff.errors import StoreError
from storydiff.facts.model import Change
from storydiff.pair.compare import Comparison, compare, order_of
from storydiff.store import Seen, Sighting, Store, StoryRow
from storydiff.text.sentences import Sentence, split_sentences

Layouts = Callable[[list[int]], dict[int, tuple[Fingerprints, Flags]]]
"""Shingles of stored texts in reading order, and whether each stands on a chrome
line (``text.layout``), by number."""
AgreeFor = Callable[[list[int]], Callable[[int, int], bool]]
"""For the texts of a component (numbers): whether two of them agree outside the
passages they share (``detect.agreement.judge``)."""


@dataclass(slots=True)
class Version:
    document: Document
    sightings: list[Sighting] = field(default_factory=list)

    @property
    def when(self) -> datetime | None:
        times = [
            datetime.fromisoformat(t)
            for s in self.sightings
            for t in (s.published, s.retrieved)
            if t
        ]
        return min(times, key=_sortable) if times else None

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


STEP_VERSION = "1"
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


def _sortable(t: datetime) -> float:
    return t.timestamp() if t.tzinfo else t.replace(tzinfo=UTC).timestamp()


ORDER_KEY = f"order:{STEP_VERSION}"
Known = dict[tuple[str, str], str | None]
"""Order evidence worked out beforehand (``pair_evidence``), by the two texts' ids."""


def _by_time(versions: list[Version]) -> bool:
    return len(versions) > 1 and all(v.when for v in versions)


def uncached_pairs(versions: list[Version], store: Store) -> list[tuple[int, int]]:
    """The pairs of versions (positions) whose order evidence ``load_story`` needs and
    the store has not cached: none when every version has a time."""
    if len(versions) < 2 or _by_time(versions):
        return []
    ids = [v.document.id for v in versions]
    return [
        (i, j)
        for i, j in combinations(range(len(versions)), 2)
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
        return sorted(versions, key=lambda v: (_sortable(v.when), v.document.id)), "timestamps"  # type: ignore[arg-type]
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
    return sorted(versions, key=lambda v: (-wins[v.document.id], v.document.id)), "evidence"


def update_stories(
    store: Store,
    links: list[Pair],
    touched: list[int],
    layouts: Layouts,
    config: ClusterConfig | None = None,
    fresh: Seen | None = None,
    agree: AgreeFor | None = None,
) -> None:
    """Bring the stories table up to date after ``links`` (verified, numbered) were
    found for the texts ``touched`` (new, or seen again).

    Stories are the clusters of the link graph's connected components (``cluster``),
    so each depends on its component alone, and only the components the batch
    touched are clustered again: the table ends the same whatever the batches were.
    A component whose links all join near-copies or close versions is one story at
    once; any other is clustered on its texts' shingles, with ``agree`` judging weak
    links (``cluster``). ``fresh`` may give what ``Store.seen`` would of texts just
    stored (``seen_in``), saving the query.
    """
    config = config or ClusterConfig()
    linked = {n for p in links for n in (p.a, p.b)}
    known = store.membership(set(touched) | linked)
    # A new text with no link is a story of its own: nothing to cluster.
    alone = [n for n in touched if n not in linked and n not in known]
    involved = (set(touched) | linked) - set(alone)
    fresh = fresh or {}

    def seen_of(numbers: set[int]) -> Seen:
        return store.seen(numbers - fresh.keys()) | {n: fresh[n] for n in numbers & fresh.keys()}

    if not involved:
        seen = seen_of(set(alone))
        store.save_links_and_stories(
            [], {n: (n, n) for n in alone}, set(), [_story_row([n], seen) for n in alone]
        )
        return
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def node(n: int) -> int:
        return known[n][0] if n in known else n

    for n in involved:
        find(node(n))
    for p in links:
        ra, rb = find(node(p.a)), find(node(p.b))
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    old_components = {known[n][0] for n in involved if n in known}
    members = set(store.component_members(old_components)) | involved
    old = store.membership(members)
    groups: dict[int, list[int]] = defaultdict(list)
    for n in members:
        groups[find(old[n][0] if n in old else n)].append(n)
    stored = [Pair(*row) for row in store.links_of(members)]
    every = {(p.a, p.b): p for p in stored} | {(p.a, p.b): p for p in links}
    by_group: dict[int, list[Pair]] = defaultdict(list)
    for p in every.values():
        by_group[find(old[p.a][0] if p.a in old else p.a)].append(p)
    seen = seen_of(members | set(alone))
    assignment: dict[int, tuple[int, int]] = {n: (n, n) for n in alone}
    rows: list[StoryRow] = [_story_row([n], seen) for n in alone]
    for root, numbers in groups.items():
        numbers.sort()
        component = numbers[0]
        pairs = by_group.get(root, [])
        if all(p.evidence >= config.copy_containment for p in pairs):
            # Near-copies: a site's boilerplate covers under half of a text (or it is
            # the text), so leaving it out leaves each pair near-copies of their own.
            stories = [numbers]
        else:
            urls = store.urls_of(numbers)
            pages = [urls.get(n, []) for n in numbers]
            stories = _cluster_component(numbers, pairs, layouts, config, agree, pages)
        for story in stories:
            for n in story:
                assignment[n] = (component, story[0])
            rows.append(_story_row(story, seen))
    dropped = {story for _, story in old.values()} - {r.id for r in rows}
    store.save_links_and_stories(
        [(p.a, p.b, p.shared, p.containment_a, p.containment_b, p.jaccard, p.body) for p in links],
        {n: a for n, a in assignment.items() if old.get(n) != a},  # what changed
        dropped,
        rows,
    )


def _cluster_component(
    numbers: list[int], pairs: list[Pair], layouts: Layouts, config: ClusterConfig,
    agree: AgreeFor | None, pages: list[list[str]],
) -> list[list[int]]:  # fmt: skip
    """``cluster`` on one component's texts (numbers), in store numbers."""
    found = layouts(numbers)
    local = {n: i for i, n in enumerate(numbers)}
    texts = Texts([found[n][0] for n in numbers], [found[n][1] for n in numbers])
    local_pairs = [replace(p, a=local[p.a], b=local[p.b]) for p in pairs]

    judged = agree(numbers) if agree is not None else None

    def agree_local(i: int, j: int) -> bool:
        return judged is not None and judged(numbers[i], numbers[j])

    groups = cluster(len(numbers), local_pairs, texts, config, agree_local, pages)
    return [[numbers[i] for i in group] for group in groups]


def _utc(value: str) -> datetime:
    t = datetime.fromisoformat(value)
    return t.astimezone(UTC) if t.tzinfo else t.replace(tzinfo=UTC)


def _earliest(times: list[str]) -> str:
    """The earliest of ISO 8601 times, in UTC, as ``datetime.isoformat`` writes it.
    Times the store wrote in UTC already are compared as text: written by
    ``isoformat``, they sort as the times they stand for."""
    if all(t.endswith("+00:00") for t in times):
        return min(times)
    return min(map(_utc, times)).isoformat()


def _story_row(numbers: list[int], seen: Seen) -> StoryRow:
    whens: dict[int, str] = {}
    latest, latest_key = None, ("", 0)  # the latest text with a title
    for n in numbers:
        times, title = seen.get(n, ([], None))
        if times:
            whens[n] = _earliest(times)
        if title and (key := (whens.get(n, ""), n)) >= latest_key:
            latest, latest_key = title, key
    return StoryRow(
        numbers[0],
        len(numbers),
        min(whens.values()) if whens else None,
        max(whens.values()) if whens else None,
        latest,
    )


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
