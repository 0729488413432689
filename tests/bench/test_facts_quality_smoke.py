"""Smoke run of the facts quality measurements on built-in fictional examples (the
real run, on ../shared/data, is ``.venv/bin/python bench/facts_quality.py``).

Only the shape of the figures is checked; the real figures have no floor.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import facts_quality  # noqa: E402


def test_tiny_run_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    assert facts_quality.main(["--tiny", "--json", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))

    assert results["tiny"] is True
    assert {"date", "machine", "command", "sources", "newsedits", "mrpc"} <= results.keys()

    ne = results["newsedits"]
    assert ne["pairs"] == 2
    # "" is empty and "not in either text" occurs in neither text: not counted.
    assert ne["phrases_counted"] == 5
    for share in ("share_found", "share_found_with_hidden"):
        assert 0.0 <= ne[share] <= 1.0
    assert ne["phrases_found"] <= ne["phrases_found_with_hidden"] <= ne["phrases_counted"]
    assert set(facts_quality.KINDS) <= ne["changes_per_pair_median"].keys()
    assert ne["changes_total"]["update"] >= 1

    mrpc = results["mrpc"]
    for name, quality in (("non_paraphrase", "0"), ("paraphrase", "1")):
        group = mrpc[name]
        assert group["quality"] == quality
        assert 0 < group["pairs"] <= group["pairs_read"]
        assert 0 <= group["hits"] <= group["pairs"]
        assert 0 <= group["sentences_paired"] <= group["pairs"]
        assert 0 <= group["hits_with_same_value_update"] <= group["hits"]
        shares = ("share", "share_with_date", "share_both_have_numbers", "share_sentences_paired")
        for share in shares:
            assert 0.0 <= group[share] <= 1.0
        assert sum(group["miss_reasons"].values()) == group["pairs"] - group["hits"]
    # Row 4 has the same numbers on both sides: left out.
    assert mrpc["non_paraphrase"]["pairs"] == 3
    assert len(mrpc["missed_examples"]) <= facts_quality.MISSES_SHOWN


def test_numbers_rule() -> None:
    assert facts_quality.numbers("rose 1,653.44 or 0.2-0.4 percent to 12") == {
        "1653.44",
        "0.2",
        "0.4",
        "12",
    }
    assert facts_quality.numbers("six ships") == set()


def test_phrase_occurs_as_a_contiguous_run() -> None:
    text = facts_quality.words("Two helicopters flew six sorties.")
    assert facts_quality.contains(text, facts_quality.words("flew SIX"))
    assert not facts_quality.contains(text, facts_quality.words("helicopters six"))


def test_missing_data_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(facts_quality, "NEWSEDITS", tmp_path / "absent.csv")
    assert facts_quality.main([]) == 2
