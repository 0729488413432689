"""What a pending sentence said was not known, and whether another sentence tells it
(``facts.resolved`` pairs the two): the key words of what was not known (``key``:
what follows words of telling or finding, else the subject before the pending words),
whether a sentence tells them (``tells``: two of them, a cause in words of cause, how
something happened when that was asked) and tells them as done (``done``: no hedge and
no pending words in the clauses that say them)."""

from __future__ import annotations

import re
from typing import NamedTuple

from storydiff.config.compare import RESOLVED_KEY_WORDS, RESOLVED_TOLD_WORDS
from storydiff.facts.claims import content_words, stem, word_list
from storydiff.facts.pending import kinds
from storydiff.facts.predicates import Frame

UNDONE = frozenset(
    "may might could would will expected expects likely unlikely possibly probably "
    "believed suspected reportedly apparently appeared unclear plans planned still "
    "searching seeking".split()
)
"""Words that tell an added sentence is not yet done: it resolves nothing. Not
``hedges.HEDGES``, whose "confirmed" is how an outcome is often told ("The chain has
since confirmed that the supplier was Hollin Ridge")."""
COMMON_PARTY = frozenset(
    "officials official police authorities spokesman spokeswoman spokesperson "
    "representative representatives lawyer lawyers attorney attorneys government "
    "ministry department office agency".split()
)
"""Parties of a common kind: one of them speaking resolves no one's silence unless
it speaks of the same thing."""
_GENERIC = COMMON_PARTY | frozenset(
    "said immediately still publicly comment comments request requests questions "
    "investigators whether reported report reports anyone anything someone".split()
)
_TELLING = re.compile(
    r"\b(?:say|said|disclosed?|released?|given?|identif|determin|explain|confirm|name"
    r"|found|find|locat|trac|establish)",
    re.IGNORECASE,
)
"""Pending words of telling or finding: what was not known is what follows them ("have
not found the source of the leak": the source; not "Ostrel, a welder, has not found
work": the welder)."""
_CAUSED = re.compile(
    r"\b(?:caused\s+by|was\s+caused|cause\s+(?:of\s+\w+\s+)?(?:was|is)"
    r"|(?:started|set|sparked|triggered)\s+by|traced\s+to|result\s+of|blamed\s+on"
    r"|died\s+(?:\w+\s+){0,3}?(?:of|from)|because\s+of|due\s+to)\b",
    re.IGNORECASE,
)
"""Words that tell a cause ("was caused by"); "caused" before what was not known does
too (``_cause_told``)."""
_ACTIVE_CAUSE = re.compile(r"\bcaused\s+(?:the\s+|an?\s+|its\s+)?([\w-]+)(?:\s+([\w-]+))?", re.I)


def _cause_told(words: tuple[str, ...] | list[str], text: str) -> bool:
    """Whether ``text`` tells a cause: in words that tell one (``_CAUSED``), or with
    "caused" before another word of what was not known ("a fuel leak caused the crash",
    not "the fire caused an estimated £2 million in damage")."""
    if _CAUSED.search(text):
        return True
    return any(
        ({stem(w.lower())} | _TOLD_AS.get(stem(w.lower()), frozenset())) & set(words)
        for m in _ACTIVE_CAUSE.finditer(text)
        for w in m.groups()
        if w
    )  # "caused the blast" tells the explosion's cause


_HOW = r"\w*\s+(?:\w+\s+){0,3}?(?:of|from|by|after)\b"
"""After the word of what happened, how it did ("died of stab wounds")."""
_WHO = re.compile(r"\b(?:how|why|what|who|whether|where|when)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:\bsaid\b|\bthat\b|[,;:—])", re.IGNORECASE)
_NOT_KEY = _GENERIC | UNDONE


def stems(text: str) -> list[str]:
    """The stems of a text's content words, in order, without the words of pending."""
    kept = content_words(text)
    return [stem(w) for w in word_list(text) if w in kept and w not in _NOT_KEY]


def clause_before(text: str, start: int) -> str:
    """The clause before the pending words: its subject ("Authorities said the fire
    may have been" -> "the fire")."""
    head = text[:start]
    cuts = [m.end() for m in _CLAUSE_START.finditer(head)]
    return head[cuts[-1] :] if cuts and head[cuts[-1] :].strip() else head


