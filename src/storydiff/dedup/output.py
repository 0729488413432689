"""Write a dedup result: one row per document (or per kept document) as JSON Lines or
Parquet, with ``id``, ``cluster``, ``keep``, ``match`` (the best verified match's id),
``jaccard`` (its exact Jaccard similarity) and ``jaccard_estimate`` (its MinHash
estimate); ``match`` and both similarities are null for a document without one.
``cluster`` is the id of the cluster's first document in input order (a document
alone is its own cluster).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from storydiff.dedup.result import DedupResult
from storydiff.errors import MissingExtraError

COLUMNS = ("id", "cluster", "keep", "match", "jaccard", "jaccard_estimate")
FORMATS = ("jsonl", "parquet")


def format_for(path: Path | None, fmt: str | None) -> str:
    """The output format: as asked, else by the file's suffix, else JSON Lines."""
    if fmt:
        return fmt
    if path is not None and path.suffix.lower() in (".parquet", ".pq"):
        return "parquet"
    return "jsonl"


def rows(result: DedupResult, keep_only: bool = False) -> Iterator[dict[str, Any]]:
    """The output rows, in input order. Streams: two passes over the ids on disk, and
    the result's arrays a slice at a time."""
    has = result.match >= 0
    wanted = set(result.match[has].tolist()) | set(result.cluster[has].tolist())
    ids: dict[int, str | int] = {}
    if wanted:
        for i, ident in enumerate(result.sketches.ids()):
            if i in wanted:
                ids[i] = ident
    chunk = 65_536
    ids_in_order = result.sketches.ids()
    for lo in range(0, result.documents, chunk):
        hi = min(lo + chunk, result.documents)
        cluster = result.cluster[lo:hi].tolist()
        keep = result.keep[lo:hi].tolist()
        match = result.match[lo:hi].tolist()
        jac = result.jaccard[lo:hi].tolist()
        est = result.estimate[lo:hi].tolist()
        for k in range(hi - lo):
            ident = next(ids_in_order)
            if keep_only and not keep[k]:
                continue
            m = match[k]
            yield {
                "id": ident,
                "cluster": ids[cluster[k]] if cluster[k] != lo + k else ident,
                "keep": keep[k],
                "match": ids[m] if m >= 0 else None,
                "jaccard": None if math.isnan(jac[k]) else round(jac[k], 6),
                "jaccard_estimate": None if math.isnan(est[k]) else round(est[k], 6),
            }


def write_jsonl(result: DedupResult, out: TextIO, keep_only: bool = False) -> int:
    """Write JSON Lines to ``out``; returns the number of rows."""
    count = 0
    for row in rows(result, keep_only):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_parquet(result: DedupResult, path: Path, keep_only: bool = False) -> int:
    """Write a Parquet file (ids as strings, so every row has one type); returns the
    number of rows."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - the dev lock installs it
        raise MissingExtraError("parquet", "Parquet output (pyarrow)") from exc
    schema = pa.schema(
        [
            ("id", pa.string()),
            ("cluster", pa.string()),
            ("keep", pa.bool_()),
            ("match", pa.string()),
            ("jaccard", pa.float64()),
            ("jaccard_estimate", pa.float64()),
        ]
    )
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: dict[str, list[Any]] = {c: [] for c in COLUMNS}

        def flush() -> None:
            if batch["id"]:
                writer.write_table(pa.table(batch, schema=schema))
                for column in batch.values():
                    column.clear()

        for row in rows(result, keep_only):
            for c in ("id", "cluster", "match"):
                row[c] = None if row[c] is None else str(row[c])
            for c in COLUMNS:
                batch[c].append(row[c])
            count += 1
            if len(batch["id"]) >= 65_536:
                flush()
        flush()
    return count
