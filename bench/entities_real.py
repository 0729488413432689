"""The names storydiff finds in real news, and their kinds, against blind labels.

Data: the English-English pairs of ``../shared/data/semeval2022-task8-sample/``
(``training_set.csv`` and ``testing_set.csv``; real news texts cut to their head and
tail). Labels: ``tests/facts/entities.blind.json``, written from the texts alone, before
any storydiff output was seen and without importing storydiff.

**Split.** Fixed before any text was read: every text (``pair_id``, 1 or 2) is ranked
by ``sha256("entities:" + pair_id + ":" + which)`` with ``which`` "1" or "2"; a text is
*tune* when that digest's first hex digit is below ``b`` (about 2/3), else *holdout*.
Texts were read in that order (a text whose body repeats one read before, or that is
not news prose, was passed over), in batches: batch 1 before storydiff ran on any
text; batch 2 (tune only) after the first entity rules were set on batch 1's tune
part, before storydiff ran on its texts, so that it measures the rules on texts they
were not made on.

**What is labelled.** The head of each text, from its start ``through`` a few words
that end about its tenth sentence. Every proper name there (a capitalised name of
someone or something, not a sentence's first word merely capitalised) gets one label
per text: ``name``, its exact extent (without "the", titles and honorifics such as
"President", "Mr.", "Sen.", "Pope", and without a possessive 's), optionally
``words``, a few words verbatim around it when the same name has another kind
elsewhere in the head, a ``kind`` and a ``category``.

**Categories**, decided before labelling and kept:

- ``person``: a person, real or fictional, by full name, surname or first name
  (``person``).
- ``organization``: ``company``; ``agency`` (a government, ministry, department,
  police force, army, court, parliament or legislature named as a body, "the White
  House", "the Kremlin", "the Pentagon" when they stand for a government); ``party``
  (also "Democrats", "Republicans", "Tories" for the party); ``team``; ``outlet`` (a
  newspaper, broadcaster or agency as a source: "Reuters reported", "told CNN");
  ``group`` (universities, hospitals, charities, unions, international bodies,
  armed groups, any other organisation).
- ``place``: ``country``; ``city`` (towns, villages, neighbourhoods); ``region``
  (states, provinces, counties, continents, areas); ``building`` (airports, stadiums,
  schools as buildings, bridges, prisons, hotels); ``street``; ``natural`` (rivers,
  seas, mountains, islands). A country or city name used as a modifier ("U.S.
  officials", "China's economy") is still a ``place``; a place in a dateline
  ("WASHINGTON (Reuters) -") too.
- ``not``: ``thing`` (products, vehicles, weapons, ships, software, diseases, brands
  as products); ``event`` (wars, storms, elections, festivals, games, summits);
  ``law`` (acts, bills, treaties, programmes); ``work`` (titles of books, films,
  songs, shows, reports); ``nationality`` (demonyms, religions, ethnic and political
  adjectives used as adjectives or for people: "American", "Muslim", "Democratic");
  ``credit`` (page furniture: photo credits such as "Getty Images", "AP Photo/...",
  an agency's tag in a dateline "(Reuters)", "(AP)"); ``byline`` (the name of the
  writer in a byline or a contributor line: the newsroom's, not the story's);
  ``other`` (days, months, titles of office alone, anything else capitalised).

**Per text**, the text goes through storydiff's own facts pass as ``compare`` does for
one version with no known date: ``Document(text=...)``, ``split_sentences``, then
``facts.analysis.analyse`` over every sentence with the whole text and
``published=None``; its facts of kind ``person``, ``organization`` and ``place`` that
start inside the labelled head are the *found* names.

**Matching rule.** A label stands for every place its ``words`` (else its ``name``)
occur in the head as whole words, and covers the characters of its ``name`` there; of
two overlapping places the longer label keeps it ("Washington Post" over
"Washington"). A found name is matched to the label place its characters overlap
most. It is *right* when that label's kind is the found kind, *wrong kind* when the
label is another of the three kinds, *not* when the label is ``not`` (counted by
category), and *unlabelled* when it overlaps no label (listed apart: some may be
labels missed). Precision is right over found. A label of a kind is *recalled* when
some found name of that kind overlaps one of its places (recall per kind); it is
*seen* when a found name of any kind does.

    .venv/bin/python bench/entities_real.py [--part tune|holdout] [--batch 0-2] [--show]

``--part tune`` is the default; the holdout part is measured once, at the end of a
piece of work, never to choose rules. ``--show`` lists the wrong, unlabelled and
missed ones (tune only).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import semeval_texts

LABELS = semeval_texts.LABEL_DIR / "entities.blind.json"
BLIND_SHA256 = "2ba11dcd511d80c6a37c9c149c55461ddb480750c3427b8185a886176068d86c"

KINDS = ("person", "organization", "place")
CATEGORIES: dict[str, str] = {
    "person": "person",
    **dict.fromkeys(("company", "agency", "party", "team", "outlet", "group"), "organization"),
    **dict.fromkeys(("country", "city", "region", "building", "street", "natural"), "place"),
    **dict.fromkeys(
        ("thing", "event", "law", "work", "nationality", "credit", "byline", "other"), "not"
    ),
}
"""Each label category and the kind it belongs to."""

Found = tuple[int, int, str, str]
"""A found name: start, end, kind, words."""


def split_of(pair_id: str, which: str) -> str:
    """The text's part in this set (``semeval_texts.split_of`` salted "entities")."""
    return semeval_texts.split_of("entities", pair_id, which)


