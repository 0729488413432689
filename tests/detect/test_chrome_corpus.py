"""The story gate on generated pages wrapped in page chrome (``bench/gen_chrome.py``:
fictional stories on fictional sites, two to five unrelated stories a site, each page
with its site's teaser block quoting other stories' first sentences, an author bio,
a newsletter block and a footer).

Gate: no story mixes texts of two true stories, and pair recall >= 0.99 (a pair of
texts of one true story found in one story), when all pages arrive at once and when
they arrive in a random order over several ingests (stories joined through a block
before it was seen a third time come apart again: the healing path), which must
give the same stories.
"""

from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

import pytest

from storydiff import Corpus, Document

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import gen_chrome

STORIES = 60


def _stories(pages: list[gen_chrome.Page], folder: Path, parts: int, seed: int) -> list[list[str]]:
    order = pages[:]
    random.Random(seed).shuffle(order)
    docs = {
        p.id: Document(p.text, url=f"https://{gen_chrome.domain(p.site)}/{p.id}", outlet=p.site)
        for p in pages
    }
    by_text = {d.id: page for page, d in docs.items()}
    with Corpus(folder / f"chrome{parts}.db") as corpus:
        size = -(-len(order) // parts)
        for start in range(0, len(order), size):
            corpus.add([docs[p.id] for p in order[start : start + size]])
        found = [sorted(by_text[v.document.id] for v in s.versions) for s in corpus.stories()]
    return sorted(found)


def _score(pages: list[gen_chrome.Page], stories: list[list[str]]) -> tuple[list[str], float]:
    truth = {p.id: p.story for p in pages}
    mixed = [", ".join(s) for s in stories if len({truth[i] for i in s}) > 1]
    together = {frozenset(p) for s in stories for p in itertools.combinations(s, 2)}
    true_pairs = {
        frozenset((a.id, b.id)) for a, b in itertools.combinations(pages, 2) if a.story == b.story
    }
    return mixed, len(together & true_pairs) / len(true_pairs)


@pytest.mark.parametrize("seed", [1, 2])
def test_chrome_never_joins_stories_and_healing_ends_where_one_ingest_does(
    seed: int, tmp_path: Path
) -> None:
    pages = gen_chrome.chrome_pages(STORIES, seed)
    at_once = _stories(pages, tmp_path, 1, seed)
    mixed, recall = _score(pages, at_once)
    print(f"seed {seed}: {len(pages)} pages, {len(at_once)} stories, recall {recall:.3f}")
    assert not mixed, mixed
    assert recall >= 0.99
    in_parts = _stories(pages, tmp_path, 6, seed)
    assert _score(pages, in_parts) == ([], recall)
    assert in_parts == at_once
