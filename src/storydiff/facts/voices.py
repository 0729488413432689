"""Who is quoted or cited, across the document: new and dropped quotes (one
quotation, however many sentences it holds, is one change), sources (someone the other
version never names, now quoted or no longer, or an outlet or body it now cites by
name), and citations only one version makes; and whether a quote of a word or two
leaves its sentence a claim of its own (``words_only``).
"""

from __future__ import annotations

import re
from itertools import pairwise

from storydiff.config import MIN_CLAIM_WORDS
from storydiff.diff.align import Alignment, Role
from storydiff.facts import aliases
from storydiff.facts.analysis import Analysis
from storydiff.facts.attributions import Attribution, is_citation
from storydiff.facts.builder import Builder, Pending, Versions
from storydiff.facts.lexicon import DATA
from storydiff.facts.model import Change, ChangeKind
from storydiff.facts.name_forms import without_legal_form, word_named
from storydiff.facts.names import QUOTE_CHARS, mentions, named, norm, surname, surname_said
from storydiff.facts.quotes import Quote
from storydiff.facts.sources import cites_source, lead_attributions
from storydiff.text.sentences import Sentence


def _quoted_in(speaker: str, sentences: list[Sentence], analysis: Analysis) -> bool:
    """Whether the version quotes this speaker anywhere."""
    if any(q.speaker == speaker for qs in analysis.quotes.values() for q in qs):
        return True
    last = surname(speaker)
    return bool(last) and any(
        any(c in s.text for c in QUOTE_CHARS) and re.search(rf"\b{re.escape(last)}\b", s.text)
        for s in sentences
    )


def hold_one_sided(alignment: Alignment, v: Versions, out: Builder, pending: Pending) -> None:
    """Hold the facts, quotes and citations of the sentences only one version has for
    the document round, and settle a rewritten lead's attribution first
    (``sources.lead_attributions``)."""
    leads = lead_attributions((alignment.old_roles, alignment.new_roles), v, out)
    old_lead, new_lead = leads if leads is not None else (-1, -1)
    sides = (
        (alignment.old_roles, Role.REMOVED, v.old, v.old_text, old_lead,
         pending.old, pending.old_quotes, pending.old_attr),
        (alignment.new_roles, Role.ADDED, v.new, v.new_text, new_lead,
         pending.new, pending.new_quotes, pending.new_attr),
    )  # fmt: skip
    for roles, one_sided, analysis, text, lead, facts, quotes, attrs in sides:
        for i, role in enumerate(roles):
            if role is one_sided:  # the list fields of ``pending``, grown in place
                facts += analysis.facts.get(i, [])
                quotes += analysis.quotes.get(i, [])
                attrs += [
                    a for a in analysis.attributions.get(i, [])
                    if cited(a, text) and not a.person and i != lead
                ]  # fmt: skip


_WORD = re.compile(r"[^\W\d_]+")
_WIRE = re.compile(r"^\W*[A-Z][A-Z]+[^()\n]{0,60}\(([A-Za-z]{2,8})\)")


def cited(att: Attribution, text: str) -> bool:
    """An attribution of a sentence only one version has that cites a report, document
    or outlet, not the wire's own interview ("told The Associated Press" under an
    "(AP)" dateline)."""
    if not is_citation(att) or _data(att.source, text):
        return False
    wire = _WIRE.match(text[:200])
    own = wire is not None and att.text.startswith("told ")
    return not (own and aliases.mentioned(att.source, wire.group(1) if wire else ""))


def _data(source: str, text: str) -> bool:
    """Whether a citation cites data or a writing no name says whose ("according to
    revised figures", "according to utility tracking data"): no one a statement is
    credited to. Not one a name owns, before it ("according to a Reuters tally") or
    after it in ``text`` ("according to a report in The Harbour Times", "the latest
    estimate from the Port Authority")."""
    words = source.split()
    if not words or words[-1].lower().strip(".,") not in DATA:
        return False
    if any(w[:1].isupper() for w in words[:-1] if w.lower() not in ("a", "the")):
        return False
    owner = rf"\b{re.escape(words[-1])}\s+(?:in|from|by|of)\s+(?:the\s+)?[A-Z]"
    return re.search(rf"\b(?:according\s+to|citing)\s[^.;]*?{owner}", text) is None


_ATTRIBUTION_WORDS = 16
"""At most this many words between two pieces of one speaker's quotation on one line:
its attribution ('"…," the prime minister told reporters. "…"'), not a passage."""


