"""Smoke run of the version-link benchmark on a tiny generated corpus (the real run
is ``.venv/bin/python bench/version_links.py``).

Only the shape of the figures is checked, never a timing and never a floor on
precision or recall.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import gen_versions  # noqa: E402
import version_links  # noqa: E402

BUCKETS = ("0-0.2", "0.2-0.5", "0.5-0.8", "0.8-1")


def _check_scores(scores: dict[str, Any], true_pairs: int) -> None:
    for share in ("precision", "recall"):
        assert 0.0 <= scores[share] <= 1.0
    assert 0 <= scores["correct"] <= min(scores["predicted_pairs"], true_pairs)
    by_jaccard = scores["recall_by_jaccard"]
    assert set(by_jaccard) == set(BUCKETS)
    assert sum(b["pairs"] for b in by_jaccard.values()) == true_pairs
    by_kind = scores["recall_by_kind"]
    assert set(by_kind) == set(version_links.PAIR_KINDS)
    assert sum(k["pairs"] for k in by_kind.values()) == true_pairs
    for group in (*by_jaccard.values(), *by_kind.values()):
        assert 0 <= group["found"] <= group["pairs"]
        assert 0.0 <= group["recall"] <= 1.0


def test_tiny_run_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    assert version_links.main(["--tiny", "--json", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))

    assert results["tiny"] is True
    keys = {"date", "machine", "command", "corpus", "real_version_pairs", "true_pairs",
            "true_pairs_by_jaccard", "consecutive", "links", "stories", "timing",
            "without_roundups"}  # fmt: skip
    assert keys <= results.keys()

    corpus = results["corpus"]
    assert corpus["stories"] == version_links.TINY_STORIES
    assert corpus["roundups"] == corpus["by_kind"]["roundup"] == 1
    assert sum(corpus["by_kind"].values()) == corpus["texts"]
    assert corpus["by_kind"]["version"] >= corpus["stories"]
    assert 3 <= corpus["faq_texts"] <= 5
    assert corpus["footer_texts"] == round(0.2 * corpus["texts"])

    true_pairs = results["true_pairs"]
    assert true_pairs > 0
    assert sum(results["true_pairs_by_jaccard"].values()) == true_pairs
    _check_scores(results["links"], true_pairs)
    _check_scores(results["stories"], true_pairs)
    assert set(results["links"]["wrong_by_cause"]) == set(version_links.CAUSES)

    stories = results["stories"]
    assert 1 <= stories["found"] <= corpus["texts"]
    assert 0 <= stories["mixed_with_roundup"] <= stories["mixed"] <= stories["found"]
    assert stories["split"] >= 0
    without = results["without_roundups"]
    assert without["texts"] == corpus["texts"] - 1
    for share in ("precision", "recall", "links_precision", "links_recall"):
        assert 0.0 <= without[share] <= 1.0

    cons = results["consecutive"]
    assert cons["pairs"] > 0
    for key in ("jaccard_median", "jaccard_p25", "containment_median", "containment_p10"):
        assert 0.0 <= cons[key] <= 1.0
    assert {"link_s", "cluster_s", "ms_per_text"} <= results["timing"].keys()


def test_generator_is_deterministic_and_labels_every_text() -> None:
    a = gen_versions.generate(5, seed=7, roundups=1)
    b = gen_versions.generate(5, seed=7, roundups=1)
    assert [t.text for t in a.texts] == [t.text for t in b.texts]
    assert [t.text for t in gen_versions.generate(5, seed=8, roundups=1).texts] != [
        t.text for t in a.texts
    ]
    assert {t.story for t in a.texts} == set(range(6))  # 5 stories and the round-up
    for t in a.texts:
        if t.kind == "version" and t.version == 0:
            assert t.words >= 300
    (roundup,) = (t for t in a.texts if t.kind == "roundup")
    assert len(set(roundup.quotes)) == 3 and roundup.story == 5


def test_generator_writes_json_lines(tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    assert gen_versions.main(["--stories", "4", "--roundups", "0", "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and {"id", "story", "kind", "version", "text"} <= rows[0].keys()
    assert {r["story"] for r in rows} == set(range(4))
