"""A self-contained HTML report: one file, no external assets, every piece of article
text escaped by Jinja2's autoescaping (nothing from the article is marked safe)."""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import jinja2

from storydiff.facts.model import Change
from storydiff.pair.compare import Comparison
from storydiff.render.rows import Row, Segment, build_rows, segments
from storydiff.render.summary import describe, order_line, scores_line, verdict_line

_HIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
"""Control characters, and the bidirectional embeddings, overrides and isolates that
would reorder the text after them (an article's "\u202e" turning a figure around)."""


def shown(value: object) -> str:
    """``value`` as text, with control and bidi-override characters written out as
    ``\\u202e`` (visible, and inert): the ``shown`` filter of the templates."""
    text = "" if value is None else str(value)
    return _HIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


TEMPLATES = jinja2.Environment(
    loader=jinja2.FunctionLoader(
        lambda name: (
            resources.files("storydiff.render").joinpath("templates", name).read_text("utf-8")
        )
    ),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
TEMPLATES.filters["shown"] = shown

LABEL = {
    "unchanged": "unchanged",
    "edited": "edited",
    "added": "added",
    "removed": "removed",
    "moved": "moved here",
    "moved_from": "moved away",
    "split": "split",
    "merged": "merged",
}


def _plain(text: str, kind: str = "same") -> list[Segment]:
    return [Segment(" ".join(text.split()), kind)]  # type: ignore[arg-type]


def row_view(c: Comparison, row: Row) -> dict[str, Any]:
    old_text = " ".join(c.old_sentences[i].text for i in row.old)
    if row.kind == "moved_from":
        old_side, new_side = _plain(old_text), []
        note = f"moved to sentence {row.new[0] + 1} of the new version"
    elif row.moved:
        old_side, new_side, note = (
            row.old_segments,
            row.new_segments,
            f"moved from sentence {row.old[0] + 1}",
        )
    else:
        old_side, new_side, note = row.old_segments, row.new_segments, ""
    return {
        "kind": row.kind,
        "label": LABEL[row.kind],
        "old": old_side,
        "new": new_side,
        "inline": row.inline if row.kind != "moved_from" else _plain(old_text),
        "note": note,
        "old_ids": [f"o{i + 1}" for i in row.old] if row.kind != "moved_from" else [],
        "new_ids": [f"n{j + 1}" for j in row.new] if row.kind != "moved_from" else [],
        "old_no": ", ".join(str(i + 1) for i in row.old),
        "new_no": ", ".join(str(j + 1) for j in row.new),
        "paragraph": row.new_paragraph,
    }


def comparison_context(c: Comparison) -> dict[str, Any]:
    """What the comparison's templates draw (``_comparison.html.j2``): the report's
    header lines, the headline, the rows of the redline and the facts panel. The web
    app's comparison page renders the same context with the same macros."""
    headline = None
    if c.headline is not None:
        old_seg, new_seg, inline = segments(
            c.headline.ops, c.headline.old or "", c.headline.new or ""
        )
        headline = {"changed": c.headline.changed, "old": old_seg, "new": new_seg, "inline": inline}
    counts = {str(k): v for k, v in c.counts().items()}
    return {
        "title": c.new.title or c.old.title or "storydiff report",
        "old": describe(c.old),
        "new": describe(c.new),
        "old_title": c.old.title,
        "new_title": c.new.title,
        "verdict": verdict_line(c),
        "scores": scores_line(c),
        "order": order_line(c),
        "counts": counts,
        "headline": headline,
        "rows": [row_view(c, row) for row in build_rows(c)],
        "changes": [change_view(ch) for ch in c.changes],
        "hidden_changes": sum(ch.hidden for ch in c.changes),
        "notes": c.notes,
    }


def render_html(c: Comparison) -> str:
    """The report as one HTML string."""
    return TEMPLATES.get_template("report.html.j2").render(**comparison_context(c))


def change_view(ch: Change) -> dict[str, Any]:
    links = [(f"#o{i + 1}", f"old {i + 1}") for i in ch.old_sentences]
    links += [(f"#n{j + 1}", f"new {j + 1}") for j in ch.new_sentences]
    what = ch.fact + (f" ({ch.subject})" if ch.subject else "")
    return {
        "kind": ch.kind,
        "what": what,
        "before": ch.before,
        "after": ch.after,
        "hidden": ch.hidden,
        "links": links,
    }
