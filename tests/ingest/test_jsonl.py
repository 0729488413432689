"""JSON Lines records: parsed with orjson, with ``json`` as the judge of what is valid."""

from __future__ import annotations

from pathlib import Path

from storydiff.ingest.jsonl import Fields, read_jsonl


def test_lines_orjson_refuses_are_read_as_json_reads_them() -> None:
    lines = [b'{"text": "Rain fell.", "score": NaN}', b'{"text": "Snow', b'{"text": "Fog."}']
    out = list(read_jsonl(iter(lines), "in.jsonl", Fields()))
    assert [type(o).__name__ for o in out] == ["Document", "Rejected", "Document"]
    assert "line 2" in str(out[1]) and "not valid JSON" in str(out[1])


def test_parse_line_reads_and_fails_as_json_does() -> None:
    import json

    import pytest

    from storydiff.ingest.jsonl import parse_line

    for raw in (b'{"a": [1, 2.5, "x"]}', b'{"a": NaN}', b'"\\ud800"', b"12"):
        got, want = parse_line(raw), json.loads(raw)
        assert repr(got) == repr(want)
    for bad in (b'{"a": ', b"\xff\xfe", b"[1,]"):
        with pytest.raises((json.JSONDecodeError, UnicodeDecodeError)) as theirs:
            json.loads(bad)
        with pytest.raises(theirs.type):
            parse_line(bad)


def test_a_line_over_the_limit_is_skipped_while_read(tmp_path: Path) -> None:
    import io

    from storydiff.ingest.jsonl import bounded_lines

    good = b'{"text": "The ferry sailed."}\n'
    data = good + b'{"text": "' + b"x" * 5_000_000 + b'"}\n' + good
    out = list(read_jsonl(bounded_lines(io.BytesIO(data), 1000), "in.jsonl", Fields()))
    assert [type(o).__name__ for o in out] == ["Document", "Rejected", "Document"]
    assert "line 2" in str(out[1]) and "5,000,013 bytes" in str(out[1])


def test_a_line_without_end_is_never_held_whole() -> None:
    import io
    import tracemalloc

    from storydiff.ingest.jsonl import bounded_lines

    class Zeros(io.RawIOBase):  # 200 MB of zeros, no newline, never in memory at once
        left = 200 << 20

        def readable(self) -> bool:
            return True

        def readinto(self, b: bytearray) -> int:  # type: ignore[override]
            n = min(len(b), self.left)
            b[:n] = bytes(n)
            self.left -= n
            return n

    tracemalloc.start()
    out = list(
        read_jsonl(bounded_lines(io.BufferedReader(Zeros()), 1 << 20), "z.jsonl", Fields())  # type: ignore[type-var]
    )
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert len(out) == 1 and "over the limit" in str(out[0])
    assert peak < 20 << 20


def test_a_cut_gzip_file_is_one_rejection_after_its_last_line(tmp_path: Path) -> None:
    import gzip

    from storydiff.document import Document
    from storydiff.ingest.batch import iter_documents

    lines = b"".join(b'{"text": "Ferry %d sailed at dawn."}\n' % i for i in range(2000))
    packed = gzip.compress(lines)
    (tmp_path / "a.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    (tmp_path / "b.jsonl").write_bytes(b'{"text": "The other file is read too."}\n')
    out = list(iter_documents([str(tmp_path)]))
    docs = [o for o in out if isinstance(o, Document)]
    bad = [o for o in out if not isinstance(o, Document)]
    assert len(bad) == 1 and bad[0].position.startswith("after line ")
    assert "breaks off" in bad[0].reason
    assert 0 < len(docs) - 1 < 2000 and docs[-1].text == "The other file is read too."


def test_the_outlet_key_is_outlet_and_source_still_reads() -> None:
    lines = [
        b'{"text": "The ferry sailed.", "outlet": "Marsh Courier", "source": "feed-7"}',
        b'{"text": "The ferry sailed again.", "source": "Harbour Daily"}',
    ]
    first, second = list(read_jsonl(iter(lines), "in.jsonl", Fields()))
    assert getattr(first, "outlet", None) == "Marsh Courier"
    assert getattr(second, "outlet", None) == "Harbour Daily"
    [third] = list(read_jsonl(iter(lines[1:]), "in.jsonl", Fields(outlet="paper")))
    assert getattr(third, "outlet", "") is None  # a key the user named is the only one read
