"""Who a description by age or by the words of an apposition stands for: "the
52-year-old" for the one person the text gave that age ("Ruta Mahler, 52,"), "the
24-year-old guard" for the one it described so ("Ida Renko, a 24-year-old guard in
her first season"), when the text says who and no one else fits. Only a description
with "the" means someone already named: "a 24-year-old woman" brings in someone new,
and "the 24-year-old's mother" is someone else."""

from __future__ import annotations

import re

from storydiff.facts.genders import PLACE_WORDS, gender_of, text_genders
from storydiff.facts.lexicon import MONTH_WORDS, TITLED_ROLES, WEEKDAYS
from storydiff.facts.names import NO_NAMES
from storydiff.facts.roles import PERSON_NOUNS

_WORD = r"[A-Z][\w'’-]{0,40}"
_NAME = rf"(?<![\w'’.-])((?:{_WORD}[ \t]){{0,2}}{_WORD})"
"""A name of one to three capitalised words, starting at a word's start."""
_AGE = re.compile(r"\b(\d{1,3})-year-old\b", re.I)
_NOT_NAMES = NO_NAMES | MONTH_WORDS | frozenset(WEEKDAYS)
_PLAIN = r"(?!(?:from|in|at|of|to|with|who|and|for|on|by|near)\b)[a-z][\w'’-]{0,30}"
"""A lower-case word between an age and a name that is no preposition ("24-year-old
guard Ida Renko"; not "24-year-old man from Harwell")."""
_NEW = frozenset({"a", "an", "one", "another", "some"})
"""Words that bring someone new in ("a 24-year-old woman said")."""
_SHE = frozenset("woman girl mother daughter wife sister grandmother widow actress".split())
_HE = frozenset("man boy father son husband brother grandfather widower actor".split())


def _aged(age: str, text: str) -> set[str]:
    """The names the text gives ``age``: "Name, 52," or "Name, 52." and "Name, a
    52-year-old …", "52-year-old Name"."""
    forms = (
        rf"{_NAME},[ \t]+{age}(?=[,.;)])",
        rf"{_NAME},[ \t]+(?:a|an|the)[ \t]+{age}-year-old\b",
        rf"\b{age}-year-old[ \t]+(?:{_PLAIN}[ \t]+){{0,2}}{_NAME}(?=[ \t,.;)])",
    )
    return {m.group(1) for form in forms for m in re.finditer(form, text)}


def _apposed(words: list[str], text: str) -> set[str]:
    """The names the text describes with these words right after them ("Ida Renko, a
    24-year-old guard"), one plain word before them allowed ("Marit Solvang, a ward
    nurse", "Amir Rostani, the district's superintendent"), no verb of saying after
    them (``_NOT_SAID``); or right before them ("the board's chair, Ingrid Vasquel,",
    "the fire chief in Sorrell Falls, Martin Quillby")."""
    phrase = r"[ \t]+".join(re.escape(w) for w in words)
    after = rf"{_NAME},[ \t]+(?:a|an|the)[ \t]+(?:{_PLAIN}[ \t]+)?{phrase}\b{_NOT_SAID}"
    before = rf"\b[Tt]he[ \t]+(?:{_NOW}[ \t]+)?{phrase}{_PLACED},[ \t]+{_NAME}(?=[ \t]*[,.;)])"
    found = {m.group(1) for form in (after, before) for m in re.finditer(form, text)}
    return {n for n in found if n.split()[-1] not in PLACE_WORDS}  # "the governor, Harbour Street"


_NOW = rf"(?!(?:former|late|previous|outgoing|ex|then)\b){_PLAIN}"
"""A word before a role that says it is held now ("the board's chair"; not "the former
chief executive", someone else now)."""


_PLACED = r"(?:[ \t]+(?:in|of|at|for)[ \t]+(?:[A-Z][\w'’-]*[ \t]?){1,3})?"
"""Where a role before a name is held ("the fire chief in Sorrell Falls,")."""


_NOT_SAID = r"(?![ \t]+(?:said|says|added|told|wrote|noted|explained)\b)"
"""Not a name and an attribution after it ("A medal went to Okonkwo, the mayor
said"): no apposition."""


def described(description: str, text: str, before: int) -> str:
    """The one person ``text`` (before ``before``) describes as ``description`` says,
    by the words of an apposition after their name, else by an age the description
    gives; "" when no one or more than one person fits, and for an indefinite
    description ("a 24-year-old woman") or one with a possessive ("the 24-year-old's
    mother")."""
    words = description.split()
    if words and words[0].lower() == "the":
        words = words[1:]  # a speaker is given without it: "52-year-old"
    if not words or words[0].lower() in _NEW or "'" in description or "’" in description:
        return ""
    if any(w[:1].isupper() for w in words):
        return ""
    earlier = text[:before]
    person = len(words) > 1 or words[0].lower() in PERSON_NOUNS | TITLED_ROLES  # "the nurse"
    found = _apposed(words, earlier) if person else set()
    age = _AGE.search(description)
    if not found and age is not None:
        found = _aged(age.group(1), earlier)
    found = {_trimmed(n) for n in found} - {""}
    found = {n for n in found if _a_name(n, text) and _fits(words, n, text)}
    if len(found) != 1:
        return ""
    name = found.pop()
    return _someone_new(words, earlier, name) or name


def _someone_new(words: list[str], earlier: str, name: str) -> str:
    """The description of someone new the text brought in by the same words after it
    last named ``name`` ("Jenny Marr, a clinical nurse" … "A nurse at a hospital in
    Orange County who spoke on the condition of anonymity said" … "said the nurse": a
    nurse, not Jenny Marr), else ""."""
    phrase = r"[ \t]+".join(re.escape(w) for w in words)
    new = rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+(?:{_PLAIN}[ \t]+){{0,2}}?({phrase})\b"
    brought = [m for m in re.finditer(new, earlier) if earlier[: m.start()].rstrip()[-1:] != ","]
    last = brought[-1] if brought else None  # not "Jenny Marr, a clinical nurse": her
    if last is None or last.start() < earlier.rfind(name):
        return ""
    role = last.group(1)
    return f"an {role}" if role[0].lower() in "aeiou" else f"a {role}"


def _trimmed(name: str) -> str:
    """Without words before the name that name none ("On Monday Tomas Brandt")."""
    parts = name.split()
    while parts and parts[0].lower() in _NOT_NAMES:
        parts = parts[1:]
    return " ".join(parts)


def _a_name(name: str, text: str) -> bool:
    """Whether capitalised words are a person's name: two or more, or the last of a
    full name the text gives ("Mahler" of "Ruta Mahler"; not "Recently,")."""
    if " " in name:
        return True
    return re.search(rf"[A-Z][\w'’-]{{0,40}}[ \t]+{re.escape(name)}\b", text) is not None


def _fits(words: list[str], name: str, text: str) -> bool:
    """Whether a description's noun of a sex ("the 52-year-old woman") is not the other
    one the text marks the person as."""
    said = {w.lower() for w in words}
    want = "she" if said & _SHE else "he" if said & _HE else ""
    marked = gender_of(text_genders(text), name) if want else ""
    return not marked or marked == want


def age_given(description: str, text: str) -> bool:
    """Whether ``text`` gives anyone the age a description says ("the 52-year-old":
    "Ruta Mahler, 52,"), whether one person or more, or says it of someone more than
    once ("a 34-year-old man was arrested … the 34-year-old said")."""
    age = _AGE.search(description)
    if age is None:
        return False
    said = re.findall(rf"\b{age.group(1)}-year-old\b", text, re.I)
    return len(said) > 1 or bool(_aged(age.group(1), text))
