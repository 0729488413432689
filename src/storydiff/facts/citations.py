"""What a citation cites, in its own words: "according to a report in The Norland
Herald", not "according to a report"; "citing data from the Westmere Port Authority".
The owner a writing or data is credited to ("The Norland Herald", "a Kestrel Gazette
tally", "a recording obtained by Yahoo") is the citation's source, as the outlet of
"according to the Kestrel Gazette" is. Also who cites with no name: the press ("local
media reported") and an unnamed group that hedges ("some experts say"); and whom
"told" names ("told AFP", "told local broadcaster NRK": ``told_names``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storydiff.config import CITATION_WORDS
from storydiff.facts.lexicon import DATA
from storydiff.facts.names import named
from storydiff.facts.roles import name_of
from storydiff.facts.untagged_names import newspaper
from storydiff.facts.writings import AUTHORED

if TYPE_CHECKING:
    from spacy.tokens import Token

_OWNING = frozenset({"in", "from", "by", "of"})
"""Prepositions that say whose a writing is ("a report in", "data from", "a study by",
"an analysis of")."""

_NAME_TYPES = frozenset({"ORG", "GPE", "NORP", "FAC", "PERSON", ""})

_OWNED = (
    DATA
    | AUTHORED
    | frozenset(
        "copy recording filing filings transcript video footage log audit review "
        "investigation emails messages ranking index list database assessment "
        "calculation calculations testimony".split()
    )
)
"""Nouns of what a citation may cite that a body may own: data (``lexicon.DATA``),
writings (``writings.AUTHORED``) and records ("a report in The Norland Herald", "a
recording obtained by the Herald"), unlike people ("two Senate aides")."""

MEDIA = frozenset(
    "media press television tv radio newspaper newspapers broadcaster broadcasters".split()
)
"""The press with no name as it reports ("Local media reported", "state television
reported"): a citation, as a named outlet's "X reported" is; not "the agency", which
may report its own loss."""


def cited_words(obj: Token) -> str:
    """The words of what is cited, from the cited noun's first word to its last
    modifier on the same clause ("a report in The Norland Herald", "the most recent
    estimate from the Port Authority"), stopping at a comma, a dash or a relative
    clause and after ``CITATION_WORDS`` words; a name the model tagged is its name."""
    if obj.pos_ == "PROPN" and obj.ent_type_:
        return name_of(obj)
    cut = {t.i for r in obj.children if r.dep_ in ("relcl", "appos", "advcl") for t in r.subtree}
    words: list[Token] = []
    for tok in obj.subtree:
        if tok.i in cut or (tok.is_punct and tok.text not in ("'", "’", "&", ".", "-")):
            if tok.i > obj.i:
                break
            continue
        words.append(tok)
        if len(words) >= CITATION_WORDS:
            break
    while words and words[-1].pos_ in ("ADP", "CCONJ", "DET", "PUNCT"):
        words.pop()  # "a report in" cut short ends at its noun
    if not words:
        return name_of(obj)
    return "".join(t.text_with_ws for t in words[:-1]) + words[-1].text


def owner(obj: Token) -> Token | None:
    """The proper name a cited writing or data (``_OWNED``) belongs to: before it
    ("a Kestrel Gazette tally", "Reuters' count"), after it ("a report in The Norland
    Herald", "data from the Port Authority", "a study by Westmere University"), or its
    obtainer or publisher ("a recording obtained by the Norland Herald"); else None.
    A cited name itself has no owner."""
    if obj.pos_ != "NOUN" or not {obj.lower_, obj.lemma_.lower()} & _OWNED:
        return None  # "two Senate aides" are no writing the Senate owns
    for child in obj.children:
        if child.dep_ in ("compound", "poss") and _proper(child) and child.i < obj.i:
            return child
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ in _OWNING:
            found = _pobj(prep)
            if found is not None:
                return found
        if prep.dep_ == "acl" and prep.tag_ == "VBN":  # "obtained by", "published by"
            for agent in prep.children:
                if agent.dep_ == "agent":
                    found = _pobj(agent)
                    if found is not None:
                        return found
    return None


def _pobj(prep: Token) -> Token | None:
    return next((t for t in prep.children if t.dep_ == "pobj" and _proper(t)), None)


def _proper(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and (tok.ent_type_ in _NAME_TYPES or newspaper(tok))


_HEDGES = frozenset({"some", "many", "several", "most", "other"})


def hedging(subject: Token) -> bool:
    """An unnamed group as the subject of "say" ("Some Western missile experts say",
    "some observers say"): a plural noun with "some", "many" and the like."""
    return subject.tag_ == "NNS" and any(
        c.dep_ in ("det", "amod") and c.lower_ in _HEDGES for c in subject.children
    )


def group_words(subject: Token) -> str:
    """The words of an unnamed group up to its noun ("Some Western missile experts")."""
    words = [t for t in subject.subtree if t.i <= subject.i and t.dep_ != "punct"]
    return subject.doc[words[0].i : subject.i + 1].text


_OUTLETS = frozenset(
    "station broadcaster channel network radio newspaper paper daily tabloid magazine "
    "website outlet agency".split()
)
"""Nouns of a news outlet, which a name beside names ("told local broadcaster NRK",
"told Honolulu television station KHON")."""


def told_names(tell: Token) -> list[str]:
    """Whom "told" names as told: a name ("told AFP"), or an outlet named beside its
    noun ("told local broadcaster NRK"; "told Honolulu television station KHON", where
    the parse made the name a second object); not a person's kin ("told his wife")."""
    found = []
    for child in tell.children:
        if child.dep_ not in ("dobj", "dative"):
            continue
        if child.pos_ == "PROPN":
            found.append(name_of(child))
        elif child.lemma_.lower() in _OUTLETS:
            beside = [name_of(c) for c in child.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            name = beside[0] if beside else name_of(child)
            after = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
            if named(name):
                found.append(name)
            elif after is not None and after.head.i == tell.i and after.text.isupper():
                found.append(after.text)  # "station KHON", the name read as a noun
    return list(dict.fromkeys(found))


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def beside_name(tok: Token) -> Token | None:
    """The name set beside a description ("the water company, Brenvatn,"), if any: its
    apposition, or a proper noun set off by commas right after it, which the parse may
    hang elsewhere, unless it is the subject of the sentence ("According to police,
    Jens Holt, 34, was arrested": police)."""
    if tok.pos_ == "PROPN":
        return None
    appos = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if appos is not None:
        return appos
    doc, k = tok.doc, tok.i + 2
    if k < len(doc) and doc[k - 1].text == "," and doc[k].pos_ == "PROPN":
        end = k
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        if end < len(doc) and doc[end].text == "," and not _SUBJECTS & {t.dep_ for t in doc[k:end]}:
            return doc[k]  # not "According to police, Jens Holt, 34, was arrested"
    return None
