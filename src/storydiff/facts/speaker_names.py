"""One speaker of one quotation credited in two ways by two versions, which is no
change of speaker (``facts.link_round``):

- *one person named two ways* (``one_person``, both speakers people): with and without
  a middle name or initial, a title or "Jr." ("Neal R. Ostrander" / "Neal Ostrander",
  "Arlen Dunmore" / "Arlen Keith Dunmore Jr."), a short form of the first name ("Doug
  Brannick" / "Douglas J. Brannick", "Ron Halloran" / "Ronald L. Halloran"), the
  surname alone or respelt by one letter ("Kellsey" / "Marta Kellesy"), or the first
  name alone where it is the name the person goes by ("Thaksen" / "Thaksen Varnapol").
  Two first names before one surname are two people ("Mary Dunmore" / "Arlen Dunmore",
  "Paul" / "Paula"), and so are two middle initials ("George H. Brannick" / "George W.
  Brannick") and "Jr." / "Sr.".
- *a body under a fixed alias or a shorter form* (``one_body``): "the Fed" / "the
  Federal Open Market Committee", "KSL Group" / "KSL"; not "Varnos" / "Varnos Daily".
- *a body and the person it speaks through* (``speaks_for``): "Orvane Foods" / "Orvane
  spokeswoman Lena Marsh", "Kestrel Semiconductor" / "Kestrel CEO J.K. Lorne": a word of
  speaking for a body or of office beside the name, and the body named there (not in
  the quotation; not "an analyst who follows Orvane Foods"). Two people who speak for
  one body are two ("Orvane spokeswoman Lena Marsh" / "Orvane spokesman Piet Halloran").
- *a person and a description of them* (``described_as``): "a Kestrel port spokesman" /
  "Jon Ferris, spokesman for the Kestrel port authority": every word of the description is among
  the words around the name.
- *one description said shorter* (``described_again``): "the spokesman" / "a spokesman
  for the Varnos Harbour Board", "a Republican" / "a Republican legislator"; not
  "the mayor" / "the deputy mayor" (``sources.role_changed``), nor someone of the
  other ("the union" / "the union's opponents").
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from storydiff.config import SPEAKER_SURNAME_EDITS, SPEAKER_SURNAME_MIN
from storydiff.facts.aliases import fixed_aliases, party_member
from storydiff.facts.builder import Versions
from storydiff.facts.genders import HONORIFICS, title_gender
from storydiff.facts.name_forms import shorter_forms, without_legal_form
from storydiff.facts.names import NAME_SUFFIXES, NAME_TITLES, named, norm
from storydiff.facts.quotes import Quote
from storydiff.facts.roles import AGENTS
from storydiff.facts.sources import role_changed
from storydiff.facts.speaker_kinds import person, tagged_person
from storydiff.text.sentences import Sentence

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
_FEMININE = ("a", "e", "ie", "ine", "ette", "elle")
"""Endings that make a name that begins with another a name of its own ("Paula",
"Erica", "Christine", "Louise")."""


def name_words(name: str) -> list[str]:
    """A person's name as lower-case words without dots, titles and "Jr." ("Rep. Louise
    Marrow Ostby" -> louise, marrow, ostby).

    Examples:
        >>> name_words("Sen. Alan J. Brannick Jr."), name_words("J.K. Lorne")
        (['alan', 'j', 'brannick'], ['j', 'k', 'lorne'])
    """
    words = [re.sub(r"['’]s$", "", w.casefold().replace(".", "")) for w in _WORD.findall(name)]
    return [w for w in words if w and w not in NAME_TITLES and w not in NAME_SUFFIXES]


def _suffix(name: str) -> str:
    words = [w.casefold().strip(".,") for w in name.split()]
    return next((w for w in reversed(words) if w in NAME_SUFFIXES), "")


def _honorific(name: str) -> str:
    """ "he" or "she" by the honorific a name is given ("Mr. Varek", "Mrs. Varek"); ""
    with none."""
    first = name.split()[0].strip(".") if name.split() else ""
    return title_gender(first) if first in HONORIFICS else ""


def _first_names_agree(a: str, b: str) -> bool:
    """Two first names of one person: the same, an initial of the other, the other's
    beginning by three letters or more ("Doug" / "Douglas"; not "Paul" / "Paula", "Joe"
    / "Joel", "Jack" / "Jackson") or its usual short form ("Bill" / "William")."""
    short, full = sorted((a, b), key=len)
    if short == full or (len(short) == 1 and full.startswith(short)):
        return True
    rest = full[len(short) :]
    if len(short) >= _PREFIX_MIN and full.startswith(short) and len(rest) >= _PREFIX_MIN:
        return not rest.endswith(_FEMININE) and rest != "son"
    return _SHORT_FIRST.get(short) == full or _SHORT_FIRST.get(full) == short


def _middles_agree(x: list[str], y: list[str]) -> bool:
    """No two middle names or initials that differ ("George H. Brannick" / "George W.
    Brannick")."""
    if len(x) < 3 or len(y) < 3:
        return True
    return x[1][0] == y[1][0]


def _same_surname(a: str, b: str, respelt: bool) -> bool:
    """One surname, or with ``respelt`` one respelt by a letter ("Kellsey" /
    "Kellesy")."""
    if a == b:
        return True
    shortest = min(len(a), len(b))
    return (
        respelt and shortest >= SPEAKER_SURNAME_MIN and OSA.distance(a, b) <= SPEAKER_SURNAME_EDITS
    )


def one_person(a: str, b: str, alone: bool = True) -> bool:
    """Whether two people's names name one person (the module's first list); with
    ``alone`` False, not by a first name said alone.

    Examples:
        >>> one_person("Doug Ross", "Douglas J. Ross"), one_person("Kellsey", "Marta Kellesy")
        (True, True)
        >>> one_person("Mary Ross", "Bob Ross"), one_person("Paul Varek", "Paula Varek")
        (False, False)
        >>> one_person("Tomas Varek Sr.", "Tomas Varek Jr."), one_person("Mr. Ross", "Mrs. Ross")
        (False, False)
    """
    x, y = name_words(a), name_words(b)
    if not x or not y or (_suffix(a) != _suffix(b) and _suffix(a) and _suffix(b)):
        return False
    if _honorific(a) and _honorific(b) and _honorific(a) != _honorific(b):
        return False
    if _same_surname(x[-1], y[-1], respelt=len(x) > 1 or len(y) > 1):
        if len(x) == 1 or len(y) == 1:
            return True
        return _first_names_agree(x[0], y[0]) and _middles_agree(x, y)
    short, full = sorted((x, y), key=len)
    return alone and len(short) == 1 and len(full) == 2 and short[0] == full[0]


def _aliases(a: str, b: str) -> bool:
    """Two names of one body by the fixed aliases ("Fed" / "Federal Open Market
    Committee")."""
    return norm(b) in {norm(x) for x in fixed_aliases(a)} or norm(a) in {
        norm(x) for x in fixed_aliases(b)
    }


def one_body(a: str, b: str) -> bool:
    """Two names of one body: a fixed alias, or one the other's shorter form ("KSL
    Group" / "KSL", "Orvane Foods Inc." / "Orvane"; not "Varnos" / "Varnos Daily"), or
    without a word of its trade that names no body of its own (``_TRADE``: "Brackwell
    Chemical" / "Brackwell", speaking one quotation)."""
    x, y = sorted((a.split(), b.split()), key=len)
    if len(y) == len(x) + 1 and y[:-1] == x and y[-1].lower() in _TRADE:
        return True
    return _aliases(a, b) or any(
        norm(form) == norm(other)
        for name, other in ((a, b), (b, a))
        for form in shorter_forms(name)
    )


_TRADE = frozenset("chemical chemicals biologics logistics telecom mining insurance".split())


_AROUND_BEFORE = 6
_AROUND_AFTER = 10
"""How many words before a person's name, and after it, may say whom they speak for
("Orvane spokeswoman Lena Marsh"; "Jon Ferris, Kestrel's chief executive,")."""
_QUOTED = re.compile(r"[“\"«„][^”\"»“]*[”\"»“]")
_CLAUSE_BEFORE = re.compile(r"(?:[;:]|\bbut\b|[.!?]\s)", re.IGNORECASE)
_CLAUSE_AFTER = re.compile(
    r"[\"“”«»]|[.;:!?](?:\s|$)|\b(?:which|who|whom|after|before|because|while|when|but)\b",
    re.IGNORECASE,
)


def around(sentence: str, name: str) -> str:
    """The words around the first mention of ``name`` in ``sentence`` outside its
    quotations that say who the person is: a few before it in its clause, and a few
    after it up to a quotation mark, the clause's end or a clause of its own ("which",
    "after"); "" when the sentence does not say the name.

    Examples:
        >>> around("“Orvane will not pay,” said Lena Marsh, a lawyer for them.", "Lena Marsh")
        'said a lawyer for them'
    """
    plain = _QUOTED.sub(" ", sentence)
    m = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", plain)
    if m is None:
        return ""
    head = _CLAUSE_BEFORE.split(re.split(r"[\"“”«»]", plain[: m.start()])[-1])[-1]
    before = head.split()[-_AROUND_BEFORE:]
    tail = _CLAUSE_AFTER.split(plain[m.end() :])[0]
    after = tail.lstrip(" ,").split()[:_AROUND_AFTER]
    return " ".join([*before, *after]).replace(" ,", "")


_OFFICE = AGENTS | frozenset(
    "chief executive ceo president chairman chairwoman director officer head manager "
    "official vice founder owner secretary minister".split()
)
"""Words of speaking for a body, or of an office in it, beside a person's name."""
_OTHER_SIDE = frozenset(
    "analyst analysts rival rivals competitor competitors critic critics against suing sued "
    "follows covers".split()
)
"""Words that set a person beside a body from outside it ("an analyst who follows
Orvane Foods", "a rival of Orvane")."""


def speaks_for(body: str, person: str, sentence: str) -> bool:
    """Whether ``sentence`` names ``person`` as speaking for ``body``: beside the name, a
    word of speaking for a body or of office right after the body's name, or a shorter
    form of it, or before it with "of", "for" or "at" ("Orvane spokeswoman Lena Marsh",
    "Lena Marsh, a spokeswoman for Orvane Foods"; "J.K. Lorne" of "Kestrel CEO J.K.
    Lorne" for "Kestrel Semiconductor"), and no word of someone outside it ("an analyst
    who follows Orvane Foods")."""
    near = around(sentence, person)
    if not body.strip() or set(norm(near).split()) & _OTHER_SIDE:
        return False
    forms = {body, *shorter_forms(body), *fixed_aliases(body)}
    office = rf"(?:{'|'.join(sorted(_OFFICE))})"
    for form in forms:
        named_as = re.escape(form)
        owned = rf"(?<!\w){named_as}(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?{office}\b"
        held = rf"\b{office}\s+(?:of|for|at|with)\s+(?:the\s+)?{named_as}(?!\w)"
        if re.search(owned, near, re.IGNORECASE) or re.search(held, near, re.IGNORECASE):
            return True
    return False


_ARTICLES = frozenset({"a", "an", "the", "one", "for", "of", "at", "in", "with"})
_PREPOSITIONS = frozenset({"for", "of", "at", "in", "with"})


def _described_words(description: str) -> set[str]:
    return {w for w in norm(description).split() if w not in _ARTICLES}


def described_as(description: str, person: str, sentence: str) -> bool:
    """Whether ``sentence`` describes ``person`` with every word of ``description``
    around the name ("a Kestrel port spokesman" / "Jon Ferris, spokesman for the
    Kestrel port authority")."""
    words = _described_words(description)
    near = set(norm(around(sentence, person)).split())
    return bool(words) and words <= near


def _head(description: str) -> str:
    """A description's head noun: its last word before "of", "for", "at", "in" or "with"
    ("a spokesman for the board": spokesman)."""
    words = norm(description).split()
    cut = next((i for i, w in enumerate(words) if i and w in _PREPOSITIONS), len(words))
    kept = [w for w in words[:cut] if w not in {"a", "an", "the", "one"}]
    return kept[-1] if kept else ""


def described_again(a: str, b: str) -> bool:
    """Whether two descriptions with no name are one speaker said shorter: one's words
    all among the other's, the same head noun (or the shorter one a party's member, "a
    Republican" / "a Republican legislator"), and no word that makes the role
    another's.

    Examples:
        >>> described_again("the spokesman", "a spokesman for the harbour board")
        True
        >>> described_again("the union", "the union's opponents")
        False
        >>> described_again("the mayor", "a spokesman for the mayor")
        False
    """
    x, y = _described_words(a), _described_words(b)
    if not (x and y) or not (x <= y or y <= x) or role_changed(a, b):
        return False
    short, longer = (a, b) if x <= y else (b, a)
    head = _head(short)
    return head == _head(longer) or (party_member([head]) and len(short.split()) <= 2)


def one_speaker(q: Quote, r: Quote, v: Versions) -> bool:
    """Whether the speakers of one quotation in two versions are one (the module's
    list): one person named two ways, a body under an alias, a body and its
    spokesperson, a person and a description of them, or one description said
    shorter."""
    a, b = q.speaker.strip(), r.speaker.strip()
    if not a or not b:
        return False
    sides = ((a, _text(v.old_sents, q.sentence)), (b, _text(v.new_sents, r.sentence)))
    if named(a) and named(b):
        if _aliases(a, b) or a == without_legal_form(b) or b == without_legal_form(a):
            return True  # a body under a fixed alias ("Fed" / "FOMC"), a company's
            # name without its legal form ("Tessaline Pharma Inc." / "Tessaline")
        people = person(a, v), person(b, v)
        if all(people):
            return one_person(a, b, alone=tagged_person(a, v) and tagged_person(b, v))
        if not any(people):
            return one_body(a, b)
        return any(
            is_person and not other_is_person and speaks_for(body, who, sentence)
            for (who, sentence), (body, _), is_person, other_is_person in (
                (sides[1], sides[0], people[1], people[0]),
                (sides[0], sides[1], people[0], people[1]),
            )
        )
    if named(a) != named(b):
        (who, sentence), (description, _) = sides if named(a) else sides[::-1]
        return described_as(description, who, sentence)
    return described_again(a, b)


def _text(sentences: list[Sentence], i: int) -> str:
    return sentences[i].text if 0 <= i < len(sentences) else ""


def new_voice(a: str, b: str) -> bool:
    """Whether one quotation's two speakers, found one voice, still name someone the
    other does not: not the same name, nor one person named two ways ("Kellsey" /
    "Marta Kellesy"), but a spokesperson for a body or a name for a description
    ("Orvane Foods" / "Lena Marsh"), or someone where there was no one."""
    return norm(a) != norm(b) and not one_person(a, b)
