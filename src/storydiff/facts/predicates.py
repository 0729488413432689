"""Claim updates from a changed main verb or object of an edited sentence.

"A man was arrested after the crash" -> "A man was charged after the crash" and
"Police detained the protesters" -> "Police detained the journalists" change what is
asserted without a number, a name, a negation or a hedge. Each analysed sentence
keeps a small frame of its main clause from spaCy's parse (``frame_of``): the verb
(lemma with its particle), who does it and what it is done to. An edit that replaces
the verb while who does it to what stays, or the object while the verb stays, is a
claim update (``what_changed``).

Most such replacements are rewording ("reported" -> "printed", "misjudged" ->
"underestimated", "loyalty" -> "allegiance"), and nothing in the parse tells a
synonym apart. So only words that news tells apart count: verbs of distinct news
events (``CONTRASTED_VERBS``: "arrested" / "charged" / "released", "killed" /
"injured") and the groups of people and things news counts apart
(``facts.groups.CONTRASTED``: "protesters" / "journalists"). A verb or a noun
outside those tables, or two of one group, is rewording. The same verb in another
tense, aspect or voice is the same verb; a verb phrase around it ("began
arresting", "is expected to approve") keeps it; a reporting verb (``quotes.
SPEECH_VERBS``) is read through to the clause it brings in, and two of them are one;
an object changed only in its determiner, number or modifiers keeps its head.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storydiff.facts.groups import contrasted
from storydiff.facts.lexicon import PAST_FORMS
from storydiff.facts.speech import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from storydiff.diff.align import Link

CONTRASTED_VERBS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split(","))
    for group in (
        "arrest,apprehend", "detain", "question,interrogate,interview", "charge,indict",
        "release,free", "convict", "acquit", "sentence,jail,imprison", "sue",
        "investigate,probe", "deport,expel", "extradite", "pardon", "execute",
        "kill,die", "murder", "injure,wound,hurt", "shoot", "stab", "attack,assault",
        "threaten", "rescue,save", "evacuate", "kidnap,abduct", "rob", "survive",
        "approve,pass", "reject,veto", "delay,postpone,defer", "cancel,scrap,axe",
        "suspend", "propose", "consider,debate,discuss",
        "buy,acquire,purchase", "sell", "hire,recruit", "dismiss,sack,oust",
        "resign,quit,step down", "retire", "elect", "appoint", "nominate",
        "raise,increase,hike", "cut,reduce,slash,lower",
    )
)  # fmt: skip
"""Verbs of news events that are told apart, by lemma (with the particle of a phrasal
verb, "step down"): one put in place of a verb of another group ("was arrested" ->
"was charged", "killed" -> "injured", "approved" -> "delayed") changes the claim; two
of one group ("bought" / "acquired", "were killed" / "died", "was jailed" / "was
sentenced") and verbs of no group say it in other words. Users may extend it."""


def _pasts(verb: str) -> set[str]:
    """A verb's past forms ("approve": approved, "cancel": canceled, cancelled)."""
    if verb in PAST_FORMS:
        return set(PAST_FORMS[verb].split())
    if verb.endswith("e"):
        return {verb + "d"}
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return {verb[:-1] + "ied"}
    return {verb + "ed"}


_NOUNS = {"sell": "sale sales", "resign": "resignation", "die": "death deaths dead"}
"""Nouns of events the plain endings do not make."""


def _forms(verb: str) -> set[str]:
    """Every form of a verb and of the nouns of its event, loosely: "approve" gives
    approves, approving, approved, approval; "elect" election."""
    stem = verb[:-1] if verb.endswith("e") and verb not in ("free", "see") else verb
    third = verb + ("es" if verb.endswith(("s", "sh", "ch")) else "s")
    nouns = {stem + end for end in ("al", "ion", "ation", "ment", "ions", "ments")}
    return {verb, third, stem + "ing"} | nouns | set(_NOUNS.get(verb, "").split()) | _pasts(verb)


def _by_form(forms: Callable[[str], set[str]], phrasal: bool = False) -> dict[str, int]:
    """Each form (``forms`` of a verb of ``CONTRASTED_VERBS``) -> its group; a phrasal
    verb by its first word's forms when ``phrasal`` ("stepped" of "step down")."""
    return {
        form: k
        for k, group in enumerate(CONTRASTED_VERBS)
        for verb in group
        if phrasal or " " not in verb
        for form in forms(verb.split()[0])
    }


_PAST_EVENTS = {
    form: k for form, k in _by_form(_pasts).items() if form not in PAST_FORMS
}  # not "cut", "hurt", "quit": their past is their present
_EVENT_FORMS = _by_form(_forms, phrasal=True)
_DETERMINERS = frozenset("a an the this that his her its their".split())
"""A past form right after these, or opening the sentence, is an adjective ("the jailed
leader", "Jailed opposition leader ...")."""
_RELATIVE = frozenset("who which that".split())
"""A past form one or two words after these is a clause about someone ("the man who was
arrested")."""
_NOT_EVENT_AFTER = frozenset(
    "through away along figures data details results images video footage statement "
    "statements report concerns questions doubts fears hopes awareness".split()
)
"""A past form right before these is another verb ("passed through", "passed away",
"released figures", "raised concerns")."""


def events_told(words: Iterable[str]) -> set[int]:
    """The news event (a group of ``CONTRASTED_VERBS``) a wording tells as done first,
    by a verb's past form ("approved", "was arrested"; lower case): its main one, not
    one of a clause about a thing ("approved the budget the council proposed"), an
    adjective ("the jailed leader") or a relative clause ("the man who was
    arrested")."""
    words = list(words)
    for k, w in enumerate(words):
        if w not in _PAST_EVENTS:
            continue
        after = words[k + 1] if k + 1 < len(words) else ""
        if (
            k
            and words[k - 1] not in _DETERMINERS
            and not set(words[max(0, k - 2) : k]) & _RELATIVE
            and after not in _NOT_EVENT_AFTER
        ):
            return {_PAST_EVENTS[w]}
    return set()


def event_groups(words: Iterable[str]) -> set[int]:
    """The news events a wording names by any form of their verbs ("will approve",
    "approving", "approved")."""
    return {_EVENT_FORMS[w] for w in words if w in _EVENT_FORMS}


_DESCRIBED: frozenset[str] = frozenset("man woman boy girl child kid minor adult".split())
"""Nouns of ``groups.CONTRASTED`` that describe people by sex and age: one may be
put for a noun of what the same people do or are ("the suspects" -> "the boys",
"the men" -> "the troops"), so an object changes only from one of these to another."""

_OF_THE_MOMENT: frozenset[str] = frozenset(
    "victim survivor suspect resident passenger tourist patient hostage".split()
)
"""Nouns of ``groups.CONTRASTED`` for what happened to people or where they
were, which any other group may also be ("the residents" -> "the victims"): no
object change from or to one of these."""


def objects_contrasted(a: str, b: str) -> bool:
    """Whether two objects' head nouns name groups told apart (``groups.
    contrasted``) and not only described another way (``_DESCRIBED``,
    ``_OF_THE_MOMENT``)."""
    if a in _OF_THE_MOMENT or b in _OF_THE_MOMENT or (a in _DESCRIBED) != (b in _DESCRIBED):
        return False
    return contrasted(a, b)


def _verb_group(verb: str) -> int:
    return next((k for k, group in enumerate(CONTRASTED_VERBS) if verb in group), -1)


NEAR_VERBS: frozenset[frozenset[str]] = frozenset(
    frozenset(pair.split())
    for pair in (
        "free rescue", "release rescue", "free save", "cut scrap", "cut cancel", "cut axe",
        "attack shoot", "attack stab", "kill murder",
    )
)  # fmt: skip
"""Verbs of two groups of ``CONTRASTED_VERBS`` that news also uses for one event
("freed the hostages" / "rescued the hostages", "scrapped the route" / "cut the
route"): no claim change between them. Users may extend it."""


def verbs_contrasted(a: str, b: str) -> bool:
    """Whether two verbs name news events told apart (``CONTRASTED_VERBS``), not two
    words for one (``NEAR_VERBS``)."""
    ga, gb = _verb_group(a), _verb_group(b)
    return ga >= 0 and gb >= 0 and ga != gb and frozenset((a, b)) not in NEAR_VERBS


@dataclass(frozen=True, slots=True)
class Frame:
    """The main clause of one sentence: its verb, who does it and to what.

    A party is its head word: a common noun's lemma, a name's or a pronoun's word,
    in lower case; "" when the clause does not say. Spans are character offsets in
    the version's text."""

    verb: str
    """The main verb's lemma with its particle ("arrest", "step down")."""
    verbs: frozenset[str]
    """The main verb and the verbs of its infinitives ("began arresting": begin,
    arrest), as lemmas."""
    agent: str
    """Who does it: the subject, or the agent of a passive ("by police")."""
    patient: str
    """What it is done to: the direct object, or the subject of a passive."""
    noun: bool
    """Whether the patient is a common noun (not a name, pronoun or number)."""
    verb_span: tuple[int, int]
    patient_span: tuple[int, int] = (-1, -1)
    sayer: str = ""
    """Who speaks, when the main clause is read through a reporting verb: the words
    of its subject that name them (``_sayer``: "Duravian News Agency"); "" when there
    is none."""
    sayer_all: str = ""
    """That subject as written, with the words that describe ("Veltro's mines
    ministry")."""
    negated: bool = False
    """Whether the main verb is negated ("did not address", "never filed")."""


def _party(tok: Token | None) -> str:
    if tok is None or tok.pos_ == "NUM":
        return ""
    return str(tok.lemma_ if tok.pos_ == "NOUN" else tok.text).lower()


def _child(tok: Token, deps: set[str]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _main_verb(doc: Doc) -> tuple[Token | None, tuple[str, str]]:
    """The main clause's verb of the longest sentence the parser found, below any
    reporting verb that brings it in ("Police said they arrested …": arrest), and the
    subject of the first such reporting verb: the words that name who speaks, and all
    of it ("Police")."""
    sents = list(doc.sents)
    if not sents:
        return None, ("", "")
    root = max(sents, key=len).root
    sayer = ("", "")
    if root.pos_ == "VERB" and root.lemma_.lower() in SPEECH_VERBS:
        subject = _child(root, {"nsubj"})
        if subject is not None:
            last = subject.right_edge
            whole = doc.text[subject.left_edge.idx : last.idx + len(last)]
            sayer = (_sayer(subject), whole)
    while root.pos_ == "VERB" and root.lemma_.lower() in SPEECH_VERBS:
        clause = _child(root, {"ccomp"})
        if clause is None or clause.pos_ != "VERB":
            break
        root = clause
    return (root if root.pos_ == "VERB" else None), sayer


_SPOKES = frozenset(
    "spokesman spokeswoman spokesperson representative lawyer attorney office aide".split()
)
"""Who speaks for someone: their words go with whom they speak for."""


def _sayer(subject: Token) -> str:
    """Who a reporting verb's subject says speaks, by the words that name them: a name
    with its compounds ("The Duravian News Agency"), a common noun alone ("The chain"),
    one who speaks for someone with whom ("A spokeswoman for the Information Office",
    "Brannock spokesperson Lydia Farrow"), and a name in apposition ("the chief
    executive, Martin Grell,"); not words that only describe ("a former Corvell quality
    manager", "Norrow Paving's main rival")."""
    words: list[Token] = []
    for head in (subject, *(c for c in subject.children if c.dep_ == "appos")):
        spokes = head.lemma_.lower() in _SPOKES
        words.append(head)
        if head.pos_ == "PROPN" or spokes:
            keep = {"compound", "flat"} | ({"poss", "prep"} if spokes else set())
            words += [
                t for c in head.children if c.dep_ in keep or _of_name(c) for t in c.subtree
            ]  # "The Ministry of Infrastructure"
    return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))


