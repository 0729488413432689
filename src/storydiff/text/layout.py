"""Which words of a text stand on lines that look like page chrome, not prose.

Extraction leaves chrome in article text: teaser lists of other headlines ("Trending
on ..."), "most read" boxes, calendars and schedules, server warnings and markup.
What gives such a block away is its shape, whatever its language:

- **a list**: at least half of the five lines around it (of its own text, itself
  included; fewer at the text's ends), and at least two, are short: at most
  ``LIST_LINE_WORDS`` words, not ending a sentence (. ! ?); and the line is short
  itself or stands between two short lines. A teaser block of headlines and first
  sentences, a navigation menu or a list of related links reads like that; news
  prose does not, whether its paragraphs run to 20-60 words or it puts every
  sentence on a line of its own (a subheading between paragraphs is one short line
  among long ones);
- **markup**: at least two of ``< > { }`` on the line, and at least one for every
  two words (HTML or CSS left in the text, PHP warnings printed before a page;
  prose with a tag or two in it is still prose);
- **a table**: at least three words, and at least half of them start with a digit
  (calendars, schedules, results tables);
- **a server message**: a PHP warning or error line ("Warning: ... on line 12")
  printed into the page.

Only line structure counts, so a text of one line (a JSON Lines body with no line
breaks) never looks like a list. Everything is a few vector operations over the
batch's bytes (``text.fasthash`` calls ``chrome_words``).
"""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt

from storydiff.config import (
    LIST_LINE_WORDS,
    LIST_MIN_SHORT,
    LIST_WINDOW,
    MARKUP_BYTES,
    MARKUP_PER_WORD,
    TABLE_DIGIT_SHARE,
)

Offsets = npt.NDArray[np.int64]
_SERVER = re.compile(
    rb"(?:Warning|Notice|Deprecated|Strict Standards|Fatal error|Parse error|Catchable fatal"
    rb" error): [^\n]{0,600}? on line \d+"
)
_ENDS_SENTENCE = np.zeros(256, np.bool_)
_ENDS_SENTENCE[[ord(c) for c in ".!?"]] = True
_MARKUP = np.zeros(256, np.bool_)
_MARKUP[[ord(c) for c in "<>{}"]] = True


def _listy(short: npt.NDArray[np.bool_], text: Offsets) -> npt.NDArray[np.bool_]:
    """Lines in a list: enough short lines around them in their own text (see the
    module docstring)."""
    half = LIST_WINDOW // 2
    n = len(short)
    around = np.zeros((LIST_WINDOW, n), np.bool_)  # row half + d: line i + d is short
    present = np.zeros(n, np.int64)
    for row, shift in enumerate(range(-half, half + 1)):
        src = np.arange(n) + shift
        ok = (src >= 0) & (src < n)
        ok[ok] &= text[src[ok]] == text[ok]
        around[row, ok] = short[src[ok]]
        present += ok
    count = around.sum(axis=0)
    enough = (count >= LIST_MIN_SHORT) & (2 * count >= present)
    out: npt.NDArray[np.bool_] = enough & (short | (around[half - 1] & around[half + 1]))
    return out


def chrome_words(
    data: bytes, starts: Offsets, ends: Offsets, doc_starts: Offsets
) -> npt.NDArray[np.bool_]:
    """For each word (byte ``starts``/``ends`` into ``data``, texts laid end to end with
    one separator byte at each ``doc_starts`` position), whether its line is a list,
    markup, a table or a server message (see the module docstring)."""
    if not len(starts):
        return np.zeros(0, np.bool_)
    raw = np.frombuffer(data, np.uint8)
    cuts = np.union1d(np.flatnonzero(raw == 0x0A), doc_starts)
    line_of = np.searchsorted(cuts, starts, side="right")
    # Words come in order, so their lines do: number the lines that hold words.
    opens = np.empty(len(line_of), np.bool_)
    opens[0] = True
    np.not_equal(line_of[1:], line_of[:-1], out=opens[1:])
    lines = line_of[opens]
    line_of = np.cumsum(opens) - 1
    text = np.searchsorted(doc_starts, cuts[lines - 1], side="right") - 1
    words = np.bincount(line_of, minlength=len(lines)).astype(np.float64)
    first = raw[starts]
    digits = (first >= 0x30) & (first <= 0x39)
    digit_words = np.bincount(line_of, weights=digits, minlength=len(lines))
    markup = np.zeros(len(lines), np.int64)
    has_markup = any(c in data for c in (b"<", b">", b"{", b"}"))
    marks = np.flatnonzero(_MARKUP[raw]) if has_markup else np.zeros(0, np.int64)
    if len(marks):
        mark_line = np.searchsorted(cuts, marks, side="right")
        at = np.searchsorted(lines, mark_line)
        hit = (at < len(lines)) & (lines[np.minimum(at, len(lines) - 1)] == mark_line)
        markup = np.bincount(at[hit], minlength=len(lines))
    # The byte after each line's last word: does the line end a sentence?
    last = np.flatnonzero(np.append(line_of[1:] != line_of[:-1], True))
    after = raw[np.minimum(ends[last], len(raw) - 1)]
    ends_sentence = _ENDS_SENTENCE[after]
    listy = _listy((words <= LIST_LINE_WORDS) & ~ends_sentence, text)
    table = (words >= 3) & (digit_words >= TABLE_DIGIT_SHARE * words)
    tags = (markup >= MARKUP_BYTES) & (markup >= MARKUP_PER_WORD * words)
    flag: npt.NDArray[np.bool_] = (listy | table | tags)[line_of]
    for found in _SERVER.finditer(data) if b" on line " in data else ():
        lo, hi = np.searchsorted(starts, [found.start(), found.end()])
        flag[lo:hi] = True
    return flag
