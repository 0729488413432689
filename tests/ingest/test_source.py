"""load(): files and standard input (URLs: ``test_source_url``)."""

from __future__ import annotations

import io
import re
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from storydiff.config import InputConfig
from storydiff.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    MissingInputError,
    NoArticleError,
    TooLargeError,
)
from storydiff.ingest import from_text, load
from tests.ingest.pages import BODY, CANONICAL, HTML, HTML_PARAGRAPHS

# Fictional text written for these tests (the page: ``pages``).
TXT = (
    "---\n"
    "title: Ferry delayed by strong winds\n"
    "source: Ostrand Observer\n"
    "url: https://ostrandobserver.example/news/ferry-delayed-3321\n"
    "published: 2026-04-07T09:15:00+02:00\n"
    "---\n" + BODY + "\n"
)


# --- files ------------------------------------------------------------------------


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text(TXT, encoding="utf-8")
    doc = load(str(path))
    assert doc.text == BODY
    assert doc.title == "Ferry delayed by strong winds"
    assert doc.outlet == "Ostrand Observer"
    assert doc.url == CANONICAL
    assert doc.source == str(path)
    assert doc.published is not None
    assert doc.published == datetime(2026, 4, 7, 7, 15, tzinfo=UTC)
    assert doc.retrieved is None


def test_html_file_is_sniffed_whatever_its_extension(tmp_path: Path) -> None:
    path = tmp_path / "saved-page.txt"
    path.write_text(HTML, encoding="utf-8")
    doc = load(str(path))
    assert doc.text.split("\n\n") == HTML_PARAGRAPHS
    assert doc.url == CANONICAL
    assert doc.outlet == "Ostrand Observer"


@pytest.mark.parametrize("name", ["ferry.md", "ferry.markdown", "ferry.mdown", "FERRY.MD"])
def test_markdown_extension_reads_heading_as_title(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("# Ferry delayed by strong winds\n\n" + BODY, encoding="utf-8")
    doc = load(str(path))
    assert doc.title == "Ferry delayed by strong winds"
    assert doc.text == BODY


def test_txt_extension_keeps_heading_in_text(tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt"
    text = "# Ferry delayed by strong winds\n\n" + BODY
    path.write_text(text, encoding="utf-8")
    doc = load(str(path))
    assert doc.title is None
    assert doc.text == text


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "ferry.txt"
    with pytest.raises(MissingInputError) as info:
        load(str(path))
    assert info.value.source == str(path)
    assert str(path) in str(info.value)


def test_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        load(str(tmp_path))
    assert not isinstance(info.value, MissingInputError)
    assert str(tmp_path) in str(info.value)
    assert "folder" in str(info.value)


def test_file_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt"
    path.write_bytes(BODY.encode("utf-8"))
    size = path.stat().st_size
    assert load(str(path), InputConfig(max_bytes=size)).text == BODY


def test_file_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt"
    path.write_bytes(BODY.encode("utf-8"))
    size = path.stat().st_size
    with pytest.raises(TooLargeError) as info:
        load(str(path), InputConfig(max_bytes=size - 1))
    assert str(path) in str(info.value)
    assert f"{size - 1:,}" in str(info.value)


def test_fifty_megabyte_file_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written to disk
    assert path.stat().st_size > InputConfig().max_bytes
    start = time.perf_counter()
    with pytest.raises(TooLargeError, match=re.escape("dump.txt")):
        load(str(path))
    assert time.perf_counter() - start < 1.0


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(EmptyInputError, match=re.escape("empty.txt")):
        load(str(path))


@pytest.mark.parametrize(
    "data",
    [b"\xef\xbb\xbf", b"\xef\xbb\xbf \n\n", " \n ".encode("utf-16"), b"---\ntitle: T\n---\n\n"],
    ids=["utf8-bom-only", "utf8-bom-whitespace", "utf16-whitespace", "front-matter-only"],
)
def test_file_with_no_text(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    with pytest.raises(EmptyInputError, match=re.escape("blank.txt")):
        load(str(path))


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with pytest.raises(BinaryInputError, match=re.escape("photo.png")):
        load(str(path))


def test_from_text_dispatch() -> None:
    assert from_text(TXT, "t").title == "Ferry delayed by strong winds"
    assert from_text(HTML, "h").text.split("\n\n") == HTML_PARAGRAPHS
    with pytest.raises(NoArticleError):
        from_text("<html><body></body></html>", "h")


# --- standard input ---------------------------------------------------------------


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(data)))


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, TXT.encode("utf-8"))
    doc = load("-")
    assert doc.text == BODY
    assert doc.title == "Ferry delayed by strong winds"
    assert doc.source == "<stdin>"


def test_stdin_html(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, HTML.encode("utf-8"))
    doc = load("-")
    assert doc.text.split("\n\n") == HTML_PARAGRAPHS


def test_stdin_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, BODY.encode("utf-8"))
    with pytest.raises(TooLargeError, match="stdin"):
        load("-", InputConfig(max_bytes=10))


def test_stdin_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"")
    with pytest.raises(EmptyInputError, match="stdin"):
        load("-")