def _of_name(tok: Token) -> bool:
    """Whether ``tok`` is the "of" of a name ("Ministry of Infrastructure")."""
    return tok.lower_ == "of" and any(c.pos_ == "PROPN" for c in tok.children)


def frame_of(doc: Doc, offset: int) -> Frame | None:
    """The frame of a sentence parsed as ``doc``, which starts at ``offset`` in its
    version; None when its main clause has no verb of its own ("X is Y")."""
    root, sayer = _main_verb(doc)
    if root is None:
        return None
    verbs = {root.lemma_.lower()}
    patient = _child(root, {"dobj"})
    tok = root
    while (nxt := _child(tok, {"xcomp"})) is not None and nxt.pos_ == "VERB":
        verbs.add(nxt.lemma_.lower())
        tok = nxt
        patient = patient or _child(tok, {"dobj"})
    particle = _child(root, {"prt"})
    verb = root.lemma_.lower() + (f" {particle.lower_}" if particle is not None else "")
    passive = _child(root, {"nsubjpass"})
    if passive is not None:
        by = _child(root, {"agent"})
        agent = _child(by, {"pobj"}) if by is not None else None
        patient = passive
    else:
        agent = _child(root, {"nsubj"})
    span = (offset + root.idx, offset + root.idx + len(root.text))
    p_span = (-1, -1)
    if patient is not None:
        p_span = (offset + patient.idx, offset + patient.idx + len(patient.text))
    noun = patient is not None and patient.pos_ == "NOUN" and not patient.ent_type_
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in root.children)
    return Frame(
        verb, frozenset(verbs), _party(agent), _party(patient), noun, span, p_span, *sayer,
        negated=negated,
    )  # fmt: skip


