"""What the facts stage produces: facts found in sentences, and changes between versions.

A change's ``key()`` is its comparable identity, used by tests and by anyone who
wants to match storydiff's output against a list of expected changes:
``(kind, fact, subject, before, after)`` with numbers in canonical form ("1",
"30000", "4200000") and names as written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ChangeKind = Literal["update", "addition", "removal", "correction", "rewording", "trivial"]
FactKind = Literal[
    "quantity",  # a count of something: "two ballistic missiles", "some 30,000 employees"
    "money",  # "$4.2 million"
    "percent",  # "40%", "12 per cent"
    "date",  # "Wednesday", "last week", "in July", "3:40 a.m."
    "person",
    "organization",
    "place",
    "quote",  # a direct quote; subject is its speaker
    "speaker",  # the same quote, said by someone else
    "source",  # a speaker who appears or disappears
    "attribution",  # "told AFP", "TASS reported", "according to", "citing"
    "headline",
    "byline",  # a name added to or gone from the author field
    "dateline",
    "claim",  # what a sentence asserts: added, removed, or changed in polarity,
    # certainty, alternatives, predicate or object; subject says which for an update
    "text",  # rewording or trivial edits with no fact change
]
HIDDEN_KINDS: frozenset[str] = frozenset({"rewording", "trivial"})


@dataclass(slots=True, frozen=True)
class Fact:
    """One fact in one sentence of one version."""

    kind: FactKind
    text: str
    """The words as written, e.g. "two ballistic missiles"."""
    value: str
    """Canonical value: "2" for a count, "4200000" for money, a name, a date's words."""
    subject: str = ""
    """What it is about: the counted thing ("missile"), the currency ("USD"), the speaker."""
    sentence: int = -1
    start: int = -1
    end: int = -1
    detail: str = ""
    """For a person: the title words attached to the name ("Coastguard Commander")."""
    weak: bool = False
    """An article as a count ("a missile" is 1 missile): used only to match a number on
    the other side, never reported alone."""
    measure: bool = False
    """A measurement, not a count ("260 miles", "a 5.0 earthquake"), or a period, not a
    calendar date ("the 1990s"): reported when its sentence changed it, never alone
    with a sentence added or removed (the claim carries it)."""


@dataclass(slots=True)
class Change:
    """One change between the versions, said as a fact."""

    kind: ChangeKind
    fact: FactKind
    subject: str = ""
    before: str | None = None
    """As written in OLD (None for an addition)."""
    after: str | None = None
    """As written in NEW (None for a removal)."""
    before_value: str = ""
    after_value: str = ""
    old_sentences: list[int] = field(default_factory=list)
    new_sentences: list[int] = field(default_factory=list)

    @property
    def hidden(self) -> bool:
        """Rewording and trivial edits stay out of summaries unless asked for."""
        return self.kind in HIDDEN_KINDS

    def key(self) -> tuple[str, str, str, str, str]:
        return (self.kind, self.fact, self.subject, self.before_value, self.after_value)

    def describe(self) -> str:
        """One line for people (the kind is said separately):
        "quantity (missile): a ballistic missile → two ballistic missiles"."""
        what = self.fact + (f" ({self.subject})" if self.subject else "")
        if self.kind in HIDDEN_KINDS:
            return f"{self.before or ''} → {self.after or ''}"
        if self.before is not None and self.after is not None:
            return f"{what}: {self.before} → {self.after}"
        return f"{what}: {self.after if self.after is not None else self.before}"


def claim_update(before: str, after: str, i: int, j: int, subject: str = "resolved") -> Change:
    """The claim update of a removed OLD sentence ``i`` (``before``) by an added NEW
    sentence ``j`` (``after``): by default one that said something was pending by one
    that tells how it came out (``facts.resolved``); with ``subject`` "polarity", one
    statement turned round (``facts.flipped``). Both texts with their spacing
    collapsed."""
    old, new = " ".join(before.split()), " ".join(after.split())
    return Change("update", "claim", subject, old, new, old, new, [i], [j])
