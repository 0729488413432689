"""Attributions: where information not in quotation marks came from ("told AFP",
"TASS reported", "first reported by The Times", "according to X", "citing X"), and
"X said" when the sentence quotes no one: an organisation's (a quoted organisation is
a source, like a quoted person), or a person's, which counts only against another
attribution of the same sentence ("Robert Himelblau said" -> "according to KCRA-TV")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storydiff.facts.citations import (
    MEDIA,
    beside_name,
    cited_words,
    group_words,
    hedging,
    owner,
    told_names,
)
from storydiff.facts.lexicon import CLAIMING
from storydiff.facts.marks import HEADING, inside, quote_spans
from storydiff.facts.roles import name_of, names_whose
from storydiff.facts.untagged_names import newspaper

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

INSTITUTIONS = {
    "military", "army", "navy", "police", "ministry", "government", "agency", "office",
    "authority", "authorities", "company", "firm", "coastguard", "council", "department",
    "court", "committee", "board", "commission", "service", "parliament", "cabinet",
    "presidency", "embassy", "operator", "regulator", "union", "group", "bank", "newspaper",
    "broadcaster", "prosecutor", "prosecutors", "kremlin", "pentagon", "administration",
    "secretariat", "institute", "university", "hospital", "airline", "insurer", "club",
    "trust", "charity", "foundation", "association", "society", "federation", "network",
    "organisation", "organization", "party", "school", "college", "clinic",
}  # fmt: skip

GENERIC = {"reporters", "journalists", "people", "him", "her", "them", "us", "me", "you"}
"""Subjects and objects that name no source ("told reporters", "people say")."""

KIND_WORDS = {
    "court": ("court", "tribunal"), "ministry": ("ministry",), "department": ("department",),
    "council": ("council",), "party": ("party",), "union": ("union",),
    "university": ("university", "college"), "hospital": ("hospital", "clinic"),
    "authority": ("authority",), "government": ("government",), "board": ("board",),
    "commission": ("commission",),
    "newspaper": ("times", "post", "gazette", "herald", "journal", "tribune", "chronicle"),
}  # fmt: skip
"""The words that name an organisation's kind in its name ("Supreme Court", "Health
Ministry", "Kestrel Gazette")."""
NAMED_KINDS = frozenset(
    {
        "court", "ministry", "department", "council", "authority", "government", "board",
        "commission", "union", "party", "university", "college", "hospital", "clinic",
        "regulator", "watchdog", "utility", "foundation", "association", "federation",
        "league", "institute",
    }
)  # fmt: skip
"""Kinds whose names say them: "the court" is no organisation whose name lacks "court".
A company or a newspaper may be called anything ("Orvane Foods", "The Guardian")."""
BARE_KINDS = frozenset({"union", "party", "university", "college", "hospital", "clinic"})
"""Named kinds often called by a bare name ("Harvard", "the Teamsters", "Likud"): "the
university said" may stand for one whose name says no kind at all (``ANOTHER_KIND``)."""
ANOTHER_KIND = {
    "foods", "food", "inc", "ltd", "llc", "plc", "corp", "corporation", "co", "company",
    "group", "holdings", "bank", "airlines", "airways", "motors", "energy", "industries",
    "technologies", "systems", "partners", "capital", "media", "pharmaceuticals",
    "insurance", "enterprises", "brands", "stores", "reuters", "ap", "afp", "upi", "dpa",
    "bloomberg", "press", "news", "tv", "radio", "broadcasting", "network", "magazine",
    "agency", "cross", "crescent", "foundation", "trust", "fund", "charity", "society",
    "association", "institute", "league", "club", "general",
}  # fmt: skip
"""Words of a name that say it is no union, party, university or hospital but the
employer, the donor or the outlet of the story: a company ("Acme Foods"), a news
agency or outlet ("Reuters reported … the party said"), a charity ("the Norland Red
Cross … the hospital said"), a hospital ("Mercy General … the union said")."""


_OWN, _INITIAL, _BARE, _ACRONYM, _NONE = range(5)

_OVERSEERS = frozenset(
    {"authority", "commission", "agency", "administration", "bureau", "inspectorate",
     "ombudsman", "regulator", "watchdog"}
)  # fmt: skip
KIND_ALIASES = {
    "union": frozenset({"association", "federation", "guild", "brotherhood"}),
    "regulator": _OVERSEERS,
    "watchdog": _OVERSEERS,
    "utility": frozenset({"power", "electric", "energy", "gas", "water", "light", "utilities"}),
}
"""Words a name of that kind may say instead ("California Nurses Association ... the
union said", "Data Protection Authority ... the regulator said"): ranked under a name
that says the kind itself."""

