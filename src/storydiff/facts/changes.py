"""Changes between two versions, said as facts.

Facts are extracted only from sentences that changed (edited, split, merged, moved
with edits, added, removed) and the two sentences before each (for who is speaking),
never from the whole text. They are matched in two rounds:

1. Inside each link (the OLD and NEW sentences the aligner paired): a number whose
   counted thing is the same but whose value changed is an *update* ("a ballistic
   missile" -> "two ballistic missiles"), as are a changed amount, percentage, date,
   quote (same speaker), speaker (same quote), attribution or a re-spelled name.
   A changed link with no fact change is *rewording*, or *trivial* when only
   punctuation, capitals or one word's spelling changed.
2. Across the document, what is left, with the facts of added and removed sentences:
   numbers of the same thing pair up as updates; the rest are *additions* and
   *removals*, unless the other version says the same thing elsewhere. A name is new
   only if the other version never mentions it (a surname alone counts as a mention,
   so "Kim" after "Kim Jong Un" is no new person); a speaker quoted for the first
   time is a new *source*.

When NEW carries a correction notice that OLD lacks, updates become *corrections*.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from storydiff.diff.align import Alignment, Link, Role
from storydiff.facts import aliases, claims
from storydiff.facts.extract import CORRECTION, STAMP, TAGLINE, extract
from storydiff.facts.model import Change, ChangeKind, Fact, FactKind
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

MAX_SENTENCE_CHARS = 5000
"""Longer "sentences" (tables, run-on lists) are not parsed: spaCy's cost grows with
them and they carry no readable facts."""
CONTEXT_BEFORE = 2
_DATELINE = re.compile(r"^\W*([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*)(?=,|\s*\(|\s+[—–-])")
_PUNCT = re.compile(r"[^\w]+")
_QUOTE_CHARS = '“”"«»„'


@dataclass(slots=True)
class Analysis:
    """What the NLP found in the analysed sentences of one version."""

    facts: dict[int, list[Fact]] = field(default_factory=dict)
    quotes: dict[int, list[Quote]] = field(default_factory=dict)
    attributions: dict[int, list[Attribution]] = field(default_factory=dict)
    skipped: int = 0


def _selected(roles: list[Role], links: list[Link], link_of: list[int | None]) -> list[int]:
    changed = set()
    for i, role in enumerate(roles):
        k = link_of[i]
        if role in (Role.ADDED, Role.REMOVED) or (k is not None and links[k].changed):
            changed.add(i)
    keep: set[int] = set()
    for i in changed:
        keep.update(range(max(0, i - CONTEXT_BEFORE), i + 1))
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


def analyse(sentences: list[Sentence], indices: list[int], text: str = "") -> Analysis:
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
    dateline_end = _dateline_end(sentences[0].text) if sentences else 0
    for i, doc in zip(todo, nlp.pipe(sentences[i].text for i in todo), strict=True):
        s = sentences[i]
        if i != prev + 1:
            last_speaker, last_person = "", ""
        notice = CORRECTION.search(s.text) or TAGLINE.search(s.text)
        facts = [] if notice else extract(doc, i, s.start).facts
        if STAMP.search(s.text):
            facts = [f for f in facts if f.kind != "date"]
        if i == 0 and dateline_end:
            facts = [f for f in facts if f.start >= s.start + dateline_end]
        out.facts[i] = facts
        quoted = spans.get(i) if text else None
        people = [f.value for f in facts if f.kind == "person"]
        subject = person_subject(doc)
        if subject or (people and not last_person):
            last_person, person_at = subject or people[-1], i
        # "he" is the person named last: the last subject named, or the last speaker
        # when a speech verb named someone since (names the model did not tag).
        recent = last_speaker if speaker_at > person_at else last_person
        said_by = last_speaker
        quotes, last_speaker = find_quotes(doc, i, s.start, last_speaker, quoted, recent)
        if last_speaker != said_by:
            speaker_at = i
        out.quotes[i] = quotes
        out.attributions[i] = find_attributions(doc, i, quoted)
        prev = i
    return out


def _norm(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", text.casefold()).split())


def _mentions(text: str, phrase: str, fuzzy: bool = False) -> bool:
    """Whether ``text`` says ``phrase`` (case and punctuation aside); ``fuzzy`` also
    accepts a one-word phrase spelled within two edits ("goverment")."""
    target = _norm(phrase)
    if not target:
        return False
    hay = _norm(text)
    if target in hay:
        return True
    if fuzzy and " " not in target and len(target) >= 5:
        return any(Levenshtein.distance(target, w) <= 2 for w in set(hay.split()))
    return False


def same_speaker(a: str, b: str) -> bool:
    """One speaker named two ways: "Struzzi" / "Diane Struzzi", "Facebook" / "The
    Facebook"."""
    x, y = _norm(_strip_the(a)), _norm(_strip_the(b))
    if x == y:
        return True
    if not x or not y:
        return False
    return x.split()[-1] == y.split()[-1] and (x in y or y in x)


