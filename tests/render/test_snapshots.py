"""Golden-output tests of the terminal, JSON and HTML renderings of the examples.

Regenerate after an intended change with ``python -m tests.render.test_snapshots``
and review the diff of ``tests/render/golden/``.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from storydiff import Comparison, Document, compare, load
from storydiff.render import render_html, render_json, render_terminal

GOLDEN = Path(__file__).with_name("golden")
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PAIRS = {
    "first-take-vs-update": ("story/01-mpa-first-take.txt", "story/02-mpa-update.txt"),
    "update-vs-herald-html": ("story/02-mpa-update.txt", "story/03-coastline-herald.html"),
    "update-vs-correction": ("story/02-mpa-update.txt", "story/05-mpa-correction.txt"),
}


def _compare(name: str) -> Comparison:
    old, new = PAIRS[name]
    a, b = load(str(EXAMPLES / old)), load(str(EXAMPLES / new))
    # Paths relative to the repo, so goldens do not depend on where it is cloned.
    a.source, b.source = f"examples/{old}", f"examples/{new}"
    return compare(a, b)


def _terminal(c: Comparison, context: int | None) -> str:
    out = io.StringIO()
    render_terminal(c, out, color=False, context=context, width=100)
    return out.getvalue()


def _json(c: Comparison) -> str:
    data = json.loads(render_json(c))
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def outputs() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in PAIRS:
        c = _compare(name)
        out[f"{name}.txt"] = _terminal(c, None)
        out[f"{name}.U1.txt"] = _terminal(c, 1)
        out[f"{name}.json"] = _json(c)
    out["first-take-vs-update.html"] = render_html(_compare("first-take-vs-update"))
    return out


@pytest.mark.parametrize("name", sorted(outputs()))
def test_rendering_matches_golden(name: str) -> None:
    expected = (GOLDEN / name).read_text(encoding="utf-8")
    assert outputs()[name] == expected, f"{name} changed: review, then regenerate goldens"


HOSTILE = (
    "<script>alert('x')</script> said the <b>mayor</b> & \"friends\". "
    '<img src=x onerror="alert(1)"> Prices rose &amp; fell. <a href="javascript:evil()">link</a>'
)


def test_html_escapes_a_hostile_article() -> None:
    old = Document(text=HOSTILE, title="<iframe src=//evil>")
    c = compare(old, HOSTILE + " One more <style>*{}</style>.")
    html = render_html(c)
    body = html.split("<body>", 1)[1]
    assert (
        "<script>" not in body and "<img" not in body and "<iframe" not in html.split("<style>")[0]
    )
    assert "<style>*" not in body
    # The only links are the report's own anchors to sentences.
    assert all(re.fullmatch(r"#[on]\d+", href) for href in re.findall(r'<a href="([^"]*)"', body))
    assert "&lt;script&gt;" in body and "&lt;img src=x onerror=" in body
    assert "&amp;amp;" in body  # the literal text "&amp;" shown as is, not as "&"
    # No element attribute other than our own: every tag in the body is from the template.
    tags = set(re.findall(r"<([a-z][a-z0-9]*)", body))
    ours = {
        "header",
        "h1",
        "h2",
        "dl",
        "dt",
        "dd",
        "div",
        "span",
        "main",
        "section",
        "ul",
        "li",
        "a",
        "p",
    }
    assert tags <= ours | {"input", "label", "del", "ins", "footer"}


def test_html_is_self_contained() -> None:
    html = outputs()["first-take-vs-update.html"]
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<link" not in html and "@import" not in html


if __name__ == "__main__":
    GOLDEN.mkdir(exist_ok=True)
    for name, text in outputs().items():
        (GOLDEN / name).write_text(text, encoding="utf-8")
        print("wrote", GOLDEN / name)
