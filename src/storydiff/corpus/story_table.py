"""The stories table kept up to date at ingest: ``update_stories`` re-clusters the
link components a batch touched (reading the table is ``corpus/stories``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from storydiff.detect.fingerprints import Fingerprints
from storydiff.detect.grouping import GroupingConfig, Texts, group_stories
from storydiff.detect.link import Flags, Pair
from storydiff.store import Seen, Store, StoryRow

Layouts = Callable[[list[int]], dict[int, tuple[Fingerprints, Flags]]]
"""Shingles of stored texts in reading order, and whether each stands on a chrome
line (``text.layout``), by number."""
AgreeFor = Callable[[list[int]], Callable[[int, int], bool]]
"""For the texts of a component (numbers): whether two of them agree outside the
passages they share (``detect.agreement.judge``)."""
Membership = dict[int, tuple[int, int]]
"""Each stored text's (component, story), by number (``Store.membership``)."""


def update_stories(
    store: Store,
    links: list[Pair],
    touched: list[int],
    layouts: Layouts,
    config: GroupingConfig | None = None,
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
    config = config or GroupingConfig()
    fresh = fresh or {}
    linked = {n for p in links for n in (p.a, p.b)}
    known = store.membership(set(touched) | linked)
    # A new text with no link is a story of its own: nothing to cluster.
    alone = [n for n in touched if n not in linked and n not in known]
    involved = (set(touched) | linked) - set(alone)
    assignment: dict[int, tuple[int, int]] = {n: (n, n) for n in alone}
    if not involved:
        seen = _seen_of(store, fresh, set(alone))
        rows = [_story_row([n], seen) for n in alone]
        store.save_links_and_stories([], assignment, set(), rows)
        return
    find = _join_components(involved, links, known)
    old_components = {known[n][0] for n in involved if n in known}
    members = set(store.component_members(old_components)) | involved
    old = store.membership(members)
    groups, by_group = _group_by_component(store, members, links, old, find)
    seen = _seen_of(store, fresh, members | set(alone))
    rows = [_story_row([n], seen) for n in alone]
    for root, numbers in groups.items():
        numbers.sort()
        component = numbers[0]
        for story in _stories_of(store, numbers, by_group.get(root, []), layouts, config, agree):
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


def _seen_of(store: Store, fresh: Seen, numbers: set[int]) -> Seen:
    """``Store.seen`` of ``numbers``, taking texts just stored from ``fresh``."""
    return store.seen(numbers - fresh.keys()) | {n: fresh[n] for n in numbers & fresh.keys()}


def _join_components(
    involved: set[int], links: list[Pair], known: Membership
) -> Callable[[int], int]:
    """Join the components of the texts ``involved`` along ``links`` (union-find).

    The nodes are old components (by their number) and texts in none yet; the
    function returned gives a node's new component, named by its smallest node.
    """
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
    return find


def _group_by_component(
    store: Store,
    members: set[int],
    links: list[Pair],
    old: Membership,
    find: Callable[[int], int],
) -> tuple[dict[int, list[int]], dict[int, list[Pair]]]:
    """The texts of each new component, and its links (stored and new), by its node."""

    def root(n: int) -> int:
        return find(old[n][0] if n in old else n)

    groups: dict[int, list[int]] = defaultdict(list)
    for n in members:
        groups[root(n)].append(n)
    stored = [Pair(*row) for row in store.links_of(members)]
    every = {(p.a, p.b): p for p in stored} | {(p.a, p.b): p for p in links}
    by_group: dict[int, list[Pair]] = defaultdict(list)
    for p in every.values():
        by_group[root(p.a)].append(p)
    return groups, by_group


def _stories_of(
    store: Store, numbers: list[int], pairs: list[Pair], layouts: Layouts,
    config: GroupingConfig, agree: AgreeFor | None,
) -> list[list[int]]:  # fmt: skip
    """The stories of one component (its texts' numbers, sorted, and its links)."""
    if all(p.evidence >= config.copy_containment for p in pairs):
        # Near-copies: a site's boilerplate covers under half of a text (or it is
        # the text), so leaving it out leaves each pair near-copies of their own.
        return [numbers]
    urls = store.urls_of(numbers)
    pages = [urls.get(n, []) for n in numbers]
    return _cluster_component(numbers, pairs, layouts, config, agree, pages)


def _cluster_component(
    numbers: list[int], pairs: list[Pair], layouts: Layouts, config: GroupingConfig,
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

    groups = group_stories(len(numbers), local_pairs, texts, config, agree_local, pages)
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
