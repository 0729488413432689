"""How often storydiff calls one thing said two ways a change, on MRPC train.

Data: ``../shared/data/mrpc/msr_paraphrase_train.txt`` (the tuning part of the
Microsoft Research Paraphrase Corpus; the test file is held out and never read here).
Each row is two sentences from different reports of one event. For each pair,
``storydiff.compare(first, second)``; its shown changes (not hidden) are counted:

- **figures**: on the pairs whose two sentences write the same numbers (the same
  digit runs, commas aside), the shown changes of counts, amounts, percentages and
  dates. Most are one figure written two ways ("37 per cent" / "37 percent", "$12.4
  billion" / "$12.4bn"); some are true (a weekday one sentence leaves out).
- **names**: on the pairs marked paraphrases, the shown changes of people,
  organisations and places. Most are one name said two ways ("Brannock Corp." /
  "Brannock"); some are true (a detail one sentence leaves out).

Neither count has labels, so neither is a precision: lower is better only while the
rules stay honest, which the NewsEdits, speaker, date and count tuning sets and the
fictional tests check. It is where the identity rules of ``facts.name_forms``,
``facts.counted`` and ``facts.spellings`` were found (2026-12-05: figures quantity 51
→ 37, money 14 → 7, percent 5 → 3, date 70 → 70; names in the first 1,500 rows
organisations 234 → 188, people 138 → 122, places 194 → 190).

    .venv/bin/python bench/identity_probe.py [--rows N] [--show] [--json PATH]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "data" / "mrpc" / "msr_paraphrase_train.txt"

Row = tuple[str, str, str, str]
"""A pair: quality ("1" paraphrase), id, first sentence, second sentence."""

FIGURES = ("quantity", "money", "percent", "date")
NAMES = ("person", "organization", "place")
_NUMBER = re.compile(r"\d[\d,.]*")


def read_rows(path: Path = TRAIN, limit: int | None = None) -> list[Row]:
    """The pairs of an MRPC file (tab-separated, no quoting), at most ``limit``; a
    line without its five fields is skipped with a note on stderr."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    whole = [r for r in rows[:limit] if len(r) == 5]
    if len(whole) < len(rows[:limit]):
        print(f"skipped {len(rows[:limit]) - len(whole)} lines without 5 fields", file=sys.stderr)
    return [(q, i1, a, b) for q, i1, _i2, a, b in whole]


def same_numbers(a: str, b: str) -> bool:
    """Whether two sentences write the same numbers (commas and end dots aside)."""

    def numbers(text: str) -> list[str]:
        return sorted(n.rstrip(".,").replace(",", "") for n in _NUMBER.findall(text))

    found = numbers(a)
    return bool(found) and found == numbers(b)


def probe(rows: Iterable[Row], show: bool = False) -> dict[str, Any]:
    """The two counts over ``rows`` (``figures`` and ``names``, by fact kind), with
    how many pairs each was taken on."""
    import storydiff

    figures: Counter[str] = Counter()
    names: Counter[str] = Counter()
    pairs = Counter[str]()
    for quality, pid, a, b in rows:
        wanted = (FIGURES if same_numbers(a, b) else ()) + (NAMES if quality == "1" else ())
        if not wanted:
            continue
        pairs["figures"] += same_numbers(a, b)
        pairs["names"] += quality == "1"
        for c in storydiff.compare(a, b).changes:
            if c.hidden or c.fact not in wanted:
                continue
            (figures if c.fact in FIGURES else names)[c.fact] += 1
            if show:
                print(f"{pid} {c.kind} {c.fact}: {c.before!r} -> {c.after!r}")
    return {
        "pairs": dict(pairs),
        "figures": {k: figures[k] for k in FIGURES},
        "names": {k: names[k] for k in NAMES},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, default=None, help="first N rows only")
    parser.add_argument("--show", action="store_true", help="print every counted change")
    parser.add_argument("--json", type=Path, help="write the counts here")
    args = parser.parse_args(argv)
    if not TRAIN.exists():
        print(f"missing {TRAIN}", file=sys.stderr)
        return 2
    result = probe(read_rows(TRAIN, args.rows), show=args.show)
    print(
        f"figures ({result['pairs'].get('figures', 0)} pairs with the same numbers): "
        + ", ".join(f"{k} {v}" for k, v in result["figures"].items())
    )
    print(
        f"names ({result['pairs'].get('names', 0)} paraphrase pairs): "
        + ", ".join(f"{k} {v}" for k, v in result["names"].items())
    )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
