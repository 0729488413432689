"""Near-duplicate removal for corpora: Jaccard over word shingles, one-permutation
MinHash, LSH banding (buckets of band keys), exact verification, clusters and a keep
rule. ``storydiff dedup`` is the command; ``docs/dedup.md`` the guide.

Steps, one module each: ``sources`` (inputs and shards) → ``sketch`` (``shingles``,
``minhash``, ``banding`` per batch, to files) → ``candidates`` → ``verify`` →
``clusters``; ``engine`` runs them on this machine, ``output`` writes the result.
"""

from storydiff.dedup.engine import DedupResult, dedup_path, dedup_texts
from storydiff.dedup.sources import Fields
from storydiff.errors import DedupError

__all__ = ["DedupError", "DedupResult", "Fields", "dedup_path", "dedup_texts"]
