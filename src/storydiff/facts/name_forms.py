"""Shorter and other forms of one name: a company without its legal form or trade
("Brannock Corp.", "Veltro Systems Inc."), a name with a generic last word or its
owner ("NBC News", "Strache's Freedom Party"), an institution without the country or
the UN before it ("US Maritime Board"), a name with words that add nothing left out
inside it ("Varnos International Airport"); ``facts.aliases`` reads them. And a
person said with the place they are of, taken whole for an organisation ("Sorvino of
Veridia": ``person_of_place``)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from storydiff.facts.model import Fact
from storydiff.facts.roles import title_word

_ORDINALS = dict(
    zip(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
        " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
        " twentieth".split(),
        "1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th 13th 14th 15th 16th 17th 18th"
        " 19th 20th".split(),
        strict=True,
    )
)
"""Ordinals in words and in figures: "the Fifth District Court" is "the 5th ..."."""


_SHORT = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
"""Words a place's name may shorten before its last word ("St. Aurel Island", "Mt.
Kessla", "Ft. Marlow")."""
_SHORT_LAST = {"st": "street", "ave": "avenue", "rd": "road", "blvd": "boulevard"}
"""Words a street's name may shorten as its last word ("Main St.", "Dunmore Ave.")."""
SHORTENED = frozenset({*_SHORT, *_SHORT.values(), *_SHORT_LAST, *_SHORT_LAST.values()})
"""The words of a name ``bare_name`` spells out, either way ("st", "saint", "street")."""


@lru_cache(maxsize=8192)
def bare_name(name: str) -> str:
    """A name without dots, lower case, its ordinals in figures and the words it may
    shorten spelled out ("St." before the last word is "Saint", as the last "Street").

    Examples:
        >>> bare_name("St. Aurel Island"), bare_name("Fifth Street"), bare_name("Main St.")
        ('saint aurel island', '5th street', 'main street')
    """
    words = name.replace(".", "").casefold().split(" ")
    last = len(words) - 1
    words = [(_SHORT if k < last else _SHORT_LAST).get(w, w) for k, w in enumerate(words)]
    return " ".join(_ORDINALS.get(w, w) for w in words)


COUNTRY_HEAD = re.compile(
    r"^(?:U\.S\.|US|United States|U\.N\.|UN|United Nations|U\.K\.|UK)\s+(?=[A-Z])"
)
"""A country or the UN before an institution's name ("US Maritime Board", "UN Harbour
Programme"): the other version may leave it out or spell it out."""


def with_country(name: str, text: str, start: int) -> str:
    """``name`` with the country or the UN written just before it at ``start`` in
    ``text``, which the recogniser tagged apart ("U.S." of "the U.S. Geological
    Survey"): its initials are the whole name's ("USGS"). "" when there is none."""
    head = _COUNTRY_BEFORE.search(text[max(start - 16, 0) : start])
    return f"{head.group(0).rstrip()} {name}" if head else ""


_COUNTRY_BEFORE = re.compile(r"(?<![\w.])(?:U\.S\.|US|U\.N\.|UN|U\.K\.|UK)\s$")


_COUNTRY_TAIL = re.compile(
    r"(?:U\.S\.|\bUS|United States|U\.N\.|\bUN|United Nations|U\.K\.|\bUK|United Kingdom"
    r"|American|British)$"
)


def country_dropped(name: str, text: str) -> bool:
    """Whether ``text`` names an institution ``name`` names with a country or the UN
    before it ("US Maritime Board", or a country the text names as a place: "Ostland
    Data Protection Authority", ``_place_head``) with that country spelled another way
    ("United States Maritime Board") or without it ("the Maritime Board"), but not with
    another qualifier ("the Norland Maritime Board")."""
    head = COUNTRY_HEAD.match(name) or _place_head(name, text)
    rest = name[head.end() :] if head else ""
    if len(rest) < 5:
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(rest)}(?![\w-])", text):
        before = text[max(m.start() - 20, 0) : m.start()].rstrip()
        last = before.split()[-1] if before.split() else ""
        if _COUNTRY_TAIL.search(before) or not last[:1].isupper() or last in ("The", "A"):
            return True
    return False


