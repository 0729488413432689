"""Who a description by age or by the words of an apposition stands for: "the
52-year-old" for the one person the text gave that age ("Ruta Mahler, 52,"), "the
24-year-old guard" for the one it described so ("Ida Renko, a 24-year-old guard in
her first season"), when the text says who and no one else fits."""

from __future__ import annotations

import re

_NAME = r"((?:[A-Z][\w'’-]+[ \t]){0,2}[A-Z][\w'’-]+)"
_AGE = re.compile(r"\b(\d{1,3})-year-old\b", re.I)
_OPENING = frozenset({"the", "a", "an"})


def _aged(age: str, text: str) -> set[str]:
    """The names the text gives ``age``: "Name, 52," or "Name, 52." and "Name, a
    52-year-old …", "52-year-old Name"."""
    forms = (
        rf"{_NAME},[ \t]+{age}(?=[,.;)])",
        rf"{_NAME},[ \t]+(?:a|an|the)[ \t]+{age}-year-old\b",
        rf"\b{age}-year-old[ \t]+(?:[a-z][\w-]*[ \t]+){{0,3}}{_NAME}",
    )
    return {m.group(1) for form in forms for m in re.finditer(form, text)}


def _apposed(words: list[str], text: str) -> set[str]:
    """The names the text describes with these words right after them ("Ida Renko, a
    24-year-old guard")."""
    phrase = r"[ \t]+".join(re.escape(w) for w in words)
    form = rf"{_NAME},[ \t]+(?:a|an|the)[ \t]+{phrase}\b"
    return {m.group(1) for m in re.finditer(form, text, flags=0)}


def described(description: str, text: str, before: int) -> str:
    """The one person ``text`` (before ``before``) describes as ``description`` says,
    by the words of an apposition after their name, else by an age the description
    gives; "" when no one or more than one person fits."""
    words = description.split()
    if words and words[0].lower() in _OPENING:
        words = words[1:]
    if not words or any(w[:1].isupper() for w in words):
        return ""
    earlier = text[:before]
    found = _apposed(words, earlier) if len(words) > 1 else set()
    age = _AGE.search(description)
    if not found and age is not None:
        found = _aged(age.group(1), earlier)
    found = {n for n in found if _a_name(n, text)}
    return found.pop() if len(found) == 1 else ""


def _a_name(name: str, text: str) -> bool:
    """Whether capitalised words are a person's name: two or more, or the last of a
    full name the text gives ("Mahler" of "Ruta Mahler"; not "Recently,")."""
    if " " in name:
        return True
    return re.search(rf"[A-Z][\w'’-]+[ \t]+{re.escape(name)}\b", text) is not None
