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


def test_band_keys_are_written_in_the_sinks_array_or_copied_into_it() -> None:
    sink = MemorySink(bands=2, shingles_hint=100, documents_hint=2)
    keys, first = sink.reserve_keys(3)  # past the hint: the array grows
    keys[:, first : first + 3] = [[1, 2, 3], [4, 5, 6]]
    sink._put_keys(keys[:, first : first + 3])
    sink._put_keys(np.array([[7], [8]], dtype=np.uint64))  # made elsewhere: copied
    assert sink.documents == 4
    assert sink.keys[:, :4].tolist() == [[1, 2, 3, 7], [4, 5, 6, 8]]
