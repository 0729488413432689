"""Sketch one shard: read its records in batches, hash their shingles, compute MinHash
signatures and band keys, and write everything to files in a folder of its own.

Only the band keys, publication times and lengths (144 bytes a document at 16 bands)
are read back into memory by the later steps; shingles stay on disk and are read for
the candidate pairs only (their signatures are made again from them, rather than
written and read). Memory while sketching is bounded by the batch size.

Files (``n`` documents, ``b`` bands), all native-endian:
``keys-000`` ... one file of n uint64 per band, ``shingles`` the kept shingles of
every document one after the other (``minhash.Kept``: uint32, the high half of each
hash) with ``shingle_offsets`` (n + 1 int64),
``published`` (float64 seconds, NaN unknown), ``lengths`` (int64 characters) and
``ids.jsonl`` (a line per batch: the list of its ids).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
import numpy.typing as npt
import orjson

from storydiff.config import DedupConfig
from storydiff.dedup.banding import band_keys
from storydiff.dedup.minhash import signatures
from storydiff.dedup.sources import Record, Shard, read_shard
from storydiff.ingest.jsonl import Fields, parse_line
from storydiff.ingest.rejected import Rejected
from storydiff.text.shingles import text_shingles

log = logging.getLogger(__name__)

FILES = ("shingles", "published", "lengths")
KEYS_AT_ONCE = 32_768
"""Band keys are held for this many documents (4 MB at 16 bands), then written: a
write per band per batch would be 16 small writes every 200 documents."""


@dataclass(slots=True)
class ShardSketch:
    """What sketching one shard left in ``folder``."""

    folder: str
    bands: int
    documents: int = 0
    rejected: list[Rejected] = field(default_factory=list)

    def path(self, name: str) -> Path:
        return Path(self.folder) / name

    def read(self, name: str, dtype: npt.DTypeLike) -> npt.NDArray[Any]:
        """A whole per-document file (``published``, ``lengths``, ``keys-NNN``)."""
        return np.fromfile(self.path(name), dtype=dtype)

    def keys(self, band: int) -> npt.NDArray[np.uint64]:
        """Every document's key in one band."""
        return np.fromfile(self.path(f"keys-{band:03d}"), dtype=np.uint64)

    def shingle_offsets(self) -> npt.NDArray[np.int64]:
        return np.asarray(np.load(self.path("shingle_offsets.npy")), dtype=np.int64)

    def ids(self) -> Iterator[str | int]:
        """The id of each document, in order."""
        with self.path("ids.jsonl").open("rb") as f:
            for line in f:  # one line per batch
                yield from _ids(line)


@dataclass(slots=True)
class Batch:
    """Documents sketched together."""

    ids: list[str | int] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)
    """Where each document is in its input, for messages (empty: ``text <id>``)."""
    texts: list[str] = field(default_factory=list)
    published: list[float] = field(default_factory=list)

    def where(self, i: int) -> str:
        """Where document ``i`` of the batch is in its input."""
        return self.positions[i] if self.positions else f"text {self.ids[i]}"

    def without(self, drop: set[int]) -> Batch:
        """The batch less the documents at positions ``drop``."""
        keep = [i for i in range(len(self.texts)) if i not in drop]
        return Batch(
            [self.ids[i] for i in keep],
            [self.positions[i] for i in keep] if self.positions else [],
            [self.texts[i] for i in keep],
            [self.published[i] for i in keep],
        )


def _ids(line: bytes) -> list[str | int]:
    """A line of ``ids.jsonl``. orjson reads integers beyond 64 bits as floats; a line
    holding one (``_json_line`` wrote it with ``json``) is read with ``json``, which
    keeps them exact."""
    ids: list[str | int] = parse_line(line)
    if any(type(i) is float for i in ids):
        ids = json.loads(line)
    return ids


def _json_line(value: object) -> bytes:
    """``value`` as one line of JSON: orjson, or ``json`` (ASCII, escaping every
    other character) for what orjson refuses (integers beyond 64 bits, lone
    surrogates); ``ingest.jsonl.parse_line`` reads either back."""
    try:
        return orjson.dumps(value, option=orjson.OPT_APPEND_NEWLINE)
    except TypeError:  # orjson.JSONEncodeError included
        return (json.dumps(value) + "\n").encode("ascii")


def batch_cuts(lengths: Iterable[int], size: int, chars: int) -> list[int]:
    """Where batches of texts of ``lengths`` begin and the last one ends: a batch
    ends after ``size`` texts, or after the text that brings it to ``chars``
    characters (as ``batches`` cuts a stream).

    Examples:
        >>> batch_cuts([3, 3, 3, 3, 3], size=2, chars=100), batch_cuts([5, 1, 9, 1], 9, 6)
        ([0, 2, 4, 5], [0, 2, 3, 4])
    """
    ends = np.cumsum(np.fromiter(lengths, dtype=np.int64))  # characters up to each text
    cuts, lo, before = [0], 0, 0
    while lo < len(ends):
        full = int(np.searchsorted(ends, before + chars))  # the text that reaches chars
        lo = min(full + 1, lo + size, len(ends))
        cuts.append(lo)
        before = int(ends[lo - 1])
    return cuts


