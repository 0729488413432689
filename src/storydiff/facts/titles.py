"""Who a description by title stands for ("the president", "the furious president",
"his solicitor", "said the official"): the person the text gives that title or
calling before a name ("President Ana Ruiz", "Harbour official Mara Keld", "Her
lawyer, Michael Avenatti,"), when the text says who."""

from __future__ import annotations

import re

from storydiff.facts import demonyms
from storydiff.facts.callings import COMPANY_EPITHETS
from storydiff.facts.entities import PLACE_HEADS
from storydiff.facts.lexicon import ROLE_RANKS
from storydiff.facts.names import NAME_TITLES, NO_NAMES, named, surname
from storydiff.facts.roles import organisation_name, title_word

_CALLINGS = frozenset(
    {"solicitor", "lawyer", "attorney", "barrister", "counsel", "manager", "official", "prosecutor"}
)
"""Callings a text writes before a name ("Defence solicitor Paul Byrne", "Harbour
official Mara Keld") and alone for the same person ("his solicitor said", "said the
official"); no title of the name itself."""
_OWNERS = frozenset({"the", "his", "her", "their"})
_SIDES = frozenset({"defense", "defence"})
_LAWYERS = frozenset({"lawyer", "attorney", "counsel", "solicitor", "barrister"})
"""A lawyer's callings, which a side may come before and still be the one calling the
text gave one person ("the defense lawyer" of "Brandvold's lawyer, Felix Aranda,";
not "a defense official")."""


def titled(description: str, text: str, before: int) -> str:
    """The person a description by title stands for ("the president", "the furious
    president" -> "Donald Trump"): of the people the text gives that title, the one
    named most often (then one named before ``before``); the description itself when
    the text gives the title to no one. The whole title is sought ("the Prime Minister"
    is not "Foreign Minister Ana Ruiz"); a calling ("his solicitor") only when the text
    gives it to one person alone ("Defence solicitor Paul Byrne"); a title after a
    place's adjective ("the Bavarian First Minister") only to one given it where the
    place is named (``_given``)."""
    words = description.split()
    if not words:
        return description
    calling = words[-1].lower().strip(".") in _CALLINGS
    side = words[0].lower() in _SIDES and words[-1].lower() in _LAWYERS
    if (
        calling
        and len(words) > 1
        and (len(words) != 2 or not (words[0].lower() in _OWNERS or side))
    ):
        return description  # only "his lawyer", "(the) solicitor": not "the union's counsel"
    k = len(words)
    while k and words[k - 1].lower().strip(".") in NAME_TITLES:
        k -= 1  # the whole title: "Prime Minister", not "Minister"
    if not calling and k == len(words):
        return description
    j = 0
    while j < k and _DEMONYM.fullmatch(words[j]):
        j += 1  # "the German Chancellor": the title of the one named "Chancellor X"
    if named(description) and k > (words[0].lower() in _OWNERS) and not j:
        return description  # a name, not "the Chief Minister" alone
    title = r"\s+".join(re.escape(w.strip(".")) for w in words[-1 if calling else j or k :])
    team = {w for w in words[j:k] if w[:1].isupper() and w.lower() not in _OWNERS}
    apposed = calling or _owned_only(words[:k])
    found = _given(title, text, before, calling, words[j - 1] if j else "", team, apposed)
    return found or description


def _owned_only(words: list[str]) -> bool:
    """Whether the words before a title say only whose it is ("the", "the airline's"),
    no kind or time of it ("the fire chief", "the former chief executive")."""
    rest = [w for w in words if w.lower() not in _OWNERS]
    return not rest or rest[-1].endswith(("'s", "’s"))


_SENTENCE_END = re.compile(r"[.!?][’”\"]?\s")


def _of_place(adjective: str, sentence: str) -> bool:
    """Whether ``sentence`` says ``adjective`` or names a place it is the adjective of
    (``demonyms.as_adjective``: "Bavaria" for "Bavarian", not "Australia" for
    "Austrian")."""
    if re.search(rf"\b{re.escape(adjective)}\b", sentence):
        return True
    places = set(re.findall(r"\b[A-Z][a-z]{3,}\b", sentence))
    return any(demonyms.as_adjective(place, adjective) for place in places)


