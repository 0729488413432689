"""The scoring of bench/facts_quality.py: how phrases and numbers are read
(``words``, ``contains``, ``numbers``), the two kinds of input rows, and the two
measurements (``score_newsedits``, ``score_mrpc``); the script's docstring says
what they count.

Kept apart from the script so that each file stays short; the script imports what
it uses from here and re-exports the names its smoke test reads.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rich.progress import Progress

import benchlib
import storydiff
from storydiff.facts.model import Change
from storydiff.text.tokens import tokenize

KINDS = ("update", "correction", "addition", "removal", "rewording", "trivial")
NUMBER_FACTS = frozenset({"quantity", "money", "percent"})
VALUE_KINDS = frozenset({"update", "correction"})
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
MISSES_SHOWN = 5


def words(text: str) -> list[str]:
    """Lower-case word tokens (punctuation dropped)."""
    return [t.fold for t in tokenize(text) if t.is_word]


def contains(hay: Sequence[str], needle: Sequence[str]) -> bool:
    """Whether ``needle`` occurs in ``hay`` as a contiguous run."""
    n = len(needle)
    first = needle[0]
    return any(
        hay[i] == first and list(hay[i : i + n]) == list(needle) for i in range(len(hay) - n + 1)
    )


def numbers(text: str) -> set[str]:
    """The numbers written in digits (see bench/facts_quality.py's docstring)."""
    out: set[str] = set()
    for m in NUMBER.findall(text):
        out.add(m.replace(",", "") if _THOUSANDS.match(m) else m)
    return out


# Input rows.


@dataclass(frozen=True, slots=True)
class EditPair:
    """Two versions of one article and the key phrases a human marked as changed."""

    id: str
    old: str
    new: str
    keywords: list[str]


@dataclass(frozen=True, slots=True)
class SentencePair:
    """One MRPC row."""

    quality: str
    s1: str
    s2: str
    where: str


# Measurements.


def _texts(changes: Iterable[Change]) -> list[list[str]]:
    return [words(t) for c in changes for t in (c.before, c.after) if t]


def score_newsedits(pairs: Sequence[EditPair], progress: Progress) -> dict[str, Any]:
    counted = found = found_all = 0
    per_pair: dict[str, list[int]] = {k: [] for k in (*KINDS, "all", "shown")}
    by_fact: Counter[str] = Counter()
    found_in: Counter[str] = Counter()
    missed: list[dict[str, str]] = []
    notes: Counter[str] = Counter()
    task = progress.add_task("NewsEdits", total=len(pairs))
    for pair in pairs:
        progress.update(task, description=f"NewsEdits {pair.id}")
        c = storydiff.compare(pair.old, pair.new)
        notes.update(c.notes)
        kinds: Counter[str] = Counter(ch.kind for ch in c.changes)
        for kind in KINDS:
            per_pair[kind].append(kinds[kind])
        per_pair["all"].append(len(c.changes))
        per_pair["shown"].append(sum(not ch.hidden for ch in c.changes))
        by_fact.update(ch.fact for ch in c.changes if not ch.hidden)
        shown = [(ch.kind, t) for ch in c.changes if not ch.hidden for t in _texts([ch])]
        hidden = [t for ch in c.changes if ch.hidden for t in _texts([ch])]
        wa, wb = words(pair.old), words(pair.new)
        for raw in pair.keywords:
            phrase = words(raw)
            if not phrase or not (contains(wa, phrase) or contains(wb, phrase)):
                continue
            counted += 1
            kinds_found = {kind for kind, t in shown if contains(t, phrase)}
            in_shown = bool(kinds_found)
            found += in_shown
            found_in.update(kinds_found)
            found_all += in_shown or any(contains(t, phrase) for t in hidden)
            if not in_shown and len(missed) < 10:
                missed.append({"id": pair.id, "phrase": raw.strip()})
        progress.advance(task)
    return {
        "pairs": len(pairs),
        "phrases_counted": counted,
        "phrases_found": found,
        "share_found": found / counted if counted else 0.0,
        "phrases_found_with_hidden": found_all,
        "share_found_with_hidden": found_all / counted if counted else 0.0,
        "changes_per_pair_median": {k: statistics.median(v) for k, v in per_pair.items() if v},
        "changes_per_pair_mean": {k: statistics.fmean(v) for k, v in per_pair.items() if v},
        "changes_total": {k: sum(v) for k, v in per_pair.items()},
        "shown_changes_by_fact": dict(by_fact.most_common()),
        "phrases_found_by_kind": dict(found_in.most_common()),
        "notes": dict(notes.most_common()),
        "missed_examples": missed,
    }


def _miss_reason(c: storydiff.Comparison) -> str:
    if any(note.startswith("facts skipped") for note in c.notes):
        return "facts skipped"
    if not any(link.old and link.new for link in c.alignment.links):
        return "sentences not paired (removed + added)"
    if any(ch.fact in NUMBER_FACTS for ch in c.changes):
        return "number facts only added or removed"
    if any(ch.fact == "date" for ch in c.changes):
        return "a date change only"
    return "no number change reported"


def score_mrpc(
    pairs: Sequence[SentencePair], limit: int | None, progress: Progress
) -> dict[str, Any]:
    read = Counter(p.quality for p in pairs)
    chosen = {
        q: [p for p in pairs if p.quality == q and numbers(p.s1) != numbers(p.s2)] for q in "01"
    }
    if limit is not None:
        chosen = {q: ps[:limit] for q, ps in chosen.items()}
    task = progress.add_task("MRPC", total=sum(len(ps) for ps in chosen.values()))
    groups: dict[str, dict[str, Any]] = {}
    misses: list[dict[str, Any]] = []
    for quality, name in (("0", "non_paraphrase"), ("1", "paraphrase")):
        hits = with_date = both = both_hits = paired = paired_hits = same_value = 0
        reasons: Counter[str] = Counter()
        for pair in chosen[quality]:
            progress.update(task, description=f"MRPC {pair.where}")
            c = storydiff.compare(pair.s1, pair.s2)
            value_changes = [ch for ch in c.changes if ch.kind in VALUE_KINDS]
            number_changes = [ch for ch in value_changes if ch.fact in NUMBER_FACTS]
            hit = bool(number_changes)
            hits += hit
            same_value += any(ch.before_value == ch.after_value for ch in number_changes)
            with_date += hit or any(ch.fact == "date" for ch in value_changes)
            n1, n2 = numbers(pair.s1), numbers(pair.s2)
            if n1 and n2:
                both += 1
                both_hits += hit
            if any(link.old and link.new for link in c.alignment.links):
                paired += 1
                paired_hits += hit
            if not hit:
                reason = _miss_reason(c)
                reasons[reason] += 1
                if quality == "0" and len(misses) < MISSES_SHOWN:
                    misses.append(
                        {
                            "where": pair.where,
                            "s1": pair.s1,
                            "s2": pair.s2,
                            "numbers_1": sorted(n1),
                            "numbers_2": sorted(n2),
                            "reason": reason,
                            "changes": [f"{ch.kind}: {ch.describe()}" for ch in c.changes],
                            "notes": list(c.notes),
                        }
                    )
            progress.advance(task)
        total = len(chosen[quality])
        groups[name] = {
            "quality": quality,
            "pairs_read": read[quality],
            "pairs": total,
            "hits": hits,
            "share": benchlib.share(hits, total),
            "share_with_date": benchlib.share(with_date, total),
            "both_have_numbers": both,
            "share_both_have_numbers": benchlib.share(both_hits, both),
            "sentences_paired": paired,
            "share_sentences_paired": benchlib.share(paired_hits, paired),
            "hits_with_same_value_update": same_value,
            "miss_reasons": dict(reasons.most_common()),
        }
    return {
        "number_rule": (
            r"matches of \d+(?:[.,]\d+)* in the string; thousands commas removed when the "
            r"match is digit groups (^\d{1,3}(,\d{3})+(\.\d+)?$); sets compared"
        ),
        "hit_rule": "a change of kind update or correction on a quantity, money or percent",
        **groups,
        "missed_examples": misses,
    }
