"""One speaker of one quotation credited in two ways by two versions, which is no
change of speaker (``facts.link_round``):

- *one person named two ways* (``one_person``): with and without a middle name or
  initial, a title or "Jr." ("Neal R. Sonnett" / "Neal Sonnett", "Arthur Sulzberger" /
  "Arthur Ochs Sulzberger Jr."), a short form of the first name ("Doug Feith" /
  "Douglas J. Feith", "Ron Kuby" / "Ronald L. Kuby"), the surname alone or respelt by
  one letter ("Kinsley" / "Michael Kinsely"), or the first name alone where it is the
  name the person goes by ("Thaksin" / "Thaksin Shinawatra"). Two first names before
  one surname are two people ("Mary Dole" / "Bob Dole").
- *a body under another name* (``aliases.mentioned``): "the Fed" / "the Federal Open
  Market Committee".
- *a body and the person it speaks through* (``speaks_for``): "Disney" / "Disney
  spokeswoman Rena Callahan", "Hynix" / "Hynix CEO E.J. Woo": the person's own words
  around the name name the body. Two people who speak for one body are two ("Coke
  spokeswoman Sonya Soutus" / "Coke spokesman Ben Deutsch").
- *a person and a description of them* (``described_as``): "a Merrill spokesman" /
  "Mark Herr, spokesman for Merrill Lynch": every word of the description is among
  the words around the name.
- *one description said shorter* (``described_again``): "the spokesman" / "a spokesman
  for the British High Commission", "a Republican" / "a Republican legislator"; not
  "the mayor" / "the deputy mayor" (``sources.role_changed``).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from storydiff.config import SPEAKER_SURNAME_EDITS, SPEAKER_SURNAME_MIN
from storydiff.facts.aliases import mentioned
from storydiff.facts.analysis import Analysis
from storydiff.facts.builder import Versions
from storydiff.facts.names import NAME_TITLES, mentions, named, norm, same_speaker
from storydiff.facts.quotes import Quote
from storydiff.facts.roles import organisation_name
from storydiff.facts.sources import role_changed

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*\.?")
_SHORT_FIRST = {
    "bill": "william", "billy": "william", "bob": "robert", "bobby": "robert",
    "dick": "richard", "rick": "richard", "jim": "james", "jimmy": "james",
    "mike": "michael", "tom": "thomas", "tony": "anthony", "ted": "edward",
    "ed": "edward", "joe": "joseph", "jack": "john", "chuck": "charles",
    "liz": "elizabeth", "beth": "elizabeth", "kate": "katherine", "peggy": "margaret",
    "steve": "stephen", "chris": "christopher", "larry": "lawrence", "jerry": "gerald",
    "hank": "henry", "harry": "henry", "ned": "edward", "sandy": "alexandra",
}  # fmt: skip
"""First names and the full names they are short for, where the short one is not the
full one's beginning ("Bill" / "William"; "Doug" / "Douglas" needs no entry)."""
_PREFIX_MIN = 3
"""The fewest letters a short first name that begins the full one has ("Ron")."""


def name_words(name: str) -> list[str]:
    """A person's name as lower-case words without dots, titles and "Jr." ("Rep. Louise
    McIntosh Slaughter" -> louise, mcintosh, slaughter).

    Examples:
        >>> name_words("Sen. Joseph I. Lieberman Jr."), name_words("E.J. Woo")
        (['joseph', 'i', 'lieberman'], ['e', 'j', 'woo'])
    """
    words = [w.casefold().replace(".", "") for w in _WORD.findall(name)]
    words = [re.sub(r"['’]s$", "", w) for w in words]
    return [w for w in words if w and w not in NAME_TITLES and w not in _SUFFIXES]


def _first_names_agree(a: str, b: str) -> bool:
    """Two first names of one person: the same, an initial of the other, the other's
    beginning ("Doug" / "Douglas") or its usual short form ("Bill" / "William")."""
    short, full = sorted((a, b), key=len)
    if short == full or (len(short) == 1 and full.startswith(short)):
        return True
    if len(short) >= _PREFIX_MIN and full.startswith(short):
        return True
    return _SHORT_FIRST.get(short) == full or _SHORT_FIRST.get(full) == short


def _same_surname(a: str, b: str) -> bool:
    """One surname, or one respelt by a letter ("Kinsley" / "Kinsely")."""
    if a == b:
        return True
    shortest = min(len(a), len(b))
    return shortest >= SPEAKER_SURNAME_MIN and OSA.distance(a, b) <= SPEAKER_SURNAME_EDITS