_BODY_KINDS = frozenset(
    "authority ministry agency board commission council office service department"
    " bureau inspectorate".split()
)
_HEAD = re.compile(r"^([A-Z][a-z]+)\s+(?=[A-Z])")


def _place_head(name: str, text: str) -> re.Match[str] | None:
    """A country's name before a public body's ("Ostland Data Protection Authority")
    that ``text`` also writes as a place: after "in", "of", "from" or "across", in a
    dateline (", Ostland (AP)") or with a possessive ("Ostland's"); None otherwise."""
    head = _HEAD.match(name)
    words = name.split()
    if head is None or len(words) < 3 or words[-1].lower() not in _BODY_KINDS:
        return None
    place = re.escape(head.group(1))
    said = rf"\b(?:in|of|from|across)\s+{place}\b|,\s+{place}\s+\(|\b{place}['’]s\s"
    return head if re.search(said, text) else None


_CORPORATE = {"inc", "corp", "corporation", "co", "ltd", "llc", "plc"}
_TRADES = {
    "computer", "computers", "technology", "technologies", "systems", "communications",
    "microsystems", "software", "stores", "industries", "international", "holdings",
    "enterprises", "entertainment", "networks", "foods", "motors", "airlines",
    "pharmaceuticals", "pharma", "energy", "electronics", "semiconductor", "semiconductors",
}  # fmt: skip
"""Words of a company's trade after its name ("Veltro Systems Inc.", "Orvane Computer"):
with or without them, and a legal form, it is one company (``shorter_forms``)."""
_GENERIC_TAIL = _CORPORATE | {"news", "group", "company", "department"}
_POSSESSIVE = re.compile(r"['’]s\s+")


def shorter_forms(name: str) -> list[str]:
    """Other ways a text names the same entity: without a generic last word ("NBC News"
    -> "NBC", two words or initials left; "Brannock Corp." or "Veltro, Inc." -> one
    capitalised word left, for a company's legal form), or without its owner
    ("Strache's Freedom Party" -> "Freedom Party")."""
    forms = []
    parts = _POSSESSIVE.split(name)
    if len(parts) == 2 and parts[1][:1].isupper():
        forms.append(parts[1])
    words = name.split()
    last = words[-1].lower().strip(".") if words else ""
    if len(words) >= 2 and last in _GENERIC_TAIL:
        rest = words[:-1]
        rest[-1] = rest[-1].rstrip(",")
        if (
            len(rest) >= 2
            or (rest[0].replace(".", "").isupper() and len(rest[0]) >= 2)
            or (last in _CORPORATE and rest[0][:1].isupper() and len(rest[0]) >= 3)
        ):
            forms.append(" ".join(rest))
    company = _company(words)
    if company and company not in forms:
        forms.append(company)
    return forms


def without_legal_form(name: str) -> str:
    """A company's name that ends with its legal form, without it and its trade
    ("Tessaline Pharma Inc." -> "Tessaline"); "" for a name with no legal form ("Kessla
    Energy" may be the town's)."""
    words = name.split()
    if len(words) < 2 or words[-1].lower().strip(".,") not in _CORPORATE:
        return ""
    rest = " ".join(words[:-1]).rstrip(",")
    return _company(words) or (rest if rest[:1].isupper() and len(rest) >= 3 else "")


def word_named(word: str, text: str) -> bool:
    """Whether ``text`` names a one-word short form of a name (``shorter_forms``) as
    itself, capitalised and whole ("Brannock", "Brannock's"; not "summit" for "Summit
    Energy", nor the "ace" of "place"). Longer forms are ``names.mentions``'s."""
    return re.search(rf"(?<![\w-]){re.escape(word.strip())}(?![\w-])", text) is not None


def _company(words: list[str]) -> str:
    """A company's name without its legal form and trade ("Veltro Systems Inc." ->
    "Veltro", "Kestrel Dollar Stores Inc." -> "Kestrel Dollar"); "" when it has neither
    or nothing capitalised is left."""
    rest = list(words)
    while rest and rest[-1].lower().strip(".,") in _CORPORATE | _TRADES:
        rest.pop()
    if not rest or not any(w.lower().strip(".,") in _TRADES for w in words[len(rest) :]):
        return ""  # no trade word: a legal form alone is the rule above
    name = " ".join(rest).rstrip(",")
    return name if name[:1].isupper() and len(name) >= 3 else ""


