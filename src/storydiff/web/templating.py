"""The web app's templates: its own pages (``web/templates``) and, through the same
loader, the comparison's macros of ``render/templates`` (one renderer for the report
and the app). Autoescaping is on for every template; nothing from an article is
marked safe. Two helpers for article fields: ``web_url`` (a test: only an http(s)
address becomes a link, always with ``rel="noopener noreferrer"``) and ``shown`` (a
filter: control and bidirectional-override characters made visible, so a title
cannot reorder what follows it or hide a NUL)."""

from __future__ import annotations

import re
from importlib import resources
from urllib.parse import quote, urlsplit

import jinja2

from storydiff.render.html import TEMPLATES as REPORT_TEMPLATES
from storydiff.render.html import shown

_HIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def web_url(value: object) -> bool:
    """Whether ``value`` is an http(s) address fit to be a link."""
    if not isinstance(value, str) or len(value) > 2048 or _HIDDEN.search(value):
        return False
    if any(c.isspace() for c in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def path_part(value: object) -> str:
    """``value`` quoted as one segment of a path (an outlet's name)."""
    return quote(str(value), safe="")


def _load(name: str) -> str | None:
    try:
        return resources.files("storydiff.web").joinpath("templates", name).read_text("utf-8")
    except FileNotFoundError:
        return None


def environment() -> jinja2.Environment:
    loader = jinja2.ChoiceLoader([jinja2.FunctionLoader(_load), REPORT_TEMPLATES.loader])  # type: ignore[list-item]
    env = jinja2.Environment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["shown"] = shown
    env.filters["part"] = path_part
    env.tests["web_url"] = web_url
    return env
