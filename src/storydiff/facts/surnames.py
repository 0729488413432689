"""A person's surname said alone where the recogniser tagged nothing: once a text
names someone in full ("Maria Gonzalez"), a later "Gonzalez" is that person, as
news writing names a person in full first and by surname after, while the small model
reads each sentence alone and often leaves a lone surname untagged.

A capitalised word is only read so where it is plainly a name: not the first word of
a sentence or a quotation (there a surname may be a common word, "Young people"),
unless a speech verb or a possessive follows it ("Rose said", "Rose's"); not inside a
run of capitalised words ("the Rose Garden"); not after "the" or a place's "in". It
then goes through the same rules as a name the recogniser tagged (``entities``:
bylines, credits, things and families), and the caller applies the sentence's own
filters (taglines, titles, subheads, datelines). Names re-kinded from another kind are
``names.people_by_name``'s."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storydiff.facts.entities import entity_facts
from storydiff.facts.model import Fact
from storydiff.facts.names import PLACE_PREPOSITIONS, surname
from storydiff.facts.roles import title_word
from storydiff.facts.speech import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NO_PERSON_AFTER = PLACE_PREPOSITIONS | {"the"}
"""Words before a capitalised word that make it a place or a thing ("in Lincoln",
"the Marsh"), not a person."""
_LEADS = {"CCONJ", "SCONJ", "ADV", "ADP", "PART", "INTJ"}
"""Parts of speech of a sentence's first word that may come before a surname ("But
Gonzalez said", "Then Gonzalez left")."""


def lone_surnames(
    doc: Doc, sentence: int, offset: int, people: set[str], common: set[str]
) -> list[Fact]:
    """Person facts for the surnames of ``people`` that ``doc`` says alone, untagged;
    ``offset`` maps the doc's characters into the text, and ``common`` holds the words
    the text writes in lower case (a surname among them may be a common word)."""
    from spacy.tokens import Span  # spaCy loads with the pipeline, not on import

    surnames = {surname(p) for p in people}
    out: list[Fact] = []
    for tok in doc:
        if tok.text not in surnames or tok.ent_type_ or not _alone(tok, common):
            continue
        part = Span(doc, tok.i, tok.i + 1, label="PERSON")
        out += [f for f in entity_facts(part, sentence, offset) if f.kind == "person"]
    return out


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(c.islower() for c in tok.text)


def _starts(tok: Token) -> bool:
    """The first word of the sentence, of a quotation or after a colon or a dash."""
    if tok.i == 0:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.is_space or (prev.is_punct and prev.text != ",")


def _alone(tok: Token, common: set[str]) -> bool:
    """A capitalised word that is a name by itself where it stands (module doc)."""
    if not _capital(tok):
        return False
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and after.text[:1].isupper():
        return False  # "the Rose Garden", "Label SJ"
    if _starts(tok):
        if after is not None and (after.tag_ == "POS" or after.lemma_ in SPEECH_VERBS):
            return True  # "Rose said", "Rose's"
        return _bare_subject(tok) and tok.lower_ not in common  # "Gonzalez left"
    prev = doc[tok.i - 1]
    if prev.lower_ in _NO_PERSON_AFTER and not (after is not None and after.tag_ == "POS"):
        return False
    if prev.text[:1].isupper() and not title_word(prev.text):
        return _starts(prev) and prev.pos_ in _LEADS  # "But Gonzalez said"
    return True


def _bare_subject(tok: Token) -> bool:
    """The subject of its clause with nothing before it that modifies it ("Gonzalez
    left", "Gonzalez, who ..."), not a word modifying another ("Young people")."""
    return tok.dep_ in ("nsubj", "nsubjpass") and all(c.i > tok.i for c in tok.children)
