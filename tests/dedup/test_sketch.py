"""Sketch files: what is written for each document is what is read back."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from storydiff.config import DEFAULT_DEDUP, DedupConfig
from storydiff.dedup import dedup_texts, sinks, sketch
from storydiff.dedup.banding import band_keys
from storydiff.dedup.minhash import signatures
from storydiff.dedup.sketch import Batch, sketch_batches
from storydiff.dedup.sources import Record
from storydiff.ingest.rejected import Rejected
from storydiff.text import scan
from storydiff.text.scan import Words
from storydiff.text.shingles import text_shingles

TEXT = "the ferry left the harbour at dawn with forty passengers on board"


def test_ids_come_back_as_written_and_texts_without_words_are_rejected(
    tmp_path: Path,
) -> None:
    # orjson writes most lines; ids it refuses (beyond 64 bits, lone surrogates) go
    # through json, and both read back alike.
    ids: list[str | int] = [7, "doc-é", 2**70, "\ud800broken", -3]
    texts = [f"{TEXT} {i}" for i in range(5)]
    positions = ["line 1", "line 2", "line 3", "name-\udcff.txt", "line 5"]
    batch = Batch(ids, positions, texts, [float("nan")] * 5)
    # Without positions, a document is "text <id>" in messages.
    second = Batch([8, 9, 10, 11], [], ["", TEXT, " \n\t", "— « » …"], [1.0] * 4)
    sketch = sketch_batches(iter([batch, second]), tmp_path / "s", DEFAULT_DEDUP, 16, 8)
    assert sketch.documents == 6
    assert list(sketch.ids()) == [*ids, 9]
    lines = sketch.path("ids.jsonl").read_bytes().splitlines()
    assert json.loads(lines[1]) == [9]
    assert [(r.position, r.reason) for r in sketch.rejected] == [
        ("text 8", "empty text"),
        ("text 10", "empty text"),
        ("text 11", "no words"),
    ]
    assert sketch.read("lengths", np.int64).tolist() == [*map(len, texts), len(TEXT)]
    offsets = sketch.shingle_offsets()
    assert len(offsets) == 7 and offsets[-1] * 4 == sketch.path("shingles").stat().st_size
    assert np.isnan(sketch.read("published", np.float64)[:5]).all()


def test_band_keys_held_back_and_written_in_parts_are_every_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sinks, "KEYS_AT_ONCE", 3)  # a write after every second batch
    texts = [f"{TEXT} and then {i} more {i * i} of them" for i in range(11)]
    parts = [Batch(list(range(i, i + 2)), ["x", "y"], texts[i : i + 2], [0.0, 0.0])
             for i in range(0, 10, 2)] + [Batch([10], ["z"], texts[10:], [0.0])]  # fmt: skip
    written = sketch_batches(iter(parts), tmp_path / "s", DEFAULT_DEDUP, 16, 8)
    shingles, starts = text_shingles(texts, 5)
    expected = band_keys(signatures(shingles, starts, 128, DEFAULT_DEDUP.seed)[0], 16, 8)
    for b in range(16):
        assert written.keys(b).tolist() == expected[:, b].tolist()


@given(
    st.lists(st.integers(min_value=0, max_value=50), max_size=40),
    st.integers(min_value=1, max_value=8),
    st.integers(min_value=1, max_value=120),
)
def test_a_stream_is_cut_into_the_batches_batch_cuts_gives(
    lengths: list[int], size: int, chars: int
) -> None:
    records: list[Record | Rejected] = [
        Record(i, f"line {i}", "x" * n, float("nan")) for i, n in enumerate(lengths)
    ]
    records.insert(len(records) // 2, Rejected("in", "line x", "no text"))  # not counted
    rejected: list[Rejected] = []
    got = [len(b.texts) for b in sketch.batches(iter(records), size, chars, rejected)]
    cuts = sketch.batch_cuts(lengths, size, chars)
    assert got == [hi - lo for lo, hi in itertools.pairwise(cuts)]
    assert cuts[-1] == len(lengths) and len(rejected) == 1
    for lo, hi in itertools.pairwise(cuts):  # full batches end at the first text over
        assert hi - lo <= size
        assert sum(lengths[lo : hi - 1]) < chars


def test_dedup_texts_sketches_in_batches_of_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    sizes: list[int] = []
    real = scan.batch_words

    def spy(texts: list[str], lengths: np.ndarray | None = None) -> Words | None:
        sizes.append(len(texts))
        return real(texts, lengths)

    monkeypatch.setattr(sketch, "batch_words", spy)
    texts = [f"{TEXT} number {i}" for i in range(10)]  # 74 characters each
    config = DedupConfig(batch_size=4, batch_chars=200)
    with dedup_texts(texts, config) as r:
        assert r.documents == 10
    assert sizes == [3, 3, 3, 1]
    with pytest.raises(ValueError, match="batch_chars"):
        DedupConfig(batch_chars=0)
