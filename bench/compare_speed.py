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
dropped by ``storydiff.load``; paragraphs are blank-line-separated blocks). They are
versions of one story sharing most sentences (04 has 19 of its 21 in 02), so every
sentence gets a marker word in front, one per block and round, the same on both sides
("A1 KESTREL BAY, ..."): each side's sentences are all distinct, as in one long
article, and a block pairs with its own counterpart, not a copy elsewhere.

- small: OLD is 02-mpa-update, NEW is 05-mpa-correction (a real update: one word
  corrected, a correction notice added), marker "A1"; then the paragraphs of 04
  ("B1"), then of 03 ("C1"), are appended to both sides in the same order, one at a
  time, until OLD has at least ``--words-small`` words.
- large: rounds r = 1, 2, ..., alternately
  A: OLD = 01 + 03 + 04, NEW = 02 + 04 + 03 (an update with edits and added
  paragraphs, and the 04 block moved ahead of 03), and
  B: OLD = 02 + 03 + 04, NEW = 05 + (03 less its last paragraph) + 04 (a one-word
  correction, an added notice, a removed paragraph);
  markers are the block letter and r ("A1", "C1", "D1", "B2", "C2", ...). The number
  of rounds is the one that brings OLD closest to ``--words-large`` words.
- tiny (``--tiny``, for the smoke test): the second paragraph of 01 against that of
  02 (about 50 words), and for the "large" pair that pair in 3 rounds.

