"""Compiled loops: ``jit`` is Numba's ``njit`` for the few kernels that NumPy cannot
express without many passes over memory (merging sorted runs, counting common
elements of sorted sets, binary searches, MinHash bins); ``jit_or_numpy`` is for a
function written once that runs as NumPy when Python calls it and compiled when a
kernel does (``storydiff.text.kernels.mix``, the one SplitMix64).

Kernels release the GIL (``nogil``), so the reading side and the writer of an
ingest run them at once, and they are compiled on first use and cached beside the
module (``cache``; ``NUMBA_CACHE_DIR`` moves the cache when that folder is read-only).
Numba itself is imported on the first call of a kernel, not with storydiff: commands
that run no kernel (``compare``, ``stories``) do not pay its 0.2 s import. Every
kernel has a NumPy reference in its tests.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])
_lock = threading.Lock()


class _Kernel:
    """A function compiled by Numba on its first call. A kernel may call another
    kernel of any module: Numba sees a kernel as its compiled self (``_register``)."""

    def __init__(self, function: Callable[..., Any], numpy: bool = False) -> None:
        self.function = function
        self.numpy = numpy
        """Called from Python: run ``function`` as written (on NumPy arrays)."""
        self.compiled: Callable[..., Any] | None = None
        functools.update_wrapper(self, function)

    def compile(self) -> Callable[..., Any]:
        """Numba's dispatcher for this kernel (it compiles on each new argument type)."""
        with _lock:
            if self.compiled is None:
                import numba

                _register()
                self.compiled = numba.njit(cache=True, nogil=True)(self.function)
            return self.compiled

    @property
    def signatures(self) -> list[Any]:
        """The argument types compiled for so far (Numba's dispatcher's)."""
        return list(getattr(self.compiled, "signatures", []))

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.numpy:
            return self.function(*args, **kwargs)
        return (self.compiled or self.compile())(*args, **kwargs)


class _Intrinsic:
    """One of Numba's own compiled primitives, named here without importing Numba:
    a kernel that calls it gets the primitive (``_register``). Python cannot call it."""

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name

    def real(self) -> Any:
        import importlib

        return getattr(importlib.import_module(self.module), self.name)

    def __call__(self, *args: Any) -> Any:
        raise TypeError(f"{self.name} is called by compiled kernels only")


trailing_zeros = _Intrinsic("numba.cpython.unsafe.numbers", "trailing_zeros")
"""The number of zero bits below the lowest set bit of an integer (one instruction,
``tzcnt``), for kernels."""

_registered: list[bool] = []


def _register() -> None:
    """Tell Numba that a kernel named in a function it compiles is that kernel's
    dispatcher (called with ``_lock`` held), so kernels call each other across
    modules without their names being rebound; and that an ``_Intrinsic`` is the
    primitive it names."""
    if _registered:
        return
    from numba.core import types
    from numba.core.registry import cpu_target
    from numba.extending import typeof_impl

    @typeof_impl.register(_Intrinsic)
    def _typeof_intrinsic(intrinsic: _Intrinsic, context: Any) -> Any:
        return cpu_target.typing_context.resolve_value_type(intrinsic.real())

    @typeof_impl.register(_Kernel)
    def _typeof_kernel(kernel: _Kernel, context: Any) -> Any:
        if kernel.compiled is None:
            import numba

            kernel.compiled = numba.njit(cache=True, nogil=True)(kernel.function)
        return types.Dispatcher(kernel.compiled)

    _registered.append(True)


def jit(function: F) -> F:
    """Compile ``function`` with Numba on its first call (no Python objects inside;
    GIL released)."""
    return cast(F, _Kernel(function))


def jit_or_numpy(function: F) -> F:
    """``function`` as written when Python calls it (so it must work on NumPy arrays:
    element-wise operations only), compiled by Numba when a kernel calls it (on
    scalars or arrays). One definition serves the vectorised NumPy paths and the
    compiled loops, without importing Numba for the former."""
    return cast(F, _Kernel(function, numpy=True))
