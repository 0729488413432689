"""What `storydiff ingest` says about items it could not read (fictional inputs)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from storydiff.cli import main

STORY = "The old ferry at Holloway Ford will run again from June, the parish council said."


def _inputs(tmp_path: Path, good: bool) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "binary.txt").write_bytes(b"\x00\x01\x02\x03binary")
    (src / "empty.txt").write_text("")
    (src / "other-empty.txt").write_text("   \n")
    if good:
        (src / "ferry.txt").write_text(STORY)
    return src


def test_every_rejection_goes_to_the_file_and_is_counted_by_reason(tmp_path: Path) -> None:
    out = tmp_path / "rejected.jsonl"
    db = tmp_path / "s.db"
    args = ["ingest", str(_inputs(tmp_path, good=True)), "--db", str(db), "--quiet"]
    result = CliRunner().invoke(main, [*args, "--rejected", str(out)])
    assert result.exit_code == 0, result.output  # one text was stored
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(r["source"]).name for r in rows) == [
        "binary.txt", "empty.txt", "other-empty.txt",
    ]  # fmt: skip
    assert all(set(r) == {"source", "position", "reason"} for r in rows)
    assert "2 × is empty" in result.output  # counted by reason (stderr is mixed in)


def test_nothing_stored_and_something_rejected_exits_1(tmp_path: Path) -> None:
    args = ["ingest", str(_inputs(tmp_path, good=False)), "--db", str(tmp_path / "s.db")]
    result = CliRunner().invoke(main, [*args, "--quiet"])
    assert result.exit_code == 1
    assert "0 new, 0 already known, 3 rejected" in result.output


def test_a_rejected_file_in_a_missing_folder_is_refused_before_any_work(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    missing = tmp_path / "nowhere" / "rejected.jsonl"
    src = _inputs(tmp_path, good=True)
    result = CliRunner().invoke(
        main, ["ingest", str(src), "--db", str(db), "--rejected", str(missing), "--quiet"]
    )
    assert result.exit_code == 2 and "does not exist" in result.output
    assert not db.exists()


def test_bad_jsonl_records_are_rejections_between_stored_ones(tmp_path: Path) -> None:
    """A lone surrogate escape is replaced and stored; a record nested too deeply is
    rejected with its line; a date out of range is dropped; the batch goes on."""
    lines = [
        json.dumps({"text": STORY, "url": "https://marsh.example/1"}),
        '{"text": "The ferry will carry bicycles free of charge \\ud800 this summer."}',
        "[" * 50_000 + "]" * 50_000,
        json.dumps({"text": STORY + " Updated.", "published": "99999-01-01T00:00:00+00:00"}),
        json.dumps({"text": "Tolls on the old bridge will stay the same this year."}),
    ]
    src = tmp_path / "batch.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "rejected.jsonl"
    db = tmp_path / "s.db"
    result = CliRunner().invoke(
        main, ["ingest", str(src), "--db", str(db), "--rejected", str(out), "--quiet"]
    )
    assert result.exit_code == 0, result.output
    assert "4 new, 0 already known, 1 rejected" in result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["position"], "nested too deeply" in r["reason"]) for r in rows] == [("line 3", True)]


def test_skips_are_counted_apart_from_rejections(tmp_path: Path) -> None:
    from tests.ingest.archives import http, response, warc

    request = warc(b"GET / HTTP/1.1\r\n\r\n", kind="request", content_type="application/http")
    moved = warc(http(b"", {"Location": "https://larkspur.example/2"}, "301 Moved Permanently"))
    cut = response()[:300]
    crawl = tmp_path / "crawl.warc"
    crawl.write_bytes(request + response() + moved + request + cut)
    out = tmp_path / "rejected.jsonl"
    args = ["ingest", str(crawl), "--db", str(tmp_path / "s.db"), "--rejected", str(out)]
    result = CliRunner().invoke(main, [*args, "--quiet"])
    assert result.exit_code == 0, result.output
    assert "1 new, 0 already known, 1 rejected, 3 skipped (not articles)" in result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["reason"]: r.get("count", 1) for r in rows if r.get("skipped")} == {
        "a redirect (HTTP 301 to https://larkspur.example/2)": 1,
        "request records (not pages)": 2,
    }
    [bad] = [r for r in rows if not r.get("skipped")]
    assert "truncated" in bad["reason"] and bad["position"].startswith("record at byte ")


def test_ingest_timeout_is_one_deadline_per_fetch(tmp_path: Path) -> None:
    import socket
    import threading
    import time

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    stop = threading.Event()

    def drip() -> None:  # answers headers, then a byte every 0.2 s
        conn, _ = server.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 9999\r\n\r\n"
            )
            while not stop.wait(0.2):
                try:
                    conn.sendall(b"x")
                except OSError:
                    return

    threading.Thread(target=drip, daemon=True).start()
    url = f"http://127.0.0.1:{server.getsockname()[1]}/slow.html"
    start = time.monotonic()
    args = ["ingest", url, "--db", str(tmp_path / "s.db"), "--timeout", "1.5", "--quiet"]
    result = CliRunner().invoke(main, args)
    took = time.monotonic() - start
    stop.set()
    server.close()
    assert result.exit_code == 1, result.output
    assert "did not finish within 1.5 s" in " ".join(result.output.split())  # robots.txt here
    assert took < 6
