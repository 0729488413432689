"""The pages: the story list (``/``), a story (``/stories/ID``), two of its versions
compared (``/stories/ID/compare?old=&new=``), the outlets (``/outlets``) and an
outlet's stories (``/outlets/NAME``), the changes ``watch`` recorded (``/changes``).
Each is drawn on the server and works without JavaScript."""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from storydiff.corpus.stories import Story
from storydiff.render.html import comparison_context
from storydiff.render.timeline import ORDER_BASIS, step_view, why_view
from storydiff.web import changes as watch_changes
from storydiff.web import listing, params
from storydiff.web.reader import Reader

router = APIRouter(default_response_class=HTMLResponse)


def reader_of(request: Request) -> Reader:
    reader: Reader = request.app.state.reader
    reader.last_request = time.monotonic()
    return reader


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page of ``web/templates`` with the context every page has."""
    app = request.app
    page = app.state.templates.get_template(name).render(
        root=request.scope.get("root_path", ""),
        version=app.version,
        store_name=reader_of(request).path.name,
        search_text=context.pop("search_text", ""),
        **context,
    )
    return HTMLResponse(page, status_code=status, headers={"cache-control": "no-cache"})


def list_page(
    request: Request, f: listing.Filters, heading: str, fixed_outlet: str = ""
) -> HTMLResponse:
    found = listing.page(reader_of(request), f)
    query = f.query(outlet="") if fixed_outlet else f.query()
    query.pop("after", None)
    return render(
        request, "list.html.j2", heading=heading, f=f, page=found, fixed_outlet=fixed_outlet,
        first_query=urlencode(query), next_query=urlencode({**query, "after": found.next or ""}),
        search_text=f.q,
    )  # fmt: skip


@router.get("/", summary="The story list")
def stories(request: Request) -> HTMLResponse:
    f = params.filters(request)
    heading = f"Stories of {f.outlet}" if f.outlet else "Stories"
    return list_page(request, f, heading)


@router.get("/outlets", summary="Every outlet")
def outlets(request: Request) -> HTMLResponse:
    params.only(request, ())
    found, notes = watch_changes.outlets(reader_of(request))
    return render(request, "outlets.html.j2", outlets=found, outlet_notes=notes)


@router.get("/outlets/{name}", summary="An outlet's stories")
def outlet(request: Request, name: str) -> HTMLResponse:
    f = params.filters(request, outlet=name)
    return list_page(request, f, f"Stories of {name}", fixed_outlet=name)


def versions_of(story: Story) -> list[dict[str, Any]]:
    return [
        {
            "id": v.document.id,
            "when": v.when.isoformat() if v.when else None,
            "outlets": v.outlets,
            "title": v.document.title or "",
            "where": v.where,
        }
        for v in story.versions
    ]


@router.get("/stories/{key}", summary="A story: its timeline, fact changes and evidence")
def story(request: Request, key: str) -> HTMLResponse:
    params.only(request, ())
    view = reader_of(request).story(key)
    root = request.scope.get("root_path", "")
    versions = versions_of(view.story)
    steps = []
    for n, c in enumerate(view.steps, start=2):
        old, new = versions[n - 2]["id"], versions[n - 1]["id"]
        href = f"{root}/stories/{view.story.id}/compare?" + urlencode({"old": old, "new": new})
        when = (versions[n - 1]["when"] or "")[:16].replace("T", " ")
        steps.append({**step_view(n, c), "when": when, "href": href})
    return render(
        request, "story.html.j2", headline=view.story.headline, story_id=view.story.id,
        story_outlets=view.outlets, order=ORDER_BASIS[view.story.order_basis], facts=view.facts,
        versions=versions, steps=steps, why=[why_view(view.story, w) for w in view.why],
    )  # fmt: skip


@router.get("/stories/{key}/compare", summary="Two versions of a story compared")
def compare(request: Request, key: str) -> HTMLResponse:
    values = params.only(request, params.COMPARE)
    view_name, changes_only = params.view_of(values)
    story, c = reader_of(request).compare_in(key, values.get("old", ""), values.get("new", ""))
    ids = [v.document.id for v in story.versions]
    context = comparison_context(c)
    root = request.scope.get("root_path", "")
    query = urlencode({"old": c.old.id, "new": c.new.id})
    context.update(
        story_id=story.id, story_headline=story.headline, versions=versions_of(story),
        old_id=c.old.id, new_id=c.new.id, old_no=ids.index(c.old.id) + 1,
        new_no=ids.index(c.new.id) + 1, view=view_name, changes_only=changes_only,
        json_href=f"{root}/api/v1/stories/{story.id}/compare?{query}",
    )  # fmt: skip
    return render(request, "compare.html.j2", **context)


@router.get("/changes", summary="What storydiff watch recorded")
def changes(request: Request) -> HTMLResponse:
    values = params.only(request, params.PAGED)
    found = watch_changes.page(reader_of(request), values.get("after", ""), params.limit_of(values))
    return render(request, "changes.html.j2", page=found)
