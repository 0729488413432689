"""Exact Jaccard and estimates of candidate pairs, verified a chunk at a time."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from storydiff.dedup.minhash import estimate, signatures
from storydiff.dedup.verify import verify_chunks
from storydiff.text.kernels import mix

HASHES = {i: mix(np.arange(i % 7, i % 7 + 5 + i % 3, dtype=np.uint64)) for i in range(41)}
SETS = {i: (h >> np.uint64(32)).astype(np.uint32) for i, h in HASHES.items()}  # as kept


@given(
    st.lists(
        st.tuples(st.integers(0, 40), st.integers(0, 40)).filter(lambda p: p[0] < p[1]),
        max_size=30,
    ),
    st.integers(min_value=1, max_value=8),
    st.lists(st.integers(0, 41), max_size=3),
)
def test_pairs_in_chunks_give_every_pair_its_own_values(
    pairs: list[tuple[int, int]], chunk: int, cuts: list[int]
) -> None:
    # The 41 texts cut into shards at ``cuts``: pairs within and across shards, and
    # shards without texts where cuts repeat or fall at the ends.
    firsts = np.array([0, *sorted(cuts), 41], dtype=np.int64)
    shards = []
    for lo, hi in zip(firsts[:-1].tolist(), firsts[1:].tolist(), strict=True):
        parts = [SETS[i] for i in range(lo, hi)]
        offsets = np.concatenate([[0], np.cumsum([len(p) for p in parts])]).astype(np.int64)
        values = np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint32)
        shards.append((values, offsets))
    released: list[int] = []
    array = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    exact, est = verify_chunks(
        array, shards, firsts, lambda: released.append(1), chunk, estimate=(64, 3)
    )
    for (a, b), value, guess in zip(pairs, exact.tolist(), est.tolist(), strict=True):
        sa, sb = set(SETS[a].tolist()), set(SETS[b].tolist())
        assert value == len(sa & sb) / len(sa | sb)
        both = np.concatenate([HASHES[a], HASHES[b]])
        sig, _ = signatures(both, np.array([0, len(SETS[a]), len(both)]), 64, 3)
        assert guess == float(estimate(sig[0], sig[1]))
    assert len(released) == -(-len(pairs) // chunk)  # once per chunk
