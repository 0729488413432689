"""Stores in odd places: read where they cannot be written, and a write that cannot be
done refused with one line naming the file (issue 14, item 7). Real stores, real
read-only files and folders, the real command in a process of its own."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.unprivileged import read_only, storydiff

STORY = Path(__file__).resolve().parents[2] / "examples" / "story"
UNRELATED = Path(__file__).resolve().parents[2] / "examples" / "unrelated"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the example story, made once (copied by each test)."""
    folder = tmp_path_factory.mktemp("built")
    done = storydiff("ingest", str(STORY), "--db", str(folder / "news.db"), "--quiet")
    assert done.returncode == 0, done.stderr
    return folder


@pytest.fixture
def store(built: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "mount"
    shutil.copytree(built, folder)
    return folder / "news.db"


def _one_line_error(result: object, *names: str) -> str:
    code, err = result.returncode, result.stderr  # type: ignore[attr-defined]
    assert code == 2, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("storydiff: error: "), err
    for name in names:
        assert name in lines[0], err
    assert "internal error" not in err and "not a storydiff store" not in err
    return str(lines[0])


def test_every_reading_command_reads_a_store_in_a_read_only_folder(store: Path) -> None:
    folder = store.parent
    before = sorted(p.name for p in folder.iterdir())
    with read_only(folder, store, folder / "news.db.index"):
        listed = storydiff("stories", "--db", str(store), "--format", "json")
        assert listed.returncode == 0, listed.stderr
        stories = json.loads(listed.stdout)
        assert stories["total"] == 1 and len(stories["stories"][0]["documents"]) == 5
        one = storydiff("story", "--rank", "1", "--db", str(store), "--format", "json")
        assert one.returncode == 0, one.stderr
        assert len(json.loads(one.stdout)["versions"]) == 5
        exported = storydiff("export", "--db", str(store))
        assert exported.returncode == 0, exported.stderr
        assert len(exported.stdout.splitlines()) == 5
        similar = storydiff("similar", str(STORY / "02-mpa-update.txt"), "--db", str(store))
        assert similar.returncode == 0, similar.stderr
        assert "100% shared" in similar.stdout
        dedup = storydiff("dedup", str(store), "--quiet", "--workers", "1")
        assert dedup.returncode == 0, dedup.stderr
        assert len(dedup.stdout.splitlines()) == 5
    assert sorted(p.name for p in folder.iterdir()) == before  # nothing left beside it


def test_a_read_only_file_in_a_writable_folder_is_read_but_not_written(store: Path) -> None:
    with read_only(store):
        listed = storydiff("stories", "--db", str(store), "--format", "json")
        assert listed.returncode == 0, listed.stderr
        assert json.loads(listed.stdout)["total"] == 1
        refused = storydiff("ingest", str(UNRELATED), "--db", str(store), "--quiet")
    line = _one_line_error(refused, str(store), "cannot write the store")
    assert f"may not write {store}" in line


def test_ingest_into_a_read_only_folder_says_so_and_changes_nothing(store: Path) -> None:
    folder = store.parent
    size = store.stat().st_size
    with read_only(folder, store, folder / "news.db.index"):
        refused = storydiff("ingest", str(UNRELATED), "--db", str(store), "--quiet")
    line = _one_line_error(refused, str(store), "cannot write the store")
    assert f"may not write in folder {folder}" in line
    assert store.stat().st_size == size
    listed = storydiff("stories", "--db", str(store), "--format", "json")
    assert json.loads(listed.stdout)["total"] == 1  # the unrelated texts were not added


def test_a_store_in_a_missing_folder(tmp_path: Path) -> None:
    db = tmp_path / "nowhere" / "news.db"
    refused = storydiff("ingest", str(UNRELATED), "--db", str(db), "--quiet")
    line = _one_line_error(refused, str(db), f"folder {db.parent} does not exist")
    assert "make the folder first" in line
    assert not db.parent.exists()
    for command in (["stories"], ["story", "--rank", "1"], ["export"]):
        missing = storydiff(*command, "--db", str(db))
        _one_line_error(missing, str(db), "no such store")


def test_similar_on_a_read_only_store_without_its_index_says_so(store: Path) -> None:
    folder = store.parent
    shutil.rmtree(folder / "news.db.index")
    with read_only(folder, store):
        listed = storydiff("stories", "--db", str(store), "--format", "json")
        assert listed.returncode == 0, listed.stderr  # the stories table needs no index
        similar = storydiff("similar", str(STORY / "02-mpa-update.txt"), "--db", str(store))
    line = _one_line_error(similar, f"{store}.index", "missing")
    assert "cannot make it again" in line
    assert not (folder / "news.db.index").exists()
