"""Sketch one shard: read its records in batches, hash their shingles, compute MinHash
signatures and band keys, and write everything to files in a folder of its own.

Only the band keys, publication times and lengths (144 bytes a document at 16 bands)
are read back into memory by the later steps; signatures and shingles stay on disk
and are read for the candidate pairs only. Memory while sketching is bounded by the
batch size.

Files (``n`` documents, ``p`` bins, ``b`` bands), all native-endian:
``signatures`` n x p uint32, ``keys`` n x b uint64, ``shingles`` the shingle hashes of
every document one after the other (uint64) with ``shingle_offsets`` (n + 1 int64),
``published`` (float64 seconds, NaN unknown), ``lengths`` (int64 characters) and
``meta.jsonl`` (a line per batch: a list of ``[id, position]``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import numpy as np
import numpy.typing as npt

from storydiff.config import DedupConfig
from storydiff.dedup.banding import band_keys
from storydiff.dedup.minhash import signatures
from storydiff.dedup.shingles import text_shingles
from storydiff.dedup.sources import Fields, Record, Shard, read_shard
from storydiff.ingest.rejected import Rejected

log = logging.getLogger(__name__)

FILES = ("signatures", "keys", "shingles", "published", "lengths")


@dataclass(slots=True)
class ShardSketch:
    """What sketching one shard left in ``folder``."""

    folder: str
    documents: int = 0
    rejected: list[Rejected] = field(default_factory=list)

    def path(self, name: str) -> Path:
        return Path(self.folder) / name

    def array(self, name: str, dtype: npt.DTypeLike, width: int = 0) -> npt.NDArray[np.generic]:
        """A file as a read-only memory map (``width`` columns when given)."""
        path = self.path(name)
        count = path.stat().st_size // np.dtype(dtype).itemsize
        if count == 0:
            empty: npt.NDArray[np.generic] = np.zeros((0, width) if width else 0, dtype=dtype)
            return empty
        mapped = np.memmap(path, dtype=dtype, mode="r", shape=(count,))
        return mapped.reshape(-1, width) if width else mapped

    def shingle_offsets(self) -> npt.NDArray[np.int64]:
        return np.asarray(np.load(self.path("shingle_offsets.npy")), dtype=np.int64)

    def meta(self) -> Iterator[tuple[str | int, str]]:
        """(id, position) of each document, in order."""
        with self.path("meta.jsonl").open(encoding="utf-8") as f:
            for line in f:  # one line per batch
                yield from json.loads(line)


def _batches(
    records: Iterator[Record | Rejected], size: int, rejected: list[Rejected]
) -> Iterator[list[Record]]:
    batch: list[Record] = []
    for item in records:
        if isinstance(item, Rejected):
            rejected.append(item)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def sketch_records(
    records: Iterator[Record | Rejected],
    folder: Path,
    config: DedupConfig,
    bands: int,
    rows: int,
    source: str = "",
    progress: Callable[[int], None] | None = None,
) -> ShardSketch:
    """Sketch ``records`` into ``folder`` (created). ``progress`` is called after
    each batch with the number of records handled so far."""
    folder.mkdir(parents=True, exist_ok=True)
    result = ShardSketch(str(folder))
    out: dict[str, BinaryIO] = {name: (folder / name).open("wb") for name in FILES}
    offsets = [np.zeros(1, dtype=np.int64)]
    total_shingles = 0
    try:
        with (folder / "meta.jsonl").open("w", encoding="utf-8") as meta:
            for batch in _batches(records, config.batch_size, result.rejected):
                shingles, starts = text_shingles([r.text for r in batch], config.shingle_size)
                counts = np.diff(starts)
                if (counts == 0).any():  # no words at all (only punctuation): rejected
                    for i in np.flatnonzero(counts == 0).tolist():
                        record = batch[i]
                        result.rejected.append(Rejected(source, record.position, "no words"))
                    keep = counts > 0
                    batch = [r for r, k in zip(batch, keep.tolist(), strict=True) if k]
                    starts = np.concatenate([[0], np.cumsum(counts[keep])])
                if batch:
                    sig = signatures(shingles, starts, config.num_perm, config.seed)
                    out["signatures"].write(sig.tobytes())
                    out["keys"].write(band_keys(sig, bands, rows).tobytes())
                    out["shingles"].write(shingles.tobytes())
                    out["published"].write(np.array([r.published for r in batch]).tobytes())
                    lengths = np.fromiter((len(r.text) for r in batch), np.int64, len(batch))
                    out["lengths"].write(lengths.tobytes())
                    offsets.append(starts[1:] + total_shingles)
                    total_shingles += int(starts[-1])
                    pairs = [[r.id, r.position] for r in batch]
                    meta.write(json.dumps(pairs, ensure_ascii=False) + "\n")
                    result.documents += len(batch)
                if progress is not None:
                    progress(result.documents + len(result.rejected))
    finally:
        for f in out.values():
            f.close()
    np.save(folder / "shingle_offsets.npy", np.concatenate(offsets))
    log.debug("sketched %d documents into %s", result.documents, folder)
    return result


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
