"""The comparison in a terminal: a summary header, then the redline (rich).

In colour, deleted words are red and struck through, inserted words green. Without
colour (``--no-color``, or output that is not a terminal) edits are marked the way
wdiff does: ``[-deleted-]`` and ``{+inserted+}``.
"""

from __future__ import annotations

import re
import sys
from typing import IO

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from storydiff.facts.model import Change
from storydiff.pair.compare import Comparison
from storydiff.render.rows import Row, Segment, build_rows, segments, with_context
from storydiff.render.summary import describe, order_line, scores_line, verdict_line

GUTTER = {
    "unchanged": " ",
    "edited": "~",
    "added": "+",
    "removed": "-",
    "moved": ">",
    "moved_from": "<",
    "split": "/",
    "merged": "\\",
}
ROW_STYLE = {"added": "green", "removed": "red", "moved": "cyan", "moved_from": "dim cyan"}
LEGEND = "~ edited  + added  - removed  > moved here  < moved from here  / split  \\ merged"


def _text(segs: list[Segment], color: bool) -> Text:
    out = Text()
    for s in segs:
        if s.kind == "same":
            out.append(s.text)
        elif color:
            out.append(s.text, style="bold red strike" if s.kind == "del" else "bold green")
        else:
            out.append(f"[-{s.text}-]" if s.kind == "del" else f"{{+{s.text}+}}")
    return out


def _row_text(c: Comparison, row: Row, color: bool) -> Text:
    if row.kind == "moved_from":
        new_at = row.new[0] + 1
        return Text(f"(moved to sentence {new_at} of new)", style="dim italic")
    if row.kind in ("added", "removed"):
        plain = row.inline[0].text if row.inline else ""
        if color:
            return Text(plain, style=ROW_STYLE[row.kind])
        return Text(f"{{+{plain}+}}" if row.kind == "added" else f"[-{plain}-]")
    text = _text(row.inline, color)
    if row.moved:
        text.append(f"  (moved from sentence {row.old[0] + 1} of old)", style="dim italic")
    return text


def _counts_line(c: Comparison) -> str:
    counts = c.counts()
    return " · ".join(f"{n} {role}" for role, n in counts.items())


def render_terminal(
    c: Comparison,
    file: IO[str] | None = None,
    *,
    color: bool | None = None,
    context: int | None = None,
    width: int | None = None,
    show_trivial: bool = False,
) -> None:
    """Print the comparison. ``context`` shows only changes and that many unchanged
    sentences around them, like ``diff -U``; ``color=None`` decides from the output."""
    target = file or sys.stdout
    console = Console(
        file=target,
        no_color=color is False,
        force_terminal=True if color else None,
        width=width,
        highlight=False,
        emoji=False,
        markup=False,
    )
    use_color = console.is_terminal and not console.no_color if color is None else color
    with console.capture() as captured:
        _print(c, console, use_color, context, show_trivial)
    # rich pads table cells to the full width: drop the padding at line ends.
    target.write(_TRAILING.sub(r"\1", captured.get()))
    target.flush()


_TRAILING = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$", re.M)


def _where(change: Change) -> str:
    bits = []
    if change.old_sentences:
        bits.append("old " + ",".join(str(i + 1) for i in change.old_sentences))
    if change.new_sentences:
        bits.append("new " + ",".join(str(j + 1) for j in change.new_sentences))
    return f"  [{'; '.join(bits)}]" if bits else ""


def _facts(c: Comparison, console: Console, use_color: bool, show_trivial: bool) -> None:
    shown = [ch for ch in c.changes if show_trivial or not ch.hidden]
    hidden = len(c.changes) - len(shown)
    if not shown and not hidden and not c.notes:
        return
    console.print(Text("What changed", style="bold underline" if use_color else ""))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for ch in shown:
        line = Text(ch.describe())
        line.append(_where(ch), style="dim")
        grid.add_row(Text(ch.kind, style=KIND_STYLE.get(ch.kind, "") if use_color else ""), line)
    console.print(grid)
    if hidden:
        console.print(
            Text(
                f"(+{hidden} rewording or trivial edit(s); --show-trivial lists them)", style="dim"
            )
        )
    for note in c.notes:
        console.print(Text(f"note: {note}", style="dim italic"))
    console.print()


KIND_STYLE = {
    "update": "bold yellow",
    "correction": "bold magenta",
    "addition": "bold green",
    "removal": "bold red",
}


def _print(
    c: Comparison, console: Console, use_color: bool, context: int | None, show_trivial: bool
) -> None:
    head = Table.grid(padding=(0, 1))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("old", describe(c.old))
    head.add_row("new", describe(c.new))
    head.add_row("verdict", verdict_line(c))
    head.add_row("overlap", scores_line(c))
    head.add_row("order", order_line(c))
    head.add_row("sentences", _counts_line(c))
    if c.headline is not None:
        if c.headline.changed:
            _, _, inline = segments(c.headline.ops, c.headline.old or "", c.headline.new or "")
            head.add_row("headline", _text(inline, use_color))
        else:
            head.add_row("headline", Text(c.headline.new or "", style="bold"))
    console.print(head)
    console.print()
    _facts(c, console, use_color, show_trivial)
    console.print(Text(LEGEND, style="dim"))
    console.rule(style="dim")

    rows = build_rows(c)
    shown = with_context(rows, context) if context is not None else list(rows)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=1, no_wrap=True)
    grid.add_column(ratio=1)
    for row in shown:
        if row is None:
            grid.add_row(Text("…", style="dim"), Text("…", style="dim"))
            continue
        if row.new_paragraph and context is None:
            grid.add_row("", "")
        gutter_style = ROW_STYLE.get(row.kind, "yellow" if row.changed else "")
        grid.add_row(
            Text(GUTTER[row.kind], style=gutter_style if use_color else ""),
            _row_text(c, row, use_color),
        )
    console.print(Padding(grid, (0, 0)))
