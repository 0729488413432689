"""A subject that describes whom it means instead of naming them: a person by role
("the lawmaker", "the senator from Texas", "the Footloose star": the person named last,
unless the text titled that person otherwise), "the official" right after an official
spoke (that person), a person said by a noun alone ("The woman posted …"), and
whether a speaker is an organisation (an organisation called by what it is:
``facts.callings``). ``quotes`` and ``carry`` read them when they resolve a quote's
speaker."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storydiff.facts.attributions import institution
from storydiff.facts.described import age_given
from storydiff.facts.genders import HONORIFICS
from storydiff.facts.given_names import given_gender
from storydiff.facts.lexicon import TITLED_ROLES
from storydiff.facts.marks import inside
from storydiff.facts.names import calling_of, named, same_speaker
from storydiff.facts.roles import (
    AGENTS,
    PERSON_NOUNS,
    ROLES,
    name_of,
    organisation_name,
    person_by_role,
    plural_name,
    title_word,
)
from storydiff.facts.titles import titled

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Doc, Span, Token


def redescribed(subject: Token, roles: frozenset[str] | set[str] = ROLES) -> bool:
    """A subject that describes a person by role with "the" and no name or owner ("the
    lawmaker", "the 83-year-old pontiff", "the lawmaker from Texas"), not "his lawyer",
    "the boy's father" or "the mayor of Brisvale". An organisation or a work may
    qualify the role ("the Labour Party leader", "the Footloose star"; ``qualified``:
    not when the text titled that person otherwise). Only roles a story gives someone
    it names (``ROLES``, and "general secretary", not a press secretary): "the former
    officer" after a suspect is someone else."""
    children = list(subject.children)
    general = subject.lemma_.lower() == "secretary" and any(c.lower_ == "general" for c in children)
    common = subject.tag_ == "NN" or (subject.tag_ == "NNP" and subject.text.islower())
    if not common or not (subject.lemma_.lower() in roles or general):
        return False  # a lower-case "the senator" the tagger took for a name is a role
    if any(c.dep_ in ("poss", "appos", "relcl") or _prep_not_from_a_place(c) for c in children):
        return False
    if any(t.ent_type_ == "PERSON" for t in subject.subtree):
        return False  # a person's name ("the Ruiz campaign manager"): someone else
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children)


def aged(subject: Token) -> bool:
    """A subject that describes a person by age alone with "the" ("the 58-year-old
    said"): the person named last, as a role is (``redescribed``)."""
    children = list(subject.children)
    return (
        subject.lower_ == "old"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        and any(c.lower_ == "year" and any(g.tag_ == "CD" for g in c.children) for c in children)
    )


def aged_again(subject: Token | None, last: str, text: str) -> str:
    """``last``, the speaker before, for "the 58-year-old said" when the text gives no
    one that age and says it once ("Emil Brandt, …, said Monday …. After the loss, the
    58-year-old said …"; not after "a 34-year-old man was arrested"); "" otherwise
    (``described`` reads an age the text gave to one person)."""
    if subject is None or not aged(subject) or not named(last):
        return ""
    return "" if age_given(name_of(subject), text) else last


def qualified(subject: Token) -> bool:
    """A role an organisation's or a work's name qualifies ("the Lakers coach", "the
    Footloose star"), as ``redescribed`` reads it."""
    return redescribed(subject) and any(
        t.ent_type_ == "ORG" or (t.pos_ == "PROPN" and t.ent_type_ not in _PLACES)
        for t in subject.subtree
        if t.i != subject.i  # the role itself may be tagged a name ("the First Minister")
    )


_HONORIFICS = frozenset({h.lower() for h in HONORIFICS} | {"dr", "prof", "sir", "dame"})
"""Words before a name that give no role ("Mr. Frank Vogel")."""


def titled_otherwise(subject: Token, title: str) -> bool:
    """Whether the title the text gave a person ("Celtics guard", "Director", "Celtics
    coach"; an honorific alone, "Mr.", is none) is not the role ``subject`` says ("the
    Lakers coach"), or is it of another team or work: someone else then. Words that
    say no role (``_says_a_role``) title no one otherwise."""
    words = [w.strip(".,") for w in title.lower().split()]
    words = [w for w in words if w and w not in _HONORIFICS]
    role = subject.lemma_.lower()
    if not words or not _says_a_role(title):
        return False
    if role not in words:
        return True
    own = {t.lower_ for t in subject.subtree if t.pos_ == "PROPN"}
    others = set(words) - {role}
    return bool(own and others) and not own & others


