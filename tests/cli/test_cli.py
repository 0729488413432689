"""The storydiff command: exit codes, output formats and one-line errors."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from storydiff.cli import main
from storydiff.ingest import load
from storydiff.pair.compare import compare as compare_documents
from storydiff.render.summary import verdict_line

STORY = Path(__file__).resolve().parents[2] / "examples" / "story"
FIRST = str(STORY / "01-mpa-first-take.txt")
UPDATE = str(STORY / "02-mpa-update.txt")

# Fictional article written for these tests.
ARTICLE = (
    "---\n"
    "title: Ferry delayed by strong winds\n"
    "source: Ostrand Observer\n"
    "---\n"
    "OSTRAND — The ferry Mira Solvberg left the harbour on Tuesday morning with 212 "
    "passengers on board, the operator said.\n\n"
    "Strong winds delayed the arrival at Fjallholm by almost an hour.\n\n"
    "The operator said the timetable would return to normal on Wednesday.\n"
)


def run(args: Sequence[str], stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["compare", *args], input=stdin)


def stderr_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def refused_url() -> str:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/story"


@pytest.fixture
def article(tmp_path: Path) -> str:
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


# --- results ----------------------------------------------------------------------


def test_same_file_exits_0() -> None:
    result = run([FIRST, FIRST, "--no-color"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout.strip() != ""


def test_versions_exit_1_and_print_the_verdict() -> None:
    expected = verdict_line(compare_documents(load(FIRST), load(UPDATE)))
    result = run([FIRST, UPDATE, "--no-color", "--width", "200"])
    assert result.exit_code == 1, result.output
    assert result.stderr == ""
    verdicts = [line for line in result.stdout.splitlines() if line.startswith("verdict")]
    assert len(verdicts) == 1
    assert expected in verdicts[0]


def test_stdin_as_old(article: str) -> None:
    data = Path(article).read_bytes()
    result = run(["-", article, "--no-color"], stdin=data)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_json_output() -> None:
    result = run([FIRST, UPDATE, "--format", "json"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "storydiff.comparison"
    assert data["has_differences"] is True
    assert data["old"]["source"] == FIRST
    assert data["new"]["source"] == UPDATE


def test_json_output_same_file() -> None:
    result = run([FIRST, FIRST, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "storydiff.comparison"
    assert data["has_differences"] is False


def test_html_output_to_file(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run([FIRST, UPDATE, "--format", "html", "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert str(out) in result.stderr
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "</html>" in html


def test_terminal_output_to_file(tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    result = run([FIRST, UPDATE, "--no-color", "-o", str(out)])
    assert result.exit_code == 1, result.output
    text = out.read_text(encoding="utf-8")
    assert "[-" in text
    assert "{+" in text
    assert "\x1b[" not in text


def test_no_color_uses_wdiff_markers() -> None:
    result = run([FIRST, UPDATE, "--no-color"])
    assert result.exit_code == 1, result.output
    assert "[-" in result.stdout
    assert "-]" in result.stdout
    assert "{+" in result.stdout
    assert "+}" in result.stdout
    assert "\x1b" not in result.stdout


def test_context_zero_prints_fewer_lines() -> None:
    full = run([FIRST, UPDATE, "--no-color", "--width", "120"])
    short = run([FIRST, UPDATE, "--no-color", "--width", "120", "-U", "0"])
    long_form = run([FIRST, UPDATE, "--no-color", "--width", "120", "--context", "0"])
    assert full.exit_code == short.exit_code == long_form.exit_code == 1
    assert len(short.stdout.splitlines()) < len(full.stdout.splitlines())
    assert short.stdout == long_form.stdout


def test_identical_context_zero_shows_no_sentences() -> None:
    full = run([FIRST, FIRST, "--no-color", "--width", "120"])
    short = run([FIRST, FIRST, "--no-color", "--width", "120", "-U", "0"])
    assert full.exit_code == short.exit_code == 0
    assert len(short.stdout.splitlines()) < len(full.stdout.splitlines())


def test_invalid_bytes_that_still_decode(tmp_path: Path) -> None:
    raw = ARTICLE.encode("utf-8").replace(b"almost an hour", b"almost an \xff hour")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    path = tmp_path / "mangled.txt"
    path.write_bytes(raw)
    same = run([str(path), str(path), "--no-color"])
    assert same.exit_code == 0, same.output
    assert same.stderr == ""
    clean = tmp_path / "clean.txt"
    clean.write_text(ARTICLE, encoding="utf-8")
    other = run([str(clean), str(path), "--no-color"])
    assert other.exit_code in (0, 1), other.output
    assert other.stderr == ""


# --- errors -----------------------------------------------------------------------


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    """name -> ([the bad input, options it needs], what the error line must name)."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    no_article = tmp_path / "blank-page.html"
    no_article.write_text(
        "<!DOCTYPE html><html><head><title>Ostrand Observer</title></head><body></body></html>",
        encoding="utf-8",
    )
    large = tmp_path / "large.txt"
    large.write_text(ARTICLE * 3, encoding="utf-8")
    limit = str(len(ARTICLE.encode("utf-8")) + 10)  # the good input stays under it
    missing = tmp_path / "missing.txt"
    url = refused_url()
    return {
        "empty": ([str(empty)], str(empty)),
        "binary": ([str(binary)], str(binary)),
        "no-article": ([str(no_article)], str(no_article)),
        "too-large": ([str(large), "--max-bytes", limit], str(large)),
        "missing": ([str(missing)], str(missing)),
        "refused-url": ([url], url),
        "folder": ([str(tmp_path)], str(tmp_path)),
    }