def batches(
    records: Iterator[Record | Rejected], size: int, chars: int, rejected: list[Rejected]
) -> Iterator[Batch]:
    """Records in batches of at most ``size`` texts, each ending once its texts reach
    ``chars`` characters (``batch_cuts``); rejected ones go to ``rejected``."""
    batch = Batch()
    total = 0
    for item in records:
        if isinstance(item, Rejected):
            rejected.append(item)
            continue
        batch.ids.append(item.id)
        batch.positions.append(item.position)
        batch.texts.append(item.text)
        batch.published.append(item.published)
        total += len(item.text)
        if len(batch.texts) >= size or total >= chars:
            yield batch
            batch = Batch()
            total = 0
    if batch.texts:
        yield batch


def sketch_batches(
    parts: Iterator[Batch],
    folder: Path,
    config: DedupConfig,
    bands: int,
    rows: int,
    source: str = "",
    progress: Callable[[int], None] | None = None,
    rejected: list[Rejected] | None = None,
) -> ShardSketch:
    """Sketch batches of documents into ``folder`` (created). ``progress`` is called
    after each batch with the number of records handled so far; ``rejected`` holds
    the records already rejected (the list is kept and added to)."""
    folder.mkdir(parents=True, exist_ok=True)
    result = ShardSketch(str(folder), bands, rejected=rejected if rejected is not None else [])
    names = [*FILES, *(f"keys-{b:03d}" for b in range(bands))]
    out: dict[str, BinaryIO] = {name: (folder / name).open("wb") for name in names}
    offsets = [np.zeros(1, dtype=np.int64)]
    total_shingles = 0
    pending: list[npt.NDArray[np.uint64]] = []  # band keys not yet written
    pending_documents = 0

    def write_keys() -> None:
        nonlocal pending_documents
        if pending:
            keys = np.concatenate(pending, axis=1)
            for b in range(bands):
                out[f"keys-{b:03d}"].write(keys[b].data)
            pending.clear()
            pending_documents = 0

    try:
        with (folder / "ids.jsonl").open("wb") as ids:
            for batch in parts:
                lengths = np.fromiter(map(len, batch.texts), np.int64, len(batch.texts))
                shingles, starts = text_shingles(batch.texts, config.shingle_size)
                counts = np.diff(starts)
                if (counts == 0).any():  # empty, or no words at all (punctuation): rejected
                    empty = set(np.flatnonzero(counts == 0).tolist())
                    for i in sorted(empty):
                        blank = not batch.texts[i] or batch.texts[i].isspace()
                        why = "empty text" if blank else "no words"
                        result.rejected.append(Rejected(source, batch.where(i), why))
                    batch = batch.without(empty)
                    lengths = lengths[counts > 0]
                    starts = np.concatenate([[0], np.cumsum(counts[counts > 0])])
                if batch.texts:
                    sig, kept = signatures(shingles, starts, config.num_perm, config.seed)
                    pending.append(band_keys(sig, bands, rows).T)  # band by band, contiguous
                    pending_documents += len(batch.texts)
                    if pending_documents >= KEYS_AT_ONCE:
                        write_keys()
                    out["shingles"].write(kept.data)
                    out["published"].write(np.array(batch.published, dtype=np.float64).data)
                    out["lengths"].write(lengths.data)
                    offsets.append(starts[1:] + total_shingles)
                    total_shingles += int(starts[-1])
                    ids.write(_json_line(batch.ids))
                    result.documents += len(batch.texts)
                if progress is not None:
                    progress(result.documents + len(result.rejected))
            write_keys()
    finally:
        for f in out.values():
            f.close()
    np.save(folder / "shingle_offsets.npy", np.concatenate(offsets))
    log.debug("sketched %d documents into %s", result.documents, folder)
    return result


def sketch_records(
    records: Iterator[Record | Rejected],
    folder: Path,
    config: DedupConfig,
    bands: int,
    rows: int,
    source: str = "",
    progress: Callable[[int], None] | None = None,
) -> ShardSketch:
    """Sketch ``records`` into ``folder`` in batches (``config.batch_size`` texts or
    ``config.batch_chars`` characters)."""
    rejected: list[Rejected] = []
    return sketch_batches(
        batches(records, config.batch_size, config.batch_chars, rejected),
        folder, config, bands, rows, source, progress, rejected,
    )  # fmt: skip


def sketch_shard(
    shard: Shard,
    fields: Fields,
    folder: Path,
    config: DedupConfig,
    bands: int,
    rows: int,
    progress: Callable[[int], None] | None = None,
) -> ShardSketch:
    """Read one shard of an input and sketch it into ``folder``."""
    return sketch_records(
        read_shard(shard, fields), folder, config, bands, rows, shard.path, progress
    )
