"""What the facts stage of ``storydiff.compare`` says on real data: two measurements.

The data is read at run time from ``../shared/data`` (beside the repository, never
inside it); when it is missing the script says so and exits 2 (``--tiny`` runs on
built-in fictional examples instead, for the smoke test).

1. **NewsEdits key phrases** (``newsedits-cke-dev.csv``: 50 real AP/NYT version
   pairs, ``TextA`` earlier, ``TextB`` later, ``Keywords`` a human's list of the key
   phrases that changed). For each pair, ``storydiff.compare(TextA, TextB)``.
   Phrases and change texts are lower-case word tokens (``storydiff.text.tokens``:
   tokens with ``is_word``, their ``fold``). A phrase is counted when it is
   non-empty and occurs (as a contiguous run of tokens) in TextA or TextB; it is
   *in the facts* when its tokens occur as a contiguous run in the ``before`` or
   ``after`` text of at least one reported change that is not hidden. The share is
   also given counting hidden changes (rewording and trivial, whose before/after
   are the sentence texts). Also: changes per pair (median), by kind.
2. **MRPC numbers** (``mrpc/msr_paraphrase_{test,train}.txt``: sentence pairs from
   news clusters, ``Quality`` 1 = paraphrase). The numbers of a sentence are the
   matches of ``NUMBER`` (``\\d+(?:[.,]\\d+)*``: "12", "3.5", "1,000", "0.2" in
   "0.2-0.4"), with thousands commas removed when the match is digit groups
   ("1,653.44" -> "1653.44"); number words ("six") are not numbers here. Pairs with
   Quality 0 whose sets of numbers differ: the share where ``compare(s1, s2)``
   reports a quantity, money or percent change of kind update or correction. The
   same share on Quality 1 pairs whose numbers differ, for contrast; each share is
   also given over the pairs where both sentences hold a number, and over those
   whose two sentences storydiff pairs (one link, edited, rather than a removed and
   an added sentence). The first misses are printed, with a reason for each.

Run it as ``.venv/bin/python bench/facts_quality.py``; it is not part of
``make test`` (tests/bench/test_facts_quality_smoke.py runs it with ``--tiny``).
"""

from __future__ import annotations

import argparse
import ast
import csv
import datetime as dt
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table

import benchlib
import storydiff
from facts_quality_score import KINDS as KINDS
from facts_quality_score import MISSES_SHOWN as MISSES_SHOWN
from facts_quality_score import EditPair, SentencePair, score_mrpc, score_newsedits
from facts_quality_score import contains as contains
from facts_quality_score import numbers as numbers
from facts_quality_score import words as words

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "story"
DATA = ROOT.parent / "shared" / "data"
NEWSEDITS = DATA / "newsedits-cke-dev.csv"
MRPC = (DATA / "mrpc" / "msr_paraphrase_test.txt", DATA / "mrpc" / "msr_paraphrase_train.txt")

# Data.


def read_newsedits(path: Path) -> list[EditPair]:
    csv.field_size_limit(10**9)  # whole articles in one field
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [
        EditPair(row["Id"], row["TextA"], row["TextB"], list(ast.literal_eval(row["Keywords"])))
        for row in rows
    ]


def read_mrpc(paths: Iterable[Path]) -> list[SentencePair]:
    """Every row of the files, split on tabs (the strings hold stray quote marks, so
    no CSV quoting)."""
    out: list[SentencePair] = []
    for path in paths:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        for number, line in enumerate(lines[1:], start=2):
            fields = line.split("\t")
            if len(fields) != 5 or fields[0] not in ("0", "1"):
                if line.strip():
                    raise ValueError(f"{path.name}:{number}: not 5 tab-separated fields")
                continue
            out.append(SentencePair(fields[0], fields[3], fields[4], f"{path.name}:{number}"))
    return out


def _example(name: str, index: int) -> str:
    doc = storydiff.load(str(EXAMPLES / name))
    return [p.strip() for p in doc.text.split("\n\n") if p.strip()][index]


