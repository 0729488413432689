"""Changes between two versions, said as facts.

Facts are extracted only from sentences that changed (edited, split, merged, moved
with edits, added, removed) and the two sentences before each (for who is speaking),
never from the whole text. They are matched in two rounds:

1. Inside each link (the OLD and NEW sentences the aligner paired): a number whose
   counted thing is the same but whose value changed is an *update* ("a ballistic
   missile" -> "two ballistic missiles"), and so is a count that changed with its
   noun in one place ("a projectile" -> "two missiles": ``facts.count_pairs``), as
   are a changed amount, percentage, date, quote (same speaker), speaker (same
   quote), attribution or a re-spelled name; the same figure of another noun is no
   update. A changed link with no fact change is *rewording*, or *trivial* when only
   punctuation, capitals or one word's spelling changed.
2. Across the document, what is left, with the facts of added and removed sentences:
   numbers of the same thing pair up as updates; the rest are *additions* and
   *removals*, unless the other version says the same thing elsewhere. A name is new
   only if the other version never mentions it under any of its forms (a surname
   alone, initials, an alias: ``facts.aliases``); who is quoted or cited is
   ``facts.voices``.
3. Claims (``facts.claims``): added and removed sentences, and edits that flip a
   negation, change certainty or narrow alternatives, or that change the main
   verb or object into another news event or group (``facts.predicates``).

When NEW carries a correction notice that OLD lacks, the updates it names become
*corrections* (``facts.corrections``).
"""

from __future__ import annotations

import datetime as dt

from storydiff.config import MAX_SENTENCE_CHARS
from storydiff.diff.align import Alignment, Link, Role
from storydiff.facts import (
    aliases,
    claims,
    corrections,
    count_pairs,
    demonyms,
    flipped,
    predicates,
    resolved,
    restated,
    said_once,
    units,
)
from storydiff.facts.aliases import same_entity
from storydiff.facts.analysis import Analysis, analyse, expand_speakers
from storydiff.facts.attributions import is_citation
from storydiff.facts.builder import Builder, Pending, Versions, is_trivial, text_of
from storydiff.facts.context import selected
from storydiff.facts.counted import ANY_COUNT, PEOPLE, tolled
from storydiff.facts.datelines import dateline, dateline_end
from storydiff.facts.edit_claims import edited, sides
from storydiff.facts.extract import CORRECTION
from storydiff.facts.figure_pairs import moved_from, rewritten_figures, shares_of_one
from storydiff.facts.link_round import match_link
from storydiff.facts.model import Change, ChangeKind, Fact
from storydiff.facts.name_forms import abridged, locator, shorter_forms, with_country
from storydiff.facts.names import (
    in_dateline,
    mentions,
    norm,
    surname_said,
)
from storydiff.facts.not_news import (
    a_law,
    before_a_name,
    converted,
    form_said,
    measured,
    part_of_person,
    scope_only,
    value_said,
)
from storydiff.facts.one_sided import figures_only, one_sided
from storydiff.facts.quote_pairs import pair_pending
from storydiff.facts.respelled import respelled_people
from storydiff.facts.single_marks import read_marks, restore_marks
from storydiff.facts.spellings import (
    days_spelled,
    figures_of,
)
from storydiff.facts.voices import hold_one_sided, quoted, voices
from storydiff.text.sentences import Sentence


def _document_round(pending: Pending, v: Versions, out: Builder) -> None:
    """Across the document: numbers of one thing in rewritten sentences
    (``facts.count_pairs``), one quotation in sentences left apart
    (``facts.quote_pairs``), then who is quoted or cited, then every other fact only
    one version states."""
    count_pairs.document_counts(pending, out, v)
    rewritten_figures(pending, out, v)
    shares_of_one(pending, out, v)
    moved_from(pending, out, v)
    respelled_people(pending, v, out)
    pair_pending(pending, v, out)
    sources = voices(pending, v, out)
    _one_sided(pending, v, sources, out)


