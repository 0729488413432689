"""Who a text itself marks as "he" and who as "she": a gendered title before a name
("Prince Harry", "Mrs. Okafor"), a gendered title of an apposition ("Meghan, Duchess
of Sussex") and a kin word before one ("his wife, Ilse Marrow"). ``carry`` starts from
these when it decides whom "he" and "she" stand for, so one pronoun read wrongly
cannot teach it the wrong gender of someone the text has already marked."""

from __future__ import annotations

import re

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
_KIN = re.compile(rf"\b(?:his|her)[ \t]+({'|'.join(_MALE_KIN + _FEMALE_KIN)}),?[ \t]+{_NAME}")
_UNSURE = "?"


def _gender(word: str) -> str:
    return "he" if word in _MALE_TITLES or word in _MALE_KIN else "she"


def text_genders(text: str) -> dict[str, str]:
    """Names the text marks as "he" or "she", by the whole name and by its last word
    ("Harry", "Pieter Brandt", "Brandt"); a name marked both ways ("Mr. and Mrs. Okafor"
    give "Okafor" both) is left out."""
    marks: list[tuple[str, str]] = []
    for m in _TITLE.finditer(text):
        marks.append((m.group(2), _gender(m.group(1))))
    for m in _APPOSITION.finditer(text):
        marks.append((m.group(1), _gender(m.group(2))))
    for m in _KIN.finditer(text):
        name = m.group(2).split()
        while name and name[0] in _MALE_TITLES + _FEMALE_TITLES:
            name = name[1:]
        if name:
            marks.append((" ".join(name), _gender(m.group(1))))
    found: dict[str, str] = {}
    for name, said in marks:
        for key in dict.fromkeys((name, name.split()[-1])):
            found[key] = said if found.get(key, said) == said else _UNSURE
    return {k: v for k, v in found.items() if v != _UNSURE}


def gender_of(genders: dict[str, str], name: str) -> str:
    """ "he", "she" or "" for a speaker's name, by the whole name, else by its last
    word ("Pieter Brandt" marked as "Mr. Brandt")."""
    words = name.split()
    if not words:
        return ""
    return genders.get(name) or genders.get(words[-1], "")
