"""Near-duplicate removal for corpora: Jaccard over word shingles, one-permutation
MinHash, LSH banding (buckets of band keys), exact verification, clusters and a keep
rule. ``storydiff dedup`` is the command; ``docs/dedup.md`` the guide.

Steps, one module each: ``sources`` (inputs and shards) → ``sketch`` (``shingles``,
``minhash``, ``banding`` per batch, to files) → ``candidates`` → ``verify`` →
``clusters``; ``engine`` runs them (as jobs of an executor, ``storydiff.executors``),
``result`` holds what they found, ``output`` writes it.
"""

from storydiff.dedup.engine import dedup_path, dedup_texts
from storydiff.dedup.result import DedupResult
from storydiff.errors import DedupError
from storydiff.ingest.jsonl import Fields

__all__ = ["DedupError", "DedupResult", "Fields", "dedup_path", "dedup_texts"]
