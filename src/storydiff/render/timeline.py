"""A story's timeline: each version against the one before, said as facts."""

from __future__ import annotations

import json
from typing import IO, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from storydiff.config import TIMELINE_SNIPPET
from storydiff.corpus.stories import Story, Version
from storydiff.detect.passages import LinkWhy
from storydiff.pair.compare import Comparison
from storydiff.render.json import to_dict
from storydiff.render.summary import verdict_line

STORY_SCHEMA = "storydiff.story"
STORY_SCHEMA_VERSION = "1.2"


def _version_line(n: int, v: Version) -> str:
    when = v.when.isoformat() if v.when else "time unknown"
    outlet = ", ".join(v.outlets) or "outlet unknown"
    return f"v{n}  {when}  {outlet}  {v.where}"


ORDER_BASIS = {
    "timestamps": "by time",
    "evidence": "by evidence (no times known)",
    "single": "one version",
}
"""How a story's versions were put in order, as the timeline says it."""
WHY_PASSAGES = 3
"""Shared passages quoted for each link of "why one story"; the rest are counted."""


def snippet(text: str, span: tuple[int, int]) -> str:
    """The words of ``text[span]``, whitespace folded, cut to ``TIMELINE_SNIPPET``."""
    words = " ".join(text[span[0] : span[1]].split())
    return words if len(words) <= TIMELINE_SNIPPET else words[: TIMELINE_SNIPPET - 1] + "…"


def why_view(story: Story, w: LinkWhy) -> dict[str, Any]:
    """One link of "why one story" as the terminal and the web app show it: the
    versions (numbered from 1), the share of body text, passages of body text, the
    rests' agreement and the first passages quoted from the older version."""
    old = story.versions[w.old].document.text
    return {
        "old": w.old + 1,
        "new": w.new + 1,
        "share": f"{w.link.evidence:.0%}",
        "body": sum(p.kind == "body" for p in w.passages),
        "rest": "little else to compare"
        if w.agreement is None
        else f"rests agree {w.agreement:.2f}",
        "passages": [
            {"kind": p.kind, "span": p.a, "text": snippet(old, p.a)}
            for p in w.passages[:WHY_PASSAGES]
        ],
        "more": max(0, len(w.passages) - WHY_PASSAGES),
    }


def step_view(n: int, c: Comparison) -> dict[str, Any]:
    """Step ``n`` of a timeline (version n-1 against n) as its pages show it: the
    verdict, the counts of what changed, the fact changes (rewording and trivial edits
    counted, not listed) and the notes. The report and the web app's story page."""
    from storydiff.render.html import change_view

    counts = c.counts().items()
    return {
        "number": n,
        "verdict": verdict_line(c),
        "counts": " · ".join(f"{k} {v}" for k, v in counts if v and k != "unchanged"),
        "changes": [change_view(ch) for ch in c.changes if not ch.hidden],
        "hidden": sum(ch.hidden for ch in c.changes),
        "notes": c.notes,
    }


def _render_why(console: Console, story: Story, why: list[LinkWhy]) -> None:
    console.rule("why one story", style="dim")
    if not why:
        console.print(Text("no links: a story of one text", style="dim"))
    for w in why:
        view = why_view(story, w)
        console.print(
            f"v{view['old']} – v{view['new']}: {view['share']} of the smaller text's body "
            f"shared, in {view['body']} passage(s) of body text; {view['rest']}"
        )
        for p in view["passages"]:
            line = Text(f"  {p['kind']:6} {p['span'][0]}-{p['span'][1]}  ", style="dim")
            line.append(f"“{p['text']}”")
            console.print(line)
        if view["more"]:
            console.print(Text(f"  (+{view['more']} more passage(s))", style="dim"))


