"""How much time the facts stage adds to ``storydiff.compare``, and how long the
spaCy model takes to load.

Requirement (from the issue): on a pair of 1,000-word versions with about 10
changed sentences, facts add at most 1 second after the model is loaded, and the
model loads once per process. Model load, extraction and matching are measured
separately.

- **model load**: the first ``storydiff.facts.nlp.load_pipeline()`` call in a fresh
  Python process (so the model is not in memory yet; the operating system's file
  cache may be warm), split into ``import spacy`` and the rest of the call, and a
  second call in the same process, which must return the same object at once. The
  same two calls are timed in this process too, and every ``spacy.load`` call made
  here during the whole benchmark is counted: there must be at most one.
- **facts added**: median of ``compare(old, new, CompareConfig(facts=True))`` minus
  median of ``compare(old, new, CompareConfig(facts=False))``, after the model is
  loaded and one warm-up call of each (the median of the run-by-run differences is
  shown too).
- **extraction / matching**: ``find_changes`` (what ``facts=True`` adds) called on
  the alignment of the pair, with ``analyse`` (spaCy over the selected sentences of
  both sides: the changed ones and the two before each) timed inside it; matching
  is the rest of ``find_changes``.

Medians of ``--runs`` runs; within each run the three candidates take turns, in an
order that rotates from run to run; ``gc.collect()`` before each call.

The pair is built from the bundled fictional examples (examples/story/*.txt, read
with ``storydiff.load``): OLD is the body of 02-mpa-update followed by the body of
04-harbour-daily (a republication of 02, so most of its sentences repeat 02's, with
straight instead of typographic quotes), about 1,080 words; NEW is the same with
the edits in ``EDITS`` (numbers, a money amount, a percentage, a date, a quote's
words, a re-spelled name, an attribution, a speaker, one sentence added and one
removed): 10 changed sentences. ``--tiny`` (for the smoke test) uses the first 3
paragraphs of 02 with 2 edits and 1 run.

Run it as ``.venv/bin/python bench/facts_speed.py --runs 5``; it is not part of
``make test`` (tests/bench/test_facts_speed_smoke.py runs it once with ``--tiny``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import spacy
from rich import box
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

import benchlib
import storydiff
from facts_speed_timing import (
    NO_FACTS,
    WITH_FACTS,
    Prepared,
    cold_load,
    prepare,
    time_compare,
    timed_find_changes,
    warm_load,
)
from storydiff.diff.align import Role

LIMIT_S = 1.0
"""Facts added, in seconds, after the model is loaded."""

CANDIDATES = ("no_facts", "facts", "find_changes")


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``old`` (which must occur once in paragraph ``paragraph``) with ``new``."""

    paragraph: int
    old: str
    new: str
    what: str


# Paragraph numbers index OLD's paragraphs: 0-12 are 02-mpa-update, 13-23 are
# 04-harbour-daily (whose 14-22 repeat 02's 1-9 with straight quotes).
EDITS = (
    Edit(2, "soaked through and freezing", "drenched and numb with cold", "a quote's words"),
    Edit(
        4,
        "Port Authority chief Ilse Marrow told",
        "Port Authority chief Ilse Marlowe told",
        "a re-spelled name",
    ),
    Edit(
        7,
        "if the cloud lifted.",
        "if the cloud lifted. The insurer said the hull alone was valued at $26 million.",
        "a sentence added",
    ),
    Edit(9, "by Sunday evening", "by Monday morning", "a date"),
    Edit(10, "about 40% of it", "about 45% of it", "a percentage"),
    Edit(10, " The smelter employs about 2,300 people.", "", "a sentence removed"),
    Edit(11, "$4.2 million upgrade", "$5.1 million upgrade", "a money amount"),
    Edit(
        15,
        "Aldric Venn told MPA by telephone",
        "Aldric Venn told the Harbour Daily by telephone",
        "an attribution",
    ),
    Edit(18, "said Hedda Lindqvist, a retired", "said Tomas Ferrand, a retired", "a speaker"),
    Edit(21, "about 32,000 tonnes", "about 35,000 tonnes", "a number"),
)

TINY_EDITS = (
    Edit(1, "lifted 17 sailors", "lifted 19 sailors", "a number"),
    Edit(2, "soaked through and freezing", "drenched and numb with cold", "a quote's words"),
)


@dataclass(frozen=True, slots=True)
class Pair(benchlib.Pair):
    """Two texts to compare, how they were made, and the edits made on purpose."""

    edits: tuple[Edit, ...]


paragraphs = benchlib.paragraphs