BAD_NAMES = ["empty", "binary", "no-article", "too-large", "missing", "refused-url", "folder"]


def _check_one_line_error(result: Result, names: str) -> str:
    assert result.exit_code == 2, result.output
    lines = stderr_lines(result)
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("storydiff: error:")
    assert names in line
    assert "Traceback" not in result.stderr
    assert "internal error" not in line
    return line


@pytest.mark.parametrize("position", ["old", "new"])
@pytest.mark.parametrize("name", BAD_NAMES)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, article: str, name: str, position: str
) -> None:
    bad, names = _bad_inputs(tmp_path)[name]
    spec, *options = bad
    args = [spec, article] if position == "old" else [article, spec]
    result = run([*args, *options])
    _check_one_line_error(result, names)
    assert result.stdout == ""


@pytest.mark.parametrize("name", BAD_NAMES)
def test_bad_input_with_debug_shows_traceback(tmp_path: Path, article: str, name: str) -> None:
    bad, names = _bad_inputs(tmp_path)[name]
    spec, *options = bad
    result = run([spec, article, *options, "--debug"])
    assert result.exit_code == 2, result.output
    assert "Traceback (most recent call last)" in result.stderr
    last = stderr_lines(result)[-1]
    assert last.startswith("storydiff: error:")
    assert names in last


def test_stdin_twice_is_a_usage_error() -> None:
    # A usage mistake, not a bad input: click's usage message, exit 2, no traceback.
    for extra in ([], ["--debug"]):
        result = run(["-", "-", *extra], stdin=ARTICLE.encode("utf-8"))
        assert result.exit_code == 2
        assert result.stdout == ""
        assert "Error: only one of OLD and NEW can be standard input" in result.stderr
        assert "Usage:" in result.stderr
        assert "Traceback" not in result.stderr
        assert "internal error" not in result.stderr


def test_usage_errors_exit_2() -> None:
    result = run([FIRST])
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


def test_closed_stdout_is_trouble_not_differences(tmp_path: Path) -> None:
    # `storydiff compare a a | head -c 200`: identical inputs, but the reader goes away
    # before the report is written. diff(1) exit codes: that is trouble (2), not
    # "differences" (1). Python's -u / PYTHONUNBUFFERED hides failed writes, so the child
    # runs without it.
    words = ["harbour", "ferry", "council", "lantern", "quay", "valley", "bakery", "tram"]

    def sentence(i: int) -> str:
        tail = " ".join(f"{words[(i + k) % 8]}{k}" for k in range(60))
        return f"The committee number {i} met on day {i * 3} and discussed {tail}."

    text = "\n\n".join(" ".join(sentence(j) for j in range(i, i + 3)) for i in range(0, 150, 3))
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    full = run([str(path), str(path), "--no-color"])
    assert full.exit_code == 0
    assert len(full.stdout.encode("utf-8")) > 65536  # more than a pipe holds

    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    code = "import sys; from storydiff.cli import main; sys.argv[0] = 'storydiff'; main()"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "compare", str(path), str(path), "--no-color"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    try:
        assert proc.stdout.read(200)  # the report has started...
        proc.stdout.close()  # ...and nobody reads the rest
        proc.stderr.read()
        assert proc.wait(timeout=60) == 2
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()
