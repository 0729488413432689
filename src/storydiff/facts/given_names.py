"""Given names read as a man's or a woman's (``given_names.txt``: names borne by at
least 1,000 people of nomquamgender's data, at most 10% of them of the other sex; built
by ``bench/gen_given_names.py``). The text's own marks come first (``genders``): a
given name says "he" or "she" only of a person the text has marked neither way, so
"Carl Enns" is not the "she" who speaks after Sheriff Della Murrow, while "Jordan",
"Jean" or "Andrea", borne by men and women alike, say nothing. And the name a
description gives ("A resident who gave only her first name, Lina,": ``name_given``),
and the clauses of a speaker's phrase that name others in passing
(``passing_clauses``)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def _given() -> dict[str, str]:
    text = resources.files("storydiff.facts").joinpath("given_names.txt").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, sex = line.split()
            out[name] = "she" if sex == "f" else "he"
    return out


@lru_cache(maxsize=4096)
def given_gender(name: str) -> str:
    """ "he", "she" or "" by the given name of a full name ("Carl Enns": "he"; "Enns",
    "Jordan Pike", "the deputy": "")."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[1][:1].isupper():
        return ""
    first = unicodedata.normalize("NFKD", words[0]).encode("ascii", "ignore").decode()
    return _given().get(first.lower(), "")


def name_given(tok: Token) -> str:
    """The name a described person gave ("A resident who gave only her first name,
    Lina,": "Lina"), else ""."""
    for clause in tok.children:
        if clause.dep_ != "relcl":
            continue
        for obj in clause.children:
            if obj.dep_ == "dobj" and obj.lemma_.lower() == "name":
                given = [c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
                if given:
                    return " ".join(t.text for t in given[0].subtree if t.pos_ == "PROPN")
    return ""


_NAMING = frozenset({"give", "identify"})
"""Verbs of a clause that gives the speaker's own name ("A woman who gave her name as
Lina Brandt", "who identified herself as Dana Pike")."""


def passing_clauses(tok: Token, deps: tuple[str, ...]) -> set[int]:
    """The tokens of the clauses of ``deps`` in a speaker's phrase, which name others in
    passing ("Ana Ruiz, the newcomer running against Tomas Brandt", "Mara Keld, the
    chairwoman who supports Ruiz", "The agency, which funded Osgood's work"); not an
    apposition's own name ("his wife, the writer Gita Mehta") nor a clause that gives
    the speaker's (``_NAMING``)."""
    heads = [c for c in tok.subtree if c.dep_ in deps and c is not tok and c.lemma_ not in _NAMING]
    return {t.i for c in heads for t in c.subtree}
