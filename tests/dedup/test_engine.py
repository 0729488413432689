"""End to end on generated corpora: every link verified, planted pairs found, the
same result however the input is cut into shards."""

from __future__ import annotations

import pickle
from itertools import combinations
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import storydiff.dedup.sources as sources
from storydiff.config import DedupConfig
from storydiff.dedup import DedupResult, dedup_path, dedup_texts
from storydiff.dedup.minhash import estimate, signatures
from storydiff.errors import DedupError
from storydiff.text.shingles import text_shingles
from tests.dedup.corpus import Corpus, generate, reference_jaccard, write_jsonl

THRESHOLD = 0.8


def _links(result: DedupResult) -> set[tuple[int, int]]:
    return {(a, b) for a, b in result.linked.tolist()}


def _fingerprint(result: DedupResult) -> tuple[list[int], ...]:
    return (
        result.cluster.tolist(),
        result.keep.tolist(),
        result.match.tolist(),
        np.nan_to_num(result.jaccard, nan=-1.0).tolist(),
        np.nan_to_num(result.estimate, nan=-1.0).tolist(),
        result.linked.tolist(),
    )


def _kept(text: str) -> list[int]:
    """The shingles of ``text`` as the sketch files keep them."""
    shingles, starts = text_shingles([text], 5)
    kept: list[int] = signatures(shingles, starts, 128)[1].tolist()
    return kept


