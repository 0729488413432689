"""The changes ``storydiff watch`` recorded, as an Atom feed (``/changes.atom``),
written by watch's Atom writer (``watch.atom.atom_feed``, feedgen: the ``watch``
extra), so an event has the same entry id here as in the files ``watch`` writes.
Entries link to this app's page of the change."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response

from storydiff.config import ATOM_ENTRIES
from storydiff.errors import MissingExtraError, NotFoundError
from storydiff.store import browse
from storydiff.store.watch import EventRow, WatchQueries
from storydiff.watch.atom import atom_feed
from storydiff.web import changes, params
from storydiff.web.pages import reader_of

router = APIRouter()


@router.get("/changes.atom", summary="The changes as an Atom feed", response_class=Response)
def feed(request: Request) -> Response:
    params.only(request, ())
    reader = reader_of(request)
    if not browse.has_table(reader.db, changes.EVENTS):
        raise NotFoundError("no watch has written to this store (storydiff watch)")
    store = reader.store()
    events = WatchQueries(store).events(limit=ATOM_ENTRIES)
    ids = store.ids_by_number({e.story for e in events if e.story is not None})
    base = str(request.base_url).rstrip("/")

    def link(e: EventRow) -> str:
        story = ids.get(e.story) if e.story is not None else None
        if story is None:
            return f"{base}/changes"
        if e.old and e.new:
            return f"{base}/stories/{story}/compare?" + urlencode({"old": e.old, "new": e.new})
        return f"{base}/stories/{story}"

    try:
        body = atom_feed(
            "storydiff: changes",
            f"{base}/changes",
            events,
            link,
            home=f"{base}/changes.atom",
            alternate=f"{base}/changes",
        )
    except MissingExtraError as exc:
        raise NotFoundError(str(exc)) from None
    return Response(body, media_type="application/atom+xml")
