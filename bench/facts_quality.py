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
import re
import statistics
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

import benchlib
import storydiff
from storydiff.facts.model import Change
from storydiff.text.tokens import tokenize

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "story"
DATA = ROOT.parent / "shared" / "data"
NEWSEDITS = DATA / "newsedits-cke-dev.csv"
MRPC = (DATA / "mrpc" / "msr_paraphrase_test.txt", DATA / "mrpc" / "msr_paraphrase_train.txt")

KINDS = ("update", "correction", "addition", "removal", "rewording", "trivial")
NUMBER_FACTS = frozenset({"quantity", "money", "percent"})
VALUE_KINDS = frozenset({"update", "correction"})
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
MISSES_SHOWN = 5


def words(text: str) -> list[str]:
    """Lower-case word tokens (punctuation dropped)."""
    return [t.fold for t in tokenize(text) if t.is_word]


def contains(hay: Sequence[str], needle: Sequence[str]) -> bool:
    """Whether ``needle`` occurs in ``hay`` as a contiguous run."""
    n = len(needle)
    first = needle[0]
    return any(
        hay[i] == first and list(hay[i : i + n]) == list(needle) for i in range(len(hay) - n + 1)
    )


def numbers(text: str) -> set[str]:
    """The numbers written in digits (see the module docstring)."""
    out: set[str] = set()
    for m in NUMBER.findall(text):
        out.add(m.replace(",", "") if _THOUSANDS.match(m) else m)
    return out


# Data.


@dataclass(frozen=True, slots=True)
class EditPair:
    """Two versions of one article and the key phrases a human marked as changed."""

    id: str
    old: str
    new: str
    keywords: list[str]


@dataclass(frozen=True, slots=True)
class SentencePair:
    """One MRPC row."""

    quality: str
    s1: str
    s2: str
    where: str


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


# Measurements.


def _texts(changes: Iterable[Change]) -> list[list[str]]:
    return [words(t) for c in changes for t in (c.before, c.after) if t]


def score_newsedits(pairs: Sequence[EditPair], progress: Progress) -> dict[str, Any]:
    counted = found = found_all = 0
    per_pair: dict[str, list[int]] = {k: [] for k in (*KINDS, "all", "shown")}
    by_fact: Counter[str] = Counter()
    found_in: Counter[str] = Counter()
    missed: list[dict[str, str]] = []
    notes: Counter[str] = Counter()
    task = progress.add_task("NewsEdits", total=len(pairs))
    for pair in pairs:
        progress.update(task, description=f"NewsEdits {pair.id}")
        c = storydiff.compare(pair.old, pair.new)
        notes.update(c.notes)
        kinds: Counter[str] = Counter(ch.kind for ch in c.changes)
        for kind in KINDS:
            per_pair[kind].append(kinds[kind])
        per_pair["all"].append(len(c.changes))
        per_pair["shown"].append(sum(not ch.hidden for ch in c.changes))
        by_fact.update(ch.fact for ch in c.changes if not ch.hidden)
        shown = [(ch.kind, t) for ch in c.changes if not ch.hidden for t in _texts([ch])]
        hidden = [t for ch in c.changes if ch.hidden for t in _texts([ch])]
        wa, wb = words(pair.old), words(pair.new)
        for raw in pair.keywords:
            phrase = words(raw)
            if not phrase or not (contains(wa, phrase) or contains(wb, phrase)):
                continue
            counted += 1
            kinds_found = {kind for kind, t in shown if contains(t, phrase)}
            in_shown = bool(kinds_found)
            found += in_shown
            found_in.update(kinds_found)
            found_all += in_shown or any(contains(t, phrase) for t in hidden)
            if not in_shown and len(missed) < 10:
                missed.append({"id": pair.id, "phrase": raw.strip()})
        progress.advance(task)
    return {
        "pairs": len(pairs),
        "phrases_counted": counted,
        "phrases_found": found,
        "share_found": found / counted if counted else 0.0,
        "phrases_found_with_hidden": found_all,
        "share_found_with_hidden": found_all / counted if counted else 0.0,
        "changes_per_pair_median": {k: statistics.median(v) for k, v in per_pair.items() if v},
        "changes_per_pair_mean": {k: statistics.fmean(v) for k, v in per_pair.items() if v},
        "changes_total": {k: sum(v) for k, v in per_pair.items()},
        "shown_changes_by_fact": dict(by_fact.most_common()),
        "phrases_found_by_kind": dict(found_in.most_common()),
        "notes": dict(notes.most_common()),
        "missed_examples": missed,
    }


