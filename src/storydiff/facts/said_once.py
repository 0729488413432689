"""One update of a value said again (``once``): the headline's and the lead's
"$412 million" -> "$414 million" are one change, shown where the count names what it
counts."""

from __future__ import annotations

from storydiff.facts.builder import Versions
from storydiff.facts.count_pairs import rewritten
from storydiff.facts.counted import PEOPLE, TOLLS
from storydiff.facts.model import Change

_VALUES = frozenset({"quantity", "money", "percent", "date"})


def once(changes: list[Change], v: Versions) -> list[Change]:
    """One update of a value said again in a sentence rewritten from another (the
    headline's "$412 million budget" and the lead's "approved a $412 million budget"):
    the first, with the sentences of both, and a count that names what it counts
    ("killing at least 12 people") is one with a headline's that does not ("Flood
    kills at least 12"), shown in its words. The same values of two things ("prices
    rose 5 percent" / "rents climbed 5 percent") stay two updates."""
    out: list[Change] = []
    first: dict[tuple[str, str, str, str], list[Change]] = {}
    for c in changes:
        key = (c.kind, c.fact, c.before_value, c.after_value)
        if c.kind == "update" and c.fact in _VALUES and c.before_value and c.after_value:
            seen = next(
                (
                    s
                    for s in first.get(key, [])
                    if c.subject in (s.subject, "") or not s.subject or _tolls(s, c)
                    if _one_statement(s, c, v)
                ),
                None,
            )
            if seen is not None:
                if c.subject and (not seen.subject or seen.subject in TOLLS):  # its words
                    seen.subject, seen.before, seen.after = c.subject, c.before, c.after
                seen.old_sentences = sorted({*seen.old_sentences, *c.old_sentences})
                seen.new_sentences = sorted({*seen.new_sentences, *c.new_sentences})
                continue
            first.setdefault(key, []).append(c)
        out.append(c)
    return out


def _tolls(a: Change, b: Change) -> bool:
    """A toll said by its adjective in one sentence ("5 dead, 17 hurt") and the same
    figures of the people it counts in another ("killing five people"); not "5 dead"
    and "5 homes" of one sentence."""
    return (
        bool({a.subject, b.subject} & TOLLS)
        and {a.subject, b.subject} <= PEOPLE | {""}
        and a.new_sentences != b.new_sentences
    )


def _one_statement(a: Change, b: Change, v: Versions) -> bool:
    """Whether two updates' sentences say one thing: each side's sentences rewritten
    from each other (``rewritten``)."""
    return all(
        rewritten(sents[i].text, sents[j].text)
        for sents, xs, ys in ((v.old_sents, a.old_sentences, b.old_sentences),
                              (v.new_sents, a.new_sentences, b.new_sentences))
        for i in xs[:1]
        for j in ys[:1]
    )  # fmt: skip
