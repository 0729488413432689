"""The text layer (``text``): the one shingle size, when a language is known, and when
line breaks end sentences."""

from __future__ import annotations

SHINGLE_WORDS = 5
"""Words per shingle, everywhere: ``text.shingles``, and the defaults of
``RelationConfig``, ``FingerprintConfig`` and ``DedupConfig``, so a pair of texts
gets one Jaccard everywhere. Five words: the measure the version statistics of 100
real AP/NYT pairs use (``RelationConfig``). Stored fingerprint indexes are made of
these shingles: after a change, raise ``detect.fingerprints.FORMAT`` so they are
rebuilt."""
LANGUAGE_MIN_PROBABILITY = 0.5
"""Below this the language is reported as unknown (None) rather than guessed: lists of
names or numbers ("Port0, Port1, ...") get low, meaningless scores."""
WRAPPED_SHARE = 0.5
"""A paragraph whose lines (all but its last) end without punctuation more often than
this, two at least, is prose wrapped at a fixed width: its line breaks end no
sentence."""
TEASER_WORDS = 25
"""The most words a teased headline runs to ("ALSO READ: Mayor quits over harbour
plan"); a longer line after a teaser label is story text run into it."""
