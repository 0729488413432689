"""Number changes storydiff shows on the six NewsEdits pairs left out of the fact
labels, against blind labels of numbers only.

Data: the six pairs of ``../shared/data/newsedits-cke-dev.csv`` that the fact labels
(``bench/facts_real.py``) leave out as near-total rewrites: real AP and NYT copy, in
neither the tuning nor the held-out part. Labels:
``tests/facts/numbers.newsedits-{x,y}.blind.json``, each labeller alone on all six
pairs, from the texts and a guide only (the guide of ``bench/quantities_mrpc.py`` for
whole articles: counts, money, shares and measures; not ages, durations, dates or
numbers in names; numbers in a quotation new or gone as a whole are the quote's; the
same figure for the same thing anywhere in the other version is no change). SHA-256
recorded here and checked. A tuning set: rules may be fitted on it; the fact labels'
held-out part stays the quality figure.

Matching rule: ``bench/facts_real.py``'s for ``number`` labels (direction, and words
on each side the label gives). Precision: shown number changes (``quantity``,
``money``, ``percent``, not hidden) that match a label of that labeller (``doubt``
included), and of either. Recall: labels not in doubt that a shown number change
matches.

    .venv/bin/python bench/numbers_newsedits.py [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind import labelled_pairs, read_blind
from facts_real import DATA, matches, read_pairs
from quantities_mrpc import score, shown_numbers

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "facts"
BLIND = {
    "x": "8c9b800cdf5534ced7bfd98a43762d1440f1b404deb94152013aa4a8be4a13f4",
    "y": "439bac5ecd821a8b73236a572bd55773a88686570facde71fa27e7a353e8fa67",
}


def load(labeller: str) -> dict[str, list[dict[str, Any]]]:
    data = read_blind(LABELS / f"numbers.newsedits-{labeller}.blind.json", BLIND[labeller])
    return {p["id"]: [{**lab, "kind": "number"} for lab in p["labels"]] for p in data["pairs"]}


def evaluate(show: bool = False) -> dict[str, Any]:
    books = {who: load(who) for who in BLIND}
    texts = read_pairs()
    ids = labelled_pairs(books)
    result: dict[str, Any] = {"pairs": len(ids), "shown": 0, "either": 0}
    result.update({who: [0, 0, 0] for who in BLIND})  # right, labels, found
    for pid in ids:
        changes = shown_numbers(*texts[pid])
        every = [lab for book in books.values() for lab in book[pid]]
        result["shown"] += len(changes)
        result["either"] += sum(any(matches(lab, c) for lab in every) for c in changes)
        for who, book in books.items():
            right, sure, found = score(book[pid], changes)
            tally = result[who]
            tally[0] += right
            tally[1] += sure
            tally[2] += found
        if show:
            for c in changes:
                ok = any(matches(lab, c) for lab in every)
                print(pid, "+" if ok else "-", c["kind"], c["fact"], repr(c["before"]),
                      "->", repr(c["after"]))  # fmt: skip
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every shown number change")
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"{DATA} is missing", file=sys.stderr)
        return 2
    r = evaluate(args.show)
    shown = r["shown"]
    print(f"{r['pairs']} pairs, {shown} number changes shown, "
          f"precision against either labeller {r['either'] / max(shown, 1):.3f}")  # fmt: skip
    for who in BLIND:
        right, sure, found = r[who]
        print(f"  labeller {who}: precision {right / max(shown, 1):.3f}  "
              f"recall {found / max(sure, 1):.3f} of {sure}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
