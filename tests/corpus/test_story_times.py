"""Versions of one page keep its publication time: their own times order them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from storydiff import load
from storydiff.corpus.corpus import Corpus
from storydiff.corpus.stories import Version, _order
from storydiff.store import Sighting
from tests.conftest import EXAMPLES

STORY = EXAMPLES / "story"
FIRST, UPDATE = "01-mpa-first-take.txt", "02-mpa-update.txt"
PUBLISHED = (
    '<meta property="article:published_time" content="2026-03-14T06:05:00+00:00">'
    '<link rel="canonical" href="https://mpa.example/2026/03/14/kestrel-bay">'
)  # two saved captures of one page


def _page(name: str, head: str = "") -> str:
    doc = load(str(STORY / name))
    body = "".join(f"<p>{p}</p>" for p in doc.text.split("\n\n"))
    return (
        f"<!DOCTYPE html><html><head><title>{doc.title}</title>{PUBLISHED}{head}</head>"
        f"<body><article><h1>{doc.title}</h1>{body}</article></body></html>"
    )


def _story(tmp_path: Path, pages: dict[str, str]) -> list[str]:
    for name, html in pages.items():
        (tmp_path / name).write_text(html, encoding="utf-8")
    corpus = Corpus(tmp_path / "s.db")
    corpus.ingest([str(tmp_path / name) for name in pages])
    (story,) = corpus.stories()
    order = [Path(v.sightings[0].source).name for v in story.versions], story.order_basis
    corpus.close()
    return [*order[0], order[1]]


def test_two_captures_with_one_publication_time_are_not_ordered_by_their_ids(
    tmp_path: Path,
) -> None:
    # the first take's id sorts after the update's: a tie broken by id put it second
    assert load(str(STORY / FIRST)).id > load(str(STORY / UPDATE)).id
    pages = {"b.html": _page(UPDATE), "a.html": _page(FIRST)}
    assert _story(tmp_path, pages) == ["a.html", "b.html", "evidence"]


def test_the_page_that_says_it_changed_later_is_the_later_version(tmp_path: Path) -> None:
    modified = '<meta property="article:modified_time" content="2026-03-14T{}:00+00:00">'
    pages = {
        "b.html": _page(UPDATE, modified.format("09:12")),
        "a.html": _page(FIRST, modified.format("07:00")),
    }
    assert _story(tmp_path, pages) == ["a.html", "b.html", "timestamps"]
    corpus = Corpus(tmp_path / "s.db")
    (story,) = corpus.stories()
    assert story.versions[1].when == datetime(2026, 3, 14, 9, 12, tzinfo=UTC)
    (step,) = corpus.timeline(story)
    assert step.new.metadata["updated"] == "2026-03-14T09:12:00+00:00"
    (row,) = corpus.store.story_rows(None, 0)  # the stories list: latest first
    assert (row.first_seen, row.last_seen) == (
        "2026-03-14T07:00:00+00:00",
        "2026-03-14T09:12:00+00:00",
    )
    corpus.close()


def _version(name: str, retrieved: str | None, url: str = "https://x.example/a") -> Version:
    doc = load(str(STORY / name))
    seen = Sighting(doc.id, url=url, published="2026-03-14T06:05:00+00:00", retrieved=retrieved)
    return Version(doc, [seen])


def _names(versions: list[Version]) -> list[str | None]:
    return [v.document.title for v in versions]


def test_one_page_fetched_at_two_times_is_ordered_by_the_fetches() -> None:
    # the fetch times say the opposite of the evidence: for one page they decide
    noon, eight = "2026-03-14T12:00:00+00:00", "2026-03-14T08:00:00+00:00"
    first, update = _version(FIRST, noon), _version(UPDATE, eight)
    ordered, basis = _order([first, update])
    assert (_names(ordered), basis) == (_names([update, first]), "timestamps")
    # two pages, or a capture without a fetch time: the evidence decides
    other = _version(UPDATE, eight, url="https://y.example/b")
    ordered, basis = _order([first, other])
    assert (_names(ordered), basis) == (_names([first, other]), "evidence")
    ordered, basis = _order([first, _version(UPDATE, None)])
    assert basis == "evidence" and _names(ordered) == _names([first, update])


def test_two_outlets_stamps_do_not_order_their_texts() -> None:
    # outlet A's first take re-saved at 10:00 (a CMS touch), outlet B's update at 08:00
    def seen(name: str, url: str, updated: str) -> Version:
        doc = load(str(STORY / name))
        at = Sighting(doc.id, url=url, published="2026-03-14T06:05:00+00:00", updated=updated)
        return Version(doc, [at])

    a = seen(FIRST, "https://a.example/x", "2026-03-14T10:00:00+00:00")
    b = seen(UPDATE, "https://b.example/y", "2026-03-14T08:00:00+00:00")
    ordered, basis = _order([b, a])
    assert (_names(ordered), basis) == (_names([a, b]), "evidence")
    # one page's two captures: its stamps decide
    a2 = seen(FIRST, "https://a.example/x", "2026-03-14T10:00:00+00:00")
    b2 = seen(UPDATE, "https://a.example/x", "2026-03-14T08:00:00+00:00")
    ordered, basis = _order([a2, b2])
    assert (_names(ordered), basis) == (_names([b2, a2]), "timestamps")


def test_a_version_with_only_an_updated_stamp_is_ordered_by_the_evidence() -> None:
    doc = load(str(STORY / UPDATE))
    only = Version(doc, [Sighting(doc.id, url="x", updated="2026-03-14T08:00:00+00:00")])
    ordered, basis = _order([only, _version(FIRST, None)])
    assert basis == "evidence" and _names(ordered) == _names([_version(FIRST, None), only])
