"""Untrusted text never drives the reader's terminal: control characters in articles,
titles and outlets are made visible, not passed on (fictional inputs)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from storydiff.cli import main

HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x1b[31m"


def _files(tmp_path: Path) -> tuple[Path, Path]:
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text(
        f"---\ntitle: Ferry returns{HOSTILE}\nsource: Marsh{HOSTILE} Courier\n---\n"
        f"The old ferry at Holloway Ford will run again from June.{HOSTILE}\n",
        encoding="utf-8",
    )
    new.write_text(
        f"---\ntitle: Ferry returns in May{HOSTILE}\nsource: Marsh{HOSTILE} Courier\n---\n"
        f"The old ferry at Holloway Ford will run again from May.{HOSTILE}\n",
        encoding="utf-8",
    )
    return old, new


def test_compare_prints_no_control_characters(tmp_path: Path) -> None:
    old, new = _files(tmp_path)
    for extra in ([], ["--no-color"], ["--format", "json"]):
        result = CliRunner().invoke(main, ["compare", str(old), str(new), *extra])
        assert result.exit_code == 1, result.output
        assert "\x1b" not in result.output and "\x07" not in result.output
        assert "\ufffd" in result.output or "\\ufffd" in result.output  # shown, not hidden


def test_stored_titles_and_outlets_print_no_control_characters(tmp_path: Path) -> None:
    old, new = _files(tmp_path)
    db = tmp_path / "s.db"
    assert (
        CliRunner()
        .invoke(main, ["ingest", str(old), str(new), "--db", str(db), "--quiet"])
        .exit_code
        == 0
    )
    listing = CliRunner().invoke(main, ["stories", "--db", str(db)])
    assert listing.exit_code == 0 and "Ferry returns" in listing.output
    assert "\x1b" not in listing.output and "\x07" not in listing.output
