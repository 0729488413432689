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
    """Seconds to wait for any one read of a connection."""
    deadline: float = 30.0
    """Seconds a whole fetch may take (connect, headers and body together), whatever
    the server does: a server dripping a byte a second never trips a read timeout."""
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    robots_token: str = "storydiff"
    """The product token robots.txt rules are matched on (RFC 9309)."""


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


FACTS_MAX_CHARS = 200_000
"""Longest text, in characters, given to the facts step (about 33,000 words, several
times the longest news feature): past it, facts are skipped with a note rather than
spending minutes and gigabytes (a 10 MB text took 589 s and 1 GB)."""


@dataclass(frozen=True, slots=True)
class CompareConfig:
    """Everything ``storydiff.compare`` can be told."""

    facts: bool = True
    """Say what changed as facts (needs the ``facts`` extra: spaCy and its English model).
    Skipped, with a note, for texts not in English or when the extra is missing."""
    facts_max_chars: int = FACTS_MAX_CHARS
    align: AlignConfig = field(default_factory=AlignConfig)
    relation: RelationConfig = field(default_factory=RelationConfig)
    order: OrderConfig = field(default_factory=OrderConfig)


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
class ClusterConfig:
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


# Bounds of command-line values (``cli/``): a value past them is a usage error
# before any work, not a hang, an overflow or a NaN that every comparison lets by.
MAX_SECONDS = 3600.0
"""Longest --timeout and --rate: an hour per URL, or between two requests to a host."""
MAX_WIDTH = 1000
"""Widest --width a terminal rendering takes (a billion columns kept it busy for
good)."""
MAX_INPUT_BYTES = 2**30
"""Largest --max-bytes: 1 GiB. Reads take a buffer of the limit, and 100 GB was a
MemoryError before anything was read."""
MAX_COUNT = 2**63 - 1
"""Largest --limit and --offset: SQLite's largest integer."""

KEEP_RULES = ("earliest", "latest", "longest", "shortest", "first", "last")
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
MAX_WORKERS = 256
"""Most dedup processes on one machine (one per CPU is the default): each reads its
own shard, and more processes than cores only take turns on them."""
"""The keys a dedup keep rule is made of (``DedupConfig.keep``)."""


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
    shingle_size: int = 5
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
    batch_chars: int = 600_000
    """A batch also ends once its texts reach this many characters (about 200 news
    articles of 3 KB). Tokenising works on arrays as large as the batch's text: past
    about a megabyte they no longer stay in the processor's caches, and the C
    allocator hands their memory back to the system after each batch and faults it
    in again for the next. 100,000 texts of 3 KB dedup about 20% faster in batches of
    200 than of 500 (``docs/benchmarks.md``). A batch holds at most this many
    characters plus its last text, however long the texts."""
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


DEFAULT_INPUT = InputConfig()
DEFAULT_COMPARE = CompareConfig()
DEFAULT_DEDUP = DedupConfig()
DEFAULT_CLUSTER = ClusterConfig()

# Extraction (ingest.html, ingest.chrome)
EXTRACT_FALLBACK_SHARE = 0.35
"""When the precise extraction keeps under this share of the words trafilatura's
default (recall) extraction finds, the default's text is used. Fitted on two thirds
of ../shared/data/webpages (0.35, 0.5 and 0.7 tried), see docs/benchmarks.md."""
EXTRACT_RESCUE_WORDS = 50
"""When the precise pass finds no article, the default pass's text is used only from
this many words: an article the precise pass missed, not a menu page's labels."""
CHROME_MAX_SHARE = 0.25
"""A block marked as chrome holds at most this share of the page's visible text."""
CHROME_LINK_SHARE = 0.5
"""A block with a weak chrome name counts when this share of its text is links."""
CHROME_MAX_DROP = 0.5
"""Chrome lines are dropped only while they are under this share of the article."""
PUBLISHED_MIN_YEAR = 1995
"""A page's metadata stamp before this year is a placeholder (a CMS's 1970-01-01), not
its publication time (htmldate's own floor is 1995 too)."""
PUBLISHED_MAX_AHEAD_DAYS = 2
"""A stamp more than this many days after the present is a mistake, not a date."""
PUBLISHED_SAME_SECONDS = 120
"""Two stamps of a page at most this far apart are one moment: a UTC stamp takes the
offset of a local one (a byline's ``<time>`` written a minute after the metadata)."""