def _named(speaker: str) -> bool:
    """A speaker with a name ("Eric Holder", "Norland Coastguard"), not a description
    ("analysts", "a woman", "This lawsuit", "sports committee")."""
    words = [w for w in speaker.split() if w.lower() not in ("of", "the", "and", "for", "de")]
    return (
        bool(words)
        and words[0].lower() not in ("this", "a", "an")
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
    )


def _strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _surname(name: str) -> str:
    parts = name.split()
    return parts[-1] if parts else ""


_TITLES = {
    "mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame", "chief", "commander",
    "captain", "capt", "general", "gen", "colonel", "col", "major", "lieutenant", "lt",
    "sergeant", "sgt", "admiral", "president", "minister", "prime", "secretary", "senator",
    "sen", "rep", "governor", "gov", "mayor", "judge", "justice", "director", "chairman",
    "chairwoman", "king", "queen", "prince", "princess", "father", "sister", "rabbi",
    "imam", "bishop", "officer", "inspector", "superintendent", "coach", "ambassador",
    "spokesman", "spokeswoman", "deputy", "vice", "chancellor", "pope", "coastguard",
}  # fmt: skip


def full_name(name: str, text: str) -> str:
    """A surname said alone, expanded to the fullest form the text uses ("Brandt" ->
    "Pieter Brandt"), without titles ("Commander", "Mayor")."""
    if not name or " " in name.strip():
        return name
    best = name
    for m in re.finditer(rf"((?:[A-Z][\w'’.-]*\s+){{1,3}}){re.escape(name)}\b", text):
        given: list[str] = []
        for word in reversed(m.group(1).split()):  # walk left from the surname
            if word.lower().strip(".") in _TITLES:
                break
            given.insert(0, word)
        candidate = " ".join([*given, name])
        if given and len(candidate) > len(best):
            best = candidate
    return best


def _quoted_in(speaker: str, sentences: list[Sentence], analysis: Analysis) -> bool:
    """Whether the version quotes this speaker anywhere."""
    if any(q.speaker == speaker for qs in analysis.quotes.values() for q in qs):
        return True
    surname = _surname(speaker)
    return bool(surname) and any(
        any(c in s.text for c in _QUOTE_CHARS) and re.search(rf"\b{re.escape(surname)}\b", s.text)
        for s in sentences
    )


def _is_trivial(link: Link, old_text: str, new_text: str) -> bool:
    for op in link.ops:
        if op.tag == "equal":
            continue
        a, b = old_text[op.old_start : op.old_end], new_text[op.new_start : op.new_end]
        na, nb = _norm(a), _norm(b)
        if na == nb:
            continue  # punctuation, capitals, spacing
        wa, wb = na.split(), nb.split()
        one_word = len(wa) == len(wb) == 1 and min(len(wa[0]), len(wb[0])) >= 4
        if one_word and Levenshtein.distance(wa[0], wb[0]) <= 2:
            continue  # one word's spelling
        return False
    return True


class _Builder:
    """Collects changes, with the sentences on both sides of each."""

    def __init__(self) -> None:
        self.changes: list[Change] = []

    def add(
        self,
        kind: ChangeKind,
        fact: FactKind,
        subject: str = "",
        before: Fact | str | None = None,
        after: Fact | str | None = None,
        before_value: str = "",
        after_value: str = "",
        old_sentences: Iterable[int] = (),
        new_sentences: Iterable[int] = (),
    ) -> None:
        b_text = before.text if isinstance(before, Fact) else before
        a_text = after.text if isinstance(after, Fact) else after
        if isinstance(before, Fact):
            before_value = before_value or before.value
        if isinstance(after, Fact):
            after_value = after_value or after.value
        self.changes.append(
            Change(kind, fact, subject, b_text, a_text, before_value, after_value,
                   sorted(set(old_sentences)), sorted(set(new_sentences)))
        )  # fmt: skip

    def one_side(
        self, kind: ChangeKind, fact: FactKind, subject: str, text: str, value: str, sentence: int
    ) -> None:
        """An addition (in NEW) or a removal (from OLD) of one fact."""
        if kind == "addition":
            self.add(kind, fact, subject, None, text, "", value, new_sentences=[sentence])
        else:
            self.add(kind, fact, subject, text, None, value, "", old_sentences=[sentence])


