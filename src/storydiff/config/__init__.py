"""Every setting of storydiff, one module a stage, all importable from here.

A setting is a value a user or a tuner would change to trade quality, speed or
memory: a threshold, a weight, a limit, a batch or cache size. Each one lives in this
package with the reason for its value, and the code imports it from
``storydiff.config``. The CLI builds these same objects from its options; the library
takes them as arguments. Change a setting here and it changes everywhere.

- ``config.text``: the one shingle size, the language floor (``text``);
- ``config.inputs``: reading and fetching inputs, extraction, page chrome (``ingest``);
- ``config.compare``: two versions: alignment, word diff, relation, the order clues'
  weights, facts (``diff``, ``facts``, ``pair``);
- ``config.stories``: story linking: chrome lines by shape, fingerprints, candidate
  links, the link rule, the fingerprint index (``text.layout``, ``detect``);
- ``config.corpus``: ingest batches, the writer's caches, SQLite, export (``corpus``,
  ``store``);
- ``config.dedup``: near-duplicate removal (``dedup``, run by ``executors``);
- ``config.cli``: bounds of command-line values, what the terminal shows;
- ``config.watch``: watching feeds and pages: schedule, politeness, changes, outputs
  (``watch``);
- ``config.web``: the web app: where it listens, what it refuses, page and cache
  sizes, its search index (``web``, ``storydiff serve``).

What stays in the modules, beside the code it shapes, because changing it changes an
algorithm or a format rather than tuning it:

- vocabularies and patterns: word lists, regular expressions, markers and page-chrome
  names (most of ``facts/``, ``diff/order``'s clues, ``ingest/chrome``), and the
  constants inside a formula (the ``+ 20`` words of ``diff/order``'s growth share);
- formats, and limits that stored or packed data depends on: file suffixes, schema
  and JSON versions, magic numbers, ``detect.fingerprints.FORMAT`` and ``MAX_BATCH``
  (a text's number in a batch is packed in 16 bits);
- buffer, block and chunk sizes that only pace I/O or memory inside one function
  (``ingest.inflate.PIECE``, ``corpus.reading.PIPE_BYTES``,
  ``dedup.verify.CHUNK_PAIRS``, ``dedup.sinks.KEYS_AT_ONCE``);
- the spaCy pipeline's name (``facts.nlp.MODEL``), which the lock files pin.

Examples:
    >>> from storydiff.config import GroupingConfig, FingerprintConfig
    >>> GroupingConfig(strong_share=0.3).spread_runs
    5
    >>> FingerprintConfig().guarantee
    12
"""

from __future__ import annotations

