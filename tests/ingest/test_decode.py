"""Bytes to text: encodings, BOMs, declared charsets, empty and binary input."""

from __future__ import annotations

import codecs
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storydiff.errors import BinaryInputError, EmptyInputError, InputError
from storydiff.ingest.decode import decode

# Fictional text written for these tests.
SHORT = "Zürich café"
ARTICLE = (
    "The ferry Mira Sölvberg left the harbour at Östrand on Tuesday morning with 212 "
    "passengers on board, the operator said.\n\n"
    "The crossing to the island of Fjällholm normally takes ninety minutes, but strong "
    "winds delayed the arrival by almost an hour.\n\n"
    "Passengers were offered coffee and pastries in the café on the upper deck while the "
    "crew waited for the gusts to ease.\n\n"
    "The operator's spokesman, René Aubert, said the timetable would return to normal on "
    "Wednesday.\n"
)
TYPOGRAPHIC = "“We will reopen the café in Zürich,” the owner said — it’s been a long winter."


def test_utf8() -> None:
    assert decode(ARTICLE.encode("utf-8"), "ferry.txt") == ARTICLE


def test_utf8_with_bom_drops_the_bom() -> None:
    text = decode(codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "ferry.txt")
    assert text == ARTICLE
    assert not text.startswith("\ufeff")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(encoding: str) -> None:
    bom = {"utf-16": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    data = bom[encoding] + ARTICLE.encode(encoding)
    assert data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    text = decode(data, "ferry.txt")
    assert text == ARTICLE
    assert not text.startswith("\ufeff")


def test_utf32_with_bom() -> None:
    assert decode(ARTICLE.encode("utf-32"), "ferry.txt") == ARTICLE


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_western_8bit_article(encoding: str) -> None:
    data = ARTICLE.encode(encoding)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode(data, "ferry.txt") == ARTICLE


def test_cp1252_typographic_quotes() -> None:
    assert decode(TYPOGRAPHIC.encode("cp1252"), "quote.txt") == TYPOGRAPHIC


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (SHORT, "cp1252"),
        ("The mayor of Zürich opened a café on the harbour front.", "cp1252"),
        ("Zürich", "latin-1"),  # the example in decode()'s own docstring
    ],
)
def test_western_8bit_short_text(text: str, encoding: str) -> None:
    # Short Western European text, no declared charset (a local file).
    assert decode(text.encode(encoding), "short.txt") == text


def test_utf8_with_one_stray_byte_stays_utf8() -> None:
    # One corrupt byte in an otherwise UTF-8 file: the rest must not turn to mojibake
    # (a spurious change in every non-ASCII character when compared with a clean copy).
    text = "OSTRAND — The ferry Mira Sölvberg left the harbour on Tuesday. " * 5
    data = text.encode("utf-8") + b"\xff" + text.encode("utf-8")
    decoded = decode(data, "ferry.txt")
    assert decoded.startswith(text)
    assert decoded.endswith(text)


@pytest.mark.parametrize("declared", ["iso-8859-1", "windows-1252", "cp1252"])
def test_declared_charset_is_used(declared: str) -> None:
    assert decode(SHORT.encode("latin-1"), "http://x.example/", declared) == SHORT


def test_declared_charset_does_not_override_valid_utf8() -> None:
    assert decode(SHORT.encode("utf-8"), "http://x.example/", "iso-8859-1") == SHORT


def test_unknown_declared_charset_falls_back_to_detection() -> None:
    data = ARTICLE.encode("cp1252")
    assert decode(data, "http://x.example/", "no-such-charset") == ARTICLE


def test_declared_charset_that_does_not_fit_falls_back() -> None:
    # 0x81 is undefined in cp1252 but fine in Latin-1; detection must still give text.
    data = ARTICLE.encode("latin-1") + b"\x81"
    text = decode(data, "http://x.example/", "cp1252")
    assert text.startswith(ARTICLE[:40])


@pytest.mark.parametrize("data", [b"", b" ", b"\n\n\n", b" \t\r\n \x0b\x0c "])
def test_empty_or_whitespace_is_empty_input(data: bytes) -> None:
    with pytest.raises(EmptyInputError) as info:
        decode(data, "notes/blank.txt")
    assert info.value.source == "notes/blank.txt"
    assert "notes/blank.txt" in str(info.value)
    assert isinstance(info.value, InputError)


def test_png_is_binary() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(7).randbytes(4096)
    with pytest.raises(BinaryInputError) as info:
        decode(png, "photos/lantern.png")
    assert "photos/lantern.png" in str(info.value)
    assert info.value.source == "photos/lantern.png"


def test_nul_late_in_text_is_binary() -> None:
    data = ARTICLE.encode("utf-8") + b"\x00" + ARTICLE.encode("utf-8")
    with pytest.raises(BinaryInputError, match=re.escape("ferry.bin")):
        decode(data, "ferry.bin")


def test_many_control_bytes_are_binary() -> None:
    data = bytes(b for b in range(1, 32) if b not in (9, 10, 12, 13, 27)) * 20
    assert b"\x00" not in data
    with pytest.raises(BinaryInputError, match=re.escape("controls.dat")):
        decode(data, "controls.dat")


def test_few_control_bytes_are_text() -> None:
    data = ARTICLE.encode("utf-8").replace(b"\n\n", b"\n\x0c\n", 1)
    assert decode(data, "ferry.txt") == ARTICLE.replace("\n\n", "\n\x0c\n", 1)


_TEXT = st.text(
    alphabet=st.characters(categories=("L", "N", "P", "Zs"), exclude_characters="\ufeff"),
    min_size=1,
    max_size=200,
).filter(lambda s: s.strip() != "")


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_utf8_round_trip(text: str) -> None:
    assert decode(text.encode("utf-8"), "any.txt") == text


@settings(max_examples=100, deadline=None)
@given(_TEXT)
def test_utf16_round_trip(text: str) -> None:
    assert decode(text.encode("utf-16"), "any.txt") == text
