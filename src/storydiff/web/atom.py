"""The changes ``storydiff watch`` recorded, as an Atom feed (``/changes.atom``),
made with feedgen (the ``watch`` extra) when it is installed."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response

from storydiff.config.web import PAGE_SIZE
from storydiff.errors import NotFoundError
from storydiff.web import changes, params
from storydiff.web.pages import reader_of

router = APIRouter()


@router.get("/changes.atom", summary="The changes as an Atom feed", response_class=Response)
def feed(request: Request) -> Response:
    params.only(request, ())
    try:
        from feedgen.feed import FeedGenerator
    except ImportError:
        raise NotFoundError(
            "the Atom feed needs feedgen (pip install 'storydiff[watch]')"
        ) from None
    found = changes.page(reader_of(request), "", PAGE_SIZE)
    if not found.available:
        raise NotFoundError("no watch has written to this store (storydiff watch)")
    base = str(request.base_url).rstrip("/")
    fg = FeedGenerator()
    fg.id(f"{base}/changes")
    fg.title("storydiff: changes")
    fg.link(href=f"{base}/changes", rel="alternate")
    fg.link(href=f"{base}/changes.atom", rel="self")
    fg.updated(found.events[0].seen if found.events else "1970-01-01T00:00:00+00:00")
    for e in reversed(found.events):
        entry = fg.add_entry()
        entry.id(f"{base}/changes#{e.id}")
        entry.title(f"{e.kind} ({e.significance}): {e.url}")
        entry.updated(e.seen)
        href = f"{base}/stories/{e.story}" if e.story else f"{base}/changes"
        if e.story and e.old and e.new:
            href += "/compare?" + urlencode({"old": e.old, "new": e.new})
        entry.link(href=href)
        entry.summary(f"{e.kind} at {e.outlet or 'an outlet'}: {e.url}")
    body: bytes = fg.atom_str(pretty=True)
    return Response(body, media_type="application/atom+xml")
