"""Sketch one shard: read its records in batches, hash their shingles, compute MinHash
signatures and band keys, and keep everything in a folder of its own, or in memory
(``dedup_texts``).

Each batch is tokenized by the compiled kernels of ``text.scan`` (the NumPy path of
``text.shingles`` for a batch with kana or CJK ideographs) and sketched from its
words by ``kernels.sketch_words``: kept shingles, signature and band keys, text by
text, in one pass.

Only the band keys, publication times and lengths (144 bytes a document at 16 bands)
are read back into memory by the later steps; shingles are read for the candidate
pairs only (their signatures are made again from them, rather than kept). Memory
while sketching to files is bounded by the batch size.

Files (``n`` documents, ``b`` bands), all native-endian:
``keys-000`` ... one file of n uint64 per band, ``shingles`` the kept shingles of
every document one after the other (``minhash.Kept``: uint32, the high half of each
hash) with ``shingle_offsets`` (n + 1 int64),
``published`` (float64 seconds, NaN unknown), ``lengths`` (int64 characters) and
``ids.jsonl`` (a line per batch: the list of its ids). In memory, the same arrays
by the same names (``ShardSketch.memory``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from storydiff.config import DedupConfig
from storydiff.dedup.banding import band_keys
from storydiff.dedup.kernels import Kept, shingle_starts, sketch_words
from storydiff.dedup.minhash import probe_table, signatures
from storydiff.dedup.sinks import FileSink, MemorySink, Sink
from storydiff.dedup.sources import Record, Shard, read_shard
from storydiff.ingest.jsonl import Fields, parse_line
from storydiff.ingest.rejected import Rejected
from storydiff.text.scan import batch_words, powers
from storydiff.text.shingles import text_shingles

log = logging.getLogger(__name__)


@dataclass(slots=True)
class ShardSketch:
    """What sketching one shard left in ``folder``."""

    folder: str
    bands: int
    documents: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    memory: dict[str, Any] | None = None
    """Held in memory instead of files (``in_memory``): the arrays the files would
    hold, by file name (``shingle_offsets.npy`` as ``shingle_offsets``), and ``ids``
    (a list of each batch's ids)."""

    def path(self, name: str) -> Path:
        return Path(self.folder) / name

    def read(self, name: str, dtype: npt.DTypeLike) -> npt.NDArray[Any]:
        """A whole per-document file (``published``, ``lengths``, ``keys-NNN``)."""
        if self.memory is not None:
            return np.asarray(self.memory[name], dtype=dtype)
        return np.fromfile(self.path(name), dtype=dtype)

    def keys(self, band: int) -> npt.NDArray[np.uint64]:
        """Every document's key in one band."""
        return self.read(f"keys-{band:03d}", np.uint64)

    def shingle_offsets(self) -> npt.NDArray[np.int64]:
        if self.memory is not None:
            return np.asarray(self.memory["shingle_offsets"], dtype=np.int64)
        return np.asarray(np.load(self.path("shingle_offsets.npy")), dtype=np.int64)

    def ids(self) -> Iterator[str | int]:
        """The id of each document, in order."""
        if self.memory is not None:
            for batch in self.memory["ids"]:
                yield from batch
            return
        with self.path("ids.jsonl").open("rb") as f:
            for line in f:  # one line per batch
                yield from _ids(line)


@dataclass(slots=True)
class Batch:
    """Documents sketched together."""

    ids: list[str | int] | range = field(default_factory=list)
    """Each text's id (``dedup_texts``: their positions, a range)."""
    positions: list[str] = field(default_factory=list)
    """Where each document is in its input, for messages (empty: ``text <id>``)."""
    texts: list[str] = field(default_factory=list)
    published: list[float] | npt.NDArray[np.float64] = field(default_factory=list)
    lengths: npt.NDArray[np.int64] | None = None
    """Each text's length in characters, when known already (None: measured here).
    Reading a string's length reads its header: on a large corpus a pass over all
    of them costs a memory access each, so ``dedup_texts`` makes it once."""

    def text_lengths(self) -> npt.NDArray[np.int64]:
        if self.lengths is None:
            self.lengths = np.fromiter(map(len, self.texts), np.int64, len(self.texts))
        return self.lengths

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
            None if self.lengths is None else self.lengths[keep],
        )


def _ids(line: bytes) -> list[str | int]:
    """A line of ``ids.jsonl``. orjson reads integers beyond 64 bits as floats; a line
    holding one (``sinks.json_line`` wrote it with ``json``) is read with ``json``, which
    keeps them exact."""
    ids: list[str | int] = parse_line(line)
    if any(type(i) is float for i in ids):
        ids = json.loads(line)
    return ids


