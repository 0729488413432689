"""How fast ``storydiff.compare`` is, against a syntok + difflib baseline.

The baseline is what any sentence-aware differ must do at least: split both texts
into sentences with syntok (every sentence consumed) and diff their whitespace-split
words with ``difflib.SequenceMatcher(autojunk=False).get_opcodes()``. The splitter
alone and the diff alone are timed too, for context.

Targets (from the issue): compare at most 3x the baseline at about 1,000 words, and
compare(about 10,000 words) / compare(about 1,000 words) at most 15; medians of
``--runs`` runs, after one warm-up call of each candidate on each pair (so imports,
the language model and caches do not count). Within each run the candidates take
turns, in an order that rotates from run to run, so machine noise hits all of them.

The pairs are built from the bundled examples (examples/story/*.txt, front matter
dropped by ``storydiff.load``; paragraphs are the blank-line-separated blocks):

- small: OLD is 02-mpa-update, NEW is 05-mpa-correction (a real update: one word
  corrected, a correction notice added); then the paragraphs of 03-coastline-herald,
  then those of 04-harbour-daily, are appended to both sides in the same order, one
  at a time, until OLD has at least ``--words-small`` words.
- large: rounds, alternately
  A: OLD = 01 + 03 + 04, NEW = 02 + 04 + 03 (an update with edits and added
  paragraphs, and the 04 block moved ahead of 03), and
  B: OLD = 02 + 03 + 04, NEW = 05 + 03 without its last paragraph + 04 (a one-word
  correction, an added notice, a removed paragraph);
  every paragraph of round r starts with "(Part r) " on both sides, so the rounds are
  not copies of each other. The number of rounds is the one that brings OLD closest
  to ``--words-large`` words.
- tiny (``--tiny``, for the smoke test): the second paragraph of 01 against that of
  02 (about 50 words), and for the "large" pair that pair repeated in 3 rounds.

Words are whitespace-separated words. Run it as
``.venv/bin/python bench/compare_speed.py --runs 5``; it is not part of ``make test``
(tests/bench/test_compare_speed_smoke.py runs it once with ``--tiny``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import gc
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import syntok.segmenter
from rich import box
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

import storydiff

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "story"

RATIO_LIMIT = 3.0
"""compare / baseline at the small size."""
SCALING_LIMIT = 15.0
"""compare(large) / compare(small)."""

CANDIDATES = ("splitter", "difflib", "baseline", "compare")
SIZES = ("small", "large")


@dataclass(frozen=True, slots=True)
class Pair:
    """Two texts to compare, and how they were made."""

    old: str
    new: str
    how: str

    @property
    def old_words(self) -> int:
        return len(self.old.split())

    @property
    def new_words(self) -> int:
        return len(self.new.split())


def paragraphs(name: str) -> list[str]:
    """The body paragraphs of one bundled example, front matter dropped."""
    doc = storydiff.load(str(EXAMPLES / name))
    return [p.strip() for p in doc.text.split("\n\n") if p.strip()]


def _join(paras: Sequence[str]) -> str:
    return "\n\n".join(paras)


def _word_count(paras: Sequence[str]) -> int:
    return sum(len(p.split()) for p in paras)


def small_pair(target: int) -> Pair:
    """02 -> 05, with paragraphs of 03 then 04 appended to both sides until OLD has
    ``target`` words."""
    old, new = paragraphs("02-mpa-update.txt"), paragraphs("05-mpa-correction.txt")
    filler = paragraphs("03-coastline-herald.txt") + paragraphs("04-harbour-daily.txt")
    used = 0
    while _word_count(old) < target and used < len(filler):
        old.append(filler[used])
        new.append(filler[used])
        used += 1
    how = (
        f"OLD 02-mpa-update, NEW 05-mpa-correction, then the first {used} paragraphs "
        "of 03-coastline-herald + 04-harbour-daily appended to both sides"
    )
    return Pair(_join(old), _join(new), how)


Round = tuple[list[str], list[str]]


def _rounds_pair(templates: Sequence[Round], target: int, what: str) -> Pair:
    """Rounds of ``templates`` in turn, each paragraph of round r prefixed with
    "(Part r) ", as many rounds as bring OLD closest to ``target`` words."""
    old: list[str] = []
    new: list[str] = []
    best: tuple[int, int] | None = None  # (distance to target, rounds)
    sizes: list[tuple[list[str], list[str]]] = []
    r = 0
    while True:
        t_old, t_new = templates[r % len(templates)]
        r += 1
        old = old + [f"(Part {r}) {p}" for p in t_old]
        new = new + [f"(Part {r}) {p}" for p in t_new]
        sizes.append((old, new))
        distance = abs(_word_count(old) - target)
        if best is None or distance < best[0]:
            best = (distance, r)
        if _word_count(old) >= target:
            break
    assert best is not None
    rounds = best[1]
    old, new = sizes[rounds - 1]
    return Pair(_join(old), _join(new), f"{rounds} rounds of {what}")


def large_pair(target: int) -> Pair:
    """Alternating rounds A and B (see the module docstring)."""
    p01, p02 = paragraphs("01-mpa-first-take.txt"), paragraphs("02-mpa-update.txt")
    p03, p04 = paragraphs("03-coastline-herald.txt"), paragraphs("04-harbour-daily.txt")
    p05 = paragraphs("05-mpa-correction.txt")
    round_a: Round = (p01 + p03 + p04, p02 + p04 + p03)
    round_b: Round = (p02 + p03 + p04, p05 + p03[:-1] + p04)
    what = (
        "A (OLD 01+03+04, NEW 02+04+03) and B (OLD 02+03+04, NEW 05+03 less its last "
        'paragraph+04) in turn, every paragraph of round r prefixed "(Part r) "'
    )
    return _rounds_pair([round_a, round_b], target, what)


def tiny_pairs() -> tuple[Pair, Pair]:
    """About 50 words (paragraph 2 of 01 against that of 02), and that in 3 rounds."""
    old, new = paragraphs("01-mpa-first-take.txt")[1], paragraphs("02-mpa-update.txt")[1]
    small = Pair(old, new, "paragraph 2 of 01-mpa-first-take against that of 02-mpa-update")
    large = _rounds_pair([([old], [new])], 3 * len(old.split()), "the tiny pair")
    return small, large


# The candidates. Each takes the two texts and returns something, so nothing is
# optimised away.


def run_splitter(old: str, new: str) -> int:
    """syntok sentence splitting of both texts, every sentence consumed."""
    count = 0
    for text in (old, new):
        for para in syntok.segmenter.analyze(text):
            for _sentence in para:
                count += 1
    return count


def run_difflib(old: str, new: str) -> int:
    """A plain difflib word diff of the whole texts."""
    matcher = difflib.SequenceMatcher(None, old.split(), new.split(), autojunk=False)
    return len(matcher.get_opcodes())


def run_baseline(old: str, new: str) -> int:
    return run_splitter(old, new) + run_difflib(old, new)


def run_compare(old: str, new: str) -> storydiff.Comparison:
    return storydiff.compare(old, new)


RUNNERS: dict[str, Callable[[str, str], object]] = {
    "splitter": run_splitter,
    "difflib": run_difflib,
    "baseline": run_baseline,
    "compare": run_compare,
}


def _time_ms(fn: Callable[[str, str], object], pair: Pair) -> float:
    gc.collect()
    start = time.perf_counter()
    fn(pair.old, pair.new)
    return (time.perf_counter() - start) * 1000.0


def _machine() -> dict[str, Any]:
    return {
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def run_benchmark(
    pairs: dict[str, Pair], runs: int, console: Console | None = None
) -> dict[str, Any]:
    """Time every candidate on every pair: one warm-up call each, then ``runs``
    interleaved runs. Returns the figures as a JSON-ready dict."""
    samples: dict[str, dict[str, list[float]]] = {
        size: {c: [] for c in CANDIDATES} for size in pairs
    }
    err = console or Console(stderr=True)
    total = (runs + 1) * len(pairs) * len(CANDIDATES)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("warm-up", total=total)
        for run in range(-1, runs):  # run -1 is the warm-up
            turn = max(run, 0) % len(CANDIDATES)
            order = CANDIDATES[turn:] + CANDIDATES[:turn]
            for size, pair in pairs.items():
                for name in order:
                    label = "warm-up" if run < 0 else f"run {run + 1}/{runs}"
                    progress.update(task, description=f"{label}: {name} on {size}")
                    ms = _time_ms(RUNNERS[name], pair)
                    if run >= 0:
                        samples[size][name].append(ms)
                    progress.advance(task)

    sizes: dict[str, dict[str, Any]] = {}
    for size, pair in pairs.items():
        comparison = storydiff.compare(pair.old, pair.new)
        entry: dict[str, Any] = {
            "how": pair.how,
            "old_words": pair.old_words,
            "new_words": pair.new_words,
            "has_differences": comparison.has_differences,
            "counts": {str(k): v for k, v in comparison.counts().items()},
            "samples_ms": samples[size],
        }
        for name in CANDIDATES:
            entry[f"{name}_ms"] = statistics.median(samples[size][name])
        entry["ratio"] = entry["compare_ms"] / entry["baseline_ms"]
        sizes[size] = entry

    ratio_small = sizes["small"]["ratio"]
    scaling = sizes["large"]["compare_ms"] / sizes["small"]["compare_ms"]
    targets = {
        "ratio_small": {
            "value": ratio_small,
            "limit": RATIO_LIMIT,
            "passed": ratio_small <= RATIO_LIMIT,
        },
        "scaling": {"value": scaling, "limit": SCALING_LIMIT, "passed": scaling <= SCALING_LIMIT},
    }
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": _machine(),
        "runs": runs,
        "sizes": sizes,
        "ratio_small": ratio_small,
        "ratio_large": sizes["large"]["ratio"],
        "scaling": scaling,
        "targets": targets,
        "passed": all(t["passed"] for t in targets.values()),
    }


def _verdict(passed: bool) -> str:
    return "[green]PASS[/]" if passed else "[bold red]FAIL[/]"


def report(results: dict[str, Any], console: Console) -> None:
    """Print the figures as tables."""
    table = Table(
        title=f"storydiff.compare vs syntok + difflib, medians of {results['runs']} (ms)",
        box=box.SIMPLE_HEAD,
        caption="ratio = compare / baseline; baseline = splitter + difflib in one call",
    )
    table.add_column("pair")
    table.add_column("old words", justify="right")
    table.add_column("new words", justify="right")
    for name in CANDIDATES:
        table.add_column(name, justify="right")
    table.add_column("ratio", justify="right")
    for size, entry in results["sizes"].items():
        table.add_row(
            size,
            f"{entry['old_words']:,}",
            f"{entry['new_words']:,}",
            *(f"{entry[f'{name}_ms']:.1f}" for name in CANDIDATES),
            f"{entry['ratio']:.2f}",
        )
    console.print(table)

    targets = Table(title="targets", box=box.SIMPLE_HEAD)
    targets.add_column("figure")
    targets.add_column("value", justify="right")
    targets.add_column("limit", justify="right")
    targets.add_column("result")
    ratio, scaling = results["targets"]["ratio_small"], results["targets"]["scaling"]
    targets.add_row(
        "compare / baseline, small",
        f"{ratio['value']:.2f}",
        f"<= {ratio['limit']:g}",
        _verdict(ratio["passed"]),
    )
    targets.add_row("compare / baseline, large (context)", f"{results['ratio_large']:.2f}", "", "")
    targets.add_row(
        "compare(large) / compare(small)",
        f"{scaling['value']:.2f}",
        f"<= {scaling['limit']:g}",
        _verdict(scaling["passed"]),
    )
    console.print(targets)
    for size, entry in results["sizes"].items():
        console.print(f"[bold]{size}[/]: {entry['how']}")
    machine = results["machine"]
    console.print(
        f"{results['date']}, nproc {machine['nproc']}, Python {machine['python']}, "
        f"{machine['platform']}"
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Time storydiff.compare against syntok splitting + a difflib word diff."
    )
    parser.add_argument("--runs", type=int, default=5, help="timed runs (default 5)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--words-small", type=int, default=1000, help="default 1000")
    parser.add_argument("--words-large", type=int, default=10000, help="default 10000")
    parser.add_argument(
        "--tiny", action="store_true", help="a tiny pair (~50 words) and 1 run: a smoke test"
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the figures here")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    out = Console() if sys.stdout.isatty() else Console(width=100)  # no cut headers in logs
    if args.tiny:
        small, large = tiny_pairs()
        runs = 1
    else:
        small, large = small_pair(args.words_small), large_pair(args.words_large)
        runs = args.runs
    pairs = {"small": small, "large": large}
    for size, pair in pairs.items():
        out.print(f"{size}: {pair.old_words:,} / {pair.new_words:,} words (old / new)")
    results = run_benchmark(pairs, runs)
    given = sys.argv[1:] if argv is None else list(argv)
    results["command"] = " ".join([".venv/bin/python bench/compare_speed.py", *given])
    report(results, out)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if args.check and not results["passed"]:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
