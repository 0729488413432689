"""Writings that speak for someone: the documents whose issuer speaks ("the statement
said"), the writings a "which said" may belong to ("a story about the quay which
said"), and whom a writing is from ("a letter from Tomas Varek")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from storydiff.facts.lexicon import STATEMENTS
from storydiff.facts.roles import name_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

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

AUTHORED = WRITINGS | {"document", "commentary", "editorial", "column"}
"""Writings that speak in their author's voice when the text names one ("A document
prepared by the Harbour Department said", "A commentary published in the Kessla
Journal points out")."""

_PUBLISHING = frozenset({"publish", "post", "print", "prepare", "release", "issue", "write"})
_VENUES = frozenset({"website", "site", "page", "pages", "journal", "blog", "edition"})


def author_of(noun: Token) -> Token | None:
    """Whom a writing is by: ``from_whom`` of the noun or of a participle on it ("a
    statement released by the Kessla Police"), or the publication a participle of
    publishing puts it in ("published in the Kessla Journal", "on the website of the
    Kessla Journal"), else None."""
    found = from_whom(noun)
    for verb in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        if found is None and verb.lemma_.lower() in _PUBLISHING:  # not "obtained by NBC"
            found = from_whom(verb) or _venue(verb)
    if found is None or found.pos_ == "PRON":
        return None
    return found


def _venue(verb: Token) -> Token | None:
    """The named publication a participle of publishing puts a writing in or on."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "on")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.lemma_.lower() in _VENUES:  # "on the website of the Kessla Journal"
                of = [g for p in obj.children if p.lower_ == "of" for g in p.children]
                obj = next((g for g in of if g.dep_ == "pobj"), obj)
            if obj.pos_ == "PROPN":
                return obj
    return None


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


_POSTED = DOCUMENTS | {
    "alert", "notice", "sign", "post", "tweet", "note", "banner", "warning", "placard",
    "poster", "memo", "flyer", "leaflet",
}  # fmt: skip
"""What someone puts up or sends out for others to read ("flashing an alert", "put a
sign in its window")."""


def posted(doc: Doc | Span, inside: Callable[[Token], bool]) -> str:
    """Who the sentence says puts out a writing ("Veltro is flashing an alert to
    users", "The bakery put a sign in its window"): the named or described subject of
    the verb whose object the writing is, else ""."""
    for tok in doc:
        if tok.pos_ != "VERB" or inside(tok):
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in _POSTED for c in tok.children):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
            return name_of(subject)
    return ""


def read_aloud(subject: Token | None, poster: str) -> str:
    """Whose words a quote is when its sentence says only that "it reads" ("“…,” it
    reads." after "Veltro is flashing an alert"): ``poster``, who put out the writing
    the sentence before, else ""."""
    if subject is None or subject.lower_ != "it" or subject.head.lemma_.lower() != "read":
        return ""
    return poster
