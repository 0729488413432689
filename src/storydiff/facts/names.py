"""Names as news writes them: the same speaker or entity said several ways, and
whether a text mentions one."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from storydiff.facts import aliases, claims
from storydiff.facts.lexicon import ANNOUNCING, NAME_PARTICLES, SAYING
from storydiff.facts.marks import headline_words
from storydiff.facts.model import Fact
from storydiff.facts.name_forms import person_of_place
from storydiff.facts.roles import title_word

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from spacy.tokens import Doc, Token

_PUNCT = re.compile(r"[^\w]+")
QUOTE_CHARS = '“”"«»„'


def norm(text: str) -> str:
    """Lower case, words only, accents aside ("Ménard" is "menard"); "50%" and "50
    percent" read alike."""
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    return " ".join(_PUNCT.sub(" ", text.casefold().replace("%", " percent ")).split())


def mentions(text: str, phrase: str, fuzzy: bool = False) -> bool:
    """Whether ``text`` says ``phrase`` as whole words (case and punctuation aside;
    "Lee" is not in "sleep", "Kestrel" is in "Kestrels"); ``fuzzy`` also accepts a
    one-word phrase spelled within two edits ("goverment")."""
    target = norm(phrase)
    if not target:
        return False
    hay = f" {norm(text)} "
    if any(f" {target}{end} " in hay for end in ("", "s", "es")):  # "Kestrels", "Marshes"
        return True
    if fuzzy and " " not in target and len(target) >= 5:
        return any(Levenshtein.distance(target, w) <= 2 for w in set(hay.split()))
    return False


def same_speaker(a: str, b: str) -> bool:
    """One speaker named two ways: "Varek" / "Tomas Varek", "Loopline" / "The
    Loopline"."""
    x, y = norm(strip_the(a)), norm(strip_the(b))
    if x == y:
        return True
    if not x or not y:
        return False
    return x.split()[-1] == y.split()[-1] and (x in y or y in x)


_JOINERS = frozenset({"of", "the", "and", "&", "for"}) | NAME_PARTICLES
"""Small words inside a name ("Bank of Norland", "Pieter van Dorn")."""


def named(speaker: str) -> bool:
    """A speaker with a name ("Eric Holder", "Norland Coastguard"), not a description
    ("analysts", "a woman", "This lawsuit", "sports committee", "Connecticut Democrat")."""
    words = [w for w in speaker.split() if w.lower() not in _JOINERS]
    return (
        bool(words)
        and words[0].lower() not in ("this", "a", "an")
        and not aliases.party_member(words)
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
    )


def unpossessed(name: str) -> str:
    """A name without a possessive after it ("Maren Ostby’s" -> "Maren Ostby").

    Examples:
        >>> unpossessed("Maren Ostby’s"), unpossessed("Ana Ruiz")
        ('Maren Ostby', 'Ana Ruiz')
    """
    return re.split(r"['’]s\b", name)[0]


def strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def surname(name: str) -> str:
    """A name's last word, not "Jr." or "III" after it.

    Examples:
        >>> surname("Harold W. Brannick Jr."), surname("Ana Ruiz"), surname("Jr.")
        ('Brannick', 'Ruiz', 'Jr.')
    """
    parts = name.split()
    while len(parts) > 1 and parts[-1].casefold().strip(".,") in NAME_SUFFIXES:
        parts.pop()
    return parts[-1] if parts else ""


NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""What follows a surname and is no part of it ("Jr.", "III"), lower case."""


def surname_said(text: str, name: str) -> bool:
    """Whether ``text`` says the surname of ``name`` as a name of its own or in a
    double-barrelled one ("Paul Singh" / "Holt-Singh's husband, Paul"), not as the
    first word of a longer name ("Carla Dunmore" / "Dunmore Regional Hospital"; "Dunmore
    Jr." is hers), unless
    it is in a headline in title case ("Holt Leads Protest Over Fees", the text's first
    line)."""
    last = surname(name)
    if not last[:1].isupper():
        return mentions(text, last)
    head_end = -1  # where the text's first line ends, when it is a title-case headline
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    first = text[start : end if end >= 0 else len(text)]
    if headline_words(first):
        head_end = start + len(first)
    for m in re.finditer(rf"(?<!\w){re.escape(last)}(?!\w)", text):
        if not re.match(r"[ \t]+(?:(?!(?:Jr|Sr)\b)[A-Z][a-z]|&)", text[m.end() : m.end() + 4]):
            return True
        if m.start() < head_end:
            return True  # a headline capitalises the word after it: "Holt Leads Protest"
    return False


NAME_TITLES = {
    "mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame", "chief", "commander",
    "captain", "capt", "general", "gen", "colonel", "col", "major", "lieutenant", "lt",
    "sergeant", "sgt", "admiral", "president", "minister", "prime", "secretary", "senator",
    "sen", "rep", "governor", "gov", "mayor", "judge", "justice", "director", "chairman",
    "chairwoman", "king", "queen", "prince", "princess", "father", "sister", "rabbi",
    "imam", "bishop", "officer", "inspector", "superintendent", "coach", "ambassador",
    "spokesman", "spokeswoman", "deputy", "vice", "chancellor", "pope", "coastguard",
    "executive", "sheriff", "commissioner", "councilman", "councilwoman", "coroner",
    "marshal",
}  # fmt: skip


NO_NAMES = {
    "a", "an", "the", "and", "but", "or", "nor", "so", "yet", "for", "when", "while",
    "whereas", "as", "if", "because", "since", "after", "before", "until", "though",
    "although", "unless", "once", "then", "now", "also", "even", "still", "meanwhile",
    "however", "instead", "indeed", "here", "there", "where", "why", "how", "what", "who",
    "which", "that", "this", "these", "those", "in", "on", "at", "by", "to", "from", "of",
    "with", "without", "about", "like", "unlike", "despite", "during", "against", "over",
    "under", "among", "between", "through", "into", "upon", "within", "around", "across",
    "behind", "beyond", "near", "amid", "than", "whether", "whose", "whom", "toward",
    "asked", "said", "says", "told", "added", "born", "both", "only", "not", "no", "yes", "all",
    "some", "many", "every", "each", "his", "her", "their", "our", "my", "your", "its",
    "he", "she", "they", "we", "i", "you", "it",
}  # fmt: skip
"""Words that start a sentence or clause before a name but are no part of it ("When
Meghan", "And Harry", "Said Brandt")."""


_TITLE_FORMS = {
    "gen": "general", "lt": "lieutenant", "col": "colonel", "maj": "major",
    "capt": "captain", "adm": "admiral", "sgt": "sergeant", "cmdr": "commander",
    "sen": "senator", "rep": "representative", "gov": "governor", "prof": "professor",
    "supt": "superintendent", "insp": "inspector", "pres": "president", "det": "detective",
}  # fmt: skip
"""Titles written short, and their full form ("Gen." is "General")."""
_COURTESY = {"miss": "ms", "mrs": "ms"}
"""A woman's courtesy titles, one title: house style, not news ("Miss Novak" / "Ms.
Novak"); "Mr." against "Mrs." may be another person."""


def _title_words(title: str) -> set[str]:
    return {_COURTESY.get(w, _TITLE_FORMS.get(w, w)) for w in norm(title).split()}


_PROSECUTING = frozenset("district state's states crown county assistant deputy".split())
"""Words by "attorney" that make a prosecutor ("San Joaquin County Deputy District
Attorney")."""
_PUBLIC = frozenset("u.s. us state city general".split())
"""Words by "attorney" that make a prosecutor only in a title of no other words ("U.S.
Attorney", "Attorney General"; not "General Motors attorney", "US Steel attorney")."""
_PROSECUTORS = _PUBLIC | {"attorney", "chief", "senior", "first", "acting", "special"}


def calling_of(kind: str, words: set[str] | frozenset[str]) -> bool:
    """Whether title words (lower case) name a calling of ``kind``: a prosecutor
    ("Assistant District Attorney", "Crown prosecutor"; not "defense attorney"), a
    lawyer (an attorney, counsel, solicitor, barrister or advocate), a judge (a
    justice or magistrate too); any other kind by its own word."""
    if kind == "prosecutor":
        if words & {"defense", "defence"}:
            return False
        return bool(words & {"prosecutor", "prosecuting"}) or (
            "attorney" in words
            and bool(words & _PROSECUTING or (words & _PUBLIC and words <= _PROSECUTORS))
        )
    if kind == "lawyer":
        return bool(words & {"attorney", "counsel", "solicitor", "barrister", "advocate", "lawyer"})
    if kind in ("judge", "magistrate"):
        return bool(words & {"judge", "justice", "magistrate"})
    return kind in words


def same_title(a: str, b: str) -> bool:
    """ "Loopline deputy general counsel" / "deputy general counsel", "writer" /
    "writers": a title said longer or shorter is the same title, and so is one
    written short ("Gen." / "General"), with an organisation's initials ("NMA
    spokeswoman" / "Norland Maritime Authority spokeswoman") or another courtesy title ("Miss"
    / "Ms."), and a calling said by its kind ("prosecutor" / "Assistant District
    Attorney", "lawyer" / "defence solicitor": ``calling_of``)."""
    x, y = _title_words(a), _title_words(b)
    if x <= y or y <= x or claims.same_content(a, b):
        return True
    for one, other in ((x, y), (y, x)):
        kind = next(iter(one)) if len(one) == 1 else ""
        if kind in ("prosecutor", "lawyer") and calling_of(kind, other):
            return True
    return any(
        {w for w in one - other if not aliases.mentioned(w.upper(), text)} <= other
        for one, other, text in ((x, y, b), (y, x, a))
        if one - other
    )  # "NMA spokeswoman" / "Norland Maritime Authority ...": initials


def in_dateline(f: Fact, text: str) -> bool:
    """A place in capitals at the very start ("WASHINGTON (AP) --") is the dateline's."""
    return f.start < 60 and f.text.isupper() and text[: f.start].strip(" \n-—–") == ""


PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "around"})
"""Words before a name that make it a place named like a person ("in Lincoln")."""
_IN_PLACE = re.compile(rf"\b(?:{'|'.join(sorted(PLACE_PREPOSITIONS))})\s+$", re.I)
_POSSESSIVE = ("'s", "’s")
_BUSINESS_VERBS = {
    "employ", "hire", "cut", "sell", "buy", "acquire", "manufacture", "ship", "invest",
    "launch", "merge", "recall", "produce", "export", "lay",
}  # fmt: skip
"""Verbs of what a company does ("Dell cut jobs", "Dell said it would cut jobs"): a
name tagged as an organisation that does them stays one."""