def _one_sided(pending: Pending, v: Versions, sources: dict[str, set[str]], out: Builder) -> None:
    """Every other fact: an addition or removal unless the other version says it too
    (under any of its names)."""
    old, new, old_text, new_text = v.old, v.new, v.old_text, v.new_text
    attributed = {  # cited: the attribution's change names it
        a.source
        for an in (old, new)
        for attrs in an.attributions.values()
        for a in attrs
        if not a.person and is_citation(a)
    }
    speakers = {q.speaker for an in (old, new) for qs in an.quotes.values() for q in qs}
    facts_kind: ChangeKind
    for facts_kind, facts, other_text, quotes in (
        ("addition", pending.new, old_text, pending.new_quotes),
        ("removal", pending.old, new_text, pending.old_quotes),
    ):
        days = days_spelled(other_text)  # "Dec. 24" is "24 December"
        figures = figures_of(new if facts_kind == "removal" else old, other_text)
        quoted = [(q.start, q.end) for q in quotes]
        people = {f.value for f in facts if f.kind == "person"} | {q.speaker for q in quotes}
        reported: set[tuple[str, str, str]] = set()
        names: list[str] = []  # entities reported on this side, for their other names
        updated = _updated(out, facts_kind)  # "the two missiles" again, after an update
        own_text = new_text if facts_kind == "addition" else old_text
        own = new if facts_kind == "addition" else old
        places = {g.value for fs in own.facts.values() for g in fs if g.kind == "place"}
        others = [
            (g.kind, g.value) for g in (pending.old if facts_kind == "addition" else pending.new)
        ]
        for f in sorted(facts, key=lambda f: f.start):  # the first mention stands for all
            if f.weak or (f.measure and not measured(f, v.sole[facts_kind == "addition"])):
                continue
            if (f.kind, f.subject, f.value) in reported:
                continue
            if {(f.kind, f.subject, f.value), (f.kind, tolled(f.subject), f.value)} & updated:
                continue
            reported.add((f.kind, f.subject, f.value))
            if f.kind in ("person", "organization", "place"):
                if (
                    mentions(other_text, f.value)
                    or f.value in attributed
                    or f.value in speakers
                    or aliases.mentioned(f.value, other_text)
                    or aliases.mentioned(with_country(f.value, own_text, f.start), other_text)
                    or (f.kind == "place" and demonyms.as_adjective(f.value, other_text))
                    or (
                        f.kind == "place"
                        and locator(f.start, f.end, (own_text, other_text), places)
                    )
                    or any(
                        mentions(other_text, form) or any(same_entity(form, n) for n in names)
                        for form in aliases.declared(f.value, own_text)
                    )  # "X, known by his nom de guerre Y": one entity, however reported
                    or any(
                        form_said(form, other_text) or aliases.mentioned(form, other_text)
                        for form in shorter_forms(f.value)
                    )
                    or in_dateline(f, new_text if facts_kind == "addition" else old_text)
                    or any(same_entity(f.value, name) for name in names)
                    or any(k == f.kind and abridged(f.value, g) for k, g in others)
                    or part_of_person(f, people, sources[facts_kind])
                    or before_a_name(f, facts, own_text)
                    or a_law(f)
                    or scope_only(f, own_text)
                    or any(a <= f.start and f.end <= b for a, b in quoted)
                ):
                    continue
                if f.kind == "person" and (
                    any(f.value in s or s in f.value for s in sources[facts_kind])
                    or surname_said(other_text, f.value)
                ):
                    continue
                names.append(f.value)
            elif value_said(f, other_text, days, figures, own_text) or _not_news(
                f, own_text, own, quoted
            ):
                continue
            out.one_side(facts_kind, f.kind, f.subject, f.text, f.value, f.sentence)


def _not_news(f: Fact, own_text: str, own: Analysis, quoted: list[tuple[int, int]]) -> bool:
    """A value that is no news of its own: a count of nothing named, an amount said
    again in another currency ("85 million crowns ($9.2 million)"), how many sources a
    citation names ("according to two officials": the citation's change; not "Two
    officials said", whose count may be all its sentence tells), or words of a
    quote."""
    return (
        (f.kind == "quantity" and not f.subject)
        or converted(f, own_text)
        or (f.measure and units.bracketed(f.start, f.end, own_text))
        or any(f.text in a.text and is_citation(a) for a in own.attributions.get(f.sentence, []))
        or any(a <= f.start and f.end <= b for a, b in quoted)
    )


