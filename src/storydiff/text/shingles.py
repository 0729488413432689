"""Word n-gram shingles, for overlap scores."""

from __future__ import annotations


def shingles(words: list[str], n: int = 5) -> set[tuple[str, ...]]:
    """The set of n-word runs; a text shorter than n words is one shingle.

    Examples:
        >>> sorted(shingles(["a", "b", "c"], 2))
        [('a', 'b'), ('b', 'c')]
    """
    if not words:
        return set()
    if len(words) < n:
        return {tuple(words)}
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}
