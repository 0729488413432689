"""How well storydiff finds the versions of a story, on a generated corpus whose
stories are known (``bench/gen_versions.py``: fictional stories with 1-6 versions,
copies by other outlets, a newsletter footer on 20% of the texts, a FAQ box on 3-5
texts of different stories, and round-ups quoting a paragraph from each of 3
stories).

All texts go through ``storydiff.detect.link.link_texts`` (verified links: pairs of
texts sharing passages) and ``storydiff.detect.grouping.cluster`` (stories), as
``storydiff.corpus.stories`` does. Scored against the truth (every text's story id), over
pairs of texts:

- **stories**: a pair is *predicted* when both texts are in one found story, *true*
  when both belong to one true story. Precision = correct predicted pairs / predicted
  pairs, recall = correct predicted pairs / true pairs. Also: *mixed* stories (found
  stories holding texts of several true stories) and *split* stories (true stories
  of several texts spread over several found stories), with examples.
- **links**: the same for the raw verified links of ``link_texts``, before
  clustering (a link is a predicted pair). Links between texts of different stories
  are counted by what the two texts share (a round-up's quote of the other's story,
  two round-ups, the FAQ box, the newsletter footer, else "other": stock phrases).
- Recall of both by the true pair's 5-word-shingle Jaccard (storydiff's own shingle
  sets), in buckets 0-0.2, 0.2-0.5, 0.5-0.8, 0.8-1 (each bucket holds its lower
  bound; 1 is in the last), and by the kind of pair: consecutive versions, versions
  further apart, a copy and the version it copies, a copy and any other text of its
  story.
- The same run without the round-up texts, to show what they do to the stories.
- Time: one call of each (no repetition, no warm-up), as seconds and ms per text.

The generated consecutive version pairs' Jaccard and containment are printed next to
the real AP/NYT figures the generator aims at.

Run it as ``.venv/bin/python bench/version_links.py`` (``--stories S`` to change the
size, default 300); it is not part of ``make test``
(tests/bench/test_version_links_smoke.py runs it with ``--tiny``: 12 stories).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

import benchlib
import gen_versions
from gen_versions import GenText
from storydiff.detect.grouping import Texts, agreement, group_stories
from storydiff.detect.link import Analysed, link_texts
from version_links_score import BUCKETS as BUCKETS
from version_links_score import CAUSES as CAUSES
from version_links_score import PAIR_KINDS as PAIR_KINDS
from version_links_score import Pair2 as Pair2
from version_links_score import bucket as bucket
from version_links_score import cause as cause
from version_links_score import consecutive_stats as consecutive_stats
from version_links_score import label as label
from version_links_score import mixed_example, split_example
from version_links_score import overlap as overlap
from version_links_score import pair_kind as pair_kind
from version_links_score import score as score
from version_links_score import together as together
from version_links_score import true_pairs as true_pairs

REAL = {"jaccard_median": 0.56, "jaccard_p25": 0.22, "containment_median": 0.81,
        "containment_p10": 0.29}  # fmt: skip
"""5-word-shingle statistics of real AP/NYT version pairs (from the issue)."""
TINY_STORIES = 12


def run_storydiff(texts: Sequence[GenText]) -> dict[str, Any]:
    """link_texts and cluster on ``texts``, timed; the raw results for scoring."""
    strings = [t.text for t in texts]
    t0 = time.perf_counter()
    analysed, pairs = link_texts(strings)
    t1 = time.perf_counter()
    found = Texts(analysed.ordered, analysed.chrome)
    stories = group_stories(len(strings), pairs, found, agree=agreement(strings))
    t2 = time.perf_counter()
    return {
        "analysed": analysed,
        "pairs": pairs,
        "stories": stories,
        "link_s": t1 - t0,
        "cluster_s": t2 - t1,
    }


def _timing(raw: dict[str, Any], texts: Sequence[GenText]) -> dict[str, Any]:
    """The run's seconds, ms per text and words per second."""
    words = sum(t.words for t in texts)
    total_s = raw["link_s"] + raw["cluster_s"]
    return {
        "link_s": raw["link_s"],
        "cluster_s": raw["cluster_s"],
        "total_s": total_s,
        "ms_per_text": total_s * 1000 / len(texts),
        "link_ms_per_text": raw["link_s"] * 1000 / len(texts),
        "cluster_ms_per_text": raw["cluster_s"] * 1000 / len(texts),
        "words": words,
        "words_per_s": words / total_s if total_s else 0.0,
    }


