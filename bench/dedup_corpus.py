"""A generated news-like corpus with planted near-duplicates, for bench/dedup_speed.py.

Originals are sentences of words drawn from a Zipf-distributed vocabulary (about
3 KB each, a capital at each sentence start, commas, full stops, numbers), so
unrelated texts share almost no 5-word shingle. Some originals get one copy each:
"positives" edited to a Jaccard similarity drawn evenly from 0.8–1.0, "negatives"
from 0.6–0.8. A copy's edits are word replacements, insertions and deletions at
least 5 words apart, so each changes a known number of shingles; the similarity
recorded is measured afterwards with ``reference_jaccard``, never assumed.
Everything is ASCII, where ``reference_jaccard``'s regular expression sees exactly
the words storydiff's tokenizer sees.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

_WORD = re.compile(r"[a-z0-9]+")
SHINGLE = 5


def grams(text: str, n: int = SHINGLE) -> set[tuple[str, ...]]:
    """The set of n-word shingles, words as storydiff sees ASCII text."""
    w = _WORD.findall(text.lower())
    if len(w) < n:
        return {tuple(w)} if w else set()
    return set(zip(*(w[i:] for i in range(n)), strict=False))


def reference_jaccard(a: str, b: str) -> float:
    sa, sb = grams(a), grams(b)
    union = len(sa | sb)
    return len(sa & sb) / union if union else 0.0


@dataclass(frozen=True, slots=True)
class Planted:
    original: int
    copy: int
    jaccard: float
    """Measured (``reference_jaccard``)."""


@dataclass(frozen=True, slots=True)
class Corpus:
    texts: list[str]
    planted: list[Planted]


def _vocabulary(rng: random.Random, size: int) -> tuple[list[str], list[float]]:
    letters = "etaoinshrdlcumwfgypbvkjxqz"
    weights = [1 / (k + 1) ** 0.5 for k in range(len(letters))]
    words: set[str] = set()
    while len(words) < size:
        length = min(12, max(2, int(rng.gauss(6, 2.5))))
        words.add("".join(rng.choices(letters, weights, k=length)))
    vocab = sorted(words)
    rng.shuffle(vocab)
    cum, total = [], 0.0
    for k in range(len(vocab)):
        total += 1 / (k + 1)
        cum.append(total)
    return vocab, cum


def _article(rng: random.Random, vocab: list[str], cum: list[float], chars: int) -> str:
    words = rng.choices(vocab, cum_weights=cum, k=chars // 7)
    out, sentence = [], 0
    for w in words:
        if sentence == 0:
            w = w.capitalize()
        sentence += 1
        roll = rng.random()
        if roll < 0.02:
            w = str(rng.randrange(2, 2000))
        if sentence > 8 and roll > 0.88:
            w += "."
            sentence = 0
        elif roll > 0.95:
            w += ","
        out.append(w)
    return " ".join(out) + "."


def _edit(rng: random.Random, text: str, target: float, vocab: list[str]) -> str:
    words = text.split(" ")
    shingles = max(1, len(words) - SHINGLE + 1)
    # Each edit away from the others changes about 5 shingles on each side.
    edits = round(shingles * (1 - target) / (SHINGLE * (1 + target)))
    if edits == 0:
        return text.replace(". ", ".  ", 1)  # the same words: Jaccard 1
    slots = max(1, (len(words) - 2 * SHINGLE) // (SHINGLE + 1))
    chosen = sorted(rng.sample(range(slots), min(edits, slots)), reverse=True)
    for slot in chosen:
        at = SHINGLE + slot * (SHINGLE + 1)
        roll = rng.random()
        fresh = rng.choice(vocab) + rng.choice("qxz")  # a word no original has
        if roll < 0.7:
            words[at] = fresh
        elif roll < 0.85:
            words.insert(at, fresh)
        else:
            del words[at]
    return " ".join(words)


def generate(
    docs: int, seed: int = 5, positives: float = 0.15, negatives: float = 0.05, chars: int = 3000
) -> Corpus:
    """``docs`` texts: originals, then copies of distinct originals (``positives`` of
    the corpus at Jaccard 0.8–1.0, ``negatives`` at 0.6–0.8), the copies after all the
    originals, shuffled."""
    rng = random.Random(seed)
    vocab, cum = _vocabulary(rng, 30_000)
    n_pos, n_neg = round(docs * positives), round(docs * negatives)
    n_orig = docs - n_pos - n_neg
    originals = [_article(rng, vocab, cum, chars) for _ in range(n_orig)]
    sources = rng.sample(range(n_orig), n_pos + n_neg)
    copies = []
    for k, source in enumerate(sources):
        low, high = (0.8, 1.0) if k < n_pos else (0.6, 0.8)
        copies.append((source, _edit(rng, originals[source], rng.uniform(low, high), vocab)))
    # Copies follow all the originals, in a shuffled order.
    rng.shuffle(copies)
    texts = originals + [c for _, c in copies]
    planted = [
        Planted(source, n_orig + k, reference_jaccard(originals[source], copy))
        for k, (source, copy) in enumerate(copies)
    ]
    return Corpus(texts, planted)
