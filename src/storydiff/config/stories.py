"""Story linking (``text.layout``, ``detect``): page chrome by shape, body text,
agreement of the rests and the link rule; the reasons are in ``docs/stories.md``.
"""

from __future__ import annotations

from dataclasses import dataclass

from storydiff.config.text import SHINGLE_WORDS

# Page chrome by the shape of its lines (``text/layout.py``), what a text's body is
# (``detect/link.py``) and how the rests of two texts agree (``detect/agreement.py``):
# the reasons for each number are in ``docs/stories.md``.
LIST_LINE_WORDS = 12
"""A line of at most this many words, not ending a sentence, is short."""
LIST_WINDOW = 5
"""Lines around a line (itself included) read to tell a list."""
LIST_MIN_SHORT = 2
"""Short lines a list needs around a line, besides half of those read."""
MARKUP_BYTES = 2
MARKUP_PER_WORD = 0.5
"""A line with at least ``MARKUP_BYTES`` of ``< > { }``, one for every two words, is markup."""
TABLE_DIGIT_SHARE = 0.5
"""A line of three words or more, this share of them starting with a digit, is a table."""
BODY_FLOOR = 0.5
"""A text's body counts as at least this share of its shingles: a page that is mostly
lists and tables is not a copy of everything that shares its one line of prose."""
AGREEMENT_LONG_WORD = 7
"""Bytes from which a word is a content token whatever its case."""
AGREEMENT_MIN_TOKENS = 5
"""A rest with fewer content tokens than this says nothing (agreement 0)."""


@dataclass(frozen=True, slots=True)
class FingerprintConfig:
    """Shingle and window sizes of the winnowed fingerprints (``detect.fingerprints``).

    k = 5 words per shingle (the measure the version statistics use); w = 8 shingles
    per window, so every shared run of t = 12 words is seen, and a text keeps about
    2/9 of its shingles (about 110 fingerprints for a 500-word article).
    """

    k: int = SHINGLE_WORDS
    w: int = 8

    @property
    def guarantee(self) -> int:
        """Shared runs at least this many words long always share a fingerprint."""
        return self.w + self.k - 1


@dataclass(frozen=True, slots=True)
class LinkConfig:
    """Which texts are candidate pairs, and which verified pairs are links
    (``detect.link``)."""

    min_shared: int = 2
    """Fingerprints two texts must share to be a candidate pair. 2, not 1: on the
    generated corpus of ``bench/version_links.py`` (seed 1) the verified links fell
    from 10,415 to 4,569 with the same 3,255 true ones, and story recall rose from
    0.995 to 1.000; the NewsEdits gate is unchanged (recall 0.960)."""
    max_df: int = 50
    """Fingerprints in more texts than this are boilerplate and never link."""
    min_containment: float = 0.05
    """Share of the smaller text's shingles the other must contain, counting all of
    them and counting only body text (on prose lines of both texts): 95% of real
    version pairs share at least 5% of the shorter text."""


INDEX_FAN_IN = 4
"""Segments of the fingerprint index (``detect.index``) merged at a time, once the last
this many are of one size class: every entry is rewritten about log4(batches) times
(4.5 for a million texts in batches of 2,000, against 9 when two merge at a time),
and a store holds at most three segments per size class."""


@dataclass(frozen=True, slots=True)
class GroupingConfig:
    """When texts that share passages are versions of one story: the link rule
    (``docs/stories.md`` tells it with the real figures behind each number).

    Two texts join when the passages they share, counting only *body* text, cover
    ``copy_containment`` of the smaller text; or ``strong_share`` of it in at least
    ``spread_runs`` separate passages; or at least ``min_containment`` of it and the
    texts were seen at one URL (an article updated in place), or the rest of both
    texts agrees (``detect.agreement``: content tokens outside the shared passages,
    at least ``rest_tokens``). Body text leaves out what looks like
    page chrome: lines in a list of short lines, markup or tables (``text.layout``),
    and runs of text that three or more stories carry (boilerplate, learned from the
    texts being clustered).
    """

    copy_containment: float = 0.6
    """Near-copies and close versions (this much body text in common) merge first. 0.6,
    not 0.8: on a generated corpus with 4-6 versions per story, versions left unmerged
    by a 0.8 cut counted as separate stories, so the passage they all keep looked like
    boilerplate and stories split; the FAQ-box pairs of the real data share at most
    0.43."""
    strong_share: float = 0.25
    """Private body text covering this share of the smaller text, in at least
    ``spread_runs`` separate passages of it, links on its own: the containment at
    which ``compare`` calls two texts the same story."""
    spread_runs: int = 5
    """One block of shared text, however large, is what page chrome looks like (a
    cookie notice, a newsletter box, a bio: one passage, or two where one word
    differs); versions of an article share text between their edits, in many
    places. On SemEval's training pairs, every pair scored related or unrelated with
    25-60% in common shares it in one or two passages; two different NewsEdits
    articles sharing a background block, in three; every NewsEdits version pair with
    25-60% in common, in 8 to 34."""
    min_containment: float = 0.05
    """Below this share no link: 95% of real version pairs share at least 5% of the
    shorter text."""
    rest_tokens: float = 0.36
    """Between ``min_containment`` and ``strong_share``, the rests must agree this much.
    Set on the SemEval training pairs that share passages: every pair scored related
    or unrelated there agrees at most 0.296 (0.36 keeps a margin of 0.06)."""
    site_pages: int = 3
    """Body text that one site (host) carries at this many different URLs is that
    site's boilerplate (a bio, a newsletter box), whatever stories the pages tell."""
    max_rounds: int = 20
    run_gap: int = 5
    """Shared shingles at most this far apart are one run (one changed word breaks a
    run of 5-word shingles for 5 positions)."""
    common_run: float = 0.5
    """A shared run with at least this share of shingles found in three or more
    stories is boilerplate, all of it."""


DEFAULT_GROUPING = GroupingConfig()
