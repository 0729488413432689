"""JSON Lines records: parsed with orjson, with ``json`` as the judge of what is valid."""

from __future__ import annotations

from storydiff.ingest.jsonl import JsonlFields, read_jsonl


def test_lines_orjson_refuses_are_read_as_json_reads_them() -> None:
    lines = [b'{"text": "Rain fell.", "score": NaN}', b'{"text": "Snow', b'{"text": "Fog."}']
    out = list(read_jsonl(iter(lines), "in.jsonl", JsonlFields()))
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
