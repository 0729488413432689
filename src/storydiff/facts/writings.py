"""Writings that speak for someone: the documents whose issuer speaks ("the statement
said"), the writings a "which said" may belong to ("a story about the quay which
said"), whom a writing is from ("a letter from Tomas Varek"), and whom "the report
says" stands for (``by_author``: its author named a few sentences before)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storydiff.config import AUTHOR_REACH
from storydiff.facts.lexicon import STATEMENTS
from storydiff.facts.marks import inside
from storydiff.facts.roles import name_of
from storydiff.facts.speech import unglued

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

DOCUMENTS = STATEMENTS | {
    "release", "letter", "email", "message", "caption", "communique", "communiqué",
    "communiqués",  # a lemma of its own
    "alert", "advisory", "bulletin",
}  # fmt: skip
"""What someone issued: "the statement said" is its issuer speaking."""


def from_whom(noun: Token) -> Token | None:
    """Whom a writing is from or by ("a letter from Tomas Varek", "a report by the
    council"), else None: its author speaks, not who published it."""
    for prep in noun.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by"):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


WRITINGS = DOCUMENTS | {"story", "report", "article", "study", "survey", "paper", "memo"}

FILINGS = {
    "lawsuit": "lawsuit", "suit": "lawsuit", "complaint": "complaint",
    "petition": "petition", "indictment": "indictment", "affidavit": "affidavit",
}  # fmt: skip
"""Court papers that speak as themselves ("the lawsuit says", "the complaint alleges"),
by the word news calls each ("the suit" is the lawsuit): news credits their words to
the paper, not to the party or the lawyers who filed it."""

RULINGS = frozenset({"ruling", "judgment", "judgement"})
"""A court's writings that speak as the court ("the ruling said": the court named
last, ``callings.court_named``; not "the ministry's ruling", whose it says)."""

AUTHORED = WRITINGS | {"document", "commentary", "editorial", "column"}
"""Writings that speak in their author's voice when the text names one ("A document
prepared by the Harbour Department said", "A commentary published in the Kessla
Journal points out")."""

_AUTHORING = frozenset({"write", "sign", "author", "pen", "draft", "prepare"})
"""Participles of who wrote a writing: "written by" wins over "released by"."""
_PUBLISHING = frozenset({"publish", "post", "print", "release", "issue"})
_IN_PRINT = frozenset({"publish", "post", "print"})
"""Participles whose "in" or "on" says where a writing appeared, not where it was
issued ("issued in Norland")."""
_VENUES = frozenset({"website", "site", "page", "pages", "journal", "blog", "edition"})


def author_of(noun: Token) -> Token | None:
    """Whom a writing is by: ``from_whom`` of the noun, else of a participle of writing
    on it ("a letter written by Mara Kessla"), else of one of publishing ("a statement
    released by the Kessla Police"), else the organisation such a participle puts it
    in or on ("published in the Kessla Journal", "on the website of the Kessla
    Journal"; not "in March", not "in Norland"), else None; never a pronoun. Not
    whoever merely got it ("obtained by NTV")."""
    participles = _participles(noun)
    found = from_whom(noun)
    for verbs in (_AUTHORING, _PUBLISHING):
        for verb in (v for v in participles if v.lemma_.lower() in verbs):
            found = found or from_whom(verb)
    printed = noun.lemma_.lower() not in DOCUMENTS  # a letter in a paper is its writer's
    for verb in (v for v in participles if printed and v.lemma_.lower() in _IN_PRINT):
        found = found or _venue(verb)
    if found is None or found.pos_ == "PRON":
        return None
    return found


def _participles(noun: Token) -> list[Token]:
    """The participles on a writing ("released by X"), with one joined to them
    ("released by X and written by Y") and one the parser hung on where it appeared
    ("published in Z, written by Y"); not those of another writing inside it ("a
    statement about a report written by Y")."""
    found = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for verb in list(found):
        found += [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"]
        places = [o for p in verb.children if p.dep_ == "prep" for o in p.children]
        found += [g for o in places for g in o.children if g.dep_ == "acl" and g.tag_ == "VBN"]
    return found


def _venue(verb: Token) -> Token | None:
    """The organisation a participle of publishing puts a writing in or on."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "on")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.lemma_.lower() in _VENUES:  # "on the website of the Kessla Journal"
                of = [g for p in obj.children if p.lower_ == "of" for g in p.children]
                obj = next((g for g in of if g.dep_ == "pobj"), obj)
            if obj.pos_ == "PROPN" and obj.ent_type_ == "ORG":
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


_PUTTING = frozenset(
    {"post", "put", "issue", "release", "send", "publish", "flash", "display", "hang",
     "tape", "pin", "erect", "tweet", "write", "pen", "sign", "circulate", "distribute",
     "place", "leave", "share", "show", "tap"}  # "taped" read as "tap"
)  # fmt: skip
"""Verbs of putting a writing out for others to read ("put a sign in its window")."""


def posted(doc: Doc | Span, inside: Callable[[Token], bool]) -> str:
    """Who the sentence says puts out a writing ("Veltro is flashing an alert to
    users", "The bakery put a sign in its window"): its author when the sentence says
    whom it is from ("shared a tweet from the Kessla Police") or who put it up
    ("shared a notice the harbour board had taped": ``_made_by``), else the named or
    described subject of the verb of putting it out, else "" (not who received, saw or
    tore down one)."""
    for tok in doc:
        if tok.pos_ != "VERB" or inside(tok) or tok.lemma_.lower() not in _PUTTING:
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        for writ in (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _POSTED):
            author = author_of(writ) or _made_by(writ)
            if author is not None:
                return name_of(author)
            if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
                return name_of(subject)
    return ""


def _made_by(writ: Token) -> Token | None:
    """Who a clause on a writing says put it up ("a notice the harbour board had taped
    to the gate": the harbour board), else None."""
    for clause in (c for c in writ.children if c.dep_ in ("relcl", "acl")):
        if clause.lemma_.lower() in _PUTTING:
            maker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if maker is not None and maker.pos_ in ("NOUN", "PROPN"):
                return maker
    return None


def it_reads(subject: Token | None) -> bool:
    """Whether a sentence's speaker is only "it" or the writing itself that "reads"
    ("“…,” it reads.", "“…,” the text reads."): the words of a writing, whose putter
    (``posted``) the sentence before may name."""
    if subject is None or subject.head.lemma_.lower() != "read":
        return False
    the = [c.lower_ for c in subject.children] == ["the"]
    return subject.lower_ == "it" or (the and subject.lemma_.lower() in _READ)


_READ = _POSTED | {"text", "wording"}
"""Writings whose words a story gives as what they "read"."""


_BY_AUTHOR = AUTHORED - DOCUMENTS
"""Writings that speak for their author when named again ("the report says"); not a
statement or a letter, whose issuer the text says otherwise ("Prince Madumere's remark
was contained in a statement by his adviser")."""


def by_author(
    authored: dict[str, tuple[int, str]],
    doc: Doc | Span,
    spans: list[tuple[int, int]],
    named_by: Token | None,
    i: int,
) -> str | None:
    """The author of the writing "the report says" (``named_by``, in sentence ``i``)
    stands for: the one a sentence named within ``AUTHOR_REACH`` before ("… a 2019
    report by the Varnos inspector general …" "The report says …"); None when the
    writing names its own or none was named. Then the writings this sentence names with
    their authors are remembered in ``authored`` (by noun: the sentence and author)."""
    who = None
    if named_by is not None and named_by.lemma_.lower() in _BY_AUTHOR:
        at, author = authored.get(named_by.lemma_.lower(), (-9, ""))
        bare = [(c.dep_, c.lower_) for c in named_by.children if c.dep_ != "punct"]
        if bare == [("det", "the")] and author_of(named_by) is None and i - at <= AUTHOR_REACH:
            who = author  # not "the new report", "the second report": another one
    for tok in doc:
        if tok.lemma_.lower() in _BY_AUTHOR and tok is not named_by and not inside(tok, spans):
            by = author_of(tok)  # a writing with no author named: the one meant next
            authored[tok.lemma_.lower()] = (i, _named(unglued(by)) if by is not None else "")
    return who or None


def _named(author: Token) -> str:
    """An author's name: its recognised name (``name_of``), else its words up to it as
    written ("the Varnos inspector general, which found that … Dr. Marchetti led":
    "Varnos inspector general", not a person its clause names); "" for a time ("a
    report by March", "by the end of the year")."""
    if author.ent_type_ in ("DATE", "TIME") or author.lemma_.lower() in _TIMES:
        return ""
    ent = next((e for e in author.doc.ents if e.start <= author.i < e.end), None)
    if ent is not None:
        return name_of(author)
    words = [t for t in author.subtree if t.i <= author.i and t.dep_ not in ("det", "punct")]
    return "".join(t.text_with_ws for t in words).strip()


_TIMES = frozenset("end deadline time month year week day spring summer autumn fall winter".split())