from storydiff.config.cli import (
    MAX_COUNT,
    MAX_INPUT_BYTES,
    MAX_SECONDS,
    MAX_WIDTH,
    MAX_WORKERS,
    MIN_ID_PREFIX,
    TIMELINE_SNIPPET,
)
from storydiff.config.compare import (
    AUTHOR_REACH,
    CARRY_NARRATION,
    CITATION_WORDS,
    CLAIM_CONTEXT_WORDS,
    COUNT_LIKE_SIZE,
    COUNT_REWRITE_SHARE,
    DEFAULT_COMPARE,
    FACTS_CONTEXT_BEFORE,
    FACTS_CONTEXT_QUOTED,
    FACTS_MAX_CHARS,
    FIGURE_CONTEXT_WORDS,
    FRACTION_NEAR,
    FUZZY_MIN_CHARS,
    KEPT_MIN,
    KEPT_SHARE,
    LEAD_SENTENCES,
    LONG_SPAN_ITEMS,
    MAX_SENTENCE_CHARS,
    MIN_CLAIM_WORDS,
    ORDER_WEIGHTS,
    PAIR_REACH,
    QUOTE_KEPT,
    QUOTE_KEPT_ALONE,
    QUOTE_PAIR_LONG_SHARE,
    QUOTE_PAIR_MIN,
    QUOTE_PAIR_SHARE,
    QUOTE_PAIR_SIMILAR,
    QUOTE_SAID_MORE,
    RESPELLED_SIMILARITY,
    REWRITE_SHARE,
    SPEAKER_SURNAME_EDITS,
    SPEAKER_SURNAME_MIN,
    UNIT_NEAR,
    AlignConfig,
    CompareConfig,
    OrderConfig,
    RelationConfig,
)
from storydiff.config.corpus import (
    BATCH_SECONDS,
    BATCH_SIZE,
    BUSY_TIMEOUT_MS,
    CACHE_MB,
    CACHE_WAIT_MS,
    CHECKPOINT_PAGES,
    EXPORT_CHUNK,
    EXPORT_PAGE,
    FIRST_BATCH,
    PROGRESS_SECONDS,
    SHINGLE_CACHE,
    TOKEN_CACHE,
    ZSTD_LEVEL,
)
from storydiff.config.dedup import (
    DEFAULT_DEDUP,
    KEEP_RULES,
    MIN_PAIRS_PER_JOB,
    MIN_SHARD_BYTES,
    NUM_PERM_RANGE,
    PAIRS_PER_JOB,
    SHINGLE_SIZE_RANGE,
    DedupConfig,
)
from storydiff.config.inputs import (
    CHROME_LINK_SHARE,
    CHROME_MAX_DROP,
    CHROME_MAX_SHARE,
    CHROME_MIN_LINE_CHARS,
    DEFAULT_INPUT,
    EXTRACT_LEAD_MIN_CHARS,
    EXTRACT_RESCUE_WORDS,
    MIN_ARTICLE_WORDS,
    MIN_CONTENT_WORDS,
    PUBLISHED_MAX_AHEAD_DAYS,
    PUBLISHED_MIN_YEAR,
    PUBLISHED_SAME_SECONDS,
    USER_AGENT,
    InputConfig,
)
from storydiff.config.stories import (
    AGREEMENT_LONG_WORD,
    AGREEMENT_MIN_TOKENS,
    BODY_FLOOR,
    DEFAULT_GROUPING,
    INDEX_FAN_IN,
    LIST_LINE_WORDS,
    LIST_MIN_SHORT,
    LIST_WINDOW,
    MARKUP_BYTES,
    MARKUP_PER_WORD,
    TABLE_DIGIT_SHARE,
    FingerprintConfig,
    GroupingConfig,
    LinkConfig,
)
from storydiff.config.text import (
    LANGUAGE_MIN_PROBABILITY,
    SHINGLE_WORDS,
    TEASER_WORDS,
    WRAPPED_SHARE,
)
from storydiff.config.watch import (
    ATOM_ENTRIES,
    DEFAULT_WATCH,
    REDLINE_CHARS,
    SIGNIFICANCE_LEVELS,
    STATUS_SECONDS,
    WATCH_SCHEDULE,
    WEBHOOK_RETRIES,
    WEBHOOK_TIMEOUT,
    WatchConfig,
)
from storydiff.config.web import (
    COMPARISON_CACHE,
    CONNECTION_CACHE_MB,
    COUNT_SECONDS,
    FACTS_AHEAD,
    FALLBACK_SCAN_LIMIT,
    HOST,
    IDLE_SECONDS,
    LOOPBACK_HOSTS,
    MAX_BODY_BYTES,
    MAX_PAGE_SIZE,
    MAX_QUERY_CHARS,
    MAX_SEARCH_TERMS,
    MAX_URL_BYTES,
    PAGE_SIZE,
    PORT,
    RATE_BURST,
    RATE_CLIENTS,
    RATE_PER_SECOND,
    SEARCH_BATCH,
    SEARCH_REFRESH_SECONDS,
    SEARCH_SCAN_LIMIT,
    SEARCH_SUFFIX,
    STORY_CACHE,
)

