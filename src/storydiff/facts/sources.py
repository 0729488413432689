"""One source said two ways, and the attributions of an edited sentence: "Struzzi" /
"Diane Struzzi", "Varnos Defence Ministry" / "VDM", "A Brussels court" / "A Belgian
court" are one source; one attribution swapped for another is an update, and the
outlet or body it now cites by name a new source (``cites_source``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from storydiff.diff.align import Link, Role
from storydiff.facts.aliases import same_entity, spelled_out
from storydiff.facts.analysis import Analysis
from storydiff.facts.attributions import (
    FINDINGS,
    SAYS_KIND,
    SAYS_NO_OTHER,
    Attribution,
    kind_rank,
)
from storydiff.facts.bodies import one_body
from storydiff.facts.builder import Builder, Pending, Versions
from storydiff.facts.callings import COMPANY_EPITHETS
from storydiff.facts.datelines import dateline_end, lead
from storydiff.facts.described import described
from storydiff.facts.lexicon import LAWS, ROLE_RANKS
from storydiff.facts.names import mentions, named, norm, same_speaker, strip_the
from storydiff.facts.numbers import is_number_word, parse_number
from storydiff.facts.roles import ORG_NOUNS
from storydiff.facts.titles import titled


def one_source(a: str, b: str, texts: tuple[str, str] = ("", "")) -> bool:
    """One source named two ways ("Struzzi" / "Diane Struzzi", "Hawaii County" /
    "Hawaii County officials", "a third person" / "third person", "Aldric Ven" /
    "Aldric Venn", "Varnos Defence Ministry" / "VDM"), or described two ways ("A
    Brussels court" / "A Belgian court", "the ministry" / "the VDM" when either
    version spells the initials out as a ministry's name)."""
    if role_changed(a, b):
        return False  # "the mayor" / "the deputy mayor": two people
    if {a.lower(), b.lower()} <= FINDINGS:
        return True  # "the report said" / "the study said": one document unnamed
    x, y = f" {norm(a)} ", f" {norm(b)} "
    if (
        same_speaker(a, b)
        or x.replace(" a ", " ") in y
        or y.replace(" a ", " ") in x
        or Levenshtein.normalized_similarity(norm(a), norm(b)) >= 0.75  # a spelling
        or _described_twice(a, b)
        or (named(a) and named(b) and same_entity(a, b))
        or _one_count(a, b)
        or one_body(a, b, texts)  # "the watchdog" / "the OCCC": one regulator
        or _kind_of(a, b, texts)
        or _kind_of(b, a, texts)
    ):
        return True
    return spelled_same(a, b, texts, described=True)


def _kind_of(name: str, kind: str, texts: tuple[str, str]) -> bool:
    """Whether ``kind`` ("agency") is what the full name a short ``name`` stands for
    says it is ("Maritime Safety" of "the Federal Maritime Safety Agency")."""
    word = strip_the(kind).strip()
    if not word or " " in word or not word.islower() or not named(name):
        return False
    run = rf"(?:[A-Z][\w'’-]*\s+)*{re.escape(name)}\s+(?:[A-Z][\w'’-]*\s+)*{word.title()}\b"
    return any(re.search(run, t) for t in texts)


_HOW_MANY = frozenset({"at", "least", "more", "than", "about", "nearly", "some", "the"})


def _one_count(a: str, b: str) -> bool:
    """One group counted alike ("At least 12 of the council's 51 members" / "at least a
    dozen"): the same figure first, and the same noun after it or none on one side
    ("two officials" / "two residents" are two groups)."""
    (x, rest_x), (y, rest_y) = _counted(a), _counted(b)
    return x is not None and x == y and (not rest_x or not rest_y or rest_x[-1] == rest_y[-1])


def _counted(source: str) -> tuple[float | None, list[str]]:
    """The figure a source opens with, after words of how many, and the words after it."""
    words = [norm(w) for w in source.split()]
    while words and words[0] in _HOW_MANY:
        words = words[1:]
    k = 0
    while k < len(words) and (is_number_word(words[k]) or words[k] in ("a", "an")):
        k += 1
    return parse_number(words[:k]), words[k:]


def spelled_same(a: str, b: str, texts: tuple[str, str], described: bool = False) -> bool:
    """Whether initials that either text spells out make two names one ("Varnos
    Defence Ministry" / "VDM"), or with ``described`` one described two ways ("the
    ministry" / "the VDM")."""
    long_a, long_b = (next(filter(None, (spelled_out(n, t) for t in texts)), n) for n in (a, b))
    return (long_a, long_b) != (a, b) and (
        (named(long_a) and named(long_b) and same_entity(long_a, long_b))
        or (described and _described_twice(long_a, long_b))
    )


_INDEFINITE = frozenset({"a", "an", "one", "another"})


def _described_twice(a: str, b: str) -> bool:
    """One unnamed source described two ways: the same head word, and one side an
    indefinite description ("A Brussels court" / "A Belgian court"), one side's words
    all in the other ("the police" / "the Paris police") or the words that differ
    words of rank or number only ("the senior officials" / "the top officials"). Two
    named bodies with one head word ("the Justice Ministry" / "the Defense Ministry")
    are two, as are two kinds of one thing ("the state police" / "the federal
    police", "the defense lawyers" / "the prosecution lawyers")."""
    x, y = a.split(), b.split()
    if not x or not y or norm(x[-1]) != norm(y[-1]):
        return False
    if any(w[0].lower() in _INDEFINITE for w in (x, y)):
        return True
    wx, wy = {norm(w) for w in x}, {norm(w) for w in y}
    if wx <= wy or wy <= wx:  # "the police" / "the Paris police"
        return True
    return {norm(w) for w in set(x) ^ set(y)} <= _RANK


def role_changed(a: str, b: str) -> bool:
    """Whether two descriptions with no name differ by a word that makes the role
    another's ("the mayor" / "the deputy mayor", "the minister" / "the former
    minister"; not "President Ana Ruiz" / "former President Ana Ruiz", one person)."""
    words = f"{a} {b}".replace("-", " ").split()
    if any(w[:1].isupper() and norm(w) not in ROLE_RANKS | {"the", "a", "an"} for w in words):
        return False
    x, y = ({norm(w) for w in t.replace("-", " ").split()} for t in (a, b))
    return bool((x ^ y) & ROLE_RANKS)


_RANK = frozenset(
    {"senior", "top", "high-ranking", "ranking", "unnamed", "anonymous", "some", "several",
     "other", "two", "three", "four", "many"}
)  # fmt: skip
"""Words that say how high or how many, not which: "the senior officials" and "the top
officials" may be the same people."""


def match_attributions(link: Link, v: Versions, out: Builder, pending: Pending) -> None:
    """One attribution swapped for another is an update. A person's "X said" counts
    only so, and only when the other side no longer names X ("a spokesman said" ->
    "a spokesman told AFP" adds a citation)."""
    o_attr = [a for i in link.old for a in v.old.attributions.get(i, [])]
    n_attr = [a for j in link.new for a in v.new.attributions.get(j, [])]
    o_src = {a.source for a in o_attr}
    n_src = {a.source for a in n_attr}
    old_text = " ".join(v.old_sents[i].text for i in link.old)
    new_text = " ".join(v.new_sents[j].text for j in link.new)
    texts = (v.old_text, v.new_text)
    o_attr = [
        a for a in o_attr
        if a.source not in n_src and not (a.person and _still(a.source, new_text, n_src))
        and not any(_one_sayer(a.source, b, (old_text, new_text), texts) for b in n_src)
    ]  # fmt: skip
    n_attr = [
        a for a in n_attr
        if a.source not in o_src and not (a.person and _still(a.source, old_text, o_src))
        and not any(_one_sayer(a.source, b, (new_text, old_text), texts) for b in o_src)
    ]  # fmt: skip
    if len(o_attr) != 1 or len(n_attr) != 1:  # a person's "X said" is no attribution alone
        pending.old_attr += [a for a in o_attr if not a.person]
        pending.new_attr += [a for a in n_attr if not a.person]
        return
    a, b = o_attr[0], n_attr[0]
    sides = (
        (old_text, _organisations(v.old, link.old)),
        (new_text, _organisations(v.new, link.new)),
    )
    if a.text.casefold() == b.text.casefold() or a.source.casefold() == b.source.casefold():
        return  # "…, according to X records" / "According to X records, …": moved
    if _redescribed(a, b, (old_text, new_text), texts):
        return  # "Okonkwo said" / "The 26-year-old forward said": one person
    if _named_beside(a.source, b.source, sides, texts) or one_source(a.source, b.source, texts):
        return  # one source said two ways ("Tessaly Power & Light" / "TP&L"; "Orrin
        # Dynamics said" / "Orrin Dynamics will cut …, the company said"): no change
    out.add("update", "attribution", "", a.text, b.text, a.source, b.source,
            [a.sentence], [b.sentence])  # fmt: skip
    if cites_source(b) and not _shared(a.source, b.source) and not mentions(v.old_text, b.source):
        # another source named in its place ("Robert Himelblau said" -> "according to
        # KCRA-TV"), not the same body named two ways ("the Ministry of Health" / "the
        # Orvel Health Ministry"); the source dropped may still be there described
        # ("Brannock's cyber agency said"), so it is no source gone
        out.add("addition", "source", b.source, None, b.source, new_sentences=[b.sentence])


def lead_attributions(
    roles: tuple[list[Role], list[Role]], v: Versions, out: Builder
) -> tuple[int, int] | None:
    """The attribution of a lead rewritten whole: when the lead of each version
    (``datelines.lead``) is one the other lacks and each names one source the other lead does
    not, the story's source changed ("…, an athletic director said Wednesday." -> "…, local
    media reported Thursday."), an update, as in an edited sentence. Returns the two
    leads when their attributions were settled so."""
    i, j = lead(v.old_sents), lead(v.new_sents)
    if i is None or j is None or (roles[0][i], roles[1][j]) != (Role.REMOVED, Role.ADDED):
        return None
    old, new = v.old.attributions.get(i, []), v.new.attributions.get(j, [])
    a = _outer([x for x in old if x.source not in {y.source for y in new}])
    b = _outer([y for y in new if y.source not in {x.source for x in old}])
    texts = (v.old_text, v.new_text)
    if len(a) != 1 or len(b) != 1 or one_source(a[0].source, b[0].source, texts):
        return None
    out.add("update", "attribution", "", a[0].text, b[0].text, a[0].source, b[0].source,
            [i], [j])  # fmt: skip
    return i, j


def _outer(attrs: list[Attribution]) -> list[Attribution]:
    """The attributions of a sentence other than a person's "X says", when it has any
    ("A triathlete says he will race again, local media reported": the media), else
    all of them."""
    return [a for a in attrs if not a.person] or attrs


def _one_sayer(a: str, b: str, sides: tuple[str, str], texts: tuple[str, str]) -> bool:
    """Whether the sayers of an edited sentence are one source (``one_source``), and
    for a body named by its first words on one side, its full name's other words are
    said of it there ("Penmarrow, the island's ferry company," / "Penmarrow Ferries";
    not "Halden, the city's water utility," / "Halden Bank") or say only its form
    ("Inc", "Group")."""
    if not one_source(a, b, texts):
        return False
    x, y = a.split(), b.split()
    short, full, said = (x, y, sides[0]) if len(x) < len(y) else (y, x, sides[1])
    if not short or full[: len(short)] != short:
        return True
    return all(norm(w) in _FORMS or norm(w)[:4] in norm(said) for w in full[len(short) :])


_FORMS = frozenset("inc corp corporation co ltd llc plc group holdings company".split())


def _still(source: str, text: str, others: set[str]) -> bool:
    """Whether the other side of an edit still names a person's source: in its words,
    and not only inside another role's ("the mayor" in "the deputy mayor said")."""
    return mentions(text, source) and not any(role_changed(source, b) for b in others)


def _redescribed(
    a: Attribution, b: Attribution, sides: tuple[str, str], texts: tuple[str, str]
) -> bool:
    """Whether an edited sentence's person says on, named on one side and described on
    the other ("Okonkwo said" / "The 26-year-old forward said"): a description of one
    with "the" and no name (not "the sources") that either version ties to that person
    (``described``: "Daniel Okonkwo, 26,"; ``titled``: "Mariners coach Reggie Hamlin";
    ``_titled_so``: "forward Daniel Okonkwo"), while the other version still names
    them. "The mayor said" for a player is someone else."""
    if named(a.source) == named(b.source):
        return False
    name, role, side = (a.source, b.source, 1) if named(a.source) else (b.source, a.source, 0)
    if not (b if side else a).person:
        return False  # a description that says no person ("the report said")
    head = role.split()[-1].lower() if role.split() else ""
    if not head or (head.endswith("s") and not head.endswith("ss")):
        return False  # "the sources said": a group, not the person named
    if re.search(rf"\bthe {re.escape(role)}\b", sides[side], re.IGNORECASE) is None:
        return False
    tied = [described(role, t, len(t)) or titled(f"the {role}", t, len(t)) for t in texts]
    so = any(same_speaker(who, name) for who in tied) or _titled_so(head, name, texts)
    return so and mentions(texts[side], name)


def _titled_so(role: str, name: str, texts: tuple[str, str]) -> bool:
    """Whether either text gives the person ``name`` (by their last word) the ``role``
    right before their name ("forward Daniel Okonkwo") or in an apposition after it
    ("Okonkwo, the Mariners' forward,"; not "…, the mayor announced")."""
    last, kind = re.escape(name.split()[-1]), f"(?i:{re.escape(role)})"
    before = rf"\b{kind}\s+(?:[A-Z][\w'’.-]*\s+){{0,2}}{last}\b"
    after = rf"\b{last},\s+(?i:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}{kind}\s*[,)—–]"
    return any(re.search(f"{before}|{after}", t) for t in texts)  # not "the mayor praised X"


def _shared(a: str, b: str) -> bool:
    """Whether two sources' names share a word ("Ministry of Health" / "Orvel Health
    Ministry") other than one of a kind of body ("the council's finance office" /
    "the Independent Budget Office" are two)."""
    words = [{w.casefold() for w in re.findall(r"[^\W\d_]{3,}", x)} for x in (a, b)]
    return bool((words[0] & words[1]) - _BODIES)


_BODIES = ORG_NOUNS | {"the", "office", "bureau", "service", "committee"}
"""Words of a kind of body, which two bodies' names share and stay two."""


def cites_source(att: Attribution) -> bool:
    """Whether an attribution names a source of its own: an outlet, agency or body
    cited by name ("according to KCRA-TV", "The Pittsburgh Post-Gazette reported"). A
    version that cites it first adds it as a source, as it adds a person it quotes
    first. Not a person's "X said" (told with the quotes), a group with no name
    ("officials said", "some experts say") nor a document ("according to Article 12")."""
    words = att.source.split()
    return (
        not att.person
        and not att.hedge
        and named(att.source)
        and not any(w[:1].isdigit() for w in words)
        and not _DOCUMENTS & {w.lower() for w in words}
    )


_DOCUMENTS = LAWS | frozenset(
    "article census convention data figures guidelines index manual plan poll regulation "
    "regulations report review strategy study survey yearbook".split()
)
"""Words of a document's name: "according to the Harbour Safety Review", "according to
Article 12", "according to the Census" cite a text, no outlet or body."""


_CALLED_ANYTHING = frozenset(
    {"company", "firm", "group", "publisher", "airline", "operator", "broadcaster", "network",
     "newspaper"}
)  # fmt: skip
"""Kinds whose names may say nothing of them ("Orrin Dynamics" is a company); a union,
a ministry, a bank or an agency is one whose name or initials say so."""


def _named_beside(
    a: str,
    b: str,
    sides: tuple[tuple[str, list[str]], tuple[str, list[str]]],
    texts: tuple[str, str],
) -> bool:
    """One side's source said by its kind alone ("company", "union": ``ORG_NOUNS``) in
    a sentence whose organisation of that kind is the other side's source ("Orrin
    Dynamics will eliminate 1,500 jobs, the company said" / "Orrin Dynamics said"; "The
    union …, the V.F.I.W., said" / "The Varnos Federation of Industrial Workers said"):
    one source. ``sides``: each side's sentence and the organisations it names, in
    order. Of those the kind fits (its name or initials say it, or for a company no
    other kind: ``_CALLED_ANYTHING``), the one named first that fits best is the one
    meant ("… its loan from Castell Bank, the bank said" is the bank's; "Orrin Dynamics
    will pay the ministry, the ministry said" and "…, the union said" are not Orrin
    Dynamics's)."""
    for x_said, y, (text, orgs) in ((a, b, sides[0]), (b, a, sides[1])):
        x = _kind_said(x_said)
        if not x or not named(y):
            continue
        names = [*orgs, y] if y not in orgs and mentions(text, y) else orgs
        opening = dateline_end(text)  # "TREVANT, Varnos — ": no one's
        ranked = []
        for k, name in enumerate(names):
            full = next(filter(None, (spelled_out(name, t) for t in texts)), name)
            rank = kind_rank(x.lower(), full)
            at = text.find(name, opening)
            if _introduced(x.lower(), name, text):
                rank = min(SAYS_KIND)  # "regional airline Nordair …, the company said"
            if name in text and at < 0:
                continue  # named in the dateline only
            if rank in SAYS_KIND or (rank == SAYS_NO_OTHER and x.lower() in _CALLED_ANYTHING):
                ranked.append((rank, at if at >= 0 else len(text) + k, name))
        if ranked and one_source(min(ranked)[2], y, texts):
            return True
    return False


def _kind_said(source: str) -> str:
    """The kind of organisation a source is said by alone: its noun ("company",
    "union": ``ORG_NOUNS``), or a company by its trade ("the Lusenian appliance maker":
    ``callings.COMPANY_EPITHETS``); else ""."""
    words = source.lower().split()
    if source.lower() in ORG_NOUNS:
        return source.lower()
    return "company" if words and words[-1] in COMPANY_EPITHETS and not named(source) else ""


def _introduced(kind: str, name: str, text: str) -> bool:
    """Whether ``text`` puts a word of ``kind`` just before ``name`` ("the regional
    airline Nordair", "the Varnos union VFIW"): it says the name's kind."""
    words = {kind} | (_CALLED_ANYTHING if kind in _CALLED_ANYTHING else set())
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        before = text[max(0, m.start() - 40) : m.start()].lower().split()[-2:]
        if words & set(before):
            return True
    return False


def _organisations(analysis: Analysis, sentences: Sequence[int]) -> list[str]:
    """The organisations the sentences name, in order."""
    facts = [f for i in sentences for f in analysis.facts.get(i, []) if f.kind == "organization"]
    return list(dict.fromkeys(f.value for f in sorted(facts, key=lambda f: f.start)))
