"""Output files (issue 14, item 8): checked before any work, never one of the inputs,
and a write onto a full disk named with its file. The real command in a process of
its own; the full disk is /dev/full (every write fails with ENOSPC)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unprivileged import storydiff

STORY = Path(__file__).resolve().parents[2] / "examples" / "story"
FIRST = STORY / "01-mpa-first-take.txt"
UPDATE = STORY / "02-mpa-update.txt"
FULL = Path("/dev/full")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(result: subprocess.CompletedProcess[str], option: str, *words: str) -> None:
    """A usage error about ``option``: exit 2, click's usage line, the reason."""
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("Usage: storydiff ")
    assert f"Error: Invalid value for {option}: " in result.stderr.replace("'", ""), result.stderr
    for word in words:
        assert word in result.stderr, result.stderr
    assert "internal error" not in result.stderr and result.stdout == ""


def _full_disk(result: subprocess.CompletedProcess[str], name: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"storydiff: error: {name}: "), lines
    assert "No space left on device" in lines[0] and "internal error" not in lines[0]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "news.db"
    done = storydiff("ingest", str(STORY), "--db", str(db), "--quiet")
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "in.jsonl"
    text = "the cargo ship ran aground off the port of kestrel bay on saturday night"
    rows = [{"id": k, "text": f"{text} {'and more ' * (k % 3)}"} for k in range(6)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_dedup_refuses_to_write_over_its_input(corpus: Path, tmp_path: Path) -> None:
    before = _digest(corpus)
    _refused(storydiff("dedup", str(corpus), "-o", str(corpus)), "-o", "is an input")
    alias = tmp_path / "alias.jsonl"
    alias.symlink_to(corpus)
    _refused(storydiff("dedup", str(corpus), "-o", str(alias)), "-o", "is an input")
    assert _digest(corpus) == before


def test_dedup_refuses_a_store_input_and_a_text_file_in_an_input_folder(
    store: Path, tmp_path: Path
) -> None:
    before = _digest(store)
    _refused(storydiff("dedup", str(store), "-o", str(store)), "-o", "is an input")
    assert _digest(store) == before
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST.read_text(encoding="utf-8"), encoding="utf-8")
    inside = folder / "b.txt"
    _refused(storydiff("dedup", str(folder), "-o", str(inside)), "-o", "input folder")
    assert not inside.exists()


def test_a_missing_output_folder_is_refused_before_any_work(
    corpus: Path, store: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "no" / "out.jsonl"
    for args in (
        ["dedup", str(corpus), "-o", str(missing)],
        ["export", "--db", str(store), "-o", str(missing)],
        ["story", "--rank", "1", "--db", str(store), "-o", str(missing)],
        ["compare", str(FIRST), str(UPDATE), "-o", str(missing)],
    ):
        _refused(storydiff(*args), "-o", f"folder {missing.parent} does not exist")
    work = tmp_path / "gone"
    _refused(storydiff("dedup", str(corpus), "--work-dir", str(work)), "--work-dir", "not exist")
    assert not missing.parent.exists()


def test_outputs_over_the_store_or_an_input_are_refused(store: Path, tmp_path: Path) -> None:
    before = _digest(store)
    _refused(storydiff("export", "--db", str(store), "-o", str(store)), "-o", "is an input")
    _refused(
        storydiff("story", "--rank", "1", "--db", str(store), "-o", str(store)), "-o", "is an input"
    )
    index_file = Path(f"{store}.index") / "out.json"
    _refused(
        storydiff("story", "--rank", "1", "--db", str(store), "-o", str(index_file)),
        "-o",
        "input folder",
    )
    assert _digest(store) == before
    old = tmp_path / "old.txt"
    old.write_text(FIRST.read_text(encoding="utf-8"), encoding="utf-8")
    compared = storydiff("compare", str(old), str(UPDATE), "--format", "json", "-o", str(old))
    _refused(compared, "-o", "is an input")
    assert old.read_text(encoding="utf-8") == FIRST.read_text(encoding="utf-8")


def test_rejected_file_over_an_input_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "A ship ran aground."}\nnot json\n', encoding="utf-8")
    db = tmp_path / "s.db"
    refused = storydiff("ingest", str(src), "--db", str(db), "--rejected", str(src))
    _refused(refused, "--rejected", "is an input")
    assert "not json" in src.read_text(encoding="utf-8") and not db.exists()
    glob = storydiff("ingest", str(tmp_path / "*.jsonl"), "--db", str(db), "--rejected", str(src))
    _refused(glob, "--rejected", "is an input")


def test_a_full_disk_names_the_output(corpus: Path, store: Path) -> None:
    _full_disk(storydiff("dedup", str(corpus), "-o", str(FULL), "--quiet"), str(FULL))
    _full_disk(storydiff("export", "--db", str(store), "-o", str(FULL)), str(FULL))
    json_story = storydiff(
        "story", "--rank", "1", "--db", str(store), "--format", "json", "-o", str(FULL)
    )
    _full_disk(json_story, str(FULL))
    compared = storydiff("compare", str(FIRST), str(UPDATE), "--no-facts", "-o", str(FULL))
    _full_disk(compared, str(FULL))


def test_a_full_standard_output_is_named(store: Path) -> None:
    with FULL.open("w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "storydiff", "export", "--db", str(store)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
        )
    _full_disk(done, "standard output")