def _says_a_role(title: str) -> bool:
    """Whether words before a name say what the person is ("Celtics guard", "Mayor",
    "Acme CEO"), not a first name the model left out of the name ("Priyanka" of
    "Priyanka Gandhi"): one capitalised word, not in capitals nor a title's, is a
    name."""
    words = title.split()
    if len(words) != 1:
        return True
    word = words[0].strip(".,")
    return not word[:1].isupper() or word.isupper() or title_word(word)


def _prep_not_from_a_place(child: Token) -> bool:
    """A prepositional phrase other than "from" a place ("the lawmaker from Texas")."""
    if child.dep_ != "prep":
        return False
    return child.lower_ != "from" or not any(t.ent_type_ in _PLACES for t in child.subtree)


_PLACES = ("GPE", "NORP", "LOC")
"""Names that only say where a role is ("the former Uttar Pradesh chief minister")."""


_OFFICIALS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson"})
_OFFICES = frozenset(
    "head chief director minister official spokesman spokeswoman spokesperson secretary "
    "commissioner administrator superintendent officer chairman chairwoman chair "
    "president governor mayor coordinator deputy master sheriff commander captain "
    "inspector prosecutor senator ambassador manager".split()
)
"""Words of an office that make someone an official ("agency head Subejo", "Ana Ruiz,
the ministry's spokeswoman"): whom "the official" right after may stand for."""


def holds_office(subject: Token) -> bool:
    """Whether a speaker's own words give them an office ("disaster agency head Subejo
    said", "Tomas Varek, a harbour official, said"), not "resident Tom Hale" or "his
    mother, Ann Lee"."""
    words = [subject, *_title_words(subject)]  # "agency head, Subejo," parsed as "head"
    for appos in (c for c in subject.children if c.dep_ == "appos"):
        words += [appos, *_title_words(appos)]  # "Tomas Varek, the harbour master,"
    return any(t.lower_ in _OFFICES for t in words)


def _title_words(tok: Token) -> list[Token]:
    """The words said right before a name or noun ("agency head" of "agency head
    Subejo"): its compounds and modifiers, theirs in turn; not a clause about it ("whose
    husband is the fire chief") nor a phrase after it ("a friend of the mayor")."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i < tok.i:
            out += [child, *_title_words(child)]
    return out


def speaks_again(subject: Token | None, before: str, office: bool) -> bool:
    """Whether a speech verb's subject is "the official" (or spokesman) with nothing but
    "the" (a clause after it may say more) and the person ``before``, who spoke in the
    sentence just before with an ``office`` of their own (``holds_office``), is the one
    it means ("…, agency head Subejo said. “…,” said the official"): a person by name,
    not an organisation or a group, nor a resident or a relative who spoke last."""
    if subject is None or subject.tag_ != "NN" or subject.lemma_.lower() not in _OFFICIALS:
        return False
    kids = [(c.dep_, c.lower_) for c in subject.children if c.dep_ not in ("relcl", "punct")]
    return (
        office
        and kids == [("det", "the")]
        and named(before)
        and not (organisation_name(before) or plural_name(before))
    )


def said_again(
    subject: Token | None,
    given: str,
    titles: dict[str, str],
    before: str,
    office: bool,
    text: str = "",
) -> str | None:
    """Whom a description stands for, when the text says more than the parse: "the
    Lakers coach" given to a person the text titled otherwise ("Celtics guard Jay
    Smith": ``titles``) is someone else, itself, unless the text titled one person so
    ("Wolves coach Dario Venn", in ``text`` too); "the mayor" is the one person the text
    titled so, if one, when it titled ``given`` otherwise ("Gov. Tomas Brandt and Mayor
    Ilona Varga": Varga, though Brandt spoke last), or when ``given`` is no name ("the
    waitress" spoke last); "said the official" is ``before``,
    the person who spoke in the sentence just before ("" when no one did), with an
    ``office`` of their own, as ``speaks_again`` says. None: as ``given``."""
    if subject is None:
        return None
    if qualified(subject):
        said = " ".join(t.text for t in subject.subtree if t.dep_ != "det")
        ones = [p for p, title in titles.items() if " " in p and title.lower() == said.lower()]
        far = titled(said, text, len(text)) if text and not ones else said
        if far != said and re.search(rf"{re.escape(said)}[ \t]+{re.escape(far)}", text):
            ones = [far]  # titled so, word for word, before the lines read
        if len(ones) == 1 and not same_speaker(ones[0], given):
            return ones[0]  # "the Wolves coach" of "Wolves coach Dario Venn"
    if qualified(subject) and titled_otherwise(subject, titles.get(given, "")):
        return name_of(subject)
    if redescribed(subject) and not qualified(subject):
        role = subject.lemma_.lower()
        ones = [p for p, title in titles.items() if " " in p and _title_role(title) == role]
        other = _title_role(titles.get(given, "")) not in ("", role)  # titled otherwise
        other = other or not named(given)  # "the mayor" after "the waitress": who was so
        far = titled(subject.text, text, len(text)) if text and other and not ones else ""
        if far and far != subject.text and named(far):
            ones = [far]  # "Mayor Agnes Vollmer" before the lines read
        if len(ones) == 1 and other and not same_speaker(ones[0], given):
            return ones[0]
    if before and speaks_again(subject, before, office):
        return before
    return None


def _kind_role(tok: Token) -> str:
    """A role a common noun says the kind of ("the store manager", "a bank manager":
    "store manager"), else ""."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in ROLES:
        return ""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children):
        return ""
    kinds = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.tag_ == "NN"]
    return " ".join([*kinds, tok.lemma_.lower()]) if kinds else ""