def render_story_terminal(
    story: Story,
    steps: list[Comparison],
    file: IO[str] | None = None,
    *,
    show_trivial: bool = False,
    width: int | None = None,
    why: list[LinkWhy] | None = None,
) -> None:
    console = Console(file=file, width=width, highlight=False, markup=False, emoji=False)
    console.print(Text(story.headline, style="bold"))
    basis = ORDER_BASIS[story.order_basis] if story.order_basis != "single" else ""
    outlets = ", ".join(story.outlets) or "unknown"
    console.print(
        f"story {story.id} · {len(story.versions)} version(s) · outlets: {outlets}"
        + (f" · ordered {basis}" if basis else "")
    )
    for n, v in enumerate(story.versions, start=1):
        console.print(Text(_version_line(n, v), style="dim"))
    for n, c in enumerate(steps, start=2):
        console.rule(f"v{n - 1} → v{n}", style="dim")
        counts = c.counts()
        console.print(
            f"{verdict_line(c)} · "
            + " · ".join(f"{k} {v}" for k, v in counts.items() if v and k != "unchanged")
        )
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1)
        shown = [ch for ch in c.changes if show_trivial or not ch.hidden]
        for ch in shown:
            grid.add_row(ch.kind, ch.describe())
        if shown:
            console.print(grid)
        hidden = len(c.changes) - len(shown)
        if hidden:
            console.print(Text(f"(+{hidden} rewording or trivial edit(s))", style="dim"))
        for note in c.notes:
            console.print(Text(f"note: {note}", style="dim italic"))
    if why is not None:
        _render_why(console, story, why)


def render_story_html(story: Story, steps: list[Comparison]) -> str:
    """The timeline as one self-contained HTML page (article text escaped)."""
    from storydiff.render.html import TEMPLATES, row_view
    from storydiff.render.rows import build_rows

    views = [
        {**step_view(n, c), "rows": [row_view(c, r) for r in build_rows(c) if r.changed]}
        for n, c in enumerate(steps, start=2)
    ]
    return TEMPLATES.get_template("timeline.html.j2").render(
        headline=story.headline,
        story_id=story.id,
        outlets=", ".join(story.outlets) or "unknown",
        order=ORDER_BASIS[story.order_basis],
        versions=[
            {
                "when": v.when.isoformat() if v.when else "time unknown",
                "outlets": ", ".join(v.outlets),
                "title": v.document.title or "",
                "where": v.where,
            }
            for v in story.versions
        ],
        steps=views,
    )


def _why_to_dict(story: Story, w: LinkWhy) -> dict[str, Any]:
    return {
        "old": w.old + 1,
        "new": w.new + 1,
        "old_id": story.versions[w.old].document.id,
        "new_id": story.versions[w.new].document.id,
        "shared_shingles": w.link.shared,
        "containment": round(w.link.containment, 4),
        "body": round(w.link.evidence, 4),
        "agreement": None if w.agreement is None else round(w.agreement, 4),
        "passages": [
            {"old": list(p.a), "new": list(p.b), "words": p.words, "kind": p.kind}
            for p in w.passages
        ],
    }


def story_to_dict(
    story: Story, steps: list[Comparison], why: list[LinkWhy] | None = None
) -> dict[str, Any]:
    return {
        "schema": STORY_SCHEMA,
        "schema_version": STORY_SCHEMA_VERSION,
        "id": story.id,
        "headline": story.headline,
        "order_basis": story.order_basis,
        "outlets": story.outlets,
        "versions": [
            {
                "id": v.document.id,
                "title": v.document.title,
                "when": v.when.isoformat() if v.when else None,
                "outlets": v.outlets,
                "seen_at": [s.url or s.source for s in v.sightings],
            }
            for v in story.versions
        ],
        "steps": [to_dict(c) for c in steps],
        "links": [_why_to_dict(story, w) for w in why] if why is not None else None,
    }


def render_story_json(
    story: Story, steps: list[Comparison], why: list[LinkWhy] | None = None
) -> str:
    return json.dumps(story_to_dict(story, steps, why), ensure_ascii=False, indent=2)
