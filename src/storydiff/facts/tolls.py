"""What a count of people in a disaster or an attack counts, by the words right around
its figure in its sentence: the dead ("killing at least 12 people", "42 people died",
"the death toll rose to 27"), the missing ("leaving nine others missing", "15 people
still missing") or the injured ("injuring 17 people", "20 people were hurt"). Two
counts said of two of these are two things, whatever noun they count: "killing at
least 12 people" -> "with 15 people still missing" is no update of 12 to 15."""

from __future__ import annotations

import re

from storydiff.facts.builder import Builder, Pending, Versions
from storydiff.facts.counted import PEOPLE
from storydiff.facts.model import Fact
from storydiff.text.sentences import Sentence

_QUALIFIED = r"(?:(?:at\s+least|more\s+than|about|nearly|some|another|an\s+estimated)\s+)?"
_HURT = r"injur(?:ed|ing|es)|wound(?:ed|ing|s)|hurt(?:ing)?"
_CLAUSE_OPEN = r"(?!\b(?:as|and|while|after|with|but|when)\b)"
"""A word that opens another clause, past which "the death toll" counts nothing more
("The death toll rose to 12 as 30 people were rescued": 30 are no dead)."""
_BEFORE = {
    "dead": re.compile(
        rf"\bkill(?:ed|ing|s)?\s+{_QUALIFIED}$|\bdeath\s+toll\b(?:{_CLAUSE_OPEN}[^,;])*$", re.I
    ),
    "injured": re.compile(rf"\b(?:{_HURT})\s+{_QUALIFIED}$", re.I),
}
_STATE = (
    r"(?:of\s+(?:whom|them)\s+)?(?:(?:were|was|are|is|have|has|had|been|remain(?:ed|s)?|still"
    r"|reported|left|later|since|now|feared|believed|presumed|confirmed|\w+ly)\s+){0,4}"
)
_AFTER = {
    "dead": re.compile(
        rf"^\s+{_STATE}(?:(?<=were\s)|(?<=was\s)|(?<=been\s))killed\b"
        rf"|^\s+{_STATE}killed(?=\s+(?:in|by|on|at|during|after|when|while|as)\b|\s*[,.;]|\s*$)"
        rf"|^\s+{_STATE}(?:died|dead|shot\s+dead)\b",
        re.I,
    ),
    "missing": re.compile(rf"^\s+{_STATE}(?:missing|unaccounted\s+for)\b", re.I),
    "injured": re.compile(
        rf"^\s+{_STATE}(?:injured|wounded|hurt|in\s+(?:serious|critical|grave|stable)"
        r"\s+condition|in\s+(?:the\s+)?hospitals?)\b",
        re.I,
    ),
}
"""What the words right after a count say it counts: "were killed", "killed in the
blast" (not "killed 5 people", whose count is who killed), "died", "dead", "shot
dead"; "still feared missing"; "were seriously injured", "in critical condition",
"remained in hospital"."""


def toll_said(words: str, sentence: str, at: int = -1) -> str:
    """What a count's ``words`` ("at least 12 people") count in ``sentence`` by the
    words right around them (where ``at`` says, else where the words first stand):
    "dead", "missing", "injured", or "" when they say none."""
    at = at if at >= 0 else sentence.find(words)
    if not words or at < 0 or sentence[at : at + len(words)] != words:
        return ""
    head = sentence[max(0, at - 80) : at]
    tail = sentence[at + len(words) : at + len(words) + 60]
    for toll, after in _AFTER.items():
        if after.search(tail):
            return toll
    return next((toll for toll, before in _BEFORE.items() if before.search(head)), "")


def same_toll(f: Fact, others: list[Fact], texts: tuple[str, str]) -> Fact | None:
    """The first of ``others`` (in ``texts[1]``) said of the toll ``f`` is said of (in
    ``texts[0]``), if it is said of one: "three of whom have died" pairs with "the death
    toll to five" before "rose to 23"."""
    toll = toll_said(f.text, texts[0])
    return next((g for g in others if toll and toll_said(g.text, texts[1]) == toll), None)


