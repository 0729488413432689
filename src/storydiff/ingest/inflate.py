"""HTTP bodies decoded in a stream and stopped at a size limit: ``Content-Encoding``
(gzip, deflate, br, zstd, in any chain) and chunked transfer coding.

Each decoder hands its output on in pieces of at most ``PIECE`` bytes, so a 3 KB
body that inflates to gigabytes is refused when the output passes the limit, with
memory a few times the limit at most. Used for pages fetched over HTTP and for the
responses stored in WARC files.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

import brotli
import zstandard

from storydiff.errors import DecodeError, TooLargeError

PIECE = 1 << 16
"""Most bytes a decoder hands on at once."""
ENCODINGS = ("gzip", "x-gzip", "deflate", "br", "zstd", "identity")


def _zlib(chunks: Iterable[bytes], wbits: int) -> Iterator[bytes]:
    obj = zlib.decompressobj(wbits)
    for chunk in chunks:
        data = chunk
        while data and not obj.eof:
            yield obj.decompress(data, PIECE)
            data = obj.unconsumed_tail
            if obj.eof and obj.unused_data.startswith(b"\x1f\x8b"):
                # a gzip body of several members: go on with the next one
                data, obj = obj.unused_data, zlib.decompressobj(wbits)
        # after the end, anything else is ignored, as browsers do
    if not obj.eof:
        yield obj.flush()
        raise zlib.error("the compressed data ends early")


def _deflate(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """``deflate`` is zlib-wrapped by the standard and raw deflate by some servers."""
    it = iter(chunks)
    first = next((c for c in it if c), b"")
    wrapped = len(first) >= 2 and first[0] & 0x0F == 8 and (first[0] << 8 | first[1]) % 31 == 0
    yield from _zlib(_chain(first, it), zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)


def _brotli(chunks: Iterable[bytes]) -> Iterator[bytes]:
    obj = brotli.Decompressor()
    for chunk in chunks:
        out = obj.process(chunk, output_buffer_limit=PIECE)
        yield out
        while not obj.can_accept_more_data():
            yield obj.process(b"", output_buffer_limit=PIECE)
    if not obj.is_finished():
        raise brotli.error("the compressed data ends early")


class _Reader:
    """A file-like view of chunks, for zstandard's streaming reader."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._it = iter(chunks)

    def read(self, size: int = -1) -> bytes:
        return next(self._it, b"")


def _zstd(chunks: Iterable[bytes]) -> Iterator[bytes]:
    dctx = zstandard.ZstdDecompressor()
    with dctx.stream_reader(_Reader(chunks), read_size=PIECE) as reader:  # type: ignore[arg-type]
        while piece := reader.read(PIECE):
            yield piece


def _chain(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def dechunk(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Chunked transfer coding removed (RFC 9112, 7.1); trailers are ignored."""
    buffer = b""
    it = iter(chunks)
    while True:
        while b"\n" not in buffer:
            more = next(it, None)
            if more is None:
                raise ValueError("a chunk size line is missing")
            buffer += more
        line, buffer = buffer.split(b"\n", 1)
        size_text = line.split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            raise ValueError(f"bad chunk size {size_text[:20]!r}") from None
        if size == 0:
            return
        while len(buffer) < size:
            more = next(it, None)
            if more is None:
                yield buffer
                raise ValueError("the last chunk ends early")
            if len(buffer) >= PIECE:
                yield buffer
                size -= len(buffer)
                buffer = b""
            buffer += more
        yield buffer[:size]
        buffer = buffer[size:].lstrip(b"\r\n")


def _decoder(encoding: str, chunks: Iterable[bytes]) -> Iterator[bytes]:
    if encoding in ("gzip", "x-gzip"):
        return _zlib(chunks, zlib.MAX_WBITS | 32)  # gzip or zlib header, detected
    if encoding == "deflate":
        return _deflate(chunks)
    if encoding == "br":
        return _brotli(chunks)
    if encoding == "zstd":
        return _zstd(chunks)
    return iter(chunks)


def encodings_of(header: str | None) -> list[str]:
    """The codings of a ``Content-Encoding`` header, in the order they were applied."""
    return [e.strip().lower() for e in (header or "").split(",") if e.strip()]


def decoded(
    chunks: Iterable[bytes],
    encodings: list[str],
    limit: int,
    source: str,
    *,
    chunked: bool = False,
) -> bytes:
    """The body of ``chunks`` with its transfer and content codings undone.

    Raises:
        TooLargeError: the decoded body is over ``limit`` bytes (found while decoding).
        DecodeError: a coding is unknown, or the data is not what it says it is.
    """
    unknown = [e for e in encodings if e not in ENCODINGS]
    if unknown:
        raise DecodeError(source, f"uses a content encoding storydiff cannot read ({unknown[0]})")
    stream: Iterable[bytes] = dechunk(chunks) if chunked else chunks
    for encoding in reversed(encodings):  # the last applied is undone first
        stream = _decoder(encoding, stream)
    out = bytearray()
    try:
        for piece in stream:
            out += piece
            if len(out) > limit:
                raise TooLargeError(
                    source,
                    f"is over the limit of {limit:,} bytes once decoded",
                    "raise --max-bytes",
                )
    except (zlib.error, brotli.error, zstandard.ZstdError, ValueError) as exc:
        coding = "chunked" if isinstance(exc, ValueError) else "/".join(encodings)
        raise DecodeError(source, f"could not be decoded as {coding} ({exc})") from exc
    return bytes(out)
