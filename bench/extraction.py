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

    .venv/bin/python bench/extraction.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import trafilatura

from storydiff.errors import StorydiffError
from storydiff.ingest.decode import decode
from storydiff.ingest.html import read_html

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "webpages"


def _norm(text: str) -> str:
    return " ".join(text.split())


def storydiff_text(html: str, source: str) -> str:
    try:
        return read_html(html, source).text
    except StorydiffError:
        return ""


def trafilatura_text(html: str, source: str) -> str:
    del source
    return trafilatura.extract(html) or ""


Page = tuple[str, dict[str, list[str]]]


def score(pages: list[Page], extract: Callable[[str, str], str]) -> dict[str, float]:
    wanted = found = unwanted = kept_out = empty = 0
    started = time.perf_counter()
    for html, labels in pages:
        text = _norm(extract(html, "page"))
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
        "seconds": time.perf_counter() - started,
        "wanted": wanted,
        "unwanted": unwanted,
    }


def load_pages(limit: int | None) -> list[Page]:
    labels = json.loads((DATA / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for entry in labels.values():
        for folder in ("eval", "cache"):
            path = DATA / folder / entry["file"]
            if path.exists():
                pages.append((decode(path.read_bytes(), str(path)), entry))
                break
    return pages[:limit] if limit else pages


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N labelled pages")
    args = parser.parse_args(argv)
    pages = load_pages(args.limit)
    print(f"{len(pages)} labelled pages, trafilatura {trafilatura.__version__}")
    print(f"{'extractor':28} {'wanted found':>12} {'unwanted out':>12} {'empty':>6} {'s':>6}")
    for name, extract in (("storydiff (read_html)", storydiff_text),
                          ("trafilatura.extract defaults", trafilatura_text)):  # fmt: skip
        s = score(pages, extract)
        print(f"{name:28} {s['wanted_found']:12.3f} {s['unwanted_kept_out']:12.3f} "
              f"{s['empty_pages']:6} {s['seconds']:6.1f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
