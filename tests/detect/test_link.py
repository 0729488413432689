"""Verification of candidate pairs: many at once, exactly as one at a time."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from storydiff.detect.link import verify_many
from storydiff.text.arrays import distinct

sets_of = st.lists(st.integers(0, 2**64 - 1), max_size=60)


@given(st.lists(sets_of, min_size=2, max_size=8), st.data())
def test_many_pairs_at_once_count_what_one_by_one_counts(
    raw: list[list[int]], data: st.DataObject
) -> None:
    # Sets of random hashes that also share some values.
    common = raw[0]
    sets = {
        n: distinct(np.array(values + common[: len(values) % 7], np.uint64))
        for n, values in enumerate(raw)
    }
    pairs = data.draw(
        st.lists(st.tuples(st.sampled_from(list(sets)), st.sampled_from(list(sets))), max_size=10)
    )
    for (x, y), p in zip(pairs, verify_many(pairs, sets), strict=True):
        shared = len(np.intersect1d(sets[x], sets[y]))
        assert (p.a, p.b, p.shared) == (x, y, shared)
        if len(sets[x]):
            assert p.containment_a == shared / len(sets[x])
