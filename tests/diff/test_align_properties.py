"""Invariants of alignment, checked with Hypothesis on generated versions.

Versions are made the way editors make them: from a base text of sentences drawn
from a small vocabulary (so sentences overlap and repeat), apply edits — change,
insert and delete words, add, remove, move, split and merge sentences.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storydiff import compare
from tests.diff.helpers import apply_ops, check_partition, keys

VOCAB = (
    "ship port storm crew two three a missile said police Marrow Venn harbour sank "
    "rescued officials the of in on was were 14 17 1,000 Saturday"
).split()

word = st.sampled_from(VOCAB)
sentence = st.lists(word, min_size=1, max_size=9).map(lambda ws: " ".join(ws).capitalize() + ".")
sentences = st.lists(sentence, min_size=0, max_size=12)


def _text(sents: list[str], para_every: int) -> str:
    out = []
    for k, s in enumerate(sents):
        out.append(s)
        out.append("\n\n" if para_every and (k + 1) % para_every == 0 else " ")
    return "".join(out).strip()


@st.composite
def version_pairs(draw: st.DrawFn) -> tuple[str, str]:
    base = draw(sentences)
    new = list(base)
    for _ in range(draw(st.integers(0, 5))):
        action = draw(st.sampled_from(["edit", "add", "remove", "move", "split", "merge"]))
        if action == "add" or not new:
            new.insert(draw(st.integers(0, len(new))), draw(sentence))
            continue
        k = draw(st.integers(0, len(new) - 1))
        ws = new[k].rstrip(".").split()
        if action == "edit":
            pos = draw(st.integers(0, len(ws) - 1))
            ws[pos] = draw(word)
            if draw(st.booleans()):
                ws.insert(pos, draw(word))
            new[k] = " ".join(ws).capitalize() + "."
        elif action == "remove":
            del new[k]
        elif action == "move":
            s = new.pop(k)
            new.insert(draw(st.integers(0, len(new))), s)
        elif action == "split" and len(ws) >= 2:
            cut = draw(st.integers(1, len(ws) - 1))
            new[k : k + 1] = [
                " ".join(ws[:cut]).capitalize() + ".",
                " ".join(ws[cut:]).capitalize() + ".",
            ]
        elif action == "merge" and k + 1 < len(new):
            new[k : k + 2] = [new[k].rstrip(".") + " and " + new[k + 1][0].lower() + new[k + 1][1:]]
    para = draw(st.integers(0, 4))
    return _text(base, para), _text(new, draw(st.integers(0, 4)))


@given(sentences, st.integers(0, 4))
def test_self_comparison_is_all_unchanged(sents: list[str], para: int) -> None:
    text = _text(sents, para)
    c = compare(text, text)
    assert all(r.value == "unchanged" for r in c.alignment.old_roles)
    assert all(r.value == "unchanged" for r in c.alignment.new_roles)
    assert not c.has_differences


@given(version_pairs())
def test_swapping_old_and_new_mirrors_every_role(pair: tuple[str, str]) -> None:
    a, b = pair
    forward, backward = compare(a, b), compare(b, a)
    assert [r.mirrored() for r in forward.alignment.old_roles] == backward.alignment.new_roles
    assert [r.mirrored() for r in forward.alignment.new_roles] == backward.alignment.old_roles
    counts_f, counts_b = forward.counts(), backward.counts()
    assert counts_f["added"] == counts_b["removed"]
    assert counts_f["removed"] == counts_b["added"]


@given(version_pairs())
def test_ops_applied_to_old_rebuild_new_exactly(pair: tuple[str, str]) -> None:
    a, b = pair
    c = compare(a, b)
    check_partition(c)
    rebuilt = apply_ops(c)
    for j, sent in enumerate(c.new_sentences):
        k = c.alignment.new_link[j]
        if k is None:
            continue  # added sentences come whole from NEW
        link = c.alignment.links[k]
        if j != link.new[0]:
            continue
        span = c.new.text[sent.start : c.new_sentences[link.new[-1]].end]
        assert keys(rebuilt[j]) == keys(span)
        # Nothing but whitespace may differ: the generator writes plain ASCII.
        assert rebuilt[j].split() == span.split()
