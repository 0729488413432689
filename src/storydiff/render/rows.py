"""The redline as rows, in reading order: what every renderer draws.

Rows follow NEW's order. Sentences of OLD that were removed appear where they stood
(after the last in-place sentence before them); a moved sentence appears at its new
place, and a ``moved_from`` row marks where it used to be.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from storydiff.diff.align import Link, Role
from storydiff.diff.words import WordOp
from storydiff.pair.compare import Comparison

RowKind = Literal[
    "unchanged", "edited", "added", "removed", "moved", "moved_from", "split", "merged"
]
SegmentKind = Literal["same", "del", "ins"]

_SPACE = re.compile(r"\s+")


@dataclass(slots=True, frozen=True)
class Segment:
    text: str
    kind: SegmentKind


@dataclass(slots=True)
class Row:
    kind: RowKind
    old: list[int]
    new: list[int]
    link: int | None = None
    new_paragraph: bool = False
    moved: bool = False
    """The sentences changed place (also true for a split or merge that moved)."""
    old_segments: list[Segment] = field(default_factory=list)
    new_segments: list[Segment] = field(default_factory=list)
    inline: list[Segment] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.kind != "unchanged"


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text)


def _strip(text: str) -> tuple[str, str, str]:
    """(leading whitespace, core, trailing whitespace)."""
    core = text.strip()
    if not core:
        return text, "", ""
    lead = text[: len(text) - len(text.lstrip())]
    return lead, core, text[len(lead) + len(core) :]


def segments(
    ops: list[WordOp], old_text: str, new_text: str
) -> tuple[list[Segment], list[Segment], list[Segment]]:
    """Old side, new side and inline segments of a link's word ops (whitespace folded;
    the spaces around a change stay outside its highlight)."""
    old_side: list[Segment] = []
    new_side: list[Segment] = []
    inline: list[Segment] = []
    for op in ops:
        a = _flat(old_text[op.old_start : op.old_end])
        b = _flat(new_text[op.new_start : op.new_end])
        if op.tag == "equal":
            old_side.append(Segment(a, "same"))
            new_side.append(Segment(b, "same"))
            inline.append(Segment(b, "same"))
            continue
        a_lead, a_core, a_tail = _strip(a)
        b_lead, b_core, b_tail = _strip(b)
        old_side += [Segment(a_lead, "same"), Segment(a_core, "del"), Segment(a_tail, "same")]
        new_side += [Segment(b_lead, "same"), Segment(b_core, "ins"), Segment(b_tail, "same")]
        lead = b_lead if b_core else a_lead
        tail = b_tail if b_core else a_tail
        if (a_lead or b_lead) and not lead:
            lead = " "
        inline.append(Segment(lead, "same"))
        if a_core:
            inline.append(Segment(a_core, "del"))
        if a_core and b_core:
            inline.append(Segment(" ", "same"))
        if b_core:
            inline.append(Segment(b_core, "ins"))
        inline.append(Segment(tail, "same"))
    return (
        [s for s in old_side if s.text],
        [s for s in new_side if s.text],
        [s for s in inline if s.text],
    )


def _link_row(c: Comparison, k: int, link: Link) -> Row:
    kind: RowKind
    if link.kind in ("split", "merged"):
        kind = link.kind
    elif link.moved:
        kind = "moved"
    else:
        kind = "unchanged" if link.kind == "unchanged" else "edited"
    old_seg, new_seg, inline = segments(link.ops, c.old.text, c.new.text)
    return Row(kind, list(link.old), list(link.new), k, False, link.moved, old_seg, new_seg, inline)


def build_rows(c: Comparison) -> list[Row]:
    """Every sentence of both versions, once, in reading order."""
    al = c.alignment
    rows: list[Row] = []
    done_old = [False] * len(c.old_sentences)
    shown_from: set[int] = set()

    def flush(until: int) -> None:
        for i in range(until):
            if done_old[i]:
                continue
            done_old[i] = True
            k = al.old_link[i]
            s = c.old_sentences[i]
            if k is None:
                seg = [Segment(_flat(s.text), "del")]
                rows.append(Row("removed", [i], [], None, False, False, seg, [], seg))
            elif k not in shown_from:
                shown_from.add(k)
                link = al.links[k]
                rows.append(Row("moved_from", list(link.old), list(link.new), k, moved=True))

    for j, sentence in enumerate(c.new_sentences):
        k = al.new_link[j]
        if k is None:
            seg = [Segment(_flat(sentence.text), "ins")]
            row = Row("added", [], [j], None, False, False, [], seg, seg)
        else:
            link = al.links[k]
            if j != link.new[0]:
                continue
            if not link.moved:
                flush(link.old[0])
                for i in link.old:
                    done_old[i] = True
            row = _link_row(c, k, link)
        prev_j = (
            rows[-1].new[-1] if rows and rows[-1].new and rows[-1].kind != "moved_from" else None
        )
        row.new_paragraph = (
            prev_j is not None and c.new_sentences[prev_j].paragraph != sentence.paragraph
        )
        rows.append(row)
    flush(len(c.old_sentences))
    return rows


def with_context(rows: list[Row], context: int) -> list[Row | None]:
    """Only changed rows and ``context`` unchanged rows around them; None marks a gap."""
    keep = [False] * len(rows)
    for idx, row in enumerate(rows):
        if row.changed:
            for k in range(max(0, idx - context), min(len(rows), idx + context + 1)):
                keep[k] = True
    out: list[Row | None] = []
    for idx, row in enumerate(rows):
        if keep[idx]:
            out.append(row)
        elif (out and out[-1] is not None) or (not out and idx == 0):
            out.append(None)
    return out


ROLE_ORDER = [
    Role.UNCHANGED,
    Role.EDITED,
    Role.MOVED,
    Role.SPLIT,
    Role.MERGED,
    Role.ADDED,
    Role.REMOVED,
]
