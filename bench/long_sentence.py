"""A pathological sentence against an article of the same length: ``compare`` of two
single sentences of N words (one word in 50 changed) against two articles of the same
words in sentences of 20 (each starting with a capital so it is split), side by side
in one run. Words are drawn from 3,000 made-up ones (seeded).

    .venv/bin/python bench/long_sentence.py [--words 20000] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Sequence

from storydiff import compare
from storydiff.config import CompareConfig


def texts(n: int, seed: int = 1) -> tuple[str, str, str, str]:
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(3000)]
    a = [rng.choice(vocab) for _ in range(n)]
    b = list(a)
    for k in range(0, n, 50):
        b[k] = rng.choice(vocab)

    def article(ws: list[str]) -> str:
        return " ".join(
            " ".join([ws[i].capitalize(), *ws[i + 1 : i + 20]]) + "." for i in range(0, n, 20)
        )

    return " ".join(a) + ".", " ".join(b) + ".", article(a), article(b)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--words", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    one_a, one_b, art_a, art_b = texts(args.words)
    config = CompareConfig(facts=False)
    compare(art_a[:2000], art_b[:2000], config)  # warm-up: imports, language model
    sentence: list[float] = []
    article: list[float] = []
    for _ in range(args.runs):
        for pair, into in (((one_a, one_b), sentence), ((art_a, art_b), article)):
            start = time.perf_counter()
            compare(*pair, config)
            into.append(time.perf_counter() - start)
    s, a = statistics.median(sentence), statistics.median(article)
    print(f"{args.words:,} words: one sentence {s:.2f} s, article {a:.2f} s, "
          f"ratio {s / a:.1f} (target at most 10)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
