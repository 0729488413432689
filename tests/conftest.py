"""Shared test set-up: Hypothesis profiles and the shared labelled data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI: the same examples every run, no deadline (machines are noisy).
settings.register_profile("ci", derandomize=True, deadline=None, max_examples=150, print_blob=True)
settings.register_profile("dev", deadline=None, max_examples=100)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SHARED_DATA = REPO.parent / "shared" / "data"


def shared_data(name: str) -> Path:
    """A file of ``../shared/data``: missing is a failure in CI, a skip elsewhere."""
    path = SHARED_DATA / name
    if not path.exists():
        message = f"shared data {path} is missing (it lives beside the repo, never inside it)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path
