"""Which changes a correction notice corrects.

A notice new in the later version ("Correction: An earlier version of this article
said the channel was last dredged in 2019. It was last dredged in 2017.") turns into
corrections only the updates it names: by a figure or word that changed, by what the
fact is about ("misstated the rank of Aldric Venn", "misstated how many passengers"),
or by the kind of fact ("gave the wrong time", "misquoted", "misspelled the name"). The
other updates of the same rewrite ("40 passengers" -> "112 passengers" as the rescue
went on) stay updates. A notice that names nothing ("This story has been corrected to
fix an error.") cannot say which edit it means, so every update is then a correction,
as a reader of the notice would take it; one that names something no update shows
makes none, with a note. Edits the notice names that were hidden as rewording become
claim corrections.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storydiff.facts.claims import content_words, word_list
from storydiff.facts.extract import CORRECTION
from storydiff.facts.model import Change
from storydiff.facts.numbers import TENS, UNITS
from storydiff.text.calendar import MONTH_PATTERN
from storydiff.text.sentences import Sentence

NOTICE_WORDS = frozenset(
    "corrected correction corrects correct story article earlier previous version show "
    "shows restore reflect incorrectly incorrect misstated misidentified misspelled "
    "reported stated said name full error errors mistake mistakenly wrong wrongly "
    "inaccurate inaccurately information fix fixed factual amended amend contained "
    "included editing erroneously erroneous clarify clarified clarification statement "
    "also updated update remove removed".split()
)
"""A correction notice's own words, which say nothing of what it corrects."""
_PLURALS = {"people": "person", "men": "man", "women": "woman", "children": "child"}


