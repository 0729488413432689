"""Clusters, best matches and the keep rule."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from storydiff.dedup.clusters import KeepFacts, best_matches, components, kept

LINKS = st.lists(
    st.tuples(st.integers(0, 29), st.integers(0, 29)).filter(lambda p: p[0] != p[1]), max_size=40
)


def _union_find(n: int, links: list[tuple[int, int]]) -> list[int]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        ra, rb = find(a), find(b)
        parent[max(ra, rb)] = min(ra, rb)
    return [find(i) for i in range(n)]


def _as_pairs(links: list[tuple[int, int]]) -> np.ndarray:
    return np.array([sorted(p) for p in links], dtype=np.int64).reshape(-1, 2)


@given(LINKS, st.randoms())
def test_components_are_union_find_with_smallest_ids_in_any_order(
    links: list[tuple[int, int]], rnd: object
) -> None:
    expected = _union_find(30, links)
    shuffled = list(links)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    for order in (links, shuffled):
        assert components(30, _as_pairs(order)).tolist() == expected


def test_best_match_prefers_higher_score_then_smaller_number() -> None:
    links = np.array([[0, 3], [1, 3], [2, 3], [0, 1]], dtype=np.int64)
    scores = np.array([0.9, 0.95, 0.95, 0.85])
    match, best = best_matches(5, links, scores)
    assert match.tolist() == [3, 3, 3, 1, -1]
    assert best[:4].tolist() == [0.9, 0.95, 0.95, 0.95] and np.isnan(best[4])


def test_keep_rule_order_and_ties() -> None:
    cluster = np.array([0, 0, 0, 3, 3, 5])
    facts = KeepFacts(
        published=np.array([np.nan, 200.0, 100.0, np.nan, np.nan, np.nan]),
        lengths=np.array([500, 10, 10, 40, 40, 1]),
    )
    default = ("earliest", "longest", "first")
    assert kept(cluster, facts, default).tolist() == [False, False, True, True, False, True]
    assert kept(cluster, facts, ("longest",)).tolist() == [True, False, False, True, False, True]
    assert kept(cluster, facts, ("latest",)).tolist() == [False, True, False, True, False, True]
    assert kept(cluster, facts, ("last",)).tolist() == [False, False, True, False, True, True]
    assert kept(cluster, facts, ("shortest", "last")).tolist() == [
        False, False, True, False, True, True
    ]  # fmt: skip


@given(LINKS)
def test_exactly_one_kept_per_cluster(links: list[tuple[int, int]]) -> None:
    cluster = components(30, _as_pairs(links))
    rng = np.random.default_rng(len(links))
    facts = KeepFacts(rng.choice([np.nan, 1.0, 2.0], size=30), rng.integers(1, 4, size=30))
    keep = kept(cluster, facts, ("earliest", "longest", "first"))
    for c in set(cluster.tolist()):
        assert int(keep[cluster == c].sum()) == 1


def reference_kept(cluster: np.ndarray, facts: KeepFacts, rule: tuple[str, ...]) -> list[bool]:
    """Every document ranked in plain Python: the first of its cluster wins."""

    def key(i: int) -> list[float]:
        published = facts.published[i]
        when, unknown = float(np.nan_to_num(published)), float(np.isnan(published))
        parts = {
            "earliest": [unknown, when],
            "latest": [unknown, -when],
            "longest": [-float(facts.lengths[i])],
            "shortest": [float(facts.lengths[i])],
            "first": [float(i)],
            "last": [-float(i)],
        }
        return [part for name in (*rule, "first") for part in parts[name]]

    best: dict[int, int] = {}
    for i, c in enumerate(cluster.tolist()):
        if c not in best or key(i) < key(best[c]):
            best[c] = i
    return [best[c] == i for i, c in enumerate(cluster.tolist())]


@given(LINKS, st.permutations(["earliest", "latest", "longest", "shortest", "first", "last"]))
def test_kept_equals_ranking_every_document(links: list[tuple[int, int]], names: list[str]) -> None:
    cluster = components(30, _as_pairs(links))
    rng = np.random.default_rng(len(links))
    facts = KeepFacts(rng.choice([np.nan, 1.0, 2.0], size=30), rng.integers(1, 4, size=30))
    for rule in (tuple(names[:1]), tuple(names[:3])):
        assert kept(cluster, facts, rule).tolist() == reference_kept(cluster, facts, rule)


def test_links_outside_the_documents_are_refused_not_read() -> None:
    # The compiled passes do not check: the wrappers do (once a segfault).
    for links in (np.array([[0, 7]]), np.array([[-1, 2]])):
        with pytest.raises(IndexError, match=r"outside 0\.\.2"):
            components(3, links)
        with pytest.raises(IndexError, match=r"outside 0\.\.2"):
            best_matches(3, links, np.ones(1))
    with pytest.raises(ValueError, match="2 scores for 1 links"):
        best_matches(3, np.array([[0, 1]]), np.ones(2))