def full_names(facts: Iterable[Fact]) -> set[str]:
    """The people ``facts`` name in full (two words or more)."""
    return {f.value for f in facts if f.kind == "person" and len(f.value.split()) >= 2}


def people_by_name(
    facts: dict[int, list[Fact]],
    text: str = "",
    docs: Mapping[int, tuple[Doc, int]] | None = None,
) -> dict[int, list[Fact]]:
    """Persons the recogniser took for organisations or places elsewhere in the same
    ``text``: once a text names someone in full as a person ("Maria Gonzalez"), that
    surname said alone ("Gonzalez said") is the person whatever kind the recogniser
    gave it, and so is the same full name tagged as a place. News writing names a
    person in full first and by surname after, and the small model reads a lone
    surname by its sentence alone.

    Unless a title ("Mr. Gonzalez") or a possessive ("Gonzalez's") makes it a person,
    a place in a pair of names stays one ("between Beijing and Washington", "Jordan
    and Egypt signed") unless the other name is a person's ("Washington and Holm",
    Ana Holm named) or the pair speaks ("Washington and Holm said") and the other is
    no place ("Beijing and Washington said" is two places); so does an
    organisation that, as the subject in its sentence's parse (``docs``: each
    sentence's parse and where it starts in ``text``), does what a company does ("Dell
    cut jobs", "Dell said it would cut jobs"), and a surname after "in" or "near" ("in
    Lincoln"): a place named like the person. A full name tagged as an organisation
    stays one: companies are named after people ("Alfa Romeo", "Morgan Stanley") and
    the model tags them as persons as often."""
    full = full_names(f for fs in facts.values() for f in fs)
    surnames = {surname(v) for v in full}
    person_words = {w for v in full for w in v.split()}

    def person(i: int, f: Fact) -> bool:
        if f.kind == "place" and f.value in full:
            return True
        if f.kind not in ("organization", "place") or " " in f.value or f.value not in surnames:
            return False
        possessive = text[f.end : f.end + 2] in _POSSESSIVE
        before = re.findall(r"[\w.]+", text[max(0, f.start - 20) : f.start])
        if possessive or (before and title_word(before[-1])):
            return True
        if _IN_PLACE.search(text[max(0, f.start - 12) : f.start]):
            return False
        doc = docs.get(i) if docs is not None else None
        others = _paired(f, text, person_words) if f.kind == "place" else []
        if others:  # "Beijing and Washington said": a pair of places speaks too
            places = {w for g in facts.get(i, []) if g.kind == "place" for w in g.value.split()}
            return doc is not None and not places & set(others) and _speaks(f, *doc)
        return doc is None or not _company(f, *doc)

    kinds = {
        i: [replace(f, kind="person") if person(i, f) else f for f in fs] for i, fs in facts.items()
    }
    return {i: [person_of_place(f, surnames, text) or f for f in fs] for i, fs in kinds.items()}


