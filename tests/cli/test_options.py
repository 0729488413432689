"""Option values out of range are usage errors before any work (issue 14, item 8):
never a hang (a billion columns), an overflow (an offset past SQLite's integers), a
MemoryError (a 100 GB read buffer) or a NaN that every comparison lets through."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from storydiff.cli import main

STORY = Path(__file__).resolve().parents[2] / "examples" / "story"
FIRST = str(STORY / "01-mpa-first-take.txt")
UPDATE = str(STORY / "02-mpa-update.txt")


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["compare", FIRST, UPDATE, "--width", "1000000000"], "--width"),
        (["compare", FIRST, UPDATE, "--timeout", "nan"], "--timeout"),
        (["compare", FIRST, UPDATE, "--timeout", "inf"], "--timeout"),
        (["compare", FIRST, UPDATE, "--max-bytes", str(10**11)], "--max-bytes"),
        (["ingest", FIRST, "--rate", "nan"], "--rate"),
        (["ingest", FIRST, "--rate", "1e9"], "--rate"),
        (["stories", "--offset", str(10**20)], "--offset"),
        (["stories", "--limit", str(10**20)], "--limit"),
        (["export", "--workers", "0"], "--workers"),
    ],
)
def test_a_value_out_of_range_is_a_usage_error(
    args: list[str], option: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the default store would be made here
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert f"Invalid value for '{option}'" in result.stderr, result.stderr
    assert result.stdout == "" and "internal error" not in result.stderr
    assert list(tmp_path.iterdir()) == []  # no store, no output: nothing was done


def test_values_at_the_bounds_are_taken(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["compare", FIRST, UPDATE, "--no-facts", "--width", "1000", "--no-color"]
    )
    assert result.exit_code == 1, result.output
    assert max(len(line) for line in result.stdout.splitlines()) <= 1000