@dataclass(slots=True)
class _Pending:
    """Facts not matched inside their link, waiting for the document-wide round."""

    old: list[Fact] = field(default_factory=list)
    new: list[Fact] = field(default_factory=list)
    old_quotes: list[Quote] = field(default_factory=list)
    new_quotes: list[Quote] = field(default_factory=list)
    old_attr: list[Attribution] = field(default_factory=list)
    new_attr: list[Attribution] = field(default_factory=list)


def _match_values(olds: list[Fact], news: list[Fact], out: _Builder, pending: _Pending) -> int:
    """Pair numeric or date facts of one link; returns how many changes it made."""
    made = 0
    olds, news = list(olds), list(news)
    for o in list(olds):  # same thing, same value: nothing changed
        for n in news:
            if o.kind == n.kind and o.subject == n.subject and o.value == n.value:
                olds.remove(o)
                news.remove(n)
                break
    for o in list(olds):  # same thing, new value: an update
        for n in news:
            if o.kind == n.kind and o.subject == n.subject and not (o.weak and n.weak):
                out.add(
                    "update",
                    o.kind,
                    o.subject,
                    o,
                    n,
                    old_sentences=[o.sentence],
                    new_sentences=[n.sentence],
                )
                olds.remove(o)
                news.remove(n)
                made += 1
                break
    strong_o = [f for f in olds if not f.weak]
    strong_n = [f for f in news if not f.weak]
    for kind in ("quantity", "money", "percent", "date"):
        ko = [f for f in strong_o if f.kind == kind]
        kn = [f for f in strong_n if f.kind == kind]
        if len(ko) == len(kn) == 1 and (
            kind != "quantity" or not ko[0].subject or not kn[0].subject
        ):
            o, n = ko[0], kn[0]
            if o.value != n.value and not _finer(o, n):
                # "19.5 million" -> "19.5 million units" is no change
                out.add(
                    "update",
                    o.kind,
                    o.subject or n.subject,
                    o,
                    n,
                    old_sentences=[o.sentence],
                    new_sentences=[n.sentence],
                )
                made += 1
            strong_o.remove(o)
            strong_n.remove(n)
    pending.old += strong_o
    pending.new += strong_n
    return made


def _finer(o: Fact, n: Fact) -> bool:
    """The same date said more or less exactly ("Oct. 28" -> "Oct. 28, 2016")."""
    if o.kind != "date":
        return False
    a, b = set(o.value.split()), set(n.value.split())
    return a <= b or b <= a


def _text_of(sentences: list[Sentence], indices: Iterable[int]) -> str:
    return " ".join(" ".join(sentences[i].text.split()) for i in indices)


