"""A country named by its adjective: "Belgian capital" for "Belgium", "Colombian
troops" for "Colombia", "French" for "France", "the American civil administrator" for
"the U.S. civil administrator". ``facts.changes`` asks it before it calls a place new
or gone."""

from __future__ import annotations

import re

from storydiff.facts.aliases import fixed_aliases

_GROUP_ADJECTIVES = {
    "united states": ("American",),
    "united kingdom": ("British",),
    "soviet union": ("Soviet",),
    "european union": ("European",),
}
"""Adjectives of the places the fixed aliases name ("American astronaut" for "U.S.
astronaut")."""
_OPENERS = frozenset("The A An This That Its Their His Her Our One".split())
"""Capitalised words before an adjective that make it no part of a name ("The American
astronaut")."""
_DEMONYM_ENDS = ("ian", "ean", "ese", "an", "n", "i")
_IRREGULAR = {
    "britain": ("british",), "france": ("french",), "netherlands": ("dutch",),
    "greece": ("greek",), "switzerland": ("swiss",), "spain": ("spanish",),
    "wales": ("welsh",), "scotland": ("scottish",), "ireland": ("irish",),
    "turkey": ("turkish",), "poland": ("polish",), "denmark": ("danish",),
    "sweden": ("swedish",), "finland": ("finnish",), "philippines": ("filipino", "philippine"),
    "afghanistan": ("afghan",), "thailand": ("thai",), "peru": ("peruvian",),
}  # fmt: skip
"""Countries whose adjective is not the name with an ending."""
_OTHERS = {"niger": {"nigerian"}, "dominica": {"dominican"}, "rome": {"roman"}}
"""Words shaped like the place's adjective that name something else: Nigeria's
people, the Dominican Republic, the Roman Catholic church."""
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")


def _modifies(adjectives: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` writes one of a country's ``adjectives`` before a word in lower
    case, on its own ("the American civil administrator"; not "American Airlines",
    "Latin American leaders", "African-American voters")."""
    for m in re.finditer(rf"(?<![\w-])(?:{'|'.join(adjectives)})(?=\s+[a-z])", text):
        before = text[: m.start()].split()
        last = before[-1] if before else ""
        if last in _OPENERS or not (last[:1].isupper() and last[-1:].isalpha()):
            return True
    return False


def as_adjective(place: str, text: str) -> bool:
    """Whether ``text`` names the one-word place ``place`` by its adjective ("Belgian
    capital" for "Belgium", "Colombian troops" for "Colombia", "French" for "France"):
    a capitalised word that is the name, or the name without a last vowel or "-um",
    with an adjective's ending ("-ian", "-ean", "-ese", "-an", "-n", "-i"), or the
    name without a last "y" ("German"). "Australian" is no form of "Austria", nor
    "Indian" of "Indiana"."""
    key = place.casefold()
    for country, adjectives in _GROUP_ADJECTIVES.items():
        if country in fixed_aliases(place) and _modifies(adjectives, text):
            return True  # "American astronaut" for "U.S. astronaut"
    if " " in key or len(key) < 4 or not key.isalpha():
        return False
    stems = {key} | ({key[:-1]} if key[-1] in "aeiouy" else set())
    stems |= {key[:-2]} if key.endswith("um") else set()
    irregular = _IRREGULAR.get(key, ())
    for word in _CAPITALISED.findall(text):
        w = word.casefold()
        if w == key or w in _OTHERS.get(key, ()):
            continue
        if (
            w in irregular
            or (key[-1] == "y" and w == key[:-1])
            or any(w.endswith(end) and w[: -len(end)] in stems for end in _DEMONYM_ENDS)
        ):
            return True
    return False
