"""An organisation called by what it is instead of its name ("the company said", "the
retailer", "the social network": the one named last of that kind, ``reorganised``,
``company_before``), whom a document that speaks is from (``issuer_of``: "a
police statement said", "a company statement"; ``court_named``: "the ruling said"),
the organisations a sentence names (``orgs_named``) and describes as companies
(``companies_described``), and the one its main clause is about by a noun alone
(``organisation_subject``: "The ministry issued …"). ``quotes`` and ``carry`` read
them when they resolve a quote's speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storydiff.facts.attributions import SAYS_KIND, institution, kind_rank, of_kind_named
from storydiff.facts.marks import inside
from storydiff.facts.roles import (
    ORG_NOUNS,
    name_of,
    organisation_name,
    person_by_role,
    strip_article,
)
from storydiff.facts.speech import unglued
from storydiff.facts.writings import author_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token


COMPANY_EPITHETS = frozenset(
    """retailer automaker carmaker carrier lender insurer drugmaker chipmaker giant
    startup conglomerate manufacturer maker supplier""".split()
)
"""Nouns by which news calls a company named before ("the automaker said", "the
appliance maker said")."""
_CALLINGS = ORG_NOUNS | COMPANY_EPITHETS
"""Nouns that call an organisation named before by what it is (``reorganised``)."""
_TRADE_HEADS = COMPANY_EPITHETS | {
    "company", "firm", "network", "airline", "operator", "broadcaster", "publisher",
}  # fmt: skip
"""Of those, the ones news may give the company's trade ("the social network", "the
ride-hailing company", "the tech giant"); a court, a ministry or a council so qualified
is one of its own ("the appeals court"), and so are a group and a bank ("the rights
group", "the central bank")."""
_TRADE_WORDS = frozenset("social online tech technology media software".split())
"""Adjectives of a trade ("the social network"); not a relation ("the rival
carrier", "the national airline", "the other company": another company)."""
_RELATIONS = frozenset(
    "sister parent partner rival competitor target subsidiary affiliate holding".split()
)
"""Nouns of a company's relation to another, no trade ("the parent company")."""


def reorganised(subject: Token) -> bool:
    """A subject that names an organisation by what it is, with "the" and nothing else
    ("the company", "the publisher"; not "the appeals court", a court of its own), or
    a company by its trade (``_trade``: "the social network", "the ride-hailing
    company"; no name in it)."""
    lemma = subject.lemma_.lower()
    if subject.tag_ != "NN" or lemma not in _CALLINGS:
        return False
    children = list(subject.children)
    if not children and subject.dep_ == "compound":  # "the publisher read", glued
        children = [c for c in subject.head.children if c != subject]
    if lemma in _TRADE_HEADS:
        children = [c for c in children if not _trade(c)]
    return [(c.dep_, c.lower_) for c in children] == [("det", "the")]


def company_called(subject: Token) -> bool:
    """A subject that calls a company by what it is ("the company", "the retailer",
    "the social network"): it may stand for one named earlier in its own sentence
    ("Orvane recalled its pies, the company said")."""
    return subject.lemma_.lower() in _TRADE_HEADS and reorganised(subject)


def company_before(doc: Doc | Span, subject: Token, spans: list[tuple[int, int]]) -> str:
    """The company named before ``subject`` in its sentence that it may stand for
    (``orgs_named``, never a place): the only one, or of several the last that
    acts, a subject ("Orvane Foods sued Kessla Markets, and the company said": Orvane
    Foods), else the last cited after "according to", also where the recogniser
    tagged no organisation ("…, according to Loopline, although the social network
    said": Loopline); else ""."""
    named = [
        (root, name) for root, name in orgs_named(doc[: subject.i - doc[0].i], spans)
        if root.ent_type_ in ("", "ORG")
    ]  # fmt: skip
    if len(named) > 1:
        acting = [(root, name) for root, name in named if root.dep_ in _ACTS]
        named = acting or [(root, name) for root, name in named if cited(root)]
    return named[-1][1] if named else ""


_ACTS = ("nsubj", "nsubjpass")


def issuer_of(document: Token) -> str:
    """Who a document speaking is from: its author ("The blog post, written by Mara
    Kessla, said", "A statement released by the Kessla Police said", ``author_of``) or
    the name it belongs to ("The Loopline blog post", "Kestrel's statement") or the
    institution ("a police statement", "a government statement"; "a company
    statement" is the company named before: ``company_statement``), else ""."""
    author = author_of(document)
    person = next(
        (t for t in document.subtree if t.ent_type_ == "PERSON" and t.i != document.i), None
    )
    if author is not None and (author.pos_ == "PROPN" or person is None):
        return name_of(unglued(author))
    if person is not None:
        return name_of(person)  # "a letter from lawyers for Tomas Varek": Varek
    for child in document.children:
        if child.dep_ in ("compound", "poss") and child.pos_ == "PROPN":
            return name_of(child)
    for child in document.children:  # "a police statement said": the police's
        if child.dep_ == "compound" and institution(child) and child.lemma_ not in _TRADE_HEADS:
            return name_of(child)  # ("a company statement": the company named before)
    return ""


def company_statement(document: Token, orgs: Sequence[str], earlier: Sequence[str]) -> str:
    """Whose "a company statement" is: the company named before (``of_kind_named``),
    else the noun itself, never a person; "" for any other document."""
    for child in document.children:
        if child.dep_ == "compound" and child.lemma_.lower() in _TRADE_HEADS:
            return of_kind_named(child, orgs, earlier) or name_of(child)
    return ""


def _trade(modifier: Token) -> bool:
    """A modifier that says a company's trade, with no name in it: a noun ("the
    food company"), a hyphened word ("ride-hailing", "frozen-food") or an adjective of
    a trade (``_TRADE_WORDS``)."""
    words = list(modifier.subtree)
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") for t in words):
        return False
    hyphened = any(t.text == "-" for t in words)
    noun = modifier.dep_ == "compound" and modifier.pos_ == "NOUN"
    if modifier.lemma_.lower() in _RELATIONS:
        return False  # "the sister company", "the parent company": another company
    return modifier.dep_ in ("amod", "compound") and (
        noun or hyphened or modifier.lower_ in _TRADE_WORDS
    )


def orgs_named(doc: Span | Doc, quoted: list[tuple[int, int]]) -> list[tuple[Token, str]]:
    """The organisations the sentence names outside its quotes, each by its root and
    name, in the order named, not the outlet it was told to ("told Global News") nor
    a line or unit someone owns ("the company's Hearthline models"); a
    name cited "according to" counts as one unless it is a person's ("According to
    Knopf, …")."""
    found: list[tuple[Token, str]] = []
    for ent in doc.ents:
        root = ent.root
        told = root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() == "tell"
        owned = root.dep_ == "compound" and any(_body_owns(c) for c in root.head.children)
        if person_by_role(root):
            continue  # "Helena Strand, the information commissioner,", tagged ORG
        if ent.label_ == "ORG" and not (told or owned) and not inside(root, quoted):
            found.append((root, strip_article(ent.text)))
    at = found[-1][0].i if found else -1
    for tok in doc:
        if cited(tok) and tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" and tok.i > at:
            found.append((tok, name_of(tok)))
            at = tok.i
    return sorted(found, key=lambda f: f[0].i)


def main_organisation(doc: Doc | Span, spans: list[tuple[int, int]]) -> str:
    """The organisation named as the main clause's subject, as ``orgs_named`` names it
    ("The Kessla Port Authority fined …"), or a name an apposition says is a company
    ("Orvane, a maker of frozen pies,": ``described_company``), which "it" and "the
    company" stand for next before one named after it; else ""."""
    for tok in doc:
        main = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"
        if main and tok.ent_type_ == "ORG" and not inside(tok, spans):
            ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
            return strip_article(ent.text) if ent is not None else ""
        if main and described_company(tok) and not inside(tok, spans):
            return name_of(tok)  # "Orvane, a Halvern-based maker of frozen pies, said"
    return ""


def companies_described(doc: Doc | Span, spans: list[tuple[int, int]]) -> list[str]:
    """The names a sentence describes as a company by an apposition ("Corvane Rail,
    Ostland's largest freight rail operator,"; "Orvane, a maker of frozen pies,"), in
    order: whom "the company" may stand for paragraphs later."""
    roots = [root for root, _ in orgs_named(doc, spans)]
    roots += [t for t in doc if described_company(t) and not inside(t, spans)]
    return [
        name_of(root) for root in sorted(roots, key=lambda t: t.i)
        if any(c.dep_ == "appos" and c.lemma_.lower() in _TRADE_HEADS for c in root.children)
    ]  # fmt: skip


def described_company(tok: Token) -> bool:
    """A name the model left untagged or took for a place that an apposition says is a
    company ("Orvane, a Halvern-based maker of frozen pies,", "Veltro, the state-owned
    utility,")."""
    return (
        tok.pos_ == "PROPN"
        and tok.ent_type_ not in ("PERSON", "ORG")
        and any(c.dep_ == "appos" and c.lemma_.lower() in _CALLINGS for c in tok.children)
    )


def cited(tok: Token) -> bool:
    """Whether a word is what "according to" cites."""
    return tok.dep_ == "pobj" and tok.head.head.lower_ == "according"


def _body_owns(word: Token) -> bool:
    """Whether a word is a body called by what it is that owns what follows it ("the
    company's", "the parent company's", "its", "their"), not a name, which may be a place or a
    person ("Marlow's Orrin Dynamics plant"), nor a place ("the city's Harrow Transit
    drivers")."""
    if word.dep_ != "poss":
        return False
    return word.lower_ in ("its", "their") or word.lemma_.lower() in _CALLINGS


def court_named(names: Sequence[str], earlier: Sequence[str] = ()) -> str:
    """The court a ruling that speaks is from: of ``names`` (the last naming
    sentence's), else of ``earlier``, the last whose name has the word ("Merrin Supreme
    Court"; not initials, "BBC"); "" when none does."""
    for group in (names, earlier):
        courts = [name for name in group if kind_rank("court", name) == SAYS_KIND[0]]
        if courts:
            return courts[-1]
    return ""


def organisation_subject(doc: Doc | Span, spans: list[tuple[int, int]]) -> str:
    """The organisation the main clause is about when only a noun says which ("The
    ministry issued new guidance", "The airline cancelled 40 flights"): the definite
    noun phrase, which "it" may stand for next; "" when the subject is anything else."""
    for tok in doc:
        if (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.dep_ == "ROOT"
            and tok.pos_ == "NOUN"
            and not tok.ent_type_
            and not inside(tok, spans)
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts)
        ):
            phrase = doc[tok.left_edge.i : tok.i + 1].text
            return phrase if organisation_name(phrase) else ""
    return ""
