"""Names storydiff shows as added, removed or respelled on the six NewsEdits pairs left
out of the fact labels, against blind labels of names only.

Data: the six pairs of ``../shared/data/newsedits-cke-dev.csv`` that the fact labels
(``bench/facts_real.py``) leave out as near-total rewrites: real AP and NYT copy, in
neither the tuning nor the held-out part. Labels:
``tests/facts/entities.newsedits-{p,q}.blind.json``, each labeller alone on all six
pairs, from the texts and a guide only: every person, organisation or place named in
one version only, under any of its names (initials and full names, a surname and the
full name, a title, AP state abbreviations are one entity); not bylines, credits,
photo captions, names only inside a quotation new or gone as a whole. SHA-256
recorded here and checked. A tuning set: rules may be fitted on it.

Matching rule: ``bench/facts_real.py``'s for ``entity`` labels (direction, and the
label's name against the change's name). Precision: shown changes of fact
``person``, ``organization`` or ``place`` (not hidden) that match a label of either
labeller (``doubt`` included). Recall: each labeller's labels not in doubt that a
shown change matches.

    .venv/bin/python bench/entities_newsedits.py [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind import labelled_pairs, read_blind
from facts_real import DATA, change_dicts, matches, read_pairs

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "facts"
BLIND = {
    "p": "dd9319fa8c40bcc23e689ec5c719a7f2e5310ff440e3a405cf45039831742fa4",
    "q": "c3ba473adc9ce515d58cd989535272d6aa1876b005476aee7978d23d268bf737",
}
NAMES = frozenset({"person", "organization", "place"})


def load(labeller: str) -> dict[str, list[dict[str, Any]]]:
    """One labeller's labels by pair id, as the matching rule reads them."""
    data = read_blind(LABELS / f"entities.newsedits-{labeller}.blind.json", BLIND[labeller])
    return {pair["id"]: [entity_label(lab) for lab in pair["labels"]] for pair in data["pairs"]}


def entity_label(lab: dict[str, Any]) -> dict[str, Any]:
    """A name label (``change``, ``name``, ``doubt``; an ``updated`` one may give
    ``before`` and ``after``) as ``facts_real``'s matching rule reads an entity label."""
    return {
        "kind": "entity",
        "change": lab["change"],
        "before": None if lab["change"] == "added" else lab.get("before", lab["name"]),
        "after": None if lab["change"] == "removed" else lab.get("after", lab["name"]),
        "doubt": lab.get("doubt", False),
        "name": lab["name"],
    }


def evaluate(show: bool = False) -> dict[str, Any]:
    books = {who: load(who) for who in BLIND}
    texts = read_pairs()
    ids = labelled_pairs(books)
    result: dict[str, Any] = {"pairs": len(ids), "shown": 0, "right": 0}
    result.update({who: [0, 0] for who in BLIND})  # labels, found
    for pid in ids:
        changes = [c for c in change_dicts(*texts[pid]) if c["fact"] in NAMES]
        every = [lab for book in books.values() for lab in book[pid]]
        for c in changes:
            ok = any(matches(lab, c) for lab in every)
            result["shown"] += 1
            result["right"] += ok
            if show and not ok:
                print(pid, "-", c["kind"], c["fact"], repr(c["before"]), "->", repr(c["after"]))
        for who, book in books.items():
            sure = [lab for lab in book[pid] if not lab["doubt"]]
            result[who][0] += len(sure)
            result[who][1] += sum(any(matches(lab, c) for c in changes) for lab in sure)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list shown names no label has")
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"{DATA} is missing", file=sys.stderr)
        return 2
    r = evaluate(args.show)
    print(f"{r['pairs']} pairs, {r['shown']} name changes shown, precision against either "
          f"labeller {r['right'] / max(r['shown'], 1):.3f}")  # fmt: skip
    for who in BLIND:
        labels, found = r[who]
        print(f"  labeller {who}: recall {found / max(labels, 1):.3f} of {labels}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
