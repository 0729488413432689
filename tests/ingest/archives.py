"""Small WARC and ARC files written byte by byte for tests, with fictional pages."""

from __future__ import annotations

PARAGRAPH = (
    "<p>The Larkspur harbour ferry resumed service on Monday after a storm closed the "
    "crossing for three days, the island council said.</p>"
)


def page(title: str = "Ferry back", paragraphs: int = 4) -> bytes:
    body = PARAGRAPH * paragraphs
    head = f"<html><head><title>{title}</title></head>"
    return f"{head}<body><article>{body}</article></body></html>".encode()


def http(
    body: bytes, headers: dict[str, str], status: str = "200 OK", eol: bytes = b"\r\n"
) -> bytes:
    head = f"HTTP/1.1 {status}".encode() + eol
    head += b"".join(f"{k}: {v}".encode() + eol for k, v in headers.items())
    return head + eol + body


def warc(
    block: bytes,
    *,
    kind: str = "response",
    content_type: str = "application/http; msgtype=response",
    url: str = "https://larkspur.example/ferry",
    version: str = "1.0",
    extra: dict[str, str] | None = None,
    length: int | None = None,
) -> bytes:
    headers = {
        "WARC-Type": kind,
        "WARC-Target-URI": url,
        "WARC-Date": "2026-03-01T10:00:00Z",
        "WARC-Record-ID": "<urn:uuid:00000000-0000-0000-0000-000000000001>",
        "Content-Type": content_type,
        "Content-Length": str(len(block) if length is None else length),
        **(extra or {}),
    }
    head = f"WARC/{version}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    return head.encode() + block + b"\r\n\r\n"


def response(body: bytes | None = None, **headers: str) -> bytes:
    """A WARC response record of an HTML page (``content_encoding="gzip"`` style keys)."""
    fields = {"Content-Type": "text/html; charset=utf-8"}
    fields.update({k.replace("_", "-").title(): v for k, v in headers.items()})
    return warc(http(page() if body is None else body, fields))


def chunked(body: bytes, size: int = 50) -> bytes:
    parts = [body[i : i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"


def arc_record(
    url: str, block: bytes, mime: str = "text/html", date: str = "20260301120000"
) -> bytes:
    return f"{url} 10.0.0.1 {date} {mime} {len(block)}\n".encode() + block + b"\n"


def arc_header() -> bytes:
    desc = b"1 0 Storydiff tests\nURL IP-address Archive-date Content-type Archive-length\n\n"
    return arc_record("filedesc://tests.arc", desc, "text/plain").replace(b"10.0.0.1", b"0.0.0.0")