_LEFT_OUT = frozenset(
    "international regional memorial municipal general university medical community".split()
)
"""Words an institution's name is often said without ("Varnos International Airport"
/ "Varnos Airport"); others make another institution ("Court of Criminal Appeals",
"University of Northern Kessla")."""


def abridged(a: str, b: str) -> bool:
    """One name the other with words left out inside it (``_LEFT_OUT`` only), first
    and last words kept ("Varnos Airport" / "Varnos International Airport", "Kessla
    Hospital Medical Center" / "Kessla University Hospital Medical Center")."""
    x, y = bare_name(a).split(), bare_name(b).split()
    short, long = (x, y) if len(x) < len(y) else (y, x)
    if len(short) < 2 or len(short) == len(long) or short[0] != long[0] or short[-1] != long[-1]:
        return False
    left = list(long)
    for w in short:  # the shorter name's words in order, the rest only words that add nothing
        while left and left[0] != w:
            if left.pop(0) not in _LEFT_OUT:
                return False
        if not left:
            return False
        left.pop(0)
    return not left


_LOCATED = re.compile(r"([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}),[ \t]*$")
_LISTED = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)[A-Z]")
"""What follows an item of a list of names: ", Norland", " and Norland"."""


def locator(start: int, end: int, texts: tuple[str, str], places: set[str]) -> bool:
    """Whether the place at ``start:end`` of the first of ``texts`` only locates the
    place named just before it (one of ``places``: "Pittsburgh, Pa.", "Marlow,
    Norland") and the other version names that one with no locator: the locator added
    or dropped is style, not a place new to the story or gone from it. A person before
    it is no place ("Abdeslam, Europe's most wanted fugitive"), an item of a list is no
    locator ("Ardenia, Estavia and Norland"), and another locator after the same place
    ("Marlow, Estavia" / "Marlow, Norland") is another place."""
    own, other = texts
    m = _LOCATED.search(own[max(0, start - 60) : start])
    if m is None or m.group(1) not in places or _LISTED.match(own[end : end + 40]):
        return False
    named = rf"(?<![\w-]){re.escape(m.group(1))}(?![\w-])"
    return any(
        not re.match(r",[ \t]*[A-Z]", other[found.end() : found.end() + 4])
        for found in re.finditer(named, other)
    )


def person_of_place(f: Fact, surnames: set[str], text: str) -> Fact | None:
    """A person, named in full or with a title elsewhere ("Ms. Sorvino"), said with the
    place they are of, that the recogniser took whole for an organisation ("Ana
    Sorvino of Veridia" tagged "Sorvino of Veridia"): the person, by the surname."""
    name, of, _ = f.value.partition(" of ")
    if f.kind != "organization" or not of or " " in name:
        return None
    titled = (m.group(1) for m in re.finditer(rf"([\w.]+)\s+{re.escape(name)}\b", text))
    if name not in surnames and not any(title_word(t) for t in titled):
        return None
    return replace(f, kind="person", value=name, text=name, end=f.start + len(name))


_OFFICE_OF = re.compile(
    r"^(?:the\s+)?(Ministry|Department|Office|Bureau|Agency)\s+of\s+(?:the\s+)?(.+)$", re.I
)


def turned(name: str) -> str:
    """An office of a thing named with the thing first ("Ministry of Transport" ->
    "transport ministry"), lower case, without "the"; other names so too."""
    m = _OFFICE_OF.match(name.strip())
    said = f"{m.group(2)} {m.group(1)}" if m else re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    return " ".join(said.lower().split())


_OFFICE_AFTER = re.compile(r"^(?:the\s+)?(.+?)\s+(Ministry|Department|Office|Bureau|Agency)$", re.I)


def office_forms(name: str) -> list[str]:
    """The other way round of an office's name ("Transport Ministry" -> "Ministry of
    Transport", and back), else none."""
    first = _OFFICE_OF.match(name.strip())
    if first:
        return [f"{first.group(2)} {first.group(1)}"]
    last = _OFFICE_AFTER.match(name.strip())
    return [f"{last.group(2)} of {last.group(1)}"] if last else []
