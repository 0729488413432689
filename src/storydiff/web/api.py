"""The JSON API, version 1 (``/api/v1/...``): the same documents as the CLI's JSON
(``storydiff.story`` and ``storydiff.comparison``, ``docs/json-schema.md``), and lists
of stories, outlets and watch events (``docs/serve.md``). Schemas are in the OpenAPI
document (``/openapi.json``, drawn at ``/docs``)."""

from __future__ import annotations

from typing import Any

import orjson
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from storydiff.config.web import PAGE_SIZE
from storydiff.render.json import to_dict
from storydiff.render.timeline import story_to_dict
from storydiff.web import changes as watch_changes
from storydiff.web import listing, params, schemas
from storydiff.web.pages import reader_of

router = APIRouter(prefix="/api/v1")


class JSON(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)


@router.get(
    "/stories",
    response_model=schemas.StoryList,
    response_class=JSON,
    summary="Stories, most recently changed first, filtered",
)
def stories(
    request: Request,
    q: str = Query("", description="Words that must all occur in a text or headline"),
    outlet: str = Query("", description="Only stories with a text seen at this outlet"),
    since: str = Query("", description="Last seen on or after this day (YYYY-MM-DD)"),
    until: str = Query("", description="Last seen on or before this day (YYYY-MM-DD)"),
    facts: str = Query("", description="yes: only stories whose timeline shows fact changes"),
    after: params.After = "",
    limit: params.Limit = PAGE_SIZE,
) -> JSON:
    f = params.filters(request)
    found = listing.page(reader_of(request), f, members=True)
    return JSON(
        {
            "schema": schemas.STORIES,
            "schema_version": schemas.STORIES_VERSION,
            "total": found.total,
            "next": found.next,
            "notes": found.notes,
            "stories": [
                {
                    "id": r.listed.id,
                    "headline": r.headline,
                    "outlets": r.outlets,
                    "first_seen": r.listed.first_seen,
                    "last_seen": r.listed.last_seen,
                    "versions": r.listed.size,
                    "documents": [
                        {"id": m.id, "at": m.where, "title": m.title, "date": m.when}
                        for m in r.members
                    ],
                }
                for r in found.rows
            ],
        }
    )


@router.get(
    "/stories/{key}",
    response_model=schemas.Story,
    response_class=JSON,
    summary="A story: versions in order, each step compared, why it is one story",
)
def story(request: Request, key: str) -> JSON:
    params.only(request, ())
    view = reader_of(request).story(key)
    return JSON(story_to_dict(view.story, view.steps, view.why))


@router.get(
    "/stories/{key}/compare",
    response_model=schemas.Comparison,
    response_class=JSON,
    summary="Two versions of a story compared",
)
def compare(
    request: Request,
    key: str,
    old: str = Query(description="Id (or a prefix) of the older version"),
    new: str = Query(description="Id (or a prefix) of the newer version"),
) -> JSON:
    values = params.only(request, ("old", "new"))
    _, c = reader_of(request).compare_in(key, values.get("old", ""), values.get("new", ""))
    return JSON(to_dict(c))


@router.get("/outlets", response_model=schemas.Outlets, response_class=JSON, summary="Every outlet")
def outlets(request: Request) -> JSON:
    params.only(request, ())
    found, notes = watch_changes.outlets(reader_of(request))
    return JSON(
        {
            "schema": schemas.OUTLETS,
            "schema_version": schemas.OUTLETS_VERSION,
            "notes": notes,
            "outlets": [{"name": name, "count": n} for name, n in found],
        }
    )


@router.get(
    "/changes",
    response_model=schemas.Changes,
    response_class=JSON,
    summary="What storydiff watch recorded, newest first",
)
def changes(
    request: Request,
    after: params.After = "",
    limit: params.Limit = PAGE_SIZE,
) -> JSON:
    values = params.only(request, params.PAGED)
    found = watch_changes.page(reader_of(request), values.get("after", ""), params.limit_of(values))
    return JSON(
        {
            "schema": schemas.CHANGES,
            "schema_version": schemas.CHANGES_VERSION,
            "available": found.available,
            "next": found.next,
            "notes": found.notes,
            "events": found.events,
        }
    )
