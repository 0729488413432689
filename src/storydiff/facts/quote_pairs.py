"""One quotation in two sentences the aligner left apart: a quote update (or a
rewording), not a quote removed and a quote added.

Two copies of a story, or a rewritten paragraph, carry one quotation in sentences too
different to pair ('"I know of no delay," said Mr. Varek, the deputy minister.' /
'"I know of nobody who delayed anything," Tomas Varek told a briefing.'). The
link round (``facts.link_round``) pairs quotes only inside a link; this pairs what is
left (``pair_pending``) when both hold:

- *one speaker*: the same name or initials either text spells out (as in the link
  round), one person named two ways, a body and its spokesperson, a person and a
  description of them (``facts.speaker_names``), or no speaker on one side or both
  ('"…," he said.' where no one is named before); never a quote moved from a person's
  agent to the person;
- *one quotation* (``overlap``): one's words inside the other's as whole words (the
  shorter with two content words or more), or at least ``QUOTE_PAIR_SHARE`` of the
  shorter one's content words (stems, at least ``QUOTE_PAIR_MIN``) in the other, and
  ``QUOTE_PAIR_LONG_SHARE`` of the longer one's or wording alike letter by letter;
- the pairs most alike letter by letter first, each quote once; a quote the other
  version says word for word takes no part. The only quotes left of one speaker, one
  on each side, need not share as much of the longer one's words.

A pair whose speakers are two names of one person or body is one voice; one whose
other version names someone new (a body's spokesperson, a name for a description, a
speaker where there was none) also reports that speaker as a source, as a new quote
does (``facts.voices``).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from storydiff.config import (
    QUOTE_PAIR_LONG_SHARE,
    QUOTE_PAIR_MIN,
    QUOTE_PAIR_SHARE,
    QUOTE_PAIR_SIMILAR,
)
from storydiff.facts import claims
from storydiff.facts.analysis import Analysis
from storydiff.facts.builder import Builder, Pending, Versions
from storydiff.facts.link_round import meaning_changed, moved_to_principal
from storydiff.facts.model import ChangeKind
from storydiff.facts.names import named, norm, same_speaker
from storydiff.facts.quotes import Quote
from storydiff.facts.sources import spelled_same
from storydiff.facts.speaker_names import new_voice, one_speaker


def overlap(a: str, b: str, sole: bool = False) -> float:
    """How far two quotes' words are one quotation said two ways: 1.0 when one's words
    are inside the other's as whole words (the shorter with two content words or more),
    else the share of the shorter one's content words (stems, no modals or fillers:
    ``_FILLERS``) in the other when it is at least ``QUOTE_PAIR_SHARE`` of the
    shorter's and ``QUOTE_PAIR_MIN`` words, and either
    ``QUOTE_PAIR_LONG_SHARE`` of the longer's or the two read alike letter by letter
    (``QUOTE_PAIR_SIMILAR``: "I'm glad to sail from Lisk first and then against Tomas
    Brannick" / "I am glad to be sailing from Lisk and on Channel Nine"), or, for the
    ``sole`` quotes of one speaker on each side, neither ("I am afraid the number will
    rise" / "Every hour, the number rises, and every hour we find another village …");
    0.0 otherwise."""
    x, y = f" {norm(a)} ", f" {norm(b)} "
    stems_a, stems_b = _stems(a), _stems(b)
    if (x in y or y in x) and min(len(stems_a), len(stems_b)) >= 2:
        return 1.0
    shared = len(stems_a & stems_b)
    fewest, most = sorted((len(stems_a), len(stems_b)))
    if shared < QUOTE_PAIR_MIN or shared < QUOTE_PAIR_SHARE * fewest:
        return 0.0
    if (
        sole
        or shared >= QUOTE_PAIR_LONG_SHARE * most
        or Levenshtein.normalized_similarity(x, y) >= QUOTE_PAIR_SIMILAR
    ):
        return shared / fewest
    return 0.0


def one_quotation(a: str, b: str) -> bool:
    """Whether two quotes' words are one quotation said two ways (the module's second
    condition, ``overlap``).

    Examples:
        >>> one_quotation("I know of no delay", "I know of nobody who delayed anything")
        True
        >>> city = "The city needs its port"
        >>> one_quotation(city, "The port cost the city millions in lost trade")
        False
        >>> one_quotation("He is right", "She is right about the port")
        False
    """
    return overlap(a, b) > 0.0


_FILLERS = frozenset(
    "will would could should must might shall going have has had about more what when "
    "just very also really said says want like well some much many been "
    "being into than then them only over".split()
)
"""Words of four letters or more that say nothing of what a quote is about ("We will
have to wait" / "I think we will have a deal")."""


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    return frozenset(claims.stem(w) for w in claims.content_words(text) if w not in _FILLERS)


def _one_voice(q: Quote, r: Quote, v: Versions) -> bool:
    if moved_to_principal(q.speaker, r.speaker, v):
        return False
    if not q.speaker.strip() or not r.speaker.strip():
        return True  # one side says no one: its words are the other's
    return (
        same_speaker(q.speaker, r.speaker)
        or spelled_same(q.speaker, r.speaker, (v.old_text, v.new_text))
        or one_speaker(q, r, v)
    )


def pair_pending(pending: Pending, v: Versions, out: Builder) -> None:
    """Pair the quotes left over by the link round that are one quotation (the module's
    rule), most alike first (letter by letter) across the document, each quote once,
    and report each pair as a quote update or a rewording; the rest stay pending.
    Quotes the other version says word for word are no change (``voices``) and take
    no part."""
    _said_by_another(pending, v, out)
    said = (
        {norm(p.text) for ps in v.new.quotes.values() for p in ps},
        {norm(p.text) for ps in v.old.quotes.values() for p in ps},
    )
    olds = [q for q in pending.old_quotes if norm(q.text) not in said[0]]
    news = [r for r in pending.new_quotes if norm(r.text) not in said[1]]
    counts = (_by_speaker(pending.old_quotes), _by_speaker(pending.new_quotes))
    found: list[tuple[float, int, int]] = []
    for i, q in enumerate(olds):
        for j, r in enumerate(news):
            sole = _sole(q, r, counts) and bool(q.speaker.strip())
            if overlap(q.text, r.text, sole) > 0.0 and _one_voice(q, r, v):
                alike = Levenshtein.normalized_similarity(norm(q.text), norm(r.text))
                found.append((alike, i, j))
    taken: tuple[set[int], set[int]] = (set(), set())
    for _, i, j in sorted(found, key=lambda f: (-f[0], f[1], f[2])):
        if i in taken[0] or j in taken[1]:
            continue
        taken[0].add(i)
        taken[1].add(j)
        q, r = olds[i], news[j]
        kind: ChangeKind = "update" if meaning_changed(q.text, r.text) else "rewording"
        out.add(kind, "quote", q.speaker or r.speaker, q.text, r.text, "", "",
                [q.sentence], [r.sentence])  # fmt: skip
        pending.old_quotes.remove(q)
        pending.new_quotes.remove(r)
        if new_voice(q.speaker, r.speaker):
            pending.old_paired.append(q)
            pending.new_paired.append(r)


def _said_by_another(pending: Pending, v: Versions, out: Builder) -> None:
    """A quotation both versions say word for word in sentences the aligner left apart,
    each giving it to a named speaker who is not the other ("…,” said Fire Chief Bonita
    Ruelas." / "…,” said Mayor Tobias Greer, who ordered a curfew …"): a speaker
    update, as in the link round."""
    for q in list(pending.old_quotes):
        for r in pending.new_quotes:
            if norm(q.text) != norm(r.text) or len(norm(q.text).split()) < _SAID_WORDS:
                continue
            if _still_said(q, v.new) or _still_said(r, v.old):
                continue  # the first speaker still says it: someone else says it too
            moved = moved_to_principal(q.speaker, r.speaker, v)
            if not moved and (not (named(q.speaker) and named(r.speaker)) or _one_voice(q, r, v)):
                continue
            out.add("update", "speaker", "", q.speaker, r.speaker, q.speaker, r.speaker,
                    [q.sentence], [r.sentence])  # fmt: skip
            pending.old_quotes.remove(q)
            pending.new_quotes.remove(r)
            pending.old_paired.append(q)
            pending.new_paired.append(r)
            break


_SAID_WORDS = 4
"""Words a quotation needs for its words alone to say it is the same one ("professional,
restrained and lawful"; not "totally unacceptable", which two people may say)."""


def _still_said(q: Quote, other: Analysis) -> bool:
    """Whether the other version also gives ``q``'s words to ``q``'s speaker."""
    said = norm(q.text)
    return any(
        norm(p.text) == said and same_speaker(p.speaker, q.speaker)
        for ps in other.quotes.values()
        for p in ps
    )


def _by_speaker(quotes: list[Quote]) -> Counter[str]:
    """How many of ``quotes`` each speaker has, by the speaker's last name word."""
    return Counter(_speaker_key(q.speaker) for q in quotes)


def _speaker_key(speaker: str) -> str:
    words = norm(speaker).split()
    return words[-1] if words else ""


def _sole(q: Quote, r: Quote, counts: tuple[Counter[str], Counter[str]]) -> bool:
    """Whether ``q`` and ``r`` are the only quotes left of one named speaker, one on each
    side (counted by the last word of the speaker's name)."""
    if not named(q.speaker) or not same_speaker(q.speaker, r.speaker):
        return False
    return (
        counts[0].get(_speaker_key(q.speaker)) == 1 and counts[1].get(_speaker_key(r.speaker)) == 1
    )
