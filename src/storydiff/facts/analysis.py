"""The NLP pass over one version: facts, quotes and attributions of the sentences
that changed (and the two before each, for who is speaking), in document order."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from storydiff.config import FACTS_CONTEXT_BEFORE, MAX_SENTENCE_CHARS
from storydiff.diff.align import Link, Role
from storydiff.facts.extract import CORRECTION, PROMO, STAMP, TAGLINE, extract
from storydiff.facts.model import Fact
from storydiff.facts.names import full_name, titled
from storydiff.facts.nlp import load_pipeline
from storydiff.facts.quotes import (
    Attribution,
    Quote,
    find_attributions,
    find_quotes,
    person_subject,
    quote_spans,
)
from storydiff.text.sentences import Sentence

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


def _sentence_spans(sentences: list[Sentence], text: str) -> dict[int, list[tuple[int, int]]]:
    """Each sentence's quoted spans (offsets in the sentence), read over the text."""
    starts = [
        s.start for k, s in enumerate(sentences) if k and s.paragraph != sentences[k - 1].paragraph
    ]
    out: dict[int, list[tuple[int, int]]] = {s.index: [] for s in sentences}
    k = 0
    for a, b in quote_spans(text, starts):
        while k < len(sentences) and sentences[k].end <= a:
            k += 1
        j = k
        while j < len(sentences) and sentences[j].start < b:
            s = sentences[j]
            lo, hi = max(a, s.start), min(b, s.end)
            if lo < hi:
                out[s.index].append((lo - s.start, hi - s.start))
            j += 1
    return out


def analyse(
    sentences: list[Sentence],
    indices: list[int],
    text: str = "",
    published: dt.date | None = None,
) -> Analysis:
    """Run the pipeline over the chosen sentences, in order, carrying who speaks.
    ``text`` is the document the sentences index (quotes are read over all of it)."""
    out = Analysis()
    todo = [i for i in indices if len(sentences[i].text) <= MAX_SENTENCE_CHARS]
    out.skipped = len(indices) - len(todo)
    if not todo:
        return out
    nlp = load_pipeline()
    spans = _sentence_spans(sentences, text) if text else {}
    last_speaker, last_person, prev, person_at, speaker_at = "", "", -2, -1, -1
    opening = dateline_end(sentences[0].text) if sentences else 0
    for i, doc in zip(todo, nlp.pipe(sentences[i].text for i in todo), strict=True):
        s = sentences[i]
        if i != prev + 1:
            last_speaker, last_person = "", ""
        notice = CORRECTION.search(s.text) or TAGLINE.search(s.text) or PROMO.search(s.text)
        facts = [] if notice else extract(doc, i, s.start, published).facts
        if STAMP.search(s.text):
            facts = [f for f in facts if f.kind != "date"]
        if i == 0 and opening:
            facts = [f for f in facts if f.start >= s.start + opening]
        out.facts[i] = facts
        quoted = spans.get(i) if text else None
        people = [f.value for f in facts if f.kind == "person"]
        subject = person_subject(doc, quoted)
        if subject or (people and not last_person):
            last_person, person_at = subject or people[-1], i
        # "he" is the person named last: the last subject named, or the last speaker
        # when a speech verb named someone since (names the model did not tag).
        recent = last_speaker if speaker_at > person_at else last_person
        said_by = last_speaker
        quotes, last_speaker = find_quotes(doc, i, s.start, last_speaker, quoted, recent)
        if last_speaker != said_by:
            speaker_at = i
        promo = PROMO.search(s.text)  # page furniture: no one speaks in it
        out.quotes[i] = [] if promo else quotes
        out.attributions[i] = [] if promo else find_attributions(doc, i, quoted)
        prev = i
    return out


def expand_speakers(analysis: Analysis, text: str) -> None:
    """Speakers by their fullest name: a surname alone expanded, a description by
    title ("the president") read as the person the text gives that title."""
    for i, quotes in analysis.quotes.items():
        analysis.quotes[i] = [
            Quote(
                q.text,
                titled(full_name(q.speaker, text), text, q.start),
                q.start,
                q.end,
                q.sentence,
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
