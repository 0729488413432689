"""Fixtures of the dedup tests: one Dask LocalCluster for the whole test session."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import suppress
from typing import Any

import pytest

DASK_DASHBOARD_PORT = 8787
"""Dask's default dashboard port, often taken by another cluster on a developer's
machine (or a test run left behind)."""


@pytest.fixture(scope="session")
def dask_client() -> Iterator[Any]:
    """A client of a two-process LocalCluster on 127.0.0.1 (the one ``storydiff dedup
    --engine dask`` starts), started once per session while Dask's default dashboard
    port is held, so that the session shows the cluster starts when another cluster
    holds it: the tests turn Dask's "port already in use" warning into an error."""
    from storydiff.executors.dask import dask_client as client_of

    with socket.socket() as held:
        with suppress(OSError):  # already taken: the cluster must start all the same
            held.bind(("127.0.0.1", DASK_DASHBOARD_PORT))
            held.listen()
        with client_of() as client:
            yield client
