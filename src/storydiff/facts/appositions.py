"""Names a description beside them says are an organisation or a person: "38 North, a
website specializing in North Korea", "Coastline Monitor, a blog run by two pilots";
"Ulla Brandvik, a union organizer". The small model tags such names as places,
people or organisations, or only in part ("North"); the noun in apposition settles it
(``extract`` asks after the recogniser's facts)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from storydiff.facts.model import Fact
from storydiff.facts.roles import PERSON_NOUNS
from storydiff.facts.untagged_names import names_ending

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_BODY_NOUNS = frozenset(
    """website site blog newspaper magazine tabloid outlet publication broadcaster
    network channel newsletter agency group organization organisation nonprofit
    non-profit charity firm company startup consultancy tank institute foundation
    coalition association watchdog monitor lab laboratory""".split()
)
"""Nouns of a body or an outlet that, said of a name in apposition, make it one."""


def organisations_described(doc: Span, sentence: int, offset: int, facts: list[Fact]) -> list[Fact]:
    """``facts`` with each name that a body's noun describes in apposition ("38 North,
    a website …") as an organisation, in place of what the recogniser made of its
    words. Not a person whom the noun only belongs to ("Mara Quint, a group leader":
    the head is "leader")."""
    out = list(facts)
    for tok in doc:
        if tok.dep_ != "appos" or tok.lower_ not in _BODY_NOUNS or tok.i < tok.head.i:
            continue
        span = _name_of(doc, tok.head)
        if span is None:
            continue
        start, end = offset + span.start_char, offset + span.end_char
        if any(f.kind == "organization" and (f.start, f.end) == (start, end) for f in out):
            continue
        out = [f for f in out if not (start <= f.start and f.end <= end)]
        out.append(Fact("organization", span.text, span.text, "", sentence, start, end))
    return out


def _name_of(doc: Span, head: Token) -> Span | None:
    """The name whose last word is ``head``: the capitalised words and numbers before it
    that hang on it ("38 North", "Coastline Monitor"); None when ``head`` is no name."""
    if not head.text[:1].isupper() or not head.is_alpha:
        return None
    if head.pos_ in ("ADV", "ADJ", "X") and head.i == doc.start and not head.is_stop:
        # opening the sentence, a name the tagger did not know ("Penmarrow, the
        # island's ferry company,"), not a sentence adverb ("Meanwhile," is no noun's)
        return doc.doc[head.i : head.i + 1]
    if head.pos_ != "PROPN":
        return None
    return names_ending(doc, head, numbers=True)


_PEOPLE_NOUNS = (
    PERSON_NOUNS
    | {"organizer", "organiser", "analyst", "lawyer", "attorney", "engineer", "farmer"}
    | {"fisherman", "pilot", "volunteer", "strategist", "consultant", "historian"}
    | {"carpenter", "plumber", "electrician", "firefighter", "soldier", "miner", "baker"}
    | {"shopkeeper", "mechanic", "chef", "waiter", "waitress", "landlord", "tenant"}
    | {"retiree", "pensioner", "grandmother", "grandfather", "brother", "sister"}
    | {"clerk", "guard", "officer", "inspector", "detective", "sergeant", "technician"}
) - {"leader", "owner", "champion", "host", "star", "customer", "player", "friend", "manager"}
"""Nouns only a person is ("a union organizer", "a retired teacher"); not those a body
may be too ("a leader in batteries", "the owner of the port", "a major player")."""


def people_described(doc: Span, offset: int, facts: list[Fact]) -> list[Fact]:
    """``facts`` with a name the recogniser took for an organisation or a place that a
    person's noun describes in apposition ("Ulla Brandvik, a union organizer, said";
    "A clerk, Ivo Tamm, told him"), or that says what "he" or "she" did ("Sterling
    Hartwell said he had lost three jobs"), as the person it is."""
    out = _titled(doc, offset, facts)
    for tok in doc:
        appos = tok.dep_ == "appos"
        described = appos and tok.lemma_.lower() in _PEOPLE_NOUNS and tok.i > tok.head.i
        naming = appos and tok.head.lemma_.lower() in _PEOPLE_NOUNS and tok.i > tok.head.i
        if not (described or naming or _says_of_self(tok)):
            continue  # "X, a clerk,", "a clerk, X,", "X said he …"
        span = _name_of(doc, tok.head if described else tok)
        if span is None:
            continue
        start, end = offset + span.start_char, offset + span.end_char
        kinds = ("organization", "place") if described else ("organization",)
        out = [  # a place beside a person ("the governor, Harbour Street,") stays one
            replace(f, kind="person") if f.kind in kinds and (f.start, f.end) == (start, end) else f
            for f in out
        ]
    return out


_TITLES = _PEOPLE_NOUNS | {"chair", "secretary", "executive"}
"""Nouns only a person is, as a title before a name ("board chair", "chief
executive")."""


def _titled(doc: Span, offset: int, facts: list[Fact]) -> list[Fact]:
    """``facts`` with a name that a person's noun in lower case stands before as its
    title ("board chair Mara Post said", "spokeswoman Ana Globe"), which the
    recogniser took for an organisation in whole or in part, as the person it is;
    not a body whose name holds such a word ("the Teachers Union")."""
    out = list(facts)
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.dep_ == "compound":
            continue
        span = names_ending(doc, tok)
        title = doc.doc[span.start - 1] if span.start > doc.start else None
        if title is None or title.pos_ != "NOUN" or not title.text.islower():
            continue  # the word right before the name, wherever the parse hangs it
        if title.lemma_.lower() not in _TITLES:
            continue
        start, end = offset + span.start_char, offset + span.end_char
        near = [f for f in out if f.start < end and start < f.end]
        if not any(f.kind == "organization" for f in near) or any(f.kind == "person" for f in near):
            continue
        out = [f for f in out if f not in near]
        out.append(Fact("person", span.text, span.text, "", near[0].sentence, start, end))
    return out


_OWN_SAYING = frozenset("say tell add insist admit recall explain acknowledge".split())


def _says_of_self(name: Token) -> bool:
    """Whether a name is the subject of a verb of a person's own saying whose clause is
    about "he" or "she" ("Sterling Hartwell said he had lost …"): a person, not a body
    ("it"); not "reported" or "wrote", which an outlet does of someone else ("The
    Harbour Gazette reported that he had resigned")."""
    verb = name.head
    if name.dep_ != "nsubj" or name.pos_ != "PROPN" or verb.lemma_.lower() not in _OWN_SAYING:
        return False
    return any(
        c.dep_ == "ccomp"
        and any(g.dep_ == "nsubj" and g.lower_ in ("he", "she") for g in c.children)
        for c in verb.children
    )
