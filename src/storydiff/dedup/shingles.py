"""Dedup's shingles are the shingles of every stage: ``storydiff.text.shingles``
defines them (the words of ``text.fasthash``, ``n`` at a time, chained and mixed with
``text.kernels.mix``). The names stay importable from here for dedup's modules."""

from __future__ import annotations

from storydiff.text.kernels import mix
from storydiff.text.shingles import shingle_hashes, text_shingles

__all__ = ["mix", "shingle_hashes", "text_shingles"]
