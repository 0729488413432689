"""Writings that speak for someone: the documents whose issuer speaks ("the statement
said"), the writings a "which said" may belong to ("a story about the quay which
said"), and whom a writing is from ("a letter from Tomas Varek")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storydiff.facts.lexicon import STATEMENTS

if TYPE_CHECKING:
    from spacy.tokens import Token

DOCUMENTS = STATEMENTS | {"release", "letter", "email", "message", "caption"}
"""What someone issued: "the statement said" is its issuer speaking."""


def from_whom(noun: Token) -> Token | None:
    """Whom a writing is from or by ("a letter from Tomas Varek", "a report by the
    council"), else None: its author speaks, not who published it."""
    for prep in noun.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by"):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


WRITINGS = DOCUMENTS | {"story", "report", "article", "study", "survey", "paper", "memo"}


def writing(noun: Token) -> Token:
    """The writing a "which said" that the parse hung on what it is about belongs to ("a
    story about her eating avocados which said": the story), else the noun itself."""
    tok = noun
    for _ in range(2):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            break
        tok = tok.head.head
        if tok.lemma_.lower() in WRITINGS and tok.pos_ == "NOUN":
            return tok
    return noun
