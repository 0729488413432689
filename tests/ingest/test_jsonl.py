"""JSON Lines records: parsed with orjson, with ``json`` as the judge of what is valid."""

from __future__ import annotations

from storydiff.ingest.jsonl import JsonlFields, read_jsonl


def test_lines_orjson_refuses_are_read_as_json_reads_them() -> None:
    lines = [b'{"text": "Rain fell.", "score": NaN}', b'{"text": "Snow', b'{"text": "Fog."}']
    out = list(read_jsonl(iter(lines), "in.jsonl", JsonlFields()))
    assert [type(o).__name__ for o in out] == ["Document", "Rejected", "Document"]
    assert "line 2" in str(out[1]) and "not valid JSON" in str(out[1])
