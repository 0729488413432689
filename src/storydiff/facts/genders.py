"""Who a text itself marks as "he" and who as "she": a gendered title before a name
("Prince Harry", "Mrs. Okafor"), a gendered title of an apposition ("Meghan, Duchess
of Sussex"), a kin word before one ("his wife, Ilse Marrow") and a pronoun of a
nickname apposition ("Duke Ruiz, as fans call her"), which wins over a title. ``carry`` starts from
these when it decides whom "he" and "she" stand for, so one pronoun read wrongly
cannot teach it the wrong gender of someone the text has already marked."""

from __future__ import annotations

import re

from storydiff.facts.given_names import given_gender
from storydiff.facts.lexicon import NAME_PARTICLES

_MALE_TITLES = ("Mr", "Sir", "Lord", "King", "Prince", "Duke", "Baron", "Earl")
_FEMALE_TITLES = (
    "Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess", "Duchess", "Baroness", "Countess",
)  # fmt: skip
_MALE_KIN = ("husband", "son", "father", "brother", "grandfather", "boyfriend", "nephew")
_FEMALE_KIN = (
    "wife", "daughter", "mother", "sister", "grandmother", "girlfriend", "niece", "widow",
)  # fmt: skip
_NAME = r"((?:[A-Z][\w'’-]+)(?:[ \t][A-Z][\w'’-]+){0,2})"
_TITLE = re.compile(rf"\b({'|'.join(_MALE_TITLES + _FEMALE_TITLES)})\.?[ \t]+{_NAME}")
_APPOSITION = re.compile(
    rf"\b{_NAME},[ \t]+(?:the[ \t]+)?({'|'.join(_MALE_TITLES + _FEMALE_TITLES)})[ \t]+of\b"
)
_KIN = re.compile(rf"\b(?:[Hh]is|[Hh]er)[ \t]+({'|'.join(_MALE_KIN + _FEMALE_KIN)}),?[ \t]+{_NAME}")
_CALLED = re.compile(
    rf"\b{_NAME},[ \t]+as[ \t]+(?:"
    r"(?:[\w'’-]+[ \t]+){1,3}?(?:call|calls|called|know|knew|dub|dubs|dubbed)[ \t]+(her|him)"
    r"|(she|he)[ \t]+is[ \t]+(?:known|called|nicknamed))\b"
)
"""A nickname apposition whose pronoun points back at the name ("Duke Ruiz, as fans
call her"; "Ruiz, as she is known"): the text's own word for the person, which a
title-like nickname ("Duke") does not overrule."""
_UNSURE = "?"
PLACE_WORDS = {
    "County", "University", "Hospital", "College", "School", "Academy", "Institute",
    "Street", "Road", "Avenue", "Lane", "Square", "Park", "Bridge", "Island", "Bay",
    "Hall", "Theatre", "Theater", "Centre", "Center", "Airport", "Station", "Stadium",
    "Church", "Cathedral", "Museum", "Library", "Gardens", "Hotel", "Infirmary", "Clinic",
    "Memorial", "District", "City", "Town", "Township", "Parish", "Foundation", "Trust",
    "Prize", "Award", "Cup", "Sound", "River", "Valley", "Land", "Sheriff", "Inc", "Ltd",
}  # fmt: skip
"""Words that make a title and the words after it a place's or an organisation's name
("Prince William County", "Duke University", "Queen Elizabeth Hospital", "King County
Sheriff"), which marks no one as "he" or "she"."""


HONORIFICS = ("Mr", "Mrs", "Ms", "Miss")
"""The titles said before a surname alone ("Ms. Castro")."""


def title_gender(word: str) -> str:
    """ "he" or "she" for a gendered title or kin word ("Mr", "Duchess", "wife")."""
    return "he" if word in _MALE_TITLES or word in _MALE_KIN else "she"


