"""The fingerprint index: lookups equal a brute-force count, segments merge by size,
and leftovers of a crash are ignored or cleaned."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from storydiff.config import INDEX_FAN_IN
from storydiff.detect.index import FingerprintIndex, Segment

HIGH48 = ~np.uint64(0xFFFF)


def _batch(rng: np.random.Generator, lo: int, hi: int, vocab: int) -> tuple[np.ndarray, np.ndarray]:
    """Fingerprints of texts lo..hi: a few of ``vocab`` possible hashes each."""
    pool = (rng.integers(0, 2**63, vocab).astype(np.uint64) * np.uint64(2)) & HIGH48
    hashes, numbers = [], []
    for n in range(lo, hi + 1):
        mine = np.unique(rng.choice(pool, int(rng.integers(0, 12))))
        hashes.append(mine)
        numbers.append(np.full(len(mine), n, np.int64))
    h, d = np.concatenate(hashes), np.concatenate(numbers)
    order = np.lexsort((d, h))
    return h[order], d[order]


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2**32 - 1), st.lists(st.integers(1, 40), min_size=1, max_size=8))
def test_lookup_counts_and_postings_equal_brute_force(seed: int, sizes: list[int]) -> None:
    import tempfile

    rng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory() as tmp:
        index = FingerprintIndex(Path(tmp) / "ix")
        truth: dict[int, list[int]] = {}
        lo = 1
        for size in sizes:  # batches of different sizes: segments merge on the way
            h, d = _batch(rng, lo, lo + size - 1, vocab=30)
            for x, n in zip(h.tolist(), d.tolist(), strict=True):
                truth.setdefault(x, []).append(n)
            index.add(lo, lo + size - 1, h, d)
            lo += size
        assert index.covered == lo - 1
        assert index.entries == sum(len(v) for v in truth.values())
        segs = index.segments  # no INDEX_FAN_IN last segments of one size class are left
        assert not (len(segs) >= INDEX_FAN_IN and segs[-INDEX_FAN_IN].n <= 2 * segs[-1].n)
        known = sorted(truth)
        absent = (
            (rng.integers(0, 2**63, 5).astype(np.uint64) * np.uint64(2)) | np.uint64(1)
        ).tolist()
        queries = np.array(sorted(set(known) | set(absent)), np.uint64)
        cap = 3
        post = index.lookup(queries, cap)
        for i, q in enumerate(queries.tolist()):
            holders = truth.get(q, [])
            assert post.df[i] == min(len(holders), cap + 1)
            got = sorted(post.number[post.query == i].tolist())
            assert got == (sorted(holders) if len(holders) <= cap else [])


def test_leftovers_of_a_crash_are_ignored_then_cleaned(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    folder = tmp_path / "ix"
    index = FingerprintIndex(folder)
    h1, d1 = _batch(rng, 1, 10, 50)
    h2, d2 = _batch(rng, 11, 20, 50)
    index.add(1, 10, h1, d1)  # one segment
    Segment.write(folder, 11, 20, h2, d2)  # a second, then a merge that "died":
    merged = np.concatenate([h1, h2])
    order = np.argsort(merged, kind="stable")
    Segment.write(folder, 1, 20, merged[order], np.concatenate([d1, d2])[order])
    (folder / ".000000000021-000000000030.seg.99.tmp").write_bytes(b"half a file")
    index.refresh()
    assert [(s.lo, s.hi) for s in index.segments] == [(1, 20)] and index.covered == 20
    index.clean()
    assert sorted(p.name for p in folder.iterdir()) == ["000000000001-000000000020.seg"]
    index.forget_after(15)  # never committed past text 15: the segment goes
    assert index.covered == 0 and index.segments == []


def test_equal_batches_merge_like_counting_in_base_four(tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    index = FingerprintIndex(tmp_path / "ix")
    for batch in range(27):  # 27 is 123 in base 4: segments of 16, 4+4 and 1+1+1 batches
        lo = 1 + batch * 10
        index.add(lo, lo + 9, *_batch(rng, lo, lo + 9, vocab=1000))
    assert [(s.hi - s.lo + 1) // 10 for s in index.segments] == [16, 4, 4, 1, 1, 1]
    assert index.covered == 270


def test_an_index_of_another_fingerprint_format_is_rebuilt(tmp_path: Path) -> None:
    """A store whose index was written under an older ``fingerprints.FORMAT`` (its
    segments' magic): opening it rebuilds the index from the texts, and links and
    stories stay as they were."""
    from storydiff.corpus.corpus import Corpus
    from storydiff.document import Document

    shared = " ".join(f"word{i}" for i in range(60))
    docs = [
        Document(text=f"{shared} version {i} ends here.", url=f"https://x/{i}") for i in range(3)
    ]
    docs.append(Document(text="Nothing in common with the others at all today.", url="https://x/9"))
    db = tmp_path / "s.db"
    with Corpus(db) as corpus:
        corpus.add(docs)
        before = [sorted(d.id for d in (v.document for v in s.versions)) for s in corpus.stories()]
    segments = sorted((tmp_path / "s.db.index").glob("*.seg"))
    assert segments
    for path in segments:  # as an older storydiff wrote them
        data = bytearray(path.read_bytes())
        data[:8] = b"SDFPIX01"
        path.write_bytes(bytes(data))
    assert FingerprintIndex(tmp_path / "s.db.index").covered == 0  # not read
    with Corpus(db) as corpus:
        assert corpus.index.covered == 4
        after = [sorted(d.id for d in (v.document for v in s.versions)) for s in corpus.stories()]
        assert len(corpus.similar(Document(text=f"{shared} and more."))) == 1
    assert after == before and [len(s) for s in after] == [3, 1]
    for path in (tmp_path / "s.db.index").glob("*.seg"):
        assert path.read_bytes()[:8] != b"SDFPIX01"
