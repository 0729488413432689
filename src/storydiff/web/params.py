"""Query parameters, checked before any work: a parameter a page does not take, one
given twice, a value too long or holding a control character, a date that is not
YYYY-MM-DD, a limit out of range: each is a 400 that names it."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Query
from starlette.requests import Request

from storydiff.config.web import MAX_PAGE_SIZE, MAX_QUERY_CHARS, PAGE_SIZE
from storydiff.errors import BadRequestError
from storydiff.store import browse
from storydiff.web.listing import Filters

LIST = ("q", "outlet", "since", "until", "facts", "after", "limit")
COMPARE = ("old", "new", "view", "changes")
PAGED = ("after", "limit")
VIEWS = ("side", "inline")

After = Annotated[str, Query(description="The cursor `next` of the page before")]
"""``after`` as the API declares it (a paged list's); the value is read by ``only``."""
Limit = Annotated[
    int,
    Query(description=f"How many on the page (1 to {MAX_PAGE_SIZE}; {PAGE_SIZE} if left out)"),
]
"""``limit`` as the API declares it, with ``PAGE_SIZE`` as its default; checked by
``limit_of``."""


def only(request: Request, allowed: tuple[str, ...]) -> dict[str, str]:
    """The query's parameters, when every one is among ``allowed`` and given once."""
    values: dict[str, str] = {}
    for key, value in request.query_params.multi_items():
        if key not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            raise BadRequestError(f"unknown parameter {key!r}: this address takes {takes}")
        if key in values:
            raise BadRequestError(f"parameter {key!r} is given more than once")
        if len(value) > MAX_QUERY_CHARS:
            raise BadRequestError(f"parameter {key!r} is longer than {MAX_QUERY_CHARS} characters")
        if any(ord(c) < 32 or c == "\x7f" for c in value):
            raise BadRequestError(f"parameter {key!r} holds a control character")
        values[key] = value.strip()
    return values


def _date(name: str, value: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value) if len(value) == 10 else date.fromisoformat("x")
    except ValueError:
        raise BadRequestError(f"{name}={value!r} is not a date (YYYY-MM-DD)") from None


def limit_of(values: dict[str, str]) -> int:
    raw = values.get("limit", "")
    if not raw:
        return PAGE_SIZE
    limit = browse.counting(raw)
    if limit is None or not 1 <= limit <= MAX_PAGE_SIZE:
        raise BadRequestError(f"limit={raw!r} is not a number from 1 to {MAX_PAGE_SIZE}")
    return limit


def filters(request: Request, outlet: str = "") -> Filters:
    """The story list's filters from the query (``outlet``: the outlet page's own)."""
    values = only(request, LIST if not outlet else tuple(k for k in LIST if k != "outlet"))
    facts = values.get("facts", "")
    if facts not in ("", "yes", "no"):
        raise BadRequestError(f"facts={facts!r}: give facts=yes, or leave it out")
    f = Filters(
        q=values.get("q", ""),
        outlet=outlet or values.get("outlet", ""),
        since=_date("since", values.get("since", "")),
        until=_date("until", values.get("until", "")),
        facts=facts == "yes",
        after=values.get("after", ""),
        limit=limit_of(values),
    )
    if f.since and f.until and f.since > f.until:
        raise BadRequestError("since is after until")
    return f


def view_of(values: dict[str, str]) -> tuple[str, bool]:
    """The comparison's view (side, inline) and whether it shows changes only."""
    view = values.get("view", "side") or "side"
    if view not in VIEWS:
        raise BadRequestError(f"view={view!r}: give side or inline")
    changes = values.get("changes", "")
    if changes not in ("", "all", "only"):
        raise BadRequestError(f"changes={changes!r}: give only or all")
    return view, changes == "only"