_LEAGUES = frozenset({"league", "federation", "conference", "office"})
"""Words of a name of a body its members belong to, or of a public office: "the team"
or "the company" (``_MEMBERS``) is never the "Continental Basketball League" a team
plays in, nor the "Office of the Information Commissioner"; "the agency" may be the
"Ostland Statistics Office"."""
_MEMBERS = frozenset({"team", "club", "company", "firm"})
_AGENCIES = {"ap", "afp", "upi", "dpa", "pa", "ani", "pti", "efe", "ansa"}
"""News agencies by their initials: "AP" is no party for its last letter."""


def _initialled(name: str, kind: set[str]) -> bool:
    """An acronym that ends with its kind's initial ("ICC", "KTC": the court; "BJP":
    the party), as an organisation's name often ends with its kind."""
    letters = [c for c in name if c.isalpha()]
    return (
        len(letters) >= 2
        and name.lower().strip(".") not in _AGENCIES
        and any(letters[-1].lower() == w[0] for w in kind)
    )


def _kind_rank(noun: Token, name: str) -> int:
    return kind_rank(noun.lemma_.lower(), name)


SAYS_KIND = (_OWN, _INITIAL)
"""Ranks of a name that says the kind: by a word of it, or by its initials."""
SAYS_NO_OTHER = _BARE
"""The rank of a name that says no other kind."""


def kind_rank(lemma: str, name: str) -> int:
    """How surely ``name`` is of the kind a noun (its lemma: "court", "company") says
    (lower is surer): its name says the kind, its initials end with the kind's, it
    says no other kind, it is another acronym, or it cannot be."""
    words = {w.lower().strip(".,'’") for w in name.split()}
    kind = set(KIND_WORDS.get(lemma, ())) | {lemma}
    if words & kind:
        return _OWN
    if words & KIND_ALIASES.get(lemma, frozenset()):
        return _INITIAL  # "the union": a nurses' association (after any "X Union")
    if name.isupper():
        return _INITIAL if _initialled(name, kind) else _ACRONYM
    other = {w for kind in KIND_WORDS.values() for w in kind}
    other |= _LEAGUES if lemma in _MEMBERS else set()
    if words & other or lemma in NAMED_KINDS - BARE_KINDS:
        return _NONE
    hospital = {"general"} if lemma in ("hospital", "clinic") else set()  # "Mercy General"
    if lemma in BARE_KINDS and words & (ANOTHER_KIND - kind - hospital):
        return _NONE
    return _BARE


def _named(name: str) -> bool:
    """A name, not a description ("The foundation", which a sentence's subject may put
    among the organisations named). Looser than ``names.named``, which wants every word
    capitalised: "the Kessla city council" is a name here."""
    words = name.split()
    return any(w[:1].isupper() for w in words[1:]) or (len(words) == 1 and name[:1].isupper())


def of_kind_named(noun: Token, names: Sequence[str], earlier: Sequence[str] = ()) -> str:
    """The organisation that "the court" or "the company" stands for, "" when none
    can: of ``names`` (the last naming sentence's, in order) the last whose name says
    the kind ("the court": "High Court", not the "KPA" named after it; "ICC" by its
    initial), else such a name of ``earlier`` (the "Health Ministry" before "The WHO
    sent a team"), else of ``names`` the last whose name says no other kind ("the
    company": "Orvane Foods", not the "NFSA" that raided it), else an acronym (whose
    kind is unknown)."""
    stages = [(names, _INITIAL), (earlier, _INITIAL), (names, _ACRONYM), (earlier, _ACRONYM)]
    if noun.lemma_.lower() in KIND_ALIASES:  # "X Union", even named before, first
        stages = [(names, _OWN), (earlier, _OWN), *stages]
    for group, worst in stages:
        ranked = [(_kind_rank(noun, o), -k, o) for k, o in enumerate(group) if _named(o)]
        best = min(ranked, default=(_NONE, 0, ""))
        if best[0] <= worst:
            return best[2]
    return ""


@dataclass(slots=True, frozen=True)
class Attribution:
    source: str
    text: str
    """The words that attribute: "told AFP", "TASS reported"."""
    sentence: int
    person: bool = False
    """A person's "X said": it counts only against another attribution of the same
    sentence in the other version, never alone."""
    hedge: bool = False
    """An unnamed group's "say" ("some experts say"): it names no one, and a sentence
    only one version has cites it like a report."""