def load_labels() -> list[dict[str, Any]]:
    """The labelled texts of the blind file, both parts."""
    return semeval_texts.load_blind(LABELS, BLIND_SHA256)


def names_of(text: str) -> tuple[str, list[Found]]:
    """The text as storydiff holds it and each person, organisation and place fact its
    facts pass finds in it, the article's date unknown."""
    body, analysis = semeval_texts.analysed(text)
    found = [
        (f.start, f.end, f.kind, f.text)
        for facts in analysis.facts.values()
        for f in facts
        if f.kind in KINDS
    ]
    return body, sorted(found)


def head_end(body: str, through: str) -> int:
    at = body.find(through)
    if at < 0:
        raise SystemExit(f"head end {through!r} is not in the text")
    return at + len(through)


def _whole_word(head: str, a: int, b: int) -> bool:
    def inner(ch: str) -> bool:
        return ch.islower() or ch.isdigit()

    return (a == 0 or not inner(head[a - 1])) and (b == len(head) or not inner(head[b]))


def label_places(head: str, labels: list[dict[str, Any]]) -> list[tuple[int, int, int]]:
    """(start, end, label index) of every place a label stands for: its words (else its
    name) as whole words, covering the name; the longer name keeps a place two
    labels share, then the label with words around it."""
    order = sorted(
        range(len(labels)),
        key=lambda i: (-len(labels[i]["name"]), -len(labels[i].get("words", ""))),
    )
    taken: list[tuple[int, int, int]] = []
    for i in order:
        name = labels[i]["name"]
        words = labels[i].get("words", name)
        inner = words.find(name)
        for m in re.finditer(re.escape(words), head):
            a, b = m.start() + inner, m.start() + inner + len(name)
            if not _whole_word(head, m.start(), m.end()):
                continue
            if all(b <= s or e <= a for s, e, _ in taken):
                taken.append((a, b, i))
    return sorted(taken)


@dataclass
class Score:
    found: int = 0
    right: int = 0
    found_by: Counter[str] = field(default_factory=Counter)
    right_by: Counter[str] = field(default_factory=Counter)
    wrong_kind: Counter[str] = field(default_factory=Counter)
    not_by: Counter[str] = field(default_factory=Counter)
    unlabelled: list[str] = field(default_factory=list)
    labels_by: Counter[str] = field(default_factory=Counter)
    recalled_by: Counter[str] = field(default_factory=Counter)
    seen_by: Counter[str] = field(default_factory=Counter)
    missed_by: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        names = sum(self.labels_by[c] for c, k in CATEGORIES.items() if k != "not")
        recalled = sum(self.recalled_by.values())
        out = {
            "precision": self.right / max(self.found, 1),
            "recall": recalled / max(names, 1),
            "found": self.found,
            "names": names,
        }
        for kind in KINDS:
            labels = sum(self.labels_by[c] for c, k in CATEGORIES.items() if k == kind)
            out[f"{kind} precision"] = self.right_by[kind] / max(self.found_by[kind], 1)
            out[f"{kind} recall"] = self.recalled_by[kind] / max(labels, 1)
        return out