def brought_in(doc: Doc | Span, spans: list[tuple[int, int]], brought: set[str]) -> set[str]:
    """``brought`` with the roles of a kind (``_kind_role``) a sentence that names no
    person and quotes no one has as a subject ("The store manager told Channel 4 the
    man demanded …"): someone of their own, whom ``apart`` keeps so; a sentence that
    names a person with such a role's word ("The store's manager, Tomas Varek, said")
    takes it back: that person is who it is now."""
    if any(e.label_ == "PERSON" for e in doc.ents):
        words = doc.text.lower()
        return {role for role in brought if role.split()[-1] not in words}
    if spans:
        return brought  # one with a quote speaks: "“…,” the store manager said" redescribes
    subjects = (t for t in doc if t.dep_ in ("nsubj", "nsubjpass"))
    return brought | {role for t in subjects if (role := _kind_role(t))}


def apart(subject: Token | None, brought: set[str], title: str) -> str | None:
    """ "the store manager said" after a sentence brought the store manager in with no
    name (``brought_in``) is that person, not the person named last, unless the text
    titled that person with the role (``title``, "store manager Tomas Varek"). None: as
    read."""
    role = _kind_role(subject) if subject is not None else ""
    if subject is None or role not in brought or subject.lemma_.lower() in title.lower():
        return None
    return name_of(subject)


_PAIRS = frozenset({"couple", "pair", "duo"})


def the_pair(subject: Token | None, pair: str) -> str | None:
    """Whom "the couple" (or "the pair", "the duo") stands for: ``pair``, the people a
    subject named lately joined by "and" (``subjects.joined_people``); None when the
    subject says no pair or none was named."""
    if subject is None or not pair or subject.lemma_.lower() not in _PAIRS:
        return None
    the = [c.lower_ for c in subject.children if c.dep_ == "det"]
    return pair if the == ["the"] else None


_SHORT_TITLES = {"gov": "governor", "sen": "senator", "rep": "representative"}


def _title_role(title: str) -> str:
    """The role a title before a name says, in lower case ("Mayor" -> "mayor", "Gov."
    -> "governor"); "" for none."""
    words = title.split()
    word = words[-1].lower().strip(".") if words else ""
    return _SHORT_TITLES.get(word, word)