def batch_cuts(lengths: Iterable[int], size: int, chars: int) -> list[int]:
    """Where batches of texts of ``lengths`` begin and the last one ends: a batch
    ends after ``size`` texts, or after the text that brings it to ``chars``
    characters (as ``batches`` cuts a stream).

    Examples:
        >>> batch_cuts([3, 3, 3, 3, 3], size=2, chars=100), batch_cuts([5, 1, 9, 1], 9, 6)
        ([0, 2, 4, 5], [0, 2, 3, 4])
    """
    if not isinstance(lengths, np.ndarray):
        lengths = np.fromiter(lengths, dtype=np.int64)
    ends = np.cumsum(lengths)  # characters up to each text
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
    ids: list[str | int] = []
    positions: list[str] = []
    texts: list[str] = []
    published: list[float] = []
    total = 0
    for item in records:
        if isinstance(item, Rejected):
            rejected.append(item)
            continue
        ids.append(item.id)
        positions.append(item.position)
        texts.append(item.text)
        published.append(item.published)
        total += len(item.text)
        if len(texts) >= size or total >= chars:
            yield Batch(ids, positions, texts, published)
            ids, positions, texts, published = [], [], [], []
            total = 0
    if texts:
        yield Batch(ids, positions, texts, published)


def _reject_wordless(batch: Batch, sizes: npt.NDArray[np.int64], source: str,
                     rejected: list[Rejected]) -> Batch:  # fmt: skip
    """The batch less its texts of no words (empty, or punctuation only), each
    rejected."""
    empty = set(np.flatnonzero(sizes == 0).tolist())
    for i in sorted(empty):
        blank = not batch.texts[i] or batch.texts[i].isspace()
        rejected.append(Rejected(source, batch.where(i), "empty text" if blank else "no words"))
    return batch.without(empty)


def sketch_batch(
    batch: Batch, config: DedupConfig, bands: int, rows: int, source: str,
    rejected: list[Rejected], sink: Sink | None = None,
) -> tuple[Batch, Kept, npt.NDArray[np.int64], npt.NDArray[np.uint64]]:  # fmt: skip
    """Sketch one batch: the batch less its rejected texts, their kept shingles, where
    each text's begin, and their band keys (bands x texts). Texts are read by the
    compiled tokenizer (``text.scan``), and sketched from its words in one pass
    (``kernels.sketch_words``), straight into the space ``sink`` reserves (else new
    arrays); a batch with words of one character (kana, CJK) by the NumPy one
    (``text.shingles``)."""
    n = config.shingle_size
    found = batch_words(batch.texts, batch.text_lengths())
    if found is None:
        shingles, starts = text_shingles(batch.texts, n)
        counts = np.diff(starts)
        if (counts == 0).any():
            batch = _reject_wordless(batch, counts, source, rejected)
            starts = np.concatenate([[0], np.cumsum(counts[counts > 0])])
        if not batch.texts:
            return batch, np.zeros(0, np.uint32), starts, np.zeros((bands, 0), np.uint64)
        sig, kept = signatures(shingles, starts, config.num_perm, config.seed)
        return batch, kept, starts, band_keys(sig, bands, rows).T
    starts = np.empty(len(found.firsts), dtype=np.int64)
    if shingle_starts(found.firsts, n, starts):
        batch = _reject_wordless(batch, np.diff(found.firsts), source, rejected)
        if not batch.texts:
            return (
                batch,
                np.zeros(0, np.uint32),
                np.zeros(1, np.int64),
                np.zeros((bands, 0), np.uint64),
            )
        return sketch_batch(batch, config, bands, rows, source, rejected, sink)
    texts = len(batch.texts)
    if sink is None:
        kept, first = np.empty(int(starts[-1]), np.uint32), 0
        keys = np.empty((bands, texts), np.uint64)
    else:  # where the sink keeps them (``sinks.Sink.reserve``)
        kept, (keys, first) = sink.reserve(int(starts[-1])), sink.reserve_keys(texts)
    probes = probe_table(config.num_perm, config.seed)
    sketch_words(found.words, found.firsts, powers(n), probes, rows, kept, keys, first, found.acc)
    return batch, kept, starts, keys[:, first : first + texts]


def sketch_batches(
    parts: Iterator[Batch],
    folder: Path,
    config: DedupConfig,
    bands: int,
    rows: int,
    source: str = "",
    progress: Callable[[int], None] | None = None,
    rejected: list[Rejected] | None = None,
    in_memory: bool = False,
    shingles_hint: int = 0,
    documents_hint: int = 0,
) -> ShardSketch:
    """Sketch batches of documents into ``folder`` (created), or into memory
    (``in_memory``: ``shingles_hint`` and ``documents_hint`` are about how many
    shingles and documents to expect).
    ``progress`` is called after each batch with the number of records handled so
    far; ``rejected`` holds the records already rejected (the list is kept and added
    to)."""
    result = ShardSketch(str(folder), bands, rejected=rejected if rejected is not None else [])
    sink: Sink = (
        MemorySink(bands, shingles_hint, documents_hint) if in_memory else FileSink(folder, bands)
    )
    try:
        for part in parts:
            batch, kept, starts, keys = sketch_batch(
                part, config, bands, rows, source, result.rejected, sink
            )
            if batch.texts:
                sink.add(batch, kept, starts, keys)
                result.documents += len(batch.texts)
            if progress is not None:
                progress(result.documents + len(result.rejected))
    finally:
        result.memory = sink.close()
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
