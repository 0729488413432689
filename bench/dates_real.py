"""The dates storydiff finds in real news, against blind labels of every time expression.

Data: the English-English pairs of ``../shared/data/semeval2022-task8-sample/``
(``training_set.csv`` and ``testing_set.csv``; real news texts cut to their head and
tail). Labels: ``tests/facts/dates.blind.json``, written from the texts alone, before
any storydiff output was seen and without importing storydiff.

**Split.** Fixed before any text was read: every text (``pair_id``, 1 or 2) is ranked
by ``sha256("dates:" + pair_id + ":" + which)`` with ``which`` "1" or "2"; a text is
*tune* when that digest's first hex digit is below ``b`` (about 2/3), else *holdout*.
Texts were read in that order (a text whose body repeats one read before was passed
over), in batches: batch 1 (the first 68 tune and 30 holdout texts) before storydiff
ran on any text; batch 2 (the next 30 tune and 28 holdout texts) after the first date
rules had been set on batch 1's tune part, batch 3 (the next 30 tune texts) after
they were revised on batch 2's, batch 4 (the next 22 tune texts) after the revision on
batch 3's, each before storydiff ran on its texts: a new tune batch first measures the
rules on texts they were not made on. In each text, every
time expression got a label: ``words``, a few words verbatim
around it that occur in the text, ``expr``, the expression itself inside ``words``,
a ``verdict`` (``date`` or ``not``) and a ``category``. Candidates were surfaced by a
broad finder of time words (weekdays, months, digits, day, week, month, year, hour,
ago, morning, night, ...) written for the labelling, then each was judged in context.

**Categories**, decided before labelling and kept. ``date`` is what an editor would
list as a date fact of the story:

- ``weekday``: a weekday that names one day ("on Monday", "Monday morning": the part
  of the day goes with it).
- ``relative-day``: "yesterday", "today", "tonight", "tomorrow" in narration naming
  one day (resolvable against the article's date).
- ``month-day``: a day of a month, with or without a year ("Sept. 2", "March 31,
  2019", "3/15", "15 January").
- ``month``: a named month of an event, with or without a year ("in March", "June
  2018").
- ``year``: a year that dates an event or names one ("in 2019", "the 2016 election",
  "the 2019-20 season").
- ``clock``: a clock time ("3:40 p.m.", "10 a.m.", "at noon", "midnight Friday").
- ``range``: a range whose ends are any of the above ("from 2010 to 2015", "March
  3-5").
- ``holiday``: a named day of the calendar naming one day ("on Christmas Day", "New
  Year's Eve").

``not``:

- ``telling``: a day or time whose only role is to date a verb of telling (say, tell,
  add, write, post, tweet, state, report, announce, confirm, note, warn, ask, explain)
  or "in a statement / an interview / at a news conference" ("officials said
  Wednesday", "told reporters on Monday that ..."): a rolling story moves it daily.
- ``stamp``: the page's own dating ("Updated Sept. 2", "Published 10:15 AM ET", a
  date line of a byline or a photo credit).
- ``age``: an age ("6-year-old", "aged 45", "in his 60s", "45-year-old").
- ``duration``: a length of time ("10 years", "five days", "a few hours", "a
  three-year term", "24-hour", "for decades").
- ``period``: a vague or relative period ("the 1990s", "the 19th century", "recent
  years", "this week", "last month", "next year", "earlier this year", "two years
  ago", "this morning", "overnight", "the summer", "the first quarter", "nowadays"
  "today"): only days and finer resolve against an article's date, and "ago" counts
  back by a duration.
- ``quoted-day``: "today", "tonight", "tomorrow", "yesterday" inside a direct quote:
  the speaker's day, not the article's.
- ``recurring``: a recurring time ("every Monday", "on Sundays", "each year",
  "annual").

**Per text**, the text goes through storydiff's own facts pass as ``compare`` does for
one version with no known date: ``Document(text=...)``, ``split_sentences``, then
``facts.analysis.analyse`` over every sentence with the whole text and
``published=None``; its facts of kind ``date`` are the *found* dates (the telling,
stamp, dateline and notice filters of ``analyse`` apply), less the *weak* ones, which
storydiff keeps only to match a value on the other side and never reports alone, and
(since 2026-12-04) less the periods it reports only as an edit of their sentence (a
decade, ``Fact.measure``: "the 1990s" -> "the 1980s" is shown, "the 1990s" alone
never is; the category rules call a decade a period).

**Matching rule.** A label stands for every place its ``words`` occur in the text,
and covers the characters of its ``expr`` there. A found date whose characters
overlap a ``not`` label is *wrong* (counted under that label's category); else, one
that overlaps a ``date`` label is *right*; else it is *unlabelled* (wrong too, listed
apart: some may be labels missed). Precision is right over found; recall is the share
of ``date`` labels that some found date overlaps.

    .venv/bin/python bench/dates_real.py [--part tune|holdout] [--batch 0-4] [--show]
        [--set semeval|xl]

``--part tune`` is the default; the holdout part is measured once, at the end of a
piece of work, never to choose rules. ``--show`` lists the wrong, unlabelled and
missed ones (tune only).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import semeval_texts
from semeval_texts import overlaps

LABELS = semeval_texts.LABEL_DIR / "dates.blind.json"
BLIND_SHA256 = "57a9149c2ec12539c63d8297f4998c0cfe461fe37b68ed5de5f9989e7916964b"
XL_LABELS = semeval_texts.LABEL_DIR / "dates.xl.blind.json"
XL_SHA256 = "c2e81771ade8c5dfd892a435accdc86463fec48dfdd5331633e5b72187749fa8"
"""The "xl" set (``--set xl``): the English texts of the sample's cross-lingual pairs
(one text English, the other not), none of them in an English-English pair, split by
``sha256("dates-xl:" + pair_id + ":" + which)`` the same way; 30 tune and 15 holdout
texts, labelled by the same rules, blind, on 2026-12-03, after every date rule of the
first set was made: its tune part measures them on texts they were not made on."""

DATE_CATEGORIES = frozenset("weekday relative-day month-day month year clock range holiday".split())
NOT_CATEGORIES = frozenset("telling stamp age duration period quoted-day recurring".split())


def split_of(pair_id: str, which: str) -> str:
    """The text's part in this set (``semeval_texts.split_of`` salted "dates")."""
    return semeval_texts.split_of("dates", pair_id, which)


