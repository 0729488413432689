"""The plain functions: schedule, chrome, watch lists, significance, Atom escaping."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from storydiff.config import WatchConfig
from storydiff.corpus.corpus import Corpus
from storydiff.errors import WatchListError
from storydiff.store.watch import WatchQueries
from storydiff.watch.atom import entry_html, write_feeds
from storydiff.watch.events import Event, at_least, redline
from storydiff.watch.normalise import SiteChrome, normalise
from storydiff.watch.schedule import age_interval, backoff, jittered, next_check
from storydiff.watch.watchlist import entries_from, read_watchlist

HOUR = 3600.0


@given(st.floats(0, 30 * 86400), st.text(min_size=1, max_size=40))
def test_the_schedule_slows_with_age_and_stops(age: float, url: str) -> None:
    config = WatchConfig()
    interval = age_interval(age, config)
    if age >= config.max_age:
        assert interval is None
        assert next_check(url, 1e9, 1e9 - age, config) is None
    else:
        assert interval is not None
        assert interval <= (age_interval(age + HOUR, config) or float("inf"))
        due = next_check(url, 1e9, 1e9 - age, config)
        assert due is not None
        assert interval * 0.9 <= due - 1e9 <= interval * 1.1
        assert due == next_check(url, 1e9, 1e9 - age, config)  # no random draw


def test_jitter_spreads_urls() -> None:
    waits = {jittered(900, f"http://x.example/{n}", 0.0, 0.1) for n in range(50)}
    assert len(waits) == 50 and min(waits) >= 810 and max(waits) <= 990


def test_backoff_doubles_and_honours_retry_after_within_the_cap() -> None:
    config = WatchConfig(backoff=60, backoff_max=3600)
    assert [backoff(n, config) for n in (1, 2, 3)] == [60, 120, 240]
    assert backoff(1, config, 900) == 900
    assert backoff(1, config, 10**9) == 3600


def test_rotating_lines_seen_on_two_pages_are_chrome_and_article_lines_are_not() -> None:
    chrome = SiteChrome(min_pages=2, max_chars=100)
    a = "Updated 3 minutes ago\n\nThe ferry left at noon with 12 people on board."
    b = "Updated 41 minutes ago\n\nThe school opens a new wing for 300 pupils."
    chrome.update("http://g.example/a", a)
    assert normalise(a, "http://g.example/a", chrome) == lines(a)
    chrome.update("http://g.example/b", b)
    assert normalise(a, "http://g.example/a", chrome) == [lines(a)[1]]
    assert normalise("Updated 1 hour ago", "http://g.example/c", chrome) == []
    assert normalise(a, "http://other.example/a", chrome) == lines(a)  # per host


def lines(text: str) -> list[str]:
    return [x for x in text.split("\n") if x]


def test_ignore_patterns_drop_lines() -> None:
    import re

    got = normalise(
        "Views: 1,204\n\nBody text here.",
        "http://g.example/a",
        SiteChrome(),
        [re.compile(r"^Views:")],
    )
    assert got == ["Body text here."]


def test_watch_list_errors_name_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    for text, problem in [
        ('[[watch]]\nurl = "https://a.example/"\ninterval = "soon"\n', "entry 1: interval 'soon'"),
        ('[[watch]]\nurl = "https://a.example/"\nignore = ["("]\n', "ignore pattern '('"),
        ('[[watch]]\nurl = "https://a.example/"\nsize = 3\n', "unknown key 'size'"),
        ("[[watch]]\noutlet = 'x'\n", "entry 1: has no url"),
        ("watch = 3", "holds something other than"),
        ("[[watch]\n", "is not valid TOML"),
        ("watch = [1]", "entry 1: is not a \\[\\[watch\\]\\] table"),
        (
            '[[watch]]\nurl = "https://a.example/"\nselector = "div["\n',
            "selector 'div\\[' is not CSS",
        ),
    ]:
        path.write_text(text)
        with pytest.raises(WatchListError, match=problem.replace("(", r"\(")):
            read_watchlist(path)
    path.write_text('[[watch]]\nurl = "https://a.example/f"\ninterval = "2h"\nkind = "feed"\n')
    (entry,) = read_watchlist(path)
    assert entry.interval == 7200 and entry.kind == "feed"
    assert len(entries_from([str(path), "https://a.example/f", "https://b.example/"])) == 2


def test_significance_levels_and_redline() -> None:
    assert at_least("facts", "wording") and not at_least("trivial", "wording")
    pieces = redline("one two three four", "one two THREE four")
    assert [p["op"] for p in pieces] == ["equal", "del", "ins", "equal"]
    long = redline("x " * 2000, "y " * 2000, limit=100)
    assert sum(len(p["text"]) for p in long) <= 100


HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>\u202e'


def test_atom_escapes_everything_and_links_only_http(tmp_path: Path) -> None:
    event = Event("changed", "javascript:alert(3)", HOSTILE, 0.0, "a", "b", title=HOSTILE)
    event.changes = [{"kind": "update", "text": HOSTILE}]
    event.redline = [{"op": "del", "text": HOSTILE}, {"op": "ins", "text": "</del><b>"}]
    body = event.as_json()
    html = entry_html(body)
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "href" not in html  # a javascript: URL is no link
    with Corpus(tmp_path / "s.db") as corpus:
        queries = WatchQueries(corpus.store)
        with corpus.store.transaction():
            queries.add_event("k", "changed", "javascript:alert(3)", HOSTILE, 7, 0.0, "a", "b",
                              "facts", orjson.dumps(body).decode())  # fmt: skip
        written = write_feeds(queries, tmp_path / "atom", {7}, {HOSTILE})
    assert len(written) == 3
    for path in written:
        xml = path.read_text()
        assert (
            "<script>" not in xml
            and "<img" not in xml
            and "javascript:" not in xml.split("<content")[0]
        )
        assert "&lt;script&gt;" in xml


def test_the_selector_picks_the_article(tmp_path: Path) -> None:
    from storydiff.watch.versions import extract

    body = " ".join(["Words of the real article about the quay and the ferry."] * 3)
    page = (
        "<html><head><title>Quay</title></head><body><div class='promo'><p>"
        + "Read our other stories about the harbour and its boats today. " * 3
        + f"</p></div><div class='story-body'><p>{body}</p></div></body></html>"
    )
    whole = extract(page, "http://g.example/a", "http://g.example/a", None)
    picked = extract(page, "http://g.example/a", "http://g.example/a", "div.story-body")
    assert "other stories" in whole.raw and "other stories" not in picked.raw
    assert "real article" in picked.raw and picked.title == "Quay"
    by_attribute = page.replace("class='story-body'", "itemprop='articleBody'")
    picked = extract(
        by_attribute, "http://g.example/a", "http://g.example/a", "[itemprop=articleBody]"
    )
    assert "other stories" not in picked.raw and "real article" in picked.raw


def test_json_feed_items_are_read_and_only_http_links_kept() -> None:
    from storydiff.watch.feeds import read_feed_list

    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Gazette",
        "items": [
            {"id": "1", "url": "/news/a", "title": "A", "date_modified": "2027-01-15T08:00:00Z"},
            {"id": "2", "url": "javascript:alert(1)", "title": "bad"},
            {"id": "3", "external_url": "https://other.example/b", "date_published": "2027"},
            "not an item",
            {"id": "4", "title": "no link"},
        ],
    }
    got = read_feed_list(orjson.dumps(feed), "https://g.example/feed.json")
    assert got is not None and got.title == "Gazette"
    assert [(i.link, i.title, i.stamp) for i in got.items] == [
        ("https://g.example/news/a", "A", "2027-01-15T08:00:00Z"),
        ("https://other.example/b", None, "2027"),
    ]
    assert read_feed_list(b'{"version": "1", "items": []}', "https://g.example/") is None
    assert read_feed_list(b"{not json", "https://g.example/") is None


def test_the_watcher_reads_feeds_with_ingests_checks() -> None:
    """One feed reader: what ingest refuses or decodes, the watcher does too."""
    from storydiff.watch.feeds import read_feed_list

    not_a_list = {"version": "https://jsonfeed.org/version/1", "items": {"url": "/a"}}
    assert read_feed_list(orjson.dumps(not_a_list), "https://g.example/feed.json") is None
    rss = (
        '<rss version="2.0"><channel>'
        "<title>Gazette</title><item><title>Ferry</title><link>/news/ferry</link>"
        "<pubDate>Fri, 15 Jan 2027 08:00:00 GMT</pubDate></item></channel></rss>"
    )
    got = read_feed_list(rss.encode("utf-16-be"), "https://g.example/feed.xml")  # no BOM
    assert got is not None and got.title == "Gazette"
    assert [(i.link, i.title) for i in got.items] == [("https://g.example/news/ferry", "Ferry")]
    assert got.items[0].stamp is not None and "2027" in got.items[0].stamp


def test_min_significance_keeps_quiet_events_out_of_the_outputs(tmp_path: Path) -> None:
    from storydiff.config import DEFAULT_INPUT
    from storydiff.watch.clock import SimClock
    from storydiff.watch.runner import Watcher

    got: list[Event] = []

    class Collect:
        def send(self, event: Event) -> None:
            got.append(event)

        def close(self) -> None:
            pass

    with Corpus(tmp_path / "s.db") as corpus:
        queries = WatchQueries(corpus.store)
        with corpus.store.transaction():
            for n, level in enumerate(["trivial", "wording", "facts", "trivial"]):
                event = Event("changed", f"http://g.example/{n}", "G", float(n), significance=level)
                queries.add_event(f"k{n}", "changed", event.url, "G", None, float(n), None,
                                  None, level, event.dumps())  # fmt: skip
        watcher = Watcher(corpus, [], WatchConfig(), DEFAULT_INPUT, SimClock(),
                          outputs=[Collect()], min_significance="wording")  # fmt: skip
        watcher.emit()
        assert [e.significance for e in got] == ["wording", "facts"]
        assert queries.events(pending=True) == []
        watcher.emit()  # given once
        assert len(got) == 2


def test_a_watch_list_s_settings_outlive_the_run(tmp_path: Path) -> None:
    from storydiff.config import DEFAULT_INPUT
    from storydiff.watch.check import Checker
    from storydiff.watch.client import WatchClient
    from storydiff.watch.clock import SimClock
    from storydiff.watch.watchlist import WatchEntry

    entry = WatchEntry("https://g.example/feed", "G", 600.0, "feed", "div.body", ("^Ad",))
    clock = SimClock()
    client = WatchClient(DEFAULT_INPUT, WatchConfig(), clock)
    with Corpus(tmp_path / "s.db") as corpus:
        assert Checker(corpus, client, WatchConfig(), clock).register([entry]) == 1
        again = Checker(corpus, client, WatchConfig(), clock)  # a later run, no list given
        assert again.entries == {entry.url: entry}
        row = again.queries.get(entry.url)
        assert row is not None
        row.state = "stopped"
        again.queries.save(row)
        assert again.register([replace(entry, outlet="Gazette")]) == 0
        row = again.queries.get(entry.url)
        assert row is not None and row.state == "active" and row.outlet == "Gazette"


def test_a_page_that_breaks_the_extractor_backs_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storydiff.config import DEFAULT_INPUT
    from storydiff.watch import check
    from storydiff.watch.clock import SimClock
    from storydiff.watch.runner import Watcher
    from storydiff.watch.watchlist import WatchEntry
    from tests.localsite import serve

    def broken(*args: object) -> None:
        raise RecursionError("a page nested too deep")

    monkeypatch.setattr(check, "extract", broken)
    html = (
        "<html><body><article><p>" + "Words of an article. " * 20 + "</p></article></body></html>"
    )
    site = serve({"/a": (200, "text/html", html), "/robots.txt": (404, "text/plain", "")})
    base = next(site)
    clock = SimClock()
    with Corpus(tmp_path / "s.db") as corpus:
        watcher = Watcher(
            corpus, [WatchEntry(base + "/a")], WatchConfig(rate=0.0), DEFAULT_INPUT, clock
        )
        stats = watcher.run_once()
        row = watcher.queries.get(base + "/a")
    next(site, None)
    assert stats.results == {"failed": 1}
    assert row is not None and row.fails == 1 and row.state == "failing" and row.seq == 0
    assert row.next_check >= clock.now() + WatchConfig().backoff - 1


def test_sentences_with_numbers_on_several_pages_are_not_chrome() -> None:
    chrome = SiteChrome(min_pages=2, max_chars=100)
    for n, toll in enumerate([12, 40, 7]):
        chrome.update(f"http://g.example/{n}", f"The death toll rose to {toll}.\n\n12 comments")
    assert normalise("The death toll rose to 14.\n\n15 comments", "http://g.example/0", chrome) == [
        "The death toll rose to 14."
    ]


def test_a_step_that_fails_midway_leaves_nothing_of_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storydiff.config import DEFAULT_INPUT
    from storydiff.store.watch import WatchQueries
    from storydiff.watch.clock import SimClock
    from storydiff.watch.runner import Watcher
    from storydiff.watch.watchlist import WatchEntry
    from tests.localsite import serve

    def html(count: int) -> str:
        text = f"The ferry carried {count} passengers to the island on Tuesday morning. " * 4
        return f"<html><body><article><p>{text}</p></article></body></html>"

    routes = {"/a": (200, "text/html", html(12)), "/robots.txt": (404, "text/plain", "")}
    site = serve(routes)
    base = next(site)
    with Corpus(tmp_path / "s.db") as corpus:
        config = WatchConfig(rate=0.0, facts=False)
        watcher = Watcher(corpus, [WatchEntry(base + "/a")], config, DEFAULT_INPUT, SimClock())
        assert watcher.run_once().results == {"first": 1}
        routes["/a"] = (200, "text/html", html(14))

        def broken(*args: object) -> None:
            raise RuntimeError("the disk hiccuped")

        monkeypatch.setattr(WatchQueries, "add_event", broken)
        assert watcher.run_once(force=True).results["failed"] == 1
        assert corpus.store.counts()["documents"] == 1  # the new text went with the event
        monkeypatch.undo()
        assert watcher.run_once(force=True).results["changed"] == 1
        assert corpus.store.counts()["documents"] == 2
        assert [e.kind for e in watcher.queries.events()] == ["changed"]
    next(site, None)


def test_a_forbidden_url_is_checked_again_when_robots_txt_is_read_again(tmp_path: Path) -> None:
    from storydiff.store.watch import WatchedUrl

    with Corpus(tmp_path / "s.db") as corpus:
        queries = WatchQueries(corpus.store)
        with corpus.store.transaction():
            for url, state in [("http://g.example/memo", "forbidden"),
                               ("http://g.example/old", "stopped")]:  # fmt: skip
                row = WatchedUrl(url, "page", url, None, first_seen=0.0, next_check=10.0)
                row.state = state
                queries.add_url(row)
        assert [r.url for r in queries.due(5.0)] == [] and queries.next_due() == 10.0
        assert [r.url for r in queries.due(10.0)] == ["http://g.example/memo"]


def test_a_new_version_is_announced_by_a_notice_or_a_later_stamp() -> None:
    from datetime import UTC, datetime

    from storydiff.document import Document
    from storydiff.watch.versions import announced

    old = ["The ferry left at noon.", "Twelve people were on board."]
    new = ["The ferry left at one.", "Twelve people were on board."]
    seen = datetime(2026, 1, 15, 9, tzinfo=UTC).timestamp()  # the old text, first seen

    def page(updated: str | None) -> Document:
        return Document(text="x", metadata={"updated": updated} if updated else {})

    later, earlier = page("2026-01-15T10:00:00+00:00"), page("2026-01-15T08:00:00+00:00")
    assert announced(seen, later, old, new) == (
        False,
        "the page says it was updated 2026-01-15T10:00:00+00:00",
    )
    flag, why = announced(seen, earlier, old, new)
    assert flag is True and why.startswith("the page says it was last updated 2026-01-15T08:00")
    assert announced(seen, page(None), old, new) == (None, "")  # no stamp: cannot tell
    assert announced(None, later, old, new) == (None, "")  # no time for the old text
    assert announced(seen, page("2026-01-15"), old, new) == (None, "")  # a day is no time
    for notice in (
        "Correction: An earlier version gave the wrong time of departure.",
        "Editor\u2019s note: The departure time has been changed.",
        "A previous version of this story gave the wrong day.",
        "UPDATE: The ferry now leaves at one.",
        "Updated at 3:15 p.m. with the new departure time.",
        "This article has been amended to correct the time.",
    ):
        flag, why = announced(seen, earlier, old, [*new, notice])
        assert (flag, why[:20]) == (False, "a notice was added: "), notice
    for story_line in (
        "The harbour said it would issue an update with the timetable next week.",
        "The harbour corrects its timetable every spring.",
        "\u201cCorrection: the ferry is late,\u201d the captain announced.",
    ):
        assert announced(seen, earlier, old, [*new, story_line])[0] is True, story_line
    curled = "Editor\u2019s note: times changed."
    assert announced(seen, earlier, [*old, "Editor's note: times changed."], [*new, curled])[0]
