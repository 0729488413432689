"""Compiled loops: ``jit`` is Numba's ``njit`` for the few kernels that NumPy cannot
express without many passes over memory (merging sorted runs, counting common
elements of sorted sets, binary searches, MinHash bins).

Kernels release the GIL (``nogil``), so the reading side and the writer of an
ingest run them at once, and they are compiled on first use and cached beside the
module (``cache``; ``NUMBA_CACHE_DIR`` moves the cache when that folder is read-only).
Every kernel has a NumPy reference in its tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import numba

F = TypeVar("F", bound=Callable[..., Any])


def jit(function: F) -> F:
    """Compile ``function`` with Numba (no Python objects inside; GIL released)."""
    return cast(F, numba.njit(cache=True, nogil=True)(function))
