"""What dedup reads: JSON Lines, Parquet, a folder of text files, or the storydiff
store, each cut into shards that separate processes read on their own.

A shard names a part of one input (a byte range of a JSONL file, some row groups of a
Parquet file, some files of a folder), so a worker process or a Dask task opens it
itself: no text travels between processes. Every record becomes a ``Record`` or a
``Rejected`` that says where it was and what was wrong (malformed JSON, no text
field, empty text, bytes that are not UTF-8, a Parquet file without the text column).
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import mmap
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from storydiff.config import MIN_SHARD_BYTES
from storydiff.errors import InputError, MissingExtraError, MissingInputError
from storydiff.ingest.decode import decode
from storydiff.ingest.folder import folder_files
from storydiff.ingest.jsonl import Fields, parse_line
from storydiff.ingest.plain import parse_datetime
from storydiff.ingest.rejected import Rejected
from storydiff.store.sqlite import Store

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class Record:
    """One document to deduplicate."""

    id: str | int
    position: str
    text: str
    published: float
    """Seconds since the epoch (UTC; a time without zone is taken as UTC), NaN if
    unknown."""


@dataclass(frozen=True, slots=True)
class Shard:
    """A part of one input that one process reads."""

    kind: str  # "jsonl", "parquet", "folder", "store"
    path: str
    start: int = 0
    stop: int = -1
    """Byte range (jsonl), row-group range (parquet) or file range (folder); -1: to
    the end."""


def _timestamp(value: Any) -> float:
    if isinstance(value, datetime):
        moment: datetime | None = value
    elif isinstance(value, str):
        moment = parse_datetime(value)
    else:
        return math.nan
    if moment is None:
        return math.nan
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def kind_of(path: Path) -> str:
    """The input kind of ``path``: by being a folder, by suffix, else by its first bytes."""
    if not path.exists():
        raise MissingInputError(str(path), "does not exist", "check the path")
    if path.is_dir():
        return "folder"
    name = path.name.lower()
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    if name.endswith((".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz", ".json.gz")):
        return "jsonl"
    with path.open("rb") as f:
        head = f.read(16)
    if head == _SQLITE_MAGIC:
        return "store"
    if head.startswith(b"PAR1"):
        return "parquet"
    return "jsonl"


def _folder_files(path: Path) -> list[Path]:
    """The text files under ``path``; links only inside it (``ingest.folder``)."""
    return folder_files(path, TEXT_SUFFIXES)[0]


def shards(path: Path, count: int, min_bytes: int | None = None) -> list[Shard]:
    """``path`` cut into at most ``count`` shards of about equal size, in input order
    (JSONL shards of at least ``min_bytes``)."""
    kind = kind_of(path)
    count = max(1, count)
    if kind == "jsonl" and not path.name.lower().endswith(".gz") and count > 1:
        size = path.stat().st_size
        least = MIN_SHARD_BYTES if min_bytes is None else min_bytes
        count = max(1, min(count, size // max(1, least)))
        cuts = [size * k // count for k in range(count + 1)]
        return [Shard(kind, str(path), a, b) for a, b in itertools.pairwise(cuts) if b > a]
    if kind == "parquet" and count > 1:
        groups = _parquet_groups(path)
        if groups is not None and groups > 1:
            cuts = [groups * k // count for k in range(count + 1)]
            return [Shard(kind, str(path), a, b) for a, b in itertools.pairwise(cuts) if b > a]
    if kind == "folder" and count > 1:
        files = len(_folder_files(path))
        cuts = [files * k // count for k in range(count + 1)]
        return [Shard(kind, str(path), a, b) for a, b in itertools.pairwise(cuts) if b > a]
    return [Shard(kind, str(path))]


def read_shard(shard: Shard, fields: Fields) -> Iterator[Record | Rejected]:
    """The records of one shard, in input order."""
    readers = {"jsonl": _jsonl, "parquet": _parquet, "folder": _folder, "store": _store}
    yield from readers[shard.kind](shard, fields)


# -- JSON Lines ----------------------------------------------------------------------


COUNT_BLOCK = 8 << 20
"""Bytes counted at once by ``_count_newlines`` (a multiple of the page size)."""


def _count_newlines(f: BinaryIO, end: int) -> int:
    """The newlines in the first ``end`` bytes of ``f`` (the line number where a shard
    starts). Counted in place through a memory map, a block at a time, each block's
    pages let go after it: reading copies every byte once more (155 MB in 0.065 s
    against 0.031 s), and the shard's worker is kept waiting that long. The input
    must not be cut short during the run (reading a mapped page past a new end of
    file kills the process with SIGBUS)."""
    if end <= 0:
        return 0
    try:
        mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # not mappable: read it
        return _read_newlines(f, end)
    count = 0
    try:
        for lo in range(0, min(end, len(mapped)), COUNT_BLOCK):
            size = min(end, len(mapped)) - lo
            block = np.frombuffer(mapped, np.uint8, min(size, COUNT_BLOCK), lo)
            count += int(np.count_nonzero(block == ord("\n")))
            del block
            with suppress(OSError, AttributeError):  # only advice
                mapped.madvise(mmap.MADV_DONTNEED, lo, min(size, COUNT_BLOCK))
    finally:
        with suppress(BufferError):  # a view still held by a traceback: closed later
            mapped.close()
    return count


def _read_newlines(f: BinaryIO, end: int) -> int:
    f.seek(0)
    count = 0
    while f.tell() < end:
        block = f.read(min(COUNT_BLOCK, end - f.tell()))
        if not block:
            break
        count += block.count(b"\n")
    return count


def _jsonl_lines(shard: Shard) -> Iterator[tuple[int, bytes]]:
    """(line number, line) of the lines that start inside the shard's byte range.

    Plain buffered reads, not a memory map: the pages of a mapped file would count
    as this process's memory until the end, the whole input over."""
    path = Path(shard.path)
    if path.name.lower().endswith(".gz"):
        with gzip.open(path, "rb") as g:
            yield from enumerate(g, start=1)
        return
    with path.open("rb") as f:
        stop = path.stat().st_size if shard.stop < 0 else shard.stop
        pos = 0
        if shard.start > 0:  # a line belongs to the shard where it starts
            f.seek(shard.start - 1)
            pos = shard.start - 1 + len(f.readline())
        number = _count_newlines(f, pos) + 1
        f.seek(pos)
        while pos < stop:
            line = f.readline()
            if not line:
                break
            yield number, line
            number += 1
            pos += len(line)


