"""The NLP pass over one version: facts, quotes and attributions of the sentences
that changed (and the two before each, for who is speaking), in document order."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from storydiff.config import CARRY_NARRATION, FACTS_CONTEXT_BEFORE, MAX_SENTENCE_CHARS
from storydiff.diff.align import Link, Role
from storydiff.facts.attributions import Attribution, find_attributions, institution
from storydiff.facts.extract import CORRECTION, STAMP, TAGLINE, extract, telling_day
from storydiff.facts.marks import HEADING, line_of, quote_spans, sentence_spans, signed, title_spans
from storydiff.facts.model import Fact
from storydiff.facts.names import full_name, people_by_name, titled
from storydiff.facts.nlp import load_pipeline
from storydiff.facts.quotes import (
    Quote,
    narrator,
    person_subjects,
    personal_subject,
    pronoun_subject,
    read_quotes,
    resolve,
    trailing_speaker,
)
from storydiff.facts.roles import group_subject, orgs_named, person_noun, plain_name, plural_name
from storydiff.text.furniture import PROMO
from storydiff.text.sentences import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_DATELINE = re.compile(r"^\W*([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*)(?=,|\s*\(|\s+[—–-])")


@dataclass(slots=True)
class Analysis:
    """What the NLP found in the analysed sentences of one version."""

    facts: dict[int, list[Fact]] = field(default_factory=dict)
    quotes: dict[int, list[Quote]] = field(default_factory=dict)
    attributions: dict[int, list[Attribution]] = field(default_factory=dict)
    skipped: int = 0


def selected(roles: list[Role], links: list[Link], link_of: list[int | None]) -> list[int]:
    changed = set()
    for i, role in enumerate(roles):
        k = link_of[i]
        if role in (Role.ADDED, Role.REMOVED) or (k is not None and links[k].changed):
            changed.add(i)
    keep: set[int] = set()
    for i in changed:
        keep.update(range(max(0, i - FACTS_CONTEXT_BEFORE), i + 1))
    return sorted(keep)


@dataclass(slots=True)
class _Voice:
    """Who is speaking as the analysis walks the sentences."""

    speaker: str = ""
    person: str = ""
    person_at: int = -1
    speaker_at: int = -1
    speaker_org: bool = False
    """The speaker is an organisation: "he" and "she" never stand for it."""
    orgs: list[str] = field(default_factory=list)
    """The organisations the last sentence that named any names, in order: "it" stands
    for the last one, "the court" for the last court among them ("The Supreme Court
    upheld the fine against Orvane Foods")."""
    genders: dict[str, str] = field(default_factory=dict)
    """Who the text has called "he" and who "she"."""
    actor_at: int = -2
    """The last sentence whose main clause was about a person (a name, "the woman",
    "she")."""
    group: str = ""
    """The last plural subject ("hundreds of people"), whom "they" may stand for."""
    group_at: int = -1
    line: int = -2
    """The line where the speaker last spoke (or was carried by a quote)."""
    at: int = -2
    """The sentence where the speaker last spoke (or was carried by a quote)."""


def analyse(
    sentences: list[Sentence],
    indices: list[int],
    text: str = "",
    published: dt.date | None = None,
) -> Analysis:
    """Run the pipeline over the chosen sentences, in order, carrying who speaks.
    ``text`` is the document the sentences index (quotes are read over all of it).

    A quote's speaker is named in its own sentence first; else it is the speaker of the
    nearest attribution before, carried over sentences and paragraphs only while each
    one quotes or attributes (a sentence of narration in between ends it: the speaker
    is unknown).
    "He" and "she" are the person named last: the subject of a sentence's main clause,
    else a person the sentence names."""
    out = Analysis()
    todo = [i for i in indices if len(sentences[i].text) <= MAX_SENTENCE_CHARS]
    out.skipped = len(indices) - len(todo)
    if not todo:
        return out
    nlp = load_pipeline()
    spans = sentence_spans(sentences, text) if text else {}
    lines = line_of(sentences, text) if text else [s.paragraph for s in sentences]
    voice, prev = _Voice(), -2
    opening = dateline_end(sentences[0].text) if sentences else 0
    for i, doc in zip(todo, nlp.pipe(sentences[i].text for i in todo), strict=True):
        s = sentences[i]
        if i != prev + 1:
            voice = _Voice()
        quoted = (spans.get(i) if text else None) or []
        facts = _facts_of(doc, s, i, published, opening if i == 0 else 0, quoted)
        out.facts[i] = facts
        main, subject = person_subjects(doc, quoted)
        subject = main or subject
        noun, role = ("", False) if subject else person_noun(doc, quoted)
        if subject or (noun and not (role and voice.person)):
            voice.person, voice.person_at = subject or noun, i  # "The woman posted …"
        actor = voice.person if voice.actor_at == i - 1 and lines[i - 1] == lines[i] else ""
        if subject or noun or pronoun_subject(doc, quoted):
            voice.actor_at = i
        # "he" is the person named last: the last subject named, or the last speaker
        # when a speech verb named someone since (names the model did not tag).
        later = (
            voice.speaker_at > voice.person_at
            and not voice.speaker_org
            and not plural_name(voice.speaker)
        )
        recent = voice.speaker if later else voice.person
        said_by = voice.speaker
        chained = lines[i] <= voice.line + 1 and i <= voice.at + 1 + CARRY_NARRATION
        latest = voice.speaker if voice.speaker_at >= voice.person_at else voice.person
        quotes, voice.speaker, named_by = read_quotes(
            doc, i, s.start, voice.speaker, quoted if text else None, recent, 1, latest, voice.orgs
        )
        quotes = _they(voice, quotes, named_by)
        group = group_subject(doc, quoted)
        if group:
            voice.group, voice.group_at = group, i
        quotes = _own_subject(quotes, doc, quoted, main, recent, chained or actor)
        quotes = _he_or_she(voice, quotes, named_by, personal_subject(doc, quoted))
        owned = [q.speaker for q in quotes if q.own]
        if named_by is None and owned and owned[-1]:
            voice.speaker = owned[-1]  # "“…,” she gushed. “…”": she speaks on
        if prev == i - 1 and lines[i] == lines[prev]:
            _said_after(out, prev, doc, quoted, voice.speaker, recent)
        if voice.speaker != said_by:
            voice.speaker_at = i
            voice.speaker_org = named_by is not None and (
                _organisation(named_by) or named_by.lower_ == "it"  # "it said": the org
            )
        spoke = voice.speaker if voice.speaker_org and voice.speaker_at == i else ""
        voice.orgs = orgs_named(doc, quoted) or ([spoke] if spoke else voice.orgs)
        if any(q.own for q in quotes) or (quotes and chained) or named_by is not None:
            voice.line, voice.at = lines[i], i
        if not subject and not noun and not pronoun_subject(doc, quoted):
            _named_person(voice, facts, quoted, s, i)
        promo = PROMO.search(s.text)  # page furniture: no one speaks in it
        out.quotes[i] = [] if promo else quotes
        out.attributions[i] = [] if promo else find_attributions(doc, i, quoted)
        prev = i
    out.facts = people_by_name(out.facts, text)
    _one_voice(out, text, sentences)
    return out


def _facts_of(
    doc: Doc,
    s: Sentence,
    i: int,
    published: dt.date | None,
    opening: int,
    quoted: list[tuple[int, int]],
) -> list[Fact]:
    """The sentence's facts, without those of a notice, a tagline or a promotion, the
    dates of a time stamp or of the day of the telling, the dateline's (``opening``
    characters), and names in titles and run-in subheads."""
    notice = CORRECTION.search(s.text) or TAGLINE.search(s.text) or PROMO.search(s.text)
    facts = [] if notice else extract(doc, i, s.start, published).facts
    if STAMP.search(s.text):
        facts = [f for f in facts if f.kind != "date"]
    facts = [
        f
        for f in facts
        if f.kind != "date" or not telling_day(s.text, f.start - s.start, f.end - s.start)
    ]
    if opening:
        facts = [f for f in facts if f.start >= s.start + opening]
    return _not_names(facts, s, quoted)


_NAMES = ("person", "organization", "place")


def _not_names(facts: list[Fact], s: Sentence, quoted: list[tuple[int, int]]) -> list[Fact]:
    """Names that are no entity of the story: the words of a title or slogan in
    quotation marks ("“Meritocracy and Toe-Stepping”", also when opened by two
    apostrophes) and of a subhead in capitals run into the next sentence ("THEORY AND
    PRACTICE Uber's board said …")."""
    titles = title_spans(s.text, quoted)
    heading = HEADING.match(s.text)
    head_end = heading.end() if heading and not dateline_end(s.text) else 0
    return [
        f
        for f in facts
        if f.kind not in _NAMES
        or not (f.start - s.start < head_end or any(a <= f.start - s.start < b for a, b in titles))
    ]


def _they(voice: _Voice, quotes: list[Quote], named_by: Token | None) -> list[Quote]:
    """ "They" after a plural subject more recent than any speaker or person ("hundreds
    of people gathered … they chanted: “…”") are those people."""
    if (
        named_by is not None
        and named_by.lower_ == "they"
        and voice.group_at > voice.speaker_at
        and voice.group_at >= voice.person_at
    ):
        voice.speaker = voice.group
        return [replace(q, speaker=voice.group) if q.own else q for q in quotes]
    return quotes


def _he_or_she(
    voice: _Voice, quotes: list[Quote], named_by: Token | None, personal: str
) -> list[Quote]:
    """ "He" is never a person the text has called "she", nor "she" one it called "he":
    then the speaker is unknown. Learns who is "he" and who "she" as it goes."""
    said = named_by.lower_ if named_by is not None else personal
    if said not in ("he", "she"):
        return quotes
    other = "she" if said == "he" else "he"
    if voice.genders.get(voice.speaker) == other and named_by is not None:
        voice.speaker = ""
    kept = [
        replace(q, speaker="") if q.own and voice.genders.get(q.speaker) == other else q
        for q in quotes
    ]
    for q in kept:
        if q.own and q.speaker:
            voice.genders.setdefault(q.speaker, said)
    return kept


def _own_subject(
    quotes: list[Quote],
    doc: Span | Doc,
    quoted: list[tuple[int, int]],
    subject: str,
    recent: str,
    chained: bool | str,
) -> list[Quote]:
    """Quotes whose sentence has no speech verb: the person the sentence is about
    speaks ("Mr. Trump characterized the law as inadequate, dismissing it as “…”";
    "He called it “…”"); with no one, the speaker carried from before, unless narration
    came since (then the speaker is unknown), or the person the sentence just before was
    about (``chained`` as a name: "His social worker looked grim. “…”")."""
    if all(q.own for q in quotes):
        return quotes
    who = subject or (recent if pronoun_subject(doc, quoted) else "")
    if who:
        return [q if q.own else replace(q, speaker=who, own=True) for q in quotes]
    other = narrator(doc, quoted)  # about someone else: not the speaker carried
    if other is not None:
        return [q if q.own else replace(q, speaker=other, own=bool(other)) for q in quotes]
    if isinstance(chained, str) and chained:
        return [q if q.own else replace(q, speaker=chained, own=True) for q in quotes]
    if not chained:
        return [q if q.own else replace(q, speaker="") for q in quotes]
    return quotes


def _said_after(
    out: Analysis, prev: int, doc: Span | Doc, quoted: list[tuple[int, int]], last: str, recent: str
) -> None:
    """A sentence that only says who spoke ("Mr. Trump wrote on Twitter.", "— Vern
    McLellan") names the speaker of the quote that ended the sentence before it."""
    before = out.quotes.get(prev, [])
    if not before or before[-1].own:
        return
    subject = trailing_speaker(doc, quoted)
    who = resolve(subject, last, recent) if subject is not None else signed(doc.text)
    if who:
        out.quotes[prev] = [replace(q, speaker=who, own=True) if not q.own else q for q in before]


def _organisation(tok: Token) -> bool:
    """A speaker that is an organisation ("The Norland Coastguard", "the ministry",
    "NATO"), not a surname the model tagged as one ("Duque")."""
    if not institution(tok):
        return False
    if tok.ent_type_ not in ("ORG", "NORP"):
        return True  # an institutional noun
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    words = [t for t in ent if t.lower_ != "the"] if ent is not None else [tok]
    return len(words) >= 2 or tok.text.isupper()


_BYLINE = re.compile(r"\b[Bb]y\s*$")


def _named_person(
    voice: _Voice, facts: list[Fact], quoted: list[tuple[int, int]], s: Sentence, i: int
) -> None:
    """A sentence with no person as a subject that names someone in full ("Among the
    evacuees was the Lakers forward LeBron James.") names who "he" is next; a byline's
    author ("Written by X", "By X") never."""
    at = s.start
    people = [
        re.split(r"['’]s\b", f.value)[0]  # "Maren Ostby’s Instagram": the person
        for f in facts
        if f.kind == "person"
        and len(f.value.split()) >= 2
        and not any(a <= f.start - at < b for a, b in quoted)
        and not _BYLINE.search(s.text, 0, max(0, f.start - at))
    ]
    if people:
        voice.person, voice.person_at = people[-1], i


def _one_voice(out: Analysis, text: str, sentences: list[Sentence]) -> None:
    """One quotation over several sentences has one speaker: the one a sentence it runs
    through names ("“… . Cancel order!” Mr. Trump wrote"). Pieces under three words
    are kept only as part of a longer quotation."""
    if not text:
        for i, qs in out.quotes.items():
            out.quotes[i] = [q for q in qs if len(q.text.split()) >= 3]
        return
    starts = [
        s.start for k, s in enumerate(sentences) if k and s.paragraph != sentences[k - 1].paragraph
    ]
    bounds = quote_spans(text, starts)
    groups: dict[int, list[Quote]] = {}
    for qs in out.quotes.values():
        for q in qs:
            k = next((n for n, (a, b) in enumerate(bounds) if a <= q.start < b), -1)
            groups.setdefault(k, []).append(q)
    speaker_of: dict[tuple[int, int], str] = {}
    for k, group in groups.items():
        owner = next((q.speaker for q in group if q.own), None)
        if k < 0 or len(group) < 2:
            continue
        for q in group:
            if owner is not None and not q.own:
                speaker_of[(q.sentence, q.start)] = owner
    for i, qs in out.quotes.items():
        kept = []
        for q in qs:
            k = next((n for n, (a, b) in enumerate(bounds) if a <= q.start < b), -1)
            alone = k < 0 or len(groups.get(k, [])) < 2
            if alone and len(q.text.split()) < 3:
                continue
            who = speaker_of.get((q.sentence, q.start), q.speaker)
            kept.append(Quote(q.text, who, q.start, q.end, q.sentence, q.own))
        out.quotes[i] = kept


def expand_speakers(analysis: Analysis, text: str) -> None:
    """Speakers by their fullest name: a surname alone expanded, a description by
    title ("the president") read as the person the text gives that title."""
    for i, quotes in analysis.quotes.items():
        analysis.quotes[i] = [
            Quote(
                q.text,
                plain_name(titled(full_name(q.speaker, text), text, q.start)),
                q.start,
                q.end,
                q.sentence,
                q.own,
            )
            for q in quotes
        ]


def dateline(text: str) -> str | None:
    m = _DATELINE.match(text[:200])
    return m.group(1).strip() if m else None


_DATELINE_PREFIX = re.compile(
    r"^\W*[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*"  # KESTREL BAY
    r"(?:,[^(—–]{0,40})?"  # , Norland
    r"\s*(?:\([^)]{1,30}\))?\s*[—–-]+\s*"  # (MPA) —
)


def dateline_end(text: str) -> int:
    """Length of the dateline prefix ("KESTREL BAY, Norland (MPA) — "), else 0."""
    if dateline(text) is None:
        return 0
    m = _DATELINE_PREFIX.match(text[:200])
    return m.end() if m else 0
