"""A person's surname keeps its kind through a text: the small model tags "Anil Kumar
Bhadauria" a person and, two paragraphs on, "Bhadauria wrote to the council" a place,
or leaves it untagged. Where the text names a person in full, each lone mention of
their surname is retagged a person before anything reads the sentences, so who wrote,
who "he" is and which names a version has follow the person the text named."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_RETAGGED = frozenset({"", "GPE", "ORG", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
"""Kinds a lone surname is retagged from (not dates, numbers or a person already)."""


def _surnames(docs: list[Doc]) -> dict[str, tuple[int, int]]:
    """The last words of the people the text names with two or three words, each with
    where the text first names that person in full (sentence, token): not a part of a
    double-barrelled name, "Holt-Singh", nor of a longer run the model took for a
    name, "Oregon Liberal Tomas Brandt", nor a word the text also writes in lower case
    ("Novelist Ada Hope" and "hope is all they have")."""
    lower = {t.text for doc in docs for t in doc if t.is_lower}
    out: dict[str, tuple[int, int]] = {}
    for k, doc in enumerate(docs):
        for ent in doc.ents:
            if ent.label_ != "PERSON" or not 2 <= len(ent) <= 3 or ent[-2].text in _HYPHENS:
                continue
            last = ent[-1]
            if last.text[:1].isupper() and last.is_alpha and len(last.text) > 2:
                out.setdefault(last.text, (k, ent.end))
    return {n: at for n, at in out.items() if n.lower() not in lower}


def _lone(tok: Token) -> bool:
    """Whether ``tok`` stands alone as a name: its own entity or none, not a word of a
    longer name ("Bhadauria Road", "the Bhadauria family")."""
    if tok.ent_type_ not in _RETAGGED or tok.pos_ != "PROPN":
        return False
    if tok.ent_iob_ == "B" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I":
        return False
    if tok.ent_iob_ == "I":
        return False
    near = [t for t in (tok.nbor(-1) if tok.i else None, _next(tok)) if t is not None]
    if any(t.text in _HYPHENS for t in near):
        return False  # a part of "Holt-Singh"
    if tok.i and tok.nbor(-1).lower_ in ("the", "a", "an", "'s", "’s"):
        return False  # "the Marsh": a place; "Oregon's Brandt", read as a lone surname
    return not any(t.pos_ == "PROPN" for t in near) and tok.dep_ != "compound"


_HYPHENS = frozenset({"-", "–"})


def _next(tok: Token) -> Token | None:
    return tok.nbor() if tok.i + 1 < len(tok.doc) else None


def _whole_names(doc: Doc) -> None:
    """A person's name the model split, its last word tagged a place ("Anil Kumar" a
    person, "Bhadauria" a place), made one person's name."""
    from spacy.tokens import Span

    out: list[Span] = []
    joined = False
    for ent in doc.ents:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label_ == "PERSON"
            and ent.start == last.end
            and doc[last.end - 1].dep_ == "compound"
            and doc[last.end - 1].head.i == ent.start  # "Anil Kumar" on "Bhadauria"
            and len(ent) == 1
            and ent.label_ in _SPLIT
            and ent[0].pos_ == "PROPN"
            and ent[0].is_alpha
        ):
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")
            joined = True
        else:
            out.append(ent)
    if joined:
        doc.ents = out


_SPLIT = frozenset({"GPE", "NORP", "LOC"})
"""Kinds the model gives a person's last word when it splits the name."""


def one_kind(docs: list[Doc]) -> list[Doc]:
    """``docs`` (one text's sentences, parsed), each person's name the model split
    made whole, and each lone mention of a surname of a person the text named in full
    before it retagged a person."""
    for doc in docs:
        _whole_names(doc)
    surnames = _surnames(docs)
    if not surnames:
        return docs
    from spacy.tokens import Span

    for k, doc in enumerate(docs):
        found = [
            t for t in doc if t.text in surnames and (k, t.i) >= surnames[t.text] and _lone(t)
        ]  # after the person was named in full: "Floodwater closed the road" before
        # "Written by Maren Ostby Floodwater …" is no one
        if not found:
            continue
        spans = {(t.i, t.i + 1) for t in found}
        kept = [e for e in doc.ents if (e.start, e.end) not in spans]
        new = [Span(doc, t.i, t.i + 1, label="PERSON") for t in found]
        doc.ents = sorted(kept + new, key=lambda e: e.start)
    return docs
