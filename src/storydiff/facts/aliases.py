"""One entity, written several ways: a name is new only if the other version names it
under none of them.

- Initials and their expansion: "RNC" / "Republican National Committee", "W.H.O." /
  "World Health Organization", "AP" / "Associated Press" (the capitalised words of a
  run of the other text, without "of", "for", "and", "the").
- Fixed aliases: "U.S." / "United States" / "America", "Mideast" / "Middle East",
  "U.N." / "United Nations", AP style state abbreviations ("Mo." / "Missouri").
- A long name misspelled by a letter or two ("Cambridge Analytics").
- A country by its adjective ("Belgian" / "Belgium", ``demonyms.as_adjective``).
- A name the text itself gives an entity ("the Common Alternative Revolutionary Force,
  or FARC": ``declared``).
- A name with a generic last word ("NBC News" / "NBC", "Virginia Beach Police
  Department" / "Virginia Beach police"), or owned by someone ("Heinz-Christian
  Strache's Freedom Party" / "Freedom Party").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from storydiff.config import FUZZY_MIN_CHARS
from storydiff.facts.name_forms import (
    COUNTRY_HEAD,
    SHORTENED,
    bare_name,
    country_dropped,
    office_forms,
    turned,
)

_GROUPS = [
    ("united states", "u.s.", "us", "u.s.a.", "usa", "america"),
    ("united kingdom", "u.k.", "uk", "britain", "great britain"),
    ("united nations", "u.n.", "un"),
    ("european union", "e.u.", "eu"),
    ("middle east", "mideast"),
    ("soviet union", "u.s.s.r.", "ussr"),
    ("federal reserve", "fed", "federal open market committee", "fomc"),
]
_TITLE_CASE = frozenset({"fed"})
"""Short aliases written in title case ("the Fed"), not only in capitals."""
_DOTTED_WORD = re.compile(r"\b(?:[A-Z]\.){2,}")
_STATES = {
    "ala.": "alabama", "ariz.": "arizona", "ark.": "arkansas", "calif.": "california",
    "colo.": "colorado", "conn.": "connecticut", "del.": "delaware", "fla.": "florida",
    "ga.": "georgia", "ill.": "illinois", "ind.": "indiana", "kan.": "kansas",
    "ky.": "kentucky", "la.": "louisiana", "md.": "maryland", "mass.": "massachusetts",
    "mich.": "michigan", "minn.": "minnesota", "miss.": "mississippi", "mo.": "missouri",
    "mont.": "montana", "neb.": "nebraska", "nev.": "nevada", "n.h.": "new hampshire",
    "n.j.": "new jersey", "n.m.": "new mexico", "n.y.": "new york", "n.c.": "north carolina",
    "n.d.": "north dakota", "okla.": "oklahoma", "ore.": "oregon", "pa.": "pennsylvania",
    "r.i.": "rhode island", "s.c.": "south carolina", "s.d.": "south dakota",
    "tenn.": "tennessee", "vt.": "vermont", "va.": "virginia", "wash.": "washington",
    "w.va.": "west virginia", "wis.": "wisconsin", "wyo.": "wyoming",
}  # fmt: skip
US_STATES = frozenset(_STATES.values()) | {
    "alaska", "hawaii", "idaho", "iowa", "maine", "ohio", "texas", "utah",
}  # fmt: skip
"""The states of the United States, lower case."""
_PARTY_MEMBER = frozenset({"democrat", "republican"})


def party_member(words: list[str]) -> bool:
    """Whether a name's words are a party's member, from a state or none, which
    describes a person ("the Connecticut Democrat", "a New York Republican", "a
    Republican"); not a name that ends so ("The Press Democrat")."""
    return (
        bool(words)
        and words[-1].lower() in _PARTY_MEMBER
        and (len(words) == 1 or " ".join(words[:-1]).lower() in US_STATES)
    )


_ALIAS: dict[str, frozenset[str]] = {}
for _group in _GROUPS:
    for _name in _group:
        _ALIAS[_name] = frozenset(_group)
for _short, _long in _STATES.items():
    _ALIAS.setdefault(_short, frozenset({_short, _long}))
    _ALIAS[_long] = _ALIAS.get(_long, frozenset({_long})) | {_short}
_MINOR = {"of", "for", "and", "the", "on", "in", "to", "&"}
_CAPS_RUN = re.compile(
    r"\b[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|the|on|in|to|&)\s+)*[A-Z][\w'’&-]*)+"
)
_WORDS = re.compile(r"[\w.&'’-]+")


_JOINED = re.compile(r"\s(?:&|and)\s")
"""Two words joined by "&" or "and", which initials with "&" stand for ("TP&L")."""


def fixed_aliases(name: str) -> frozenset[str]:
    """The fixed aliases of a name ("U.S." -> "united states", "us", "america", …), in
    lower case; none for a name without any."""
    return _ALIAS.get(_flat(name), frozenset())


def _flat(text: str) -> str:
    return " ".join(text.casefold().split())


def initials(phrase: str) -> str:
    """ "Republican National Committee" -> "rnc" (minor words left out)."""
    words = [w for w in phrase.split() if w.lower() not in _MINOR]
    return "".join(w[0] for w in words).casefold() if len(words) >= 2 else ""


_RUN_WORDS = 12
"""The longest run whose initials are read: initials of more letters are not names,
and a page of capitalised words costs no more than this many runs a word."""


def _sub_runs(text: str) -> Iterator[str]:
    """Every run of two to ``_RUN_WORDS`` capitalised words of a text that starts and
    ends on a capitalised word ("of", "for", ... may stand inside)."""
    for m in _CAPS_RUN.finditer(text):
        words = m.group(0).split()
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + _RUN_WORDS) + 1):
                if words[i].lower() not in _MINOR and words[j - 1].lower() not in _MINOR:
                    yield " ".join(words[i:j])


