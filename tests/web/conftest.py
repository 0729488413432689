"""The web app's test set-up, once per session: a store of the bundled examples and
the fictional articles of ``articles`` (a hostile one among them), the real app on a
real uvicorn server on 127.0.0.1, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from storydiff.corpus.corpus import Corpus
from storydiff.store.watch import WatchQueries
from storydiff.web.app import Settings, create_app
from tests.web import articles

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip


def make_store(path: Path) -> Path:
    """The bundled examples, the ferry story and the hostile article, in a store, with
    the events a watch of the ferry's and the hostile article's pages would record."""
    with Corpus(path) as corpus:
        corpus.ingest([str(EXAMPLES / "story"), str(EXAMPLES / "unrelated")])
        corpus.add(articles.ferry())
        corpus.add(articles.hostile())
        events = WatchQueries(corpus.store)
        with corpus.store.transaction():
            for n, (old, new) in enumerate([articles.ferry()[:2], articles.hostile()]):
                story = events.story_of_document(new.id)
                body = json.dumps(
                    # the hostile page's change went unannounced; its title says how
                    {"title": new.title, "url": new.url, "stealth": n == 1, "announced": new.title}
                )
                events.add_event(
                    f"{new.url}#{n}", "changed", str(new.url), new.outlet, story,
                    new.published.timestamp() if new.published else 0.0, old.id, new.id,
                    "major", body,
                )  # fmt: skip
    return path


@dataclass
class Served:
    """A running server: its address, and the app."""

    url: str
    app: object
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


def serve(store: Path, settings: Settings, root_path: str = "") -> Served:
    """The app on a real server on 127.0.0.1 (a free port), its index caught up."""
    app = create_app(store, settings)
    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, log_level="warning", lifespan="on", root_path=root_path
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        assert thread.is_alive(), "the server stopped"
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    assert app.state.indexer.caught_up.wait(60), "the search index did not catch up"
    return Served(f"http://127.0.0.1:{port}", app, server, thread)


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("web") / "news.db")


@pytest.fixture(scope="session")
def server(store: Path) -> Iterator[Served]:
    served = serve(store, Settings(rate=0, refresh=0.5))
    yield served
    served.stop()


@pytest.fixture(scope="session")
def client(server: Served) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as c:
        yield c


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots go: ``test-artifacts/web`` (or $STORYDIFF_ARTIFACTS)."""
    folder = Path(os.environ.get("STORYDIFF_ARTIFACTS", REPO / "test-artifacts")) / "web"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="package")
def browser() -> Iterator[object]:
    """Debian's Chromium, headless (never a downloaded build), started once for the
    tests of this package (once a session: no other package uses it) and stopped
    when they end: Playwright's sync API keeps an event loop running in the main
    thread meanwhile, and a later test's ``asyncio.run`` would fail beside it."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: make browser installs it"
    with sync_playwright() as p:
        found = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield found
        found.close()