def _stem(word: str) -> str:
    if word in _PLURALS:
        return _PLURALS[word]
    for end in ("'s", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3 and not word.endswith("ss"):
            return word[: -len(end)]
    return word


_FIGURES = frozenset(UNITS) | frozenset(TENS)
_AFTER = 4
"""Sentences after a notice's own, on its line, that are still the notice ("It was last
dredged in 2017.")."""
_NAMING = frozenset("name spelled spelling misspelled misidentified identified title".split())
_KIND_WORDS = {
    "date": frozenset("date time day year month hour when".split()),
    "quantity": frozenset("number figure count total toll many".split()),
    "age": frozenset({"age"}),
    "duration": frozenset("length long hour day week month year time".split()),
    "money": frozenset("amount cost price figure sum estimate loss value".split()),
    "percent": frozenset("percentage figure share rate".split()),
    "quote": frozenset("quote quotation misquoted remark comment".split()),
    "person": _NAMING,
    "organization": _NAMING,
    "place": _NAMING,
}
"""How a notice names a kind of fact without its words ("gave the wrong day",
"misspelled the name of the judge", "misstated her age": a claim update of subject
``age``, ``facts.ages``)."""
_KINDS = frozenset().union(*_KIND_WORDS.values())
_OWN = frozenset(_stem(w) for w in NOTICE_WORDS) - _KINDS
_BY_SPEAKER = frozenset({"quote", "speaker", "source"})
"""Facts whose subject is who speaks: a notice naming that person ("incorrectly
described Renata Oakes as the founder") does not correct what she says."""
_DATED = re.compile(
    rf"\b{MONTH_PATTERN}\.?\s+\d{{1,2}}\b(?:,?\s+\d{{4}})?"
    rf"|\b\d{{1,2}}\s+{MONTH_PATTERN}\b(?:\s+\d{{4}})?",
    re.I,
)
"""A notice's own date ("Correction: Nov. 4, 2026 — …", "amended on 9 April 2025"): no
figure it corrects."""
_UPDATE_LINE = re.compile(r"\bupdated?\b", re.I)
_RARE = 2
"""At most this many sentences of NEW besides the notice say a word the notice and a
reworded edit share, for the edit to be the one it corrects."""


def terms(text: str) -> set[str]:
    """The words that can name a fact: content words, figures and number words and
    the words of a kind of fact, each without a plural or possessive "s"
    ("passengers" names "passenger")."""
    listed = word_list(text)
    words = content_words(text) | {
        w for w in listed if w.isdigit() or w in _FIGURES or w in _KINDS or w in _PLURALS
    }
    return {_stem(w) for w in words}


def notice_terms(
    new_sents: Iterable[Sentence], new_text: str
) -> tuple[set[str], set[str], set[int]] | None:
    """The words of the notices in NEW: a notice's sentence and up to ``_AFTER`` next
    ones on its line that tell no update ("It has also been updated with …"), its own
    date left out; the words of the notices' first sentences (where a notice names
    the kind of fact it corrects: "gave the wrong time", not "At the time of the
    fire, …"); and the notices' sentences. None when NEW has no notice."""
    notices = notice_runs(list(new_sents), new_text)
    if not notices:
        return None
    found: set[str] = set()
    heads: set[str] = set()
    inside: set[int] = set()
    for said in notices:
        heads |= terms(_DATED.sub(" ", said[0].text))
        for t in said:
            found |= terms(_DATED.sub(" ", t.text))
            inside.add(t.index)
    return found, heads, inside


_RESTATES = re.compile(
    r"\b(not|correct|correctly|incorrect|incorrectly|instead of|rather than)\b", re.I
)
"""Words of a notice's later sentence that say the corrected fact again ("She was 86,
not 84.", "The correct figure is 1,240.")."""


def notice_sentences(sents: list[Sentence], text: str) -> set[int]:
    """The sentences of a version's notices that tell no facts of the story: each
    notice's own, and the later ones of its run that say a corrected fact again (not
    "Rescuers found 12 more bodies on Thursday." run on after it)."""
    return {
        t.index
        for run in notice_runs(sents, text)
        for k, t in enumerate(run)
        if k == 0 or _RESTATES.search(t.text)
    }


def notice_runs(sents: list[Sentence], text: str) -> list[list[Sentence]]:
    """Each correction notice of a version: its sentence and up to ``_AFTER`` next ones
    on its line that tell no update ("She was 86, not 84." after "Correction: An
    earlier version misstated her age.")."""
    runs: list[list[Sentence]] = []
    for k, s in enumerate(sents):
        if not CORRECTION.search(s.text):
            continue
        said = [s]
        for t in sents[k + 1 : k + 1 + _AFTER]:
            if "\n" in text[said[-1].end : t.start] or _UPDATE_LINE.search(t.text):
                break
            said.append(t)
        runs.append(said)
    return runs


def mark(changes: list[Change], new_sents: list[Sentence], new_text: str) -> str | None:
    """Turn what a notice new in NEW corrects into corrections (the caller checks that
    OLD had no notice); a note when the notice names something and no change is it.
    A notice that names an update by its words ("the number of bottles … to 84,000, not
    48,000") corrects that one, not every other update of the kind its words also say
    ("number"); updates of other kinds it may name by kind ("misstated her age and the
    year of her birth").
    A rewording is a claim correction only by a word of the notice that few other
    sentences say (``_RARE``): "fire" in a notice of a fire story names no edit."""
    read = notice_terms(new_sents, new_text)
    if read is None:
        return None
    found, heads, inside = read
    notice = found - _OWN
    words = notice - _KINDS
    counts: dict[str, int] = {}
    for s in new_sents:
        if s.index not in inside:
            for w in terms(s.text):
                counts[w] = counts.get(w, 0) + 1
    rare = {w for w in words if counts.get(w, 0) <= _RARE}
    marked = False
    updates = [c for c in changes if c.kind == "update" and c.fact not in ("headline", "byline")]
    named = {id(c): _named_by(words, c) for c in updates}
    specific = {_kind(c) for c in updates if named[id(c)]}  # "the number of bottles …
    # 84,000": that one alone of its kind
    for c in changes:
        if c.kind == "update" and id(c) in named:
            kind = _kind(c)
            by_kind = kind not in specific and heads & _KIND_WORDS.get(kind, frozenset())
            if not notice or named[id(c)] or by_kind:
                c.kind, marked = "correction", True
        elif c.kind == "rewording" and rare & _changed(c):
            c.kind, c.fact, c.subject, marked = "correction", "claim", "correction", True
    if notice and not marked:
        return "a correction notice is new, but no change shown is one it names"
    return None


def _kind(c: Change) -> str:
    return c.subject if c.fact == "claim" else c.fact


def _named_by(words: set[str], c: Change) -> set[str]:
    """The notice's words that name update ``c``: a word or figure it changed, or what it
    is about (not a speaker's own words); a figure alone names no date with words."""
    about = terms(c.subject) if c.fact not in _BY_SPEAKER else set()
    named = words & (_changed(c) | about)
    if c.fact == "date" and _by_day_only(named, f"{c.before} {c.after}"):
        return set()  # "14 counts, not 16" names no "Oct. 14"
    return named


def _by_day_only(named: set[str], said: str) -> bool:
    """Whether a notice names a date only by a figure while the date (``said``, both
    sides' words) has words too ("14" of "Oct. 14", "19" of "May 12" -> "May 19"):
    another number of the notice, not the date ("2017" of a year names it)."""
    return all(w.isdigit() for w in named) and any(ch.isalpha() for ch in said)


def _changed(c: Change) -> set[str]:
    return terms(c.before or "") ^ terms(c.after or "")
