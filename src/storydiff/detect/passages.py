"""The passages two texts share, with offsets: what a user reads to check why two
texts are one story (``storydiff story ID --why``).

A passage is a run of shared 5-word shingles in the first text (gaps of up to
``run_gap`` shingles, what one changed word breaks), with the character span it
covers there and the span its shingles cover in the second text. It is ``chrome``
when most of its shingles stand on chrome lines (``text.layout``) in either text,
else ``body``: the two kinds the link rule tells apart (``docs/stories.md``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from storydiff.config import FingerprintConfig, GroupingConfig
from storydiff.detect.fingerprints import fingerprint_batch
from storydiff.detect.link import Pair
from storydiff.text.fasthash import word_spans

K = FingerprintConfig().k


@dataclass(frozen=True, slots=True)
class Passage:
    a: tuple[int, int]
    """Character span in the first text (start, end): ``text_a[start:end]``."""
    b: tuple[int, int]
    """The span the same shingles cover in the second text."""
    words: int
    """Words of the passage in the first text."""
    kind: str
    """``body`` or ``chrome``."""


Hashes = npt.NDArray[np.uint64]


def _first_positions(values: Hashes, seq: Hashes) -> npt.NDArray[np.int64]:
    """For each of ``values``, the first position in ``seq`` holding it (-1 if none)."""
    order = np.argsort(seq, kind="stable")
    ranked = seq[order]
    at = np.minimum(np.searchsorted(ranked, values), max(len(ranked) - 1, 0))
    if not len(ranked):
        return np.full(len(values), -1, np.int64)
    found: npt.NDArray[np.int64] = np.where(ranked[at] == values, order[at], -1)
    return found


def shared_passages(
    text_a: str, text_b: str, config: GroupingConfig | None = None
) -> list[Passage]:
    """The passages ``text_a`` shares with ``text_b``, in ``text_a``'s order.

    Examples:
        >>> a = "Officials said the ferry ran aground off the port early on Saturday morning."
        >>> b = "The ferry ran aground off the port early on Saturday morning, police said."
        >>> [(a[p.a[0]:p.a[1]], p.kind) for p in shared_passages(a, b)]
        [('the ferry ran aground off the port early on Saturday morning', 'body')]
    """
    config = config or GroupingConfig()
    batch = fingerprint_batch([text_a, text_b])
    seq_a, seq_b = batch.ordered(0), batch.ordered(1)
    chrome_a, chrome_b = batch.chrome_of(0), batch.chrome_of(1)
    in_b = _first_positions(seq_a, seq_b)
    at = np.flatnonzero(in_b >= 0)
    if not len(at):
        return []
    starts_a, ends_a = word_spans(text_a)
    starts_b, ends_b = word_spans(text_b)
    span = min(K, len(starts_a), len(starts_b))
    breaks = np.flatnonzero(np.diff(at) > config.run_gap) + 1
    out = []
    for run in np.split(at, breaks):
        there = in_b[run]
        chrome = (chrome_a[run] | chrome_b[there]).mean() > 0.5
        first, last = int(run[0]), int(run[-1]) + span - 1
        lo, hi = int(there[0]), int(there[-1]) + span - 1  # the run's ends, in b
        if hi < lo:  # moved around in b: all it covers there
            lo, hi = int(there.min()), int(there.max()) + span - 1
        out.append(
            Passage(
                (int(starts_a[first]), int(ends_a[last])),
                (int(starts_b[lo]), int(ends_b[hi])),
                last - first + 1,
                "chrome" if chrome else "body",
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class LinkWhy:
    """Why two versions of a story are linked: ``old`` and ``new`` are their indices in
    ``Story.versions``."""

    old: int
    new: int
    link: Pair
    """The verified link: shingles shared, containment, body containment."""
    agreement: float | None
    """How far the two agree outside what they share (``detect.agreement``, the two
    alone; None when too little is left outside to tell)."""
    passages: list[Passage]
    """What the older shares with the newer, with offsets into both texts."""
