"""Small generated corpora with planted near-duplicates, and a plain-Python reference
of the Jaccard similarity the dedup tests check against."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from storydiff.text.fasthash import reference_words

WORDS = (
    "the a of to in and said on for that with was as at by from its an is has were "
    "port ship storm police minister government officials report cargo crew coast "
    "monday tuesday saturday night morning rescue authorities city river bridge "
    "election vote council budget market shares prices bank rates company workers "
    "strike union talks court judge trial fire hospital patients school students"
).split()


def reference_jaccard(a: str, b: str, n: int = 5) -> float:
    """Jaccard similarity of the n-word shingle sets, on the words fasthash sees."""

    def grams(text: str) -> set[tuple[str, ...]]:
        w = reference_words(text)
        if len(w) < n:
            return {tuple(w)} if w else set()
        return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}

    sa, sb = grams(a), grams(b)
    union = sa | sb
    return len(sa & sb) / len(union) if union else 0.0


def article(rng: random.Random, words: int) -> str:
    out = []
    for i in range(words):
        w = rng.choice(WORDS) + str(rng.randrange(40))  # a vocabulary of about 3,000
        out.append(w.capitalize() if i % 12 == 0 else w)
        if i % 12 == 11:
            out[-1] += "."
    return " ".join(out)


def edit(rng: random.Random, text: str, edits: int) -> str:
    words = text.split()
    for _ in range(edits):
        i = rng.randrange(len(words))
        kind = rng.random()
        if kind < 0.5:
            words[i] = rng.choice(WORDS) + "x" + str(rng.randrange(1000))
        elif kind < 0.75 and len(words) > 10:
            del words[i]
        else:
            words.insert(i, rng.choice(WORDS) + "y" + str(rng.randrange(1000)))
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Corpus:
    texts: list[str]
    pairs: list[tuple[int, int, float]]
    """Planted (original, copy, reference Jaccard)."""


def generate(
    seed: int, originals: int = 60, copies: int = 30, words: int = 120, edits: int = 13
) -> Corpus:
    """``originals`` unrelated texts, then ``copies`` edited copies of some of them
    (0 to ``edits - 1`` edits each: at 120 words and 13, Jaccard from about 0.4 to 1)."""
    rng = random.Random(seed)
    texts = [article(rng, words) for _ in range(originals)]
    pairs = []
    for _ in range(copies):
        source = rng.randrange(originals)
        copy = edit(rng, texts[source], rng.randrange(edits))
        texts.append(copy)
        pairs.append((source, len(texts) - 1, reference_jaccard(texts[source], copy)))
    return Corpus(texts, pairs)


def write_jsonl(corpus: Corpus, path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i, text in enumerate(corpus.texts):
            f.write(json.dumps({"id": f"doc{i:04d}", "text": text}) + "\n")
    return path
