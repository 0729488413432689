"""Names as news writes them: the same speaker or entity said several ways, and
whether a text mentions one."""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz.distance import Levenshtein

from storydiff.facts import claims
from storydiff.facts.model import Fact

_PUNCT = re.compile(r"[^\w]+")
QUOTE_CHARS = '“”"«»„'


def norm(text: str) -> str:
    """Lower case, words only; "50%" and "50 percent" read alike."""
    return " ".join(_PUNCT.sub(" ", text.casefold().replace("%", " percent ")).split())


def mentions(text: str, phrase: str, fuzzy: bool = False) -> bool:
    """Whether ``text`` says ``phrase`` (case and punctuation aside); ``fuzzy`` also
    accepts a one-word phrase spelled within two edits ("goverment")."""
    target = norm(phrase)
    if not target:
        return False
    hay = norm(text)
    if target in hay:
        return True
    if fuzzy and " " not in target and len(target) >= 5:
        return any(Levenshtein.distance(target, w) <= 2 for w in set(hay.split()))
    return False


def same_speaker(a: str, b: str) -> bool:
    """One speaker named two ways: "Struzzi" / "Diane Struzzi", "Facebook" / "The
    Facebook"."""
    x, y = norm(strip_the(a)), norm(strip_the(b))
    if x == y:
        return True
    if not x or not y:
        return False
    return x.split()[-1] == y.split()[-1] and (x in y or y in x)


def named(speaker: str) -> bool:
    """A speaker with a name ("Eric Holder", "Norland Coastguard"), not a description
    ("analysts", "a woman", "This lawsuit", "sports committee")."""
    words = [w for w in speaker.split() if w.lower() not in ("of", "the", "and", "for", "de")]
    return (
        bool(words)
        and words[0].lower() not in ("this", "a", "an")
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
    )


def strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def surname(name: str) -> str:
    parts = name.split()
    return parts[-1] if parts else ""


_TITLES = {
    "mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame", "chief", "commander",
    "captain", "capt", "general", "gen", "colonel", "col", "major", "lieutenant", "lt",
    "sergeant", "sgt", "admiral", "president", "minister", "prime", "secretary", "senator",
    "sen", "rep", "governor", "gov", "mayor", "judge", "justice", "director", "chairman",
    "chairwoman", "king", "queen", "prince", "princess", "father", "sister", "rabbi",
    "imam", "bishop", "officer", "inspector", "superintendent", "coach", "ambassador",
    "spokesman", "spokeswoman", "deputy", "vice", "chancellor", "pope", "coastguard",
}  # fmt: skip


def full_name(name: str, text: str) -> str:
    """A surname said alone, expanded to the fullest form the text uses ("Brandt" ->
    "Pieter Brandt"), without titles ("Commander", "Mayor")."""
    if not name or " " in name.strip():
        return name
    best = name
    for m in re.finditer(rf"((?:[A-Z][\w'’.-]*\s+){{1,3}}){re.escape(name)}\b", text):
        given: list[str] = []
        for word in reversed(m.group(1).split()):  # walk left from the surname
            if word.lower().strip(".") in _TITLES or (word.endswith(".") and len(word) > 2):
                break  # a title, or the end of the sentence before ("Parliament.")
            given.insert(0, word)
        candidate = " ".join([*given, name])
        if given and len(candidate) > len(best):
            best = candidate
    return best


def titled(description: str, text: str, before: int) -> str:
    """The person a description by title stands for ("the president", "the furious
    president" -> "Donald Trump"): of the people the text gives that title, the one
    named most often (then one named before ``before``); the description itself when
    the text gives the title to no one."""
    words = description.split()
    if not words or named(description) or words[-1].lower().strip(".") not in _TITLES:
        return description
    title = re.escape(words[-1].strip("."))
    pattern = re.compile(rf"\b(?i:{title})\.?\s+((?:[A-Z][\w'’-]+[ \t]?){{1,3}})")
    found = [m.group(1).strip() for m in pattern.finditer(text)]
    if not found:
        return description
    earlier = [m.group(1).strip() for m in pattern.finditer(text[:before])]
    # The one the story is about: named most often by surname, then named last before.
    return max(
        dict.fromkeys(found),
        key=lambda n: (len(re.findall(rf"\b{re.escape(surname(n))}\b", text)), n in earlier),
    )


def same_title(a: str, b: str) -> bool:
    """ "Facebook deputy general counsel" / "deputy general counsel", "writer" /
    "writers": a title said longer or shorter is the same title."""
    x, y = set(norm(a).split()), set(norm(b).split())
    return x <= y or y <= x or claims.same_content(a, b)


def in_dateline(f: Fact, text: str) -> bool:
    """A place in capitals at the very start ("WASHINGTON (AP) --") is the dateline's."""
    return f.start < 60 and f.text.isupper() and text[: f.start].strip(" \n-—–") == ""


_IN_PLACE = re.compile(r"\b(?:in|near|outside|across|around)\s+$", re.I)


def people_by_name(facts: dict[int, list[Fact]], text: str = "") -> dict[int, list[Fact]]:
    """Persons the recogniser took for organisations or places elsewhere in the same
    ``text``: once a text names someone in full as a person ("Maria Gonzalez"), that
    surname said alone ("Gonzalez said") is the person whatever kind the recogniser
    gave it, and so is the same full name tagged as a place. News writing names a
    person in full first and by surname after, and the small model reads a lone
    surname by its sentence alone.

    A full name tagged as an organisation stays one: companies are named after people
    ("Alfa Romeo", "Morgan Stanley") and the model tags them as persons as often. A
    surname after "in" or "near" ("in Lincoln") is a place named like the person."""
    full = {f.value for fs in facts.values() for f in fs if f.kind == "person"}
    full = {v for v in full if len(v.split()) >= 2}
    surnames = {surname(v) for v in full}

    def person(f: Fact) -> bool:
        if f.kind == "place" and f.value in full:
            return True
        if f.kind not in ("organization", "place") or " " in f.value or f.value not in surnames:
            return False
        at_place = _IN_PLACE.search(text[max(0, f.start - 12) : f.start])
        return not (at_place and text[f.end : f.end + 2] not in ("'s", "’s"))

    return {
        i: [replace(f, kind="person") if person(f) else f for f in fs] for i, fs in facts.items()
    }
