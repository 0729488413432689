"""Kernels compile on first use: storydiff starts without importing Numba."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import storydiff.jit as jit_module
from storydiff.jit import jit, prefetch, trailing_zeros


def test_the_cli_imports_without_numba() -> None:
    code = "import sys, storydiff.cli; print('numba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@jit
def _double(x: int) -> int:
    return 2 * x


@jit
def _sum_doubled(values: np.ndarray) -> int:  # calls another kernel from compiled code
    total = 0
    for v in values:
        total += _double(v)
    return total


def test_a_kernel_calls_another_once_compiled() -> None:
    assert _sum_doubled(np.arange(5)) == 20
    assert _double(21) == 42
    assert getattr(_sum_doubled, "signatures", None)  # compiled, not run as Python


@jit
def _lowest_bits(values: np.ndarray, out: np.ndarray) -> None:
    for i in range(len(values)):
        out[i] = trailing_zeros(values[i])


def test_trailing_zeros_compiled_and_in_python() -> None:
    values = np.array([1, 8, 1 << 40, (1 << 63) | (1 << 5), 6, 0], dtype=np.uint64)
    out = np.zeros(len(values), dtype=np.int64)
    _lowest_bits(values, out)
    assert out.tolist() == [0, 3, 40, 5, 1, 64]
    assert getattr(_lowest_bits, "signatures", None)  # compiled, not run as Python
    assert [trailing_zeros(v) for v in values] == [0, 3, 40, 5, 1, 64]  # as Python runs it


@jit
def _sum_fetched(values: np.ndarray) -> int:
    total = 0
    for i in range(len(values)):
        if i + 4 < len(values):
            prefetch(values, i + 4)
        total += values[i]
    return total


def test_prefetch_changes_no_result() -> None:
    values = np.arange(100, dtype=np.int64)
    assert _sum_fetched(values) == 4950
    assert prefetch(values, 3) is None


def test_kernel_caches_are_stamped_with_every_kernel_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A kernel compiled into another is cached inside it: a change to any kernel
    # module must make every cached kernel stale, not only its own file's.
    files = jit_module.kernel_files()
    assert Path(jit_module.__file__).resolve() in files
    assert any(p.name == "scan.py" for p in files) and any(p.name == "overlap.py" for p in files)
    other = tmp_path / "kernels.py"
    other.write_text("x = 1\n")
    monkeypatch.setattr(jit_module, "kernel_files", lambda: (*files, other))
    before = jit_module.kernels_stamp()
    os.utime(other, (1_000_000, 1_000_000))
    assert jit_module.kernels_stamp() != before
    _sum_fetched(np.arange(3, dtype=np.int64))  # compiled: the locators are in place
    from numba.core import caching

    stamped: list[Any] = [
        c for c in caching.CacheImpl._locator_classes if c.__name__.startswith("Stamped")
    ]
    assert len(stamped) == 2
    assert stamped[0].from_function(_double, str(tmp_path / "elsewhere.py")) is None
