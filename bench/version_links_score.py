"""How bench/version_links.py scores storydiff against the truth of a generated
corpus: the kinds of true pairs and their shingle overlap, the causes of links
between different stories, precision and recall over pairs of texts, the statistics
of consecutive version pairs, and the mixed and split stories kept as examples."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

import benchlib
from gen_versions import GenText
from storydiff.detect.link import Analysed, Pair

BUCKETS = ((0.0, 0.2, "0-0.2"), (0.2, 0.5, "0.2-0.5"), (0.5, 0.8, "0.5-0.8"), (0.8, 1.01, "0.8-1"))
PAIR_KINDS = (
    "consecutive versions",
    "versions further apart",
    "copy and its source version",
    "copy and another text",
)
CAUSES = ("round-up quote", "round-up to round-up", "FAQ box", "newsletter footer", "other")

Pair2 = tuple[int, int]


def overlap(analysed: Analysed, a: int, b: int) -> tuple[float, float]:
    """(Jaccard, containment of the smaller in the larger) of two texts' shingle sets."""
    sa, sb = analysed.shingles[a], analysed.shingles[b]
    shared = len(np.intersect1d(sa, sb, assume_unique=True))
    union = len(sa) + len(sb) - shared
    smaller = min(len(sa), len(sb))
    return benchlib.share(shared, union), benchlib.share(shared, smaller)


def bucket(jaccard: float) -> str:
    return next(label for lo, hi, label in BUCKETS if lo <= jaccard < hi)


def pair_kind(x: GenText, y: GenText) -> str:
    if x.kind == y.kind == "version":
        return PAIR_KINDS[0] if abs(x.version - y.version) == 1 else PAIR_KINDS[1]
    copy, other = (x, y) if x.kind == "copy" else (y, x)
    if other.kind == "version" and other.version == copy.version:
        return PAIR_KINDS[2]
    return PAIR_KINDS[3]


def cause(x: GenText, y: GenText) -> str:
    """What two texts of different stories that storydiff linked have in common: the
    first that applies of a round-up and a text of a story it quotes, two round-ups,
    the FAQ box, the newsletter footer, else "other" (stock phrases)."""
    if x.kind == y.kind == "roundup":
        return CAUSES[1]
    if y.story in x.quotes or x.story in y.quotes:
        return CAUSES[0]
    if x.faq and y.faq:
        return CAUSES[2]
    if x.footer and y.footer:
        return CAUSES[3]
    return CAUSES[4]


def label(story: int, stories: int) -> str:
    return f"r{story - stories:03d}" if story >= stories else f"s{story:03d}"


# Scoring.


def _recall(pairs: set[Pair2], correct: set[Pair2]) -> dict[str, Any]:
    """How many of ``pairs`` are among the correct predicted pairs."""
    found = len(pairs & correct)
    return {"pairs": len(pairs), "found": found, "recall": benchlib.share(found, len(pairs))}


def score(
    predicted: set[Pair2], truth: set[Pair2], jaccard: dict[Pair2, float], kinds: dict[Pair2, str]
) -> dict[str, Any]:
    correct = predicted & truth
    by_bucket = {
        name: _recall({p for p in truth if bucket(jaccard[p]) == name}, correct)
        for *_, name in BUCKETS
    }
    by_kind = {k: _recall({p for p in truth if kinds[p] == k}, correct) for k in PAIR_KINDS}
    return {
        "predicted_pairs": len(predicted),
        "correct": len(correct),
        "precision": benchlib.share(len(correct), len(predicted)),
        "recall": benchlib.share(len(correct), len(truth)),
        "recall_by_jaccard": by_bucket,
        "recall_by_kind": by_kind,
    }


def together(stories: Iterable[list[int]]) -> set[Pair2]:
    return {pair for s in stories for pair in itertools.combinations(sorted(s), 2)}


def true_pairs(texts: Sequence[GenText]) -> set[Pair2]:
    members: dict[int, list[int]] = defaultdict(list)
    for i, t in enumerate(texts):
        members[t.story].append(i)
    return together(members.values())


def consecutive_stats(texts: Sequence[GenText], analysed: Analysed) -> dict[str, Any]:
    index = {t.id: i for i, t in enumerate(texts)}
    jac: list[float] = []
    con: list[float] = []
    for t in texts:
        if t.kind == "version" and t.version > 0:
            j, c = overlap(analysed, index[f"s{t.story:03d}-v{t.version - 1}"], index[t.id])
            jac.append(j)
            con.append(c)
    if not jac:
        return {"pairs": 0}
    return {
        "pairs": len(jac),
        "jaccard_median": float(np.quantile(jac, 0.5)),
        "jaccard_p25": float(np.quantile(jac, 0.25)),
        "containment_median": float(np.quantile(con, 0.5)),
        "containment_p10": float(np.quantile(con, 0.1)),
    }


def mixed_example(
    texts: Sequence[GenText], s: list[int], links: dict[Pair2, Pair], n_stories: int
) -> dict[str, Any]:
    """One found story mixing true stories: its members and the links bridging them."""
    members = Counter(texts[i].story for i in s)
    # Links between texts of different true stories, grouped by the two stories;
    # the strongest link of each group.
    by_stories: dict[tuple[int, int], list[Pair2]] = defaultdict(list)
    for a, b in itertools.combinations(sorted(s), 2):
        x, y = texts[a].story, texts[b].story
        if (a, b) in links and x != y:
            by_stories[(min(x, y), max(x, y))].append((a, b))
    bridges = []
    for (x, y), pairs in sorted(by_stories.items()):
        a, b = max(pairs, key=lambda p: links[p].containment)
        bridges.append(
            {
                "stories": [label(x, n_stories), label(y, n_stories)],
                "links": len(pairs),
                "causes": dict(Counter(cause(texts[p], texts[q]) for p, q in pairs)),
                "strongest": {
                    "a": texts[a].id, "b": texts[b].id,
                    "containment": links[(a, b)].containment,
                    "jaccard": links[(a, b)].jaccard,
                },
            }
        )  # fmt: skip
    return {
        "texts": len(s),
        "true_stories": {label(k, n_stories): v for k, v in sorted(members.items())},
        "bridges": bridges,
    }


def split_example(
    texts: Sequence[GenText], story: int, groups: list[list[int]],
    overlaps: dict[Pair2, tuple[float, float]], links: dict[Pair2, Pair], n_stories: int,
) -> dict[str, Any]:  # fmt: skip
    """One true story spread over several found stories: its parts and closest pair across."""
    across = [
        (overlaps[(min(a, b), max(a, b))], min(a, b), max(a, b))
        for g, h in itertools.combinations(groups, 2)
        for a in g
        for b in h
    ]
    (j, c), a, b = max(across)
    return {
        "story": label(story, n_stories),
        "parts": [[texts[i].id for i in g] for g in groups],
        "closest_across": {
            "a": texts[a].id, "b": texts[b].id, "jaccard": j, "containment": c,
            "linked": (a, b) in links,
        },
    }  # fmt: skip
