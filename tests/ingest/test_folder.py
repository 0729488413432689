"""Links inside an ingested folder are followed only when they stay inside it."""

from __future__ import annotations

from pathlib import Path

from storydiff.document import Document
from storydiff.ingest.batch import iter_documents
from storydiff.ingest.rejected import Rejected

STORY = "The Larkspur ferry sailed at dawn, the island council said on {}."


def _tree(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Private notes that must never be stored.")
    (outside / "more").mkdir()
    (outside / "more" / "other.txt").write_text("More private notes, never to be stored.")
    crawl = tmp_path / "crawl"
    (crawl / "day1").mkdir(parents=True)
    (crawl / "day1" / "ferry.txt").write_text(STORY.format("Monday"))
    (crawl / "inside-link.txt").symlink_to(crawl / "day1" / "ferry.txt")
    (crawl / "secret.txt").symlink_to(outside / "secret.txt")
    (crawl / "more").symlink_to(outside / "more")
    (crawl / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (crawl / "loop.txt").symlink_to(crawl / "loop.txt")
    return crawl


def test_links_are_followed_only_inside_the_folder(tmp_path: Path) -> None:
    items = list(iter_documents([str(_tree(tmp_path))]))
    docs = [i for i in items if isinstance(i, Document)]
    assert {Path(str(d.source)).name for d in docs} == {"ferry.txt", "inside-link.txt"}
    assert not any("private notes" in d.text.lower() for d in docs)
    skips = {Path(i.source).name: i.reason for i in items if isinstance(i, Rejected)}
    assert skips == {
        "secret.txt": "a link to a file outside the folder, not followed",
        "more": "a link to a folder outside, not followed",
        "broken.txt": "a link to nothing",
        "loop.txt": "a link to nothing",
    }
    assert all(i.skipped for i in items if isinstance(i, Rejected))


def test_dedup_reads_no_file_outside_the_folder(tmp_path: Path) -> None:
    from storydiff.dedup.sources import read_shard, shards
    from storydiff.ingest.jsonl import Fields

    crawl = _tree(tmp_path)
    records = [r for s in shards(crawl, 1) for r in read_shard(s, Fields())]
    texts = [r.text for r in records if not isinstance(r, Rejected)]
    assert texts == [STORY.format("Monday")] * 2
