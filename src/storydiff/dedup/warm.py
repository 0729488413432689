"""Every compiled kernel a dedup run calls, loaded before the run forks its workers."""

from __future__ import annotations

import numpy as np

from storydiff.dedup import clusters
from storydiff.dedup.kernels import (
    bucket_capacity,
    bucket_pairs,
    fill_band_keys,
    fill_signatures,
    shingle_starts,
    sketch_words,
)
from storydiff.dedup.overlap import pair_similarity
from storydiff.text.scan import batch_words, powers


def warm_up() -> None:
    """Call every kernel once on tiny inputs of the types dedup passes, so that a
    process forked afterwards finds them loaded (Numba's first call in a process
    costs about 0.4 s; a kernel's first call after that, a few milliseconds)."""
    shingles = np.arange(1, 9, dtype=np.uint64) << np.uint64(32)
    offsets = np.array([0, 4, 8], dtype=np.int64)
    sig = np.empty((2, 4), dtype=np.uint32)
    kept = np.empty(len(shingles), dtype=np.uint32)
    fill_signatures(shingles, offsets, np.zeros((1, 4), dtype=np.int64), sig, kept)
    fill_band_keys(sig, 2, np.empty((2, 2), dtype=np.uint64))
    first, second = (offsets[:1], offsets[1:2]), (offsets[1:2], offsets[2:])
    probes = np.zeros((1, 4), dtype=np.int64)
    pair_similarity(kept, *first, kept, *second, probes, False)
    mapped = kept.copy()  # verification reads kept shingles from read-only maps
    mapped.flags.writeable = False
    pair_similarity(mapped, *first, mapped, *second, probes, False)
    scratch = [np.empty(k, dtype=np.int32) for k in (bucket_capacity(3), 3, 3, 3)]  # Buckets
    bucket_pairs(np.zeros(3, dtype=np.uint64), 2, *scratch)
    # Sketching's own path: the compiled tokenizer and sketch_words.
    found = batch_words(["one two three four five six", "seven"])
    assert found is not None
    keys = np.empty((2, 2), dtype=np.uint64)
    shingle_starts(found.firsts, 5, np.empty(3, dtype=np.int64))
    sketch_words(found.words, found.firsts, powers(5), probes, 2, kept[:3], keys, 0, found.acc)
    # Clusters, best matches and the keep rule (in the calling process).
    links = np.array([[0, 1]], dtype=np.int64)
    cluster = clusters.components(2, links)
    clusters.best_matches(2, links, np.ones(1))
    clusters.kept(cluster, clusters.KeepFacts(np.zeros(2), np.ones(2, dtype=np.int64)), ("first",))