class Key(NamedTuple):
    """What was not known: its words' stems, whether it was how something happened,
    and whether it is a verb after a pronoun ("whether he will testify")."""

    words: list[str]
    how: bool = False
    verb: bool = False


_PRONOUNS = frozenset("he she they it we i".split())


def key(text: str, found: re.Match[str]) -> Key:
    """The stems (``RESOLVED_KEY_WORDS``) of what was not known: of what follows words of
    telling ("have not said how she died": died; "did not disclose a cause": cause),
    else of the subject before the pending words ("The cause of the fire is under
    investigation": cause, fire); the other when that one has none ("Their conditions
    were not released.")."""
    subject = stems(clause_before(text, found.start()))
    after = text[found.end() :]
    asked = _WHO.search(after)
    rest = re.split(r"[,;.]", after[asked.end() :] if asked else after)[0]
    told = stems(rest)
    first, second = (told, subject) if _TELLING.search(found.group()) else (subject, told)
    if not first:
        return Key(second[:RESOLVED_KEY_WORDS])
    how = asked is not None and asked.group().lower() == "how" and first is told
    verb = first is told and rest.split()[:1] != [] and rest.split()[0].lower() in _PRONOUNS
    return Key(first[:RESOLVED_KEY_WORDS], how, verb)


def tells(unknown: Key, text: str, frame: Frame | None) -> bool:
    """Whether an added sentence (``frame``: its main clause) tells the thing ``unknown``
    says: has ``RESOLVED_TOLD_WORDS`` of its words ("whether patient data had been stolen" /
    "patient records had been stolen"), a cause when it says what caused it ("caused
    by", "died of pneumonia"), how it happened when that was asked ("died of stab
    wounds"), and a verb after a pronoun as its own main verb ("whether he will
    testify" is not told by "stands by his testimony")."""
    words = unknown.words
    said = {stem(w) for w in word_list(text)}
    said |= {k for k, told_as in _TOLD_AS.items() if said & told_as}  # "died" tells the dead
    figure = bool(_FIGURE.search(text))
    if figure:
        said.add("numbe")  # a figure tells "the number of"
    told = sum(_cause_told(words, text) if k == "caus" else k in said for k in words)
    if set(words) & _TOLL and not figure:
        return False  # the dead and the casualties are told by how many
    if unknown.how and not re.search(rf"\b{re.escape(words[0])}{_HOW}", text, re.IGNORECASE):
        return False
    if unknown.verb and not any(
        words[0].startswith(stem(v)) for v in (frame.verbs if frame else ())
    ):
        return False
    return bool(words) and told >= min(RESOLVED_TOLD_WORDS, len(words))


_HARMED = frozenset(map(stem, "died killed dead deaths injured hurt wounded".split()))
_TOLD_AS = {
    stem("dead"): _HARMED,
    stem("deaths"): _HARMED,
    stem("casualties"): _HARMED,
    stem("injured"): frozenset(map(stem, "injured hurt wounded injuries".split())),
    stem("explosion"): frozenset(map(stem, "explosion blast".split())),
    stem("blast"): frozenset(map(stem, "explosion explosions".split())),
    stem("fire"): frozenset(map(stem, "blaze fire".split())),
    stem("blaze"): frozenset(map(stem, "fire fires".split())),
}
"""What was not known, told in other words: the dead by who died or was killed,
casualties by the dead or injured, an explosion as a blast and a fire as a blaze."""
_TOLL = frozenset({stem("dead"), stem("deaths"), stem("casualties")})
_FIGURE = re.compile(
    r"\b(?<!no )(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens"
    r"|hundreds|thousands)\b",
    re.IGNORECASE,
)


def done(text: str, unknown: list[str] | None = None) -> bool:
    """Whether ``text`` tells something as done: no hedge and no pending words, in the
    clauses that say a word of ``unknown`` when it names what was not known ("Police found
    the source of the leak, a cracked valve, and the school will remain closed": the
    school's "will" is another clause's)."""
    if unknown:
        clauses = _CLAUSES.split(text)
        saying = [c for c in clauses if {stem(w) for w in word_list(c)} & set(unknown)]
        text = " ".join(saying) or text
    return not (UNDONE & set(word_list(text)) or kinds(text))


_CLAUSES = re.compile(r",\s+(?:and|but|while|as)\s+|;\s+")
"""Where a sentence joins a clause of its own."""