def _sentence_of(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``, cut at full stops followed by a space
    (a title's own full stop, "Gov. Ana Ruiz", may cut it short: a place after it is
    then not seen)."""
    head = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    tail = _SENTENCE_END.search(text, end)
    return text[head : tail.start() if tail else len(text)]


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i|ch|ic)")
"""A country's or a region's adjective before a title ("German", "Bavarian",
"British", "Israeli", "French", "Icelandic"): no part of the title given with a name."""


def _given(
    title: str,
    text: str,
    before: int,
    calling: bool,
    near: str = "",
    team: set[str] | None = None,
    apposed: bool = False,
) -> str:
    """The person the text gives ``title`` (a pattern of its words) before a name, else
    "" (also when a ``calling`` is given to two people). With ``near`` (a place's
    adjective the description had: "Bavarian" of "the Bavarian First Minister"), only
    a mention whose own sentence names that place or says that adjective counts: "the
    Irish Prime Minister" is not "Prime Minister Boris Johnson" of London, nor "the
    Austrian Chancellor" one who flew to Australia. With ``team`` (the names the
    description puts before the title: "Lakers" of "the Lakers coach"), a mention whose
    title another name comes before is someone else's ("Celtics coach Brad Stevens").
    With ``apposed``, a full name between commas after "the" and the title counts too
    ("the chief executive, Tomas Veltro,"; not "Kessla Air's chief executive, …")."""
    name = r"\.?[ \t]+((?:[A-Z][\w'’-]+[ \t]?){1,3})"
    name = rf"(?:{name}|,[ \t]+((?:[A-Z][\w'’-]+[ \t]){{1,2}}[A-Z][\w'’-]+)(?=,))"
    pattern = re.compile(rf"\b(?i:{title}){name}")
    matches = [
        m
        for m in pattern.finditer(text)
        if _who(m)
        and (m.group(1) is not None or (apposed and (calling or _after_the(text, m.start()))))
        and (not (calling or m.group(1) is None) or _a_person(_who(m)))
        and not _other_team(text, m.start(), team)
    ]
    found = [
        _who(m)
        for m in matches
        if not near or _of_place(near, _sentence_of(text, m.start(), m.end()))
    ]
    if not found or (calling and len(set(found)) > 1):
        return ""  # a calling given to two people says neither
    seen = [m for m in matches if m.end() <= before]
    if calling and _met_anew(title, text[seen[-1].end() if seen else 0 : before]):
        return ""  # "an official" since the one named: the one the quote's "the" means
    earlier = [_who(m) for m in seen]
    # The one the story is about: named most often by surname, then named last before.
    return max(
        dict.fromkeys(found),
        key=lambda n: (len(re.findall(rf"\b{re.escape(surname(n))}\b", text)), n in earlier),
    )


_TEAM_WORD = re.compile(r"([A-Z][\w'’&-]*)[ \t]+$")


def _other_team(text: str, at: int, team: set[str] | None) -> bool:
    """Whether a capitalised word right before a title at ``at`` names another team or
    body than ``team`` ("Celtics coach X" for "the Lakers coach"); a title word or a
    sentence's first word ("Head coach X") names none."""
    if not team:
        return False
    m = _TEAM_WORD.search(text, max(0, at - 40), at)
    if m is None or m.group(1) in team or title_word(m.group(1)):
        return False
    return not re.search(r"(?:^|[.!?\n][’”\"]?\s*)$", text[max(0, m.start() - 3) : m.start()])


def _who(m: re.Match[str]) -> str:
    """The name ``_given``'s pattern found, in either of its forms, without the title
    words it starts with ("Director Ana Ruiz" after "Executive"); "" for words that
    start a sentence, not a name ("The" after "became chief executive.")."""
    words = (m.group(1) or m.group(m.lastindex or 1) or "").split()
    while words and words[0].lower().strip(".") in NAME_TITLES:
        words = words[1:]
    return "" if not words or words[0].lower() in NO_NAMES else " ".join(words)


def _after_the(text: str, at: int) -> bool:
    """Whether the word right before ``at`` is "the"."""
    return re.search(r"\b[Tt]he[ \t]+$", text[max(0, at - 5) : at]) is not None


def _a_person(name: str) -> bool:
    """Whether words a calling stands before are a person's full name: two or three
    words, none a title or an organisation's ("the official Twitter account", "Texas
    Gov. Tom Vance", "the official Harbour Department website" are not)."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() in PLACE_HEADS:  # "the governor, Harbour Street,"
        return False
    return not organisation_name(name) and not any(map(title_word, words))


_ANEW_WORD = r"(?!(?i:the|this|that|these|those|his|her|their|its|our|later|after)\b)[\w'’-]+"


def _met_anew(title: str, between: str) -> bool:
    """Whether ``between`` brings in someone new by the calling ``title`` ("an
    official", "a city official who asked not to be named", "another lawyer", "one of
    the officials"), not "a day later the official"."""
    one = rf"\b(?i:an?|another|one)\s+(?:{_ANEW_WORD}\s+){{0,3}}(?i:{title})\b"
    some = rf"\b(?i:one|some|two|three)\s+of\s+(?:\w+\s+){{1,3}}?(?i:{title})s\b"
    return re.search(one, between) is not None or re.search(some, between) is not None


_RANKS = ROLE_RANKS | {"senior", "chief", "press", "junior"}
"""Words before a role that make it another job ("deputy spokesman", "press
secretary"): never a kind that a name may say."""


_BUSINESSES = COMPANY_EPITHETS | frozenset(
    "company firm railroad railway airline utility network club team".split()
)
"""Kinds of a business a version may say in a word and the other by its name (the
company words of ``callings`` and the trades a name says by its own word)."""


def kind_named(a: str, b: str) -> bool:
    """Whether two titles give one role whose kind one says in a word and the other by
    name: a business ("railroad spokesman" / "Kestrel Rail spokesman", "company
    spokeswoman" / "Orvane spokeswoman"), or a name with a word the kind is or starts
    with ("Kessla Police spokesman"; not "Kessla Policy Forum"); not
    another rank of it ("deputy spokesman") nor another body ("state senator" / "U.S.
    senator", "police spokesman" / "Harrow Transit spokesman")."""
    x, y = a.split(), b.split()
    if len(x) < 2 or len(y) < 2 or x[-1].lower() != y[-1].lower():
        return False
    for kind, name in ((x[:-1], y[:-1]), (y[:-1], x[:-1])):
        if (
            len(kind) == 1
            and kind[0].isalpha()
            and kind[0].islower()
            and all(w[:1].isupper() and w.lower() not in _RANKS for w in name)
            and (kind[0] in _BUSINESSES or any(_said_by(kind[0], w.lower()) for w in name))
        ):
            return True
    return False


def _said_by(kind: str, word: str) -> bool:
    """Whether a word of a name says a kind: the kind itself, or the start of it
    ("rail" of "railroad"), four letters or more."""
    return kind in (word, word.rstrip("s")) or (len(word) >= 4 and kind.startswith(word))