def tiny_newsedits() -> list[EditPair]:
    """Two fictional pairs from the bundled examples, with phrases written here."""
    return [
        EditPair(
            "tiny-1",
            _example("01-mpa-first-take.txt", 1),
            _example("02-mpa-update.txt", 1),
            ["14 sailors", "17 sailors", "heavy swell", "", "not in either text"],
        ),
        EditPair(
            "tiny-2",
            _example("02-mpa-update.txt", 2),
            _example("05-mpa-correction.txt", 2),
            ["Coastguard Commander", "Captain Aldric Venn"],
        ),
    ]


def tiny_mrpc() -> list[SentencePair]:
    """A handful of fictional sentence pairs in the MRPC layout."""
    rows = [
        ("0", "Coastguard helicopters lifted 14 sailors from the deck before dawn.",
         "Coastguard helicopters lifted 17 sailors from the deck before dawn."),
        ("0", "The port authority spent $4.2 million on new warning lights in 2023.",
         "The port authority spent $5.1 million on new warning lights in 2023."),
        ("0", "The smelter employs about 2,300 people, the company said.",
         "Winds of up to 110 kilometres per hour were recorded at the harbour overnight."),
        ("0", "About 40 percent of the cargo handled last year was iron ore.",
         "About 40 percent of the cargo handled last year was iron ore, officials said."),
        ("1", "Two helicopters flew six sorties to the stricken ship.",
         "Two helicopters flew 6 sorties to the stricken ship."),
        ("1", "The vessel carried about 32,000 tonnes of iron ore from Port Ardent.",
         "The vessel was carrying some 35,000 tonnes of iron ore from Port Ardent."),
    ]  # fmt: skip
    return [SentencePair(q, a, b, f"tiny:{i}") for i, (q, a, b) in enumerate(rows, start=1)]


def run(
    edits: Sequence[EditPair],
    sentences: Sequence[SentencePair],
    limit: int | None,
    console: Console | None = None,
) -> dict[str, Any]:
    err = console or Console(stderr=True)
    with benchlib.progress(err) as progress:
        newsedits = score_newsedits(edits, progress)
        mrpc = score_mrpc(sentences, limit, progress)
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": benchlib.machine(),
        "newsedits": newsedits,
        "mrpc": mrpc,
    }


def _report_mrpc(results: dict[str, Any], console: Console) -> None:
    """Print the MRPC figures: number changes found, misses and missed examples."""
    mrpc = results["mrpc"]
    console.print(f"\n[bold]MRPC[/] ({results['sources']['mrpc']})")
    table = Table(title="number changes found", box=box.SIMPLE_HEAD)
    table.add_column("pairs")
    for column in ("read", "numbers differ", "found", "share", "+ date",
                   "both have numbers: share", "sentences paired: share"):  # fmt: skip
        table.add_column(column, justify="right")
    for name in ("non_paraphrase", "paraphrase"):
        g = mrpc[name]
        table.add_row(
            f"{name} (Quality {g['quality']})",
            str(g["pairs_read"]),
            str(g["pairs"]),
            str(g["hits"]),
            f"{g['share']:.3f}",
            f"{g['share_with_date']:.3f}",
            f"{g['share_both_have_numbers']:.3f} of {g['both_have_numbers']}",
            f"{g['share_sentences_paired']:.3f} of {g['sentences_paired']}",
        )
    console.print(table)
    for name in ("non_paraphrase", "paraphrase"):
        console.print(f"misses, {name}: {mrpc[name]['miss_reasons']}", markup=False)
    console.print(
        "hits with an update whose two values are equal: "
        + ", ".join(
            f"{n} {mrpc[n]['hits_with_same_value_update']}"
            for n in mrpc
            if n.endswith("paraphrase")
        ),
        markup=False,
    )
    console.print("numbers: " + mrpc["number_rule"], markup=False)
    for i, miss in enumerate(mrpc["missed_examples"], start=1):
        console.print(f"\nmiss {i} ({miss['where']}; {miss['reason']})", markup=False)
        console.print(f"  1: {miss['s1']}  {miss['numbers_1']}", markup=False)
        console.print(f"  2: {miss['s2']}  {miss['numbers_2']}", markup=False)
        for line in miss["changes"] or ["(no changes)"]:
            console.print(f"     {line}", markup=False)
        for note in miss["notes"]:
            console.print(f"     note: {note}", markup=False)


