"""Many sources at once: folders, globs, files of any supported format, feed and page
URLs. One entry that recognises the format, by extension and by content:

    .jsonl .ndjson (.gz)   JSON Lines                  ingest/jsonl.py
    .warc .warc.gz         WARC records                ingest/warc.py
    .arc .arc.gz           ARC records                 ingest/arc.py
    .rss .atom .xml, or content that starts like a feed   ingest/feed.py
    .html .htm, or content that starts like HTML         ingest/html.py
    anything else          text or Markdown            ingest/plain.py

Every item comes out as a Document or a Rejected (source, position, reason): one bad
file, line or record never stops the rest.
"""

from __future__ import annotations

import glob
import gzip
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from storydiff.config import InputConfig
from storydiff.document import Document
from storydiff.errors import InputError
from storydiff.ingest.arc import read_arc
from storydiff.ingest.decode import decode
from storydiff.ingest.feed import looks_like_feed, read_feed
from storydiff.ingest.folder import folder_files
from storydiff.ingest.jsonl import Fields, bounded_lines, read_jsonl
from storydiff.ingest.polite import PoliteFetcher
from storydiff.ingest.rejected import Rejected
from storydiff.ingest.source import from_text
from storydiff.ingest.warc import read_warc

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml", ".json"}
ALL_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | {".warc", ".arc", ".gz"}


def _suffixes(path: Path) -> str:
    return "".join(path.suffixes[-2:]).lower()


def expand(spec: str) -> list[Path] | None:
    """The files a folder or glob names (sorted), or None when ``spec`` is neither.
    In a folder, links are followed only inside it (``ingest.folder``)."""
    path = Path(spec)
    if path.is_dir():
        return folder_files(path, ALL_SUFFIXES)[0]
    if any(ch in spec for ch in "*?[") and not path.exists():
        # glob.glob, not Path.glob: the pattern may be absolute.
        matches = glob.glob(spec, recursive=True)  # noqa: PTH207
        return sorted(Path(p) for p in matches if Path(p).is_file())
    return None


def read_file(
    path: Path, config: InputConfig, fields: Fields, fetcher: PoliteFetcher | None
) -> Iterator[Document | Rejected]:
    source = str(path)
    suffixes = _suffixes(path)
    try:
        if suffixes.endswith((".warc", ".warc.gz")):
            with path.open("rb") as fh:
                yield from read_warc(fh, source, config)
            return
        if suffixes.endswith((".arc", ".arc.gz")):
            with path.open("rb") as fh:
                yield from read_arc(fh, source, config)
            return
        if path.suffix.lower() in JSONL_SUFFIXES or suffixes in (".jsonl.gz", ".ndjson.gz"):
            opener = gzip.open if suffixes.endswith(".gz") else open
            with opener(path, "rb") as fh:
                yield from read_jsonl(bounded_lines(fh, config.max_bytes), source, fields)
            return
        size = path.stat().st_size
        if size > config.max_bytes:
            yield Rejected(source, "", f"is {size:,} bytes, over the limit of {config.max_bytes:,}")
            return
        data = path.read_bytes()
        text = decode(data, source)
        if path.suffix.lower() in FEED_SUFFIXES or looks_like_feed(text):
            yield from read_feed(data, source, fetcher)
            return
        doc = from_text(text, source, markdown=path.suffix.lower() in (".md", ".markdown"))
        doc.metadata.setdefault("position", "")
        yield doc
    except InputError as exc:
        yield Rejected(source, "", exc.problem + (f" ({exc.hint})" if exc.hint else ""))
    except OSError as exc:
        yield Rejected(source, "", f"cannot be read ({exc.strerror or exc})")


def read_url(
    url: str, config: InputConfig, fetcher: PoliteFetcher
) -> Iterator[Document | Rejected]:
    try:
        data, charset, final_url, retrieved = fetcher.fetch(url)  # robots.txt, rate
        text = decode(data, url, charset)
        path = urlsplit(url).path.lower()
        if looks_like_feed(text) or any(path.endswith(s) for s in FEED_SUFFIXES):
            yield from read_feed(data, url, fetcher)
            return
        doc = from_text(text, url, url=final_url)
        doc.url = doc.url or final_url
        doc.retrieved = retrieved
        yield doc
    except InputError as exc:
        yield Rejected(url, "", exc.problem)


def iter_documents(
    specs: list[str],
    config: InputConfig | None = None,
    fields: Fields | None = None,
    fetcher: PoliteFetcher | None = None,
) -> Iterator[Document | Rejected]:
    """Every document in the named sources, in order; failures as Rejected items."""
    config = config or InputConfig()
    fields = fields or Fields()
    fetcher = fetcher or PoliteFetcher(config)
    for spec in specs:
        if spec.startswith(("http://", "https://")):
            yield from read_url(spec, config, fetcher)
            continue
        files: list[Path] | None
        if Path(spec).is_dir():
            files, skipped = folder_files(Path(spec), ALL_SUFFIXES)
            yield from skipped
        else:
            files = expand(spec)
        if files is None:
            path = Path(spec)
            if not path.exists():
                yield Rejected(spec, "", "does not exist")
                continue
            files = [path]
        elif not files:
            yield Rejected(spec, "", "matches no files")
            continue
        for path in files:
            yield from read_file(path, config, fields, fetcher)