def _overlap(a: int, b: int, s: int, e: int) -> int:
    return min(b, e) - max(a, s)


def score_text(entry: dict[str, Any], body: str, found: list[Found], s: Score) -> None:
    """Add one text's found names and labels to ``s`` (the matching rule above)."""
    where = semeval_texts.where(entry)
    end = head_end(body, entry["through"])
    head = body[:end]
    labels: list[dict[str, Any]] = entry["labels"]
    places = label_places(head, labels)
    hit: set[tuple[int, str]] = set()
    for a, b, kind, text in found:
        if a >= end:
            continue
        s.found += 1
        s.found_by[kind] += 1
        best = max(places, key=lambda p: _overlap(a, b, p[0], p[1]), default=None)
        if best is None or _overlap(a, b, best[0], best[1]) <= 0:
            context = body[max(0, a - 30) : b + 30].replace("\n", " ")
            s.unlabelled.append(f"unlabelled  {where} {kind} {text!r} in {context!r}")
            continue
        hit.add((best[2], kind))
        label = labels[best[2]]
        if label["kind"] == kind:
            s.right += 1
            s.right_by[kind] += 1
        elif label["kind"] == "not":
            s.not_by[label["category"]] += 1
            s.notes.append(f"not         {where} {kind} {text!r} ({label['category']})")
        else:
            s.wrong_kind[f"{label['category']} as {kind}"] += 1
            s.notes.append(f"wrong kind  {where} {kind} {text!r} ({label['category']})")
    for i, label in enumerate(labels):
        if label.get("words", label["name"]) not in head:
            raise SystemExit(f"{where}: label {label['name']!r} is not in the head")
        s.labels_by[label["category"]] += 1
        if label["kind"] == "not":
            continue
        if (i, label["kind"]) in hit:
            s.recalled_by[label["kind"]] += 1
        else:
            s.missed_by[label["category"]] += 1
            s.notes.append(f"missed      {where} {label['name']!r} ({label['category']})")
        if any((i, k) in hit for k in KINDS):
            s.seen_by[label["kind"]] += 1


def evaluate(part: str, batch: int = 0) -> Score:
    """Score one part (``batch`` 0: all batches)."""
    s = Score()
    for entry, text in semeval_texts.part_texts(load_labels(), split_of, part, batch):
        body, found = names_of(text)
        score_text(entry, body, found, s)
    return s


def report(part: str, s: Score) -> list[str]:
    f = s.figures()
    lines = [
        f"{part}: {sum(s.labels_by.values())} labels, {int(f['names'])} names; found "
        f"{s.found}, precision {f['precision']:.3f}, recall {f['recall']:.3f}"
    ]
    for kind in KINDS:
        labels = sum(s.labels_by[c] for c, k in CATEGORIES.items() if k == kind)
        lines.append(
            f"  {kind:12} found {s.found_by[kind]:3} right {s.right_by[kind]:3} "
            f"precision {f[kind + ' precision']:.3f}   labels {labels:3} recalled "
            f"{s.recalled_by[kind]:3} recall {f[kind + ' recall']:.3f} (any kind {s.seen_by[kind]})"
        )
    lines.append(f"  wrong kind {sum(s.wrong_kind.values())}: {dict(s.wrong_kind.most_common())}")
    lines.append(f"  not {sum(s.not_by.values())}: {dict(s.not_by.most_common())}")
    lines.append(f"  unlabelled {len(s.unlabelled)}")
    lines.append(f"  missed by category: {dict(s.missed_by.most_common())}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = semeval_texts.command_line(__doc__)
    parser.add_argument("--batch", type=int, default=0, choices=(0, 1, 2), help="0: all")
    parser.add_argument("--show", action="store_true", help="list wrong and missed (tune)")
    args = parser.parse_args(argv)
    if semeval_texts.data_missing():
        return 2
    s = evaluate(args.part, args.batch)
    print("\n".join(report(args.part, s)))
    if args.show and args.part == "tune":
        print("\n".join(sorted(s.notes) + s.unlabelled))
    return 0


if __name__ == "__main__":
    sys.exit(main())
