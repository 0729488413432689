"""Claim updates storydiff shows on real rewordings (MRPC), against blind labels.

Data: ``../shared/data/mrpc/msr_paraphrase_{train,test}.txt``: pairs of sentences from
different reports of one event (the Microsoft Research Paraphrase Corpus). For each
pair, ``storydiff.compare(first, second)``.

**The question.** storydiff shows a claim change of polarity, certainty or
alternatives (a change with ``fact == "claim"``, not hidden, of that subtype: an
update, or a clause added or cut). Does the statement the two sentences share really
change that way? Rewording that keeps the meaning is none of the three
(``docs/facts-labels.md``); extra details one sentence has do not count.

**Sample**, fixed before any label was written, with the code at ``54ae435``
(``tests/facts/claims.mrpc-sample.json``, its SHA-256 checked): every
pair of a file where storydiff showed one of the three, and other pairs of the same
file as decoys (train 180, test 80: the first by ``sha256("mrpc-decoy:" + id)``), all
in the order of ``sha256("mrpc-claims:" + id)``, so that a labeller cannot tell which
pairs storydiff flagged. The train file is the tuning part (word lists and rules may
be fitted on it); the test file is held out, scored once at the end of a piece of
work.

**Labels**: ``tests/facts/claims.mrpc-{a,b,c,d}.blind.json`` (train: a and b the first
half of the sample, c and d the second) and ``claims.mrpc-{e,f}.blind.json`` (test),
each written by a labeller who saw the two sentences only, never storydiff or its
output; the files' SHA-256 are recorded here and checked. A label is the pair's id and
``polarity``, ``certainty``, ``alternatives`` (true or false), ``doubt`` and a short
note.

**Matching rule.** storydiff *shows* a subtype on a pair when some shown claim change
there has it. A shown subtype is *right for a labeller* when that labeller answered it
true, and *right for either* when one of the pair's two labellers did. Precision is
over the sampled pairs where storydiff shows the subtype now; pairs it shows now that
are not in the sample (a rule added since) are counted as unlabelled, never as right.
*Sample recall* is the share of the sampled pairs either labeller marked with a
subtype that storydiff shows it on now: it counts what a stricter rule stops showing
(pairs flagged when the sample was drawn), but not what storydiff missed outside the
sample. Among the decoys (pairs storydiff did not flag when the sample was drawn),
the ones a labeller marks true estimate that.

    .venv/bin/python bench/claims_mrpc.py [--part train|test] [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import storydiff
from blind import read_blind

ROOT = Path(__file__).resolve().parent.parent
MRPC = ROOT.parent / "shared" / "data" / "mrpc"
LABELS = ROOT / "tests" / "facts"
SAMPLE = LABELS / "claims.mrpc-sample.json"
SAMPLE_SHA256 = "acce97bf8ffa0f3ae75b3a6bc537301e284baf8fc83d54f52a68f9ee62f2e8d6"
SUBTYPES = ("polarity", "certainty", "alternatives")
WHO = ("first", "second", "both", "either")
FILES: dict[str, str] = {"train": "msr_paraphrase_train.txt", "test": "msr_paraphrase_test.txt"}
BLIND: dict[str, tuple[tuple[tuple[str, str], tuple[str, str]], ...]] = {
    # part -> ((labeller, sha256), (labeller, sha256)) for each half labelled twice
    "train": (
        (
            ("a", "1147e1afb7e852c9b796ee5159ae5534e664b54cde0666263b794d29efa097b8"),
            ("b", "f8b03ee2ecccb645fae6e6632da3473dbe5add07ac770692a3fac7d67fed7f88"),
        ),
        (
            ("c", "8e6e9ea7a9b47190ee445093efaa584ed17b93b19dd158577fd7834968e50894"),
            ("d", "6ed484471b3f5bbc871b19c750a567b1ddd6ebbeed19882e8336d5f8968acd7d"),
        ),
    ),
    "test": (
        (
            ("e", "75a2c1c11802ee47fcb70920ec3bc48e3481d4540e7095c451ac843df6f9dceb"),
            ("f", "c868d79e6d0099a27cdc23a74fadfed64feb4ba0087fd7ab15e645a44a01f288"),
        ),
    ),
}


def read_pairs(part: str) -> dict[str, tuple[str, str]]:
    """The file's pairs by id ("<first id>_<second id>"): (first, second). Fields are
    split on tabs (the strings hold stray quotation marks, so no CSV quoting)."""
    out: dict[str, tuple[str, str]] = {}
    lines = (MRPC / FILES[part]).read_text(encoding="utf-8-sig").splitlines()
    for line in lines[1:]:
        fields = line.split("\t")
        if len(fields) == 5:
            out[f"{fields[1]}_{fields[2]}"] = (fields[3], fields[4])
    return out


def load_labels(labeller: str, sha256: str) -> dict[str, dict[str, Any]]:
    """One labeller's labels by pair id, from a file that must be byte for byte the
    one written blind."""
    data = read_blind(LABELS / f"claims.mrpc-{labeller}.blind.json", sha256)
    return {p["id"]: p for p in data["pairs"]}


def shown(first: str, second: str) -> set[str]:
    """The subtypes of the claim changes storydiff shows for one pair."""
    out = set()
    for change in storydiff.compare(first, second).changes:
        if change.fact == "claim" and not change.hidden and change.subject in SUBTYPES:
            out.add(change.subject)
    return out


def sample(part: str) -> list[list[dict[str, Any]]]:
    """The part's sampled pairs, half by half in labelling order, each with whether
    storydiff flagged it when the sample was drawn (else it is a decoy)."""
    drawn = read_blind(SAMPLE, SAMPLE_SHA256, "the sample as drawn")
    halves: list[list[dict[str, Any]]] = drawn["parts"][part]
    return halves


def evaluate(part: str) -> dict[str, Any]:
    """Per subtype: shown, right for each labeller, for both and for either; the
    decoys' labels storydiff does not show; agreement of the two labellers."""
    pairs = read_pairs(part)
    counts: Counter[str] = Counter()
    wrong: list[str] = []
    for half, ((x, sha_x), (y, sha_y)) in zip(sample(part), BLIND[part], strict=True):
        first, second = load_labels(x, sha_x), load_labels(y, sha_y)
        ids = [p["id"] for p in half]
        if list(first) != ids or list(second) != ids:
            raise SystemExit(f"labellers {x} and {y} did not label the sample in order")
        for entry in half:
            pid = entry["id"]
            a, b = first[pid], second[pid]
            found = shown(*pairs[pid])
            counts["pairs"] += 1
            counts["decoys"] += not entry["flagged"]
            for s in SUBTYPES:
                counts[f"{s} agree"] += a[s] == b[s]
                counts[f"{s} true"] += a[s] or b[s]
                counts[f"{s} found"] += (a[s] or b[s]) and s in found
                if s in found:
                    counts[f"{s} shown"] += 1
                    counts[f"{s} right first"] += a[s]
                    counts[f"{s} right second"] += b[s]
                    counts[f"{s} right both"] += a[s] and b[s]
                    counts[f"{s} right either"] += a[s] or b[s]
                    if not (a[s] or b[s]):
                        wrong.append(f"shown, no labeller: {s:12} {pid}")
                elif not entry["flagged"] and (a[s] or b[s]):
                    counts[f"{s} decoy missed"] += 1
    return {"counts": counts, "wrong": wrong}


