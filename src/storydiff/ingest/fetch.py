"""Fetch a page over HTTP(S) with httpx: one deadline for the whole fetch, a redirect
limit, a size limit that holds while the body is decompressed, and a real User-Agent.

httpx's timeouts count per read, so a server that sends a byte every two seconds
never times out; the fetch therefore runs on an event loop under
``asyncio.wait_for``, which cancels it, connection and all, at the deadline. The
body is read undecoded and inflated here (``ingest.inflate``), so a small
compressed body cannot grow past the limit in memory.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Coroutine, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any, TypeVar

import httpx

from storydiff.config import InputConfig
from storydiff.errors import FetchError, TooLargeError
from storydiff.ingest.inflate import decoded, encodings_of

Fetched = tuple[bytes, str | None, str, datetime]
"""(body, declared charset, final URL, time retrieved)"""
T = TypeVar("T")


@dataclass(slots=True)
class Response:
    """An HTTP answer as conditional fetching needs it: a 304 or an error status comes
    back as a status with an empty body, not as an exception."""

    status: int
    body: bytes
    charset: str | None
    url: str
    """The final URL, after redirects."""
    retrieved: datetime
    headers: dict[str, str] = field(default_factory=dict)
    """The response's headers, names lower-cased."""


@cache
def _tls() -> ssl.SSLContext:
    """httpx's default TLS context, made once: each client made its own, and loading
    the CA bundle took 40 ms a fetch (the watcher fetches all day)."""
    return httpx.create_ssl_context()


async def _request(url: str, config: InputConfig, extra: Mapping[str, str]) -> Response:
    timeout = httpx.Timeout(config.read_timeout, connect=config.connect_timeout)
    headers = {
        "User-Agent": config.user_agent,
        "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5",
        "Accept-Encoding": "gzip, deflate, br, zstd",
        **extra,
    }
    async with (
        httpx.AsyncClient(
            timeout=timeout,
            follow_redirects=True,
            max_redirects=config.max_redirects,
            headers=headers,
            verify=_tls(),
        ) as client,
        client.stream("GET", url) as response,
    ):
        found = {k.lower(): v for k, v in response.headers.items()}
        if response.status_code >= 400 or response.status_code == 304:
            return Response(
                response.status_code, b"", None, str(response.url), datetime.now(UTC), found
            )
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > config.max_bytes:
            raise TooLargeError(
                url,
                f"is {int(declared):,} bytes, over the limit of {config.max_bytes:,}",
                "raise --max-bytes",
            )
        raw: list[bytes] = []
        size = 0
        async for chunk in response.aiter_raw():
            size += len(chunk)
            if size > config.max_bytes:
                raise TooLargeError(
                    url, f"is over the limit of {config.max_bytes:,} bytes", "raise --max-bytes"
                )
            raw.append(chunk)
        encodings = encodings_of(response.headers.get("content-encoding"))
        body = decoded(raw, encodings, config.max_bytes, url)
        return Response(
            response.status_code,
            body,
            response.charset_encoding,
            str(response.url),
            datetime.now(UTC),
            found,
        )


async def _get(url: str, config: InputConfig) -> Fetched:
    response = await _request(url, config, {})
    if response.status >= 400:
        raise FetchError(
            url, f"answered HTTP {response.status}", "check the URL", status=response.status
        )
    return response.body, response.charset, response.url, response.retrieved


def _run_to_end(job: Coroutine[Any, Any, T]) -> T:
    """Run ``job`` on its own event loop: here, or in a thread when this thread already
    runs one (``fetch`` called from async code, which ``asyncio.run`` refuses)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(job)
    with ThreadPoolExecutor(1, thread_name_prefix="storydiff-fetch") as pool:
        return pool.submit(asyncio.run, job).result()


def fetch(url: str, config: InputConfig) -> Fetched:
    """Download ``url`` within ``config.deadline`` seconds, all told.

    Raises:
        FetchError: refused, timed out, past the deadline, an HTTP error status, too
            many redirects, or not a valid URL.
        TooLargeError: the body, as sent or decoded, is over ``config.max_bytes``.
    """
    return _within_deadline(url, config, _get(url, config))


def fetch_response(
    url: str, config: InputConfig, headers: Mapping[str, str] | None = None
) -> Response:
    """``fetch`` with extra request ``headers`` (``If-None-Match``, ...), for callers
    that read the status and headers themselves: a 304 or an HTTP error status is a
    ``Response`` with an empty body, not a ``FetchError``.

    Raises:
        FetchError: refused, timed out, past the deadline, too many redirects, or not a
            valid URL (``status`` is None).
        TooLargeError: the body, as sent or decoded, is over ``config.max_bytes``.
    """
    return _within_deadline(url, config, _request(url, config, headers or {}))


def _within_deadline(url: str, config: InputConfig, job: Coroutine[Any, Any, T]) -> T:
    try:
        return _run_to_end(asyncio.wait_for(job, config.deadline))
    except TimeoutError as exc:
        raise FetchError(
            url,
            f"did not finish within {config.deadline:g} s",
            "try again later or raise --deadline",
        ) from exc
    except httpx.TimeoutException as exc:
        raise FetchError(
            url, f"timed out ({type(exc).__name__})", "try again later or raise the timeout"
        ) from exc
    except httpx.TooManyRedirects as exc:
        raise FetchError(
            url, f"redirected more than {config.max_redirects} times", "check the URL"
        ) from exc
    except httpx.ConnectError as exc:
        raise FetchError(
            url, f"could not connect ({exc})", "check the address and your network"
        ) from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"failed: {exc}", "check the URL") from exc
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"is not a valid URL ({exc})", "check the URL") from exc
