"""Stories in a store: texts grouped by the detect stage, versions put in order.

Built on demand from the store's texts (fine for tens of thousands of texts; the
fingerprint index that makes it incremental at corpus scale is the next step).
Versions are ordered by time when every version has a publication or retrieval
time; otherwise by the order evidence of ``compare`` between every two versions
(the version judged earlier against the most others comes first).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from itertools import combinations

from storydiff.config import CompareConfig
from storydiff.detect.cluster import cluster
from storydiff.detect.link import Pair, link_texts
from storydiff.diff.compare import compare
from storydiff.document import Document
from storydiff.store import Sighting, Store


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
    """The id of the story's first version."""
    versions: list[Version]
    order_basis: str
    """"timestamps" or "evidence" (or "single" for a story of one text)."""

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


def latest_change(story: Story) -> dict[str, int] | None:
    """How many sentences the last version added, removed and edited (edited, moved,
    split or merged) against the one before; None for a single version."""
    if len(story.versions) < 2:
        return None
    a, b = story.versions[-2].document, story.versions[-1].document
    counts = compare(a, b, CompareConfig(facts=False)).counts()
    edited = counts["edited"] + counts["moved"] + counts["split"] + counts["merged"]
    return {"added": counts["added"], "removed": counts["removed"], "edited": edited}


def _sortable(t: datetime) -> float:
    return t.timestamp() if t.tzinfo else t.replace(tzinfo=None).timestamp()


def _order(versions: list[Version]) -> tuple[list[Version], str]:
    if len(versions) == 1:
        return versions, "single"
    if all(v.when for v in versions):
        return sorted(versions, key=lambda v: (_sortable(v.when), v.document.id)), "timestamps"  # type: ignore[arg-type]
    wins: dict[str, int] = defaultdict(int)
    no_facts = CompareConfig(facts=False)
    for a, b in combinations(versions, 2):
        earlier = compare(a.document, b.document, no_facts).order.earlier
        if earlier == "old":
            wins[a.document.id] += 1
        elif earlier == "new":
            wins[b.document.id] += 1
    return sorted(versions, key=lambda v: (-wins[v.document.id], v.document.id)), "evidence"


def find_stories(store: Store) -> list[Story]:
    """Every story in the store, most recently seen first (then largest first)."""
    return stories_and_matches(store, None)[0]


def stories_and_matches(
    store: Store, probe: str | None
) -> tuple[list[Story], list[tuple[str, Pair]]]:
    """The store's stories and, in the same linking pass, the verified pairs between
    ``probe`` (a text not in the store) and stored texts, as (stored id, pair)."""
    docs = [
        Document(text=text, title=title, language=language, id=doc_id)
        for doc_id, text, title, language in store.texts()
    ]
    seen: dict[str, list[Sighting]] = defaultdict(list)
    for s in store.sightings():
        seen[s.document].append(s)
    if not docs:
        return [], []
    texts = [d.text for d in docs] + ([probe] if probe is not None else [])
    analysed, pairs = link_texts(texts)
    me = len(docs)
    matches = [(docs[p.a if p.b == me else p.b].id, p) for p in pairs if me in (p.a, p.b)]
    stored_pairs = [p for p in pairs if me not in (p.a, p.b)]
    stories: list[Story] = []
    for group in cluster(len(docs), stored_pairs, analysed.ordered, analysed.shingles):
        versions = []
        for i in group:
            doc = docs[i]
            sightings = seen[doc.id]
            first = sightings[0] if sightings else None
            if first is not None:
                doc.url = next((s.url for s in sightings if s.url), None)
                doc.source = first.source or None
                doc.outlet = next((s.outlet for s in sightings if s.outlet), None)
                published = [s.published for s in sightings if s.published]
                doc.published = datetime.fromisoformat(min(published)) if published else None
            versions.append(Version(doc, sightings))
        ordered, basis = _order(versions)
        stories.append(Story(ordered[0].document.id, ordered, basis))
    stories.sort(
        key=lambda s: (-(_sortable(s.last_seen) if s.last_seen else 0.0), -len(s.versions), s.id)
    )
    return stories, matches
