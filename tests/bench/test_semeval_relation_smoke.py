"""Smoke run of the SemEval same-story ranking on built-in fictional examples (the
real run, on ../shared/data, is ``.venv/bin/python bench/semeval_relation.py``).

Only the shape of the figures is checked; the real figures have no floor.
"""

from __future__ import annotations

import csv
import json
import math
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import semeval_relation  # noqa: E402

COLUMNS = (
    "pair_id lang1 lang2 text1 text2 Geography Entities Time Narrative Overall Style Tone"
).split()


def test_tiny_run_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    assert semeval_relation.main(["--tiny", "--json", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))

    assert results["tiny"] is True
    assert {"date", "machine", "command", "source", "read", "semeval"} <= results.keys()
    se = results["semeval"]
    assert se["pairs"] == 6
    assert set(se["correlations"]) == set(semeval_relation.SCORES)
    for figures in (*se["correlations"].values(), se["shares_a_shingle"]):
        for value in (figures["spearman"], figures["pearson"]):
            assert value is not None and -1.0 <= value <= 1.0
    # Versions of one story (Overall 1) overlap; unrelated stories (4) do not.
    assert se["correlations"]["containment"]["spearman"] > 0
    assert se["best_spearman"] in semeval_relation.SCORES
    assert se["by_source"]["tiny"]["pairs"] == 6

    buckets = se["by_bucket"]
    assert list(buckets) == [name for name, _ in semeval_relation.BUCKETS]
    assert [b["pairs"] for b in buckets.values()] == [2, 1, 1, 2]
    for b in buckets.values():
        assert sum(b["verdicts"].values()) == b["pairs"]
        assert 0.0 <= b["share_sharing_a_shingle"] <= 1.0
    assert buckets["1-1.5"]["verdicts"]["same_story"] == 2
    assert buckets["3.5-4"]["verdicts"]["unrelated"] == 2
    assert sum(se["verdicts"].values()) == se["pairs"]

    assert 0 < se["time_ms"]["median"] <= se["time_ms"]["max"]
    assert se["texts"]["median_words"] > 0 and se["texts"]["median_sentences"] > 0
    assert se["same_story_with_overall_over_2_5_count"] == 0


def test_reads_english_pairs_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two files in the SemEval layout, written here: rows in another language and
    a pair id seen before are left out."""
    ship = "A cargo ship ran aground off Kestrel Bay on Saturday. Three sailors are missing."
    ship2 = "A cargo ship ran aground off Kestrel Bay on Saturday. Two sailors are missing."
    cheese = "The Lindholm cheese fair drew four thousand visitors over the weekend."
    rows = {
        "training_set.csv": [
            ("1_2", "en", "en", ship, ship2, "1.0"),
            ("3_4", "de", "de", "Ein Schiff lief auf Grund.", "Ein Schiff sank.", "1.0"),
            ("5_6", "en", "de", ship, "Ein Schiff lief auf Grund.", "1.0"),
        ],
        "testing_set.csv": [
            ("7_8", "en", "en", ship, cheese, "4.0"),
            ("1_2", "en", "en", ship, ship2, "1.0"),
        ],
    }
    paths = []
    for name, file_rows in rows.items():
        path = tmp_path / name
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(COLUMNS)
            for pair_id, l1, l2, t1, t2, overall in file_rows:
                writer.writerow([pair_id, l1, l2, t1, t2, "1", "1", "1", "1", overall, "1", "1"])
        paths.append(path)
    monkeypatch.setattr(semeval_relation, "FILES", tuple(paths))
    out = tmp_path / "figures.json"
    assert semeval_relation.main(["--json", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))

    assert results["tiny"] is False
    assert results["read"] == {
        "rows": {"training_set.csv": 3, "testing_set.csv": 2},
        "english_pairs": {"training_set.csv": 1, "testing_set.csv": 1},
        "duplicate_pair_ids_skipped": 1,
    }
    se = results["semeval"]
    assert se["pairs"] == 2
    assert se["verdicts"] == {"same_story": 1, "unrelated": 1}
    assert se["correlations"]["verdict"]["spearman"] == pytest.approx(1.0)


def test_average_ranks_share_ties() -> None:
    assert semeval_relation.average_ranks([10, 20, 20, 5]).tolist() == [2.0, 3.5, 3.5, 1.0]
    assert semeval_relation.average_ranks([0, 0, 0]).tolist() == [2.0, 2.0, 2.0]


def test_spearman_with_ties() -> None:
    # Ranks [1, 2.5, 2.5, 4] against [1, 2, 3, 4]: 4.5 / sqrt(4.5 * 5) = 3 / sqrt(10).
    rho = semeval_relation.spearman([1, 2, 2, 3], [1, 2, 3, 4])
    assert rho == pytest.approx(3 / math.sqrt(10))
    assert semeval_relation.spearman([1, 5, 9], [3, 2, 1]) == pytest.approx(-1.0)
    assert semeval_relation.spearman([1, 1, 1], [1, 2, 3]) is None
    assert semeval_relation.pearson([1, 2, 3], [2, 4, 7]) == pytest.approx(0.9933992677987828)


def test_buckets() -> None:
    names = [semeval_relation.bucket(o) for o in (1.0, 1.5, 1.6667, 2.5, 3.3333, 3.5, 3.75, 4.0)]
    assert names == ["1-1.5", "1-1.5", "1.5-2.5", "1.5-2.5", "2.5-3.5", "2.5-3.5", "3.5-4", "3.5-4"]


def test_missing_data_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semeval_relation, "FILES", (tmp_path / "absent.csv",))
    assert semeval_relation.main([]) == 2
