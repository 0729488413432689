"""How storydiff's relation scores rank SemEval-2022 Task 8 pairs against the human
``Overall`` score.

The data is read at run time from ``../shared/data/semeval2022-task8-sample/``
(``training_set.csv`` and ``testing_set.csv``, beside the repository, never inside
it); when it is missing the script says so and exits 2 (``--tiny`` runs on built-in
fictional examples instead, for the smoke test).

Each row is a pair of news articles with seven 1-4 scores given by annotators;
``Overall`` is 1 when the two articles tell the same story and 4 when they are
unrelated. The texts of this sample are cut to a head and a tail (about 1,000 to
1,250 characters each). Only English-English pairs are used (``lang1`` and ``lang2``
both ``en``); a ``pair_id`` seen before is skipped.

For each pair, ``storydiff.compare(text1, text2, CompareConfig(facts=False))`` and
five candidate scores from its ``relation``:

- ``jaccard``: Jaccard of the two texts' 5-word shingles;
- ``containment``: ``max(containment_old, containment_new)``;
- ``kept_max``: ``max(kept_old, kept_new)`` (share of a side's sentences paired);
- ``kept_mean``: the mean of ``kept_old`` and ``kept_new``;
- ``verdict``: identical 3, same_story 2, related 1, unrelated 0.

Each score is correlated with ``-Overall`` (so that a score that rises as the
articles get closer correlates positively): Spearman (Pearson of the ranks, ties
given their average rank) and Pearson. A correlation is ``None`` when either side is
constant. For context, the same for whether the pair shares any shingle at all (1
or 0: ``containment > 0``). The verdicts are also counted by ``Overall`` bucket
(1-1.5, over 1.5-2.5, over 2.5-3.5, over 3.5-4), with the mean of each score in each
bucket, and each ``compare`` call is timed (``time.perf_counter``, after one warm-up
call).

Run it as ``.venv/bin/python bench/semeval_relation.py``; it is not part of
``make test`` (tests/bench/test_semeval_relation_smoke.py runs it with ``--tiny``).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from rich import box
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

import benchlib
import storydiff
from storydiff import Relation, Verdict

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATA = ROOT.parent / "shared" / "data"
SEMEVAL = DATA / "semeval2022-task8-sample"
FILES = (SEMEVAL / "training_set.csv", SEMEVAL / "testing_set.csv")

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
    """The candidate scores of one pair (see the module docstring)."""
    r = relation
    return {
        "jaccard": r.jaccard,
        "containment": max(r.containment_old, r.containment_new),
        "kept_max": max(r.kept_old, r.kept_new),
        "kept_mean": (r.kept_old + r.kept_new) / 2,
        "verdict": float(VERDICT_RANK[r.verdict]),
    }


# Data.


@dataclass(frozen=True, slots=True)
class Pair:
    """One English-English SemEval row."""

    id: str
    source: str
    text1: str
    text2: str
    overall: float


def read_pairs(paths: Iterable[Path]) -> tuple[list[Pair], dict[str, Any]]:
    """The English-English pairs of the files, and what was read."""
    csv.field_size_limit(10**9)  # whole articles in one field
    pairs: list[Pair] = []
    seen: set[str] = set()
    rows: Counter[str] = Counter()
    english: Counter[str] = Counter()
    duplicates = 0
    for path in paths:
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                rows[path.name] += 1
                if row["lang1"] != "en" or row["lang2"] != "en":
                    continue
                if row["pair_id"] in seen:
                    duplicates += 1
                    continue
                seen.add(row["pair_id"])
                english[path.name] += 1
                overall = float(row["Overall"])
                pairs.append(Pair(row["pair_id"], path.name, row["text1"], row["text2"], overall))
    return pairs, {
        "rows": dict(rows),
        "english_pairs": dict(english),
        "duplicate_pair_ids_skipped": duplicates,
    }


def _body(path: Path) -> str:
    return storydiff.load(str(path)).text


REWRITE = """\
A bulk carrier loaded with iron ore hit a reef north of Kestrel Bay before dawn on
Saturday, and three of its sailors could not be found, officials in Norland said.

Rescue crews in helicopters pulled most of the crew off the stricken vessel, the
Halvard Crest, as gale-force winds swept the coast. The ship had lost power while
heading for the shelter of the bay.