def _updated(out: Builder, side: ChangeKind) -> set[tuple[str, str, str]]:
    """The facts updates have already said on one ``side`` (an "addition" side is
    NEW's): "the two missiles" again, after "a projectile" -> "two missiles"; a toll's
    figure of a count of people ("17 hurt" after "14 others" -> "17 others")."""
    return {
        (c.fact, subject, c.after_value if side == "addition" else c.before_value)
        for c in out.changes
        if c.kind == "update"
        for subject in ((c.subject, ANY_COUNT) if c.subject in PEOPLE else (c.subject,))
    }


def _rewordings(alignment: Alignment, v: Versions, out: Builder) -> None:
    """A changed link that no fact change touches is a rewording (or trivial). Edits
    inside the dateline are the dateline's."""
    old_sents, new_sents, old_text, new_text = v.old_sents, v.new_sents, v.old_text, v.new_text
    old_touched = {i for c in out.changes for i in c.old_sentences}
    new_touched = {j for c in out.changes for j in c.new_sentences}
    old_end = dateline_end(old_sents[0].text) if old_sents else 0
    new_end = dateline_end(new_sents[0].text) if new_sents else 0
    for link in alignment.links:
        if not link.changed or old_touched & set(link.old) or new_touched & set(link.new):
            continue
        ops = [
            op for op in link.ops
            if op.tag != "equal"
            and not (link.old[0] == 0 and op.old_end <= old_end and op.new_end <= new_end)
        ]  # fmt: skip
        if not ops:
            continue
        kind: ChangeKind = "trivial" if is_trivial(link, old_text, new_text) else "rewording"
        out.add(
            kind, "text", "", text_of(old_sents, link.old), text_of(new_sents, link.new),
            old_sentences=link.old, new_sentences=link.new,
        )  # fmt: skip


def _claims(
    alignment: Alignment, v: Versions, out: Builder, boxes: tuple[set[int], set[int]]
) -> None:
    """Claims (``facts.claims``): every added and removed sentence that is no new or
    dropped quote (its facts are listed too: the claim says what the sentence tells)
    nor part of a dated box set into the story (``boxes``), and edits that change what
    a sentence asserts, unless a quote change covers them."""
    old_sents, new_sents, old_text, new_text = v.old_sents, v.new_sents, v.old_text, v.new_text
    quoted_old, quoted_new = quoted(out.changes, old_sents, new_sents)
    quoted_old |= boxes[0]
    quoted_new |= boxes[1]
    touched = (
        {i for c in out.changes for i in c.old_sentences},
        {j for c in out.changes for j in c.new_sentences},
    )
    frames = (v.old.frames, v.new.frames)
    out.changes += one_sided(
        alignment, old_sents, new_sents, touched, (quoted_old, quoted_new), (old_text, new_text),
        lambda removed, added: flipped.updated_pairs(v, removed, added, frames),
        figures_only(out.changes),
    )  # fmt: skip
    for link in alignment.links:
        if link.changed and not (quoted_old & set(link.old) or quoted_new & set(link.new)):
            change = resolved.linked(link, old_sents, new_sents, frames) or edited(
                link, old_text, new_text
            )  # "have not found the source" -> "found the source, a cracked valve": resolved
            if change is None and not (touched[0] & set(link.old) or touched[1] & set(link.new)):
                change = _main_clause(link, v)
            if change is not None and not restated.clause_said(
                change, old_sents, new_sents, out.changes
            ):
                out.changes.append(change)


def _main_clause(link: Link, v: Versions) -> Change | None:
    """A claim update for an edit that changed its sentence's main verb or object
    (``facts.predicates``), with the changed words and a few around them."""
    what = predicates.what_changed(link, v.old.frames, v.new.frames)
    if not what:
        return None
    _, _, before, after = sides(link, v.old_text, v.new_text)
    return Change(
        "update", "claim", what, before, after, before, after, list(link.old), list(link.new)
    )


ORDER = {"correction": 0, "update": 1, "addition": 2, "removal": 3, "rewording": 4, "trivial": 5}
FACT_ORDER = [
    "headline", "byline", "dateline", "quantity", "money", "percent", "speaker", "quote", "source",
    "attribution", "person", "organization", "place", "date", "claim", "text",
]  # fmt: skip
_VOICES = {"speaker", "quote", "source", "attribution"}


def rank(c: Change) -> tuple[int, int, int, list[int]]:
    """Corrections, updates, the headline and the byline first, then who is quoted or
    cited, then the rest."""
    first = c.kind in ("correction", "update") or c.fact in ("headline", "byline")
    group = 0 if first else 1 if c.fact in _VOICES else 2
    return group, ORDER[c.kind], FACT_ORDER.index(c.fact), c.new_sentences or c.old_sentences