def appositive_titles(doc: Doc | Span) -> list[tuple[str, str]]:
    """(name, title) of each person the sentence names with a noun of what they are
    beside the name ("Jay Smith, a Celtics guard," -> "Celtics guard"), which the
    person facts' titles (the words before a name) do not hold."""
    out = []
    for ent in (e for e in doc.ents if e.label_ == "PERSON"):
        for noun in (c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
            words = [t.text for t in noun.subtree if t.i <= noun.i and t.dep_ not in _NOT_TITLE]
            out.append((ent.text, " ".join(words)))
    return out


_NOT_TITLE = frozenset({"det", "punct", "poss", "case"})


def organisation_speaker(tok: Token) -> bool:
    """A speaker that is an organisation ("The Norland Coastguard", "the ministry",
    "NATO"), not a surname the model tagged as one ("Duque"), nor a person's name it
    tagged so that a given name starts and a noun describes ("Ilse Varga, a fire
    ecologist,"; not "Charles Schwab, the brokerage,")."""
    if not institution(tok) or person_by_role(tok):
        return False
    if tok.ent_type_ not in ("ORG", "NORP"):
        return True  # an institutional noun
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    words = [t for t in ent if t.lower_ != "the"] if ent is not None else [tok]
    described = [c for c in tok.children if c.dep_ == "appos" and _of_a_person(c)]
    said = " ".join(t.text for t in words)
    if given_gender(said) and described and "&" not in said and len(words) <= 3:
        return False  # "Ilse Varga, a fire ecologist,": a person
    return len(words) >= 2 or tok.text.isupper()


def _of_a_person(noun: Token) -> bool:
    """A noun of a person: listed, or of a person's ending ("ecologist")."""
    low = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (low in PERSON_NOUNS or low.endswith(_PERSON_ENDINGS))


_PERSON_ENDINGS = ("ist", "ian")
"""Endings of nouns of a person ("ecologist", "historian"; not "supplier", "operator")."""


def person_noun(doc: Doc | Span, spans: list[tuple[int, int]]) -> tuple[str, bool]:
    """A person said without a name as the subject of the sentence's main clause ("The
    woman posted …", "His social worker … looked grim"), and whether it is a role that
    may describe anew someone named before; ("", False) when none."""
    for tok in doc:
        if (
            tok.dep_ == "nsubj"
            and tok.tag_ == "NN"
            and tok.head.dep_ == "ROOT"
            and tok.lemma_.lower() in PERSON_NOUNS
            and not inside(tok, spans)
            and not any(t.ent_type_ == "PERSON" for t in tok.subtree)
        ):
            return name_of(tok), tok.lemma_.lower() in ROLES
    return "", False


def introduced_as(speaker: str, people: list[str]) -> str:
    """The description that first brought in a person a speaker names by a bare noun
    ("the spokesman told a news conference" after "a Foreign Ministry spokesman said"):
    that indefinite description, the latest of ``people`` (latest last) ending in the
    same noun (before any "of …"); "" when none. A description with more words after
    its noun ("a nurse at the hospital") is not read."""
    words = speaker.split(" of ", 1)[0].split()
    if not words or len(words) > 3 or any(w[:1].isupper() for w in words):
        return ""
    head = words[-1].lower()
    if head not in PERSON_NOUNS and head not in AGENTS:
        return ""
    for p in reversed(people):
        before = p.split(" of ", 1)[0].split()
        if before[:1] in (["a"], ["an"]) and before[-1].lower() == head and p != speaker:
            return p
    return ""


_OTHER_PARTIES = frozenset({"judge", "prosecutor", "magistrate"})
"""Roles of a court that describe the person named last only when the text titled
them so ("Deputy District Attorney Ilse Marrow … the prosecutor said":
``names.calling_of``): else that person is most often the accused ("Owen Roker
admitted fraud. … the judge said"), and the judge is who the text titles so ("Judge
Helena Marsh"), else the description."""


def _title_of(person: str, titles: Mapping[str, str]) -> frozenset[str]:
    """The words of the title the text gave ``person`` (or their surname), lower case."""
    title = titles.get(person) or titles.get(person.split()[-1] if person else "", "")
    return frozenset(title.lower().split())


def said_anew(subject: Token, person: str, titles: Mapping[str, str], strict: bool = False) -> bool:
    """Whether ``subject`` describes ``person``, named last, anew by a role ("the
    lawmaker"; a court's roles, ``TITLED_ROLES`` and, when ``strict``, any role only
    when the text titled that person so)."""
    role = subject.lemma_.lower()
    titled_only = strict or role in _OTHER_PARTIES or role in TITLED_ROLES
    return (
        redescribed(subject, ROLES | TITLED_ROLES)
        and named(person)
        and (not titled_only or calling_of(role, _title_of(person, titles)))
    )