def _match_link(
    link: Link,
    old: Analysis,
    new: Analysis,
    old_sents: list[Sentence],
    new_sents: list[Sentence],
    old_text: str,
    new_text: str,
    out: _Builder,
    pending: _Pending,
) -> None:
    o_facts = [f for i in link.old for f in old.facts.get(i, [])]
    n_facts = [f for j in link.new for f in new.facts.get(j, [])]
    values = ("quantity", "money", "percent", "date")
    _match_values(
        [f for f in o_facts if f.kind in values],
        [f for f in n_facts if f.kind in values],
        out,
        pending,
    )
    # Names: a re-spelled name or a changed title is an update; others wait for the
    # document round.
    o_names = [f for f in o_facts if f.kind not in values]
    n_names = [f for f in n_facts if f.kind not in values]
    for o in o_names:
        for n in n_names:
            if (
                o.kind == n.kind == "person"
                and o.value == n.value
                and o.detail
                and n.detail
                and not _same_title(o.detail, n.detail)
            ):
                before, after = f"{o.detail} {o.value}", f"{n.detail} {n.value}"
                out.add(
                    "update",
                    "person",
                    o.value,
                    before,
                    after,
                    before,
                    after,
                    [o.sentence],
                    [n.sentence],
                )
    n_values = {f.value for f in n_names}
    o_values = {f.value for f in o_names}
    o_left = [f for f in o_names if f.value not in n_values]
    n_left = [f for f in n_names if f.value not in o_values]
    for o in list(o_left):
        for n in n_left:
            if o.kind == n.kind and Levenshtein.normalized_similarity(o.value, n.value) >= 0.75:
                out.add(
                    "update",
                    o.kind,
                    "",
                    o,
                    n,
                    old_sentences=[o.sentence],
                    new_sentences=[n.sentence],
                )
                o_left.remove(o)
                n_left.remove(n)
                break
    pending.old += o_left
    pending.new += n_left
    # Quotes: same speaker and words, nothing; same speaker, a quote update; same words,
    # another speaker, a speaker update.
    o_quotes = [q for i in link.old for q in old.quotes.get(i, [])]
    n_quotes = [q for j in link.new for q in new.quotes.get(j, [])]
    for q in list(o_quotes):
        for r in n_quotes:
            same_words = _norm(q.text) == _norm(r.text)
            similar = Levenshtein.normalized_similarity(_norm(q.text), _norm(r.text)) >= 0.8
            one_voice = same_speaker(q.speaker, r.speaker)
            if one_voice and same_words:
                pass
            elif one_voice and q.speaker:
                out.add(
                    "rewording" if claims.same_content(q.text, r.text) else "update",
                    "quote",
                    q.speaker,
                    q.text,
                    r.text,
                    old_sentences=[q.sentence],
                    new_sentences=[r.sentence],
                )
            elif similar and q.speaker and r.speaker:
                out.add(
                    "update",
                    "speaker",
                    "",
                    q.speaker,
                    r.speaker,
                    q.speaker,
                    r.speaker,
                    [q.sentence],
                    [r.sentence],
                )
            else:
                continue
            o_quotes.remove(q)
            n_quotes.remove(r)
            break
    pending.old_quotes += o_quotes
    pending.new_quotes += n_quotes
    # Attributions: one swapped for another is an update.
    o_attr = [a for i in link.old for a in old.attributions.get(i, [])]
    n_attr = [a for j in link.new for a in new.attributions.get(j, [])]
    o_src = {a.source for a in o_attr}
    n_src = {a.source for a in n_attr}
    o_attr = [a for a in o_attr if a.source not in n_src]
    n_attr = [a for a in n_attr if a.source not in o_src]
    if len(o_attr) == len(n_attr) == 1:
        a, b = o_attr[0], n_attr[0]
        out.add(
            "update",
            "attribution",
            "",
            a.text,
            b.text,
            a.source,
            b.source,
            [a.sentence],
            [b.sentence],
        )
    else:
        pending.old_attr += o_attr
        pending.new_attr += n_attr