def find_attributions(
    doc: Doc | Span, sentence: int, spans: list[tuple[int, int]] | None = None, opening: int = 0
) -> list[Attribution]:
    """Where the sentence says its information came from; ``opening``: the length of a
    dateline ("TREVANT, Varnos — ") or sign-off it opens with, whose names are no one's."""
    out: list[Attribution] = []
    if spans is None:
        spans = quote_spans(doc.text)
    quoted = any(len(doc.text[a:b].split()) >= 3 for a, b in spans)
    run_in = HEADING.match(doc.text)
    heading = run_in.end() if run_in else -1
    for tok in doc:
        if inside(tok, spans):
            continue
        lemma = tok.lemma_.lower()
        if lemma == "tell" and tok.pos_ == "VERB":
            out += [Attribution(name, f"told {name}", sentence) for name in told_names(tok)]
        elif lemma == "report" and tok.tag_ == "VBN":  # "first reported by The Times"
            for agent in (c for c in tok.children if c.dep_ == "agent"):
                for obj in agent.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.ent_type_ != "PERSON":
                        out.append(
                            Attribution(name_of(obj), f"reported by {name_of(obj)}", sentence)
                        )
        elif lemma == "report" and tok.pos_ == "VERB":
            for child in tok.children:
                if (
                    child.dep_ == "nsubj"
                    and child.pos_ == "PROPN"
                    and (child.ent_type_ in ("ORG", "") or newspaper(child))
                ):
                    out.append(Attribution(name_of(child), f"{name_of(child)} reported", sentence))
                elif child.dep_ == "nsubj" and child.lower_ in MEDIA:
                    media = group_words(child)  # "South African media reported"
                    out.append(Attribution(media, f"{media} reported", sentence))
        elif tok.lower_ == "according":
            for to in tok.children:
                for obj in to.children:
                    if obj.dep_ != "pobj" or _nobody(obj):
                        continue
                    if obj.ent_type_ == "PERSON":  # a person's, as "X said" is: it counts
                        said = f"according to {cited_words(obj)}"  # only against another
                        out.append(Attribution(name_of(obj), said, sentence, person=True))
                    else:
                        out.append(_citation(obj, "according to", sentence))
        elif lemma == "cite" and tok.tag_ == "VBG":
            for child in tok.children:
                if child.dep_ == "dobj":
                    out.append(_citation(child, "citing", sentence))
        elif lemma in _STATING and tok.pos_ == "VERB" and not quoted:
            # one subject: a second is the parse's error ("A statement issued after the
            # talks said": the statement, not the talks)
            for subject in [c for c in tok.children if c.dep_ == "nsubj"][:1]:
                stated = _stated_by(subject, heading, opening)
                if stated is None or _nobody(stated) or stated.pos_ == "PRON":
                    continue
                if _issued(stated):
                    continue
                child = beside_name(stated) or stated  # "The water company, Brenvatn, said"
                said = f"{name_of(child)} {tok.text}"
                if lemma == "say" and hedging(child):
                    out.append(
                        Attribution(
                            group_words(child),
                            f"{group_words(child)} {tok.text}",
                            sentence,
                            hedge=True,
                        )
                    )
                elif lemma == "say" and institution(child):
                    out.append(Attribution(name_of(child), said, sentence))
                else:
                    out.append(Attribution(name_of(child), said, sentence, person=True))
    return out


_CROWDS = frozenset("dozens hundreds thousands millions scores".split())


def _nobody(tok: Token) -> bool:
    """A subject or object that names no source ("reporters", "people say", a crowd:
    "hundreds of people said"); people described as sources do ("people familiar with
    the matter", "two people briefed on the talks")."""
    if tok.lower_ in _CROWDS:
        return True  # "Hundreds of people said they had lost power": a crowd, no source
    if tok.lower_ not in GENERIC:
        return False
    return tok.lower_ != "people" or not any(
        c.dep_ == "nummod" or (c.dep_ in ("amod", "acl") and c.i > tok.i) for c in tok.children
    )


def _citation(obj: Token, words: str, sentence: int) -> Attribution:
    """A citation in its own words ("according to a report in The Norland Herald"),
    credited to the writing's owner when a body owns it, else to what it cites, by the
    name set beside it when it cites by a description ("according to the water
    company, Nordvand,": Nordvand)."""
    who = owner(obj)
    source = name_of(who if who is not None and who.ent_type_ != "PERSON" else obj)
    beside = beside_name(obj)
    if who is None and beside is not None:
        source = name_of(beside)  # "according to the water company, Nordvand,"
    return Attribution(source, f"{words} {cited_words(obj)}", sentence)


