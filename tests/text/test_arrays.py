"""``distinct`` is ``np.unique`` by a sort: the same values, in the same order."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from storydiff.text.arrays import distinct

_DTYPES = st.sampled_from([np.uint64, np.int64, np.uint32, np.float64])


@given(
    _DTYPES.flatmap(
        lambda dtype: hnp.arrays(
            dtype,
            hnp.array_shapes(min_dims=1, max_dims=2, min_side=0, max_side=40),
            elements=hnp.from_dtype(np.dtype(dtype), allow_nan=False)
            if dtype is np.float64
            else st.integers(0, 20),
        )
    )
)
def test_same_as_numpy_unique(values: np.ndarray) -> None:
    got = distinct(values)
    want = np.unique(values)
    assert got.dtype == want.dtype
    assert got.tolist() == want.tolist()


def test_large_packed_pairs_keep_every_distinct_value() -> None:
    rng = np.random.default_rng(7)
    values = rng.integers(0, 2**63, 50_000, dtype=np.int64).astype(np.uint64)
    repeated = np.concatenate([values, values[::3]])
    assert distinct(repeated).tolist() == sorted(set(values.tolist()))
