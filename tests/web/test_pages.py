"""The pages around the stories: watch's changes (a page and an Atom feed), the app
under a proxy's path, and search without the index's file (a read-only folder)."""

from __future__ import annotations

import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from itertools import pairwise
from pathlib import Path

import httpx

from storydiff.web import schemas
from storydiff.web.app import Settings
from tests.unprivileged import prefix, read_only
from tests.web.conftest import serve
from tests.web.pages import problems

ATOM = "{http://www.w3.org/2005/Atom}"


def test_changes_page_and_api_list_watch_events(client: httpx.Client) -> None:
    found = schemas.Changes.model_validate(client.get("/api/v1/changes").json())
    assert found.available and len(found.events) == 2
    ferry = next(e for e in found.events if e.outlet == "Tollmere News")
    assert ferry.kind == "changed" and ferry.story and ferry.old and ferry.new
    page = client.get("/changes").text
    assert problems(page) == []
    assert page.count(">stealth edit</span>") == 1  # the hostile page's; its title escaped
    assert f'href="/stories/{ferry.story}/compare?old={ferry.old}&amp;new={ferry.new}"' in page
    compare = client.get(f"/stories/{ferry.story}/compare?old={ferry.old}&new={ferry.new}")
    assert compare.status_code == 200 and "Fourteen" in compare.text
    one = client.get("/api/v1/changes?limit=1").json()
    assert len(one["events"]) == 1 and one["next"]
    rest = client.get(f"/api/v1/changes?limit=1&after={one['next']}").json()
    assert [e["id"] for e in one["events"] + rest["events"]] == [e.id for e in found.events]