def _document_round(
    pending: _Pending,
    old: Analysis,
    new: Analysis,
    old_sents: list[Sentence],
    new_sents: list[Sentence],
    old_text: str,
    new_text: str,
    out: _Builder,
) -> None:
    # Numbers of the same thing in rewritten sentences.
    for o in list(pending.old):
        if o.kind != "quantity" or not o.subject:
            continue
        for n in pending.new:
            if n.kind == "quantity" and n.subject == o.subject and n.value != o.value:
                out.add(
                    "update",
                    "quantity",
                    o.subject,
                    o,
                    n,
                    old_sentences=[o.sentence],
                    new_sentences=[n.sentence],
                )
                pending.old.remove(o)
                pending.new.remove(n)
                break
    # Sources: speakers quoted for the first time, or no longer; quotes of speakers
    # quoted in both versions.
    sources: dict[str, set[str]] = {"addition": set(), "removal": set()}
    kind: ChangeKind
    for kind, quotes, other_sents, other in (
        ("addition", pending.new_quotes, old_sents, old),
        ("removal", pending.old_quotes, new_sents, new),
    ):
        said_there = [_norm(p.text) for ps in other.quotes.values() for p in ps]
        other_text = " ".join(s.text for s in other_sents)
        for q in quotes:
            if _norm(q.text) not in said_there and not _mentions(other_text, q.text):
                out.one_side(kind, "quote", q.speaker, q.text, "", q.sentence)
            if (
                _named(q.speaker)
                and q.speaker not in sources[kind]
                and not _quoted_in(q.speaker, other_sents, other)
            ):
                sources[kind].add(q.speaker)
                out.one_side(kind, "source", q.speaker, q.speaker, "", q.sentence)
    # Attributions named in one version only.
    attr_kind: ChangeKind
    for attr_kind, attrs, other_text in (
        ("addition", pending.new_attr, old_text),
        ("removal", pending.old_attr, new_text),
    ):
        seen: set[str] = set()
        for att in attrs:
            if att.source not in seen and not _mentions(other_text, att.source, fuzzy=True):
                seen.add(att.source)
                out.one_side(attr_kind, "attribution", "", att.text, att.source, att.sentence)
    attributed = {
        a.source for an in (old, new) for attrs in an.attributions.values() for a in attrs
    }
    speakers = {q.speaker for an in (old, new) for qs in an.quotes.values() for q in qs}
    # Everything else: an addition or removal unless the other version says it too.
    facts_kind: ChangeKind
    for facts_kind, facts, other_text in (
        ("addition", pending.new, old_text),
        ("removal", pending.old, new_text),
    ):
        reported: set[tuple[str, str]] = set()
        for f in facts:
            if f.weak or (f.kind, f.value) in reported:
                continue
            reported.add((f.kind, f.value))
            if f.kind in ("person", "organization", "place"):
                if (
                    _mentions(other_text, f.value)
                    or f.value in attributed
                    or f.value in speakers
                    or aliases.mentioned(f.value, other_text)
                    or _in_dateline(f, new_text if facts_kind == "addition" else old_text)
                ):
                    continue
                if f.kind == "person" and (
                    any(f.value in s or s in f.value for s in sources[facts_kind])
                    or _mentions(other_text, _surname(f.value))
                ):
                    continue
            elif _mentions(other_text, f.text) or (f.kind == "quantity" and not f.subject):
                continue  # a number that counts nothing named says nothing alone
            out.one_side(facts_kind, f.kind, f.subject, f.text, f.value, f.sentence)


def _same_title(a: str, b: str) -> bool:
    """ "Facebook deputy general counsel" / "deputy general counsel", "writer" /
    "writers": a title said longer or shorter is the same title."""
    x, y = set(_norm(a).split()), set(_norm(b).split())
    return x <= y or y <= x or claims.same_content(a, b)


def _in_dateline(f: Fact, text: str) -> bool:
    """A place in capitals at the very start ("WASHINGTON (AP) --") is the dateline's."""
    return f.start < 60 and f.text.isupper() and text[: f.start].strip(" \n-—–") == ""


def _expand_speakers(analysis: Analysis, text: str) -> None:
    for i, quotes in analysis.quotes.items():
        analysis.quotes[i] = [
            Quote(q.text, full_name(q.speaker, text), q.start, q.end, q.sentence) for q in quotes
        ]


def _rewordings(
    alignment: Alignment,
    old_sents: list[Sentence],
    new_sents: list[Sentence],
    old_text: str,
    new_text: str,
    out: _Builder,
) -> None:
    """A changed link that no fact change touches is a rewording (or trivial). Edits
    inside the dateline are the dateline's."""
    old_touched = {i for c in out.changes for i in c.old_sentences}
    new_touched = {j for c in out.changes for j in c.new_sentences}
    old_end = _dateline_end(old_sents[0].text) if old_sents else 0
    new_end = _dateline_end(new_sents[0].text) if new_sents else 0
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
        kind: ChangeKind = "trivial" if _is_trivial(link, old_text, new_text) else "rewording"
        out.add(
            kind, "text", "", _text_of(old_sents, link.old), _text_of(new_sents, link.new),
            old_sentences=link.old, new_sentences=link.new,
        )  # fmt: skip


def _claims(
    alignment: Alignment,
    old_sents: list[Sentence],
    new_sents: list[Sentence],
    old_text: str,
    new_text: str,
    out: _Builder,
) -> None:
    """Claims (``facts.claims``): every added and removed sentence that is no new or
    dropped quote (its facts are listed too: the claim says what the sentence tells),
    and edits that change what a sentence asserts, unless a quote change covers them."""
    quoted_old = {i for c in out.changes if c.fact == "quote" for i in c.old_sentences}
    quoted_new = {j for c in out.changes if c.fact == "quote" for j in c.new_sentences}
    out.changes += [
        c
        for c in claims.one_sided(alignment, old_sents, new_sents)
        if not (quoted_old & set(c.old_sentences) or quoted_new & set(c.new_sentences))
    ]
    for link in alignment.links:
        if link.changed and not (quoted_old & set(link.old) or quoted_new & set(link.new)):
            change = claims.edited(link, old_text, new_text)
            if change is not None:
                out.changes.append(change)


