"""Inputs: JSONL, Parquet, folders, the store; shards; bad input reported by position."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

from storydiff.dedup import sources
from storydiff.dedup.sources import Record, kind_of, read_shard, shards
from storydiff.document import Document
from storydiff.ingest.jsonl import Fields
from storydiff.ingest.rejected import Rejected
from storydiff.store.sqlite import Store


def _read(
    path: Path, count: int = 1, fields: Fields | None = None, min_bytes: int = 1
) -> list[Record | Rejected]:
    out: list[Record | Rejected] = []
    for shard in shards(path, count, min_bytes):
        out.extend(read_shard(shard, fields or Fields()))
    return out


def test_bad_jsonl_lines_are_reported_with_their_line_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        b'{"id": 7, "text": "first article", "published": "2026-03-14T06:05:00Z"}',
        b"{not json",
        b'{"id": "x", "body": "no text field"}',
        b'{"text": "   "}',
        b'{"text": "caf\xe9 is latin-1"}',
        b"[1, 2]",
        b"",
        b'{"text": "last article", "published": "2026-03-14"}',
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = _read(path)
    rejected = [(r.position, r.reason.split(" (")[0]) for r in items if isinstance(r, Rejected)]
    assert rejected == [
        ("line 2", "not valid JSON"),
        ("line 3", "no text in field 'text'"),
        ("line 4", "empty text"),
        ("line 5", "not UTF-8"),
        ("line 6", "not a JSON object"),
    ]
    records = [r for r in items if isinstance(r, Record)]
    assert [(r.id, r.position, r.text) for r in records] == [
        (7, "line 1", "first article"),
        (8, "line 8", "last article"),  # no id: the line number
    ]
    assert records[0].published == 1773468300.0
    assert records[1].published == 1773446400.0  # a date alone: midnight UTC


def test_configurable_fields(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"key": "a1", "body": "hello there", "when": None}) + "\n")
    (record,) = _read(path, fields=Fields(text="body", id="key", published="when"))
    assert isinstance(record, Record) and record.id == "a1" and math.isnan(record.published)


@given(
    st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=30),
    st.integers(min_value=1, max_value=7),
)
def test_jsonl_shards_read_every_line_once_in_order(lengths: list[int], count: int) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for i, n in enumerate(lengths):
                f.write(json.dumps({"id": i, "text": "w" * n}) + "\n")
        items = _read(path, count)
        got = [(r.id if isinstance(r, Record) else r.position) for r in items]
        expected = [i if n else f"line {i + 1}" for i, n in enumerate(lengths)]
        assert got == expected


def test_parquet_rows_and_row_groups(tmp_path: Path) -> None:
    path = tmp_path / "in.parquet"
    table = pa.table(
        {
            "id": ["a", "b", "c", "d", "e"],
            "text": ["one text here", None, "three", "  ", "five"],
            "published": ["2026-01-01", None, None, None, "2025-01-01"],
        }
    )
    pq.write_table(table, path, row_group_size=2)
    assert kind_of(path) == "parquet"
    for count in (1, 2, 3):
        items = _read(path, count)
        assert [r.id if isinstance(r, Record) else r.position for r in items] == [
            "a", "row 1", "c", "row 3", "e"
        ]  # fmt: skip


def test_parquet_with_the_wrong_schema_is_one_rejection(tmp_path: Path) -> None:
    missing = tmp_path / "missing.parquet"
    pq.write_table(pa.table({"body": ["x"]}), missing)
    wrong_type = tmp_path / "wrong.parquet"
    pq.write_table(pa.table({"text": [1, 2]}), wrong_type)
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 not really")
    for path, reason in (
        (missing, "no column 'text'"),
        (wrong_type, "holds int64"),
        (broken, "not a readable"),
    ):
        (item,) = _read(path)
        assert isinstance(item, Rejected) and reason in item.reason


def test_folder_of_text_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("second text", encoding="utf-8")
    (tmp_path / "sub" / "a.md").write_text("first text", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (tmp_path / "latin.txt").write_bytes("Zürich café".encode("latin-1"))
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    items = _read(tmp_path, 2)
    assert [(r.position, isinstance(r, Record)) for r in items] == [
        ("b.txt", True), ("binary.txt", False), ("empty.txt", False), ("latin.txt", True),
        ("sub/a.md", True),
    ]  # fmt: skip
    latin = next(r for r in items if isinstance(r, Record) and r.id == "latin.txt")
    assert latin.text == "Zürich café"


def test_the_store(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add([Document(text="a stored text"), Document(text="another stored text")])
    assert kind_of(path) == "store"
    items = _read(path, 2)
    assert sorted(r.text for r in items if isinstance(r, Record)) == [
        "a stored text", "another stored text"
    ]  # fmt: skip


@given(
    st.lists(st.integers(min_value=0, max_value=5000), max_size=8),
    st.integers(min_value=0, max_value=50_000),
)
def test_newlines_before_a_shard_are_counted_across_blocks(lines: list[int], end: int) -> None:
    import tempfile

    data = b"".join(b"x" * n + b"\n" for n in lines)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_bytes(data)
        with path.open("rb") as f, pytest.MonkeyPatch.context() as patch:
            patch.setattr(sources, "COUNT_BLOCK", 4096)  # blocks of a page
            assert sources._count_newlines(f, end) == data[:end].count(b"\n")
            assert sources._read_newlines(f, end) == data[:end].count(b"\n")


def test_an_error_while_counting_newlines_is_not_hidden_by_the_map(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"{}\n" * 5000)

    def fail(_: object) -> int:
        raise MemoryError("out of memory while counting")

    monkeypatch.setattr(np, "count_nonzero", fail)
    with path.open("rb") as f, pytest.raises(MemoryError, match="while counting"):
        sources._count_newlines(f, 10_000)