def measure(
    texts: Sequence[GenText], n_stories: int, examples: int, progress: Progress
) -> dict[str, Any]:
    """Run storydiff on ``texts`` and score its links and stories against the truth."""
    task = progress.add_task("link_texts + cluster", total=None)
    raw = run_storydiff(texts)
    progress.update(task, total=1, completed=1)
    analysed: Analysed = raw["analysed"]
    found: list[list[int]] = raw["stories"]

    task = progress.add_task("scoring", total=None)
    truth = true_pairs(texts)
    overlaps = {p: overlap(analysed, *p) for p in truth}
    jaccard = {p: j for p, (j, _) in overlaps.items()}
    kinds = {p: pair_kind(texts[p[0]], texts[p[1]]) for p in truth}
    links = {(min(p.a, p.b), max(p.a, p.b)): p for p in raw["pairs"]}
    link_scores = score(set(links), truth, jaccard, kinds)
    wrong_links = Counter(cause(texts[a], texts[b]) for a, b in set(links) - truth)
    link_scores["wrong_by_cause"] = {c: wrong_links[c] for c in CAUSES}
    story_scores = score(together(found), truth, jaccard, kinds)

    mixed = [s for s in found if len({texts[i].story for i in s}) > 1]
    mixed_examples = [
        mixed_example(texts, s, links, n_stories)
        for s in sorted(mixed, key=len, reverse=True)[:examples]
    ]
    where: dict[int, int] = {i: n for n, s in enumerate(found) for i in s}
    parts: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, t in enumerate(texts):
        parts[t.story][where[i]].append(i)
    split = {k: v for k, v in parts.items() if len(v) > 1}
    split_examples = [
        split_example(texts, story, list(split[story].values()), overlaps, links, n_stories)
        for story in sorted(split, key=lambda k: -len(split[k]))[:examples]
    ]
    story_scores.update(
        {
            "found": len(found),
            "largest": max(len(s) for s in found),
            "mixed": len(mixed),
            "mixed_with_roundup": sum(any(texts[i].kind == "roundup" for i in s) for s in mixed),
            "mixed_texts": sum(len(s) for s in mixed),
            "split": len(split),
            "roundups_in_mixed": sum(texts[i].kind == "roundup" for s in mixed for i in s),
            "mixed_examples": mixed_examples,
            "split_examples": split_examples,
        }
    )
    progress.update(task, total=1, completed=1)
    return {
        "texts": len(texts),
        "true_pairs": len(truth),
        "true_pairs_by_jaccard": {
            label_: sum(bucket(j) == label_ for j in jaccard.values()) for *_, label_ in BUCKETS
        },
        "consecutive": consecutive_stats(texts, analysed),
        "links": link_scores,
        "stories": story_scores,
        "timing": _timing(raw, texts),
    }


