"""Where sketching puts its arrays in memory: the kept shingles' growing array."""

from __future__ import annotations

import numpy as np

from storydiff.dedup.sinks import MemorySink


def test_a_memory_sink_grows_past_its_hint_keeping_what_it_held() -> None:
    sink = MemorySink(bands=1, shingles_hint=5000)
    first = sink.reserve(len(sink.kept))
    first[:] = np.arange(len(first), dtype=np.uint32)
    sink.total = len(first)
    grown = sink.reserve(10)
    assert len(sink.kept) >= len(first) + 10 and len(grown) == 10
    assert np.array_equal(sink.kept[: len(first)], np.arange(len(first), dtype=np.uint32))


def test_a_batch_made_in_its_reserved_space_is_not_copied_again() -> None:
    sink = MemorySink(bands=1, shingles_hint=5000)
    space = sink.reserve(3)
    space[:] = [7, 8, 9]
    assert np.shares_memory(space, sink.kept)
    assert sink.kept[:3].tolist() == [7, 8, 9]