def test_changes_as_atom(client: httpx.Client) -> None:
    r = client.get("/changes.atom")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(r.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2
    titles = [e.findtext(f"{ATOM}title", "") for e in entries]
    assert sum(t.endswith("(major, stealth edit)") for t in titles) == 1
    links = [e.find(f"{ATOM}link").get("href", "") for e in entries]  # type: ignore[union-attr]
    assert any("/compare?old=" in link for link in links)
    assert all(link.startswith("http://127.0.0.1:") for link in links)
    own = {x.get("rel"): x.get("href", "") for x in feed.findall(f"{ATOM}link")}
    assert own["self"].endswith("/changes.atom") and own["alternate"].endswith("/changes")


def test_an_event_has_one_entry_id_in_every_feed(
    client: httpx.Client, store: Path, tmp_path: Path
) -> None:
    """The app's /changes.atom and the files watch writes name an event alike."""
    from storydiff.store import Store
    from storydiff.store.watch import WatchQueries
    from storydiff.watch.atom import write_feeds

    def ids(xml: bytes) -> list[str]:
        return [e.findtext(f"{ATOM}id", "") for e in ET.fromstring(xml).findall(f"{ATOM}entry")]

    served = ids(client.get("/changes.atom").content)
    with Store(store, create=False, readonly=True) as s:
        queries = WatchQueries(s)
        stories = {e.story for e in queries.events() if e.story is not None}
        written = write_feeds(queries, tmp_path, stories, set())
    assert len(served) == 2 and len(set(served)) == 2
    assert ids((tmp_path / "changes.atom").read_bytes()) == served
    in_stories = [i for path in written[1:] for i in ids(path.read_bytes())]
    assert in_stories and set(in_stories) <= set(served)


def test_a_comparison_compares_only_its_two_versions(store: Path) -> None:
    """The comparison page works out the two versions it shows, not the timeline."""
    from storydiff.store import browse
    from storydiff.web.reader import Reader

    reader = Reader(store)
    try:
        listed = [s for s in browse.story_page(reader.db, 100) if s.size >= 3]
        assert listed, "the test store needs a story of three versions or more"
        ids = [v.document.id for v in reader.versions(listed[0].id).versions]
        story, c = reader.compare_in(listed[0].id, ids[0][:8], ids[-1][:8])
        assert (c.old.id, c.new.id) == (ids[0], ids[-1]) and story.id == listed[0].id
        assert reader.comparisons.get((ids[0], ids[-1])) is c
        assert all(reader.comparisons.get(p) is None for p in pairwise(ids))
        assert reader.stories.get(listed[0].number) is None
        assert len(reader.story(listed[0].id).steps) == len(ids) - 1  # the story page: all
    finally:
        reader.close()


def test_under_a_proxy_path(store: Path) -> None:
    served = serve(store, Settings(rate=0, refresh=0), root_path="/news")
    try:
        with httpx.Client(base_url=served.url) as c:
            page = c.get("/").text  # what a proxy that strips the prefix sends
            assert 'href="/news/static/app.css"' in page and 'href="/news/stories/' in page
            assert c.get("/api/v1/stories?bogus=1").json()["status"] == 400
            story = c.get("/api/v1/stories?q=Larkspur").json()["stories"][0]["id"]
            assert f'href="/news/stories/{story}/compare?' in c.get(f"/stories/{story}").text
    finally:
        served.stop()


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_without_the_index_file_search_reads_headlines_and_says_so(
    store: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    # Copied through SQLite: this process serves the store, and closing a descriptor
    # of its own on the file (shutil.copy) would drop the server's locks on it.
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as src:
        dst = sqlite3.connect(folder / "news.db")
        src.backup(dst)
        dst.close()
    src.close()
    shutil.copytree(store.parent / "news.db.index", folder / "news.db.index")
    port = _port()
    with read_only(folder):
        proc = subprocess.Popen(
            [*prefix(), sys.executable, "-m", "storydiff", "serve", "--db",
             str(folder / "news.db"), "--port", str(port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(300):
                try:
                    httpx.get(f"{base}/static/app.css")
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            by_headline = httpx.get(f"{base}/api/v1/stories", params={"q": "ferry"}).json()
            in_text = httpx.get(f"{base}/api/v1/stories", params={"q": "Larkspur"}).json()
            facts = httpx.get(f"{base}/api/v1/stories", params={"facts": "yes"})
            outlet = httpx.get(f"{base}/api/v1/stories", params={"outlet": "Tollmere News"})
        finally:
            proc.terminate()
            _, err = proc.communicate(timeout=30)
    assert len(by_headline["stories"]) == 1, err
    assert (
        "headlines only" in by_headline["notes"][0]
        and "cannot be written" in by_headline["notes"][0]
    )
    assert in_text["stories"] == []  # a word of the text alone: not found, and said why
    assert facts.status_code == 400 and "search index" in facts.json()["error"]
    assert [s["versions"] for s in outlet.json()["stories"]] == [3]
    assert not (folder / "news.db.search").exists()


def test_an_ingest_goes_on_while_serving_and_the_app_sees_it(tmp_path: Path) -> None:
    """The store is only read: an ingest in another process writes it meanwhile, and
    the new story reaches the list and the search within a refresh."""
    import json

    from tests.web.conftest import make_store

    db = make_store(tmp_path / "live.db")
    served = serve(db, Settings(rate=0, refresh=0.5))
    try:
        with httpx.Client(base_url=served.url, timeout=60) as c:
            before = c.get("/api/v1/stories").json()["total"]
            assert c.get("/api/v1/stories", params={"q": "Quillfeather"}).json()["stories"] == []
            feed = tmp_path / "new.jsonl"
            text = (
                "The Quillfeather lighthouse at Sandmere was relit on Friday after forty years"
                " dark, the harbour trust said. Volunteers spent two winters restoring its lamp."
            )
            line = {"text": text, "title": "Sandmere lighthouse relit", "outlet": "Sandmere Post",
                    "url": "https://sandmere.example/lighthouse",
                    "published": "2026-04-20T10:00:00+00:00"}  # fmt: skip
            feed.write_text(json.dumps(line) + "\n")
            ingest = [sys.executable, "-m", "storydiff", "ingest", str(feed), "--db", str(db)]
            done = subprocess.run(ingest, capture_output=True, text=True, timeout=300)
            assert done.returncode == 0, done.stderr
            for _ in range(100):
                found = c.get("/api/v1/stories", params={"q": "Quillfeather"}).json()["stories"]
                if found:
                    break
                time.sleep(0.2)
            assert [s["headline"] for s in found] == ["Sandmere lighthouse relit"]
            time.sleep(10.5)  # the list's count is kept 10 s
            first = c.get("/api/v1/stories").json()
            assert first["total"] == before + 1
            assert first["stories"][0]["headline"] == "Sandmere lighthouse relit"
            outlet = c.get("/api/v1/stories", params={"outlet": "Sandmere Post"}).json()
            assert [s["versions"] for s in outlet["stories"]] == [1]
    finally:
        served.stop()
