"""The hash every stage shares, written once: SplitMix64's finaliser (``mix``).

Word hashes (``text.fasthash``), shingle hashes (``text.shingles``), MinHash probes
and band keys (``dedup``) all mix with this one function. It is a ``jit_or_numpy``
function (``storydiff.jit``): Python calls it on NumPy arrays, element-wise, without
Numba; compiled kernels (``dedup.kernels``) call their compiled copy of the same code.

``mix`` is a bijection of 64-bit integers (each step is: an xor with a right shift,
or a multiplication by an odd constant), so different inputs never give equal
outputs, and every output bit depends on every input bit.
"""

from __future__ import annotations

from typing import TypeVar

import numpy as np
import numpy.typing as npt

from storydiff.jit import jit_or_numpy

GOLDEN = np.uint64(0x9E3779B97F4A7C15)
"""An odd 64-bit constant (2**64 divided by the golden ratio): the multiplier of the
shingle chain (``text.shingles``) and of dedup's band keys."""
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_S27, _S30, _S31 = np.uint64(27), np.uint64(30), np.uint64(31)

T = TypeVar("T", np.uint64, npt.NDArray[np.uint64])


@jit_or_numpy
def mix(x: T) -> T:
    """SplitMix64's finaliser. From Python: on a uint64 array, in place (pass a fresh
    array; it is returned). From a kernel: on one uint64 value.

    Examples:
        >>> mix(np.array([0, 1], np.uint64)).tolist()
        [0, 6238072747940578789]
    """
    x ^= x >> _S30
    x *= _M1
    x ^= x >> _S27
    x *= _M2
    x ^= x >> _S31
    return x