def _dateline(text: str) -> str | None:
    m = _DATELINE.match(text[:200])
    return m.group(1).strip() if m else None


_DATELINE_PREFIX = re.compile(
    r"^\W*[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*"  # KESTREL BAY
    r"(?:,[^(—–]{0,40})?"  # , Norland
    r"\s*(?:\([^)]{1,30}\))?\s*[—–-]+\s*"  # (MPA) —
)


def _dateline_end(text: str) -> int:
    """Length of the dateline prefix ("KESTREL BAY, Norland (MPA) — "), else 0."""
    if _dateline(text) is None:
        return 0
    m = _DATELINE_PREFIX.match(text[:200])
    return m.end() if m else 0


ORDER = {"correction": 0, "update": 1, "addition": 2, "removal": 3, "rewording": 4, "trivial": 5}
FACT_ORDER = [
    "headline", "dateline", "quantity", "money", "percent", "speaker", "quote", "source",
    "attribution", "person", "organization", "place", "date", "claim", "text",
]  # fmt: skip
_VOICES = {"speaker", "quote", "source", "attribution"}


def _rank(c: Change) -> tuple[int, int, int, list[int]]:
    """Corrections and updates first, then who is quoted or cited, then the rest."""
    group = 0 if c.kind in ("correction", "update") else 1 if c.fact in _VOICES else 2
    return group, ORDER[c.kind], FACT_ORDER.index(c.fact), c.new_sentences or c.old_sentences


def find_changes(
    alignment: Alignment,
    old_sents: list[Sentence],
    new_sents: list[Sentence],
    old_text: str,
    new_text: str,
    old_title: str | None,
    new_title: str | None,
) -> tuple[list[Change], list[str]]:
    """Every change between two aligned versions, as facts, and notes on what was
    not analysed."""
    notes: list[str] = []
    old = analyse(
        old_sents, _selected(alignment.old_roles, alignment.links, alignment.old_link), old_text
    )
    new = analyse(
        new_sents, _selected(alignment.new_roles, alignment.links, alignment.new_link), new_text
    )
    _expand_speakers(old, old_text)
    _expand_speakers(new, new_text)
    if old.skipped or new.skipped:
        skipped = old.skipped + new.skipped
        limit = MAX_SENTENCE_CHARS
        notes.append(f"{skipped} sentence(s) over {limit} characters were not analysed for facts")
    out = _Builder()
    pending = _Pending()
    for link in alignment.links:
        if link.changed:
            _match_link(link, old, new, old_sents, new_sents, old_text, new_text, out, pending)
    for i, role in enumerate(alignment.old_roles):
        if role is Role.REMOVED:
            pending.old += old.facts.get(i, [])
            pending.old_quotes += old.quotes.get(i, [])
            pending.old_attr += old.attributions.get(i, [])
    for j, role in enumerate(alignment.new_roles):
        if role is Role.ADDED:
            pending.new += new.facts.get(j, [])
            pending.new_quotes += new.quotes.get(j, [])
            pending.new_attr += new.attributions.get(j, [])
    _document_round(pending, old, new, old_sents, new_sents, old_text, new_text, out)
    a, b = _dateline(old_text), _dateline(new_text)
    if a != b and old_sents and new_sents:
        if a and b:
            out.add("update", "dateline", "", a, b, a, b, [0], [0])
        elif b:
            out.add("addition", "dateline", "", None, b, "", b, new_sentences=[0])
        elif a:
            out.add("removal", "dateline", "", a, None, a, "", old_sentences=[0])
    if (old_title or new_title) and _norm(old_title or "") != _norm(new_title or ""):
        out.add("update", "headline", "", old_title, new_title)
    _claims(alignment, old_sents, new_sents, old_text, new_text, out)
    _rewordings(alignment, old_sents, new_sents, old_text, new_text, out)
    changes = out.changes
    if CORRECTION.search(new_text) and not CORRECTION.search(old_text):
        for c in changes:
            if c.kind == "update" and c.fact != "headline":
                c.kind = "correction"
    changes.sort(key=_rank)
    return changes, notes