@lru_cache(maxsize=64)
def _runs(text: str) -> frozenset[str]:
    """Initials of every run of capitalised words of a text."""
    return frozenset(initials(run) for run in _sub_runs(text))


_OFFICES = frozenset(
    "officer executive director secretary president minister general chairman chairwoman"
    " chair commissioner administrator counsel attorney advisor adviser inspector"
    " officers executives directors".split()
)
"""The last word of a title said in full ("chief operating officer")."""


@lru_cache(maxsize=64)
def _lower_runs(text: str) -> frozenset[str]:
    """Initials of every title of three to six lower-case words in a row ("chief
    operating officer" -> "coo"; minor words inside are skipped, as in "director of
    national intelligence" -> "dni"). Only a run that ends or begins with an office
    word counts: initials of any words in a row would find "FBI" in "formed the basis
    of its"."""
    out = set()
    for run in re.findall(r"\b[a-z][a-z-]*(?:[ ][a-z][a-z-]*)+", text):
        words = [w for w in run.split() if w not in _MINOR]
        for n in range(3, 7):
            for i in range(len(words) - n + 1):
                if words[i + n - 1] in _OFFICES or words[i] in _OFFICES:
                    out.add("".join(w[0] for w in words[i : i + n]))
    return frozenset(out)


def _own_initials(name: str) -> set[str]:
    """A name's initials, and those of its first three words or more ("Centers for
    Disease Control and Prevention" is also "CDC"; "Agence France-Presse" is "AFP")."""
    words = [w for w in re.sub(r"-(?=[A-Z])", " ", name).split() if w.lower() not in _MINOR]
    if len(words) < 2:
        return set()
    firsts = [w.replace(".", "") if _DOTTED.fullmatch(w) else w[0] for w in words]
    return {"".join(firsts[:k]).casefold() for k in range(min(3, len(words)), len(words) + 1)} | {
        initials(name)
    }


_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
"""A word of initials ("U.S."): all its letters stand in the name's initials ("U.S.
Geological Survey" is "USGS")."""


_SPACED_AMPERSAND = re.compile(r"\b([A-Z]{1,3})&\s+([A-Z])\b")
"""Initials with "&" whose last letter a line break or a space put apart ("PG&\nE")."""


@lru_cache(maxsize=64)
def _ampersands_joined(text: str) -> str:
    return _SPACED_AMPERSAND.sub(r"\1&\2", text) if "&" in text else text


@lru_cache(maxsize=64)
def _undotted(text: str) -> str:
    """A name with the dots of its initials taken out ("U.S. Navy" -> "US Navy")."""
    return _DOTTED_WORD.sub(lambda m: m.group(0).replace(".", ""), text)