def one_person(a: str, b: str) -> bool:
    """Whether two speakers' names name one person (the module's first list).

    Examples:
        >>> one_person("Doug Feith", "Douglas J. Feith"), one_person("Kinsley", "Michael Kinsely")
        (True, True)
        >>> one_person("Mary Dole", "Bob Dole"), one_person("Ashcroft", "Michael Chertoff")
        (False, False)
    """
    x, y = name_words(a), name_words(b)
    if not x or not y:
        return False
    if _same_surname(x[-1], y[-1]):
        return len(x) == 1 or len(y) == 1 or _first_names_agree(x[0], y[0])
    short, full = sorted((x, y), key=len)
    return len(short) == 1 and len(full) == 2 and short[0] == full[0]


_AROUND_BEFORE = 6
_AROUND_AFTER = 10
"""How many words before a person's name, and after it, may say whom they speak for
("Disney spokeswoman Rena Callahan"; "Brian Halla, National's chief executive,")."""


def around(sentence: str, name: str) -> str:
    """The words around the first mention of ``name`` in ``sentence`` that say who the
    person is: a few before it, and a few after it up to a quotation mark or the end of
    the clause; "" when the sentence does not say the name."""
    m = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence)
    if m is None:
        return ""
    before = sentence[: m.start()].split()[-_AROUND_BEFORE:]
    after = re.split(r"[\"“”]|[.;:!?](?:\s|$)", sentence[m.end() :])[0].split()[:_AROUND_AFTER]
    return " ".join([*before, *after])


def speaks_for(body: str, person: str, sentence: str) -> bool:
    """Whether ``sentence`` names ``person`` as speaking for ``body``: the words around
    the person's name name the body ("Disney spokeswoman Rena Callahan"; "E.J. Woo" of
    "Hynix CEO E.J. Woo" for "Hynix Semiconductors")."""
    near = around(sentence, person)
    if not near or not body.strip():
        return False
    if mentions(near, body) or mentioned(body, near):
        return True
    first = body.split()[0]  # "Hynix" of "Hynix Semiconductors", as written
    return (
        len(body.split()) > 1
        and first[:1].isupper()
        and first.casefold() != "the"
        and re.search(rf"(?<!\w){re.escape(first)}(?!\w)", near) is not None
    )


_ARTICLES = frozenset({"a", "an", "the", "one", "for", "of", "at", "in", "with"})


def _described_words(description: str) -> set[str]:
    return {w for w in norm(description).split() if w not in _ARTICLES}


def described_as(description: str, person: str, sentence: str) -> bool:
    """Whether ``sentence`` describes ``person`` with every word of ``description``
    around the name ("a Merrill spokesman" / "Mark Herr, spokesman for Merrill
    Lynch")."""
    words = _described_words(description)
    near = set(norm(around(sentence, person)).split())
    return bool(words) and words <= near


def described_again(a: str, b: str) -> bool:
    """Whether two descriptions with no name are one speaker said shorter: one's words
    all among the other's, and no word that makes the role another's."""
    x, y = _described_words(a), _described_words(b)
    return bool(x and y) and (x <= y or y <= x) and not role_changed(a, b)


def person(name: str, old: Analysis, new: Analysis) -> bool:
    """Whether either version names ``name`` as a person, not an organisation."""
    if organisation_name(name):
        return False
    kinds = {
        f.kind
        for a in (old, new)
        for facts in a.facts.values()
        for f in facts
        if f.kind in ("person", "organization") and same_speaker(f.value, name)
    }
    return "person" in kinds or not kinds


def one_speaker(q: Quote, r: Quote, v: Versions) -> bool:
    """Whether the speakers of one quotation in two versions are one (the module's
    list): one person named two ways, a body and its spokesperson, a person and a
    description of them, or one description said shorter."""
    a, b = q.speaker.strip(), r.speaker.strip()
    if not a or not b:
        return False
    sides = ((a, v.old_sents[q.sentence].text), (b, v.new_sents[r.sentence].text))
    if named(a) and named(b):
        if one_person(a, b) or mentioned(a, b) or mentioned(b, a):
            return True  # a person, or a body under an alias ("Fed" / "FOMC")
        return any(
            not person(body, v.old, v.new)
            and person(who, v.old, v.new)
            and speaks_for(body, who, sentence)
            for (body, _), (who, sentence) in (sides, sides[::-1])
        )
    if named(a) != named(b):
        (who, sentence), (description, _) = sides if named(a) else sides[::-1]
        return described_as(description, who, sentence)
    return described_again(a, b)
