"""Collecting changes, and the facts left for the document round."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from storydiff.diff.align import Link
from storydiff.facts.analysis import Analysis
from storydiff.facts.attributions import Attribution
from storydiff.facts.counts import DURATIONS
from storydiff.facts.model import Change, ChangeKind, Fact, FactKind
from storydiff.facts.names import norm
from storydiff.facts.quotes import Quote
from storydiff.text.sentences import Sentence


@dataclass(slots=True, frozen=True)
class Versions:
    """The two versions being matched: what the NLP found, their sentences, texts."""

    old: Analysis
    new: Analysis
    old_sents: list[Sentence]
    new_sents: list[Sentence]
    old_text: str
    new_text: str
    sole: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())
    """The sentences wholly removed (OLD's) and wholly added (NEW's)."""
    speaker_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    """The kinds either version tags each speaker asked about (``facts.speaker_kinds``),
    filled on first asking."""


def is_trivial(link: Link, old_text: str, new_text: str) -> bool:
    """Whether every edit of a link is punctuation, capitals, spacing or one word's
    spelling (a small edit of a word of four letters or more, with no digit in it:
    "1990s" -> "1980s" is no spelling fix)."""
    for op in link.ops:
        if op.tag == "equal":
            continue
        a, b = old_text[op.old_start : op.old_end], new_text[op.new_start : op.new_end]
        na, nb = norm(a), norm(b)
        if na == nb:
            continue  # punctuation, capitals, spacing
        wa, wb = na.split(), nb.split()
        one_word = len(wa) == len(wb) == 1 and min(len(wa[0]), len(wb[0])) >= 4
        digits = any(c.isdigit() for c in wa[0] + wb[0]) if one_word else False
        if one_word and not digits and Levenshtein.distance(wa[0], wb[0]) <= 2:
            continue  # one word's spelling (not "1990s" -> "1980s", "2019" -> "2018")
        return False
    return True


class Builder:
    """Collects changes, with the sentences on both sides of each."""

    def __init__(self) -> None:
        self.changes: list[Change] = []

    def add(
        self,
        kind: ChangeKind,
        fact: FactKind,
        subject: str = "",
        before: Fact | str | None = None,
        after: Fact | str | None = None,
        before_value: str = "",
        after_value: str = "",
        old_sentences: Iterable[int] = (),
        new_sentences: Iterable[int] = (),
    ) -> None:
        b_text = before.text if isinstance(before, Fact) else before
        a_text = after.text if isinstance(after, Fact) else after
        if isinstance(before, Fact):
            before_value = before_value or before.value
        if isinstance(after, Fact):
            after_value = after_value or after.value
        self.changes.append(
            Change(kind, fact, subject, b_text, a_text, before_value, after_value,
                   sorted(set(old_sentences)), sorted(set(new_sentences)))
        )  # fmt: skip

    def update(self, fact: FactKind, subject: str, old: Fact, new: Fact) -> None:
        """One fact said anew: ``old`` in OLD is ``new`` in NEW. A length of time ("one
        day" -> "three days") is no number but what the sentence claims, as an age is:
        a claim update of subject ``duration`` (``_lasting``)."""
        if (
            fact == "quantity"
            and subject in DURATIONS
            and _lasting(old, subject)
            and _lasting(new, subject)
        ):
            fact, subject = "claim", "duration"
        self.add("update", fact, subject, old, new, old_sentences=[old.sentence],
                 new_sentences=[new.sentence])  # fmt: skip

    def one_side(
        self, kind: ChangeKind, fact: FactKind, subject: str, text: str, value: str, sentence: int
    ) -> None:
        """An addition (in NEW) or a removal (from OLD) of one fact."""
        if kind == "addition":
            self.add(kind, fact, subject, None, text, "", value, new_sentences=[sentence])
        else:
            self.add(kind, fact, subject, text, None, value, "", old_sentences=[sentence])


def _lasting(f: Fact, unit: str) -> bool:
    """Whether a measure of time says how long something lasted: not a place in an
    order ("in the 34th minute") nor a timed result ("in 10.98 seconds")."""
    return f.measure and f.detail != "ordinal" and not ("." in f.value and unit == "second")


@dataclass(slots=True)
class Pending:
    """Facts not matched inside their link, waiting for the document-wide round."""

    old: list[Fact] = field(default_factory=list)
    new: list[Fact] = field(default_factory=list)
    old_quotes: list[Quote] = field(default_factory=list)
    new_quotes: list[Quote] = field(default_factory=list)
    old_attr: list[Attribution] = field(default_factory=list)
    new_attr: list[Attribution] = field(default_factory=list)
    old_paired: list[Quote] = field(default_factory=list)
    new_paired: list[Quote] = field(default_factory=list)
    """Quotes paired as one quotation whose speaker the other version names otherwise
    (a body's spokesperson, a name for a description: ``facts.speaker_names``): a
    speaker the other version never names is still a new source (``facts.voices``).
    The names and numbers inside them are facts of their own, as those of any quote
    changed are."""


def text_of(sentences: list[Sentence], indices: Iterable[int]) -> str:
    return " ".join(" ".join(sentences[i].text.split()) for i in indices)