def _paired(f: Fact, text: str, person_words: set[str]) -> list[str]:
    """The other capitalised names a name is joined to by "and" or "or" ("Beijing and
    Washington", "Jordan and Egypt"), none when there are none or one is a word of a
    person's name in the text ("Washington and Holm", Ana Holm named, are two people)."""
    left = re.search(r"([A-Z][\w'’.-]*),?\s+(?:and|or)\s+$", text[max(0, f.start - 40) : f.start])
    right = re.match(r",?\s+(?:and|or)\s+([A-Z][\w'’-]*)", text[f.end : f.end + 40])
    others = [m.group(1).rstrip(".") for m in (left, right) if m]
    return [] if any(o in person_words for o in others) else others


def _speaks(f: Fact, doc: Doc, offset: int) -> bool:
    """Whether the name, or the pair it is one of, is the subject of a speech verb
    ("Washington and Holm said"): places seldom speak in a pair a person's name is in."""
    span = doc.char_span(f.start - offset, f.end - offset, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    speech = SAYING | ANNOUNCING
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in speech


def _company(f: Fact, doc: Doc, offset: int) -> bool:
    """Whether the name, tagged as an organisation, is the subject of a company's work
    ("Dell cut 500 jobs", "Dell said it would cut jobs")."""
    if f.kind != "organization":
        return False
    span = doc.char_span(f.start - offset, f.end - offset, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return _business(span.root.head)


def _business(verb: Token) -> bool:
    """A company's verb, or a speech verb saying "it" or "we" will do one."""
    if verb.lemma_.lower() in _BUSINESS_VERBS:
        return True
    return any(
        c.dep_ in ("ccomp", "xcomp")
        and c.lemma_.lower() in _BUSINESS_VERBS
        and any(s.dep_ == "nsubj" and s.lower_ in ("it", "we") for s in c.children)
        for c in verb.children
    )
