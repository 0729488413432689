"""Names storydiff shows as added, removed or respelled on real rewordings (MRPC),
against blind labels.

Data: ``../shared/data/mrpc/msr_paraphrase_{train,test}.txt``: pairs of sentences from
different reports of one event (the Microsoft Research Paraphrase Corpus), read as an
earlier version (the first) and a later one (the second). For each pair,
``storydiff.compare(first, second)``; its shown changes (not hidden) of fact
``person``, ``organization`` or ``place`` are scored. Two reports of one event name
the same people, bodies and places in many ways ("SEC" / "Securities and Exchange
Commission", "Mr Rumsfeld" / "Rumsfeld", "US" / "U.S."), which is what this set asks
of storydiff: one entity under two names is no change.

**Sample**, fixed before any label was written or any output seen
(``tests/facts/entities.mrpc-sample.json``, SHA-256 checked): the pairs whose
sentences' capitalised words (after the first word; not "I", weekdays or months)
differ, in the order of ``sha256("mrpc-names:" + id)``; the first 200 of the train
file (the tuning part: rules may be fitted on it) and the first 100 of the test file
(held out, scored once at the end of a piece of work).

**Labels**: ``tests/facts/entities.mrpc-{a,b}.blind.json`` (train, first and second
hundred) and ``entities.mrpc-{c,d}.blind.json`` (test, each labelled by both c and
d), written by labellers who saw the two sentences and a guide only, never storydiff
or its output; SHA-256 recorded here and checked. The guide follows the ``entity``
kind of ``docs/facts-labels.md``: a person, organisation or place named in one
sentence only under any of its names (initials, titles, a surname, "Corp.", AP state
abbreviations and spelling variants name the same one); not dates, nationalities,
products, laws, events, market indexes or generic words; a name gone while the other
sentence still points at it ("EDS" / "the company") in doubt. A label: ``change``
(added, removed, updated), ``type``, ``name``, ``doubt``.

**Matching rule**: ``bench/facts_real.py``'s for ``entity`` labels: direction, and the
label's name against the change's (they share a word and half of the words of the
shorter). Precision: the share of shown name changes that match a label (``doubt``
labels included). Recall: the share of labels, not ``doubt``, that a shown name
change matches. On the test part each labeller is scored alone, and precision also
against either labeller.

    .venv/bin/python bench/entities_mrpc.py [--part train|test] [--show]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quantities_mrpc
from blind import read_blind
from claims_mrpc import read_pairs
from entities_newsedits import entity_label
from facts_real import change_dicts
from quantities_mrpc import LABELS, SPANS, run, tally

SAMPLE = LABELS / "entities.mrpc-sample.json"
SAMPLE_SHA256 = "567ab32f27bd5a903648bd593d05d256efeab24b7bfdf78a64ee9167c7917533"
NAMES = frozenset({"person", "organization", "place"})
# part -> labellers; each labeller -> sha256 of the file as written blind
BLIND: dict[str, dict[str, str]] = {
    "train": {
        "a": "f5f0ef446252dfc83b4723c5910bcc34d0f7f69f4ee5f1b39c1a2cd896961f04",
        "b": "4bdc435ded42dfba065181fcc03fb6a8c55306b8ebc885e9d8b7d4c959e090f8",
    },
    "test": {
        "c": "9ac227c55c02e5d5f968067a83f764d8c506eab5f44772ed5312b0f19f014c2f",
        "d": "9cf1a53dbe0ba3e8b81e7c88f8f568b67a2b00f7e0fcfbf3cf0fc6b3eeb5b46e",
    },
}


def sample(part: str) -> list[str]:
    return quantities_mrpc.sample(part, SAMPLE, SAMPLE_SHA256)


def load(labeller: str, sha256: str) -> dict[str, list[dict[str, Any]]]:
    """One labeller's labels by pair id, as the matching rule reads them."""
    data = read_blind(LABELS / f"entities.mrpc-{labeller}.blind.json", sha256)
    return {pair["id"]: [entity_label(lab) for lab in pair["labels"]] for pair in data["pairs"]}


def shown_names(first: str, second: str) -> list[dict[str, Any]]:
    return [c for c in change_dicts(first, second) if c["fact"] in NAMES]


def evaluate(part: str, show: bool = False) -> dict[str, Any]:
    books = {who: load(who, sha) for who, sha in BLIND[part].items()}
    pairs, ids = read_pairs(part), sample(part)
    return tally(pairs, ids, books, SPANS, shown_names, show and part == "train")


def main(argv: Sequence[str] | None = None) -> int:
    return run(argv, __doc__, evaluate, BLIND, "name")


if __name__ == "__main__":
    sys.exit(main())
