"""``storydiff export`` (``storydiff.corpus.export``): versions in the order ``story`` gives,
whether the order evidence is worked out in this process or in workers, cached in
the store once worked out; every text's language found."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from storydiff import load
from storydiff.corpus.corpus import Corpus
from tests.conftest import EXAMPLES

NAMES = ["01-mpa-first-take.txt", "02-mpa-update.txt", "04-harbour-daily.txt"]
NAMES += ["05-mpa-correction.txt", "03-coastline-herald.txt"]


def _store(tmp_path: Path) -> Path:
    """The example story's five versions with no times (ordered by evidence), and the
    unrelated examples."""
    texts = [load(str(EXAMPLES / "story" / n)).text for n in NAMES]
    texts += [load(str(p)).text for p in sorted((EXAMPLES / "unrelated").glob("*.txt"))]
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(
            json.dumps({"text": t, "url": f"https://x.example/{k}"}) + "\n"
            for k, t in enumerate(texts)
        ),
        encoding="utf-8",
    )
    db = tmp_path / "s.db"
    with Corpus(db) as corpus:
        report = corpus.ingest([str(src)])
    assert report.new == 9
    return db


def _copy(db: Path, to: Path) -> Path:
    """A copy of the store (closed: no log beside it)."""
    to.mkdir()
    shutil.copy(db, to / db.name)
    shutil.copytree(f"{db}.index", to / f"{db.name}.index")
    return to / db.name


def _export(db: Path, workers: int) -> list[dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-m", "storydiff", "export", "--db", str(db), "--workers", str(workers)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def _order_steps(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return int(
            con.execute("SELECT count(*) FROM steps WHERE kind LIKE 'order:%'").fetchone()[0]
        )
    finally:
        con.close()


def test_export_gives_the_versions_in_story_order_in_one_process_or_several(
    tmp_path: Path,
) -> None:
    db = _store(tmp_path)
    apart = _copy(db, tmp_path / "apart")
    with Corpus(apart, create=False) as corpus:  # worked out here, the old way
        expected = {st.id: [v.document.id for v in st.versions] for st in corpus.stories()}
        basis = {st.id: st.order_basis for st in corpus.stories()}
    assert sorted(len(v) for v in expected.values()) == [1, 1, 1, 1, 5]
    assert "evidence" in basis.values()
    assert _order_steps(db) == 0  # cold
    rows = _export(db, workers=2)
    assert _order_steps(db) == 10  # every pair of the five versions, cached
    got: dict[str, list[str]] = {}
    for row in rows:
        got.setdefault(str(row["story"]), []).append(str(row["id"]))
        assert row["language"] == "en"
    assert got == expected
    story_rows = [r for r in rows if len(expected[str(r["story"])]) == 5]
    assert [r["version"] for r in story_rows] == [1, 2, 3, 4, 5]
    (tmp_path / "b").mkdir()
    again = _store(tmp_path / "b")
    assert _order_steps(again) == 0
    alone = _export(again, workers=1)  # cold, in this process: the same lines but the source
    assert [{**r, "sightings": None} for r in alone] == [{**r, "sightings": None} for r in rows]
    assert [len(r["sightings"]) for r in alone] == [len(r["sightings"]) for r in rows]  # type: ignore[arg-type]
    assert _export(db, workers=1) == rows  # warm: the same lines
