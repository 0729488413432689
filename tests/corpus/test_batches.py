"""The store ends the same however texts fall into batches, and readers see one state."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storydiff import Corpus, Document
from storydiff.config import LinkConfig


def _links(db: Path) -> set[tuple[str, str]]:
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT x.id, y.id FROM links l"
        " JOIN documents x ON x.number = l.a JOIN documents y ON y.number = l.b"
    ).fetchall()
    con.close()
    return set(rows)


def test_links_do_not_depend_on_where_batches_are_cut(tmp_path: Path) -> None:
    # 30 texts share a passage; with max_df 10 it turns boilerplate at its 11th text.
    passage = " ".join(f"shared{k}" for k in range(80))
    texts = [
        " ".join(f"own{n}x{k}" for k in range(40)) + " " + passage + f" closing{n}"
        for n in range(30)
    ]
    config = LinkConfig(max_df=10)
    results = []
    for cut in ([30], [15, 15], [25, 5], [1] * 30):
        db = tmp_path / f"cut{len(cut)}-{cut[0]}.db"
        with Corpus(db, link=config) as corpus:
            start = 0
            for size in cut:
                corpus.add([Document(text=t) for t in texts[start : start + size]])
                start += size
        results.append(_links(db))
    assert results[0] and all(r == results[0] for r in results)
    assert len(results[0]) == 10 * 9 // 2  # the first 10 texts link; later ones do not


def test_a_seen_again_text_updates_its_story_in_the_same_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.db"
    text = "A ferry ran aground off the north quay on Sunday, the harbour office said."
    with Corpus(db) as corpus:
        corpus.add([Document(text=text, url="https://a.example/1")])
    again = Document(
        text=text, url="https://b.example/2", published=datetime(2024, 1, 20, tzinfo=UTC)
    )

    def dies(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # a kill between storing the sighting and the stories

    with monkeypatch.context() as patched:
        patched.setattr("storydiff.corpus.writer.update_stories", dies)
        with Corpus(db) as corpus, contextlib.suppress(KeyboardInterrupt):
            corpus.add([again])
    with Corpus(db) as corpus:
        assert corpus.store.counts()["sightings"] == 1  # rolled back with the stories
        corpus.add([again])  # run again
        (story,) = corpus.stories()
        assert story.first_seen is not None and story.first_seen.year == 2024


def test_a_reader_sees_one_state_while_a_writer_merges_stories(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    left = " ".join(f"left{k}" for k in range(60))
    right = " ".join(f"right{k}" for k in range(60))
    with Corpus(db) as writer:
        writer.add([Document(text=left), Document(text=right)])
        with Corpus(db) as reader, reader.store.snapshot():
            rows = reader.store.story_rows()
            assert len(rows) == 2
            # Another writer commits a text that is a copy of both: one story now.
            writer.add([Document(text=left + " " + right)])
            assert writer.story_count() == 1
            assert [len(reader.stories(1, i)[0].versions) for i in range(2)] == [1, 1]
        with Corpus(db) as reader:
            assert reader.story_count() == 1


def test_story_keys_and_titles_are_data_not_syntax(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from storydiff.cli import main
    from storydiff.errors import StoreError

    db = tmp_path / "s.db"
    with Corpus(db) as corpus:
        corpus.add([Document(text="Harbour text " * 20, title="[/b] [link=https://x]Evil[/link]")])
        for key in ("%", "_", "zz", ""):
            with pytest.raises(StoreError):
                corpus.story(key)
    out = CliRunner().invoke(main, ["stories", "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert "[/b]" in out.output