def _in_edit(span: tuple[int, int], link: Link, old: bool) -> bool:
    """Whether the words at ``span`` are among those an edit of ``link`` replaced."""
    a, b = span
    for op in link.ops:
        start, end = (op.old_start, op.old_end) if old else (op.new_start, op.new_end)
        if op.tag != "equal" and start <= a and b <= end:
            return True
    return False


def what_changed(link: Link, old_frames: dict[int, Frame], new_frames: dict[int, Frame]) -> str:
    """What an edit of one sentence into one sentence (``link``) changed of its main
    clause: ``"predicate"`` when it put a verb of another news event in the verb's
    place and who does it to what stayed, ``"object"`` when it put another group of
    people or things in the object's place and the verb stayed; "" otherwise."""
    if len(link.old) != 1 or len(link.new) != 1:
        return ""
    old, new = old_frames.get(link.old[0]), new_frames.get(link.new[0])
    if old is None or new is None or (old.agent and new.agent and old.agent != new.agent):
        return ""
    if not old.verbs & new.verbs:
        anchored = (old.patient and old.patient == new.patient) or (
            not old.patient and not new.patient and old.agent and old.agent == new.agent
        )
        if (
            anchored
            and verbs_contrasted(old.verb, new.verb)
            and _in_edit(old.verb_span, link, True)
            and _in_edit(new.verb_span, link, False)
        ):
            return "predicate"
        return ""
    if (
        old.verb == new.verb
        and old.noun
        and new.noun
        and objects_contrasted(old.patient, new.patient)
        and _in_edit(old.patient_span, link, True)
        and _in_edit(new.patient_span, link, False)
    ):
        return "object"
    return ""
