"""The publication time a page states in its metadata (all pages here are fictional)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from storydiff.ingest.html import read_html
from storydiff.ingest.meta import parse_stamp, published_time

BODY = (
    "<article><h1>Ferry timetable changes at Corrow harbour</h1><p>"
    + "The harbour board said the winter ferry to Skelling Isle would leave an hour "
    "earlier from next week, after tides moved the evening crossing. " * 3 + "</p></article>"
)


def _page(head: str, body: str = BODY) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Ferry timetable changes at Corrow harbour</title>"
        f"{head}</head><body>{body}</body></html>"
    )


def _ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


LATE_EVENING = '<meta property="article:published_time" content="2026-03-01T23:30:00-05:00">'


def test_late_evening_stamp_is_the_next_day_in_utc_and_keeps_the_page_day() -> None:
    doc = read_html(_page(LATE_EVENING), "ferry.html")
    assert doc.published == datetime(2026, 3, 2, 4, 30, tzinfo=UTC)
    assert doc.published is not None and doc.published.utcoffset() == timedelta(0)
    assert doc.metadata["published_local"] == "2026-03-01T23:30:00-05:00"
    assert doc.metadata["published_day"] == "2026-03-01"
    assert doc.metadata["published_from"] == "meta:article:published_time"


def test_utc_stamp_takes_the_offset_of_the_byline_time_of_the_same_moment() -> None:
    head = '<meta property="article:published_time" content="2026-05-04T03:37:37+00:00">'
    byline = '<time class="entry-date updated" datetime="2026-05-03T23:37:37-04:00">3 May</time>'
    found = published_time(_page(head, byline + BODY))
    assert found is not None
    assert found.when.isoformat() == "2026-05-03T23:37:37-04:00"
    assert found.utc == datetime(2026, 5, 4, 3, 37, 37, tzinfo=UTC)
    assert found.day == date(2026, 5, 3)


def test_a_time_of_another_moment_does_not_lend_its_offset() -> None:
    head = '<meta property="article:published_time" content="2026-05-04T03:37:37+00:00">'
    teaser = '<time datetime="2026-05-02T10:00:00-04:00">2 May</time>'
    found = published_time(_page(head, teaser + BODY))
    assert found is not None and found.when.isoformat() == "2026-05-04T03:37:37+00:00"


def test_json_ld_graph_article_wins_over_web_page() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "datePublished": "2025-12-30T08:00:00+00:00"},
            {"@type": "NewsArticle", "datePublished": "2026-03-01T23:30:00-05:00"},
        ],
    }
    found = published_time(_page(_ld(graph)))
    assert found is not None
    assert (found.where, found.utc) == ("json-ld", datetime(2026, 3, 2, 4, 30, tzinfo=UTC))


def test_json_ld_list_with_type_list() -> None:
    data = [
        {"@type": "BreadcrumbList", "itemListElement": []},
        {"@type": ["Article", "AnalysisNewsArticle"], "datePublished": "2026-02-11T09:15:00+01:00"},
    ]
    found = published_time(_page(_ld(data)))
    assert found is not None and found.when.isoformat() == "2026-02-11T09:15:00+01:00"


def test_itemprop_and_time_pubdate() -> None:
    itemprop = '<meta itemprop="datePublished" content="2026-01-20T06:05:18+0000">'
    found = published_time(_page(itemprop))
    assert found is not None and found.where == "itemprop"
    assert found.utc == datetime(2026, 1, 20, 6, 5, 18, tzinfo=UTC)
    pubdate = '<time pubdate datetime="2026-01-21T14:15:08+01:00">21.01.2026</time>'
    found = published_time(_page("", pubdate + BODY))
    assert found is not None and (found.where, found.day) == ("time", date(2026, 1, 21))


def test_a_comment_time_is_not_the_publication() -> None:
    comment = '<div class="comment"><time class="date" datetime="2026-11-05T14:25:40+00:00">'
    assert published_time(_page("", BODY + comment + "5 Nov</time></div>")) is None


@pytest.mark.parametrize(
    "head",
    [
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "datePub</script>',
        _ld({"@type": "NewsArticle", "datePublished": "1970-01-01T01:00:00+01:00"}),
        _ld({"@type": "NewsArticle", "datePublished": "not a date"}),
        '<meta property="article:published_time" content="2026-13-45T25:00:00Z">',
        '<meta property="article:published_time" content="">',
    ],
    ids=["truncated-json-ld", "epoch", "words", "impossible", "empty"],
)
def test_broken_metadata_falls_back_to_the_next_stamp(head: str) -> None:
    good = '<meta name="parsely-pub-date" content="2026-03-01T12:00:00+00:00">'
    found = published_time(_page(head + good))
    assert found is not None and found.where == "meta:parsely-pub-date"
    assert published_time(_page(head)) is None


def test_broken_metadata_falls_back_to_trafilatura() -> None:
    broken = _ld({"@type": "NewsArticle", "datePublished": "1970-01-01T01:00:00+01:00"})
    visible = "<p class='date'>Published 14 February 2026</p>"
    doc = read_html(_page(broken + '<meta name="date" content="2026-02-14">', visible + BODY), "x")
    assert doc.published is not None and doc.published.date() == date(2026, 2, 14)
    assert doc.published.year != 1970
    assert doc.metadata["published_from"] == "trafilatura"


def test_a_date_without_time_or_offset_is_not_a_stamp() -> None:
    assert parse_stamp("2026-03-01") is None
    assert parse_stamp("2026-03-01T23:30:00") is None
    assert parse_stamp("01/03/2026 23:30 +0100") is None
    assert parse_stamp("2026-03-01 23:30:00+01:00") == datetime(2026, 3, 1, 22, 30, tzinfo=UTC)


def test_stamp_far_in_the_future_is_refused() -> None:
    assert parse_stamp("2999-01-01T00:00:00Z") is None


def test_utc_stamp_alone_takes_the_day_the_page_shows() -> None:
    # 02:25 UTC is the evening before in the Americas: the page's own date (read by
    # trafilatura from the URL and byline) gives the day, the instant stays.
    head = '<meta property="article:published_time" content="2026-02-25T02:25:54+00:00">'
    found = published_time(_page(head), hint=date(2026, 2, 24))
    assert found is not None
    assert found.utc == datetime(2026, 2, 25, 2, 25, 54, tzinfo=UTC)
    assert found.day == date(2026, 2, 24)
    elsewhere = published_time(_page(head), hint=date(2026, 2, 20))
    assert elsewhere is not None and elsewhere.day == date(2026, 2, 25)


def test_disagreeing_stamps_the_one_on_the_page_day_wins() -> None:
    ld = _ld({"@type": "NewsArticle", "datePublished": "2026-11-03T10:25:56+00:00"})
    og = '<meta property="article:published_time" content="2026-11-06T14:25:00+00:00">'
    first = published_time(_page(ld + og))
    assert first is not None and first.where == "json-ld"
    found = published_time(_page(ld + og), hint=date(2026, 11, 6))
    assert found is not None and found.where == "meta:article:published_time"


def test_the_page_says_when_it_was_last_changed() -> None:
    published = '<meta property="article:published_time" content="2026-11-30T07:10:00+00:00">'
    modified = '<meta property="article:modified_time" content="2026-11-30T16:45:00+01:00">'
    doc = read_html(_page(published + modified), "page.html")
    assert doc.metadata["updated"] == "2026-11-30T15:45:00+00:00"
    ld = _ld({"@type": "NewsArticle", "datePublished": "2026-11-30T07:10:00Z",
              "dateModified": "2026-11-30T09:00:00Z"})  # fmt: skip
    assert read_html(_page(ld), "page.html").metadata["updated"] == "2026-11-30T09:00:00+00:00"
    item = '<time itemprop="dateModified" datetime="2026-11-30T11:00:00+00:00">11:00</time>'
    assert read_html(_page(published, item + BODY), "page.html").metadata["updated"] == (
        "2026-11-30T11:00:00+00:00"
    )


def test_a_change_stamp_before_the_publication_is_no_update() -> None:
    published = '<meta property="article:published_time" content="2026-11-30T07:10:00+00:00">'
    before = '<meta property="og:updated_time" content="2026-11-29T07:10:00+00:00">'
    no_time = '<meta property="article:modified_time" content="2026-11-30">'
    for head in (before, no_time, ""):  # a scheduled post's stamp; a day without a time
        assert "updated" not in read_html(_page(published + head), "page.html").metadata
    # the publication time again: the page says it has not changed since (a stealth
    # edit keeps it: storydiff watch)
    same = '<meta property="article:modified_time" content="2026-11-30T07:10:00+00:00">'
    doc = read_html(_page(published + same), "page.html")
    assert doc.metadata["updated"] == "2026-11-30T07:10:00+00:00"


def test_a_related_article_inside_the_page_does_not_lend_its_change_stamp() -> None:
    related = {"@type": "NewsArticle", "dateModified": "2026-12-20T09:00:00Z"}
    main = {
        "@type": "NewsArticle",
        "datePublished": "2026-11-30T07:10:00Z",
        "relatedArticle": [related],
    }
    assert "updated" not in read_html(_page(_ld(main)), "page.html").metadata
    own = '<meta property="article:modified_time" content="2026-11-30T09:12:00+00:00">'
    both = read_html(_page(_ld({**main, "dateModified": "2026-11-30T11:00:00Z"}) + own), "p.html")
    assert both.metadata["updated"] == "2026-11-30T09:12:00+00:00"  # the page's meta first
