"""Whether two texts that share a passage agree outside it.

Page chrome (a footer, a teaser of another story, an author bio) joins texts that
are otherwise unrelated; a version of a story that kept only one passage of the
text before it still tells the same story in its other sentences: the same people,
places and numbers. So, with the words of every shared passage (runs of shared
5-word shingles) set aside, ``tokens`` is the share of the smaller set of *content
tokens* of the two rests that the other holds too (a weighted overlap coefficient).

A content token is a word that starts with a capital letter (A-Z, or a Latin-1
capital such as Ä or É) away from the start of a sentence (a name, in most
languages), a word of at least ``LONG_WORD`` bytes, or a number of at least three
digits that is not a year (19xx, 20xx); as its lower-cased word hash. Day numbers
of a calendar and the current year are shared by unrelated pages; names, places and
long words mostly are not.

Each token weighs ``1 / (1 + n)``, n being how many *other* texts of the group being
clustered hold it (``Held``): alone, two texts weigh every token alike;
in a large group, words every article uses ("residents", "Monday", "million") count
for little and names for much.

Words are the words of ``text.fasthash``, the ones fingerprints and shingles use.
Measured on real pairs (``docs/stories.md``): versions of one article that share
little text agree at 0.40-0.54; related or unrelated pairs sharing chrome at most
0.31 (SemEval), and two outlets' different stories on one bill sharing a quote 0.34.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from storydiff.config import AGREEMENT_LONG_WORD, AGREEMENT_MIN_TOKENS, FingerprintConfig
from storydiff.detect.fingerprints import combine
from storydiff.text.arrays import distinct
from storydiff.text.fasthash import word_bytes

LONG_WORD = AGREEMENT_LONG_WORD
MIN_TOKENS = AGREEMENT_MIN_TOKENS
SHINGLE = FingerprintConfig().k
"""Words a shingle: the fingerprints' own."""
Hashes = npt.NDArray[np.uint64]


@dataclass(frozen=True, slots=True)
class Agreement:
    tokens: float
    """Weighted overlap coefficient of the content tokens outside shared passages."""
    rest_a: int
    rest_b: int
    """Content tokens of each text outside them."""


_ENDS = np.zeros(256, np.bool_)
_ENDS[[ord(c) for c in ".!?\n"]] = True
_ENDS[[0x82, 0x81, 0x9F]] = True  # last bytes of 。(E3 80 82), ！(EF BC 81), ？(EF BC 9F)


class Tokens:
    """A text's words as agreement reads them: its 5-word shingle hashes, and for
    each word its content token (the word's hash; 0 for a word that is none), all
    from ``text.fasthash`` in a few vector operations."""

    def __init__(self, text: str) -> None:
        hashes, starts, ends, raw = word_bytes(text)
        self.shingles = combine(hashes, SHINGLE)
        self.words = len(hashes)
        if not len(hashes):
            self.token = hashes
            self.all = hashes
            return
        first = raw[starts]
        length = ends - starts  # bytes: a character of most scripts is 2-3
        # A sentence opens at the text's first word and after . ! ? or a line break.
        ended = np.concatenate(([0], np.cumsum(_ENDS[raw])))
        opens = np.ones(len(hashes), np.bool_)
        opens[1:] = ended[starts[1:]] > ended[ends[:-1]]
        latin_capital = (first == 0xC3) & (raw[starts + 1] >= 0x80) & (raw[starts + 1] <= 0x9E)
        capital = ((first >= 0x41) & (first <= 0x5A)) | latin_capital
        digit = (first >= 0x30) & (first <= 0x39)
        second = raw[starts + 1]
        year = (length == 4) & (
            ((first == 0x31) & (second == 0x39)) | ((first == 0x32) & (second == 0x30))
        )
        content = (length >= LONG_WORD) | (capital & ~opens) | (digit & (length >= 3) & ~year)
        self.token = np.where(content, hashes, np.uint64(0))
        self.all = distinct(self.token[content])

    def rest(self, other: Tokens) -> Hashes:
        """The distinct content tokens of this text outside the shingles ``other``
        holds."""
        shared = np.zeros(self.words, np.bool_)
        hit = np.flatnonzero(np.isin(self.shingles, other.shingles))
        for d in range(min(SHINGLE, self.words)):
            shared[hit + d] = True
        kept = self.token[~shared]
        return distinct(kept[kept != 0])


class Held:
    """How many texts of a group hold each content token."""

    def __init__(self, group: Sequence[Tokens] = ()) -> None:
        every = np.concatenate([t.all for t in group]) if group else np.zeros(0, np.uint64)
        self.keys, self.counts = np.unique(every, return_counts=True)

    def of(self, tokens: Hashes) -> npt.NDArray[np.int64]:
        if not len(self.keys):
            return np.zeros(len(tokens), np.int64)
        at = np.minimum(np.searchsorted(self.keys, tokens), len(self.keys) - 1)
        found: npt.NDArray[np.int64] = np.where(self.keys[at] == tokens, self.counts[at], 0)
        return found


def agreement(a: Tokens, b: Tokens, held: Held | None = None) -> Agreement:
    """How far two texts agree outside the passages they share (module docstring);
    ``held``: how many texts of their group hold each token."""
    ra, rb = a.rest(b), b.rest(a)
    if min(len(ra), len(rb)) < MIN_TOKENS:
        return Agreement(0.0, len(ra), len(rb))
    held = held or Held()

    def weights(tokens: Hashes) -> npt.NDArray[np.float64]:
        mine = np.isin(tokens, a.all).astype(np.int64) + np.isin(tokens, b.all)
        others = np.maximum(held.of(tokens) - mine, 0)
        out: npt.NDArray[np.float64] = 1.0 / (1.0 + others)
        return out

    common = float(weights(np.intersect1d(ra, rb, assume_unique=True)).sum())
    smaller = min(float(weights(ra).sum()), float(weights(rb).sum()))
    return Agreement(common / smaller if smaller else 0.0, len(ra), len(rb))


def rest_agreement(text_a: str, text_b: str) -> Agreement:
    """``agreement`` of two texts on their own.

    Examples:
        >>> footer = " Subscribe to our newsletter for the latest news from the valley today."
        >>> a = "The ferry to Marlow Bay ran aground on Saturday, Harbour Master Jon Ek said."
        >>> b = "Storm warnings closed three schools in Eastfield, Mayor Ada Roos said."
        >>> rest_agreement(a + footer, b + footer).tokens
        0.0
    """
    return agreement(Tokens(text_a), Tokens(text_b))


def judge(
    tokens: Callable[[list[int]], dict[int, Tokens]], group: Sequence[int], threshold: float
) -> Callable[[int, int], bool]:
    """Whether two texts of ``group`` (by key) agree at ``threshold``, weighing tokens
    by the rest of the group. ``tokens`` gives the ``Tokens`` of texts by key; the
    group's are read on the first call only (most groups never need them)."""
    found: dict[int, Tokens] = {}
    held = Held()

    def agree(x: int, y: int) -> bool:
        nonlocal held
        if not found:
            found.update(tokens(list(group)))
            held = Held(list(found.values()))
        if x not in found or y not in found:
            return False
        return agreement(found[x], found[y], held).tokens >= threshold

    return agree
