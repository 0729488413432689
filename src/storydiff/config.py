"""Every default storydiff uses, in one place.

The CLI builds these same objects from its options; the library takes them as
arguments. Change a default here and it changes everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field

USER_AGENT = "Mozilla/5.0 (compatible; storydiff/0.1; +https://storydiff.example/bot)"


@dataclass(frozen=True, slots=True)
class InputConfig:
    """How inputs are read and fetched."""

    max_bytes: int = 10 * 1024 * 1024
    """Largest input accepted, file or download. News articles are well under 1 MB;
    10 MB leaves room for heavy HTML pages and refuses dumps passed by mistake."""
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class AlignConfig:
    """How sentences of two versions are paired.

    Similarity is the token-level Indel ratio 2*LCS/(len(a)+len(b)) over lower-cased
    word tokens: the measure that matched BERT for sentence alignment in the
    NewsEdits study (difflib ratio, F1 0.897).
    """

    edit_threshold: float = 0.5
    """Two sentences at least this similar are one sentence, edited."""
    group_max: int = 3
    """A split or merge joins at most this many sentences."""
    group_gain: float = 0.02
    """A split/merge must beat the best one-to-one pairing of its parts by this much."""
    group_part_containment: float = 0.5
    """Each part of a split/merge must have at least this share of its tokens in the
    other side."""
    near_tie: float = 0.02
    """Candidate pairs whose similarity differs by less than this prefer the pair
    nearer in (relative) position."""


@dataclass(frozen=True, slots=True)
class RelationConfig:
    """Scores and verdict of how two texts relate.

    Thresholds come from 100 real AP/NYT version pairs (5-word shingles): median
    containment 0.81, p25 0.54, p10 0.29, and 95% of pairs share at least 5% of the
    shorter text; sentence pairing also catches rewritten sentences that share no
    5-word run.
    """

    shingle_size: int = 5
    copy_jaccard: float = 0.8
    """Same story with Jaccard at least this: a copy rather than a version."""
    same_story_containment: float = 0.25
    same_story_kept: float = 0.4
    """Share of the shorter text's sentences paired with the other text."""
    related_containment: float = 0.05
    related_kept: float = 0.15


@dataclass(frozen=True, slots=True)
class OrderConfig:
    """How the earlier version is inferred when timestamps do not say."""

    min_confidence: float = 0.5
    """Below this the order is reported as unknown. At 0.5 only a dead heat is unknown;
    every guess carries its confidence and reasons, and renderers word guesses under
    ``weak_confidence`` as weak."""
    weak_confidence: float = 0.6


@dataclass(frozen=True, slots=True)
class CompareConfig:
    """Everything ``storydiff.compare`` can be told."""

    facts: bool = True
    """Say what changed as facts (needs the ``facts`` extra: spaCy and its English model).
    Skipped, with a note, for texts not in English or when the extra is missing."""
    align: AlignConfig = field(default_factory=AlignConfig)
    relation: RelationConfig = field(default_factory=RelationConfig)
    order: OrderConfig = field(default_factory=OrderConfig)


DEFAULT_INPUT = InputConfig()
DEFAULT_COMPARE = CompareConfig()
