"""The later blind batches of the SemEval speaker set (``bench/speakers_real.py
--batch 2|3|4|5``): tune texts only, the files as labelled (their SHA-256 recorded in the
bench), few words per label. They score no gate: they measure speaker rules on tune
texts the rules were not fitted on, before being used to fit more."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import semeval_texts  # noqa: E402
import speakers_real  # noqa: E402


def test_each_batch_is_its_blind_file_of_tune_texts_not_labelled_before() -> None:
    first = {(t["pair_id"], t["text"]) for t in speakers_real.load_labels("1")}
    seen: set[tuple[str, int]] = set()
    for batch in ("2", "3", "4", "5"):
        path, sha = speakers_real.BATCHES[batch]
        raw = path.read_bytes()
        assert hashlib.sha256(raw).hexdigest() == sha
        for t in json.loads(raw)["texts"]:
            key = (t["pair_id"], t["text"])
            assert t["part"] == "tune" == speakers_real.split_of(t["pair_id"], str(t["text"]))
            assert key not in first and key not in seen
            seen.add(key)
            for label in t["labels"]:
                assert len(label["words"].split()) <= 6
                assert label["how"] in {
                    "same-sentence", "previous-sentence", "pronoun", "continuation", "none"
                }  # fmt: skip


@pytest.mark.parametrize(("batch", "pages"), [("web", 7), ("web2", 15), ("web3", 11)])
def test_each_web_set_is_its_blind_file_with_few_words_each(batch: str, pages: int) -> None:
    path, sha = speakers_real.BATCHES[batch]
    raw = path.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == sha
    texts = json.loads(raw)["texts"]
    assert len(texts) == len({t["url"] for t in texts}) >= pages
    assert all(len(label["words"].split()) <= 6 for t in texts for label in t["labels"])


def test_the_xl_set_is_a_blind_file_per_part_split_by_its_own_hash() -> None:
    for part, (path, sha) in speakers_real.XL.items():
        raw = path.read_bytes()
        assert hashlib.sha256(raw).hexdigest() == sha
        texts = json.loads(raw)["texts"]
        assert len(texts) >= 25 and all(t["labels"] for t in texts)
        for t in texts:
            assert t["part"] == part == speakers_real.split_of_xl(t["pair_id"], str(t["text"]))
            assert all(len(label["words"].split()) <= 6 for label in t["labels"])


def test_the_later_xl_batches_are_their_blind_files_of_tune_texts_not_labelled_before() -> None:
    seen = {(t["pair_id"], t["text"]) for t in speakers_real.load_labels("xl", "tune")}
    for path, sha in speakers_real.XL_BATCHES.values():
        raw = path.read_bytes()
        assert hashlib.sha256(raw).hexdigest() == sha
        texts = json.loads(raw)["texts"]
        assert len(texts) == 40 and all(t["labels"] for t in texts)
        keys = {(t["pair_id"], t["text"]) for t in texts}
        assert not keys & seen
        seen |= keys
        for t in texts:
            assert t["part"] == "tune" == speakers_real.split_of_xl(t["pair_id"], str(t["text"]))
            assert all(len(label["words"].split()) <= 6 for label in t["labels"])


def test_the_newsedits_set_is_tuning_pairs_only_never_a_held_out_one() -> None:
    facts = json.loads((semeval_texts.LABEL_DIR / "newsedits.blind.json").read_bytes())
    allowed = {pid for pid, part in facts["split"].items() if part == "tune"}
    allowed |= set(facts["excluded"])
    seen: set[str] = set()
    for path, sha in speakers_real.NEWSEDITS:
        raw = path.read_bytes()
        assert hashlib.sha256(raw).hexdigest() == sha
        for t in json.loads(raw)["texts"]:
            assert t["pair_id"] in allowed and t["pair_id"] not in seen
            assert t["text"] == "B" and t["part"] == "tune"
            seen.add(t["pair_id"])
            assert all(len(label["words"].split()) <= 6 for label in t["labels"])
    assert seen == allowed
