"""Article extraction on real pages: storydiff against trafilatura's defaults, side
by side in one run, on trafilatura's own evaluation data.

``../shared/data/webpages/evaldata.json`` lists, for 990 real pages, snippets a good
extraction keeps (``with``) and snippets it leaves out (``without``: navigation,
teasers, footers, comments). For each extractor: the share of wanted snippets found
in its text, the share of unwanted snippets kept out, and the pages it returned
nothing for. storydiff is ``ingest.html.read_html`` (what ``ingest`` stores);
trafilatura is ``trafilatura.extract(html)`` with its defaults, the same HTML string
given to both. Snippets are matched as trafilatura's evaluation does: whitespace
collapsed, case kept.

Tuning and holdout: a page is held out when ``sha256("x3:" + file name) % 3 == 0``
(334 of the 990 pages; the other 656 tune), the split every extraction setting so far
was chosen on. Text figures are given for each part and for all pages; ``--part
tune`` scores the tuning pages only, for tuning runs that must not see the holdout.

Titles and dates, two ways:

- **evaldata.json**'s own ``title`` (845 pages) and ``date`` (728 pages, a day, in
  the page's own time zone): trafilatura's labels, so not independent of it.
- **a blind sample**, ``bench/extraction_dates.blind.json``: 40 pages (the smallest
  ``sha256("storydiff-dates-1:" + file name)``), their title and publication time
  written down from the raw HTML before either extractor ran on them. SHA-256
  ``BLIND_SHA256`` below (checked on load). A label is a day, or a time with its
  offset and the page's own ``zone``; ``also`` lists other stamps of the same
  publication, ``titles_also`` other headings the page gives the article.

A date is right when its calendar day is the page's: storydiff's ``published_day``
(the day the page shows), trafilatura's date (a day). The exact figure counts
storydiff's UTC instants equal (to the second) to a labelled time; trafilatura's
defaults give a day only. Titles match after NFKC, case folding, collapsed
whitespace and straight quotes.

    .venv/bin/python bench/extraction.py [--limit N] [--part tune|holdout|all]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import trafilatura

from blind import read_blind
from storydiff.errors import StorydiffError
from storydiff.ingest.decode import decode
from storydiff.ingest.html import read_html

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "webpages"
BLIND = Path(__file__).with_name("extraction_dates.blind.json")
BLIND_SHA256 = "4f72a9f3f9d710f3dcf0ac3ce8578798ca9a2ff6fc021ea4dc6e4b12ab5e2948"


@dataclass(slots=True)
class Extracted:
    text: str = ""
    title: str | None = None
    day: date | None = None
    """The calendar day the extractor gives as the page's."""
    when: datetime | None = None
    """An instant with its offset, when the extractor gives a time."""


def _norm(text: str) -> str:
    return " ".join(text.split())


def _title_key(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    for curly, straight in (("“”„«»", '"'), ("‘’‚`´", "'"), ("–—", "-")):
        for c in curly:
            text = text.replace(c, straight)
    return _norm(text)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10].replace(".", "-"))
    except ValueError:
        return None


def storydiff_extract(html: str) -> Extracted:
    try:
        doc = read_html(html, "page")
    except StorydiffError:
        return Extracted()
    when = doc.published
    day = _day(doc.metadata.get("published_day")) or (when.date() if when else None)
    aware = when if when is not None and when.tzinfo is not None else None
    return Extracted(doc.text, doc.title, day, aware)


def trafilatura_extract(html: str) -> Extracted:
    meta = trafilatura.extract_metadata(html)
    return Extracted(trafilatura.extract(html) or "", meta.title, _day(meta.date))


Page = tuple[str, dict[str, Any]]


def score_text(pages: list[Page], got: list[Extracted]) -> dict[str, float]:
    wanted = found = unwanted = kept_out = empty = 0
    for (_, labels), out in zip(pages, got, strict=True):
        text = _norm(out.text)
        empty += not text
        for snippet in labels.get("with", []):
            wanted += 1
            found += _norm(snippet) in text
        for snippet in labels.get("without", []):
            unwanted += 1
            kept_out += _norm(snippet) not in text
    return {
        "wanted_found": found / max(wanted, 1),
        "unwanted_kept_out": kept_out / max(unwanted, 1),
        "empty_pages": empty,
    }


def score_evaldata(pages: list[Page], got: list[Extracted]) -> dict[str, int]:
    """Titles and days against evaldata.json's own ``title`` and ``date``."""
    s = dict.fromkeys(("titles", "title_right", "dates", "day_right", "day_none"), 0)
    for (_, labels), out in zip(pages, got, strict=True):
        if labels.get("title"):
            s["titles"] += 1
            s["title_right"] += _title_key(out.title) == _title_key(labels["title"])
        if want := _day(labels.get("date")):
            s["dates"] += 1
            s["day_right"] += out.day == want
            s["day_none"] += out.day is None
    return s


def load_blind() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = read_blind(BLIND, BLIND_SHA256)
    return rows


def _label_day(row: dict[str, Any]) -> date | None:
    stamp = row.get("published")
    if not stamp:
        return None
    if len(stamp) == 10:
        return date.fromisoformat(stamp)
    when = datetime.fromisoformat(stamp)
    zone = row.get("zone")
    return (
        when.astimezone(datetime.fromisoformat(f"2000-01-01T00:00{zone}").tzinfo) if zone else when
    ).date()