def apply_edits(paras: Sequence[str], edits: Sequence[Edit]) -> list[str]:
    """``paras`` with every edit made; each edit's ``old`` must occur exactly once in
    its paragraph (so the pair cannot drift silently if an example changes)."""
    out = list(paras)
    for edit in edits:
        found = out[edit.paragraph].count(edit.old)
        if found != 1:
            raise ValueError(f"{edit.old!r} occurs {found} times in paragraph {edit.paragraph}")
        out[edit.paragraph] = out[edit.paragraph].replace(edit.old, edit.new)
    return out


def full_pair() -> Pair:
    old = paragraphs("02-mpa-update.txt") + paragraphs("04-harbour-daily.txt")
    new = apply_edits(old, EDITS)
    how = (
        "OLD 02-mpa-update + 04-harbour-daily (bodies, one after the other); NEW the same "
        f"with {len(EDITS)} edits: " + ", ".join(e.what for e in EDITS)
    )
    return Pair("\n\n".join(old), "\n\n".join(new), how, EDITS)


def tiny_pair() -> Pair:
    old = paragraphs("02-mpa-update.txt")[:3]
    new = apply_edits(old, TINY_EDITS)
    how = "the first 3 paragraphs of 02-mpa-update, with 2 edits: a number, a quote's words"
    return Pair("\n\n".join(old), "\n\n".join(new), how, TINY_EDITS)


def _changed_sentences(counts: dict[str, int]) -> int:
    return sum(v for k, v in counts.items() if k not in (Role.UNCHANGED, Role.MOVED))


def _time_candidates(
    pair: Pair, prepared: Prepared, runs: int, progress: Progress, task: TaskID
) -> tuple[dict[str, list[float]], float]:
    """The warm-up and the ``runs`` runs: samples (ms) and the first facts=True call (ms)."""
    samples: dict[str, list[float]] = {
        name: [] for name in ("no_facts", "facts", "find_changes", "extraction", "matching")
    }
    first_facts_ms = 0.0
    for run in range(-1, runs):  # run -1 is the warm-up
        turn = max(run, 0) % len(CANDIDATES)
        order = CANDIDATES[turn:] + CANDIDATES[:turn]
        label = "warm-up" if run < 0 else f"run {run + 1}/{runs}"
        for name in order:
            progress.update(task, description=f"{label}: {name}")
            if name == "find_changes":
                whole, extraction = timed_find_changes(prepared)
                if run >= 0:
                    samples["find_changes"].append(whole)
                    samples["extraction"].append(extraction)
                    samples["matching"].append(whole - extraction)
            else:
                config = WITH_FACTS if name == "facts" else NO_FACTS
                ms = time_compare(pair, config)
                if run >= 0:
                    samples[name].append(ms)
                elif name == "facts":
                    first_facts_ms = ms
            progress.advance(task)
    return samples, first_facts_ms


def run_benchmark(pair: Pair, runs: int, console: Console | None = None) -> dict[str, Any]:
    """Load the model (fresh process, then here), then time the candidates: one
    warm-up call each, then ``runs`` interleaved runs. Returns JSON-ready figures."""
    err = console or Console(stderr=True)
    total = 2 + (runs + 1) * len(CANDIDATES)
    with (
        mock.patch.object(spacy, "load", wraps=spacy.load) as spacy_load,
        Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as progress,
    ):
        task = progress.add_task("model load in a fresh process", total=total)
        cold = cold_load()
        progress.advance(task)
        progress.update(task, description="model load in this process")
        warm = warm_load()
        loads_at_start = spacy_load.call_count
        progress.advance(task)
        prepared = prepare(pair)
        samples, first_facts_ms = _time_candidates(pair, prepared, runs, progress, task)
        loads = spacy_load.call_count

    c = storydiff.compare(pair.old, pair.new, WITH_FACTS)
    counts = {str(k): v for k, v in c.counts().items()}
    medians = {f"{name}_ms": statistics.median(values) for name, values in samples.items()}
    added_ms = medians["facts_ms"] - medians["no_facts_ms"]
    added_paired = statistics.median(
        a - b for a, b in zip(samples["facts"], samples["no_facts"], strict=True)
    )
    once = loads <= 1 and cold["same_object"] and warm["same_object"]
    targets = {
        "facts_added": {"value": added_ms / 1000.0, "limit": LIMIT_S, "passed": added_ms <= 1000},
        "loads_once": {"value": loads, "limit": 1, "passed": once},
    }
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": benchlib.machine(spacy=importlib.metadata.version("spacy")),
        "runs": runs,
        "pair": {
            "how": pair.how,
            "edits": [{"paragraph": e.paragraph, "what": e.what} for e in pair.edits],
            "old_words": pair.old_words,
            "new_words": pair.new_words,
            "old_sentences": len(c.old_sentences),
            "new_sentences": len(c.new_sentences),
            "counts": counts,
            "changed_sentences": _changed_sentences(c.counts()),
            "analysed_old": len(prepared.old_selected),
            "analysed_new": len(prepared.new_selected),
            "changes": [f"{ch.kind}: {ch.describe()}" for ch in c.changes],
            "notes": list(c.notes),
        },
        "load": {
            "fresh_process": cold,
            "this_process": warm,
            "spacy_load_calls_before_runs": loads_at_start,
            "spacy_load_calls": loads,
        },
        "samples_ms": samples,
        **medians,
        "first_facts_call_ms": first_facts_ms,
        "facts_added_ms": added_ms,
        "facts_added_paired_ms": added_paired,
        "targets": targets,
        "passed": all(t["passed"] for t in targets.values()),
    }


