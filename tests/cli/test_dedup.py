"""``storydiff dedup`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
from click.testing import CliRunner

from storydiff.cli import main
from storydiff.cli.dedup import dedup
from tests.dedup.corpus import generate, write_jsonl


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(dedup, list(args))
    return result.exit_code, result.stdout, result.stderr


def _input(tmp_path: Path) -> Path:
    path = write_jsonl(
        generate(5, originals=40, copies=30, words=200, edits=4), tmp_path / "in.jsonl"
    )
    with path.open("ab") as f:
        f.write(b"not json\n")
        f.write(b'{"id": "p", "text": "\xe2\x80\x94 \xe2\x80\x9c \xe2\x80\x9d ..."}\n')  # no words
    return path


def test_jsonl_to_stdout_with_summary(tmp_path: Path) -> None:
    code, out, err = _run(str(_input(tmp_path)), "--workers", "1")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 70
    assert set(rows[0]) == {"id", "cluster", "keep", "match", "jaccard", "jaccard_estimate"}
    by_id = {r["id"]: r for r in rows}
    for r in rows:
        if r["match"] is not None:
            assert r["jaccard"] >= 0.8 and 0 <= r["jaccard_estimate"] <= 1
            assert by_id[r["match"]]["cluster"] == r["cluster"]
            assert r["cluster"] <= r["id"]  # the first document of the cluster
    clusters = {r["cluster"] for r in rows}
    assert sum(r["keep"] for r in rows) == len(clusters)
    assert "line 71: not valid JSON" in err and "line 72: no words" in err
    assert "70 documents, 2 rejected" in err and "removed" in err


def test_keep_only_parquet_and_the_same_rows(tmp_path: Path) -> None:
    src = _input(tmp_path)
    code, out, _ = _run(str(src), "--workers", "1")
    all_rows = [json.loads(line) for line in out.splitlines()]
    target = tmp_path / "out.parquet"
    code, _, err = _run(str(src), "-o", str(target), "--keep-only", "--quiet")
    assert code == 0, err
    table = pq.read_table(target).to_pylist()
    assert [r["id"] for r in table] == [r["id"] for r in all_rows if r["keep"]]
    assert all(r["keep"] for r in table)
    assert err == ""


def test_options_and_usage_errors(tmp_path: Path) -> None:
    src = _input(tmp_path)
    code, out, _ = _run(str(src), "--threshold", "0.99", "--bands", "32", "--rows", "4", "--quiet")
    assert code == 0
    strict = [json.loads(line) for line in out.splitlines()]
    assert all(r["match"] is None or r["jaccard"] >= 0.99 for r in strict)
    assert _run(str(src), "--bands", "16")[0] == 2
    assert _run(str(src), "--bands", "10", "--rows", "10")[0] == 2
    assert _run(str(src), "--keep-rule", "newest")[0] == 2
    assert _run(str(src), "--format", "parquet")[0] == 2  # needs -o
    assert _run(str(tmp_path / "nope.jsonl"))[0] == 2
    code, out, _ = _run(str(src), "--keep-rule", "longest,first", "--quiet", "--keep-only")
    assert code == 0 and out


def test_a_store_as_input(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    text = "the cargo ship ran aground off the port of kestrel bay on saturday night as a storm hit"
    result = CliRunner().invoke(
        main,
        [
            "ingest",
            str(_write(tmp_path / "a.txt", text)),
            str(_write(tmp_path / "b.txt", text + " the coast")),
            "--db",
            str(db),
            "--quiet",
        ],
    )
    assert result.exit_code == 0, result.output
    code, out, err = _run(str(db), "--quiet")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 2 and rows[0]["cluster"] == rows[1]["cluster"]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_registered_on_the_storydiff_group() -> None:
    assert main.commands["dedup"] is dedup


def test_integer_ids_beyond_64_bits_are_kept_exactly(tmp_path: Path) -> None:
    text = "the cargo ship ran aground off the port of kestrel bay on saturday night as a storm hit"
    ids = ["100000000000000000000", "100000000000000000001", "18446744073709551616",
           "-9223372036854775809", "1.10"]  # fmt: skip
    src = tmp_path / "big.jsonl"
    src.write_text(
        "".join(f'{{"id": {ident}, "text": "{text} {k}"}}\n' for k, ident in enumerate(ids)),
        encoding="utf-8",
    )
    code, out, err = _run(str(src), "--quiet", "--workers", "1", "--threshold", "0.5")
    assert code == 0, err
    lines = out.splitlines()
    assert [line.split(",")[0] for line in lines[:4]] == [f'{{"id": {i}' for i in ids[:4]]
    assert lines[4].startswith('{"id": "1.10"')  # a float id: its text, as before
    rows = [json.loads(line) for line in lines]
    assert [r["id"] for r in rows[:4]] == [int(i) for i in ids[:4]]
    assert {r["cluster"] for r in rows} == {10**20}  # one cluster, named exactly
    assert rows[0]["match"] != rows[1]["match"]
    target = tmp_path / "big.parquet"
    code, _, err = _run(str(src), "-o", str(target), "--quiet", "--threshold", "0.5")
    assert code == 0, err
    assert [r["id"] for r in pq.read_table(target).to_pylist()] == ids


def test_option_values_are_checked_before_any_work(tmp_path: Path) -> None:
    src = _input(tmp_path)
    for args, words in (
        (["--num-perm", "1"], "1 is not in the range 16<=x<=1024"),
        (["--num-perm", "100000"], "100000 is not in the range 16<=x<=1024"),
        (["--shingle-size", "1000"], "1000 is not in the range 1<=x<=64"),
        (["--workers", "100000"], "100000 is not in the range 1<=x<=256"),
        (["--threshold", "0.01"], "no split of 128 bins"),
    ):
        code, out, err = _run(str(src), *args)
        assert code == 2 and out == "", err
        assert "Usage:" in err and words in err, err
    code, out, err = _run(str(src), "--quiet", "--num-perm", "16", "--workers", "1")
    assert code == 0 and len(out.splitlines()) == 70, err
    code, out, err = _run(str(src), "--quiet", "--num-perm", "1024", "--workers", "1")
    assert code == 0 and len(out.splitlines()) == 70, err
    code, out, err = _run(
        str(src), "--quiet", "--threshold", "0.01", "--bands", "128", "--rows", "1"
    )
    assert code == 0 and len(out.splitlines()) == 70, err
