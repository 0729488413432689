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
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

import httpx

from storydiff.config import InputConfig
from storydiff.errors import FetchError, TooLargeError
from storydiff.ingest.inflate import decoded, encodings_of

Fetched = tuple[bytes, str | None, str, datetime]
"""(body, declared charset, final URL, time retrieved)"""


async def _get(url: str, config: InputConfig) -> Fetched:
    timeout = httpx.Timeout(config.read_timeout, connect=config.connect_timeout)
    headers = {
        "User-Agent": config.user_agent,
        "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5",
        "Accept-Encoding": "gzip, deflate, br, zstd",
    }
    async with (
        httpx.AsyncClient(
            timeout=timeout,
            follow_redirects=True,
            max_redirects=config.max_redirects,
            headers=headers,
        ) as client,
        client.stream("GET", url) as response,
    ):
        if response.status_code >= 400:
            raise FetchError(
                url,
                f"answered HTTP {response.status_code}",
                "check the URL",
                status=response.status_code,
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
        return body, response.charset_encoding, str(response.url), datetime.now(UTC)


def _run_to_end(job: Coroutine[Any, Any, Fetched]) -> Fetched:
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
    try:
        return _run_to_end(asyncio.wait_for(_get(url, config), config.deadline))
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
