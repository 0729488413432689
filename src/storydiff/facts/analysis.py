"""The NLP pass over one version: facts, quotes and attributions of the sentences
that changed (and the two before each, for who is speaking), in document order."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storydiff.config import (
    LEAD_SENTENCES,
    MAX_SENTENCE_CHARS,
)
from storydiff.facts import aliases
from storydiff.facts.attributions import Attribution, find_attributions
from storydiff.facts.bylines import BYLINE_LINE
from storydiff.facts.carry import step
from storydiff.facts.corrections import notice_sentences
from storydiff.facts.datelines import dateline_end
from storydiff.facts.described import described
from storydiff.facts.extract import CORRECTION, STAMP, TAGLINE, extract, signoffs, telling_day
from storydiff.facts.genders import text_genders
from storydiff.facts.marks import (
    HEADING,
    headline_words,
    is_title,
    line_of,
    line_span,
    quote_spans,
    sentence_case_headline,
    sentence_spans,
    title_spans,
    word_at,
)
from storydiff.facts.model import Fact
from storydiff.facts.name_expansion import full_name
from storydiff.facts.name_kinds import one_kind
from storydiff.facts.names import full_names, mentions, people_by_name, surname_said
from storydiff.facts.nlp import load_pipeline
from storydiff.facts.not_news import unnamed_sources
from storydiff.facts.possessives import owned_genders
from storydiff.facts.predicates import Frame, frame_of
from storydiff.facts.quotes import Quote
from storydiff.facts.roles import plain_name
from storydiff.facts.surnames import lone_surnames
from storydiff.facts.titles import titled
from storydiff.facts.voice import Voice
from storydiff.text.furniture import is_promotion
from storydiff.text.sentences import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(slots=True)
class Analysis:
    """What the NLP found in the analysed sentences of one version."""

    facts: dict[int, list[Fact]] = field(default_factory=dict)
    quotes: dict[int, list[Quote]] = field(default_factory=dict)
    attributions: dict[int, list[Attribution]] = field(default_factory=dict)
    frames: dict[int, Frame] = field(default_factory=dict)
    """Each analysed sentence's main clause (``facts.predicates``), where it has one."""
    skipped: int = 0


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
    lines = line_of(sentences, text)
    marked = text_genders(text)  # who the text itself marks as "he" and as "she"
    voice, prev = Voice(genders=dict(marked), text=text), -2
    parsed: dict[int, tuple[Doc, int, list[tuple[int, int]], bool]] = {}
    at, opening = _dateline(sentences)
    notices = notice_sentences(sentences, text) if text else set()
    signed = signoffs([s.text for s in sentences])
    cuts = {i: max(opening * (i == at), signed[i]) for i in todo}
    texts = (
        _opened(_unmarked(sentences[i].text) if text else sentences[i].text, cuts[i]) for i in todo
    )  # the dateline and a sign-off are blanked for the model, their facts dropped
    for i, doc in zip(todo, one_kind(list(nlp.pipe(texts))), strict=True):
        s = sentences[i]
        if i != prev + 1:
            voice = Voice(genders=dict(marked), text=text)
        quoted = (spans.get(i) if text else None) or []
        parsed[i] = (doc, cuts[i], quoted, i in notices or _notice(s))
        facts = _facts_of(doc, s, i, published, *parsed[i][1:])
        out.facts[i] = facts
        after = prev == i - 1 and lines[i] == lines[prev]
        before = out.quotes.get(prev, []) if after else []
        quotes, before = step(voice, doc, s, i, quoted if text else None, lines, facts, before)
        earlier = parsed[i - 1][0] if i - 1 in parsed else None
        for name, said in owned_genders(doc, quoted, earlier, voice.genders):
            voice.genders.setdefault(name, said)  # "Varek noted it in his remarks": he
        if after:
            out.quotes[prev] = before
        promo = is_promotion(s.text)  # page furniture: no one speaks in it
        out.quotes[i] = [] if promo else quotes
        out.attributions[i] = [] if promo else find_attributions(doc, i, quoted, parsed[i][1])
        frame = frame_of(doc, s.start)
        if frame is not None:
            out.frames[i] = frame
        prev = i
    _add_surnames(out, parsed, sentences)
    docs = {i: (doc, sentences[i].start) for i, (doc, *_) in parsed.items()}
    out.facts = people_by_name(out.facts, text, docs)
    _headline_names(out, sentences, text)
    _one_voice(out, text, sentences)
    return out


_HEADLINE_KINDS = frozenset({"person", "organization"})


def _dateline(sentences: list[Sentence]) -> tuple[int, int]:
    """The sentence that opens with the dateline and the dateline's length: the first,
    or one after a headline and a byline ("Brantwick rejects bid" / "By Oren Maddox" /
    "MARLOW, Norland — Brantwick Foods said …"), else (0, 0)."""
    for i, s in enumerate(sentences[: LEAD_SENTENCES + 1]):
        end = dateline_end(s.text)
        if end:
            return i, end
    return 0, 0