def _jsonl(shard: Shard, fields: Fields) -> Iterator[Record | Rejected]:
    source = shard.path
    for number, raw in _jsonl_lines(shard):
        where = f"line {number}"
        if not raw or raw.isspace():  # isspace: no copy, unlike strip
            continue
        try:
            record = parse_line(raw)
        except UnicodeDecodeError:
            yield Rejected(source, where, "not UTF-8")
            continue
        except json.JSONDecodeError as exc:
            yield Rejected(source, where, f"not valid JSON ({exc})")
            continue
        if not isinstance(record, dict):
            yield Rejected(source, where, "not a JSON object")
            continue
        text = record.get(fields.text)
        if not isinstance(text, str):
            yield Rejected(source, where, f"no text in field {fields.text!r}")
            continue
        if not text or text.isspace():
            yield Rejected(source, where, "empty text")
            continue
        ident = record.get(fields.id, number)
        if isinstance(ident, float):
            ident = _exact_number(raw, fields.id)
        if not isinstance(ident, (str, int)) or isinstance(ident, bool):
            ident = json.dumps(ident)
        yield Record(ident, where, text, _timestamp(record.get(fields.published)))


def _exact_number(raw: bytes, key: str) -> Any:
    """The value of ``key`` in the JSON object ``raw`` as written: orjson reads an
    integer beyond 64 bits as a float (10**20 and 10**20 + 1 would both be 1e+20), so
    the line is read again with ``json``, which keeps integers exact and gives every
    other number as its text ("1.10" stays "1.10")."""
    return json.loads(raw, parse_float=str).get(key)


# -- Parquet -------------------------------------------------------------------------


def _pyarrow() -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - the dev lock installs it
        raise MissingExtraError("parquet", "Parquet support (pyarrow)") from exc
    return pq


def _parquet_groups(path: Path) -> int | None:
    try:
        return int(_pyarrow().ParquetFile(path).num_row_groups)
    except (OSError, ValueError):
        return None


def _parquet(shard: Shard, fields: Fields) -> Iterator[Record | Rejected]:
    import pyarrow as pa

    pq = _pyarrow()
    source = shard.path
    try:
        pf = pq.ParquetFile(shard.path)
    except (OSError, ValueError, pa.ArrowException) as exc:
        yield Rejected(source, "", f"not a readable Parquet file ({exc})")
        return
    schema = pf.schema_arrow
    if fields.text not in schema.names:
        yield Rejected(
            source, "", f"no column {fields.text!r} (columns: {', '.join(schema.names)})"
        )
        return
    if not (
        pa.types.is_string(schema.field(fields.text).type)
        or pa.types.is_large_string(schema.field(fields.text).type)
    ):
        kind = schema.field(fields.text).type
        yield Rejected(source, "", f"column {fields.text!r} holds {kind}, not text")
        return
    columns = [c for c in (fields.text, fields.id, fields.published) if c in schema.names]
    stop = pf.num_row_groups if shard.stop < 0 else shard.stop
    row = sum(pf.metadata.row_group(g).num_rows for g in range(shard.start))
    for group in range(shard.start, stop):
        table = pf.read_row_group(group, columns=columns)
        texts = table.column(fields.text).to_pylist()
        ids = table.column(fields.id).to_pylist() if fields.id in columns else [None] * len(texts)
        if fields.published in columns:
            published = table.column(fields.published).to_pylist()
        else:
            published = [None] * len(texts)
        for text, ident, when in zip(texts, ids, published, strict=True):
            where = f"row {row}"
            if text is None or not text or text.isspace():
                yield Rejected(source, where, "empty text")
            else:
                plain = isinstance(ident, (str, int)) and not isinstance(ident, bool)
                yield Record(ident if plain else row, where, text, _timestamp(when))
            row += 1


# -- a folder of text files ----------------------------------------------------------


def _folder(shard: Shard, fields: Fields) -> Iterator[Record | Rejected]:
    root = Path(shard.path)
    files, skipped = folder_files(root, TEXT_SUFFIXES)
    if shard.start == 0:
        yield from skipped  # links that lead outside the folder, once
    stop = len(files) if shard.stop < 0 else shard.stop
    for path in files[shard.start : stop]:
        name = path.relative_to(root).as_posix()
        try:
            text = decode(path.read_bytes(), name)
        except OSError as exc:
            yield Rejected(str(root), name, f"unreadable ({exc.strerror or exc})")
            continue
        except InputError as exc:  # empty or binary
            yield Rejected(str(root), name, exc.problem)
            continue
        yield Record(name, name, text, math.nan)


# -- the storydiff store -------------------------------------------------------------


def _store(shard: Shard, fields: Fields) -> Iterator[Record | Rejected]:
    with Store(shard.path, create=False, readonly=True) as store:
        for doc_id, text, _title, _language in store.texts():
            if not text or text.isspace():
                yield Rejected(shard.path, doc_id, "empty text")
                continue
            yield Record(doc_id, doc_id, text, math.nan)
