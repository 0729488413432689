"""The other near-duplicate finders bench/dedup_speed.py runs, each through the bulk
path its documentation or source shows, all with the same settings: 128 hashes in 16
bands of 8 rows, threshold 0.8.

Every peer starts from the same input, made by the shared tokenizer before its clock
(``Shared``: storydiff's batched tokenizer, 64-bit hashes of word 5-grams, one flat
array and where each text begins); ``rensa_pairs`` alone starts from the string
shingles a user writes in Python (``python_shingles``), because rensa's objects that
answer queries take only strings or bytes. Tokenizing is timed on its own
(bench/dedup_speed.py's ``tokenize*`` rows) and added to every peer's end-to-end time.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

NUM_PERM = 128
BANDS = 16
ROWS = 8
THRESHOLD = 0.8
SEED = 42
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Shared:
    """The shared input: text ``i``'s shingle hashes are ``flat[offsets[i]:offsets[i + 1]]``."""

    flat: npt.NDArray[np.uint64]
    offsets: npt.NDArray[np.uint64]

    @property
    def documents(self) -> int:
        return len(self.offsets) - 1

    def save(self, folder: Path) -> None:
        np.save(folder / "flat.npy", self.flat)
        np.save(folder / "offsets.npy", self.offsets)

    @classmethod
    def load(cls, folder: Path) -> Shared:
        return cls(np.load(folder / "flat.npy"), np.load(folder / "offsets.npy"))


@dataclass(slots=True)
class Found:
    """What a peer returns: candidate pairs (i < j), clusters, or duplicate flags."""

    pairs: set[tuple[int, int]] | None = None
    clusters: list[int] | None = None
    flags: list[bool] | None = None


def tokenize_batches(texts: list[str]) -> Iterator[tuple[Any, Any]]:
    """storydiff's compiled tokenizer (``text.scan.batch_shingles``: the words, word
    hashes and shingle hashes its sketching step reads) over the batches storydiff
    makes: per batch, the flat shingle hashes and where each text begins."""
    from storydiff.config import DEFAULT_DEDUP
    from storydiff.dedup.sketch import batch_cuts
    from storydiff.text.scan import batch_shingles

    config = DEFAULT_DEDUP
    cuts = batch_cuts(map(len, texts), config.batch_size, config.batch_chars)
    for lo, hi in itertools.pairwise(cuts):
        yield batch_shingles(texts[lo:hi], config.shingle_size)


def shared_tokenize(texts: list[str]) -> Shared:
    """The shared input: ``tokenize_batches`` collected into one array."""
    parts, starts = [], [np.zeros(1, dtype=np.uint64)]
    done = 0
    for flat, offsets in tokenize_batches(texts):
        parts.append(flat)
        starts.append(offsets[1:].astype(np.uint64) + np.uint64(done))
        done += len(flat)
    return Shared(np.concatenate(parts), np.concatenate(starts))


def python_shingles(text: str) -> list[str]:
    """The shingler a user writes: lower-cased words, runs of 5 joined by spaces (the
    same shingle sets as storydiff's on this ASCII corpus)."""
    words = _WORD.findall(text.lower())
    return list({" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 4))})


def datatrove_shingles(texts: list[str]) -> None:
    """datatrove's own tokenizer (``MinhashDedupSignature.get_shingles``: simplify the
    text, spaCy's English word tokenizer, xxhash of each 5-gram)."""
    from datatrove.pipeline.dedup.minhash import (  # type: ignore[import-untyped]
        MinhashDedupSignature,
    )

    step = MinhashDedupSignature("memory://unused", config=_datatrove_config())
    for text in texts:
        step.get_shingles(text)


def load_datatrove() -> None:
    """Import datatrove's dedup steps and executor. (Its executor logs to standard
    error and to files as it always does: each task sets up its own log.)"""
    import datatrove.executor.local  # type: ignore[import-untyped]
    import datatrove.pipeline.dedup.minhash  # type: ignore[import-untyped]  # noqa: F401


def _pairs(found: list[list[int]]) -> set[tuple[int, int]]:
    return {(min(i, j), max(i, j)) for i, hits in enumerate(found) for j in hits if j != i}


def rensa_matrix(shared: Shared) -> Found:
    """rensa's fastest path: the digest matrix from the flat token hashes, inserted and
    queried in one pass (``insert_matrix_and_query_duplicate_flags``). It answers a
    flag per text (shares a band with another), not which text: nothing to verify."""
    from rensa import RMinHash, RMinHashLSH

    matrix = RMinHash.digest_matrix_from_flat_token_hashes(
        shared.flat, shared.offsets, NUM_PERM, SEED
    )
    lsh = RMinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, num_bands=BANDS)
    return Found(flags=[bool(f) for f in lsh.insert_matrix_and_query_duplicate_flags(matrix)])


def rensa_pairs(shingles: list[list[str]]) -> Found:
    """rensa with candidate pairs: ``RMinHash.from_token_sets`` (bulk), ``insert_many``,
    ``query_all``."""
    from rensa import RMinHash, RMinHashLSH

    sketches = RMinHash.from_token_sets(shingles, NUM_PERM, SEED)
    lsh = RMinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, num_bands=BANDS)
    lsh.insert_many(sketches)
    return Found(pairs=_pairs(lsh.query_all(sketches)))


