"""The timed calls of bench/facts_speed.py: the spaCy model load (in a fresh
process and in this one), ``storydiff.compare`` with a given config, and
``find_changes`` with the ``analyse`` inside it timed apart.

Kept apart from the script so that each file stays short; the script imports what
it uses from here.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import benchlib
import storydiff
from storydiff.config import CompareConfig
from storydiff.facts import changes as facts_changes
from storydiff.facts.analysis import Analysis
from storydiff.facts.analysis import analyse as real_analyse
from storydiff.facts.changes import find_changes
from storydiff.facts.context import selected
from storydiff.facts.nlp import load_pipeline
from storydiff.text.sentences import Sentence

ROOT = Path(__file__).resolve().parent.parent

NO_FACTS = CompareConfig(facts=False)
WITH_FACTS = CompareConfig(facts=True)

# Model load in a fresh process.

LOAD_SCRIPT = """
import json, time
t0 = time.perf_counter()
import spacy
t1 = time.perf_counter()
from storydiff.facts.nlp import load_pipeline
t2 = time.perf_counter()
first = load_pipeline()
t3 = time.perf_counter()
second = load_pipeline()
t4 = time.perf_counter()
print(json.dumps({
    "import_spacy_ms": (t1 - t0) * 1000,
    "load_model_ms": (t3 - t2) * 1000,
    "first_call_ms": (t1 - t0 + t3 - t2) * 1000,
    "second_call_ms": (t4 - t3) * 1000,
    "same_object": first is second,
    "pipeline": first.meta["name"] + " " + first.meta["version"],
}))
"""


def cold_load() -> dict[str, Any]:
    """Time the first and second ``load_pipeline()`` calls in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", LOAD_SCRIPT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def warm_load() -> dict[str, Any]:
    """The same two calls in this process (the first loads the model unless something
    in this process already did)."""
    start = time.perf_counter()
    first = load_pipeline()
    middle = time.perf_counter()
    second = load_pipeline()
    end = time.perf_counter()
    return {
        "first_call_ms": (middle - start) * 1000,
        "second_call_ms": (end - middle) * 1000,
        "same_object": first is second,
    }


# The candidates.


@dataclass(slots=True)
class Prepared:
    """What ``find_changes`` is given: the pair's sentences and alignment."""

    comparison: storydiff.Comparison
    old_selected: list[int]
    new_selected: list[int]


def prepare(pair: benchlib.Pair) -> Prepared:
    c = storydiff.compare(pair.old, pair.new, NO_FACTS)
    a = c.alignment
    return Prepared(
        c,
        selected(a.old_roles, a.links, a.old_link, c.old_sentences),
        selected(a.new_roles, a.links, a.new_link, c.new_sentences),
    )


def timed_find_changes(prepared: Prepared) -> tuple[float, float]:
    """(find_changes ms, of which analyse ms): ``analyse`` is wrapped with a timer
    for the call."""
    c = prepared.comparison
    spent: list[float] = []
    real = real_analyse

    def analyse(
        sentences: list[Sentence],
        indices: list[int],
        text: str = "",
        published: dt.date | None = None,
    ) -> Analysis:
        start = time.perf_counter()
        try:
            return real(sentences, indices, text, published)
        finally:
            spent.append(time.perf_counter() - start)

    with mock.patch.object(facts_changes, "analyse", analyse):
        gc.collect()
        start = time.perf_counter()
        find_changes(
            c.alignment,
            c.old_sentences,
            c.new_sentences,
            c.old.text,
            c.new.text,
            c.old.title,
            c.new.title,
        )
        total = time.perf_counter() - start
    if len(spent) != 2:
        raise RuntimeError(f"find_changes called analyse {len(spent)} times, not 2")
    return total * 1000.0, sum(spent) * 1000.0


def time_compare(pair: benchlib.Pair, config: CompareConfig) -> float:
    """One ``compare`` call on the pair, in ms, after ``gc.collect()``."""
    gc.collect()
    start = time.perf_counter()
    storydiff.compare(pair.old, pair.new, config)
    return (time.perf_counter() - start) * 1000.0