def report(results: dict[str, Any], console: Console) -> None:
    """Print the figures as tables."""
    pair = results["pair"]
    console.print(f"[bold]pair[/]: {pair['how']}")
    counts = ", ".join(f"{v} {k}" for k, v in pair["counts"].items() if v)
    console.print(
        f"{pair['old_words']:,} / {pair['new_words']:,} words, {pair['old_sentences']} / "
        f"{pair['new_sentences']} sentences (old / new); {pair['changed_sentences']} changed "
        f"({counts}); sentences analysed: {pair['analysed_old']} old, {pair['analysed_new']} new"
    )
    for line in pair["changes"]:
        console.print(f"  {line}", markup=False)

    load = results["load"]
    cold, warm = load["fresh_process"], load["this_process"]
    table = Table(title="model load (ms)", box=box.SIMPLE_HEAD)
    table.add_column("where")
    table.add_column("import spacy", justify="right")
    table.add_column("first call", justify="right")
    table.add_column("second call", justify="right")
    table.add_column("same object")
    table.add_row("fresh process", f"{cold['import_spacy_ms']:.0f}", f"{cold['first_call_ms']:.0f}",
                  f"{cold['second_call_ms']:.4f}", str(cold["same_object"]))  # fmt: skip
    table.add_row("this process", "", f"{warm['first_call_ms']:.0f}",
                  f"{warm['second_call_ms']:.4f}", str(warm["same_object"]))  # fmt: skip
    console.print(table)
    console.print(
        f"spacy.load calls in this process: {load['spacy_load_calls']} "
        f"(pipeline {cold['pipeline']})"
    )

    runs = results["runs"]
    timings = Table(title=f"facts stage, medians of {runs} (ms)", box=box.SIMPLE_HEAD)
    timings.add_column("figure")
    timings.add_column("ms", justify="right")
    timings.add_row("compare, facts=False", f"{results['no_facts_ms']:.1f}")
    timings.add_row("compare, facts=True", f"{results['facts_ms']:.1f}")
    timings.add_row("facts added (difference of medians)", f"{results['facts_added_ms']:.1f}")
    timings.add_row("  per-run differences, median", f"{results['facts_added_paired_ms']:.1f}")
    timings.add_row("find_changes", f"{results['find_changes_ms']:.1f}")
    timings.add_row("  extraction (analyse, both sides)", f"{results['extraction_ms']:.1f}")
    timings.add_row("  matching (the rest)", f"{results['matching_ms']:.1f}")
    timings.add_row("first facts=True call after load", f"{results['first_facts_call_ms']:.1f}")
    console.print(timings)

    targets = Table(title="targets", box=box.SIMPLE_HEAD)
    targets.add_column("figure")
    targets.add_column("value", justify="right")
    targets.add_column("limit", justify="right")
    targets.add_column("result")
    added, once = results["targets"]["facts_added"], results["targets"]["loads_once"]
    targets.add_row("facts added (s)", f"{added['value']:.3f}", f"<= {added['limit']:g}",
                    benchlib.verdict(added["passed"]))  # fmt: skip
    targets.add_row("spacy.load calls in this process", str(once["value"]), f"<= {once['limit']}",
                    benchlib.verdict(once["passed"]))  # fmt: skip
    console.print(targets)
    console.print(benchlib.machine_line(results, {"spacy": "spaCy"}))


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Time the facts stage of storydiff.compare and the spaCy model load."
    )
    parser.add_argument("--runs", type=int, default=5, help="timed runs (default 5)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--tiny", action="store_true", help="a tiny pair (~150 words) and 1 run: a smoke test"
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the figures here")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    out = benchlib.output_console()
    pair = tiny_pair() if args.tiny else full_pair()
    runs = 1 if args.tiny else args.runs
    out.print(f"pair: {pair.old_words:,} / {pair.new_words:,} words (old / new)")
    results = run_benchmark(pair, runs)
    return benchlib.finish(results, "facts_speed.py", argv, report, out, args.json, args.check)


if __name__ == "__main__":
    sys.exit(main())
