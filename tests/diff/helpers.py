"""Helpers for alignment tests."""

from __future__ import annotations

from storydiff import Comparison, compare
from storydiff.text.tokens import tokenize


def roles(text_old: str, text_new: str) -> tuple[list[str], list[str]]:
    c = compare(text_old, text_new)
    return [r.value for r in c.alignment.old_roles], [r.value for r in c.alignment.new_roles]


def keys(text: str) -> list[str]:
    return [t.key for t in tokenize(text)]


def apply_ops(c: Comparison) -> dict[int, str]:
    """Rebuild the NEW text of every link from OLD plus the ops: equal parts are taken
    from OLD, changed parts from the op's replacement. Keyed by the link's first NEW
    sentence."""
    out: dict[int, str] = {}
    for link in c.alignment.links:
        parts = []
        for op in link.ops:
            if op.tag == "equal":
                parts.append(c.old.text[op.old_start : op.old_end])
            else:
                parts.append(c.new.text[op.new_start : op.new_end])
        out[link.new[0]] = "".join(parts)
    return out


def check_partition(c: Comparison) -> None:
    """Every sentence is in exactly one link or is added/removed; ops partition spans."""
    al = c.alignment
    seen_old: list[int] = []
    seen_new: list[int] = []
    for k, link in enumerate(al.links):
        seen_old += link.old
        seen_new += link.new
        assert all(al.old_link[i] == k for i in link.old)
        assert all(al.new_link[j] == k for j in link.new)
        o0, o1 = c.old_sentences[link.old[0]].start, c.old_sentences[link.old[-1]].end
        n0, n1 = c.new_sentences[link.new[0]].start, c.new_sentences[link.new[-1]].end
        assert link.ops[0].old_start == o0 and link.ops[-1].old_end == o1
        assert link.ops[0].new_start == n0 and link.ops[-1].new_end == n1
        for a, b in zip(link.ops, link.ops[1:], strict=False):
            assert a.old_end == b.old_start and a.new_end == b.new_start
        for op in link.ops:
            if op.tag == "equal":
                assert keys(c.old.text[op.old_start : op.old_end]) == keys(
                    c.new.text[op.new_start : op.new_end]
                )
    assert len(seen_old) == len(set(seen_old))
    assert len(seen_new) == len(set(seen_new))
    for i, r in enumerate(al.old_roles):
        assert (r.value == "removed") == (i not in seen_old)
    for j, r in enumerate(al.new_roles):
        assert (r.value == "added") == (j not in seen_new)
