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
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table

import benchlib
import storydiff
from semeval_relation_score import BUCKETS as BUCKETS
from semeval_relation_score import SCORES as SCORES
from semeval_relation_score import VERDICT_RANK, Pair, measure
from semeval_relation_score import average_ranks as average_ranks
from semeval_relation_score import bucket as bucket
from semeval_relation_score import pearson as pearson
from semeval_relation_score import spearman as spearman

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATA = ROOT.parent / "shared" / "data"
SEMEVAL = DATA / "semeval2022-task8-sample"
FILES = (SEMEVAL / "training_set.csv", SEMEVAL / "testing_set.csv")


# Data.


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
