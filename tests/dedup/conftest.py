"""Fixtures of the dedup tests: one Dask LocalCluster for the whole test session."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def dask_client() -> Iterator[Any]:
    """A client of a two-process LocalCluster on 127.0.0.1 (the one ``storydiff dedup
    --engine dask`` starts), started once per session."""
    from storydiff.executors.dask import dask_client as client_of

    with client_of() as client:
        yield client
