"""The scoring of bench/semeval_relation.py: the candidate scores of a pair's
``relation``, the ``Overall`` buckets, average ranks, Pearson and Spearman, the
``Pair`` row, and ``measure`` (every pair compared, timed and correlated); the
script's docstring says what they are.

Kept apart from the script so that each file stays short; the script imports what
it uses from here and re-exports the names its smoke test reads.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from rich.progress import Progress

import storydiff
from storydiff import Relation, Verdict

SCORES = ("jaccard", "containment", "kept_max", "kept_mean", "verdict")
VERDICT_RANK = {Verdict.IDENTICAL: 3, Verdict.SAME_STORY: 2, Verdict.RELATED: 1,
                Verdict.UNRELATED: 0}  # fmt: skip
BUCKETS = (("1-1.5", 1.5), ("1.5-2.5", 2.5), ("2.5-3.5", 3.5), ("3.5-4", 4.0))
"""Name and upper bound (included) of each ``Overall`` bucket, in order."""
EXAMPLES_SHOWN = 5
HEAD = 60
"""Characters of each text shown with an example (terminal only)."""

Floats = npt.NDArray[np.float64]


def bucket(overall: float) -> str:
    """The ``Overall`` bucket a score falls in (upper bounds included)."""
    for name, upper in BUCKETS:
        if overall <= upper:
            return name
    raise ValueError(f"Overall {overall} is above 4")


def average_ranks(values: Iterable[float]) -> Floats:
    """Ranks from 1, tied values sharing the mean of the ranks they span."""
    x = np.asarray(list(values), dtype=np.float64)
    order = np.argsort(x, kind="mergesort")
    ordered = x[order]
    new_run = np.ones(len(x), dtype=bool)
    new_run[1:] = ordered[1:] != ordered[:-1]
    starts = np.flatnonzero(new_run)
    ends = np.append(starts[1:], len(x))  # exclusive
    mean_rank = (starts + ends + 1) / 2.0  # mean of starts+1 .. ends
    ranks = np.empty(len(x), dtype=np.float64)
    ranks[order] = mean_rank[np.cumsum(new_run) - 1]
    return ranks


def pearson(xs: Iterable[float], ys: Iterable[float]) -> float | None:
    """Pearson's r, or ``None`` when there are fewer than 2 values or a side is constant."""
    x = np.asarray(list(xs), dtype=np.float64)
    y = np.asarray(list(ys), dtype=np.float64)
    if len(x) != len(y):
        raise ValueError("pearson: sides of different lengths")
    if len(x) < 2:
        return None
    dx, dy = x - x.mean(), y - y.mean()
    denominator = float(np.sqrt((dx * dx).sum() * (dy * dy).sum()))
    if denominator == 0.0:
        return None
    return float((dx * dy).sum() / denominator)


def spearman(xs: Iterable[float], ys: Iterable[float]) -> float | None:
    """Spearman's rho: Pearson's r of the average ranks."""
    return pearson(average_ranks(xs), average_ranks(ys))


def scores(relation: Relation) -> dict[str, float]:
    """The candidate scores of one pair (see bench/semeval_relation.py's docstring)."""
    r = relation
    return {
        "jaccard": r.jaccard,
        "containment": max(r.containment_old, r.containment_new),
        "kept_max": max(r.kept_old, r.kept_new),
        "kept_mean": (r.kept_old + r.kept_new) / 2,
        "verdict": float(VERDICT_RANK[r.verdict]),
    }


# The input row.


@dataclass(frozen=True, slots=True)
class Pair:
    """One English-English SemEval row."""

    id: str
    source: str
    text1: str
    text2: str
    overall: float


# Measurement.


def _correlations(values: dict[str, list[float]], target: list[float]) -> dict[str, Any]:
    return {
        name: {"spearman": spearman(values[name], target), "pearson": pearson(values[name], target)}
        for name in SCORES
    }


def _example(pair: Pair, row: dict[str, float], verdict: str) -> dict[str, Any]:
    return {
        "id": pair.id,
        "source": pair.source,
        "overall": pair.overall,
        "verdict": verdict,
        **{name: round(row[name], 4) for name in SCORES if name != "verdict"},
        "head1": " ".join(pair.text1.split())[:HEAD],
        "head2": " ".join(pair.text2.split())[:HEAD],
    }