def mentioned(name: str, text: str) -> bool:
    """Whether ``text`` names the entity ``name`` under another form."""
    if not name.strip():
        return False
    text = _ampersands_joined(text)
    if "&" in name:
        name = _SPACED_AMPERSAND.sub(r"\1&\2", name)
    if country_dropped(name, text):
        return True  # "US Maritime Board" / "United States Maritime Board"
    flat = _flat(text)
    if any(f" {_flat(form)} " in f" {flat} " for form in office_forms(name)):
        return True  # "Transport Ministry" for "Ministry of Transport"
    key = _flat(name)
    if any(_alias_in(alias, text, flat) for alias in _ALIAS.get(key, ())):
        return True  # fixed aliases
    if _undotted_in(name, text):
        return True  # "US Navy" for "U.S. Navy"
    bare = bare_name(name)
    if "&" in bare and _acronym(name):
        return bool(spelled_out(name, text))  # "TP&L" for "Tessaly Power & Light"
    if name.replace(".", "").isupper() and 2 <= len(bare) <= 6 and bare in _runs(text):
        return True  # "RNC" for "Republican National Committee"
    if name.replace(".", "").isupper() and 3 <= len(bare) <= 6 and bare in _lower_runs(text):
        return True  # "COO" for "chief operating officer"
    head = COUNTRY_HEAD.match(name)  # "U.S. Centers for Disease Control" is the CDC too
    rest = name[head.end() :] if head else ""
    owns = _own_initials(name) | (_own_initials(rest) if len(rest.split()) >= 3 else set())
    joined = _JOINED.search(name) is not None  # "TP&L" may say its "&"
    if owns:
        for word in _WORDS.findall(text):
            own = bare_name(word).replace("&", "") if joined else bare_name(word)
            if word.replace(".", "").isupper() and own in owns:
                return True  # "Associated Press" for "AP", "Centers for Disease Control
                # and Prevention" for "CDC"
    if _shortened(name, text):
        return True  # "St. Aurel Island" for "Saint Aurel Island"
    if len(key) >= FUZZY_MIN_CHARS:
        n = len(key.split())
        words = flat.split()
        for i in range(len(words) - n + 1):
            window = " ".join(words[i : i + n])
            if Levenshtein.distance(window, key, score_cutoff=2) <= 2:
                return True
    return False


def _alias_in(alias: str, text: str, flat: str) -> bool:
    """Whether ``text`` (``flat``: casefolded, its spaces single) writes a fixed alias:
    words in any case ("united nations"); one word only capitalised ("Britain"), a
    state's abbreviation only after its city's comma ("Kansas City, Mo.", not "Miss.
    Varga"), and initials only in capitals ("UN", not "Kim Jong Un"; "US", not "us")."""
    pattern = rf"(?<![\w.]){re.escape(alias)}(?!\w)"
    if " " in alias:
        return re.search(pattern, flat) is not None
    for m in re.finditer(pattern, text, re.IGNORECASE):
        said = m.group(0)
        after_comma = text[max(m.start() - 2, 0) : m.start()] == ", "
        if not said[0].isupper() or (alias in _STATES and not after_comma):
            continue
        titled = alias in _TITLE_CASE and not re.match(r"\s+up\b", text[m.end() :])
        if "." in alias or len(alias) > 4 or said.isupper() or titled:
            return True  # "the Fed" (not "Fed up")
    return False


