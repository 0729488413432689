"""Fetch a page over HTTP(S) with httpx: timeouts, a redirect limit, a size limit and
a real User-Agent."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from storydiff.config import InputConfig
from storydiff.errors import FetchError, TooLargeError


def fetch(url: str, config: InputConfig) -> tuple[bytes, str | None, str, datetime]:
    """Download ``url``; return (body, declared charset, final URL, time retrieved)."""
    timeout = httpx.Timeout(config.read_timeout, connect=config.connect_timeout)
    headers = {"User-Agent": config.user_agent, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5"}
    try:
        with (
            httpx.Client(
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
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > config.max_bytes:
                    raise TooLargeError(
                        url, f"is over the limit of {config.max_bytes:,} bytes", "raise --max-bytes"
                    )
                chunks.append(chunk)
            return b"".join(chunks), response.charset_encoding, str(response.url), datetime.now(UTC)
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