def run(
    stories: int, seed: int, roundups: int | None, examples: int, console: Console | None = None
) -> dict[str, Any]:
    err = console or Console(stderr=True)
    with benchlib.progress(err) as progress:
        task = progress.add_task("generating stories", total=stories)
        t0 = time.perf_counter()
        corpus = gen_versions.generate(
            stories, seed, roundups, advance=lambda: progress.advance(task)
        )
        gen_s = time.perf_counter() - t0
        texts = corpus.texts
        full = measure(texts, stories, examples, progress)
        plain = [t for t in texts if t.kind != "roundup"]
        without = measure(plain, stories, 0, progress)
    words = [t.words for t in texts]
    kinds = Counter(t.kind for t in texts)
    per_story = Counter(t.story for t in texts if t.kind != "roundup")
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": benchlib.machine(),
        "corpus": {
            "stories": stories,
            "seed": seed,
            "roundups": corpus.roundups,
            "texts": len(texts),
            "by_kind": {k: kinds[k] for k in ("version", "copy", "roundup")},
            "footer_texts": sum(t.footer for t in texts),
            "faq_texts": sum(t.faq for t in texts),
            "stories_with_copies": len({t.story for t in texts if t.kind == "copy"}),
            "single_text_stories": sum(n == 1 for n in per_story.values()),
            "words_min": min(words),
            "words_median": statistics.median(words),
            "words_max": max(words),
            "generate_s": gen_s,
        },
        "real_version_pairs": REAL,
        **{k: full[k] for k in ("true_pairs", "true_pairs_by_jaccard", "consecutive")},
        "links": full["links"],
        "stories": full["stories"],
        "timing": full["timing"],
        "without_roundups": {
            "texts": without["texts"],
            "links_precision": without["links"]["precision"],
            "links_recall": without["links"]["recall"],
            "precision": without["stories"]["precision"],
            "recall": without["stories"]["recall"],
            "mixed": without["stories"]["mixed"],
            "split": without["stories"]["split"],
            "found": without["stories"]["found"],
            "timing": without["timing"],
        },
    }


# Report.


def _recall_table(title: str, results: dict[str, Any], key: str, rows: Sequence[str]) -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAD)
    table.add_column("true pairs")
    for column in ("pairs", "links: found", "recall", "stories: found", "recall"):
        table.add_column(column, justify="right")
    for row in rows:
        lk, st = results["links"][key][row], results["stories"][key][row]
        table.add_row(row, str(lk["pairs"]), str(lk["found"]), f"{lk['recall']:.3f}",
                      str(st["found"]), f"{st['recall']:.3f}")  # fmt: skip
    return table


def _print_corpus(results: dict[str, Any], console: Console) -> None:
    """The generated corpus in a line, and its consecutive version pairs next to real ones."""
    c = results["corpus"]
    console.print(
        f"[bold]Generated corpus[/] (seed {c['seed']}): {c['stories']} stories, "
        f"{c['texts']} texts ({c['by_kind']['version']} versions, {c['by_kind']['copy']} "
        f"copies in {c['stories_with_copies']} stories, {c['by_kind']['roundup']} round-ups); "
        f"{c['single_text_stories']} stories of one text; newsletter footer on "
        f"{c['footer_texts']}, FAQ box on {c['faq_texts']}; words per text min "
        f"{c['words_min']}, median {c['words_median']:g}, max {c['words_max']}"
    )
    cons, real = results["consecutive"], results["real_version_pairs"]
    if cons["pairs"]:
        table = Table(title="consecutive version pairs", box=box.SIMPLE_HEAD)
        table.add_column("5-word shingles")
        table.add_column(f"generated ({cons['pairs']})", justify="right")
        table.add_column("real AP/NYT", justify="right")
        for key, name in (
            ("jaccard_median", "Jaccard, median"),
            ("jaccard_p25", "Jaccard, p25"),
            ("containment_median", "containment, median"),
            ("containment_p10", "containment, p10"),
        ):
            table.add_row(name, f"{cons[key]:.2f}", f"{real[key]:.2f}")
        console.print(table)


def _same_story_table(results: dict[str, Any]) -> Table:
    """Precision and recall of the links and the stories over the true pairs."""
    table = Table(title=f"same story, over {results['true_pairs']} true pairs", box=box.SIMPLE_HEAD)
    table.add_column("")
    for column in ("predicted pairs", "correct", "precision", "recall"):
        table.add_column(column, justify="right")
    for name, key in (("verified links (link_texts)", "links"), ("stories (cluster)", "stories")):
        s = results[key]
        table.add_row(name, str(s["predicted_pairs"]), str(s["correct"]),
                      f"{s['precision']:.3f}", f"{s['recall']:.3f}")  # fmt: skip
    w = results["without_roundups"]
    table.add_row(f"stories, without the round-ups ({w['texts']} texts)", "", "",
                  f"{w['precision']:.3f}", f"{w['recall']:.3f}")  # fmt: skip
    return table