def _small_shards(corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``corpus`` as a JSONL file that is cut into shards however small it is."""
    monkeypatch.setattr(sources, "MIN_SHARD_BYTES", 1)
    return write_jsonl(corpus, tmp_path / "in.jsonl")


@settings(max_examples=10)
@given(st.integers(min_value=0, max_value=10_000))
def test_links_are_verified_and_clusters_connected_by_them(seed: int) -> None:
    corpus = generate(seed)
    with dedup_texts(corpus.texts) as result:
        texts = corpus.texts
        for (a, b), j in zip(result.linked.tolist(), result.linked_jaccard.tolist(), strict=True):
            assert reference_jaccard(texts[a], texts[b]) == pytest.approx(j)
            assert j >= THRESHOLD
            assert result.jaccard[a] >= j and result.jaccard[b] >= j  # the best match
        for c in set(result.cluster.tolist()):
            members = np.flatnonzero(result.cluster == c).tolist()
            assert c == members[0]  # the cluster's id: its smallest document number
            # Members are connected through pairs at or above the threshold.
            reach = {members[0]}
            grow = True
            while grow:
                grow = False
                for a, b in combinations(members, 2):
                    if (a in reach) != (b in reach) and reference_jaccard(
                        texts[a], texts[b]
                    ) >= THRESHOLD:
                        reach |= {a, b}
                        grow = True
            assert reach == set(members)
            assert int(result.keep[members].sum()) == 1


def test_planted_pairs_above_the_threshold_are_found_and_below_are_not_linked() -> None:
    found = total = 0
    for seed in range(5):
        corpus = generate(seed, originals=80, copies=60, words=200, edits=7)
        with dedup_texts(corpus.texts) as result:
            for a, b, j in corpus.pairs:
                same = result.cluster[a] == result.cluster[b]
                if j >= 0.85:
                    total += 1
                    found += bool(same)
                if j < THRESHOLD and same:
                    # only through other documents, never by a direct link
                    assert (a, b) not in _links(result)
    assert total > 100 and found / total >= 0.97


def test_the_estimate_is_reported_for_the_best_match() -> None:
    corpus = generate(3)
    with dedup_texts(corpus.texts) as result:
        has = np.flatnonzero(result.match >= 0)
        assert len(has)
        assert np.abs(result.estimate[has] - result.jaccard[has]).max() < 0.25
        assert np.isnan(result.estimate[result.match < 0]).all()
        for i in has[:20].tolist():  # the share of equal bins of the two signatures
            pair = [corpus.texts[i], corpus.texts[int(result.match[i])]]
            sig, _ = signatures(*text_shingles(pair, 5), 128)
            assert result.estimate[i] == float(estimate(sig[0], sig[1]))


def test_the_estimate_of_a_closed_file_result_is_a_clear_error(tmp_path: Path) -> None:
    corpus = generate(4)
    result = dedup_texts(corpus.texts, work_dir=tmp_path)
    assert (result.match >= 0).any()
    result.close()
    with pytest.raises(DedupError, match="before closing"):
        _ = result.estimate


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_shards_and_processes_do_not_change_the_result(
    tmp_path: Path, workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storydiff.dedup.engine as engine

    corpus = generate(11, originals=100, copies=80)
    path = _small_shards(corpus, tmp_path, monkeypatch)
    with dedup_texts(corpus.texts) as expected:
        monkeypatch.setattr(engine, "MIN_PAIRS_PER_JOB", 1)  # verify in processes too
        with dedup_path(path, workers=workers) as got:
            assert len(got.sketches.parts) == workers
            assert got.documents == len(corpus.texts)
            assert _fingerprint(got) == _fingerprint(expected)
            ids = list(got.sketches.ids())
            assert ids == [f"doc{i:04d}" for i in range(len(corpus.texts))]


def test_keep_rule_and_threshold_come_from_the_config() -> None:
    base = "the cargo ship ran aground off the port of kestrel bay on saturday night as a storm hit"
    texts = [base, base + " the coast", base + " the coast today"]
    with dedup_texts(texts, DedupConfig(threshold=0.7, keep=("longest",))) as r:
        assert r.cluster.tolist() == [0, 0, 0]
        assert r.keep.tolist() == [False, False, True]
    with dedup_texts(texts, published=[300.0, 100.0, 200.0]) as r:
        assert r.keep.tolist() == [False, True, False]  # earliest published
    with dedup_texts(texts, DedupConfig(threshold=0.99)) as r:
        assert r.cluster.tolist() == [0, 1, 2] and r.keep.all()


def test_identical_texts_many_times_over_form_one_cluster() -> None:
    text = "breaking news the storm closed the port and the bridge over the river on monday"
    texts = [text] * 120 + ["something else entirely about markets and rates today"]
    with dedup_texts(texts) as r:  # a bucket over max_bucket: star and chain pairs
        assert r.cluster.tolist() == [0] * 120 + [120]
        assert r.removed == 119
        assert r.candidates <= 2 * 120


def test_shingles_are_mapped_for_every_shard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = generate(5, originals=40, copies=20)
    with dedup_path(_small_shards(corpus, tmp_path, monkeypatch), workers=3) as result:
        sketches = result.sketches
        assert len(sketches.parts) == 3
        with sketches.mapped() as (shards, release):
            for i in (0, 1, 7, 30, 31, 59):
                k = int(np.searchsorted(sketches.starts, i, side="right") - 1)
                values, offsets = shards[k]
                local = i - sketches.starts[k]
                expected = _kept(corpus.texts[i])
                assert values[offsets[local] : offsets[local + 1]].tolist() == expected
            release()  # the pages go; reading again reads them again
            assert shards[0][0][:3].tolist() == _kept(corpus.texts[0])[:3]
        assert shards == []  # the arrays are gone with the maps
        # A shingle file cut short is an error, not a read past its end.
        last = sketches.parts[-1].path("shingles")
        last.write_bytes(last.read_bytes()[:-4])
        with pytest.raises(DedupError, match="shorter than its offsets"), sketches.mapped():
            pass


def test_empty_texts_in_memory_are_rejected_and_the_rest_keep_their_numbers() -> None:
    story = "the cargo ship ran aground off the port of kestrel bay on saturday night"
    with dedup_texts(["", story, "   ", story, "« … »"]) as r:
        assert [(x.source, x.position, x.reason) for x in r.rejected] == [
            ("texts", "text 0", "empty text"),
            ("texts", "text 2", "empty text"),
            ("texts", "text 4", "no words"),
        ]
        assert list(r.sketches.ids()) == [1, 3]
        assert r.cluster.tolist() == [0, 0] and r.keep.tolist() == [True, False]


def test_a_shard_of_only_bad_lines_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    story = " ".join(f"word{i}" for i in range(60))
    lines = [json.dumps({"id": f"a{i}", "text": f"{story} tail{i}"}) for i in range(2)]
    lines += ["not json " + "x" * 400] * 30  # the middle shards: no documents
    lines += [json.dumps({"id": f"b{i}", "text": f"{story} end{i}"}) for i in range(2)]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(sources, "MIN_SHARD_BYTES", 1)
    with dedup_path(path, workers=1) as one, dedup_path(path, workers=4) as four:
        assert [p.documents for p in four.sketches.parts] == [2, 0, 0, 2]
        assert one.cluster.tolist() == [0, 0, 0, 0] and one.links == 6
        assert _fingerprint(four) == _fingerprint(one)
        with four.sketches.mapped() as (shards, _):  # an empty file is not mapped
            assert [len(values) for values, _ in shards][1:3] == [0, 0]


def test_corrupt_offsets_are_an_error_and_only_needed_shards_are_mapped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = generate(6, originals=30, copies=10)
    with dedup_path(_small_shards(corpus, tmp_path, monkeypatch), workers=2) as result:
        sketches = result.sketches
        with sketches.mapped([1]) as (shards, _):
            assert len(shards[0][0]) == 0 and len(shards[1][0]) > 0
        # An offset going backwards would send the kernels' loops past their tables.
        part = sketches.parts[0]
        offsets = part.shingle_offsets()
        offsets[3] = offsets[1] - 1
        np.save(part.path("shingle_offsets.npy"), offsets)
        sketches._offsets.clear()
        with pytest.raises(DedupError, match="corrupt"), sketches.mapped():
            pass
        with sketches.mapped([1]):  # shard 0 is not read
            pass


def test_a_pickled_result_keeps_its_estimates_when_the_original_is_closed(
    tmp_path: Path,
) -> None:
    corpus = generate(5)
    result = dedup_texts(corpus.texts, work_dir=tmp_path)
    copy = pickle.loads(pickle.dumps(result))  # as a worker or a Dask task returns it
    result.close()
    has = copy.match >= 0
    assert has.any() and not np.isnan(copy.estimate[has]).any()
    assert np.isnan(copy.estimate[~has]).all()


def test_a_pickled_copy_owns_no_folder_and_a_closed_result_still_pickles(tmp_path: Path) -> None:
    corpus = generate(6)
    result = dedup_texts(corpus.texts, work_dir=tmp_path)
    with pickle.loads(pickle.dumps(result)) as copy:
        assert copy.work is None
    assert len(list(result.sketches.ids())) == result.documents  # its files are still there
    result.close()
    assert not np.isnan(pickle.loads(pickle.dumps(result)).estimate).all()  # made before
    closed = dedup_texts(corpus.texts, work_dir=tmp_path)
    closed.close()
    later = pickle.loads(pickle.dumps(closed))  # closed before any estimate: none to make
    with pytest.raises(DedupError, match="before closing"):
        _ = later.estimate
