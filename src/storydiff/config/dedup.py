"""Near-duplicate removal (``dedup``, run by ``executors``)."""

from __future__ import annotations

from dataclasses import dataclass

from storydiff.config.text import SHINGLE_WORDS

KEEP_RULES = ("earliest", "latest", "longest", "shortest", "first", "last")
"""The keys a dedup keep rule is made of (``DedupConfig.keep``)."""
NUM_PERM_RANGE = (16, 1024)
"""The MinHash bins a signature may have (``DedupConfig.num_perm``). The estimate's
standard error at Jaccard J is sqrt(J(1 - J) / bins): 0.10 at J = 0.8 with 16 bins,
0.035 with 128, 0.0125 with 1,024. Below 16 the banding rule has almost no splits
to choose from; above 1,024 a signature (4 bytes a bin) outweighs a news article's
text, each band is a file and a pass, and the precision buys nothing: every link is
verified exactly. (100,000 bins took 12.6 GB on 40 documents.)"""
SHINGLE_SIZE_RANGE = (1, 64)
"""Words per dedup shingle: past a few dozen words two texts share a shingle only
where they share a whole paragraph, and a text shorter than one shingle has none."""


@dataclass(frozen=True, slots=True)
class DedupConfig:
    """Near-duplicate removal (``storydiff dedup``): Jaccard over word shingles,
    MinHash + LSH banding for candidates, every candidate verified exactly.

    Banding rule: among ``bands x rows = num_perm``, the splits under which a pair
    exactly at ``threshold`` becomes a candidate with probability
    ``1 - (1 - t**rows)**bands >= min_candidate_probability``; of those, the one with
    the fewest false candidates (the smallest area under that curve below the
    threshold). For 128 hashes at 0.8 that is 16 x 8: 0.947 at J = 0.8, 0.994 at 0.85,
    0.06 at 0.5. (At 0.95, the bar the issue wrote down, only 32 x 4 or finer pass,
    with 14 times the candidates at J = 0.5 (0.87 against 0.06): so the bar is 0.94.)
    """

    threshold: float = 0.8
    """Jaccard similarity of shingle sets at or above which two texts are linked."""
    shingle_size: int = SHINGLE_WORDS
    """Words per shingle. Kana and CJK ideographs are words of one character each
    (``text/fasthash``), so Chinese and Japanese text gets character shingles."""
    num_perm: int = 128
    """Bins of the one-permutation MinHash signature."""
    bands: int | None = None
    rows: int | None = None
    """Override the banding rule (both, with ``bands * rows == num_perm``)."""
    min_candidate_probability: float = 0.94
    batch_size: int = 500
    """At most this many documents are sketched at once."""
    batch_chars: int = 200_000
    """A batch also ends once its texts reach this many characters (about 65 news
    articles of 3 KB). Tokenising works on arrays as large as the batch's text: past
    a few hundred kilobytes they no longer stay in the processor's second-level
    cache; smaller batches pay more per-batch overhead (the sizes tried are in
    ``docs/benchmarks.md``). A batch holds at most this many characters plus its last
    text, however long the texts."""
    max_bucket: int = 40
    """A band bucket of at most this many documents gives every pair in it as a
    candidate; a larger one (a text repeated many times) gives each member paired
    with the bucket's first and with its neighbour in input order."""
    keep: tuple[str, ...] = ("earliest", "longest", "first")
    """Which document of a cluster is kept: the first key decides, the next breaks
    ties. ``earliest``/``latest`` publication time (documents without one come after
    those with one), ``longest``/``shortest`` text in characters, ``first``/``last``
    in input order; ``first`` always ends the rule, so the choice is total."""
    seed: int = 1
    """Seed of the MinHash bins' densification probes."""

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], not {self.threshold}")
        if min(self.batch_size, self.batch_chars) < 1:
            raise ValueError("batch_size and batch_chars must be at least 1")
        for name, value, (lo, hi) in (
            ("num_perm", self.num_perm, NUM_PERM_RANGE),
            ("shingle_size", self.shingle_size, SHINGLE_SIZE_RANGE),
        ):
            if not lo <= value <= hi:
                raise ValueError(f"{name} must be from {lo} to {hi}, not {value}")
        if (self.bands is None) != (self.rows is None):
            raise ValueError("give both bands and rows, or neither")
        bands, rows = self.bands or 0, self.rows or 0
        if self.bands is not None and (bands < 1 or rows < 1 or bands * rows != self.num_perm):
            raise ValueError(
                f"bands x rows must be num_perm ({self.num_perm}), not {bands} x {rows}"
            )
        reach = 1.0 - (1.0 - self.threshold) ** self.num_perm  # bands of one row: the most
        if self.bands is None and reach < self.min_candidate_probability:
            raise ValueError(
                f"no split of {self.num_perm} bins into bands finds pairs at similarity"
                f" {self.threshold} with probability {self.min_candidate_probability}"
                f" (at most {reach:.3f}): raise num_perm or the threshold, or give bands and rows"
            )
        unknown = [k for k in self.keep if k not in KEEP_RULES]
        if unknown or not self.keep:
            raise ValueError(f"keep rule keys are {', '.join(KEEP_RULES)}; not {unknown}")


DEFAULT_DEDUP = DedupConfig()

# How the work is cut into jobs (``dedup.sources``, ``dedup.engine``).
MIN_SHARD_BYTES = 4 * 1024 * 1024
"""A JSONL file is cut into shards of at least this size (``dedup.sources``): below
it, starting a process costs more than it saves."""
MIN_PAIRS_PER_JOB = 500
"""Candidate pairs are verified in several jobs only when each gets this many: fewer,
and starting a process costs more than it saves."""
PAIRS_PER_JOB = 20_000
"""Most pairs one verification job takes (the size of a Dask task)."""