def _one_quote(quotes: list[Quote], text: str) -> list[list[Quote]]:
    """Pieces of one quotation grouped: a quote is the text between its quotation
    marks, however many sentences it holds, and one speaker's quotation broken by its
    attribution on one line ('"The question is not who goes," he said, "but what …"';
    '"…," Ms. Brandt said. "…"') is one quotation too; a piece with an attribution of
    its own in its sentence ('"…," he added.') is a quotation of its own."""
    runs: list[list[Quote]] = []
    for q in sorted(quotes, key=lambda q: q.start):
        last = runs[-1][-1] if runs else None
        if last is not None and q.start >= last.end and _continues(last, q, text):
            runs[-1].append(q)
        else:
            runs.append([q])
    return runs


def _continues(last: Quote, q: Quote, text: str) -> bool:
    """Whether ``q`` goes on with the quotation ``last`` ends."""
    between = text[last.end : q.start]
    if q.sentence == last.sentence + 1 and not between.strip():
        return True
    after = text[q.end : q.end + 40].split("\n", 1)[0].lstrip(QUOTE_CHARS + " ,.;:!?")
    if after[:1].islower():
        return False  # a name quoted inside narration ('"Operation Dry Feet" starts …')
    return (
        (q.sentence == last.sentence or (q.sentence == last.sentence + 1 and not q.own))
        and bool(q.speaker)
        and q.speaker == last.speaker
        and "\n" not in between
        and not any(c in between.strip(QUOTE_CHARS + " ,.") for c in QUOTE_CHARS)
        and len(between.split()) <= _ATTRIBUTION_WORDS
    )


def _report_quote(kind: ChangeKind, run: list[Quote], out: Builder, text: str) -> None:
    """One new or dropped quotation (its pieces joined, " … " where its marks close
    and open again), with its speaker: the last piece's, which names it ('"…. …," said X')
    or carries it on ('X said: "…. …"')."""
    words = run[0].text
    for a, b in pairwise(run):
        words += (" … " if text[a.end : b.start].strip() else " ") + b.text
    sentences = [q.sentence for q in run]
    if kind == "addition":
        out.add(kind, "quote", run[-1].speaker, None, words, new_sentences=sentences)
    else:
        out.add(kind, "quote", run[-1].speaker, words, None, old_sentences=sentences)


def _named_in(speaker: str, text: str) -> bool:
    """Whether the version names this speaker at all (surname, alias): a person it
    names but does not quote is no new source; the quote change names its speaker."""
    return (
        mentions(text, speaker)
        or surname_said(text, speaker)
        or aliases.mentioned(speaker, text)
        or _short_form_named(speaker, text)
    )


def _short_form_named(name: str, text: str) -> bool:
    """Whether ``text`` names a company by its name without its legal form and trade
    ("Tessaline Pharma Inc." / "Tessaline": ``without_legal_form``; not "Kessla Energy"
    by the town "Kessla")."""
    short = without_legal_form(name)
    return bool(short) and word_named(short, text)


def _mentioned(text: str, source: str) -> bool:
    """Whether a version names an attribution's source: as written (or spelled within
    two edits) or by another form of its name ("VDM" / "Varnos Defence Ministry",
    ``aliases.mentioned``; a company's name without its legal form,
    ``without_legal_form``), or, for a source with no name, all its words ("the law firm's
    recommendations" / "His law firm's subsequent recommendations")."""
    if mentions(text, source, fuzzy=True) or aliases.mentioned(source, text):
        return True
    if _short_form_named(source, text):
        return True
    words = re.findall(r"[^\W\d_]{3,}", source.replace("’s", "").replace("'s", ""))
    if not words or any(w[0].isupper() for w in words):
        return False
    have = set(norm(text).split())
    return all(norm(w) in have for w in words)


