"""What the security and browser tests visit: every kind of page, for a story."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import quote, urlsplit

import httpx


def hostile_story(client: httpx.Client) -> dict[str, object]:
    found = client.get("/api/v1/stories", params={"q": "Brindlemoor"}).json()["stories"]
    assert len(found) == 1, found
    story: dict[str, object] = found[0]
    return story


def every_page(client: httpx.Client) -> list[str]:
    """The addresses of every kind of page, those of the hostile story's among them."""
    story = hostile_story(client)
    ids = [d["id"] for d in story["documents"]]  # type: ignore[attr-defined]
    outlet = story["outlets"][0]  # type: ignore[index]
    key = story["id"]
    compare = f"/stories/{key}/compare?old={ids[0]}&new={ids[1]}"
    return [
        "/", "/?q=Brindlemoor", "/?q=bridge&since=2026-04-01", f"/?outlet={quote(str(outlet))}",
        "/?facts=yes", "/outlets", f"/outlets/{quote(str(outlet), safe='')}", f"/stories/{key}",
        compare, compare + "&view=inline", compare + "&changes=only", "/changes", "/docs",
        "/stories/nothing-here", "/?bogus=<script>1</script>",
    ]  # fmt: skip


class Structure(HTMLParser):
    """Every element's tag and attributes, and the text of script and style elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def problems(html: str) -> list[str]:
    """What in ``html`` could run script or load from elsewhere: a script element other
    than the app's own file, an inline style element, an event-handler attribute, a
    link that is not relative, an anchor or http(s), an http(s) link without
    rel="noopener noreferrer", a raw NUL, a bidi override outside a form field."""
    parser = Structure()
    parser.feed(html)
    found = []
    if "\x00" in html:
        found.append("a raw NUL")
    if any(c in "".join(parser.text) for c in "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"):
        found.append("a bidi override in the text (it may reorder what follows)")
    for tag, attrs in parser.tags:
        if tag == "script" and (attrs.get("src") or "").rsplit("/", 1)[-1] != "app.js":
            found.append(f"script {attrs}")
        if tag in ("style", "iframe", "svg", "img", "object", "embed", "base", "meta") and (
            tag != "meta" or "http-equiv" in attrs
        ):
            found.append(f"<{tag}> {attrs}")
        found += [f"<{tag} {k}=...>" for k in attrs if k.lower().startswith("on")]
        for name in ("href", "src", "action", "formaction"):
            value = attrs.get(name)
            if value is None:
                continue
            scheme = urlsplit(value).scheme.lower()
            if scheme not in ("", "http", "https"):
                found.append(f"<{tag} {name}={value!r}>")
            rel = set((attrs.get("rel") or "").split())
            if tag == "a" and scheme in ("http", "https") and not rel >= {"noopener", "noreferrer"}:
                found.append(f"<a href={value!r}> without rel=noopener noreferrer")
    return found