def outside(part: str) -> Counter[str]:
    """Per subtype, the pairs of the whole file storydiff shows it on now, and of
    those the ones outside the sample (no label says whether they are right)."""
    inside = {p["id"] for half in sample(part) for p in half}
    counts: Counter[str] = Counter()
    for pid, (first, second) in read_pairs(part).items():
        for s in shown(first, second):
            counts[f"{s} shown"] += 1
            counts[f"{s} unlabelled"] += pid not in inside
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--part", choices=tuple(FILES), default="train")
    parser.add_argument(
        "--show", action="store_true", help="list shown changes no labeller gave (train)"
    )
    parser.add_argument("--all", action="store_true", help="also run every pair of the file")
    args = parser.parse_args(argv)
    if not (MRPC / FILES[args.part]).exists():
        print(f"{MRPC / FILES[args.part]} is missing", file=sys.stderr)
        return 2
    result = evaluate(args.part)
    c = result["counts"]
    print(f"{args.part}: {c['pairs']} labelled pairs, {c['decoys']} of them decoys")
    for s in SUBTYPES:
        n = c[f"{s} shown"]
        right = {k: c[f"{s} right {k}"] / n if n else 0.0 for k in WHO}
        print(
            f"  {s:12} shown {n:4}  right: first {right['first']:.3f}  second "
            f"{right['second']:.3f}  both {right['both']:.3f}  either {right['either']:.3f}"
            f"  | sample recall {c[f'{s} found']}/{c[f'{s} true']}"
            f"  | decoys missed {c[f'{s} decoy missed']}  | labellers agree "
            f"{c[f'{s} agree'] / max(c['pairs'], 1):.3f}"
        )
    if args.all:
        every = outside(args.part)
        for s in SUBTYPES:
            print(f"  {s:12} shown on {every[f'{s} shown']} pairs of the file, "
                  f"{every[f'{s} unlabelled']} of them outside the sample")  # fmt: skip
    if args.show and args.part == "train":
        print("\n".join(result["wrong"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
