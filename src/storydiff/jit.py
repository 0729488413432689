"""Compiled loops: ``jit`` is Numba's ``njit`` for the few kernels that NumPy cannot
express without many passes over memory (merging sorted runs, counting common
elements of sorted sets, binary searches, MinHash bins); ``jit_or_numpy`` is for a
function written once that runs as NumPy when Python calls it and compiled when a
kernel does (``storydiff.text.kernels.mix``, the one SplitMix64).

Kernels release the GIL (``nogil``), so the reading side and the writer of an
ingest run them at once, and they are compiled on first use and cached beside the
module (``cache``; ``NUMBA_CACHE_DIR`` moves the cache when that folder is read-only).
A kernel compiled into another (``sketch_words`` calls ``text.scan.run_hashes``) is
cached inside it, and Numba checks only the caller's own file: so storydiff's cached
kernels are stamped with every kernel module's stamp (``_Stamped``), and a change to
any of them compiles them all again.
Numba itself is imported on the first call of a kernel, not with storydiff: commands
that run no kernel (``compare``, ``stories``) do not pay its 0.2 s import. Every
kernel has a NumPy reference in its tests.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from pathlib import Path
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
    """A compiled primitive (one of Numba's, or one written here for LLVM), named
    without importing Numba: ``build`` makes it when kernels are first compiled
    (``_register``). Called from Python (kernels run as Python with
    ``NUMBA_DISABLE_JIT``), it is ``python``."""

    def __init__(self, name: str, build: Callable[[], Any], python: Callable[..., Any]) -> None:
        self.name = name
        self.build = build
        self.python = python
        self.built: Any = None

    def real(self) -> Any:
        """The primitive itself (built on the first call)."""
        if self.built is None:
            self.built = self.build()
        return self.built

    def __call__(self, *args: Any) -> Any:
        return self.python(*args)


def _trailing_zeros() -> Any:
    from numba.cpython.unsafe.numbers import trailing_zeros

    return trailing_zeros


def _prefetch() -> Any:
    from llvmlite import ir
    from numba.core import types
    from numba.extending import intrinsic

    @intrinsic
    def prefetch(typing: Any, array: Any, index: Any) -> Any:
        def codegen(context: Any, builder: Any, signature: Any, args: Any) -> Any:
            data = context.make_array(signature.args[0])(context, builder, args[0]).data
            byte = ir.IntType(8).as_pointer()
            address = builder.bitcast(builder.gep(data, [args[1]]), byte)
            i32 = ir.IntType(32)
            kind = ir.FunctionType(ir.VoidType(), [byte, i32, i32, i32])
            llvm_prefetch = builder.module.declare_intrinsic("llvm.prefetch", fnty=kind)
            # read, keep in every cache level, data
            builder.call(llvm_prefetch, [address, i32(0), i32(3), i32(1)])
            return context.get_dummy_value()

        return types.void(array, index), codegen

    return prefetch


def _no_prefetch(array: Any, index: int) -> None:
    """Python asks no cache for anything."""


def _python_trailing_zeros(x: int) -> int:
    """As the compiled one on 64-bit words: 64 for 0."""
    x = int(x)
    return (x & -x).bit_length() - 1 if x else 64


trailing_zeros = _Intrinsic("trailing_zeros", _trailing_zeros, _python_trailing_zeros)
"""The number of zero bits below the lowest set bit of a 64-bit word (one instruction,
``tzcnt``; 64 for 0), for kernels."""
prefetch = _Intrinsic("prefetch", _prefetch, _no_prefetch)
"""``prefetch(array, i)``: ask for the cache line of ``array[i]`` (1-d) ahead of its
use, for kernels (LLVM's ``llvm.prefetch``; no effect on results)."""

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

    for built in (trailing_zeros, prefetch):  # registered with Numba before any typing
        built.real()
    _stamp_caches()

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


_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def kernel_files() -> tuple[Path, ...]:
    """storydiff's modules that define kernels (a ``@jit`` line) and this one (the
    primitives), sorted."""
    return tuple(
        path
        for path in sorted(_PACKAGE.rglob("*.py"))
        if (path.name == "jit.py" and path.parent == _PACKAGE)
        or any(line.lstrip().startswith("@jit") for line in _lines(path))
    )


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def kernels_stamp() -> tuple[tuple[str, float, int], ...]:
    """Every kernel module's name, modification time and size."""
    stamp = []
    for path in kernel_files():
        st = path.stat()
        stamp.append((str(path), st.st_mtime, st.st_size))
    return tuple(stamp)


def _stamp_caches() -> None:
    """Put locators in front of Numba's for storydiff's own kernels: the same places
    (``NUMBA_CACHE_DIR``, else beside the module), their source stamp extended with
    ``kernels_stamp``. Other functions keep Numba's own locators."""
    from numba.core import caching

    class _Stamped:
        @classmethod
        def from_function(cls, py_func: Any, py_file: str) -> Any:
            if not Path(py_file).resolve().is_relative_to(_PACKAGE):
                return None
            return super().from_function(py_func, py_file)  # type: ignore[misc]

        def get_source_stamp(self) -> Any:
            return (super().get_source_stamp(), kernels_stamp())  # type: ignore[misc]

    bases = (caching.UserProvidedCacheLocator, caching.InTreeCacheLocator)
    stamped: list[Any] = [type(f"Stamped{b.__name__}", (_Stamped, b), {}) for b in bases]
    caching.CacheImpl._locator_classes[:0] = stamped


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