def _miss_reason(c: storydiff.Comparison) -> str:
    if any(note.startswith("facts skipped") for note in c.notes):
        return "facts skipped"
    if not any(link.old and link.new for link in c.alignment.links):
        return "sentences not paired (removed + added)"
    if any(ch.fact in NUMBER_FACTS for ch in c.changes):
        return "number facts only added or removed"
    if any(ch.fact == "date" for ch in c.changes):
        return "a date change only"
    return "no number change reported"


def score_mrpc(
    pairs: Sequence[SentencePair], limit: int | None, progress: Progress
) -> dict[str, Any]:
    read = Counter(p.quality for p in pairs)
    chosen = {
        q: [p for p in pairs if p.quality == q and numbers(p.s1) != numbers(p.s2)] for q in "01"
    }
    if limit is not None:
        chosen = {q: ps[:limit] for q, ps in chosen.items()}
    task = progress.add_task("MRPC", total=sum(len(ps) for ps in chosen.values()))
    groups: dict[str, dict[str, Any]] = {}
    misses: list[dict[str, Any]] = []
    for quality, name in (("0", "non_paraphrase"), ("1", "paraphrase")):
        hits = with_date = both = both_hits = paired = paired_hits = same_value = 0
        reasons: Counter[str] = Counter()
        for pair in chosen[quality]:
            progress.update(task, description=f"MRPC {pair.where}")
            c = storydiff.compare(pair.s1, pair.s2)
            value_changes = [ch for ch in c.changes if ch.kind in VALUE_KINDS]
            number_changes = [ch for ch in value_changes if ch.fact in NUMBER_FACTS]
            hit = bool(number_changes)
            hits += hit
            same_value += any(ch.before_value == ch.after_value for ch in number_changes)
            with_date += hit or any(ch.fact == "date" for ch in value_changes)
            n1, n2 = numbers(pair.s1), numbers(pair.s2)
            if n1 and n2:
                both += 1
                both_hits += hit
            if any(link.old and link.new for link in c.alignment.links):
                paired += 1
                paired_hits += hit
            if not hit:
                reason = _miss_reason(c)
                reasons[reason] += 1
                if quality == "0" and len(misses) < MISSES_SHOWN:
                    misses.append(
                        {
                            "where": pair.where,
                            "s1": pair.s1,
                            "s2": pair.s2,
                            "numbers_1": sorted(n1),
                            "numbers_2": sorted(n2),
                            "reason": reason,
                            "changes": [f"{ch.kind}: {ch.describe()}" for ch in c.changes],
                            "notes": list(c.notes),
                        }
                    )
            progress.advance(task)
        total = len(chosen[quality])
        groups[name] = {
            "quality": quality,
            "pairs_read": read[quality],
            "pairs": total,
            "hits": hits,
            "share": benchlib.share(hits, total),
            "share_with_date": benchlib.share(with_date, total),
            "both_have_numbers": both,
            "share_both_have_numbers": benchlib.share(both_hits, both),
            "sentences_paired": paired,
            "share_sentences_paired": benchlib.share(paired_hits, paired),
            "hits_with_same_value_update": same_value,
            "miss_reasons": dict(reasons.most_common()),
        }
    return {
        "number_rule": (
            r"matches of \d+(?:[.,]\d+)* in the string; thousands commas removed when the "
            r"match is digit groups (^\d{1,3}(,\d{3})+(\.\d+)?$); sets compared"
        ),
        "hit_rule": "a change of kind update or correction on a quantity, money or percent",
        **groups,
        "missed_examples": misses,
    }


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