def datasketch(shared: Shared) -> Found:
    """datasketch: ``MinHash.bulk`` of each text's hashes (the high 32 bits, for its
    default 32-bit scheme; ``hashfunc=int`` as the identity), an
    ``insertion_session`` into ``MinHashLSH(params=(16, 8))``, a query per text."""
    from datasketch import MinHash, MinHashLSH

    high = (shared.flat >> np.uint64(32)).astype(np.uint32)
    cuts = shared.offsets[1:-1].astype(np.int64)
    sketches = MinHash.bulk(
        (part.tolist() for part in np.split(high, cuts)), num_perm=NUM_PERM, hashfunc=int
    )
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, params=(BANDS, ROWS))
    with lsh.insertion_session() as session:
        for i, sketch in enumerate(sketches):
            session.insert(i, sketch, check_duplication=False)
    return Found(pairs=_pairs([lsh.query(m) for m in sketches]))


def _datatrove_config() -> Any:
    from datatrove.pipeline.dedup.minhash import (
        MinhashConfig,
    )

    return MinhashConfig(n_grams=5, num_buckets=BANDS, hashes_per_bucket=ROWS, seed=SEED)


_GIVEN: Shared | None = None
"""The shared input, for datatrove's signature step (a module global: the local
executor deep-copies its steps for every task)."""


def datatrove(shared: Shared, work: Path) -> Found:
    """datatrove's MinHash deduplication on its ``LocalPipelineExecutor`` (one worker): the
    signature step (shingles from the shared input, through ``get_shingles``), the
    bucket step (one task per band, as it requires) and the cluster step (cluster ids
    saved). Its fourth step, filtering the documents, writes them out and is left out."""
    global _GIVEN
    from datatrove.data import Document  # type: ignore[import-untyped]
    from datatrove.executor.local import (
        LocalPipelineExecutor,
    )
    from datatrove.pipeline.dedup.minhash import (
        MinhashDedupBuckets,
        MinhashDedupCluster,
        MinhashDedupSignature,
    )

    class GivenShingles(MinhashDedupSignature):  # type: ignore[misc]
        def get_shingles(self, text: str) -> npt.NDArray[np.uint64]:
            assert _GIVEN is not None
            i = int(text)
            lo, hi = int(_GIVEN.offsets[i]), int(_GIVEN.offsets[i + 1])
            return _GIVEN.flat[lo:hi].reshape(-1, 1)

    _GIVEN = shared
    n = shared.documents

    def documents(data: Any, rank: int = 0, world_size: int = 1) -> Any:
        for i in range(n):
            yield Document(text=str(i), id=str(i))

    config = _datatrove_config()
    sigs, dups, out = work / "sigs", work / "dups", work / "clusters"
    steps: list[tuple[list[Any], int]] = [
        ([documents, GivenShingles(str(sigs), config=config)], 1),
        ([MinhashDedupBuckets(str(sigs), str(dups), config=config)], BANDS),
        ([MinhashDedupCluster(str(dups), str(out), config=config, save_cluster_id=True)], 1),
    ]
    for k, (pipeline, tasks) in enumerate(steps):
        LocalPipelineExecutor(
            pipeline, tasks=tasks, workers=1, logging_dir=str(work / f"logs-{k}")
        ).run()
    clusters = list(range(n))
    path = out / "000000.clusters"
    if path.exists():
        pairs = np.fromfile(path, dtype="<u4").reshape(-1, 2)
        first: dict[int, int] = {}
        for doc, cluster in pairs.tolist():
            clusters[doc] = first.setdefault(cluster, doc)
    _GIVEN = None
    return Found(clusters=clusters)