def text_genders(text: str) -> dict[str, str]:
    """Names the text marks as "he" or "she", by the whole name and by its last word
    ("Harry", "Pieter Brandt", "Brandt"); a name marked both ways ("Mr. and Mrs. Okafor"
    give "Okafor" both) is left out. A full name whose surname alone is marked maps to
    "" (no mark of its own) when the surname may be someone else's: another given name
    in the text shares it ("Tomas Okafor", "Ngozi Okafor"), or a title marked the bare
    surname before the full name was first written ("Mr. Okafor drowned … Ngozi Okafor
    said"), since news names a person in full before by title and surname, or the full
    name's given name is of the other sex ("Tomas Brandel" … "Ms. Brandel", his wife)."""
    marks: list[tuple[str, str, int]] = []
    for m in _TITLE.finditer(text):
        marks.append((m.group(2), title_gender(m.group(1)), m.start()))
    for m in _APPOSITION.finditer(text):
        marks.append((m.group(1), title_gender(m.group(2)), m.start()))
    for m in _KIN.finditer(text):
        name = _untitled(m.group(2))
        if name:
            marks.append((name, title_gender(m.group(1)), m.start()))
    called = _called(text)
    marks = [m for m in marks + called if not PLACE_WORDS & set(m[0].split())]
    found: dict[str, str] = {}
    for name, said, _ in marks:
        for key in dict.fromkeys((name, name.split()[-1])):
            found[key] = said if found.get(key, said) == said else _UNSURE
    for name, said, _ in called:  # the text's own pronoun for a name beats a title
        found.update(dict.fromkeys((name, name.split()[-1]), said))
    found = {k: v for k, v in found.items() if v != _UNSURE}
    for surname in {name.split()[-1] for name, _, _ in marks}:
        bare = min((at for name, _, at in marks if name == surname), default=len(text))
        full = _full_names(text, surname)
        for given, first in full.items():
            whole, mark = f"{given} {surname}", found.get(surname, "")
            shared = len(full) > 1 or first > bare
            other = given_gender(whole) not in ("", mark)  # "Ms. Brandel", her husband
            found.setdefault(whole, "" if shared or other else mark)  # "Tomas Brandel"
    return {k: v for k, v in found.items() if v or " " in k}


def _untitled(name: str) -> str:
    """A name without the gendered titles before it ("Duke Ruiz" -> "Ruiz")."""
    words = name.split()
    while words and words[0] in _MALE_TITLES + _FEMALE_TITLES:
        words = words[1:]
    return " ".join(words)


def _called(text: str) -> list[tuple[str, str, int]]:
    """Names a nickname apposition marks by its pronoun ("as fans call her": "she")."""
    out: list[tuple[str, str, int]] = []
    for m in _CALLED.finditer(text):
        name = _untitled(m.group(1))
        pronoun = m.group(2) or m.group(3)
        if name:
            out.append((name, "he" if pronoun in ("him", "he") else "she", m.start()))
    return out


_NOT_GIVEN = set(_MALE_TITLES + _FEMALE_TITLES) | {"The", "A", "An", "Dr", "Prof", "And"}


def _full_names(text: str, surname: str) -> dict[str, int]:
    """The given names written before ``surname`` in the text, each with where it
    first is ("Ngozi Okafor" -> {"Ngozi": 57})."""
    found: dict[str, int] = {}
    for m in re.finditer(rf"\b([A-Z][\w'’-]+)[ \t]+{re.escape(surname)}\b", text):
        if m.group(1) not in _NOT_GIVEN and m.group(1) != surname:
            found.setdefault(m.group(1), m.start())
    return found


def gender_of(genders: dict[str, str], name: str, given: bool = True) -> str:
    """ "he", "she" or "" for a speaker's name, by the whole name, else by its last
    word ("Pieter Brandt" marked as "Mr. Brandt") unless the name is a description; a
    full name ``text_genders`` maps to "" is not marked by its surname's title. A full
    name the text marks neither way is read by its given name (``given_names``), unless
    not ``given``."""
    words = name.split()
    if not words:
        return ""
    if genders.get(name):
        return genders[name]
    if words[0] in ("A", "An") or any(w[0].islower() and w not in NAME_PARTICLES for w in words):
        return ""  # a description ("a spokesman for Mrs. Marrow") is not its last word
    by_given = given_gender(name) if given else ""
    if name in genders:
        return by_given
    if len(words) > 2 and " ".join(words[-2:]) in genders:
        return genders[" ".join(words[-2:])]  # "E. Grey Dimond" as "Grey Dimond"
    return genders.get(words[-1], "") or by_given


"""Words in lower case inside a name ("Ruud van Nistelrooy")."""


_GENDERED = re.compile(rf"\b({'|'.join(HONORIFICS)})\.?[ \t]+")


def titled_gender(name: str, text: str, at: int, end: int) -> str:
    """ "he" or "she" by the title of the mention of ``name`` nearest the quote at
    ``at``..``end`` (within a sentence's reach), else "". A mention after the quote
    counts only on its line: "Mr. Pask, 64, is charged" below "“…,” she said" is not
    who said it."""
    found = [
        (max(m.start() - end, at - m.end(), 0), m.group(1))
        for m in re.finditer(rf"{_GENDERED.pattern}{re.escape(name)}\b", text)
        if m.start() < end or "\n" not in text[end : m.start()]
    ]
    found = [f for f in found if f[0] < 300]
    if not found:
        return ""
    return title_gender(min(found)[1])