def report(results: dict[str, Any], console: Console) -> None:
    """Print the figures as tables."""
    ne = results["newsedits"]
    console.print(
        f"[bold]NewsEdits[/] ({results['sources']['newsedits']}): {ne['pairs']} pairs, "
        f"{ne['phrases_counted']} key phrases that occur in TextA or TextB"
    )
    table = Table(title="key phrases in the facts", box=box.SIMPLE_HEAD)
    table.add_column("changes searched")
    table.add_column("found", justify="right")
    table.add_column("share", justify="right")
    table.add_row("shown (not hidden)", str(ne["phrases_found"]), f"{ne['share_found']:.3f}")
    table.add_row(
        "all (with rewording, trivial)",
        str(ne["phrases_found_with_hidden"]),
        f"{ne['share_found_with_hidden']:.3f}",
    )
    console.print(table)
    kinds = Table(title="changes per pair", box=box.SIMPLE_HEAD)
    kinds.add_column("kind")
    for column in ("median", "mean", "total"):
        kinds.add_column(column, justify="right")
    for kind, median in ne["changes_per_pair_median"].items():
        kinds.add_row(
            kind,
            f"{median:g}",
            f"{ne['changes_per_pair_mean'][kind]:.1f}",
            str(ne["changes_total"][kind]),
        )
    console.print(kinds)
    console.print(f"shown changes by fact: {ne['shown_changes_by_fact']}", markup=False)
    console.print(f"phrases found, by kind of change: {ne['phrases_found_by_kind']}", markup=False)
    if ne["notes"]:
        console.print(f"notes: {ne['notes']}", markup=False)
    if ne["missed_examples"]:
        shown = "; ".join(f"{m['id']}: {m['phrase']!r}" for m in ne["missed_examples"])
        console.print(f"first phrases not in the shown facts: {shown}", markup=False)
    _report_mrpc(results, console)
    console.print("\n" + benchlib.machine_line(results))


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Key phrases of NewsEdits and number changes of MRPC in storydiff's facts."
    )
    parser.add_argument(
        "--tiny", action="store_true", help="built-in fictional examples, no data: a smoke test"
    )
    parser.add_argument(
        "--limit",
        type=int,
        metavar="N",
        help="only the first N NewsEdits pairs and N MRPC pairs of each Quality",
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the figures here")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    out = benchlib.output_console()
    if args.tiny:
        edits, sentences = tiny_newsedits(), tiny_mrpc()
        sources = {"newsedits": "built-in tiny examples", "mrpc": "built-in tiny examples"}
    else:
        missing = [p for p in (NEWSEDITS, *MRPC) if not p.exists()]
        if missing:
            Console(stderr=True).print(
                "shared data missing: "
                + ", ".join(str(p) for p in missing)
                + f"\nIt lives in {DATA} (beside the repository, never inside it); "
                "--tiny runs without it.",
                markup=False,
            )
            return 2
        edits, sentences = read_newsedits(NEWSEDITS), read_mrpc(MRPC)
        if args.limit is not None:
            edits = edits[: args.limit]
        sources = {
            "newsedits": f"../shared/data/{NEWSEDITS.name}",
            "mrpc": ", ".join(f"../shared/data/mrpc/{p.name}" for p in MRPC),
        }
    results = run(edits, sentences, args.limit)
    results["sources"] = sources
    results["tiny"] = args.tiny
    return benchlib.finish(results, "facts_quality.py", argv, report, out, args.json)


if __name__ == "__main__":
    sys.exit(main())