def voices(pending: Pending, v: Versions, out: Builder) -> dict[str, set[str]]:
    """Quotes new or dropped, speakers quoted for the first time or no longer
    (sources), and attributions named in one version only. Returns the sources."""
    old, new, old_text, new_text = v.old, v.new, v.old_text, v.new_text
    old_sents, new_sents = v.old_sents, v.new_sents
    sources: dict[str, set[str]] = {
        kind: {c.subject for c in out.changes if c.fact == "source" and c.kind == kind}
        for kind in ("addition", "removal")
    }  # sources an attribution update names (``sources.match_attributions``)
    kind: ChangeKind
    for kind, quotes, paired, other_sents, other in (
        ("addition", pending.new_quotes, pending.new_paired, old_sents, old),
        ("removal", pending.old_quotes, pending.old_paired, new_sents, new),
    ):
        said_there = [norm(p.text) for ps in other.quotes.values() for p in ps]
        other_text = " ".join(s.text for s in other_sents)
        told = [
            q for q in quotes if norm(q.text) not in said_there and not mentions(other_text, q.text)
        ]
        own = new_text if kind == "addition" else old_text
        for run in _one_quote(told, own):
            _report_quote(kind, run, out, own)
        for q in quotes + paired:  # a quote changed may have a speaker never named before
            if (
                named(q.speaker)
                and q.speaker not in sources[kind]
                and not _quoted_in(q.speaker, other_sents, other)
                and not _named_in(q.speaker, other_text)
            ):
                sources[kind].add(q.speaker)
                out.one_side(kind, "source", q.speaker, q.speaker, "", q.sentence)
    # Attributions named in one version only.
    attr_kind: ChangeKind
    for attr_kind, attrs, other_text, own_text in (
        ("addition", pending.new_attr, old_text, new_text),
        ("removal", pending.old_attr, new_text, old_text),
    ):
        seen: set[str] = set()
        quoted = {
            q.sentence
            for q in (pending.new_quotes if attr_kind == "addition" else pending.old_quotes)
        }
        for att in attrs:
            if _mentioned(other_text, att.source) or _data(att.source, own_text):
                continue  # said there, or data no name owns (an edit's own citation)
            given = att.text.startswith("told ") and att.sentence in quoted
            if not given and att.source not in seen:  # given: the outlet a new or dropped
                seen.add(att.source)  # quote was given to, the quote's change
                out.one_side(attr_kind, "attribution", "", att.text, att.source, att.sentence)
            if cites_source(att) and att.source not in sources[attr_kind]:
                sources[attr_kind].add(att.source)
                out.one_side(attr_kind, "source", att.source, att.source, "", att.sentence)
    return sources


_SPEAKING = frozenset(
    "said says say told tells added adds replied replies wrote writes asked asks answered "
    "answers called calls according to".split()
)
_QUOTED = re.compile(r"[“\"«„][^”\"»“]*[”\"»]?")


def words_only(change: Change, sentences: list[Sentence]) -> bool:
    """Whether a quote change is of a word or two, or of such pieces, in a sentence that
    tells more than who said them ("called the moves “all optics” and said …"; not
    "“Disgraceful,” said Opposition leader Miro Tasch."): that sentence's claim is its
    own, not the quote's."""
    pieces = (change.after or change.before or "").split(" … ")
    if any(len(piece.split()) >= 3 for piece in pieces):
        return False
    at = change.new_sentences if change.after is not None else change.old_sentences
    outside = _QUOTED.sub(" ", " ".join(sentences[i].text for i in at if i < len(sentences)))
    who = {w.casefold() for w in change.subject.split()}
    told = [w for w in _WORD.findall(outside) if w.casefold() not in who | _SPEAKING]
    return len(told) >= MIN_CLAIM_WORDS


def quoted(
    changes: list[Change], old: list[Sentence], new: list[Sentence]
) -> tuple[set[int], set[int]]:
    """The OLD and NEW sentences a quote change tells in full (not ``words_only``), or a
    speaker update where the sentence tells no more than who said the quote ("“…,”
    said Fire Chief Bonita Ruelas." / "“…,” said Mayor Tobias Greer."): their claims are
    the quote's."""
    out: tuple[set[int], set[int]] = (set(), set())
    for c in changes:
        if c.fact == "quote" and not words_only(c, new if c.after is not None else old):
            out[0].update(c.old_sentences)
            out[1].update(c.new_sentences)
        elif c.fact == "speaker" and c.kind == "update":
            who = {w.casefold() for w in f"{c.before} {c.after}".split()}
            for side, sents, at in ((0, old, c.old_sentences), (1, new, c.new_sentences)):
                out[side].update(k for k in at if k < len(sents) and not _tells(sents[k].text, who))
    return out


def _tells(text: str, who: set[str]) -> bool:
    """Whether a sentence tells more, outside its quotes, than who spoke."""
    outside = _QUOTED.sub(" ", text)
    told = [w for w in _WORD.findall(outside) if w.casefold() not in who | _SPEAKING]
    return len(told) >= MIN_CLAIM_WORDS
