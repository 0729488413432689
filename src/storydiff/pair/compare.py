"""Compare two versions of an article: the ``storydiff.compare`` entry point."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from storydiff.config import FACTS_MAX_CHARS, CompareConfig
from storydiff.diff.align import Alignment, Role, align
from storydiff.diff.order import Order, infer_order
from storydiff.diff.relation import Relation, Verdict, relate
from storydiff.diff.words import WordOp, long_span, word_diff
from storydiff.document import Document
from storydiff.errors import MissingExtraError
from storydiff.facts.bylines import byline_changes, text_byline
from storydiff.facts.changes import find_changes, rank
from storydiff.facts.model import Change
from storydiff.ingest.plain import parse_datetime
from storydiff.text.language import detect_language
from storydiff.text.sentences import Sentence, split_sentences
from storydiff.text.tokens import tokenize, words


@dataclass(slots=True, frozen=True)
class HeadlineDiff:
    """The two headlines, compared on their own (ops index into the titles)."""

    old: str | None
    new: str | None
    ops: list[WordOp]

    @property
    def changed(self) -> bool:
        return (self.old is None) != (self.new is None) or any(op.tag != "equal" for op in self.ops)


@dataclass(slots=True)
class Comparison:
    """Everything storydiff knows about two versions of an article."""

    old: Document
    new: Document
    old_sentences: list[Sentence]
    new_sentences: list[Sentence]
    alignment: Alignment
    headline: HeadlineDiff | None
    relation: Relation
    order: Order
    changes: list[Change] = field(default_factory=list)
    """What changed, as facts, most important first (``Change.hidden`` marks rewording
    and trivial edits, which summaries leave out by default)."""
    notes: list[str] = field(default_factory=list)
    """Why something was not done (facts skipped for another language, and so on)."""

    @property
    def has_differences(self) -> bool:
        """False only when the texts and headlines are the same after normalisation."""
        return self.relation.verdict is not Verdict.IDENTICAL

    def counts(self) -> dict[str, int]:
        """How many sentences have each role (OLD's for removed, NEW's for the rest;
        split and merged count the single sentence of the group)."""
        old = Counter(self.alignment.old_roles)
        new = Counter(self.alignment.new_roles)
        return {
            Role.UNCHANGED: new[Role.UNCHANGED],
            Role.EDITED: new[Role.EDITED],
            Role.MOVED: new[Role.MOVED],
            Role.ADDED: new[Role.ADDED],
            Role.REMOVED: old[Role.REMOVED],
            Role.SPLIT: old[Role.SPLIT],
            Role.MERGED: new[Role.MERGED],
        }


def _headline(old: str | None, new: str | None) -> HeadlineDiff | None:
    if old is None and new is None:
        return None
    a, b = old or "", new or ""
    return HeadlineDiff(old, new, word_diff(tokenize(a), (0, len(a)), tokenize(b), (0, len(b))))


def compare(
    old: Document | str, new: Document | str, config: CompareConfig | None = None
) -> Comparison:
    """Align two versions sentence by sentence and say how they relate.

    Args:
        old: the version taken as the base (a Document, or plain text).
        new: the version compared against it.
        config: thresholds; ``storydiff.config.DEFAULT_COMPARE`` when omitted.

    Examples:
        >>> c = compare("Two ships sank. Rain fell.", "Three ships sank. Rain fell.")
        >>> c.relation.verdict.value, c.counts()["edited"], c.counts()["unchanged"]
        ('same_story', 1, 1)
    """
    config = config or CompareConfig()
    old_doc = old if isinstance(old, Document) else Document(text=old)
    new_doc = new if isinstance(new, Document) else Document(text=new)
    for doc in (old_doc, new_doc):
        if doc.language is None:
            doc.language = detect_language(doc.text)
    old_sents, new_sents = split_sentences(old_doc.text), split_sentences(new_doc.text)
    alignment = align(old_sents, new_sents, config.align)
    headline = _headline(old_doc.title, new_doc.title)
    same_text = len(old_sents) == len(new_sents) and all(
        r is Role.UNCHANGED for r in alignment.old_roles
    )
    identical = same_text and not (headline and headline.changed)
    relation = relate(old_doc.text, new_doc.text, alignment, identical, config.relation)
    order = _order(old_doc, new_doc, old_sents, new_sents, alignment, config)
    comparison = Comparison(
        old_doc, new_doc, old_sents, new_sents, alignment, headline, relation, order
    )
    note = _long_span_note(alignment, old_sents, new_sents)
    if note:
        comparison.notes.append(note)
    if config.facts and comparison.has_differences:
        _add_facts(comparison, config.facts_max_chars)
    return comparison


def _order(
    old: Document,
    new: Document,
    old_sents: list[Sentence],
    new_sents: list[Sentence],
    alignment: Alignment,
    config: CompareConfig,
) -> Order:
    return infer_order(
        old.published,
        new.published,
        alignment=alignment,
        old_sentences=old_sents,
        new_sentences=new_sents,
        old_text=old.text,
        new_text=new.text,
        config=config.order,
        updated=(updated_at(old), updated_at(new)) if _one_page(old, new) else (None, None),
    )


def _one_page(old: Document, new: Document) -> bool:
    """Whether two documents may be captures of one page: no two URLs or outlets they
    name differ. A page's "updated" stamp orders its own captures; two outlets' stamps
    say nothing of which text came first (a CMS touches a page without a new text)."""
    urls = {d.url for d in (old, new) if d.url}
    outlets = {d.outlet.casefold() for d in (old, new) if d.outlet}
    return len(urls) <= 1 and len(outlets) <= 1


def updated_at(doc: Document) -> datetime | None:
    """When the document's page says it was last changed (``metadata["updated"]``: an
    HTML page's modification stamp, a text's front matter ``updated:``), if readable."""
    value = doc.metadata.get("updated")
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or ":" not in value:  # a day alone is no time of change
        return None
    return parse_datetime(value)


def order_of(
    old: Document,
    new: Document,
    old_sents: list[Sentence],
    new_sents: list[Sentence],
    config: CompareConfig | None = None,
) -> Order:
    """``compare(old, new, config).order`` from the two texts' sentences
    (``split_sentences``), split once by a caller that orders many pairs: the
    alignment and the order evidence only, no language, relation or facts."""
    config = config or CompareConfig()
    alignment = align(old_sents, new_sents, config.align)
    return _order(old, new, old_sents, new_sents, alignment, config)


def _long_span_note(
    alignment: Alignment, old_sents: list[Sentence], new_sents: list[Sentence]
) -> str | None:
    """A note when a changed sentence was too long for the exact word diff."""
    for link in alignment.links:
        if not link.changed:
            continue
        old = [t for i in link.old for t in old_sents[i].tokens]
        new = [t for j in link.new for t in new_sents[j].tokens]
        if long_span(old, new):
            return (
                f"a changed sentence of {len(words(old)):,} words (now {len(words(new)):,}) was "
                "compared on "
                "its words alone, between words found once in each version: the word diff "
                "is bounded in time, and spacing changes inside it are not shown"
            )
    return None


ENGLISH_LIKE = {"en", "pcm", "sco"}
"""Languages whose texts the English pipeline reads: py3langid sometimes labels plain
English news as Nigerian Pidgin (pcm) or Scots (sco)."""


def _add_facts(c: Comparison, max_chars: int = FACTS_MAX_CHARS) -> None:
    languages = {lang for lang in (c.old.language, c.new.language) if lang}
    if languages - ENGLISH_LIKE:
        found = ", ".join(sorted(languages))
        c.notes.append(f"facts skipped: they are read in English only, and the text is in {found}")
        return
    longest = max(len(c.old.text), len(c.new.text))
    if longest > max_chars:
        c.notes.append(
            f"facts skipped: a text of {longest:,} characters is over the facts limit of "
            f"{max_chars:,} (the sentence comparison is complete)"
        )
        return
    try:
        c.changes, notes = find_changes(
            c.alignment,
            c.old_sentences,
            c.new_sentences,
            c.old.text,
            c.new.text,
            c.old.title,
            c.new.title,
            c.old.published.date() if c.old.published else None,
            c.new.published.date() if c.new.published else None,
        )
    except MissingExtraError as exc:
        c.notes.append(f"facts skipped: {exc}")
        return
    authors = tuple(
        d.metadata.get("author") or text_byline(d.text) for d in (c.old, c.new)
    )  # the page's or front matter's author, else a byline line in the text
    c.changes = sorted(c.changes + byline_changes(*authors), key=rank)  # stable: as found
    c.notes.extend(notes)