def _print_examples(st: dict[str, Any], console: Console) -> None:
    """The mixed and split stories kept as examples."""
    for i, ex in enumerate(st["mixed_examples"], start=1):
        members = ", ".join(f"{k} ({v})" for k, v in ex["true_stories"].items())
        console.print(f"\nmixed {i}: {ex['texts']} texts of {members}", markup=False)
        for b in ex["bridges"]:
            top = b["strongest"]
            console.print(
                f"  {' - '.join(b['stories'])}: {b['links']} links {b['causes']}; strongest "
                f"{top['a']} - {top['b']}, containment {top['containment']:.2f}, "
                f"Jaccard {top['jaccard']:.2f}",
                markup=False,
            )
    for i, ex in enumerate(st["split_examples"], start=1):
        parts = " | ".join(" ".join(p) for p in ex["parts"])
        near = ex["closest_across"]
        console.print(f"\nsplit {i}: {ex['story']}: {parts}", markup=False)
        console.print(
            f"  closest pair across: {near['a']} - {near['b']}: Jaccard {near['jaccard']:.2f}, "
            f"containment {near['containment']:.2f}, "
            f"{'linked' if near['linked'] else 'not linked'}",
            markup=False,
        )


def report(results: dict[str, Any], console: Console) -> None:
    _print_corpus(results, console)
    console.print(_same_story_table(results))
    console.print(_recall_table("recall by Jaccard", results, "recall_by_jaccard",
                                [name for *_, name in BUCKETS]))  # fmt: skip
    console.print(_recall_table("recall by kind of pair", results, "recall_by_kind", PAIR_KINDS))
    console.print(
        f"links between different stories, by cause: {results['links']['wrong_by_cause']}",
        markup=False,
    )
    st, w = results["stories"], results["without_roundups"]
    console.print(
        f"stories found: {st['found']} (largest {st['largest']} texts); mixed: {st['mixed']} "
        f"({st['mixed_texts']} texts; {st['mixed_with_roundup']} hold a round-up); split: "
        f"{st['split']}; without the round-ups: {w['found']} found, mixed {w['mixed']}, "
        f"split {w['split']}",
        markup=False,
    )
    _print_examples(st, console)
    t = results["timing"]
    console.print(
        f"\ntime: link_texts {t['link_s']:.2f} s, cluster {t['cluster_s']:.2f} s, "
        f"{t['ms_per_text']:.1f} ms per text ({t['link_ms_per_text']:.1f} + "
        f"{t['cluster_ms_per_text']:.1f}), {t['words_per_s']:,.0f} words/s; "
        f"generating {results['corpus']['generate_s']:.1f} s",
        markup=False,
    )
    console.print("\n" + benchlib.machine_line(results))


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Precision and recall of storydiff's version links and stories on a "
        "generated corpus with known stories."
    )
    parser.add_argument(
        "--tiny",
        action="store_true",
        help=f"{TINY_STORIES} stories and 1 round-up: a smoke test",
    )
    parser.add_argument("--stories", type=int, default=300, metavar="S", help="default 300")
    parser.add_argument("--seed", type=int, default=1, help="default 1")
    parser.add_argument(
        "--roundups", type=int, metavar="N", help="round-up texts (default: 1 per 50 stories)"
    )
    parser.add_argument(
        "--examples", type=int, default=3, metavar="N", help="mixed and split stories shown"
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the figures here")
    args = parser.parse_args(argv)
    if args.stories < 3:
        parser.error("--stories must be at least 3")
    if args.roundups is not None and args.roundups < 0:
        parser.error("--roundups must be at least 0")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    out = benchlib.output_console()
    stories = TINY_STORIES if args.tiny else args.stories
    roundups = 1 if args.tiny and args.roundups is None else args.roundups
    results = run(stories, args.seed, roundups, args.examples)
    results["tiny"] = args.tiny
    return benchlib.finish(results, "version_links.py", argv, report, out, args.json)


if __name__ == "__main__":
    sys.exit(main())
