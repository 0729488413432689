"""Which texts share passages: candidates from fingerprints, verified exactly.

Candidates are pairs sharing at least ``min_shared`` winnowed fingerprints, after
dropping fingerprints found in more than ``max_df`` texts (boilerplate such as
"(AP) --" or "All rights reserved"). Each candidate is verified on the full sets of
5-word shingles: containment of each text in the other and Jaccard.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from storydiff.detect.fingerprints import FingerprintConfig, Fingerprints, combine, winnow
from storydiff.text.fasthash import word_hashes


@dataclass(frozen=True, slots=True)
class LinkConfig:
    min_shared: int = 1
    """Fingerprints two texts must share to be a candidate pair."""
    max_df: int = 50
    """Fingerprints in more texts than this are boilerplate and never link."""
    min_containment: float = 0.05
    """Share of the smaller text's shingles the other must contain: 95% of real
    version pairs share at least 5% of the shorter text."""


@dataclass(frozen=True, slots=True)
class Pair:
    a: int
    b: int
    shared: int
    """Shingles in common."""
    containment_a: float
    """Share of a's shingles found in b."""
    containment_b: float
    jaccard: float

    @property
    def containment(self) -> float:
        """Of the smaller side: how much of it the other contains."""
        return max(self.containment_a, self.containment_b)


@dataclass(slots=True)
class Analysed:
    """Shingles (in reading order, and as sorted sets) and fingerprints of texts."""

    ordered: list[Fingerprints]
    shingles: list[Fingerprints]
    fingerprints: list[Fingerprints]


def analyse_texts(texts: list[str], config: FingerprintConfig | None = None) -> Analysed:
    config = config or FingerprintConfig()
    ordered: list[Fingerprints] = []
    shingles: list[Fingerprints] = []
    prints: list[Fingerprints] = []
    for h in word_hashes(texts):
        s = combine(h, config.k)
        ordered.append(s)
        shingles.append(np.unique(s))
        prints.append(winnow(s, config.w))
    return Analysed(ordered, shingles, prints)


def candidate_pairs(prints: list[Fingerprints], config: LinkConfig) -> dict[tuple[int, int], int]:
    """Pairs of texts sharing fingerprints, with how many they share."""
    postings: dict[int, list[int]] = defaultdict(list)
    for doc, fps in enumerate(prints):
        for fp in fps.tolist():
            postings[fp].append(doc)
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for docs in postings.values():
        if len(docs) < 2 or len(docs) > config.max_df:
            continue
        for i, a in enumerate(docs):
            for b in docs[i + 1 :]:
                counts[(a, b)] += 1
    return {pair: n for pair, n in counts.items() if n >= config.min_shared}


def verify(a: int, b: int, analysed: Analysed) -> Pair:
    sa, sb = analysed.shingles[a], analysed.shingles[b]
    shared = len(np.intersect1d(sa, sb, assume_unique=True))
    union = len(sa) + len(sb) - shared
    return Pair(
        a, b, shared,
        shared / len(sa) if len(sa) else 0.0,
        shared / len(sb) if len(sb) else 0.0,
        shared / union if union else 0.0,
    )  # fmt: skip


def link_texts(texts: list[str], config: LinkConfig | None = None) -> tuple[Analysed, list[Pair]]:
    """Every pair of texts that shares passages, verified."""
    config = config or LinkConfig()
    analysed = analyse_texts(texts)
    pairs = [verify(a, b, analysed) for (a, b) in candidate_pairs(analysed.fingerprints, config)]
    return analysed, [p for p in pairs if p.containment >= config.min_containment]
