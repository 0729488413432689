"""The web app: ``create_app(store)`` gives an ASGI application (FastAPI) that reads the
store at ``store`` (read-only) and keeps its search index beside it up to date in a
thread of its own. ``storydiff serve`` runs it with uvicorn.

Errors: a ``WebError`` is its status (400, 404) with its message; a request FastAPI
cannot read is a 400 naming the parameter; anything else is a 500 that says only
that it failed (``web.security``: the traceback goes to the log, never to the
client).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from storydiff import __version__
from storydiff.config.web import (
    FACTS_AHEAD,
    IDLE_SECONDS,
    LOOPBACK_HOSTS,
    RATE_BURST,
    RATE_PER_SECOND,
    SEARCH_REFRESH_SECONDS,
)
from storydiff.errors import NotFoundError, StorydiffError, WebError
from storydiff.render.html import TEMPLATES as REPORT_TEMPLATES
from storydiff.web import api, atom, docs, pages, params
from storydiff.web.reader import Reader
from storydiff.web.security import Guard, RateLimit
from storydiff.web.templating import environment

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Settings:
    """How the app runs (``storydiff serve``'s options)."""

    hosts: set[str] = field(default_factory=lambda: set(LOOPBACK_HOSTS))
    """Host header values answered (empty: any)."""
    rate: float = RATE_PER_SECOND
    burst: int = RATE_BURST
    refresh: float = SEARCH_REFRESH_SECONDS
    """Seconds between catching up with the store (0: only at start)."""


class Indexer:
    """The thread that keeps the search index up to date and makes the writes request
    threads leave it."""

    def __init__(self, reader: Reader, refresh: float) -> None:
        self.reader = reader
        self.refresh = refresh
        self.stop = threading.Event()
        self.caught_up = threading.Event()
        self.thread = threading.Thread(target=self._run, name="storydiff-search", daemon=True)

    def _run(self) -> None:
        search = self.reader.search
        try:
            search.start(self.reader.store_id)
            db = self.reader.store().db
            while not self.stop.is_set():
                search.flush()
                if search.refresh(db):
                    continue  # more to read: go on, a batch at a time
                search.sweep(db)
                self.caught_up.set()
                until = time.monotonic() + (self.refresh if self.refresh > 0 else 1e9)
                while not self.stop.is_set() and time.monotonic() < until:
                    if not self._facts_ahead():
                        self.stop.wait(1.0)
                    search.flush()
        except Exception:  # the app goes on without a fresh index; the log says why
            log.exception("the search index stopped")
        finally:
            self.caught_up.set()

    def _facts_ahead(self) -> bool:
        """Work out the facts of one of the newest stories nobody opened yet, when no
        page was asked for lately; whether one was."""
        if time.monotonic() - self.reader.last_request < IDLE_SECONDS:
            return False
        for number in self.reader.search.facts_unknown(FACTS_AHEAD)[:1]:
            try:
                self.reader.story_by_number(number)
            except WebError:  # merged into another meanwhile: the sweep forgets it
                self.reader.search.later("DELETE FROM story_meta WHERE story = ?", (number,))
            return True
        return False


def _static() -> dict[str, tuple[bytes, str]]:
    files = resources.files("storydiff.web").joinpath("static")
    out = {
        "app.css": (files.joinpath("app.css").read_bytes(), "text/css; charset=utf-8"),
        "app.js": (files.joinpath("app.js").read_bytes(), "text/javascript; charset=utf-8"),
    }
    css = REPORT_TEMPLATES.get_template("_style.css.j2").render().encode()
    out["report.css"] = (css, "text/css; charset=utf-8")
    return out


def create_app(store: str | Path, settings: Settings | None = None) -> FastAPI:
    """The app for the store at ``store`` (refused at once when it is not a store)."""
    settings = settings or Settings()
    reader = Reader(Path(store))
    indexer = Indexer(reader, settings.refresh)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        indexer.thread.start()
        try:
            yield
        finally:
            indexer.stop.set()
            indexer.thread.join(timeout=10)
            reader.close()

    app = FastAPI(
        title="storydiff",
        version=__version__,
        description="Stories, their versions and what changed, read from a storydiff store.",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        lifespan=lifespan,
    )
    app.state.reader = reader
    app.state.indexer = indexer
    app.state.templates = environment()
    static = _static()

    @app.get("/static/{name}", include_in_schema=False)
    def asset(request: Request, name: str) -> Response:
        params.only(request, ())
        if name not in static:
            raise NotFoundError(f"no such file {name!r}")
        body, kind = static[name]
        return Response(body, media_type=kind, headers={"cache-control": "max-age=3600"})

    @app.get("/openapi.json", include_in_schema=False)
    def openapi(request: Request) -> JSONResponse:
        params.only(request, ())
        return JSONResponse(app.openapi())

    app.include_router(pages.router)
    app.include_router(api.router)
    app.include_router(atom.router)
    app.include_router(docs.router)
    _errors(app)
    app.add_middleware(Guard, hosts=settings.hosts, limit=RateLimit(settings.rate, settings.burst))
    return app


def _api(scope: Any) -> bool:
    """Whether a request is the API's, answered in JSON (its path, the proxy's prefix
    left out)."""
    path: str = scope.get("path", "")
    path = path.removeprefix(scope.get("root_path", ""))
    return path.startswith("/api/") or path == "/openapi.json"


def _answer(request: Request, status: int, message: str) -> Response:
    if _api(request.scope):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    heading = {400: "Bad request", 404: "Not found", 405: "Not allowed"}.get(status, "Error")
    try:
        return pages.render(
            request, "error.html.j2", status, code=status, heading=heading, message=message
        )
    except Exception:  # the error page itself failed: a line of text
        return HTMLResponse("<!DOCTYPE html><title>error</title><p>error</p>", status_code=status)


def _errors(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def web_error(request: Request, exc: WebError) -> Response:
        return _answer(request, exc.status, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for e in exc.errors():
            where = ".".join(str(p) for p in e.get("loc", ())[1:]) or "request"
            problems.append(f"{where}: {e.get('msg', 'invalid')}")
        return _answer(request, 400, "; ".join(problems) or "invalid request")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = {404: "no such page", 405: "this app only reads: use GET"}.get(
            exc.status_code, str(exc.detail)
        )
        return _answer(request, exc.status_code, message)

    @app.exception_handler(StorydiffError)
    async def store_error(request: Request, exc: StorydiffError) -> Response:
        log.warning("%s: %s", request.url.path, exc)
        return _answer(request, 503, "the store could not be read; try again")
