"""The Dask engine gives the local engine's result (one LocalCluster per session)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from storydiff.config import DedupConfig
from storydiff.dedup import dedup_path
from storydiff.executors.dask import DaskExecutor
from tests.dedup.corpus import generate, write_jsonl


def test_dask_and_local_engines_agree(tmp_path: Path, dask_client: Any) -> None:
    corpus = generate(21, originals=120, copies=100, words=150, edits=6)
    path = write_jsonl(corpus, tmp_path / "in.jsonl")
    config = DedupConfig(batch_size=37)  # several batches per partition
    seen: list[int] = []
    with (
        dedup_path(path, config, workers=1) as local,
        dedup_path(
            path,
            config,
            executor=DaskExecutor(dask_client),
            partitions=3,
            min_shard_bytes=1,
            progress=seen.append,
        ) as remote,
    ):
        assert len(remote.sketches.parts) == 3
        assert remote.documents == local.documents == len(corpus.texts)
        assert local.links > 20
        for name in ("cluster", "keep", "match", "linked"):
            assert np.array_equal(getattr(remote, name), getattr(local, name)), name
        for name in ("jaccard", "estimate", "linked_jaccard"):
            assert np.array_equal(getattr(remote, name), getattr(local, name), equal_nan=True)
        assert list(remote.sketches.ids()) == list(local.sketches.ids())
        assert seen and seen[-1] == len(corpus.texts)