def split_of_xl(pair_id: str, which: str) -> str:
    """The text's part in the "xl" set (salted "dates-xl")."""
    return semeval_texts.split_of("dates-xl", pair_id, which)


def load_labels(xl: bool = False) -> list[dict[str, Any]]:
    """The labelled texts of the blind file (``xl``: of the "xl" set), both parts."""
    if xl:
        return semeval_texts.load_blind(XL_LABELS, XL_SHA256)
    return semeval_texts.load_blind(LABELS, BLIND_SHA256)


def dates_of(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The text as storydiff holds it and the (start, end, words) of each date fact
    its facts pass finds in it, the article's date unknown."""
    body, analysis = semeval_texts.analysed(text)
    found = [
        (f.start, f.end, f.text)
        for facts in analysis.facts.values()
        for f in facts
        if f.kind == "date" and not f.weak and not f.measure
    ]
    return body, sorted(found)


@dataclass
class Score:
    found: int = 0
    right: int = 0
    dates: int = 0
    recalled: int = 0
    wrong_by: Counter[str] = field(default_factory=Counter)
    unlabelled: list[str] = field(default_factory=list)
    missed_by: Counter[str] = field(default_factory=Counter)
    labels_by: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        return {
            "precision": self.right / max(self.found, 1),
            "recall": self.recalled / max(self.dates, 1),
            "found": self.found,
            "dates": self.dates,
        }


def score_text(
    entry: dict[str, Any], body: str, found: list[tuple[int, int, str]], s: Score
) -> None:
    where = semeval_texts.where(entry)
    spans = semeval_texts.placed_labels(entry, body)
    for label, at in spans:
        s.labels_by[label["category"]] += 1
        if label["verdict"] == "date":
            s.dates += 1
            if any(overlaps((a, b), at) for a, b, _ in found):
                s.recalled += 1
            else:
                s.missed_by[label["category"]] += 1
                s.notes.append(f"missed      {where} {label['words']!r} ({label['category']})")
    for a, b, text in found:
        s.found += 1
        bad = next(
            (lab for lab, at in spans if lab["verdict"] == "not" and overlaps((a, b), at)), None
        )
        if bad is not None:
            s.wrong_by[bad["category"]] += 1
            s.notes.append(f"wrong       {where} {text!r} in {bad['words']!r} ({bad['category']})")
        elif any(lab["verdict"] == "date" and overlaps((a, b), at) for lab, at in spans):
            s.right += 1
        else:
            s.wrong_by["unlabelled"] += 1
            context = body[max(0, a - 30) : b + 30].replace("\n", " ")
            s.unlabelled.append(f"unlabelled  {where} {text!r} in {context!r}")


def evaluate(part: str, batch: int = 0, xl: bool = False) -> Score:
    """Score one part (``batch`` 0: all batches; ``xl``: of the "xl" set)."""
    s = Score()
    entries = load_labels(xl)
    split = split_of_xl if xl else split_of
    for entry, text in semeval_texts.part_texts(entries, split, part, batch, cross=xl):
        body, found = dates_of(text)
        score_text(entry, body, found, s)
    return s


def main(argv: Sequence[str] | None = None) -> int:
    parser = semeval_texts.command_line(__doc__)
    parser.add_argument("--batch", type=int, default=0, choices=(0, 1, 2, 3, 4), help="0: all")
    parser.add_argument("--show", action="store_true", help="list wrong and missed (tune)")
    parser.add_argument("--set", default="semeval", choices=("semeval", "xl"), help="label set")
    args = parser.parse_args(argv)
    if semeval_texts.data_missing():
        return 2
    s = evaluate(args.part, args.batch, args.set == "xl")
    f = s.figures()
    print(f"{args.part}: {sum(s.labels_by.values())} labels, {s.dates} dates; found {s.found}, "
          f"precision {f['precision']:.3f}, recall {f['recall']:.3f}")  # fmt: skip
    extra = ("unlabelled",)
    for line in semeval_texts.category_lines(s.labels_by, s.missed_by, s.wrong_by, 13, extra):
        print(line)
    if args.show and args.part == "tune":
        print("\n".join(s.notes + s.unlabelled))
    return 0


if __name__ == "__main__":
    sys.exit(main())
