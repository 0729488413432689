"""What a sentence says about who is speaking besides its own quotes, for ``carry``
to move who is speaking on: the person subjects of its clauses, the pronoun its main
clause is about, whom a sentence without a speech verb is about, and the speaker of a
sentence that only says who spoke ("Mr. Trump wrote on Twitter.")."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from storydiff.facts.describing import said_anew
from storydiff.facts.genders import HONORIFICS
from storydiff.facts.marks import inside, quote_spans
from storydiff.facts.model import Fact
from storydiff.facts.names import PLACE_PREPOSITIONS, unpossessed
from storydiff.facts.quotes import PERSONAL
from storydiff.facts.roles import (
    ROLES,
    compound_head,
    name_of,
    names_whose,
    organisation_name,
    title_word,
)
from storydiff.facts.speech import SPEECH_VERBS, subject_of

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Doc, Span, Token

    from storydiff.text.sentences import Sentence


def person_subjects(
    doc: Doc | Span, spans: list[tuple[int, int]] | None = None, asides: bool = True
) -> tuple[str, str]:
    """The person subject of the sentence's main clause (or of the clause its quote
    hangs on) and the last person subject of any clause, outside its quotes ("" when
    none); not ``asides``: of no relative clause or apposition ("Amazon, whose
    founder, Jeff Bezos, owns a paper"). An organisation's subject that names a person
    ("The Port Authority, led by Tomas Varek, said") is no person subject; the person
    it names is the last person."""
    if spans is None:
        spans = quote_spans(doc.text)
    found, main = "", ""
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") and not cleft_focus(tok):
            continue
        if inside(tok, spans) or _let(tok):
            continue
        if not asides and any(a.dep_ in _ASIDES for a in (tok, *tok.ancestors)):
            continue
        people = [t for t in tok.subtree if t.ent_type_ == "PERSON" and not inside(t, spans)]
        if not people and (_untagged_name(tok) or _who(tok)):
            people = [tok]  # "Ana Ruiz lost the election": a name the model did not tag
        # "The Trump administration": a name that only says whose, no one new
        people = [t for t in people if not names_whose(t, tok) and not _placed(t)]
        if people:
            found = name_of(tok)
            if tok.ent_type_ == "ORG" or organisation_name(found):
                found = name_of(people[-1])  # "The Port Authority, led by Tomas Varek"
                continue
            verb = tok.head
            if not main and (verb.dep_ == "ROOT" or inside(verb.head, spans)):
                main = found  # the main clause's (or one the quote hangs on) subject
            elif main and verb.dep_ == "conj" and verb.head.dep_ == "ROOT":
                main = found  # "Ramos did not speak, but his mother, Karen Farmer, stood"
    return main, found


_CAUSING = frozenset("let make have help see watch hear".split())


def _let(tok: Token) -> bool:
    """Whether ``tok`` is whom a verb of letting or making has do something ("letting
    Trump frame the debate"): the parse's subject of the bare verb after it, whom the
    sentence is not about."""
    verb = tok.head
    return (
        verb.tag_ == "VB"
        and verb.dep_ in ("ccomp", "xcomp")
        and verb.head.lemma_.lower() in _CAUSING
        and not any(c.dep_ == "aux" for c in verb.children)
    )


def cleft_focus(tok: Token) -> bool:
    """What a cleft sentence is about: X in "it was X who summed it up" (the copula's
    complement, with "it" as its subject and the clause after it on X)."""
    verb = tok.head
    return (
        tok.dep_ == "attr"
        and verb.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)
        and any(t.dep_ == "relcl" for t in tok.subtree)  # on X or on X's apposition
    )


def surname_subject(doc: Doc | Span, spans: list[tuple[int, int]], known: dict[str, str]) -> str:
    """The person a lone surname names as the subject of the main clause or of a clause
    before it ("While Nebraska's Ashford backed …, he said"), where the model tagged
    no person but the text named someone of that surname in full before (``known``,
    by surname: "Eastman, his primary challenger, is pressing the attack." after "said
    Ruth Eastman"): their full name, else "". A place's possessive may stand before
    the surname, or words without a proper noun ("World No. 13 Ashford"); the model's
    organisation or place for the surname is its guess from the sentence alone."""
    for tok in doc:
        verb = tok.head  # the main clause's, or that of a clause before it
        if tok.dep_ != "nsubj" or not (
            verb.dep_ == "ROOT" or (verb.dep_ == "advcl" and verb.i < verb.head.i)
        ):
            continue
        if tok.ent_type_ not in ("", "ORG", "GPE", "NORP") or tok.pos_ != "PROPN":
            continue
        before = [c for c in tok.children if c.i < tok.i]
        if inside(tok, spans) or not all(_plain_before(c) for c in before):
            continue
        if tok.text in known:
            return known[tok.text]
    return ""


def _plain_before(child: Token) -> bool:
    """What may stand before a lone surname that names a person: a place's possessive
    ("Nebraska's Ashford"), or words without a proper noun ("World No. 13 Ashford")."""
    if child.dep_ == "poss":
        return child.ent_type_ == "GPE"
    return all(t.pos_ != "PROPN" for t in child.subtree)


def _untagged_name(tok: Token) -> bool:
    """A subject that reads as a person's full name the model tagged as nothing: two
    or three capitalised proper nouns ("Ana Ruiz"), none a title, no organisation's
    name, nothing else in its phrase; what a cleft sentence is about may have titles
    before it and more after ("it was Councillor Ule Stavro of Kestrel Bay, the
    board's No. 2 member, who")."""
    words = list(tok.subtree)
    if cleft_focus(tok):
        words = [w for w in words if (w.i <= tok.i and w.dep_ == "compound") or w.i == tok.i]
        while len(words) > 2 and title_word(words[0].text):
            words = words[1:]
    if tok.pos_ != "PROPN" or not 2 <= len(words) <= 3 or words[-1].i != tok.i:
        return False
    if any(w.pos_ != "PROPN" or w.ent_type_ or not w.text[:1].isupper() for w in words):
        return False
    text = " ".join(w.text for w in words)
    return not organisation_name(text) and not any(title_word(w.text) for w in words)


def _who(tok: Token) -> bool:
    """A name of two or three words the model took for a place or a building, which a
    relative clause says is someone ("Yusuf Arden, who runs a pharmacy, said")."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in ("PERSON", "ORG"):
        return False
    names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    clauses = [c for c in tok.rights if c.dep_ == "relcl"]
    return 1 <= len(names) <= 2 and any(
        next(iter(c.subtree)).lower_ in ("who", "whose") for c in clauses
    )


_BYLINE = re.compile(r"\b[Bb]y\s*$")


def full_names(
    facts: list[Fact], quoted: list[tuple[int, int]], s: Sentence
) -> list[tuple[str, int]]:
    """The people a sentence names in full outside its quotes, with where each begins
    in it ("Maren Ostby’s Instagram": "Maren Ostby"); a byline's author ("Written by
    X", "By X") is none."""
    at = s.start
    return [
        (unpossessed(f.value), f.start - at)
        for f in facts
        if f.kind == "person"
        and len(f.value.split()) >= 2
        and not any(a <= f.start - at < b for a, b in quoted)
        and not _BYLINE.search(s.text, 0, max(0, f.start - at))
    ]


def titled_surnames(
    doc: Doc | Span, spans: list[tuple[int, int]], known: dict[str, str]
) -> list[tuple[str, int]]:
    """The people a sentence names by honorific and surname outside its quotes ("it led
    Ms. Varga to say"), where the text named someone of that surname in full before
    (``known``, by surname), with where each begins in it: their full names. The
    papers that call a person "Ms. Varga" after the first time name no one in full
    again."""
    return [
        (known[name.text], tok.idx)
        for tok, name in itertools.pairwise(doc)
        if tok.text.rstrip(".") in HONORIFICS and name.text in known and not inside(name, spans)
    ]


def named_people(
    doc: Doc | Span,
    facts: list[Fact],
    quoted: list[tuple[int, int]],
    s: Sentence,
    known: dict[str, str],
) -> list[tuple[str, int]]:
    """The people a sentence names in full (``full_names``) or by honorific and a
    surname named in full before (``titled_surnames``), in the order it names them."""
    found = [*full_names(facts, quoted, s), *titled_surnames(doc, quoted, known)]
    return sorted(found, key=lambda person: person[1])


def in_passing(doc: Doc | Span, at: int) -> bool:
    """Whether the name at character ``at`` is named in passing (``_passing``)."""
    tok = next((t for t in doc if t.idx >= at), None)
    return tok is not None and _passing(tok)


def _placed(name: Token) -> bool:
    """A name in a phrase of place ("The ice near Franz Josef glacier turned brown")."""
    tok = compound_head(name)
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPOSITIONS


def _passing(name: Token) -> bool:
    """Whether a name is named in passing: in a list of names ("authors included Ana
    Ruiz, Mila Okafor and Eli Strand", whatever the model tagged; not "Tomas Varek and
    his crew") or as a place ("the ice near Franz Josef glacier"): "he" or "she" stands
    for none of them."""
    if _placed(name):
        return True
    tok = compound_head(name)
    joined = [
        *([tok.head] if tok.dep_ == "conj" else []),
        *(c for c in tok.children if c.dep_ == "conj"),
    ]
    return any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in joined)


_THINKING = frozenset({"feel", "believe", "think", "hope", "fear", "reckon", "worry"})


def thinks(doc: Doc | Span, spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence's main clause says what someone thinks, outside its quotes
    ("He feels that the visitors …", "Ruiz believes the port …")."""
    return any(
        t.dep_ == "ROOT"
        and t.lemma_.lower() in _THINKING
        and not inside(t, spans)
        and any(c.dep_ == "ccomp" for c in t.children)  # not "She fears for her son."
        for t in doc
    )


_ASIDES = frozenset({"relcl", "acl", "appos"})


def again(doc: Doc | Span, spans: list[tuple[int, int]], pronoun: str) -> bool:
    """Whether ``pronoun`` is the subject of two clauses of the sentence, outside its
    quotes ("He told the paper that in fits of pique with Amazon, whose founder, Jeff
    Bezos, …, he would refuse"): the sentence goes on about the same person, whoever it
    names between."""
    subjects = [
        t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ == pronoun
        and not inside(t, spans)
    ]  # fmt: skip
    return len(subjects) >= 2


def joint_subjects(doc: Doc | Span, spans: list[tuple[int, int]]) -> list[str]:
    """The people joined to a subject by "and" ("Mrs. Marrow and Mr. Varek toured the
    quay": "Tomas Varek"; "Ruth Calder and her neighbor Pavel Indra watched": "Pavel
    Indra"), and a person subject of a reported clause ("Economy Minister Tomas Berecz
    will meet Osterfeld, his spokeswoman, Anika Sorel, said": "Tomas Berecz"), outside
    the quotes: whom a "he" or "she" after may stand for as much as the subject."""
    found = []
    for tok in doc:
        if tok.dep_ in ("nsubj", "nsubjpass") and not inside(tok, spans):
            if tok.ent_type_ == "PERSON" and tok.head.dep_ == "ccomp":
                found.append(name_of(tok))
            for conj in tok.conjuncts:
                named = [c for c in conj.children if c.dep_ == "appos"]  # "her neighbor X"
                for person in [conj] if conj.ent_type_ == "PERSON" else named:
                    if person.ent_type_ == "PERSON" and not inside(person, spans):
                        found.append(name_of(person))
    return found


def joined_people(doc: Doc | Span, spans: list[tuple[int, int]]) -> str:
    """The people a subject names joined by "and" ("Comics Ana Ruiz and Tom Hale are
    set to marry": "Ana Ruiz and Tom Hale"), outside the quotes; "" when none."""
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.ent_type_ != "PERSON":
            continue
        joined = [c for c in tok.conjuncts if c.ent_type_ == "PERSON" and not inside(c, spans)]
        if joined and not inside(tok, spans):
            return " and ".join(name_of(t) for t in (tok, *joined))
    return ""


_PAGE_VERBS = {"continue"}
"""Speech verbs of page furniture ("Story continues below advertisement"):
a sentence of them alone names no speaker of the quote before."""


def trailing_speaker(doc: Doc | Span, spans: list[tuple[int, int]]) -> Token | None:
    """The subject of a speech verb that says nothing of its own ("Mr. Trump wrote on
    Twitter." after a sentence that ended inside a quote: the splitter cut "…!” Mr.
    Trump wrote" in two; "King asked Scott.": whom it was said to is no words), else
    None."""
    if spans:
        return None
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma in SPEECH_VERBS - _PAGE_VERBS and tok.pos_ == "VERB" and tok.dep_ == "ROOT":
            if any(_said_words(c) for c in tok.children):
                return None
            subject = subject_of(tok, spans)
            if subject is not None and tok.i > subject.i:
                return subject
    return None


def _said_words(child: Token) -> bool:
    """A speech verb's dependant that says what was said ("wrote that …", "said
    something"), not a person it was said to ("asked Scott", "told him")."""
    if child.dep_ == "dobj":
        return child.ent_type_ != "PERSON" and child.tag_ not in ("PRP", "NNP")
    return child.dep_ in ("ccomp", "xcomp", "parataxis")


def narrator(
    doc: Doc | Span,
    spans: list[tuple[int, int]],
    person: str = "",
    titles: Mapping[str, str] | None = None,
) -> str | None:
    """Whom a sentence without a speech verb is about: the subject of the clause its
    first quote hangs on, outside the quotes. A person by role ("The federal judge
    cited the state's “…”") by that description, or ``person``, named last, when the
    role describes them anew as the text titled them ("The chairman also dismissed …
    as “…”" after "Gideon Farrow, the commission's chairman": ``said_anew``); anyone else (a pronoun
    aside) as "" (no one known: "The town has a “long history”" quotes neither the
    town nor the speaker before); None when that clause has no subject of its own."""
    if not spans:
        return None
    a, b = spans[0]
    words = [t for t in doc if a <= t.idx < b and not t.is_punct]
    for anc in words[0].ancestors if words else ():
        if inside(anc, spans):
            continue
        for tok in anc.children:
            if tok.dep_ in ("nsubj", "nsubjpass") and not inside(tok, spans):
                if tok.pos_ not in ("NOUN", "PROPN"):
                    return None
                if said_anew(tok, person, titles or {}, strict=True):
                    return person
                return name_of(tok) if tok.lemma_.lower() in ROLES else ""
    return None


def personal_subject(doc: Doc | Span, spans: list[tuple[int, int]]) -> str:
    """The "he" or "she" (or "I") that is the subject of the sentence's main clause
    outside its quotes (the person it goes on about), lower-cased, else ""."""
    for t in doc:
        if (
            t.dep_ == "nsubj"
            and t.lower_ in PERSONAL
            and t.head.dep_ == "ROOT"
            and not inside(t, spans)
        ):
            return t.lower_
    return ""


def pronoun_subject(doc: Doc | Span, spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence's main clause has "he" or "she" as its subject outside its
    quotes (the person it goes on about)."""
    return bool(personal_subject(doc, spans))


def pronoun_for(personal: str, recent: str) -> str:
    """Whom a "he" or "she" subject stands for: the person named last (else "")."""
    return recent if personal in ("he", "she") else ""
