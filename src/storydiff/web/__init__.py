"""``storydiff serve``: a web app over a store, for people who never open a terminal.

Pages drawn on the server (the story list, a story's timeline, two versions compared
with the HTML report's own renderer, outlets, watch's changes), a JSON API beside
them (``/api/v1``, OpenAPI at ``/openapi.json``), and an FTS5 search index in a file
of its own beside the store (``web.search``): the store itself is only read.
``docs/serve.md`` tells the rest. Needs the ``web`` extra (FastAPI, uvicorn).
"""

from storydiff.web.app import Settings, create_app

__all__ = ["Settings", "create_app"]