The harbour stayed shut to shipping for the rest of the day, and an oil boom was to
be placed around the hull."""


def tiny_pairs() -> list[Pair]:
    """Six fictional pairs from the bundled examples, with Overall scores written
    here: two versions of one agency story (1), the story against a rewrite in other
    words written here (2), two port stories (3.333) and unrelated stories (4)."""
    story, other = EXAMPLES / "story", EXAMPLES / "unrelated"
    first, update = _body(story / "01-mpa-first-take.txt"), _body(story / "02-mpa-update.txt")
    rows = [
        ("tiny-1", first, update, 1.0),
        ("tiny-2", update, _body(story / "05-mpa-correction.txt"), 1.0),
        ("tiny-3", update, REWRITE, 2.0),
        ("tiny-4", update, _body(other / "container-terminal-opening.txt"), 3.333),
        (
            "tiny-5",
            _body(other / "council-budget-vote.txt"),
            _body(other / "football-match-report.txt"),
            4.0,
        ),
        ("tiny-6", _body(other / "museum-exhibit.txt"), first, 4.0),
    ]
    return [Pair(i, "tiny", a, b, overall) for i, a, b, overall in rows]


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


def run(pairs: Sequence[Pair], console: Console | None = None) -> dict[str, Any]:
    err = console or Console(stderr=True)
    with benchlib.progress(err) as progress:
        semeval = measure(pairs, progress)
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": benchlib.machine(),
        "semeval": semeval,
    }


def _r(value: float | None) -> str:
    return "—" if value is None else f"{value:+.3f}"


def report(results: dict[str, Any], console: Console) -> None:
    """Print the figures as tables."""
    se = results["semeval"]
    read = results["read"]
    console.print(
        f"[bold]SemEval-2022 Task 8[/] ({results['source']}): {se['pairs']} English-English "
        f"pairs (rows read: {read['rows']}; duplicate pair ids skipped: "
        f"{read['duplicate_pair_ids_skipped']})"
    )
    texts = se["texts"]
    console.print(
        f"texts: median {texts['median_words']:g} words, "
        f"{texts['median_sentences']:g} sentences (storydiff's)"
    )
    table = Table(title="score against -Overall (higher is better)", box=box.SIMPLE_HEAD)
    table.add_column("score")
    table.add_column("Spearman", justify="right")
    table.add_column("Pearson", justify="right")
    for source in se["by_source"]:
        table.add_column(f"Spearman, {source}", justify="right")
    for name in SCORES:
        c = se["correlations"][name]
        table.add_row(
            name,
            _r(c["spearman"]),
            _r(c["pearson"]),
            *(_r(s["spearman"][name]) for s in se["by_source"].values()),
        )
    console.print(table)
    console.print(f"best Spearman: {se['best_spearman']}", markup=False)
    shared = se["shares_a_shingle"]
    console.print(
        "for context, whether the pair shares any 5-word shingle (1 or 0): Spearman "
        f"{_r(shared['spearman'])}, Pearson {_r(shared['pearson'])}"
    )

    verdicts = Table(title="verdicts by Overall bucket", box=box.SIMPLE_HEAD)
    verdicts.add_column("Overall")
    verdicts.add_column("pairs", justify="right")
    for v in VERDICT_RANK:
        verdicts.add_column(v.value, justify="right")
    means = Table(title="mean scores by Overall bucket", box=box.SIMPLE_HEAD)
    means.add_column("Overall")
    means.add_column("share a shingle", justify="right")
    for s in SCORES[:-1]:
        means.add_column(s, justify="right")
    for name, b in se["by_bucket"].items():
        verdicts.add_row(
            name, str(b["pairs"]), *(str(b["verdicts"][v.value]) for v in VERDICT_RANK)
        )
        means.add_row(
            name,
            f"{b['share_sharing_a_shingle']:.2f}",
            *(f"{b['mean'][s]:.3f}" for s in SCORES[:-1]),
        )
    console.print(verdicts)
    console.print(means)
    t = se["time_ms"]
    console.print(
        f"compare per pair: median {t['median']:.1f} ms, mean {t['mean']:.1f} ms, "
        f"max {t['max']:.1f} ms; {t['total_s']:.1f} s in all"
    )
    console.print(
        f"pairs with Overall <= 1.5 sharing no 5-word shingle: "
        f"{se['overall_to_1_5_sharing_no_shingle']} of {se['by_bucket']['1-1.5']['pairs']}"
    )
    console.print(
        f"same_story with Overall > 2.5: {se['same_story_with_overall_over_2_5_count']}",
        markup=False,
    )
    for ex in se["same_story_with_overall_over_2_5"]:
        console.print(
            f"  {ex['id']} ({ex['source']}): Overall {ex['overall']:.2f}, jaccard "
            f"{ex['jaccard']:.2f}, containment {ex['containment']:.2f}, kept_max "
            f"{ex['kept_max']:.2f}\n    1: {ex['head1']}\n    2: {ex['head2']}",
            markup=False,
        )
    console.print("\n" + benchlib.machine_line(results))


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Rank SemEval-2022 Task 8 English pairs by storydiff's relation scores."
    )
    parser.add_argument(
        "--tiny", action="store_true", help="built-in fictional examples, no data: a smoke test"
    )
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N pairs")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the figures here")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 2:
        parser.error("--limit must be at least 2")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    out = benchlib.output_console()
    if args.tiny:
        pairs = tiny_pairs()
        read: dict[str, Any] = {
            "rows": {"tiny": len(pairs)},
            "english_pairs": {"tiny": len(pairs)},
            "duplicate_pair_ids_skipped": 0,
        }
        source = "built-in tiny examples"
    else:
        missing = [p for p in FILES if not p.exists()]
        if missing:
            Console(stderr=True).print(
                "shared data missing: "
                + ", ".join(str(p) for p in missing)
                + f"\nIt lives in {SEMEVAL} (beside the repository, never inside it); "
                "--tiny runs without it.",
                markup=False,
            )
            return 2
        pairs, read = read_pairs(FILES)
        source = ", ".join(f"../shared/data/{SEMEVAL.name}/{p.name}" for p in FILES)
    if args.limit is not None:
        pairs = pairs[: args.limit]
    results = run(pairs)
    results["source"] = source
    results["read"] = read
    results["tiny"] = args.tiny
    return benchlib.finish(results, "semeval_relation.py", argv, report, out, args.json)


if __name__ == "__main__":
    sys.exit(main())
