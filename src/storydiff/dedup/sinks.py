"""Where sketching puts what it makes, batch by batch: arrays in memory
(``MemorySink``, for ``dedup_texts``) or files in a shard's folder (``FileSink``,
for ``dedup_path``; the file layout is in ``dedup.sketch``). Both take a batch's kept
shingles, where each text's begin and its band keys; the file sink holds band keys
back for ``KEYS_AT_ONCE`` documents before writing them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import numpy as np
import numpy.typing as npt
import orjson

from storydiff.dedup.kernels import Kept

if TYPE_CHECKING:
    from storydiff.dedup.sketch import Batch

FILES = ("shingles", "published", "lengths")
KEYS_AT_ONCE = 32_768
"""The file sink holds band keys for this many documents (4 MB at 16 bands), then
writes them: a write per band per batch would be 16 small writes every 65 documents."""


def json_line(value: object) -> bytes:
    """``value`` as one line of JSON: orjson, or ``json`` (ASCII, escaping every
    other character) for what orjson refuses (integers beyond 64 bits, lone
    surrogates); ``ingest.jsonl.parse_line`` reads either back."""
    try:
        return orjson.dumps(value, option=orjson.OPT_APPEND_NEWLINE)
    except TypeError:  # orjson.JSONEncodeError included
        return (json.dumps(value) + "\n").encode("ascii")


class Sink:
    """What both sinks share: where each text's shingles begin. Subclasses put a
    batch away (``_put``), its band keys (``_put_keys``), and finish (``close``)."""

    def __init__(self, bands: int) -> None:
        self.bands = bands
        self.total = 0  # shingles so far
        self.offsets = [np.zeros(1, dtype=np.int64)]

    def reserve(self, count: int) -> Kept:
        """Space for the next batch's ``count`` kept shingles."""
        raise NotImplementedError

    def reserve_keys(self, texts: int) -> tuple[npt.NDArray[np.uint64], int]:
        """Where the next batch's band keys go: an array of ``bands`` rows and the
        column of its first text (here a new array of its own)."""
        return np.empty((self.bands, texts), dtype=np.uint64), 0

    def _put(self, batch: Batch, kept: Kept, published: npt.NDArray[np.float64]) -> None:
        raise NotImplementedError

    def _put_keys(self, keys: npt.NDArray[np.uint64]) -> None:
        raise NotImplementedError

    def close(self) -> dict[str, Any] | None:
        """Finish: the arrays held in memory (None for files)."""
        raise NotImplementedError

    def add(self, batch: Batch, kept: Kept, starts: npt.NDArray[np.int64],
            keys: npt.NDArray[np.uint64]) -> None:  # fmt: skip
        """One batch's kept shingles, where each text's begin, and its band keys
        (bands x texts)."""
        self.offsets.append(starts[1:] + self.total)
        self._put(batch, kept, np.asarray(batch.published, dtype=np.float64))
        self.total += len(kept)
        self._put_keys(keys)


