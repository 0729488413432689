"""Groups of people a sentence speaks of ("hundreds of people gathered", "Fishermen
reacted with anger"): whom a "they" after them stands for, and whose "one" says "One
said"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storydiff.facts.marks import inside
from storydiff.facts.roles import AGENTS, PERSON_NOUNS, strip_article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PEOPLE = PERSON_NOUNS | AGENTS | {
    "person", "people", "child", "parent", "pupil", "villager", "farmer", "fan", "voter",
    "shopper", "trader", "protester", "demonstrator", "islander", "local", "tenant",
    "commuter", "patient", "survivor", "relative", "member", "supporter", "critic",
    "volunteer", "rescuer", "officer", "soldier", "firefighter", "miner", "fisher",
    "sailor", "crew", "staff", "guest", "visitor", "tourist", "expert", "analyst",
    "investor", "landlord", "homeowner", "shopkeeper", "user", "reader", "viewer",
    "listener", "parishioner", "mourner", "onlooker", "bystander", "colleague", "neighbor",
    "citizen", "migrant", "refugee", "prisoner", "inmate", "guard", "lecturer", "academic",
}  # fmt: skip
"""Nouns of people a group is said by ("fishermen", "villagers"): "One said" after them
is one of them."""


def people_group(name: str) -> bool:
    """Whether a group's name ends in a plural noun of people ("Fishermen", "angry
    villagers", "Vice-chancellors"), not of things ("Prices", "Ferries")."""
    words = name.lower().split()
    if not words:
        return False
    word = words[-1].rsplit("-", 1)[-1]
    if word in ("people", "children", "men", "women", "staff", "crew"):
        return True
    if word.endswith("men"):  # "fishermen", "chairwomen"
        return True
    forms = {word[:-1]} if word.endswith("s") else set()
    if word.endswith(("ies", "es")):
        forms |= {word[:-3] + "y", word[:-2]}
    return any(f in _PEOPLE for f in forms)


def group_subject(doc: Doc | Span, spans: list[tuple[int, int]]) -> str:
    """The plural subject of the sentence's main clause outside its quotes ("hundreds of
    people gathered"), whom a "they" after it stands for; "" when none. A word a hyphen
    joins stays whole ("Vice-chancellors", "hard-pressed fishermen"), and the capital of
    the sentence's first word goes unless it is a name ("Kestrel fishermen")."""
    for tok in doc:
        if (
            tok.dep_ == "nsubj"
            and tok.tag_ in ("NNS", "NNPS")
            and tok.head.dep_ == "ROOT"
            and tok.is_alpha
            and not inside(tok, spans)
        ):
            words = [
                t
                for t in tok.subtree
                if t.dep_ not in ("appos", "relcl", "acl") and (t.dep_ != "punct" or _joins(t))
            ]
            first = _hyphened(words[0])
            phrase = doc[first.i : words[0].i].text + "".join(t.text_with_ws for t in words)
            phrase = phrase.strip()
            common = first.pos_ != "PROPN" or people_group(phrase.split()[0])
            if first.is_sent_start and common:  # "Fishermen reacted": no name's capital
                phrase = phrase[:1].lower() + phrase[1:]
            return strip_article(phrase)
    return ""


def _joins(tok: Token) -> bool:
    """A hyphen inside a word ("hard-pressed")."""
    doc = tok.doc
    return tok.text == "-" and tok.i > 0 and not doc[tok.i - 1].whitespace_ and not tok.whitespace_


def _hyphened(first: Token) -> Token:
    """The first word of those a hyphen joins to the start of a phrase, which the parse
    may leave out ("Vice" of "Vice-chancellors"), else the phrase's first word."""
    doc, j = first.doc, first.i
    while j >= 2 and doc[j - 1].text == "-" and not doc[j - 2].whitespace_:
        j -= 2
    return doc[j]