def _undotted_in(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name``, which has initials, with the initials' dots
    taken out or put in ("US Navy" / "U.S. Navy"), in the same case (so "US" is never
    the word "us"); the same name dotted the same way is no other form of it."""
    dotted = _DOTTED_WORD.search(name) is not None
    if not dotted and not re.search(r"\b[A-Z]{2,4}\b", name):
        return False
    if dotted:  # "U.S. Navy": look for "US Navy"
        bare = _undotted(name).strip()
        pattern = rf"(?<![\w.]){re.escape(bare)}(?!\w)"
    else:  # "US Navy": look for "U.S. Navy"
        words = [
            r"\.".join(w) + r"\." if re.fullmatch(r"[A-Z]{2,4}", w) else re.escape(w)
            for w in name.split()
        ]
        pattern = r"(?<![\w.])" + r"\s+".join(words) + r"(?!\w)"
    return re.search(pattern, text) is not None


def _shortened(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` with a word shortened or spelled out ("St."
    / "Saint", "Mt." / "Mount", "St." / "Street": ``name_forms.bare_name``)."""
    words = name.split()
    if not any(w.casefold().strip(".") in SHORTENED for w in words):
        return False
    bare, n = bare_name(name), len(words)
    said = re.findall(r"[\w.'’-]+", text)
    return any(bare_name(" ".join(said[i : i + n])) == bare for i in range(len(said) - n + 1))


_NAME = r"[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|and|the|de|del|la)\s+){0,2}[A-Z][\w.&'’-]*){0,7}"
"""A name of up to eight capitalised words ("of", "the", ... between them): bounded,
so a page of capitalised words is read in time linear in its length."""
_KNOWN = (
    r",?\s*(?:(?:also|better|more commonly|commonly|widely)\s+)?known\s+"
    r"(?:as\s+|by\s+(?:(?:his|her|their|the)\s+)?"
    r"(?:nom[- ]de[- ]guerre|alias|nickname|pseudonym|name)\s+)"
    r"(?:the\s+)?"
)
"""How a text gives a name another: "also known as", "better known by his nom de
guerre", "known by the alias"."""
_OR = r"(?:,\s*or\s+|\s*\(\s*)(?:the\s+)?"


def _acronym(name: str) -> bool:
    bare = name.replace(".", "")
    return 2 <= len(bare) <= 8 and bare.isupper()


_ROLE_INITIALS = frozenset("ceo cfo coo cto cio mep mla mpp gop ngo icu cctv faq diy vip".split())
"""Initials of a role or a common thing, no one's name ("its CEO said")."""


def spelled_out(name: str, text: str) -> str:
    """What initials stand for, as the text writes it out: a fixed alias the text
    writes ("U.N." -> "United Nations"); a name the text declares for them ("the World
    Health Organization (WHO)", ``declared``); for three letters or more, the one run of
    capitalised words whose initials they are, each part of a hyphened word a letter
    ("NCRPO" -> "National Capital Region Police Office", "AOC" -> "Alexandria
    Ocasio-Cortez"), unless they are a role's (``_ROLE_INITIALS``). "" when none, or
    when two runs fit ("AP" is not "Alan Parker").

    Examples:
        >>> spelled_out("NCRPO", "The National Capital Region Police Office said so.")
        'National Capital Region Police Office'
        >>> spelled_out("AOC", "Rep. Alexandria Ocasio-Cortez spoke.")
        'Alexandria Ocasio-Cortez'
        >>> spelled_out("AP", "Alan Parker"), spelled_out("CEO", "Cara Emma Olsen")
        ('', '')
    """
    if not _acronym(name):
        return ""
    for alias in sorted(_ALIAS.get(_flat(name), ()), key=len, reverse=True):
        found = re.search(rf"\b{re.escape(alias)}\b", text, re.IGNORECASE) if " " in alias else None
        if found:
            return found.group(0)
    forms = [re.sub(r"^[Tt]he\s+", "", f) for f in declared(name, text) if not _acronym(f)]
    if forms:
        return forms[0]
    bare = bare_name(name)
    if len(bare) < 3 or bare in _ROLE_INITIALS:
        return ""
    joined = "&" in bare  # "TP&L": "Tessaly Power & Light", not "Tovah Petra Lane"
    bare = bare.replace("&", "")
    fits = {
        phrase
        for phrase in _sub_runs(text)
        if bare in (initials(phrase), initials(phrase.replace("-", " ")))
        and (not joined or _JOINED.search(phrase))
    }
    longest = {p for p in fits if not any(p != q and p in q for q in fits)}
    return longest.pop() if len(longest) == 1 else ""


def declared(name: str, text: str) -> list[str]:
    """The other names ``text`` gives ``name`` where it introduces it: "ISIS, also
    known as the Islamic State", "X, more commonly known by his nom de guerre Y"; with
    "or" or in brackets only initials ("the Common Alternative Revolutionary Force, or
    FARC", "the World Health Organization (WHO)"),
    as "Paris, or London" offers a choice. The other version may use only those."""
    if not name.strip():
        return []
    key = re.escape(name)
    forms = []
    for called, initials_only in ((_KNOWN, False), (_OR, True)):
        after = re.finditer(rf"(?<![\w-]){key}{called}({_NAME})", text)
        before = re.finditer(rf"({_NAME}){called}{key}(?![\w-])", text)
        for m in [*after, *before]:
            form = m.group(1)
            if initials_only and _acronym(name) and not _acronym(form):
                form = _initials_tail(form, name)  # "Members of the National Union of
                # Journalists (NUJ)": the union
            if form != name and (not initials_only or _acronym(form) or _acronym(name)):
                forms.append(form)
    return forms


def _initials_tail(form: str, acronym: str) -> str:
    """The shortest end of ``form`` whose initials ``acronym`` is, else ``form``."""
    words = form.split()
    bare = bare_name(acronym)
    for i in range(len(words) - 1, -1, -1):
        tail = " ".join(words[i:])
        if words[i].lower() not in _MINOR and bare in (
            initials(tail),
            initials(tail.replace("-", " ")),
        ):
            return tail
    return form


def one_inside(a: str, b: str) -> bool:
    """One name inside the other as whole words, dots aside ("Marlow Hill
    Elementary" / "Marlow Hill Elementary School", "US Ferry Board" / "U.S. Ferry Board")."""
    x, y = f" {bare_name(a)} ", f" {bare_name(b)} "
    return x in y or y in x


def same_entity(a: str, b: str) -> bool:
    """Two names one version uses for one entity: one inside the other as whole words
    ("Johnson" / "Lyndon B. Johnson"), aliases ("W.H.O." / "World Health
    Organization") or one office named either way round ("Ministry of Health" /
    "Health Ministry")."""
    return one_inside(a, b) or mentioned(a, b) or mentioned(b, a) or turned(a) == turned(b)
