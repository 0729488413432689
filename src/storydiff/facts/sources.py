"""One source said two ways, and the attributions of an edited sentence: "Struzzi" /
"Diane Struzzi", "Varnos Defence Ministry" / "VDM", "A Brussels court" / "A Belgian
court" are one source; one attribution swapped for another is an update."""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from storydiff.diff.align import Link
from storydiff.facts.aliases import mentioned, same_entity, spelled_out
from storydiff.facts.builder import Builder, Pending, Versions
from storydiff.facts.names import mentions, named, norm, same_speaker
from storydiff.facts.roles import ORG_NOUNS


def one_source(a: str, b: str, texts: tuple[str, str] = ("", "")) -> bool:
    """One source named two ways ("Struzzi" / "Diane Struzzi", "Hawaii County" /
    "Hawaii County officials", "a third person" / "third person", "Aldric Ven" /
    "Aldric Venn", "Varnos Defence Ministry" / "VDM"), or described two ways ("A
    Brussels court" / "A Belgian court", "the ministry" / "the VDM" when either
    version spells the initials out as a ministry's name)."""
    x, y = f" {norm(a)} ", f" {norm(b)} "
    if (
        same_speaker(a, b)
        or x.replace(" a ", " ") in y
        or y.replace(" a ", " ") in x
        or Levenshtein.normalized_similarity(norm(a), norm(b)) >= 0.75  # a spelling
        or _described_twice(a, b)
        or (named(a) and named(b) and same_entity(a, b))
    ):
        return True
    return spelled_same(a, b, texts, described=True)


def spelled_same(a: str, b: str, texts: tuple[str, str], described: bool = False) -> bool:
    """Whether initials that either text spells out make two names one ("Varnos
    Defence Ministry" / "VDM"), or with ``described`` one described two ways ("the
    ministry" / "the VDM")."""
    long_a, long_b = (next(filter(None, (spelled_out(n, t) for t in texts)), n) for n in (a, b))
    return (long_a, long_b) != (a, b) and (
        (named(long_a) and named(long_b) and same_entity(long_a, long_b))
        or (described and _described_twice(long_a, long_b))
    )


_INDEFINITE = frozenset({"a", "an", "one", "another"})


def _described_twice(a: str, b: str) -> bool:
    """One unnamed source described two ways: the same head word, and one side an
    indefinite description ("A Brussels court" / "A Belgian court"), one side's words
    all in the other ("the police" / "the Paris police") or the words that differ
    words of rank or number only ("the senior officials" / "the top officials"). Two
    named bodies with one head word ("the Justice Ministry" / "the Defense Ministry")
    are two, as are two kinds of one thing ("the state police" / "the federal
    police", "the defense lawyers" / "the prosecution lawyers")."""
    x, y = a.split(), b.split()
    if not x or not y or norm(x[-1]) != norm(y[-1]):
        return False
    if any(w[0].lower() in _INDEFINITE for w in (x, y)):
        return True
    wx, wy = {norm(w) for w in x}, {norm(w) for w in y}
    if wx <= wy or wy <= wx:  # "the police" / "the Paris police"
        return True
    return {norm(w) for w in set(x) ^ set(y)} <= _RANK


_RANK = frozenset(
    {"senior", "top", "high-ranking", "ranking", "unnamed", "anonymous", "some", "several",
     "other", "two", "three", "four", "many"}
)  # fmt: skip
"""Words that say how high or how many, not which: "the senior officials" and "the top
officials" may be the same people."""


def match_attributions(link: Link, v: Versions, out: Builder, pending: Pending) -> None:
    """One attribution swapped for another is an update. A person's "X said" counts
    only so, and only when the other side no longer names X ("a spokesman said" ->
    "a spokesman told AFP" adds a citation)."""
    o_attr = [a for i in link.old for a in v.old.attributions.get(i, [])]
    n_attr = [a for j in link.new for a in v.new.attributions.get(j, [])]
    o_src = {a.source for a in o_attr}
    n_src = {a.source for a in n_attr}
    old_text = " ".join(v.old_sents[i].text for i in link.old)
    new_text = " ".join(v.new_sents[j].text for j in link.new)
    o_attr = [
        a for a in o_attr
        if a.source not in n_src and not (a.person and mentions(new_text, a.source))
    ]  # fmt: skip
    n_attr = [
        a for a in n_attr
        if a.source not in o_src and not (a.person and mentions(old_text, a.source))
    ]  # fmt: skip
    texts = (v.old_text, v.new_text)
    one = len(o_attr) == len(n_attr) == 1
    if one and (
        _named_beside(o_attr[0].source, n_attr[0].source, old_text, new_text)
        or one_source(o_attr[0].source, n_attr[0].source, texts)
    ):
        return  # one source said two ways ("Tessaly Power & Light" / "TP&L"; "Orrin
        # Dynamics said" / "Orrin Dynamics will cut …, the company said"): no change
    if one:
        a, b = o_attr[0], n_attr[0]
        out.add(
            "update",
            "attribution",
            "",
            a.text,
            b.text,
            a.source,
            b.source,
            [a.sentence],
            [b.sentence],
        )
    else:  # a person's "X said" is no attribution of its own
        pending.old_attr += [a for a in o_attr if not a.person]
        pending.new_attr += [a for a in n_attr if not a.person]


def _named_beside(a: str, b: str, a_text: str, b_text: str) -> bool:
    """One side's source said by its kind alone ("company", "union": ``ORG_NOUNS``) in
    a sentence that names the other side's source, or its initials ("Orrin Dynamics
    will eliminate 1,500 jobs, the company said" / "Orrin Dynamics said"; "The union
    …, the V.F.I.W., said" / "The Varnos Federation of Industrial Workers … said"):
    one source."""
    return any(
        x.lower() in ORG_NOUNS and named(y) and (mentions(text, y) or mentioned(y, text))
        for x, y, text in ((a, b, a_text), (b, a, b_text))
    )