__all__ = [
    "AGREEMENT_LONG_WORD",
    "AGREEMENT_MIN_TOKENS",
    "ATOM_ENTRIES",
    "AUTHOR_REACH",
    "BATCH_SECONDS",
    "BATCH_SIZE",
    "BODY_FLOOR",
    "BUSY_TIMEOUT_MS",
    "CACHE_MB",
    "CACHE_WAIT_MS",
    "CARRY_NARRATION",
    "CHECKPOINT_PAGES",
    "CHROME_LINK_SHARE",
    "CHROME_MAX_DROP",
    "CHROME_MAX_SHARE",
    "CHROME_MIN_LINE_CHARS",
    "CITATION_WORDS",
    "CLAIM_CONTEXT_WORDS",
    "COMPARISON_CACHE",
    "CONNECTION_CACHE_MB",
    "COUNT_LIKE_SIZE",
    "COUNT_REWRITE_SHARE",
    "COUNT_SECONDS",
    "DEFAULT_COMPARE",
    "DEFAULT_DEDUP",
    "DEFAULT_GROUPING",
    "DEFAULT_INPUT",
    "DEFAULT_WATCH",
    "EXPORT_CHUNK",
    "EXPORT_PAGE",
    "EXTRACT_LEAD_MIN_CHARS",
    "EXTRACT_RESCUE_WORDS",
    "FACTS_AHEAD",
    "FACTS_CONTEXT_BEFORE",
    "FACTS_CONTEXT_QUOTED",
    "FACTS_MAX_CHARS",
    "FALLBACK_SCAN_LIMIT",
    "FIGURE_CONTEXT_WORDS",
    "FIRST_BATCH",
    "FRACTION_NEAR",
    "FUZZY_MIN_CHARS",
    "HOST",
    "IDLE_SECONDS",
    "INDEX_FAN_IN",
    "KEEP_RULES",
    "KEPT_MIN",
    "KEPT_SHARE",
    "LANGUAGE_MIN_PROBABILITY",
    "LEAD_SENTENCES",
    "LIST_LINE_WORDS",
    "LIST_MIN_SHORT",
    "LIST_WINDOW",
    "LONG_SPAN_ITEMS",
    "LOOPBACK_HOSTS",
    "MARKUP_BYTES",
    "MARKUP_PER_WORD",
    "MAX_BODY_BYTES",
    "MAX_COUNT",
    "MAX_INPUT_BYTES",
    "MAX_PAGE_SIZE",
    "MAX_QUERY_CHARS",
    "MAX_SEARCH_TERMS",
    "MAX_SECONDS",
    "MAX_SENTENCE_CHARS",
    "MAX_URL_BYTES",
    "MAX_WIDTH",
    "MAX_WORKERS",
    "MIN_ARTICLE_WORDS",
    "MIN_CLAIM_WORDS",
    "MIN_CONTENT_WORDS",
    "MIN_ID_PREFIX",
    "MIN_PAIRS_PER_JOB",
    "MIN_SHARD_BYTES",
    "NUM_PERM_RANGE",
    "ORDER_WEIGHTS",
    "PAGE_SIZE",
    "PAIRS_PER_JOB",
    "PAIR_REACH",
    "PORT",
    "PROGRESS_SECONDS",
    "PUBLISHED_MAX_AHEAD_DAYS",
    "PUBLISHED_MIN_YEAR",
    "PUBLISHED_SAME_SECONDS",
    "QUOTE_KEPT",
    "QUOTE_KEPT_ALONE",
    "QUOTE_PAIR_LONG_SHARE",
    "QUOTE_PAIR_MIN",
    "QUOTE_PAIR_SHARE",
    "QUOTE_PAIR_SIMILAR",
    "QUOTE_SAID_MORE",
    "RATE_BURST",
    "RATE_CLIENTS",
    "RATE_PER_SECOND",
    "REDLINE_CHARS",
    "RESPELLED_SIMILARITY",
    "REWRITE_SHARE",
    "SEARCH_BATCH",
    "SEARCH_REFRESH_SECONDS",
    "SEARCH_SCAN_LIMIT",
    "SEARCH_SUFFIX",
    "SHINGLE_CACHE",
    "SHINGLE_SIZE_RANGE",
    "SHINGLE_WORDS",
    "SIGNIFICANCE_LEVELS",
    "SPEAKER_SURNAME_EDITS",
    "SPEAKER_SURNAME_MIN",
    "STATUS_SECONDS",
    "STORY_CACHE",
    "TABLE_DIGIT_SHARE",
    "TEASER_WORDS",
    "TIMELINE_SNIPPET",
    "TOKEN_CACHE",
    "UNIT_NEAR",
    "USER_AGENT",
    "WATCH_SCHEDULE",
    "WEBHOOK_RETRIES",
    "WEBHOOK_TIMEOUT",
    "WRAPPED_SHARE",
    "ZSTD_LEVEL",
    "AlignConfig",
    "CompareConfig",
    "DedupConfig",
    "FingerprintConfig",
    "GroupingConfig",
    "InputConfig",
    "LinkConfig",
    "OrderConfig",
    "RelationConfig",
    "WatchConfig",
]