def find_changes(
    alignment: Alignment,
    old_sents: list[Sentence],
    new_sents: list[Sentence],
    old_text: str,
    new_text: str,
    old_title: str | None,
    new_title: str | None,
    old_published: dt.date | None = None,
    new_published: dt.date | None = None,
) -> tuple[list[Change], list[str]]:
    """Every change between two aligned versions, as facts, and notes on what was
    not analysed. With publication dates, relative days are read as weekdays. A
    version that quotes speech in single marks ('…,' said X) is read with double ones
    (``single_marks``), and its words are shown with its own."""
    old_text, old_sents, old_single = read_marks(old_text, old_sents)  # as written, or ""
    new_text, new_sents, new_single = read_marks(new_text, new_sents)
    changes, notes = _find_changes(
        alignment, (old_sents, new_sents), (old_text, new_text), (old_title, new_title),
        (old_published, new_published),
    )  # fmt: skip
    restore_marks(changes, old_single, new_single)
    return changes, notes


def _find_changes(
    alignment: Alignment,
    sents: tuple[list[Sentence], list[Sentence]],
    texts: tuple[str, str],
    titles: tuple[str | None, str | None],
    published: tuple[dt.date | None, dt.date | None],
) -> tuple[list[Change], list[str]]:
    old_sents, new_sents = sents
    old_text, new_text = texts
    old_title, new_title = titles
    old_published, new_published = published
    notes: list[str] = []
    old_box = claims.embedded_boxes(alignment.old_roles, old_sents, Role.REMOVED)
    new_box = claims.embedded_boxes(alignment.new_roles, new_sents, Role.ADDED)
    for box, side in ((old_box, "removed"), (new_box, "added")):
        if box:
            notes.append(
                f"a dated box of {len(box)} sentence(s) set into the story was {side}"
                " (reader service with its own 'Updated' stamp): its facts are not listed"
            )
    old = analyse(
        old_sents,
        [i for i in selected(alignment.old_roles, alignment.links, alignment.old_link, old_sents)
         if i not in old_box],
        old_text,
        old_published,
    )  # fmt: skip
    new = analyse(
        new_sents,
        [j for j in selected(alignment.new_roles, alignment.links, alignment.new_link, new_sents)
         if j not in new_box],
        new_text,
        new_published,
    )  # fmt: skip
    expand_speakers(old, old_text)
    expand_speakers(new, new_text)
    if old.skipped or new.skipped:
        skipped = old.skipped + new.skipped
        limit = MAX_SENTENCE_CHARS
        notes.append(f"{skipped} sentence(s) over {limit} characters were not analysed for facts")
    out = Builder()
    sole = (frozenset(i for i, r in enumerate(alignment.old_roles) if r == Role.REMOVED),
            frozenset(j for j, r in enumerate(alignment.new_roles) if r == Role.ADDED))  # fmt: skip
    versions = Versions(old, new, old_sents, new_sents, old_text, new_text, sole)
    pending = Pending()
    for link in alignment.links:
        if link.changed:
            marks = (len(out.changes), len(pending.old), len(pending.new))
            match_link(link, versions, out, pending)
            count_pairs.pair_link(link, versions, out, pending, marks)
    hold_one_sided(alignment, versions, out, pending)
    _document_round(pending, versions, out)
    a, b = dateline(old_text), dateline(new_text)
    if a and b and a != b and old_sents and new_sents:  # one copy without it: its format
        out.add("update", "dateline", "", a, b, a, b, [0], [0])
    old_head = old_title if old_title and old_title.strip() else None  # "" is no headline
    new_head = new_title if new_title and new_title.strip() else None
    if (old_head or new_head) and norm(old_head or "") != norm(new_head or ""):
        kind: ChangeKind = (
            "update" if old_head and new_head else "addition" if new_head else "removal"
        )
        out.add(kind, "headline", "", old_head, new_head)
    _claims(alignment, versions, out, (old_box, new_box))
    _rewordings(alignment, versions, out)
    changes = said_once.once(out.changes, versions)
    if not CORRECTION.search(old_text):
        note = corrections.mark(changes, new_sents, new_text)
        notes += [note] if note else []
    changes.sort(key=rank)
    return changes, notes
