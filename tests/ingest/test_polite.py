"""Politeness against local servers on 127.0.0.1: robots.txt for storydiff's product
token, 4xx / 5xx / unreachable robots.txt as RFC 9309 says, the per-host rate for
named URLs, and a host that did not answer not tried again in the run."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from storydiff.config import InputConfig
from storydiff.errors import FetchError
from storydiff.ingest.batch import iter_documents
from storydiff.ingest.polite import PoliteFetcher
from storydiff.ingest.rejected import Rejected
from tests.localsite import Route, serve

PAGE = (
    "<html><head><title>Ferry returns</title></head><body><article><p>The old ferry at "
    "Holloway Ford will run again from June after the county agreed to pay for a new "
    "landing stage, the parish council said on Tuesday.</p></article></body></html>"
)
ROBOTS = (
    # storydiff has its own group: it may read /news/ but not /news/private/; every
    # other crawler is shut out (a parser matching "Mozilla" would take that group).
    "User-agent: storydiff\nDisallow: /news/private/\n\nUser-agent: *\nDisallow: /\n"
)


HITS: list[str] = []


def _site(robots: Route) -> Iterator[str]:
    yield from serve({"/robots.txt": robots, "*": (200, "text/html", PAGE)}, HITS)


@pytest.fixture(scope="module")
def storydiff_site() -> Iterator[str]:
    yield from _site((200, "text/plain", ROBOTS))


@pytest.fixture(scope="module")
def broken_site() -> Iterator[str]:
    yield from _site((503, "text/plain", "down"))


@pytest.fixture(scope="module")
def plain_site() -> Iterator[str]:
    yield from _site((404, "text/plain", "no"))


def _fetcher(interval: float = 0.0) -> PoliteFetcher:
    return PoliteFetcher(InputConfig(read_timeout=3.0, connect_timeout=1.0), interval)


def test_rules_for_storydiff_are_matched_on_its_product_token(storydiff_site: str) -> None:
    fetcher = _fetcher()
    assert fetcher.allowed(f"{storydiff_site}/news/ferry")
    assert not fetcher.allowed(f"{storydiff_site}/news/private/ferry")
    body, _, _, _ = fetcher.fetch(f"{storydiff_site}/news/ferry")
    assert b"Holloway Ford" in body
    with pytest.raises(FetchError, match=r"robots\.txt"):
        fetcher.fetch(f"{storydiff_site}/news/private/ferry")


def test_a_robots_txt_answering_5xx_disallows_the_host(broken_site: str) -> None:
    HITS.clear()
    items = list(iter_documents([f"{broken_site}/a", f"{broken_site}/b"], fetcher=_fetcher()))
    assert all(isinstance(i, Rejected) and "robots.txt" in i.reason for i in items)
    assert "/a" not in HITS and "/b" not in HITS


def test_a_robots_txt_answering_404_allows_everything(plain_site: str) -> None:
    fetcher = _fetcher()
    assert fetcher.allowed(f"{plain_site}/anything/at/all")


def test_named_urls_keep_the_per_host_rate(plain_site: str) -> None:
    fetcher = _fetcher(interval=0.3)
    start = time.monotonic()
    items = list(iter_documents([f"{plain_site}/one", f"{plain_site}/two"], fetcher=fetcher))
    assert len(items) == 2 and not any(isinstance(i, Rejected) for i in items)
    assert time.monotonic() - start >= 0.6  # robots.txt, then two pages, 0.3 s apart


def test_a_host_that_does_not_answer_is_not_tried_again() -> None:
    fetcher = _fetcher(interval=5.0)  # were the dead host waited for, this would take 20 s
    dead = "http://127.0.0.1:9"
    start = time.monotonic()
    items = list(iter_documents([f"{dead}/{n}" for n in range(5)], fetcher=fetcher))
    assert len(items) == 5 and all(isinstance(i, Rejected) for i in items)
    assert sum("not tried" in i.reason for i in items if isinstance(i, Rejected)) >= 4
    assert time.monotonic() - start < 4.0
