"""A surname said alone, expanded to the full name of the person the text names by it
(``full_name``): the first person named so, of the sex a title beside the quote says,
past a relative named in full each time."""

from __future__ import annotations

import re
from collections.abc import Callable

from storydiff.facts.genders import gender_of, text_genders, titled_gender
from storydiff.facts.marks import in_headline
from storydiff.facts.names import NAME_TITLES, NO_NAMES


def full_name(name: str, text: str, at: int = -1, end: int = -1) -> str:
    """A surname said alone, expanded to the fullest form the text gives the first
    person it names by it ("Brandt" -> "Pieter Brandt"; a relative named after ("his
    brother, Jan Brandt") is named in full each time), without titles ("Commander",
    "Mayor") or a word that starts the sentence ("When Brandt"). When a gendered title
    says the surname nearest the quote at ``at``..``end`` ("Ms. Castro said"), the person
    the text marks so (``genders``) is taken, and never one it marks the other."""
    if (
        not name
        or " " in name.strip()
        or name[:1].islower()
        or name.lower().strip(".") in NAME_TITLES
    ):
        return name  # a title alone ("Governor") is ``titled``'s; "official" no surname
    said = titled_gender(name, text, at, max(end, at)) if at >= 0 else ""
    if not said:
        return _expand(name, text, lambda _: True)
    marked = text_genders(text)
    first = _expand(name, text, lambda n: gender_of(marked, n) == said, kin=True)
    return first or _expand(name, text, lambda n: gender_of(marked, n) in ("", said)) or name


def _expand(name: str, text: str, keep: Callable[[str], bool], kin: bool = False) -> str:
    """``full_name``'s expansion among the full names ``keep`` accepts; ``name`` itself
    when the first such person is named by it alone, "" when none is kept. With
    ``kin`` (a title said the sex), a relative named in full ("the chairman's son, Tobias
    Brandvold") is named so each time: "Mr. Brandvold" is another man of that surname
    when the text names one ("The chairman, Senator Lucas Brandvold")."""
    best, relative = "", ""
    for m in re.finditer(rf"((?:[A-Z][\w'’.-]*[^\S\n]+){{1,3}}){re.escape(name)}\b", text):
        given: list[str] = []
        words = m.group(1).split()
        for k in range(len(words) - 1, -1, -1):  # walk left from the surname
            word = words[k]
            if word.lower().strip(".") in NAME_TITLES or (word.endswith(".") and len(word) > 2):
                break  # a title, or the end of the sentence before ("Parliament.")
            initial = len(word) == 1 and k > 0 and words[k - 1].lower() not in NO_NAMES
            if word.lower() in NO_NAMES and not initial:  # "Alfred A Knopf" is a name
                break  # "When Brandt arrived": the sentence's first word
            given.insert(0, word)
        candidate = " ".join([*given, name])
        if not given or not keep(candidate) or in_headline(text, m.start()):
            continue
        related = kin and _KIN_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        first = relative if related else best
        if not first or candidate.endswith(" " + first):
            first = candidate  # the first person named so, or a fuller form of them
        best, relative = (best, first) if related else (first, relative)
    return best or relative or (name if keep(name) else "")


_KIN_BEFORE = re.compile(
    r"\b(?:son|daughter|brother|sister|wife|husband|father|mother|widow|widower|nephew|"
    r"niece|cousin|grandson|granddaughter|uncle|aunt)(?:\s+and\s+[\w-]+)?,?\s+$",
    re.IGNORECASE,
)
"""A kin word right before a name ("his brother and deputy, Johannes Brandt")."""
