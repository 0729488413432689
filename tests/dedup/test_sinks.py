"""Where sketching puts its arrays: the kept shingles' large array."""

from __future__ import annotations

import numpy as np

from storydiff.dedup.sinks import POPULATE_BYTES, MemorySink, populated


def test_a_large_array_is_mapped_zeroed_and_writable() -> None:
    count = POPULATE_BYTES // 4 + 1000  # past the size from which it is mapped
    array = populated(count)
    assert array.dtype == np.uint32 and len(array) == count
    assert not array.any()  # anonymous memory starts zeroed
    array[-1] = 7
    assert array[-1] == 7


def test_a_memory_sink_grows_past_its_hint_keeping_what_it_held() -> None:
    sink = MemorySink(bands=1, shingles_hint=POPULATE_BYTES // 4)
    first = sink.reserve(len(sink.kept))
    first[:] = np.arange(len(first), dtype=np.uint32)
    sink.total = len(first)
    grown = sink.reserve(10)
    assert len(sink.kept) >= len(first) + 10 and len(grown) == 10
    assert np.array_equal(sink.kept[: len(first)], np.arange(len(first), dtype=np.uint32))
