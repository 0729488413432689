"""Number changes storydiff shows on real rewordings (MRPC), against blind labels.

Data: ``../shared/data/mrpc/msr_paraphrase_{train,test}.txt``: pairs of sentences from
different reports of one event (the Microsoft Research Paraphrase Corpus), read as an
earlier version (the first) and a later one (the second). For each pair,
``storydiff.compare(first, second)``; its shown changes (not hidden) that are numbers
(``quantity``, ``money``, ``percent``) are scored.

**Sample**, fixed before any label was written or any output seen
(``tests/facts/quantities.mrpc-sample.json``, SHA-256 checked): the pairs with a digit
or a number word in either sentence, in the order of ``sha256("mrpc-numbers:" + id)``;
the first 200 of the train file (the tuning part: rules may be fitted on it) and the
first 100 of the test file (held out, scored once at the end of a piece of work).

**Labels**: ``tests/facts/quantities.mrpc-{a,b}.blind.json`` (train, first and second
hundred) and ``quantities.mrpc-{c,d}.blind.json`` (test, each labelled by both c and
d), written by labellers who saw the two sentences and a guide only, never storydiff
or its output; SHA-256 recorded here and checked. The guide follows the ``number``
kind of ``docs/facts-labels.md``: counts, money, shares and measures; not ages,
durations, years, dates, clock times or numbers in names; the same figure written
otherwise is no change. A label: ``change`` (added, removed, updated), ``unit``,
``before``/``after`` (the figure with its noun), ``counts``, ``doubt``.

**Matching rule**: ``bench/facts_real.py``'s, with every label of kind ``number``: a
shown number change and a label match on direction (added, removed, updated) and on
words (on each side the label gives, they share a word and half of the words of the
shorter). Precision: the share of shown number changes that match a label (``doubt``
labels included). Recall: the share of labels, not ``doubt``, that a shown number
change matches. On the test part, each labeller is scored alone, and precision also
against either labeller.

    .venv/bin/python bench/quantities_mrpc.py [--part train|test] [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from blind import read_blind

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_mrpc import MRPC, read_pairs
from facts_real import change_dicts, matches

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "facts"
SAMPLE = LABELS / "quantities.mrpc-sample.json"
SAMPLE_SHA256 = "949894a71ea6f2629d6a8472b19eb1cb98aa47b589e23f62e4cf296c1b1d0a90"
NUMBERS = frozenset({"quantity", "money", "percent"})
FILES = {"train": "msr_paraphrase_train.txt", "test": "msr_paraphrase_test.txt"}
# part -> labellers; each labeller -> sha256 of the file as written blind
BLIND: dict[str, dict[str, str]] = {
    "train": {
        "a": "da3af1cb816a0c6fa3a768ecf2ee4a43e22fae16e8a1a02d6d891d3f6517e2f0",
        "b": "9acfb31a4ed07dd4ea1415151b875f901d4ec3a3a7cb83caa2f8884bb63ec696",
    },
    "test": {
        "c": "30c8d2acaa5f6651e15d113fe6e0f70397fc1fdff10ab9acb9184240d82cd5ca",
        "d": "f4eec4e3842b9229328fefd90b0e51bac5489b37ca2f0e0268133bd689bfb813",
    },
}
# train: a labels the first hundred, b the second; test: c and d label all of it
SPANS = {"a": (0, 100), "b": (100, 200), "c": (0, 100), "d": (0, 100)}


def sample(part: str, path: Path = SAMPLE, sha256: str = SAMPLE_SHA256) -> list[str]:
    """The pair ids of one part of a sample file as drawn (this set's, or another MRPC
    set's ``path`` with its ``sha256``)."""
    ids: list[str] = read_blind(path, sha256, "the sample as drawn")["parts"][part]
    return ids


def load(labeller: str, sha256: str) -> dict[str, list[dict[str, Any]]]:
    """One labeller's labels by pair id, as the matching rule reads them."""
    data = read_blind(LABELS / f"quantities.mrpc-{labeller}.blind.json", sha256)
    out: dict[str, list[dict[str, Any]]] = {}
    for pair in data["pairs"]:
        out[pair["id"]] = [{**lab, "kind": "number"} for lab in pair["labels"]]
    return out


def shown_numbers(first: str, second: str) -> list[dict[str, Any]]:
    return [c for c in change_dicts(first, second) if c["fact"] in NUMBERS]


def score(labels: list[dict[str, Any]], changes: list[dict[str, Any]]) -> tuple[int, int, int]:
    """(shown changes right, labels not in doubt, of those found)."""
    right = sum(any(matches(lab, c) for lab in labels) for c in changes)
    sure = [lab for lab in labels if not lab.get("doubt")]
    found = sum(any(matches(lab, c) for c in changes) for lab in sure)
    return right, len(sure), found


def evaluate(part: str, show: bool = False) -> dict[str, Any]:
    books = {who: load(who, sha) for who, sha in BLIND[part].items()}
    pairs, ids = read_pairs(part), sample(part)
    return tally(pairs, ids, books, SPANS, shown_numbers, show and part == "train")


def tally(
    pairs: dict[str, tuple[str, str]],
    ids: list[str],
    books: dict[str, dict[str, list[dict[str, Any]]]],
    spans: dict[str, tuple[int, int]],
    shown: Callable[[str, str], list[dict[str, Any]]],
    show: bool = False,
) -> dict[str, Any]:
    """Shown changes (``shown`` of a pair's two sentences) against each labeller's book
    of the sampled ``ids`` (each labeller's span of them, ``spans``): per labeller
    [shown, right, labels not in doubt, of those found], and shown changes right
    against either labeller; ``show`` prints each pair's misses."""
    for who, book in books.items():
        lo, hi = spans[who]
        if list(book) != ids[lo:hi]:
            raise SystemExit(f"labeller {who} did not label the sample in order")
    result: dict[str, Any] = {"pairs": 0, "shown": 0, "either": 0}
    for who in books:
        result[who] = [0, 0, 0, 0]  # shown, right, labels, found
    for pid in ids:
        mine = {who: book[pid] for who, book in books.items() if pid in book}
        if not mine:
            continue
        changes = shown(*pairs[pid])
        result["pairs"] += 1
        result["shown"] += len(changes)
        every = [lab for labels in mine.values() for lab in labels]
        result["either"] += sum(any(matches(lab, c) for lab in every) for c in changes)
        for who, labels in mine.items():
            right, sure, found = score(labels, changes)
            counts = result[who]
            counts[0] += len(changes)
            counts[1] += right
            counts[2] += sure
            counts[3] += found
        if show:
            print_pair(pid, every, changes)
    return result


def print_pair(pid: str, labels: list[dict[str, Any]], changes: list[dict[str, Any]]) -> None:
    missed = [lab for lab in labels if not lab.get("doubt")
              and not any(matches(lab, c) for c in changes)]  # fmt: skip
    wrong = [c for c in changes if not any(matches(lab, c) for lab in labels)]
    if not missed and not wrong:
        return
    print(pid)
    for lab in missed:
        print("  L -", lab["change"], repr(lab.get("before")), "->", repr(lab.get("after")))
    for c in wrong:
        print("  C -", c["kind"], c["fact"], repr(c["before"]), "->", repr(c["after"]))


def main(argv: Sequence[str] | None = None) -> int:
    return run(argv, __doc__, evaluate, BLIND, "number")


def run(
    argv: Sequence[str] | None,
    doc: str | None,
    evaluate: Callable[[str, bool], dict[str, Any]],
    blind: dict[str, dict[str, str]],
    what: str,
) -> int:
    """The command of an MRPC scorer (this one's, ``entities_mrpc``'s): ``--part`` and
    ``--show``, then each labeller's precision and recall, and on test the precision
    against either labeller; ``what`` names the changes ("number")."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--part", choices=tuple(FILES), default="train")
    parser.add_argument("--show", action="store_true", help="list misses (train only)")
    args = parser.parse_args(argv)
    if not (MRPC / FILES[args.part]).exists():
        print(f"{MRPC / FILES[args.part]} is missing", file=sys.stderr)
        return 2
    r = evaluate(args.part, args.show)
    shown = r["shown"]
    print(f"{args.part}: {r['pairs']} pairs, {shown} {what} changes shown")
    for who in blind[args.part]:
        n, right, sure, found = r[who]
        print(f"  labeller {who}: precision {right / max(n, 1):.3f} of {n}  "
              f"recall {found / max(sure, 1):.3f} of {sure}")  # fmt: skip
    if len(blind[args.part]) > 1 and args.part == "test":
        print(f"  precision against either labeller {r['either'] / max(shown, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
