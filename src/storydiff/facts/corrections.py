"""Which changes a correction notice corrects.

A notice new in the later version ("Correction: An earlier version of this article
said the channel was last dredged in 2019. It was last dredged in 2017.") turns into
corrections only the updates whose words it names: the changed figures or words, or
what the fact is about ("misstated the rank of Aldric Venn"). The other updates of the
same rewrite ("40 passengers" -> "112 passengers" as the rescue went on) stay
updates. A notice that names nothing ("This story has been corrected.") cannot say
which edit it means, so every update is then a correction, as a reader of the notice
would take it. Edits the notice names that were hidden as rewording become claim
corrections.
"""

from __future__ import annotations

from collections.abc import Iterable

from storydiff.facts.claims import content_words, word_list
from storydiff.facts.extract import CORRECTION
from storydiff.facts.model import Change
from storydiff.facts.numbers import TENS, UNITS
from storydiff.text.sentences import Sentence

NOTICE_WORDS = frozenset(
    "corrected correction corrects story article earlier version show shows restore "
    "reflect incorrectly misstated misidentified misspelled reported stated said "
    "name full".split()
)
"""A correction notice's own words, which say nothing of what it corrects."""


def _stem(word: str) -> str:
    for end in ("'s", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3 and not word.endswith("ss"):
            return word[: -len(end)]
    return word


_FIGURES = frozenset(UNITS) | frozenset(TENS)
_AFTER = 2
"""Sentences after a notice's own, in its paragraph, that are still the notice ("It
was last dredged in 2017.")."""
_NAMING = frozenset("name spelled spelling misspelled misidentified identified title".split())
_KIND_WORDS = {
    "date": frozenset("date time day year month hour".split()),
    "quantity": frozenset("number figure count total toll".split()),
    "money": frozenset("amount cost price figure sum".split()),
    "percent": frozenset("percentage figure share rate".split()),
    "quote": frozenset("quote quotation misquoted remark comment".split()),
    "person": _NAMING,
    "organization": _NAMING,
    "place": _NAMING,
}
"""How a notice names a kind of fact without its words ("gave the wrong day",
"misspelled the name of the judge")."""
_SHORT = frozenset(w for words in _KIND_WORDS.values() for w in words if len(w) < 4)
_KINDS = frozenset().union(*_KIND_WORDS.values())
_OWN = frozenset(_stem(w) for w in NOTICE_WORDS) - _KINDS


def terms(text: str) -> set[str]:
    """The words that can name a fact: content words, figures and number words, each
    without a plural or possessive "s" ("passengers" names "passenger")."""
    words = content_words(text) | {
        w for w in word_list(text) if w.isdigit() or w in _FIGURES or w in _SHORT
    }
    return {_stem(w) for w in words}


def notice_terms(new_sents: Iterable[Sentence]) -> set[str] | None:
    """The words of the notices in NEW (a notice's sentence and the next ones of its
    paragraph); None when NEW has no notice."""
    sents = list(new_sents)
    found: set[str] | None = None
    for k, s in enumerate(sents):
        if not CORRECTION.search(s.text):
            continue
        found = found if found is not None else set()
        rest = [t for t in sents[k + 1 : k + 1 + _AFTER] if t.paragraph == s.paragraph]
        for t in [s, *rest]:
            found |= terms(t.text)
    return found


def mark(changes: list[Change], new_sents: list[Sentence]) -> None:
    """Turn what a notice new in NEW corrects into corrections (the caller checks that
    OLD had no notice)."""
    found = notice_terms(new_sents)
    if found is None:
        return
    notice = found - _OWN
    words = notice - _KINDS
    for c in changes:
        if c.kind == "update" and c.fact != "headline":
            named = words & (_changed(c) | terms(c.subject))
            if not notice or named or notice & _KIND_WORDS.get(c.fact, frozenset()):
                c.kind = "correction"
        elif c.kind == "rewording" and words & _changed(c):
            c.kind, c.fact, c.subject = "correction", "claim", "correction"


def _changed(c: Change) -> set[str]:
    return terms(c.before or "") ^ terms(c.after or "")
