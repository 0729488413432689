"""One regulator called by what it is in one version and named in the other: "the
watchdog said", after "Ostland's competition watchdog", and "the OCCC said", after
"The Ostland Competition and Consumer Commission (OCCC)", are one source, as are "the
watchdog" and "the commission": the words that describe or name each body share two
words of their own, and both are bodies of one class (``REGULATORS``), one of them
said by its kind alone. A court and a regulator of one country and trade ("the Ostland
Competition Appeal Tribunal") stay two, and so do two bodies both named ("the Ostland
Energy Regulatory Commission" / "the Ostland Energy Ombudsman")."""

from __future__ import annotations

import re

from storydiff.facts.aliases import spelled_out
from storydiff.facts.names import norm

REGULATORS = frozenset(
    "watchdog regulator commission authority agency board office bureau inspectorate "
    "ombudsman".split()
)
"""Kinds of a body that oversees a trade or a service: one another's names."""
_SMALL = frozenset("the a an of and for on in to 's".split())
_REACH = 4
"""Words before a kind word that describe its body ("Ostland's competition watchdog")."""


def one_body(a: str, b: str, texts: tuple[str, str]) -> bool:
    """Whether sources ``a`` and ``b`` are one regulator, one or both called by what it
    is ("watchdog"), by the words that describe or name each in ``texts``; never two
    names."""
    if not (_kind_word(a) or _kind_word(b)):
        return False  # two names ("Ostland Energy Regulatory Commission" / "Ostland
        # Energy Ombudsman") are two bodies, whatever words they share
    x, y = _body(a, texts), _body(b, texts)
    if x is None or y is None:
        return False
    return len(x[1] & y[1]) >= 2 and x[0] in REGULATORS and y[0] in REGULATORS


def _kind_word(source: str) -> bool:
    return source.lower().removeprefix("the ").strip() in REGULATORS


def _body(source: str, texts: tuple[str, str]) -> tuple[str, frozenset[str]] | None:
    """A source's kind and the words of its own that describe or name it: a kind word
    alone by its first description in the texts ("Ostland's competition watchdog"), a
    name by its words spelled out ("OCCC": "Ostland Competition and Consumer
    Commission"); None for neither."""
    said = source.lower().removeprefix("the ").strip()
    if said in REGULATORS:
        for text in texts:
            m = re.search(rf"((?:[\w'’-]+\s+){{1,{_REACH}}}){said}\b", text, re.I)
            if m:
                return said, _own(m.group(1))
        return None
    full = next(filter(None, (spelled_out(source, t) for t in texts)), source)
    words = full.split()
    if len(words) < 2 or not all(w[:1].isupper() or w.lower() in _SMALL for w in words):
        return None
    return norm(words[-1]), _own(" ".join(words[:-1]))


def _own(words: str) -> frozenset[str]:
    """Lower-case words that say which body, without small words, kinds or a "'s"."""
    out = {norm(re.sub(r"['’]s$", "", w)) for w in words.split()}
    return frozenset(out - _SMALL - REGULATORS - {""})