class MemorySink(Sink):
    """Arrays in memory: the kept shingles in one array, grown by doubling (its
    first size from ``shingles_hint``), where each batch's are made in place; the
    band keys in one bands x documents array (its first size from
    ``documents_hint``), each batch's copied in (no list of parts to join).

    Both are plain allocations (``np.empty``): memory the process freed before (the
    buffer a corpus was read from) is used again where the allocator keeps it, and
    a page never written costs nothing, so a generous hint costs address space only.
    Measured on ``bench/dedup_speed.py``'s 100,000 texts (2026-12-05, two runs of
    five repeats each way, alternating): ``storydiff_heap`` 0.69 s and peak 748 MB
    against 0.73-0.75 s and 936 MB for a mapping of its own in 2 MB pages faulted in
    ahead of each batch (what this sink did before); ``storydiff`` (freed memory
    handed back) 0.74-0.82 s against 0.75-0.76 s."""

    def __init__(self, bands: int, shingles_hint: int, documents_hint: int = 0) -> None:
        super().__init__(bands)
        self.kept: Kept = np.empty(max(shingles_hint, 1024), dtype=np.uint32)
        self.reserved: Kept | None = None
        self.keys = np.empty((bands, max(documents_hint, 16)), dtype=np.uint64)
        self.documents = 0
        self.parts: dict[str, list[npt.NDArray[Any]]] = {"published": [], "lengths": []}
        self.ids: list[list[str | int] | range] = []

    def reserve(self, count: int) -> Kept:
        end = self.total + count
        if end > len(self.kept):
            grown = np.empty(max(end, 2 * len(self.kept)), dtype=np.uint32)
            grown[: self.total] = self.kept[: self.total]
            self.kept = grown
        self.reserved = self.kept[self.total : end]
        return self.reserved

    def _put(self, batch: Batch, kept: Kept, published: npt.NDArray[np.float64]) -> None:
        if kept is not self.reserved:  # made elsewhere (the NumPy path)
            self.reserve(len(kept))[:] = kept
        self.reserved = None
        self.parts["published"].append(published)
        self.parts["lengths"].append(batch.text_lengths())
        self.ids.append(batch.ids)

    def reserve_keys(self, texts: int) -> tuple[npt.NDArray[np.uint64], int]:
        """The sink's own array, grown to hold ``texts`` more: sketching writes the
        batch's keys in place (no copy: 4 ms of 700 on 100,000 texts)."""
        end = self.documents + texts
        if end > self.keys.shape[1]:
            grown = np.empty((self.bands, max(end, 2 * self.keys.shape[1])), dtype=np.uint64)
            grown[:, : self.documents] = self.keys[:, : self.documents]
            self.keys = grown
        return self.keys, self.documents

    def _put_keys(self, keys: npt.NDArray[np.uint64]) -> None:
        end = self.documents + keys.shape[1]
        if keys.base is not self.keys:  # made elsewhere (the NumPy path)
            self.reserve_keys(keys.shape[1])[0][:, self.documents : end] = keys
        self.documents = end

    def close(self) -> dict[str, Any]:
        memory: dict[str, Any] = {
            name: np.concatenate(parts) if parts else np.zeros(0)
            for name, parts in self.parts.items()
        }
        for b in range(self.bands):
            memory[f"keys-{b:03d}"] = self.keys[b, : self.documents]
        memory["shingles"] = self.kept[: self.total]
        memory["shingle_offsets"] = np.concatenate(self.offsets)
        memory["ids"] = self.ids
        return memory


class FileSink(Sink):
    """Files in ``folder`` (created): each batch is written as it comes, from a
    buffer for kept shingles reused from batch to batch."""

    def __init__(self, folder: Path, bands: int) -> None:
        super().__init__(bands)
        self.pending: list[npt.NDArray[np.uint64]] = []  # band keys not yet written
        self.pending_documents = 0
        self.folder = folder
        self.kept = np.empty(1024, dtype=np.uint32)
        folder.mkdir(parents=True, exist_ok=True)
        names = [*FILES, *(f"keys-{b:03d}" for b in range(bands))]
        self.files: dict[str, BinaryIO] = {name: (folder / name).open("wb") for name in names}
        self.id_file: BinaryIO = (folder / "ids.jsonl").open("wb")

    def reserve(self, count: int) -> Kept:
        if len(self.kept) < count:
            self.kept = np.empty(max(count, 2 * len(self.kept)), dtype=np.uint32)
        return self.kept[:count]

    def _put(self, batch: Batch, kept: Kept, published: npt.NDArray[np.float64]) -> None:
        self.files["shingles"].write(kept.data)
        self.files["published"].write(published.data)
        self.files["lengths"].write(batch.text_lengths().data)
        self.id_file.write(json_line(list(batch.ids)))

    def _put_keys(self, keys: npt.NDArray[np.uint64]) -> None:
        """Held back for ``KEYS_AT_ONCE`` documents, then written band by band."""
        self.pending.append(keys)
        self.pending_documents += keys.shape[1]
        if self.pending_documents >= KEYS_AT_ONCE:
            self.write_keys()

    def write_keys(self) -> None:
        if self.pending:
            keys = np.concatenate(self.pending, axis=1)
            for b in range(self.bands):
                self.files[f"keys-{b:03d}"].write(np.ascontiguousarray(keys[b]).data)
            self.pending.clear()
            self.pending_documents = 0

    def close(self) -> None:
        self.write_keys()
        for f in [*self.files.values(), self.id_file]:
            f.close()
        np.save(self.folder / "shingle_offsets.npy", np.concatenate(self.offsets))
        return None