def _headline_names(out: Analysis, sentences: list[Sentence], text: str) -> None:
    """A text's first line, on its own and in title case ("Kessla Hiring Surged in May,
    but Employers Remain Wary"), is a headline that capitalises every word, so the
    recogniser takes words for names ("Remain Wary" a person, "Kessla Hiring Surged"
    an organisation): its people and organisations stand only when the rest of the
    text names them too, in full or, a person, by the surname ("Vell"). So does a name
    that opens one in sentence case, which capitalises its first word ("Coastal rail
    line to close", "Ex-Braske FC treasurer goes on trial":
    ``sentence_case_headline``; not "AP" in "Patterson makes AP All-Pro team"). Its places
    stand ("Crash in El Monte, Two Arrested"): the recogniser knows places. A line
    further down is no headline ("Honored: Ana Ruiz, Jens Holt and Mira Okafor")."""
    if 0 not in out.facts or not sentences:
        return
    s = sentences[0]
    alone = not text[: s.start].strip() and text[s.end : s.end + 1] in ("", "\n")
    titled = headline_words(s.text)
    if not (alone and (titled or sentence_case_headline(s.text))):
        return
    rest = text[s.end :]
    out.facts[0] = [
        f
        for f in out.facts[0]
        if f.kind not in _HEADLINE_KINDS
        or not (titled or s.text.startswith(f.text))  # sentence case: its first word only
        or mentions(rest, f.value)
        or (f.kind == "person" and surname_said(rest, f.value))
    ]


def _facts_of(
    doc: Doc,
    s: Sentence,
    i: int,
    published: dt.date | None,
    opening: int,
    quoted: list[tuple[int, int]],
    notice: bool,
) -> list[Fact]:
    """The sentence's facts, as ``_kept`` keeps them."""
    facts = [] if notice else extract(doc, i, s.start, published).facts
    return _kept(facts, s, opening, quoted, notice)


def _notice(s: Sentence) -> bool:
    """A correction notice, a tagline, a byline line or a promotion: no facts of the
    story."""
    return bool(
        CORRECTION.search(s.text)
        or TAGLINE.search(s.text)
        or BYLINE_LINE.search(s.text)
        or is_promotion(s.text)
    )


def _kept(
    facts: list[Fact], s: Sentence, opening: int, quoted: list[tuple[int, int]], notice: bool
) -> list[Fact]:
    """The facts of sentence ``s`` without those of a notice, a tagline or a promotion
    (``notice``, from ``_notice``), the dates of a time stamp or of the day of the
    telling, the dateline's or a sign-off's (``opening`` characters), counts of
    unnamed sources ("two people familiar with the matter":
    ``not_news.unnamed_sources``), and names in titles and run-in subheads."""
    if notice:
        return []
    stamped = [line_span(s.text, m.start() + word_at(m.group())) for m in STAMP.finditer(s.text)]
    at = [
        f for f in facts if f.kind == "date" and any(a <= f.start - s.start < b for a, b in stamped)
    ]
    facts = [f for f in facts if f not in at]
    facts = [
        f
        for f in facts
        if f.kind != "date" or not telling_day(s.text, f.start - s.start, f.end - s.start)
    ]
    if opening:
        facts = [f for f in facts if f.start >= s.start + opening]
    facts = [f for f in facts if not unnamed_sources(f, s.text, s.start)]
    return _not_names(facts, s, quoted)


def _add_surnames(
    out: Analysis,
    parsed: dict[int, tuple[Doc, int, list[tuple[int, int]], bool]],
    sentences: list[Sentence],
) -> None:
    """Adds the surnames said alone of the people the analysed sentences name in full,
    where the recogniser tagged nothing (``surnames``), kept as the sentence's other
    facts are (``parsed``: each sentence's parse, dateline or sign-off length, quotations and
    whether it is a notice)."""
    people = full_names(f for fs in out.facts.values() for f in fs)
    if not people:
        return
    common = {w for s in sentences for w in re.findall(r"\b[a-z]+\b", s.text)}
    for i, (doc, opening, quoted, notice) in parsed.items():
        s = sentences[i]
        found = lone_surnames(doc, i, s.start, people, common)
        found = _kept(found, s, opening, quoted, notice)
        if found:
            out.facts[i] = out.facts[i] + found


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


def _one_voice(out: Analysis, text: str, sentences: list[Sentence]) -> None:
    """One quotation over several sentences has one speaker: the one a sentence it runs
    through names ("“… . Cancel order!” Mr. Trump wrote"). Pieces under three words
    are kept only as part of a longer quotation, or when their sentence names who said
    them ("called the closure “a disgrace”")."""
    if not text:
        for i, qs in out.quotes.items():
            out.quotes[i] = [q for q in qs if len(q.text.split()) >= 3]
        return
    starts = [
        s.start for k, s in enumerate(sentences) if k and s.paragraph != sentences[k - 1].paragraph
    ]
    bounds = quote_spans(text, starts)
    chain = _run_on(bounds, text)
    groups: dict[int, list[Quote]] = {}
    quotation: dict[int, int] = {}  # a quote's start -> the quotation it is in, else -1
    for qs in out.quotes.values():
        for q in qs:
            k = next((chain[n] for n, (a, b) in enumerate(bounds) if a <= q.start < b), -1)
            quotation[q.start] = k
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
            k = quotation[q.start]
            alone = k < 0 or len(groups.get(k, [])) < 2
            start = sentences[q.sentence].start if q.sentence < len(sentences) else 0
            if alone and len(q.text.split()) < 3 and not _said_short(q, text, start):
                continue
            who = speaker_of.get((q.sentence, q.start), q.speaker)
            kept.append(Quote(q.text, who, q.start, q.end, q.sentence, q.own))
        out.quotes[i] = kept


