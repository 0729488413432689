"""A person's first name spelled anew ("Katherine Lindqvist" -> "Kathryn Lindqvist"):
within one outlet's versions it is most often a correction, and the surname both
versions say would otherwise hide it as one person named twice."""

from __future__ import annotations

import re

from rapidfuzz.distance import JaroWinkler, Levenshtein

from storydiff.config import RESPELLED_SIMILARITY
from storydiff.facts.builder import Builder, Pending, Versions
from storydiff.facts.model import Change, Fact
from storydiff.facts.names import mentions


def respelled_people(pending: Pending, v: Versions, out: Builder) -> None:
    """A person named in full only in OLD and one only in NEW with the same surname and
    a first name spelled alike (the same initial, Jaro-Winkler similarity at least
    ``RESPELLED_SIMILARITY``; not "Elsa" / "Kathryn", two daughters, nor a short form,
    "Alex" / "Alexander") is one update of the name: neither version says the other's
    form, and words near the two mentions (``_around``) share one, one role ("her
    daughter, Katherine" / "Her daughter, Kathryn"; "the head of the port authority" /
    "port authority chief"); two relatives ("injured Joan" / "her husband Jon") are two
    people. A quote said by the name in each spelling is no speaker update."""
    olds = _first_mentions(pending.old)
    news = _first_mentions(pending.new)
    done = {(c.before_value, c.after_value) for c in out.changes if c.fact == "person"}
    for o in olds:
        for n in news:
            if (o.value, n.value) in done:  # an edited sentence said it already
                pending.old[:] = [f for f in pending.old if f.value != o.value]
                pending.new[:] = [f for f in pending.new if f.value != n.value]
                continue
            if not spelled_alike(o.value, n.value):
                continue
            if mentions(v.new_text, o.value) or mentions(v.old_text, n.value):
                continue
            roles = _around(v.old_text, o.start, o.end), _around(v.new_text, n.start, n.end)
            if not roles[0] & roles[1]:
                continue  # two relatives ("injured Joan" / "her husband Jon"): two people
            out.update("person", "", o, n)
            pending.old[:] = [f for f in pending.old if f.value != o.value]
            pending.new[:] = [f for f in pending.new if f.value != n.value]
            news.remove(n)
            break
    renamed: set[tuple[str | None, str | None]] = {
        (c.before, c.after) for c in out.changes if c.fact == "person" and c.before
    }
    out.changes[:] = [c for c in out.changes if not _said_by(c, renamed)]


def spelled_alike(old: str, new: str, letter: bool = False) -> bool:
    """One surname, and first names of one initial spelled alike (Jaro-Winkler at least
    ``RESPELLED_SIMILARITY``, or with ``letter`` one letter apart: "Anya" / "Anja"),
    neither a short form of the other ("Alex" / "Alexander")."""
    a, b = old.split(), new.split()
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    x, y = a[0].casefold(), b[0].casefold()
    if x[:1] != y[:1] or x.startswith(y) or y.startswith(x):
        return False
    near = letter and Levenshtein.distance(x, y) <= 1
    return near or JaroWinkler.similarity(x, y) >= RESPELLED_SIMILARITY


def _said_by(c: Change, renamed: set[tuple[str | None, str | None]]) -> bool:
    """A speaker update of a respelled name ("Anya Dressler" / "Anja Dressler")."""
    names = (c.before or "", c.after or "")
    return c.fact == "speaker" and names in renamed and spelled_alike(*names, letter=True)


def _first_mentions(facts: list[Fact]) -> list[Fact]:
    """Each person named in full, by the first mention."""
    seen: dict[str, Fact] = {}
    for f in sorted(facts, key=lambda f: f.start):
        if f.kind == "person" and len(f.value.split()) >= 2:
            seen.setdefault(f.value, f)
    return list(seen.values())


_ROLE_STOP = frozenset(
    "the a an her his their its said says told by and with to of for who was is has had "
    "that this on in at from".split()
)


def _around(text: str, start: int, end: int) -> set[str]:
    """The words near a mention that may say its role: up to four before it and four
    after it in its sentence ("her daughter, Katherine Lindqvist", "Katherine
    Lindqvist, the head of the port authority"), not function words."""
    head = re.split(r"[.!?]\s", text[max(0, start - 60) : start])[-1]
    tail = re.split(r"[.!?]\s", text[end : end + 60])[0]
    before = [w for w in re.findall(r"[a-z’'-]{3,}", head.casefold()) if w not in _ROLE_STOP]
    after = [w for w in re.findall(r"[a-z’'-]{3,}", tail.casefold()) if w not in _ROLE_STOP]
    return set(before[-4:] + after[:4])
