"""The Corpus over a store: ingest, stories, timelines, and the commands on top."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from storydiff import load
from storydiff.cli import main
from storydiff.corpus.corpus import Corpus
from tests.conftest import EXAMPLES

STORY = EXAMPLES / "story"


def _ingested(tmp_path: Path) -> Path:
    db = tmp_path / "s.db"
    corpus = Corpus(db)
    report = corpus.ingest([str(STORY), str(EXAMPLES / "unrelated")])
    corpus.close()
    assert report.rejected == [] and report.new == 9 and report.known == 1  # 03 as .txt and .html
    return db


def test_stories_group_versions_in_time_order(tmp_path: Path) -> None:
    corpus = Corpus(_ingested(tmp_path))
    stories = corpus.stories()
    assert len(stories) == 1 + len(list((EXAMPLES / "unrelated").glob("*.txt")))
    story = stories[0]
    assert story.order_basis == "timestamps"
    titles = [v.document.title for v in story.versions]
    assert titles[0] == load(str(STORY / "01-mpa-first-take.txt")).title
    assert [v.when for v in story.versions] == sorted(v.when for v in story.versions if v.when)
    assert story.outlets == ["Coastline Herald", "Harbour Daily", "Meridian Press Agency"]
    # The Coastline Herald text was seen twice (its .txt and its .html page).
    herald = next(v for v in story.versions if "Coastline Herald" in v.outlets)
    assert len(herald.sightings) == 2
    steps = corpus.timeline(story)
    assert len(steps) == 4
    assert any(ch.key() == ("update", "quantity", "sailor", "14", "17") for ch in steps[0].changes)
    assert corpus.story_at(1).id == story.id == corpus.story(story.id[:6]).id
    corpus.close()


def test_without_timestamps_versions_are_ordered_by_evidence(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": load(str(STORY / name)).text, "url": f"https://x.example/{n}"})
        for n, name in enumerate(["02-mpa-update.txt", "01-mpa-first-take.txt"])
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = Corpus(tmp_path / "s.db")
    corpus.ingest([str(src)])
    (story,) = corpus.stories()
    assert story.order_basis == "evidence"
    assert [v.where for v in story.versions] == ["https://x.example/1", "https://x.example/0"]
    corpus.close()


def test_stories_and_story_commands(tmp_path: Path) -> None:
    db = _ingested(tmp_path)
    runner = CliRunner()
    listed = json.loads(
        runner.invoke(main, ["stories", "--db", str(db), "--format", "json"]).output
    )
    table = runner.invoke(main, ["stories", "--db", str(db)])
    assert table.exit_code == 0 and "5 stories in" in table.output
    assert all(s["id"][:8] in table.output for s in listed["stories"])
    assert listed["total"] == 5
    first = listed["stories"][0]
    assert len(first["documents"]) == 5 and all(d["at"] and d["date"] for d in first["documents"])
    # The last step, 04 (a trimmed republication) -> 05 (the agency's correction), adds
    # at least the two sentences of the correction notice.
    change = first["latest_change"]
    assert set(change) == {"added", "removed", "edited"} and change["added"] >= 2
    assert listed["stories"][1]["latest_change"] is None
    page = json.loads(
        runner.invoke(
            main, ["stories", "--db", str(db), "--format", "json", "--limit", "2", "--offset", "3"]
        ).output
    )
    assert [s["number"] for s in page["stories"]] == [4, 5]
    timeline = runner.invoke(main, ["story", "--rank", "1", "--db", str(db)])
    assert (
        timeline.exit_code == 0
        and "v1 → v2" in timeline.output
        and "14 sailors → 17 sailors" in timeline.output
    )
    data = json.loads(
        runner.invoke(main, ["story", first["id"][:8], "--db", str(db), "--format", "json"]).output
    )
    assert data["schema"] == "storydiff.story" and len(data["steps"]) == 4
    # Why one story: each link between versions, with the passages it shares.
    texts = {v.document.id: v.document.text for v in Corpus(db).story_at(1).versions}
    assert data["links"] and all(1 <= k["old"] < k["new"] <= 5 for k in data["links"])
    for link in data["links"]:
        old, new = texts[link["old_id"]], texts[link["new_id"]]
        for p in link["passages"]:
            a, b = old[p["old"][0] : p["old"][1]], new[p["new"][0] : p["new"][1]]
            assert p["kind"] in ("body", "chrome") and a.split()[-1] == b.split()[-1]
    why = runner.invoke(main, ["story", "--rank", "1", "--db", str(db), "--why"])
    assert why.exit_code == 0 and "why one story" in why.output and "v1 – v2" in why.output


def test_bad_story_keys_and_missing_store(tmp_path: Path) -> None:
    db = _ingested(tmp_path)
    runner = CliRunner()
    for args in (["story", "--rank", "99", "--db", str(db)], ["story", "ffffffff", "--db", str(db)],
                 ["stories", "--db", str(tmp_path / "none.db")]):  # fmt: skip
        result = runner.invoke(main, args)
        assert result.exit_code == 2
        assert result.stderr.startswith("storydiff: error:") and "Traceback" not in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_similar_and_export(tmp_path: Path) -> None:
    db = _ingested(tmp_path)
    runner = CliRunner()
    belongs = runner.invoke(
        main, ["similar", str(STORY / "04-harbour-daily.txt"), "--db", str(db), "--format", "json"]
    )
    assert belongs.exit_code == 0
    found = json.loads(belongs.output)
    assert len(found) == 1 and found[0]["versions"] == 5 and found[0]["containment"] == 1.0
    new = tmp_path / "new.txt"
    new.write_text(
        "A vineyard in the hills held its harvest festival with music and tastings for visitors.",
        encoding="utf-8",
    )
    alone = runner.invoke(main, ["similar", str(new), "--db", str(db)])
    assert alone.exit_code == 1 and "no story" in alone.output
    out = tmp_path / "all.jsonl"
    assert runner.invoke(main, ["export", "--db", str(db), "-o", str(out)]).exit_code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 9 and sum(len(r["sightings"]) for r in rows) == 10
    assert len({r["story"] for r in rows}) == 5
    story_rows = [r for r in rows if r["story"] == rows[0]["story"]]
    assert [r["version"] for r in story_rows] == [1, 2, 3, 4, 5]


def test_story_html_is_self_contained_and_escapes_hostile_text(tmp_path: Path) -> None:
    hostile = (
        "<script>alert(1)</script> The mayor said <img src=x onerror=alert(2)>"
        " the port will reopen soon."
    )
    later = hostile.replace("reopen soon", "reopen on Monday")
    lines = [
        json.dumps({"text": hostile + " Crews cleared the quay.", "title": "<b>Port</b>"}),
        json.dumps(
            {
                "text": later + " Crews cleared the quay and the berth.",
                "title": "<b>Port</b> reopens",
            }
        ),
    ]
    src = tmp_path / "h.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "h.db"
    Corpus(db).ingest([str(src)])
    out = tmp_path / "story.html"
    result = CliRunner().invoke(
        main, ["story", "--rank", "1", "--db", str(db), "--format", "html", "-o", str(out)]
    )
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    body = html.split("<body>", 1)[1]
    assert html.startswith("<!DOCTYPE html>") and "v1 → v2" in body
    assert "<script" not in body and "<img" not in body and "<b>" not in body
    assert "&lt;script&gt;" in body and "&lt;b&gt;Port&lt;/b&gt;" in body
    assert "http://" not in html and "https://" not in html  # no external assets


def test_stories_page_from_the_store_and_steps_are_cached(tmp_path: Path) -> None:
    corpus = Corpus(_ingested(tmp_path))
    every = corpus.stories()
    assert corpus.story_count() == len(every)
    pages = corpus.stories(2, 0) + corpus.stories(2, 2) + corpus.stories(2, 4)
    assert [s.id for s in pages] == [s.id for s in every]
    story = every[0]
    first = corpus.timeline(story)
    kinds = {k for (k,) in corpus.store.db.execute("SELECT kind FROM steps")}
    assert any(k.startswith("facts:") for k in kinds)
    again = corpus.timeline(story)  # from the cache
    assert [[c.key() for c in s.changes] for s in again] == [
        [c.key() for c in s.changes] for s in first
    ]
    assert corpus.latest_change(story) == corpus.latest_change(story) is not None
    corpus.close()


def test_similar_finds_the_story_through_the_index(tmp_path: Path) -> None:
    corpus = Corpus(_ingested(tmp_path))
    story = corpus.stories()[0]
    probe = load(str(STORY / "02-mpa-update.txt"))
    edited = probe.text.replace("sailors", "seafarers") + "\n\nA later paragraph of its own."
    (found, pair), *_ = corpus.similar(type(probe)(text=edited))
    assert found.id == story.id and 0.5 < pair.containment < 1.0
    assert corpus.similar(type(probe)(text="Nothing like any stored article at all.")) == []
    corpus.close()


def test_a_store_of_schema_1_gets_numbers_links_and_stories(tmp_path: Path) -> None:
    import sqlite3
    import zlib

    from storydiff.document import content_id
    from storydiff.store.schema import APPLICATION_ID, MIGRATIONS

    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    con.executescript(MIGRATIONS[0])
    texts = [load(str(STORY / n)).text for n in ("01-mpa-first-take.txt", "02-mpa-update.txt")]
    for t in texts:
        con.execute(
            "INSERT INTO documents (id, text, words, added) VALUES (?, ?, ?, ?)",
            (content_id(t), zlib.compress(t.encode()), len(t.split()), "2026-01-01"),
        )
        con.execute("INSERT INTO sightings (document) VALUES (?)", (content_id(t),))
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    corpus = Corpus(db, create=False)
    (story,) = corpus.stories()
    assert sorted(v.document.id for v in story.versions) == sorted(map(content_id, texts))
    # The sightings came along (migration 3 refers to texts by number).
    assert corpus.store.counts()["sightings"] == 2
    assert all(len(v.sightings) == 1 for v in story.versions)
    corpus.close()


def test_a_store_of_schema_3_is_linked_again_under_the_new_rule(tmp_path: Path) -> None:
    """Migration 4: links, members and stories are derived, so they are emptied, and a
    new store id makes the next writer rebuild the index and link every text again."""
    db = _ingested(tmp_path)
    with Corpus(db) as corpus:
        before = sorted(sorted(v.document.id for v in s.versions) for s in corpus.stories())
        con = corpus.store.db
        con.execute("PRAGMA user_version = 3")
        con.execute("DELETE FROM links")
        con.execute("DELETE FROM members")
        con.execute("DELETE FROM stories")
        old_links = "SELECT a, b, shared, contained_a, contained_b, jaccard FROM links"
        con.execute(f"CREATE TABLE links3 AS {old_links}")
        con.execute("DROP TABLE links")
        con.execute("ALTER TABLE links3 RENAME TO links")
        for table in ("watch_urls", "watch_versions", "watch_events", "watch_lines"):
            con.execute(f"DROP TABLE {table}")  # migration 5's, which schema 3 had not
        con.commit()
    with Corpus(db) as corpus:
        after = sorted(sorted(v.document.id for v in s.versions) for s in corpus.stories())
        bodies = corpus.store.db.execute("SELECT count(*) FROM links WHERE body IS NULL").fetchone()
    assert after == before and bodies == (0,)


def test_two_ingests_at_once_lose_nothing(tmp_path: Path) -> None:
    import threading

    db = tmp_path / "s.db"
    Corpus(db).close()
    files = sorted(STORY.glob("*.txt")) + sorted((EXAMPLES / "unrelated").glob("*.txt"))
    halves = [files[::2], files[1::2]]
    errors: list[BaseException] = []

    def run(part: list[Path]) -> None:
        try:
            with Corpus(db) as corpus:
                for f in part:  # one text per batch: the two writers interleave
                    corpus.ingest([str(f)])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(h,)) for h in halves]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Corpus(db) as corpus:
        together = {v.document.id for s in corpus.stories() for v in s.versions}
        assert len(together) == len({load(str(f)).id for f in files})
        assert len(corpus.stories()) == 1 + len(list((EXAMPLES / "unrelated").glob("*.txt")))


def test_an_old_index_beside_a_new_store_is_not_trusted(tmp_path: Path) -> None:
    db = _ingested(tmp_path)
    for suffix in ("", "-wal", "-shm"):  # the database goes, its index folder stays
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with Corpus(db) as corpus:
        corpus.ingest([str(EXAMPLES / "unrelated")])
        probe = load(str(STORY / "02-mpa-update.txt"))
        assert corpus.similar(probe) == []  # the old texts' fingerprints are gone
        n = len(list((EXAMPLES / "unrelated").glob("*.txt")))
        assert corpus.story_count() == n and corpus.index.covered == n


def test_a_story_keeps_its_id_when_an_earlier_version_arrives(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from storydiff.document import Document

    lede = (
        "The ferry to Marlow Bay ran aground on Saturday morning in a storm that closed the "
        "harbour, and coastguard crews worked through the night to reach it. "
    )
    later = Document(
        text=lede + "All 41 people aboard were brought ashore by dawn, the coastguard said.",
        published=datetime(2026, 3, 2, 9, tzinfo=UTC),
    )
    earlier = Document(
        text=lede + "Forty people were aboard, and the first were brought ashore at midnight.",
        published=datetime(2026, 3, 2, 1, tzinfo=UTC),
    )
    with Corpus(tmp_path / "s.db") as corpus:
        corpus.add([later])
        first_id = corpus.story_at(1).id
        corpus.add([earlier])
        story = corpus.story_at(1)
        assert [v.document.id for v in story.versions] == [earlier.id, later.id]
        assert story.id == first_id == later.id  # the first-stored text names it
        assert corpus.story(earlier.id[:6]).id == first_id
    result = CliRunner().invoke(main, ["story", "1", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 2 and "--rank" in result.stderr