def score_blind(rows: list[dict[str, Any]], got: dict[str, Extracted]) -> dict[str, int]:
    s = dict.fromkeys(
        ("pages", "title_right", "dated", "day_right", "day_wrong", "day_none", "timed",
         "exact", "undated", "invented"), 0)  # fmt: skip
    for row in rows:
        out = got[row["file"]]
        s["pages"] += 1
        titles = {_title_key(t) for t in [row["title"], *row.get("titles_also", [])]}
        s["title_right"] += _title_key(out.title) in titles
        want = _label_day(row)
        if want is None:
            s["undated"] += 1
            s["invented"] += out.day is not None
            continue
        s["dated"] += 1
        s["day_right"] += out.day == want
        s["day_wrong"] += out.day is not None and out.day != want
        s["day_none"] += out.day is None
        if len(row["published"]) > 10:
            s["timed"] += 1
            stamps = [datetime.fromisoformat(t) for t in [row["published"], *row.get("also", [])]]
            s["exact"] += out.when is not None and any(
                abs((out.when - t).total_seconds()) < 1 for t in stamps)  # fmt: skip
    return s


SPLIT_SALT = "x3:"


def part_of(file: str) -> str:
    """``holdout`` for a third of the pages by a hash of the file name, else ``tune``."""
    digest = hashlib.sha256((SPLIT_SALT + file).encode()).hexdigest()
    return "holdout" if int(digest, 16) % 3 == 0 else "tune"


def load_pages(limit: int | None, part: str = "all") -> list[Page]:
    labels = json.loads((DATA / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for entry in labels.values():
        for folder in ("eval", "cache"):
            path = DATA / folder / entry["file"]
            if path.exists() and part in ("all", part_of(entry["file"])):
                pages.append((decode(path.read_bytes(), str(path)), entry))
                break
    return pages[:limit] if limit else pages


EXTRACTORS: tuple[tuple[str, Callable[[str], Extracted]], ...] = (
    ("storydiff (read_html)", storydiff_extract),
    ("trafilatura defaults", trafilatura_extract),
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N labelled pages")
    parser.add_argument("--part", choices=("tune", "holdout", "all"), default="all",
                        help="only the tuning or the held-out pages (default: all, each "
                        "part scored on its own too)")  # fmt: skip
    args = parser.parse_args(argv)
    if not (DATA / "evaldata.json").exists():
        print(f"{DATA / 'evaldata.json'} is missing", file=sys.stderr)
        return 2
    pages = load_pages(args.limit, args.part)
    blind = load_blind()
    print(f"{len(pages)} labelled pages, trafilatura {trafilatura.__version__}")
    results: dict[str, list[Extracted]] = {}
    seconds: dict[str, float] = {}
    for name, extract in EXTRACTORS:
        started = time.perf_counter()
        results[name] = [extract(html) for html, _ in pages]
        seconds[name] = time.perf_counter() - started
    parts = [args.part] if args.part != "all" else ["tune", "holdout", "all"]
    print(f"\n{'extractor':24} {'pages':>8} {'wanted found':>12} {'unwanted out':>12} "
          f"{'empty':>6} {'s':>6} {'ms/page':>7}")  # fmt: skip
    for name, _ in EXTRACTORS:
        for part in parts:
            pairs = [(page, out) for page, out in zip(pages, results[name], strict=True)
                     if part in ("all", part_of(page[1]["file"]))]  # fmt: skip
            s = score_text([page for page, _ in pairs], [out for _, out in pairs])
            ms = 1000 * seconds[name] / max(len(pages), 1)
            print(f"{name:24} {part:>8} {s['wanted_found']:12.3f} "
                  f"{s['unwanted_kept_out']:12.3f} {s['empty_pages']:6} "
                  f"{seconds[name]:6.1f} {ms:7.1f}")  # fmt: skip
    print("\nevaldata.json labels")
    print(f"{'extractor':24} {'titles right':>14} {'days right':>12} {'no date':>8}")
    for name, _ in EXTRACTORS:
        e = score_evaldata(pages, results[name])
        print(f"{name:24} {e['title_right']:6} / {e['titles']:<5} "
              f"{e['day_right']:5} / {e['dates']:<4} {e['day_none']:8}")  # fmt: skip
    by_file = {labels["file"]: i for i, (_, labels) in enumerate(pages)}
    rows = [r for r in blind if r["file"] in by_file]
    print(f"\nblind sample ({len(rows)} pages)\n{'extractor':24} {'titles':>7} {'days right':>10} "
          f"{'wrong':>5} {'none':>5} {'exact time':>10} {'dates where none':>16}")  # fmt: skip
    for name, _ in EXTRACTORS:
        b = score_blind(rows, {f: results[name][i] for f, i in by_file.items()})
        print(f"{name:24} {b['title_right']:3} /{b['pages']:3} {b['day_right']:5} /{b['dated']:3} "
              f"{b['day_wrong']:5} {b['day_none']:5} {b['exact']:5} /{b['timed']:3} "
              f"{b['invented']:11} /{b['undated']:3}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