def _by_bucket(
    pairs: Sequence[Pair], values: dict[str, list[float]], verdicts: list[str]
) -> dict[str, Any]:
    """Per ``Overall`` bucket: pairs, verdicts, share sharing a shingle, mean scores."""
    by_bucket: dict[str, Any] = {}
    for name, _ in BUCKETS:
        keep = [i for i, p in enumerate(pairs) if bucket(p.overall) == name]
        by_bucket[name] = {
            "pairs": len(keep),
            "verdicts": {v.value: sum(verdicts[i] == v.value for i in keep) for v in VERDICT_RANK},
            "share_sharing_a_shingle": (
                sum(values["containment"][i] > 0 for i in keep) / len(keep) if keep else 0.0
            ),
            "mean": {
                s: statistics.fmean(values[s][i] for i in keep) if keep else 0.0
                for s in SCORES
                if s != "verdict"
            },
        }
    return by_bucket


def measure(pairs: Sequence[Pair], progress: Progress) -> dict[str, Any]:
    config = storydiff.CompareConfig(facts=False)
    if pairs:
        storydiff.compare(pairs[0].text1, pairs[0].text2, config)  # warm-up, not timed
    values: dict[str, list[float]] = {name: [] for name in SCORES}
    verdicts: list[str] = []
    times: list[float] = []
    words: list[int] = []
    sentences: list[int] = []
    task = progress.add_task("SemEval", total=len(pairs))
    for pair in pairs:
        progress.update(task, description=f"SemEval {pair.id}")
        start = time.perf_counter()
        c = storydiff.compare(pair.text1, pair.text2, config)
        times.append(time.perf_counter() - start)
        for name, value in scores(c.relation).items():
            values[name].append(value)
        verdicts.append(c.relation.verdict.value)
        words += [len(pair.text1.split()), len(pair.text2.split())]
        sentences += [len(c.alignment.old_roles), len(c.alignment.new_roles)]
        progress.advance(task)

    target = [-p.overall for p in pairs]
    by_source: dict[str, Any] = {}
    for source in sorted({p.source for p in pairs}):
        keep = [i for i, p in enumerate(pairs) if p.source == source]
        by_source[source] = {
            "pairs": len(keep),
            "spearman": {
                name: spearman([values[name][i] for i in keep], [target[i] for i in keep])
                for name in SCORES
            },
        }
    correlations = _correlations(values, target)
    shares = [float(c > 0) for c in values["containment"]]
    rhos = {name: c["spearman"] for name, c in correlations.items() if c["spearman"] is not None}
    rows = [{name: values[name][i] for name in SCORES} for i in range(len(pairs))]
    close_but_far = sorted(
        (i for i, p in enumerate(pairs) if p.overall > 2.5 and verdicts[i] == "same_story"),
        key=lambda i: -values["containment"][i],
    )
    same_but_apart = [
        i for i, p in enumerate(pairs) if p.overall <= 1.5 and values["containment"][i] == 0
    ]
    ms = [t * 1000 for t in times]
    return {
        "pairs": len(pairs),
        "correlations": correlations,
        "best_spearman": max(rhos, key=lambda n: rhos[n]) if rhos else None,
        "shares_a_shingle": {
            "spearman": spearman(shares, target),
            "pearson": pearson(shares, target),
        },
        "by_source": by_source,
        "by_bucket": _by_bucket(pairs, values, verdicts),
        "verdicts": dict(Counter(verdicts).most_common()),
        "time_ms": {
            "median": statistics.median(ms) if ms else 0.0,
            "mean": statistics.fmean(ms) if ms else 0.0,
            "max": max(ms, default=0.0),
            "total_s": sum(times),
        },
        "texts": {
            "median_words": statistics.median(words) if words else 0,
            "median_sentences": statistics.median(sentences) if sentences else 0,
        },
        "same_story_with_overall_over_2_5": [
            _example(pairs[i], rows[i], verdicts[i]) for i in close_but_far[:EXAMPLES_SHOWN]
        ],
        "same_story_with_overall_over_2_5_count": len(close_but_far),
        "overall_to_1_5_sharing_no_shingle": len(same_but_apart),
    }