def _stated_by(subject: Token, heading: int, opening: int) -> Token | None:
    """The word that names who states: the subject, or for a dateline read as the
    subject the name set beside it ("TREVANT, Varnos — Orrin Dynamics, the battery
    maker, said": Orrin Dynamics); None for no subject, or one in a run-in heading or
    the dateline alone."""
    if subject.dep_ != "nsubj" or subject.idx < heading:
        return None
    if subject.idx < opening:
        return next(
            (t for t in subject.subtree
             if t.idx >= opening and t.dep_ == "appos" and t.pos_ == "PROPN"),
            None,
        )  # fmt: skip
    return subject


_STATING = CLAIMING | {"recommend", "estimate", "conclude", "find", "rule"}
"""Verbs that attribute what follows to their subject: claiming, and the verbs of a
finding ("the study concluded", "the court ruled")."""

_ISSUED = {
    "ruling", "decision", "judgment", "judgement", "opinion", "order", "statement",
    "release", "report", "study", "letter", "filing", "complaint", "lawsuit", "indictment",
}  # fmt: skip
"""What an institution issues: "the 6-2 ruling said" is the court speaking through it,
no source of its own unless it is named ("the Mueller report said")."""


FINDINGS = frozenset({"report", "study"})
"""Documents whose finding is their authors', who are seldom the body the story
quotes ("the company said" -> "the report said", a report by a law firm): a source
of their own."""


def _issued(subject: Token) -> bool:
    """A document without a name as the subject ("The 6-2 ruling said"), other than
    a finding (``FINDINGS``)."""
    lemma = subject.lemma_.lower()
    return (
        lemma in _ISSUED
        and lemma not in FINDINGS
        and not any(t.pos_ == "PROPN" for t in subject.subtree)
    )


def is_citation(att: Attribution) -> bool:
    """A citation of a report, document or outlet ("according to X", "citing X", "X
    reported", "reported by X", "told AFP"), not an organisation's "X said": in a sentence only one
    version has, who said it is part of the claim, while a cited report is news of its
    own."""
    return (
        att.hedge
        or att.text.startswith(("according to ", "citing ", "told ", "reported by "))
        or att.text.endswith(" reported")
    )


def institution(tok: Token) -> bool:
    """An organisation as the subject of "said": an ORG entity, or a phrase headed by
    an institutional noun ("the military", "police", "the Interior Ministry")."""
    if any(t.ent_type_ == "PERSON" and not names_whose(t, tok) for t in tok.subtree):
        return False  # "the Trump administration" is one
    return (
        tok.ent_type_ in ("ORG", "NORP")
        or tok.lemma_.lower() in INSTITUTIONS
        or tok.lower_ in INSTITUTIONS
    )


OWN_WORD_KINDS = frozenset(
    w for k in NAMED_KINDS for w in (*KIND_WORDS.get(k, ()), *KIND_ALIASES.get(k, ()), k)
)
"""Words of a name that say a kind only its own word names ("Court", "Ministry",
"Union" or "Association"): such a name is kept for "the court" or "the union" later."""


def by_kind_word(names: list[str]) -> list[str]:
    """Of ``names`` (latest last), once each, those whose name says a kind that only its
    own word names ("Supreme Court", not "Orvane Foods" nor "Acme Company", which "the
    company" may stand for by a bare name, nor an acronym): passed on before the last
    naming sentence's organisations, they can only be what "the court" or "the
    ministry" stands for, never "it" or "the company"."""
    kept = [
        n
        for n in names
        if not n.isupper() and OWN_WORD_KINDS & {w.lower().strip(".,'’") for w in n.split()}
    ]
    return list(reversed(dict.fromkeys(reversed(kept))))


def untagged_kinds(doc: Doc | Span, spans: list[tuple[int, int]]) -> list[str]:
    """Names of a named kind the recogniser left untagged ("The High Court blocked the
    deportations"): a capitalised kind word with capitalised words before it, outside
    the quotes and any entity, so "the court" can still stand for it."""
    found = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.lower_ not in OWN_WORD_KINDS:
            continue
        if inside(tok, spans) or not tok.text[:1].isupper():
            continue
        words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if words and not any(t.ent_type_ for t in words):
            found.append(tok.doc[words[0].i : tok.i + 1].text)
    return found
