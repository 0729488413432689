"""Who a sentence shows to be "he" or "she" by a possessive in their own clause
("President Tomas Varek noted the date in his remarks": Varek is "he"), when no one
else could own it. ``analysis`` adds these to the genders ``carry`` knows, so a later
"she said" is not given to a man the text never called anything (a person named
between her quotes: "“…,” the president responded. … “…,” she told reporters")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storydiff.facts.genders import gender_of
from storydiff.facts.marks import inside
from storydiff.facts.roles import PERSON_NOUNS, name_of, title_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_OWNERS = {"his": "he", "her": "she"}
_PRONOUNS = {
    "he": {"he", "him", "his", "himself", "they", "them", "their"},
    "she": {"she", "her", "hers", "herself", "they", "them", "their"},
}
"""The pronouns that may stand for another owner of a "his" or of a "her" (not "her"
for "his": "to her amazement, Varek noted it in his remarks")."""


def owned_genders(
    doc: Doc,
    quoted: list[tuple[int, int]],
    before: Doc | None = None,
    genders: dict[str, str] | None = None,
) -> list[tuple[str, str]]:
    """(name, "he" or "she") for each person named as the subject of a clause that
    holds "his" or "her" as a possessive (outside quotation marks), after the name,
    when nothing else could own it: no other person in that clause, and none in the
    sentence ``before`` this one whom the possessive could mean (a name, a person
    noun, a pronoun of that gender; a name ``genders`` marks as the other gender does
    not count: "Ms. Channing …. President Clinton noted it in his remarks"). "Ana Ruiz
    lost her seat" makes Ruiz "she"; "Ana Ruiz praised the boy for his courage", "To
    his surprise, Ruiz …" and "A boy swam the bay. Ana Ruiz read his letter" make no
    one anything. A name given both in one sentence is given neither."""
    known = genders or {}
    found: dict[str, set[str]] = {}
    for tok in doc:
        if tok.dep_ != "poss" or tok.lower_ not in _OWNERS or inside(tok, quoted):
            continue
        verb = _clause_verb(tok)
        if verb is None:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or not _one_named_person(subjects[0]):
            continue
        subject = subjects[0]
        if tok.i < subject.right_edge.i:
            continue  # "To her surprise, Varek …": a word before the name may be anyone's
        said = _OWNERS[tok.lower_]
        own = {t.i for t in subject.subtree} | {tok.i, tok.head.i}
        if any(_a_person(t, said, known) for t in verb.subtree if t.i not in own):
            continue
        if before is not None and any(_a_person(t, said, known) for t in before):
            continue  # "A boy swam the bay. Ana Ruiz read his letter aloud."
        found.setdefault(_untitled(name_of(subject)), set()).add(said)
    return [(name, said.pop()) for name, said in found.items() if len(said) == 1]


def _untitled(name: str) -> str:
    """A name without the titles and what comes before them ("Harbour Chief Ana
    Ruiz" -> "Ana Ruiz"), the form speakers are given in."""
    words = name.split()
    last = max((k for k, w in enumerate(words[:-1]) if title_word(w)), default=-1)
    return " ".join(words[last + 1 :])


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose clause holds ``tok``: the first verb up its heads."""
    head = tok.head
    while head.pos_ not in ("VERB", "AUX"):
        if head.head.i == head.i:
            return None
        head = head.head
    return head


def _one_named_person(subject: Token) -> bool:
    """A subject that is one person's name ("President Tomas Varek"), not two joined
    ("Varek and Ruiz") nor a name inside a longer phrase ("Varek's lawyer")."""
    if subject.pos_ != "PROPN" or subject.ent_type_ not in ("PERSON", ""):
        return False  # a name the model did not tag may be a person's ("Ana Ruiz")
    return not any(c.dep_ in ("conj", "poss", "appos") for c in subject.children)


def _a_person(tok: Token, said: str, known: dict[str, str]) -> bool:
    """A word that names or says a person who may be ``said`` ("he" or "she"): a
    name not marked as the other gender, a noun of a person, a pronoun of theirs."""
    if tok.ent_type_ == "PERSON":
        other = "she" if said == "he" else "he"
        name = next((e.text for e in tok.doc.ents if e.start <= tok.i < e.end), tok.text)
        return gender_of(known, _untitled(name)) != other
    if tok.pos_ == "PRON":
        return tok.lower_ in _PRONOUNS[said]
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_NOUNS
