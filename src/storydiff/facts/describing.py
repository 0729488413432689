"""A subject that describes whom it means instead of naming them: an organisation by
what it is ("the company said": the one named last of that kind) or a person by role
("the lawmaker", "the senator from Texas": the person named last). ``quotes`` reads
them when it resolves a quote's speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storydiff.facts.names import named
from storydiff.facts.roles import ORG_NOUNS, ROLES, organisation_name, plural_name

if TYPE_CHECKING:
    from spacy.tokens import Token


def reorganised(subject: Token) -> bool:
    """A subject that names an organisation by what it is, with "the" and nothing else
    ("the company", "the publisher"; not "the appeals court", a court of its own)."""
    if subject.tag_ != "NN" or subject.lemma_.lower() not in ORG_NOUNS:
        return False
    the = [(c.dep_, c.lower_) for c in subject.children]
    if not the and subject.dep_ == "compound":  # "the publisher read", glued by the parse
        the = [(c.dep_, c.lower_) for c in subject.head.children if c != subject]
    return the == [("det", "the")]


def redescribed(subject: Token) -> bool:
    """A subject that describes a person by role with "the" and no name or owner ("the
    lawmaker", "the 83-year-old pontiff", "the lawmaker from Texas"), not "his lawyer",
    "the boy's father" or "the mayor of Brisvale". An organisation or a work may
    qualify the role ("the Labour Party leader", "the Footloose star"). Only roles a
    story gives someone it names (``ROLES``): "the former officer" after a suspect is
    someone else."""
    if subject.tag_ != "NN" or subject.lemma_.lower() not in ROLES:
        return False
    children = list(subject.children)
    if any(c.dep_ in ("poss", "appos", "relcl") or _prep_not_from_a_place(c) for c in children):
        return False
    if any(t.ent_type_ == "PERSON" for t in subject.subtree):
        return False  # a person's name ("the Ruiz campaign manager"): someone else
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children)


def _prep_not_from_a_place(child: Token) -> bool:
    """A prepositional phrase other than "from" a place ("the lawmaker from Texas")."""
    if child.dep_ != "prep":
        return False
    return child.lower_ != "from" or not any(t.ent_type_ in _PLACES for t in child.subtree)


_PLACES = ("GPE", "NORP", "LOC")
"""Names that only say where a role is ("the former Uttar Pradesh chief minister")."""


_OFFICIALS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson"})


def speaks_again(subject: Token | None, before: str) -> bool:
    """Whether a speech verb's subject is "the official" (or spokesman) with nothing but
    "the" (a clause after it may say more) and the person ``before``, who spoke in the
    sentence just before, is the one it means ("…, agency head Subejo said. “…,” said
    the official"): a person by name, not an organisation or a group."""
    if subject is None or subject.tag_ != "NN" or subject.lemma_.lower() not in _OFFICIALS:
        return False
    kids = [(c.dep_, c.lower_) for c in subject.children if c.dep_ not in ("relcl", "punct")]
    return (
        kids == [("det", "the")]
        and named(before)
        and not (organisation_name(before) or plural_name(before))
    )
