"""The JSON API against its documented schemas (``web.schemas``, ``docs/serve.md``),
and the same documents as the CLI prints: a story's JSON from the app is the JSON of
``storydiff story --format json`` on the same store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from storydiff.config.web import MAX_PAGE_SIZE, PAGE_SIZE
from storydiff.web import schemas


def _all_stories(client: httpx.Client, **query: str) -> list[dict[str, object]]:
    """Every story of the list, a page of two at a time (following ``next``)."""
    out: list[dict[str, object]] = []
    after = ""
    for _ in range(100):
        params = {**query, "limit": "2", **({"after": after} if after else {})}
        r = client.get("/api/v1/stories", params=params)
        assert r.status_code == 200, r.text
        page = schemas.StoryList.model_validate(r.json())
        out += r.json()["stories"]
        if page.next is None:
            return out
        after = page.next
    raise AssertionError("the pages never ended")


def test_story_list_pages_by_keyset_through_every_story_once(client: httpx.Client) -> None:
    first = client.get("/api/v1/stories").json()
    schemas.StoryList.model_validate(first)
    assert first["schema"] == "storydiff.stories" and first["next"] is None
    paged = _all_stories(client)
    assert [s["id"] for s in paged] == [s["id"] for s in first["stories"]]
    assert len(paged) == first["total"] >= 7
    keys = [(s["last_seen"] or "", s["versions"]) for s in paged]
    assert keys == sorted(keys, reverse=True), "most recently seen first"
    ferry = next(s for s in paged if "Tollmere" in str(s["headline"]))
    assert ferry["versions"] == 3
    assert ferry["outlets"] == ["Greyhaven Gazette", "Tollmere News"]


def test_filters_outlet_dates_and_words(client: httpx.Client) -> None:
    by_outlet = _all_stories(client, outlet="Greyhaven Gazette")
    assert [s["headline"] for s in by_outlet] == ["Ferry to Tollmere halted as crack found in hull"]
    assert _all_stories(client, outlet="No Such Outlet") == []
    april = _all_stories(client, since="2026-04-07", until="2026-04-07")
    assert {str(s["headline"])[:8] for s in april} >= {"Ferry to"}
    assert all(str(s["last_seen"]).startswith("2026-04-07") for s in april)
    march = _all_stories(client, until="2026-03-31")
    assert march and all(str(s["last_seen"]) < "2026-04" for s in march)
    found = _all_stories(client, q="Larkspur")  # in the text, not the headline
    assert [s["versions"] for s in found] == [3]
    assert _all_stories(client, q="larkspur corrin") == found  # every word, any case
    assert _all_stories(client, q="Larkspur", outlet="Harbour Daily") == []
    assert _all_stories(client, q="Kestrel zzzznotaword") == []


def test_story_is_the_cli_json(client: httpx.Client, store: Path) -> None:
    ferry = _all_stories(client, q="Larkspur")[0]
    r = client.get(f"/api/v1/stories/{ferry['id']}")
    assert r.status_code == 200
    doc = r.json()
    schemas.Story.model_validate(doc)
    for step in doc["steps"]:
        schemas.Comparison.model_validate(step)
    cli = subprocess.run(
        [sys.executable, "-m", "storydiff", "story", str(ferry["id"]), "--db", str(store),
         "--format", "json"],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    assert json.loads(cli.stdout) == doc
    assert [v["when"][:13] for v in doc["versions"]] == [
        "2026-04-07T08",
        "2026-04-07T11",
        "2026-04-07T15",
    ]
    facts = [c for s in doc["steps"] for c in s["changes"] if not c["hidden"]]
    assert any(c["before"] and "Twelve" in c["before"] for c in facts), facts


def test_any_two_versions_compared(client: httpx.Client) -> None:
    ferry = _all_stories(client, q="Larkspur")[0]
    ids = [d["id"] for d in ferry["documents"]]  # type: ignore[attr-defined]
    r = client.get(
        f"/api/v1/stories/{ferry['id']}/compare", params={"old": ids[0][:8], "new": ids[2]}
    )
    assert r.status_code == 200, r.text
    c = schemas.Comparison.model_validate(r.json())
    assert (c.old.id, c.new.id) == (ids[0], ids[2])
    assert c.counts["added"] >= 2 and c.has_differences
    again = client.get(f"/api/v1/stories/{ferry['id']}/compare?old={ids[0]}&new={ids[2]}")
    assert again.json() == r.json()
    unrelated = _all_stories(client, q="museum")[0]
    other = unrelated["documents"][0]["id"]  # type: ignore[index]
    wrong = client.get(f"/api/v1/stories/{ferry['id']}/compare?old={ids[0]}&new={other}")
    assert wrong.status_code == 404 and "version of this story" in wrong.json()["error"]


def test_outlets_and_changes(client: httpx.Client) -> None:
    outlets = schemas.Outlets.model_validate(client.get("/api/v1/outlets").json())
    names = {o.name: o.count for o in outlets.outlets}
    assert names["Meridian Press Agency"] == 1 and names["Tollmere News"] == 1
    changes = schemas.Changes.model_validate(client.get("/api/v1/changes").json())
    assert changes.available and len(changes.events) == 2


def test_openapi_documents_every_endpoint(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) >= {
        "/api/v1/stories", "/api/v1/stories/{key}", "/api/v1/stories/{key}/compare",
        "/api/v1/outlets", "/api/v1/changes",
    }  # fmt: skip
    assert {"Comparison", "Story", "StoryList"} <= set(spec["components"]["schemas"])
    for path in ("/api/v1/stories", "/api/v1/changes"):  # one declaration, config's defaults
        (limit,) = [p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == "limit"]
        assert limit["schema"]["default"] == PAGE_SIZE
        assert f"1 to {MAX_PAGE_SIZE}" in limit["description"]
    page = client.get("/docs").text
    assert "/api/v1/stories/{key}/compare" in page and "cdn" not in page.lower()


@pytest.mark.parametrize(
    ("path", "status", "says"),
    [
        ("/api/v1/stories?bogus=1", 400, "unknown parameter 'bogus'"),
        ("/api/v1/stories?q=a&q=b", 400, "more than once"),
        ("/api/v1/stories?limit=0", 400, "limit"),
        ("/api/v1/stories?limit=201", 400, "limit"),
        ("/api/v1/stories?since=yesterday", 400, "since"),
        ("/api/v1/stories?since=2026-05-01&until=2026-04-01", 400, "since is after until"),
        ("/api/v1/stories?after=garbage", 400, "cursor"),
        ("/api/v1/stories?q=a&after=garbage", 400, "cursor"),
        ("/api/v1/stories?after=x~" + "9" * 30 + "~1", 400, "cursor"),
        ("/api/v1/stories?after=x~%C2%B2~1", 400, "cursor"),
        ("/api/v1/stories?q=a&after=t" + "9" * 30, 400, "cursor"),
        ("/api/v1/stories?q=a&after=t%C2%B2", 400, "cursor"),
        ("/api/v1/changes?after=" + "9" * 30, 400, "event number"),
        ("/api/v1/changes?after=%C2%B2", 400, "event number"),
        ("/api/v1/stories?facts=maybe", 400, "facts"),
        ("/api/v1/stories?q=%01", 400, "control character"),
        ("/api/v1/stories?q=" + "+".join("abcdefghijklm"), 400, "12 at most"),
        ("/api/v1/stories?q=%22%29%28*", 400, "no word"),
        ("/api/v1/stories?q=" + "x" * 201, 400, "longer than"),
        ("/api/v1/stories/zz", 404, "not a story id"),
        ("/api/v1/stories/0000000000000000", 404, "no story"),
        ("/api/v1/outlets?x=", 400, "unknown parameter"),
        ("/openapi.json?x=1", 400, "unknown parameter"),
        ("/api/v1/nothing", 404, "no such page"),
    ],
)
def test_bad_requests_get_a_clear_4xx(
    client: httpx.Client, path: str, status: int, says: str
) -> None:
    r = client.get(path)
    assert r.status_code == status, r.text
    body = r.json()
    assert body["status"] == status and says in body["error"], body
    assert "Traceback" not in r.text


def test_fact_changes_are_worked_out_ahead_while_idle(client: httpx.Client, server: object) -> None:
    """With nobody asking, the app works out the newest stories' facts itself: the
    filter then knows the ferry (fact changes) and leaves out the unrelated stories
    (one text each: none)."""
    import time

    deadline = time.monotonic() + 120
    while True:
        found = client.get("/api/v1/stories", params={"facts": "yes"}).json()
        known = int(found["notes"][0].split("known for ")[1].split()[0].replace(",", ""))
        if known >= 7 or time.monotonic() > deadline:
            break
        time.sleep(3)  # idle: the indexing thread goes on
    headlines = [s["headline"] for s in found["stories"]]
    assert known >= 7, found["notes"]
    assert any("Tollmere" in h for h in headlines) and any("Kestrel" in h for h in headlines)
    assert not any("museum" in h.lower() for h in headlines)
    assert all(s["versions"] >= 2 for s in found["stories"])
    # A text search keeps the filter: the museum story matches the words, not the filter.
    assert _all_stories(client, q="museum") != []
    assert _all_stories(client, q="museum", facts="yes") == []
    assert _all_stories(client, q="Kestrel", facts="yes") != []


def test_html_list_pages_follow_older_links_to_the_end(client: httpx.Client) -> None:
    """The list page's "older" link keeps the filters and the page size, and walks
    every story once."""
    import re

    seen: list[str] = []
    path = "/?limit=2"
    for _ in range(20):
        page = client.get(path).text
        seen += re.findall(r'<a class="story" href="/stories/([0-9a-f]+)"', page)
        older = re.search(r'<a rel="next" href="\?([^"]+)"', page)
        if older is None:
            break
        path = "/?" + older.group(1).replace("&amp;", "&")
        assert "limit=2" in path
    total = client.get("/api/v1/stories").json()["total"]
    assert len(seen) == len(set(seen)) == total