_AS_WORD = re.compile(
    r"(?:\b(?:words?|terms?|phrases?|expressions?|labels?|slogans?|so[- ]called|defines?"
    r"|defined\s+as)|['’]s)\W*$",
    re.IGNORECASE,
)
"""What tells that quotation marks hold a word discussed as a word ("the word",
"so-called", "defines") or someone else's phrase ("the mayor's")."""
_OPENING = " \t“\"«„'"


def _said_short(q: Quote, text: str, start: int) -> bool:
    """Whether a quote of a word or two (not part of a longer quotation) is speech: its
    sentence (from ``start``) names who said it, and it is no word discussed as a word
    ("the word “closure”", "so-called “savings”", "defines “force majeure”"), no one
    else's phrase ("the mayor's “efficiency drive”") and no name in title case inside
    the sentence ("called the plan “Project Tide”"; "“Disgraceful,” said …" opens its
    sentence and "replied: “Yes.”" follows a colon)."""
    if not (q.own and q.speaker):
        return False
    before = text[start : q.start].rstrip(_OPENING)
    if _AS_WORD.search(before):
        return False
    return not before or before.endswith(":") or not is_title(q.text.split())


def _opened(sentence: str, opening: int) -> str:
    """A sentence as the model reads it without its dateline or a sign-off run into it
    (``opening`` characters, blanked so that offsets hold): "WESTON, Norland (AP) —
    Davin Morrow was charged" parsed whole makes "WESTON" what was charged."""
    return " " * opening + sentence[opening:] if opening else sentence


def _unmarked(sentence: str) -> str:
    """A sentence as the model reads it: a straight quotation mark that closes the
    sentence before, moved to the start of this one with a space after it (NewsEdits
    stores wire copy so: '" Pia Lomardi, 71, was driven out …'), written as the closing
    mark it is, which hides no name after it from the recogniser; a line break inside
    it read as a space (NewsEdits breaks lines where its splitter wrongly ended a
    sentence: "on Aug.\n6", "PG&\nE"); the length is kept."""
    moved = sentence[:1] == '"' and sentence[1:2].isspace() and sentence.count('"') % 2 == 1
    sentence = sentence.replace("\n", " ")
    return "”" + sentence[1:] if moved else sentence  # an odd mark: it closes, none opens


_REOPENED = re.compile(r"[ \t]*\n\s*[“\"«„]")
"""A line break, then a quotation mark that opens the next paragraph."""


def _run_on(bounds: list[tuple[int, int]], text: str) -> list[int]:
    """For each quoted span, the first span of the quotation it belongs to: a span left
    open at the end of its paragraph, the next paragraph opening with a quotation mark,
    runs on into that paragraph's span (wire style: "“I have served this city for
    twenty years.\n“It is time for someone else to lead,” Mayor Marrow said." is one
    quotation, Marrow's)."""
    chain = list(range(len(bounds)))
    for k in range(1, len(bounds)):
        end, start = bounds[k - 1][1], bounds[k][0]
        if _REOPENED.fullmatch(text, end, start):
            chain[k] = chain[k - 1]
    return chain


def expand_speakers(analysis: Analysis, text: str) -> None:
    """Speakers by their fullest name: initials spelled out, a surname alone expanded, a
    description by title ("the president") read as the person the text gives that
    title."""
    for i, quotes in analysis.quotes.items():
        analysis.quotes[i] = [
            Quote(
                q.text,
                _fullest(q, text),
                q.start,
                q.end,
                q.sentence,
                q.own,
            )
            for q in quotes
        ]


def _fullest(q: Quote, text: str) -> str:
    """One quote's speaker by the fullest name ``text`` gives: initials spelled out
    ("NCRPO" -> "National Capital Region Police Office"), a surname expanded, a title
    read as its person; no one for a bare word of some of a group with no group said
    ("Another added:", "One said"), read after the expansion ("Most said" of "Anna
    Most" is her); a description by age or apposition as its person (``described``)."""
    speaker = aliases.spelled_out(q.speaker, text) or q.speaker
    speaker = described(speaker, text, q.start) or speaker  # "the 52-year-old"
    speaker = plain_name(titled(full_name(speaker, text, q.start, q.end), text, q.start))
    return "" if speaker.casefold() in _SOME_OF else speaker


_SOME_OF = frozenset({"one", "another", "others"})