def one_toll(old: tuple[str, str], new: tuple[str, str]) -> bool:
    """Whether two counts (each its words and its sentence) are said of one toll, by
    whatever noun ("six of them in serious condition" / "three others were in
    critical condition")."""
    a = toll_said(*old)
    return bool(a) and a == toll_said(*new)


def other_tolls(old: tuple[str, str], new: tuple[str, str]) -> bool:
    """Whether two counts (each its words and its sentence) are said of two tolls."""
    a, b = toll_said(*old), toll_said(*new)
    return bool(a and b and a != b)


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_DEATH_TOLL = re.compile(r"\bdeath\s+toll\b", re.I)


def toll_updates(pending: Pending, out: Builder, v: Versions) -> None:
    """The one count of the dead each side has left, said two ways ("killed at least 42
    people" -> "the death toll rose to 87"): an update of the toll; and so the one count
    of the missing, and of the injured ("leaving nine others missing" -> "with 15
    people still missing", ``tolls``); of several, the toll itself ("rose to 19 after
    five of the injured died": ``_the_toll``). One value said twice on a side (a
    headline's "Kill at Least 14" and the lead's "killing at least 14 people") is one
    count, the one that names whom it counts."""
    for toll in ("dead", "missing", "injured"):
        olds = _the_toll([f for f in pending.old if _toll_count(f, toll, v.old_sents)])
        news = _the_toll([f for f in pending.new if _toll_count(f, toll, v.new_sents)])
        if len({f.value for f in olds}) == len({f.value for f in news}) == 1:
            o, n = _named_first(olds), _named_first(news)
            if o.value != n.value:
                out.update("quantity", toll, o, n)
                pending.old.remove(o)
                pending.new.remove(n)


def _the_toll(facts: list[Fact]) -> list[Fact]:
    """Of counts of one toll of several values, the toll itself when one value says it
    ("the death toll rose to 19 after five of the injured died": 19), else all."""
    tolls = [f for f in facts if f.subject == "toll"]
    return (
        tolls if len({f.value for f in facts}) > 1 and len({f.value for f in tolls}) == 1 else facts
    )


def tolls_apart(o: tuple[str, str], n: tuple[str, str]) -> bool:
    """Whether two counts (each its words and its sentence) are of two tolls, or of one
    toll in two stories, one sentence naming a year and the other not ("At least 14
    people were killed" / "In 2017, 23 people were killed")."""
    a, b = toll_said(*o), toll_said(*n)
    if not (a and b):
        return False
    return a != b or bool(_YEAR.search(o[1])) != bool(_YEAR.search(n[1]))


def _named_first(facts: list[Fact]) -> Fact:
    """The first of counts of one value that names whom it counts, else the first."""
    return next((f for f in facts if f.subject), facts[0])


def _toll_count(f: Fact, toll: str, sentences: list[Sentence]) -> bool:
    """A count of ``toll`` by the words around its figure (``toll_said``), of people or
    of nothing named ("killed at least 42 people", "three of whom have died"), or the
    toll itself after "death toll" in its sentence ("The death toll from the quake and
    the landslides rose to 87"), in a sentence that names no year ("a 2015
    flood killed 40 people" is another story's)."""
    if f.kind != "quantity" or f.weak or f.measure or f.value in ("", "0"):
        return False
    s = sentences[f.sentence]
    if _YEAR.search(s.text):
        return False
    if f.subject == "toll":  # counts the toll itself: a death toll when the words say so
        return toll == "dead" and _DEATH_TOLL.search(s.text[: f.start - s.start]) is not None
    if f.subject in _TOLLS:  # "22 injured", "14 dead"
        return _TOLLS[f.subject] == toll
    counted = f.subject in PEOPLE or f.subject in ("", "people")
    return counted and toll_said(f.text, s.text, f.start - s.start) == toll


_TOLLS = {"dead": "dead", "injured": "injured", "wounded": "injured", "missing": "missing"}
"""Counts whose noun is the toll ("22 injured", "14 dead")."""
