"""The one SplitMix64: NumPy from Python, compiled inside kernels, the same values."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from storydiff.jit import jit
from storydiff.text.kernels import mix

U64 = 2**64 - 1


def _splitmix_finaliser(x: int) -> int:  # the published constants, in plain Python
    x ^= x >> 30
    x = x * 0xBF58476D1CE4E5B9 & U64
    x ^= x >> 27
    x = x * 0x94D049BB133111EB & U64
    return x ^ (x >> 31)


@jit
def _mix_each(values: np.ndarray) -> np.ndarray:
    out = np.empty_like(values)
    for i in range(len(values)):
        out[i] = mix(values[i])
    return out


@given(st.lists(st.integers(0, U64), max_size=50))
def test_numpy_and_compiled_mix_are_splitmix64(values: list[int]) -> None:
    array = np.array(values, np.uint64)
    expected = [_splitmix_finaliser(v) for v in values]
    assert mix(array.copy()).tolist() == expected
    assert _mix_each(array).tolist() == expected


def test_mix_is_a_bijection_on_a_sample() -> None:
    out = mix(np.arange(100_000, dtype=np.uint64))
    assert len(np.unique(out)) == 100_000


def test_kernels_call_kernels_of_other_modules_and_names_stay_bound() -> None:
    from storydiff.text import kernels, scan

    words = np.array([1, 2, 3], np.uint64)
    # short_shingle (text.scan) calls mix (text.kernels) from compiled code...
    chained = 0
    for w in words.tolist():
        chained = (chained + w) * int(kernels.GOLDEN) % 2**64
    assert int(scan.short_shingle(words, 0, 3)) == _splitmix_finaliser(chained)
    # ...and Python still finds the NumPy mix under its names, not a compiled one.
    assert vars(scan)["mix"] is kernels.mix is mix
    assert mix(np.array([1, 2], np.uint64)).tolist() == [
        _splitmix_finaliser(1),
        _splitmix_finaliser(2),
    ]