Words are whitespace-separated. ``.venv/bin/python bench/compare_speed.py --runs 5``;
not in ``make test`` (``tests/bench/test_compare_speed_smoke.py`` runs ``--tiny``)."""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import gc
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

import benchlib
import storydiff
from storydiff.text.sentences import split_sentences

RATIO_LIMIT = 3.0
"""compare / baseline at the small size."""
SCALING_LIMIT = 15.0
"""compare(large) / compare(small)."""

CANDIDATES = ("splitter", "difflib", "baseline", "compare", "text_only")
"""``compare`` is the default a user gets (facts on); ``text_only`` is the same without
facts (``CompareConfig(facts=False)``: alignment, word diff, relation, order), for
context: facts have their own budget (bench/facts_speed.py)."""

Pair = benchlib.Pair
paragraphs = benchlib.paragraphs


def mark(paras: Sequence[str], marker: str) -> list[str]:
    """Every sentence of ``paras`` with ``marker`` and a space put in front of it.

    The examples are versions of one story and share most sentences; marking each
    block of a pair with its own word keeps every sentence of a side distinct, as in
    a real long article, while the same block keeps the same marker on both sides.
    """
    out: list[str] = []
    for para in paras:
        text = para
        for sentence in reversed(split_sentences(para)):
            text = f"{text[: sentence.start]}{marker} {text[sentence.start :]}"
        out.append(text)
    return out


def _join(paras: Sequence[str]) -> str:
    return "\n\n".join(paras)


def _word_count(paras: Sequence[str]) -> int:
    return sum(len(p.split()) for p in paras)


def small_pair(target: int) -> Pair:
    """02 -> 05, with paragraphs of 04 then 03 appended to both sides until OLD has
    ``target`` words."""
    old, new = (
        mark(paragraphs("02-mpa-update.txt"), "A1"),
        mark(paragraphs("05-mpa-correction.txt"), "A1"),
    )
    filler = mark(paragraphs("04-harbour-daily.txt"), "B1") + mark(
        paragraphs("03-coastline-herald.txt"), "C1"
    )
    used = 0
    while _word_count(old) < target and used < len(filler):
        old.append(filler[used])
        new.append(filler[used])
        used += 1
    how = (
        f"OLD 02-mpa-update, NEW 05-mpa-correction, then the first {used} paragraphs of "
        "04-harbour-daily + 03-coastline-herald appended to both sides; every sentence "
        'starts with a marker word per block ("A1" for 02/05, "B1" for 04, "C1" for 03)'
    )
    return Pair(_join(old), _join(new), how)


@dataclass(frozen=True, slots=True)
class Round:
    """Blocks (OLD paragraphs, NEW paragraphs) by letter, and their order on each side."""

    blocks: dict[str, tuple[list[str], list[str]]]
    old_order: str
    new_order: str

    def build(self, number: int) -> tuple[list[str], list[str]]:
        """The round's paragraphs, each sentence marked with its block letter and
        ``number``."""
        old: list[str] = []
        new: list[str] = []
        for letter in self.old_order:
            old += mark(self.blocks[letter][0], f"{letter}{number}")
        for letter in self.new_order:
            new += mark(self.blocks[letter][1], f"{letter}{number}")
        return old, new


def _rounds_pair(templates: Sequence[Round], target: int, what: str) -> Pair:
    """Rounds of ``templates`` in turn, as many as bring OLD closest to ``target``
    words."""
    built: list[tuple[list[str], list[str]]] = []
    old: list[str] = []
    new: list[str] = []
    best = (abs(target), 0)  # (distance to target, rounds)
    while not built or _word_count(old) < target:
        r_old, r_new = templates[len(built) % len(templates)].build(len(built) + 1)
        old, new = old + r_old, new + r_new
        built.append((old, new))
        best = min(best, (abs(_word_count(old) - target), len(built)))
    rounds = max(best[1], 1)
    old, new = built[rounds - 1]
    return Pair(_join(old), _join(new), f"{rounds} round(s) of {what}")


def large_pair(target: int) -> Pair:
    """Alternating rounds A and B (see the module docstring)."""
    p01, p02 = paragraphs("01-mpa-first-take.txt"), paragraphs("02-mpa-update.txt")
    p03, p04 = paragraphs("03-coastline-herald.txt"), paragraphs("04-harbour-daily.txt")
    p05 = paragraphs("05-mpa-correction.txt")
    round_a = Round({"A": (p01, p02), "C": (p03, p03), "D": (p04, p04)}, "ACD", "ADC")
    round_b = Round({"B": (p02, p05), "C": (p03, p03[:-1]), "D": (p04, p04)}, "BCD", "BCD")
    what = (
        "A (OLD 01+03+04, NEW 02+04+03) and B (OLD 02+03+04, NEW 05+03 less its last "
        "paragraph+04) in turn; every sentence starts with a marker word of its block "
        'and round ("A1", "C1", "D1", "B2", ...)'
    )
    return _rounds_pair([round_a, round_b], target, what)


def tiny_pairs() -> tuple[Pair, Pair]:
    """About 50 words (paragraph 2 of 01 against that of 02), and that in 3 rounds."""
    old, new = paragraphs("01-mpa-first-take.txt")[1:2], paragraphs("02-mpa-update.txt")[1:2]
    tiny = Round({"T": (old, new)}, "T", "T")
    small = _rounds_pair([tiny], 1, "paragraph 2 of 01-mpa-first-take against that of 02")
    large = _rounds_pair([tiny], 3 * _word_count(old), "the tiny pair")
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


def run_text_only(old: str, new: str) -> storydiff.Comparison:
    return storydiff.compare(old, new, storydiff.CompareConfig(facts=False))


RUNNERS: dict[str, Callable[[str, str], object]] = {
    "splitter": run_splitter,
    "difflib": run_difflib,
    "baseline": run_baseline,
    "compare": run_compare,
    "text_only": run_text_only,
}


def _time_ms(fn: Callable[[str, str], object], pair: Pair) -> float:
    gc.collect()
    start = time.perf_counter()
    fn(pair.old, pair.new)
    return (time.perf_counter() - start) * 1000.0


def _paired(top: list[float], bottom: list[float]) -> float:
    """The median of the ratios run by run: less moved by noise that lasts a run."""
    return statistics.median(a / b for a, b in zip(top, bottom, strict=True))


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
        entry["ratio_paired"] = _paired(samples[size]["compare"], samples[size]["baseline"])
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
        "machine": benchlib.machine(),
        "runs": runs,
        "sizes": sizes,
        "ratio_small": ratio_small,
        "ratio_large": sizes["large"]["ratio"],
        "scaling": scaling,
        "scaling_paired": _paired(samples["large"]["compare"], samples["small"]["compare"]),
        "targets": targets,
        "passed": all(t["passed"] for t in targets.values()),
    }


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
        benchlib.verdict(ratio["passed"]),
    )
    targets.add_row("compare / baseline, large (context)", f"{results['ratio_large']:.2f}", "", "")
    sizes = results["sizes"]
    targets.add_row(
        "  per-run ratios, median (small / large)",
        f"{sizes['small']['ratio_paired']:.2f} / {sizes['large']['ratio_paired']:.2f}",
        "",
        "",
    )
    targets.add_row(
        "compare(large) / compare(small)",
        f"{scaling['value']:.2f}",
        f"<= {scaling['limit']:g}",
        benchlib.verdict(scaling["passed"]),
    )
    targets.add_row("  per-run ratios, median", f"{results['scaling_paired']:.2f}", "", "")
    console.print(targets)
    for size, entry in results["sizes"].items():
        console.print(f"[bold]{size}[/]: {entry['how']}")
    console.print(benchlib.machine_line(results))


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
    if min(args.runs, args.words_small, args.words_large) < 1:
        parser.error("--runs, --words-small and --words-large must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    out = benchlib.output_console()
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
    return benchlib.finish(results, "compare_speed.py", argv, report, out, args.json, args.check)


if __name__ == "__main__":
    sys.exit(main())
