"""The story link rule on real pairs nobody on the project wrote: which pairs that
share passages become one story, by their human label.

- **SemEval 2022 task 8** (``../shared/data/semeval2022-task8-sample``): news article
  pairs of one language, scored 1 (same event) to 4 (unrelated) by annotators; the
  texts are cut to their head and tail, so what they share is often the page chrome
  of both (newsletter boxes, cookie walls, copyright lines). The training part set
  ``GroupingConfig.rest_tokens``; the testing part was not looked at until then.
- **NewsEdits** (``newsedits-cke-dev.csv``): 50 AP/NYT article versions, all one story.

For each pair: its verified link (``detect.link``), the body share, the agreement of
the rests (``detect.agreement``), and whether ``stories_of_texts`` puts the two in
one story. Pairs that share no passage (no link) are left out: no rule can join them.

    .venv/bin/python bench/link_rule_real.py
"""

from __future__ import annotations

import csv
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

from storydiff.config import GroupingConfig
from storydiff.detect.agreement import rest_agreement
from storydiff.detect.grouping import stories_of_texts
from storydiff.detect.link import link_texts

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
GROUPS = (("same event (1-1.5)", 1.0, 1.6), ("close (1.6-2.5)", 1.6, 2.6),
          ("related (2.6-3.3)", 2.6, 3.4), ("unrelated (3.4-4)", 3.4, 4.1))  # fmt: skip


def judge(a: str, b: str) -> tuple[float, float, bool] | None:
    """(body share, rest agreement, one story) of a pair that shares passages."""
    _, pairs = link_texts([a, b])
    if not pairs:
        return None
    together = len(stories_of_texts([a, b])) == 1
    return pairs[0].evidence, rest_agreement(a, b).tokens, together


def semeval(part: str) -> None:
    csv.field_size_limit(10**9)
    name = "training_set.csv" if part == "train" else "testing_set.csv"
    with (DATA / "semeval2022-task8-sample" / name).open(newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["lang1"] == r["lang2"]]
    print(f"\nSemEval {part}: {len(rows)} same-language pairs")
    print(f"  {'human score':22} {'linked':>6} {'joined':>6} {'weak':>5} {'max rest, weak':>15}")
    for label, lo, hi in GROUPS:
        judged = [j for r in rows if lo <= float(r["Overall"]) < hi
                  if (j := judge(r["text1"], r["text2"])) is not None]  # fmt: skip
        weak = [j for j in judged if j[0] < GroupingConfig().strong_share]
        joined = sum(j[2] for j in judged)
        top = max((j[1] for j in weak), default=0.0)
        print(f"  {label:22} {len(judged):6} {joined:6} {len(weak):5} {top:15.3f}")


def newsedits() -> None:
    csv.field_size_limit(10**9)
    with (DATA / "newsedits-cke-dev.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    judged = [j for r in rows if (j := judge(r["TextA"], r["TextB"])) is not None]
    weak = [j for j in judged if j[0] < GroupingConfig().strong_share]
    rests = sorted(round(j[1], 3) for j in weak)
    print(f"\nNewsEdits: {len(rows)} version pairs, {len(judged)} linked, "
          f"{sum(j[2] for j in judged)} joined; weak links {len(weak)}, their rest "
          f"agreement {rests} (median {statistics.median(rests) if rests else 0:.3f})")  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    del argv
    needed = [DATA / "semeval2022-task8-sample", DATA / "newsedits-cke-dev.csv"]
    missing = [path for path in needed if not path.exists()]
    for path in missing:
        print(f"{path} is missing", file=sys.stderr)
    if missing:
        return 2
    config = GroupingConfig()
    print(
        f"rule: body share >= {config.copy_containment}; or >= {config.strong_share} in >= "
        f"{config.spread_runs} passages; or >= {config.min_containment} with rest agreement"
        f" >= {config.rest_tokens} (weak: body share < {config.strong_share})"
    )
    semeval("train")
    semeval("test")
    newsedits()
    return 0


if __name__ == "__main__":
    sys.exit(main())
