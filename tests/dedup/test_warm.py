"""Loading dedup's kernels before a run forks: every kernel a run calls, with the
argument types the run passes."""

from __future__ import annotations

import json
import subprocess
import sys

from storydiff.dedup import clusters, kernels, overlap
from storydiff.dedup.warm import warm_up

KERNELS = [
    (kernels, "fill_signatures"),
    (kernels, "fill_band_keys"),
    (kernels, "shingle_starts"),
    (kernels, "sketch_words"),
    (kernels, "bucket_pairs"),
    (overlap, "pair_similarity"),
    (clusters, "_components"),
    (clusters, "_best"),
    (clusters, "_first_ranked"),
]


def test_warm_up_loads_every_kernel() -> None:
    warm_up()
    for module, name in KERNELS:
        assert getattr(module, name).signatures, name  # compiled for at least one type


def test_warm_up_compiles_what_a_run_calls() -> None:
    # In a fresh process (kernels already compiled in this one would hide a miss):
    # after warm_up, a run that verifies pairs and reads its estimates adds no
    # signature to any kernel, so forked workers never compile (verification reads
    # read-only memory maps).
    script = """
import json
from storydiff.dedup import clusters, dedup_texts, kernels, overlap
from storydiff.dedup.warm import warm_up
names = [("kernels", n) for n in ("fill_band_keys", "shingle_starts", "sketch_words",
         "bucket_pairs")] + [("overlap", "pair_similarity")] + [
    ("clusters", n) for n in ("_components", "_best", "_first_ranked")]
def count():
    return {n: len(getattr(globals()[m], n).signatures) for m, n in names}
warm_up()
before = count()
story = " ".join(f"word{i}" for i in range(40))
with dedup_texts([story, story + " more", "something else entirely here"]) as r:
    assert r.links == 1 and r.estimate[0] > 0.5
print(json.dumps([before, count()]))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=300
    )
    before, after = json.loads(done.stdout)
    assert after == before
