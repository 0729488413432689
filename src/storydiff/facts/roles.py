"""Words that say what a speaker is: a role that describes a person named before
("the lawmaker"), the words of an organisation's name ("the Justice Ministry"), titles
before a name, and the readable name of a speaker the parse gives."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storydiff.facts.given_names import name_given, passing_clauses

if TYPE_CHECKING:
    from spacy.tokens import Token

ROLES = {
    "lawmaker", "legislator", "senator", "congressman", "congresswoman", "minister",
    "president", "premier", "chancellor", "governor", "mayor", "judge", "coach", "manager",
    "player", "actor", "actress", "singer", "star", "author", "writer", "director",
    "founder", "chairman", "chairwoman", "leader", "archbishop", "bishop", "pope",
    "pontiff", "pastor", "priest", "rabbi", "imam", "cleric", "scientist", "researcher",
    "professor", "economist", "teacher", "activist", "diplomat", "ambassador", "envoy",
    "king", "queen", "prince", "princess", "monarch", "candidate", "veteran", "captain",
    "commander", "general", "businessman", "businesswoman", "entrepreneur", "billionaire",
    "athlete", "champion", "striker", "midfielder", "quarterback", "pitcher", "filmmaker",
    "journalist", "musician", "rapper", "comedian", "host", "politician", "councillor",
    "councilor", "councilman", "councilwoman", "commissioner", "clergyman", "clergywoman",
    "preacher", "evangelist", "supremo", "prosecutor", "representative",
}  # fmt: skip
"""Nouns that describe anew a person already named ("Hon. Mufutau Egberongbe … the
lawmaker said"). Spokespeople, officials, witnesses and the like are left out: "the
spokesman said" is most often someone else than the person named before."""

PERSON_NOUNS = ROLES | {
    "man", "woman", "boy", "girl", "mother", "father", "mom", "dad", "wife", "husband",
    "son", "daughter", "worker", "resident", "witness", "owner", "student", "nurse",
    "doctor", "driver", "victim", "official", "spokesman", "spokeswoman", "spokesperson",
    "neighbour", "neighbor", "friend", "teenager", "employee", "customer", "passenger",
}  # fmt: skip
"""Nouns of a person said without a name ("The woman posted …", "His social worker
looked grim"): whom "she" or a bare quote after them stands for."""

_TITLE_WORDS = {
    "mr", "mrs", "ms", "dr", "prof", "rev", "revd", "sgt", "sergeant", "cpl", "corporal",
    "lt", "lieut", "lieutenant", "col", "colonel", "gen", "maj", "major", "capt", "cmdr", "adm",
    "brig", "cllr",
    "det", "detective", "insp", "inspector", "supt", "superintendent", "officer", "chief",
    "deputy", "sheriff", "gov", "sen", "rep", "hon", "dame", "sir",
}  # fmt: skip


def title_word(word: str) -> bool:
    """A title or rank said before a name ("Sgt.", "Dr", "Detective", "Mayor"): no
    name of its own."""
    w = word.strip(".,").lower()
    return w in _TITLE_WORDS or w in ROLES


_ORG_WORDS = {
    "society", "association", "ministry", "department", "agency", "police", "council",
    "office", "company", "corporation", "corp", "inc", "ltd", "group", "university",
    "hospital", "service", "commission", "committee", "board", "authority", "government",
    "court", "bank", "institute", "foundation", "union", "party", "house", "embassy",
    "army", "military", "administration", "network", "organization", "organisation",
    "trust", "charity", "federation", "college", "clinic", "airline", "firm", "club",
    "regulator", "broadcaster", "newspaper",
}  # fmt: skip


_COLLECTIVE = {"pair", "couple", "duo", "trio", "family"}
"""Nouns of several people said in the singular ("the pair insisted")."""


def plural_name(name: str) -> bool:
    """Whether a speaker is a group said by a plural common noun ("harbour shop
    owners", "officials"), a noun of several people ("the pair", "the couple") or
    names joined by "and": "he" and "she" never stand for it."""
    last = name.split()[-1] if name.split() else ""
    if last in _COLLECTIVE or " and " in name:  # "Ana Ruiz and Tom Hale"
        return True
    return last.islower() and last.endswith("s") and not last.endswith("ss")


ORG_NOUNS = {
    "company", "firm", "group", "organisation", "organization", "publisher", "ministry",
    "department", "agency", "council", "party", "club", "union", "bank", "network",
    "broadcaster", "university", "hospital", "court", "authority", "government",
    "airline", "operator", "charity", "newspaper", "team", "board", "commission",
    "regulator", "watchdog", "utility", "foundation", "association", "federation",
    "league", "institute",
}  # fmt: skip
"""Nouns by which news calls an organisation named before ("the company said", "the
regulator said", "the utility said")."""


_SPOKES = {"spokesperson", "spokesman", "spokeswoman", "representative", "spokespeople"}
"""Nouns of someone who speaks for an organisation: whom they speak for is part of
who speaks ("a spokesperson for the port authority")."""

AGENTS = _SPOKES | {"lawyer", "attorney", "solicitor", "counsel", "aide", "adviser", "advisor"}
"""Nouns of someone who speaks for another: the person they speak for ("a lawyer for
Varek", "Mrs. Marrow's spokesman") is part of who speaks, never the speaker."""

_PEOPLE = PERSON_NOUNS | AGENTS
"""Nouns that say a person: a description by one of them is no thing that speaks."""
_OFFICES = frozenset(
    """commissioner minister mayor governor senator congressman congresswoman lawmaker
    legislator chairman chairwoman chancellor premier president judge prosecutor
    ambassador envoy councillor councilman councilwoman coach spokesman spokeswoman
    spokesperson lawyer attorney""".split()
)
"""Offices only a person holds: not an author, a manager, a director, an owner or a
founder, which a body may be ("the Harbour Policy Institute, the report's author",
"Brennick Capital Management, the fund's manager")."""


def person_by_role(tok: Token) -> bool:
    """A name whose apposition is an office only a person holds ("Helena Strand, the
    information commissioner,"): a person, whatever the recogniser tagged it."""
    return any(
        c.dep_ == "appos" and c.tag_ == "NN" and c.lemma_.lower() in _OFFICES for c in tok.children
    )


def organisation_name(name: str) -> bool:
    """Whether a speaker's name is an organisation's ("American Cancer Society", "the
    White House", "NATO"): "he" and "she" never stand for it."""
    words = name.replace("’", "'").split()
    if any(w.lower() in _SPOKES for w in words):
        return False  # "a spokesperson for the Harbour Authority": a person
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        return True
    return bool(words) and re.sub(r"'s$", "", _head(words).lower().strip(".,")) in _ORG_WORDS


_AFTER_HEAD = {"of", "for", "at", "in", "on", "from"}


def _head(words: list[str]) -> str:
    """The head noun of a name: its last word before a preposition ("Ministry of
    Justice": "Ministry"; "the clinic's director": "director"), so an organisation's
    word that only says whose or where a person is does not make them one."""
    cut = next((i for i, w in enumerate(words) if i and w in _AFTER_HEAD), len(words))
    return words[cut - 1]


def compound_head(tok: Token) -> Token:
    """The word a name's compound words hang on ("Franz Josef glacier": "glacier";
    "Ana Ruiz": "Ruiz"), else the word itself."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def names_whose(person: Token, head: Token) -> bool:
    """Whether a person's name only says whose a noun's thing is, in a compound ("the
    Trump administration", "the Ruiz campaign": no person); a name that is the head
    ("Coastguard Commander Ana Ruiz") or a possessive ("Ruiz's lawyer") is not that."""
    if head.ent_type_ == "PERSON" or head.pos_ != "NOUN":
        return False
    return person.i != head.i and compound_head(person).i == head.i


def name_of(tok: Token) -> str:
    """A readable name for the subject token: its PERSON/ORG entity, else its phrase,
    without words of a sentence before it that the splitter left attached ("Thursday.
    Athlete Mhlengi Gwala" -> "Athlete Mhlengi Gwala"), nor a courtesy title or a
    doctor's written without a full stop, as British copy does ("Ms Holt" and "Dr Holt"
    are "Holt", as "Ms. Holt" is)."""
    return PERSON_TITLE.sub("", _after_break(_name_of(tok)))


PERSON_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?[ \t]+(?=[A-Z])")
"""A title only a person has, with or without its full stop, before a name."""


def _after_break(name: str) -> str:
    name = name.rsplit("\n", 1)[-1]
    parts = name.split(". ")
    for k in range(len(parts) - 1, 0, -1):  # not after a title ("for Mrs. Marrow")
        if not title_word(parts[k - 1].rsplit(" ", 1)[-1]):
            name = ". ".join(parts[k:])
            break
    return name.strip()


_NAMING = frozenset({"", "PERSON", "ORG", "NORP"})
"""Entity types (none included) the model gives a person's name in apposition to a
noun of a person ("the founder, Eli Strand", tagged ORG): the person's name."""


def _thing(tok: Token) -> bool:
    """A common noun that says no person ("maker", "company"; not "owner", "founder")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() not in _PEOPLE


def _organisation(tok: Token) -> bool:
    return tok.ent_type_ == "ORG" or (tok.pos_ == "PROPN" and organisation_name(_entity(tok)))


def _known_as(tok: Token) -> str:
    """The name a description is set beside by "known as" ("The European Union
    regulator, known as EASA,": EASA), else ""."""
    names = [
        t
        for acl in tok.children
        if acl.dep_ == "acl" and acl.lemma_ == "know" and tok.pos_ == "NOUN"
        for prep in acl.children
        if prep.lower_ == "as"
        for t in prep.children
        if t.dep_ == "pobj" and (t.pos_ == "PROPN" or t.ent_type_ == "ORG" or t.text.isupper())
    ]
    return _entity(names[0]) if names else ""


def _name_of(tok: Token) -> str:
    after = _name_after_title(tok) or _agent_named(tok) or name_given(tok)
    if after:
        return after  # "wrote Maj. Jeff Monaghan", the parse cut at the title's stop
    for child in tok.children:  # "Check Clean Dry advocate, Teegan Maxwell": the name
        if child.dep_ == "appos" and (
            child.ent_type_ == "PERSON"
            or (child.pos_ == "PROPN" and tok.lemma_.lower() in AGENTS)
            # "the group's founder, Eli Strand": the name, whatever type the model
            # gives a name it has not seen
            or (
                child.pos_ == "PROPN"
                and tok.lemma_.lower() in PERSON_NOUNS
                and child.ent_type_ in _NAMING
            )
        ):
            return _entity(_last_named(child))
    for child in tok.children:  # "the drug's maker, Veltro Pharmaceuticals": the company
        if child.dep_ == "appos" and _thing(tok) and _organisation(child):
            return _entity(child)  # "Drake's party, the Civic Union" (tagged a place)
    if known := _known_as(tok):
        return known
    if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        for ent in tok.doc.ents:
            if ent.start <= tok.i < ent.end:
                return strip_article(ent.text)
    asides = passing_clauses(tok, ("relcl", "acl") if tok.pos_ == "PROPN" else ("relcl",))
    for child in tok.subtree if tok.lemma_.lower() not in AGENTS else ():
        if child.i in asides:
            continue
        if child.ent_type_ == "PERSON" and not names_whose(child, tok):  # not the client
            # of "a lawyer for Varek", nor "the Trump administration"
            for ent in tok.doc.ents:
                if (
                    ent.start <= child.i < ent.end
                    and ent.label_ == "PERSON"
                    and not all(title_word(t.text) or t.is_punct for t in ent)
                ):
                    return ent.text  # not a title the model took for a name ("Sgt.")
    words = [
        t for t in tok.subtree if t.dep_ not in ("punct", "appos", "relcl", "acl") and t.i <= tok.i
    ]
    if tok.pos_ == "PROPN":  # "Sgt. Oehler": the name without its title, and without
        office: set[int] = set()  # the office of one ("Minister of Fisheries Ilmar Vesk")
        while len(words) > 1 and (
            title_word(words[0].text)
            or words[0].is_punct
            or words[0].i in office
            or (_office_part(words[0]) and title_word(words[0].head.text))
        ):
            first, words = words[0], words[1:]
            if title_word(first.text):  # "Union Minister of State for Sports Kiran Meghwal"
                office |= {t.i for c in first.children if _office_part(c) for t in c.subtree}
    end = _speaking_for(tok)
    phrase = tok.doc[words[0].i : end + 1].text if words else tok.text
    return strip_article(phrase)


def _last_named(tok: Token) -> Token:
    """The person's name an apposition chain ends with ("The Commissioner of Police,
    Airport Command, CP Haruna Gwandu,": Gwandu, not the command): past a name that
    is no person's, to one the model tags a person's or an untagged name of two words
    or more; not past a person's own name ("state Sen. Ana Ruiz, D-Lakeview,", "Eli
    Strand, CEO of Vireo Labs,")."""
    if tok.ent_type_ == "PERSON":
        return tok
    for child in tok.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and _person_like(child):
            return _last_named(child)
    return tok


def _person_like(tok: Token) -> bool:
    """A person's name by its tag, or an untagged name of two words or more."""
    if tok.ent_type_:
        return tok.ent_type_ == "PERSON"
    words = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return tok.is_alpha and any(c.is_alpha for c in words)


def _office_part(word: Token) -> bool:
    """A word a title brings: what it is "of" or "for", or what it is said before it
    ("Union" of "Union Minister of State for Sports")."""
    return word.lower_ in ("of", "for") or (word.dep_ == "compound" and word.i < word.head.i)


def _agent_named(tok: Token) -> str:
    """The person named after the organisation a spokesperson speaks for ("A
    spokesman for the Harbour Department, Paul Orrin, said"), whom the parse hangs on
    the organisation: an organisation is no person, so the name is the spokesperson's.
    Not after a person ("a lawyer for the victim, Ana Ruiz": maybe the victim)."""
    if tok.lemma_.lower() not in AGENTS:
        return ""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "at", "of"):
            continue
        for org in (c for c in prep.children if c.dep_ == "pobj"):
            if org.ent_type_ != "ORG" and org.lemma_.lower() not in _ORG_WORDS:
                continue
            for name in org.children:
                if name.dep_ == "appos" and name.ent_type_ == "PERSON":
                    return _entity(name)
    return ""


def _name_after_title(tok: Token) -> str:
    """The person named right after a title that the parser took for the subject on
    its own ("Maj" of "wrote Maj. Jeff Monaghan"), else ""."""
    if not title_word(tok.text.strip(".")):
        return ""
    names: list[str] = _name_after_office(tok)
    for nxt in tok.doc[tok.i + 1 : tok.i + 8] if not names else ():
        if nxt.ent_type_ == "PERSON" and not title_word(nxt.text.strip(".")):
            ent = next(e for e in tok.doc.ents if e.start <= nxt.i < e.end)
            if ent.start > tok.i:  # a name of its own after the title
                return ent.text
        if nxt.pos_ == "PROPN" and not title_word(nxt.text.strip(".")):
            names.append(nxt.text)  # "Cllr Ana Ruiz", the model's PERSON on the title
        elif names or not (nxt.text == "." or title_word(nxt.text.strip("."))):
            break  # only a title's own stop or more titles stand before the name
    return " ".join(names) if len(names) >= 2 else ""


def _name_after_office(title: Token) -> list[str]:
    """The untagged name the parser joined to the office after a title ("Deputy Minister
    of Health Ilmar Vesk": "of" -> "Vesk" with "Health" and "Ilmar" before it): the last
    two of three or more capitalised proper nouns, none tagged (a name the model tagged
    is found as one), else []."""
    for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            words = [t for t in obj.subtree if t.i <= obj.i]
            if len(words) >= 3 and all(
                t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_ for t in words
            ):
                return [t.text for t in words[-2:]]
    return []


_PARTS = {"one", "another", "some", "many", "several", "most", "none", "each", "both", "all"}
"""Words that say some of a group ("one of the fishermen"): the group is part of who
speaks."""


def _speaking_for(tok: Token) -> int:
    """Where the speaker's phrase ends: after "for X" (or "of X", "at X") when it
    speaks for someone ("A spokesperson for Kestrel University"), after "of X" when it
    is some of a group ("one of the fishermen", "two of the officers"), else at the
    noun."""
    lemma = tok.lemma_.lower()
    part = lemma in _PARTS or tok.lower_ in _PARTS or tok.tag_ == "CD"
    if lemma not in AGENTS and not part:
        return tok.i
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ in (("of",) if part else ("for", "of", "at")):
            clauses = {
                t.i for c in prep.subtree if c.dep_ in ("appos", "relcl", "acl") for t in c.subtree
            }
            end = prep.i
            for t in prep.subtree:  # up to a clause or comma after the name
                if t.dep_ == "punct" or t.i in clauses:
                    break
                end = t.i
            return end
    return tok.i


def _entity(tok: Token) -> str:
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return strip_article(ent.text if ent is not None else tok.text)


def strip_article(text: str) -> str:
    for art in ("the ", "The "):
        if text.startswith(art):
            return text[len(art) :]
    return text


def past_title(tok: Token) -> Token:
    """The name after a title the parser made a subject of its own ("said Sgt. Oehler",
    with "Sgt" and "Oehler" both subjects), else the token itself."""
    if not title_word(tok.text) or tok.ent_iob_ == "I":
        return tok
    j = tok.i + 1
    while j < len(tok.doc) and tok.doc[j].is_punct and tok.doc[j].text == ".":
        j += 1
    after = tok.doc[j] if j < len(tok.doc) else None
    return after if after is not None and after.pos_ == "PROPN" and after.head == tok.head else tok


_POSSESSIVE = re.compile(r"(?<=\w)(?:['’]s|’)$")
_CAPS = re.compile(
    r"^(?:(?:[A-Z]{2,}\s+){2,}|(?:WATCH|ADVERTISEMENT|VIDEO|PHOTOS?|LISTEN|READ|EXCLUSIVE"
    r"|BREAKING|RELATED|SPONSORED)\s+)(?=[A-Z][a-z])"
)


def plain_name(name: str) -> str:
    """A name without a possessive ending, nor words in capitals before it that
    belong to page furniture ("FOX NEWS APP Palmieri", "WATCH Palmieri" -> "Palmieri").
    One word in capitals that is no page label is the name's own ("KSL Group", "KSL
    Research").

    Examples:
        >>> plain_name("FOX NEWS APP Palmieri"), plain_name("KSL Group's")
        ('Palmieri', 'KSL Group')
    """
    return _CAPS.sub("", _POSSESSIVE.sub("", name))
