"""What the single-text scorers on SemEval news share: ``dates_real.py``,
``quantities_real.py``, ``entities_real.py`` and ``speakers_real.py``.

Each scores one kind of fact storydiff finds in one text against its own blind label
file over the same texts: the English-English pairs of
``../shared/data/semeval2022-task8-sample/`` (``training_set.csv`` and
``testing_set.csv``; real news texts cut to their head and tail). Here is what they
do alike: read the texts, split them into tune and holdout by hash, load a label file
only when it is the one labelled, run storydiff's facts pass over a text, place a
label's words in a text, print the per-category lines and the command line's common
part. What each counts as right, and why, stays in its own script (its docstring has
its split's history, its label categories and its matching rule).

The scripts import it as ``semeval_texts``: run as ``python bench/x.py``, bench/ is
the first entry of ``sys.path``; their tests put bench/ there.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from blind import read_blind

if TYPE_CHECKING:
    from storydiff.facts.analysis import Analysis

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
"""The data shared beside the repository (its README says what each set is)."""
DATA = SHARED / "semeval2022-task8-sample"
LABEL_DIR = ROOT / "tests" / "facts"
"""Where the blind label files are."""

PARTS = ("tune", "holdout")

Span = tuple[int, int]
"""The characters ``[start, end)`` of a text."""


def split_of(salt: str, pair_id: str, which: str) -> str:
    """The part of one text (``which``, "1" or "2", of pair ``pair_id``): *tune* when
    the first hex digit of ``sha256(salt + ":" + pair_id + ":" + which)`` is below
    ``b`` (about 2/3), else *holdout*. Fixed before any text was read; each label set
    has its own ``salt`` (its name), so the sets' splits are independent."""
    digest = hashlib.sha256(f"{salt}:{pair_id}:{which}".encode()).hexdigest()
    return "tune" if digest[0] < "b" else "holdout"


def load_blind(path: Path, sha256: str) -> list[dict[str, Any]]:
    """The ``texts`` of a blind label file, which must be byte for byte the file as
    labelled (its SHA-256 recorded in the scorer): a label changed after storydiff's
    output was seen would no longer be blind."""
    texts: list[dict[str, Any]] = read_blind(path, sha256)["texts"]
    return texts


def read_texts(directory: Path = DATA, cross: bool = False) -> dict[tuple[str, str], str]:
    """Every text of the pairs whose two texts are English, by (``pair_id``, "1" or
    "2"), from the training and the testing set; ``cross``: instead, the English text
    of every pair whose two languages differ (the "xl" label sets)."""
    csv.field_size_limit(10**9)  # whole articles in one field
    out: dict[tuple[str, str], str] = {}
    for name in ("training_set.csv", "testing_set.csv"):
        with (directory / name).open(newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                both = row["lang1"] == row["lang2"] == "en"
                if cross and row["lang1"] == row["lang2"]:
                    continue
                for which in ("1", "2"):
                    if both or (cross and row["lang" + which] == "en"):
                        out[(row["pair_id"], which)] = row["text" + which]
    return out


def part_texts(
    entries: Iterable[dict[str, Any]],
    split: Callable[[str, str], str],
    part: str,
    batch: int = 0,
    cross: bool = False,
) -> Iterator[tuple[dict[str, Any], str]]:
    """Each label file entry of ``part`` (and of ``batch``; 0: every batch) with the
    text it labels (``cross``: the English texts of cross-lingual pairs,
    ``read_texts``). An entry filed under a part its set's ``split`` does not give
    stops the run: the split is fixed, never chosen."""
    texts = read_texts(cross=cross)
    for entry in entries:
        if entry["part"] != part or (batch and entry["batch"] != batch):
            continue
        assert split(entry["pair_id"], str(entry["text"])) == part
        yield entry, texts[(entry["pair_id"], str(entry["text"]))]


def analysed(text: str) -> tuple[str, Analysis]:
    """The text as storydiff holds it and storydiff's facts pass over it, as
    ``compare`` runs it on one version whose date is unknown: ``Document(text=...)``,
    ``split_sentences``, single speech marks read as double (``facts.single_marks``),
    then ``facts.analysis.analyse`` over every sentence with the whole text (quotes are
    read over it) and ``published=None``. storydiff is
    imported on use, so that reading a scorer's labels and rules (its tests,
    ``--help``) does not load the facts pass."""
    from storydiff.document import Document
    from storydiff.facts.analysis import analyse
    from storydiff.facts.single_marks import read_marks
    from storydiff.text.sentences import split_sentences

    body = Document(text=text).text
    # Single speech marks read as double ones, as compare reads them; every offset
    # is the same, so the body is returned as written (labels quote it).
    read, sentences, _ = read_marks(body, split_sentences(body))
    return body, analyse(sentences, list(range(len(sentences))), read, published=None)


def label_spans(body: str, label: dict[str, Any]) -> list[Span]:
    """Where the label's ``expr`` lies, at every place its ``words`` occur: a label
    stands for each repetition of its words, since the labeller saw them all alike."""
    words, expr = label["words"], label["expr"]
    inner = words.find(expr)
    spans = []
    at = body.find(words)
    while at >= 0:
        spans.append((at + inner, at + inner + len(expr)))
        at = body.find(words, at + 1)
    return spans


def placed_labels(entry: dict[str, Any], body: str) -> list[tuple[dict[str, Any], list[Span]]]:
    """Each label of one labelled text with where it lies in ``body`` (``label_spans``).
    A label whose words the text lacks stops the run: the label file and the text as
    storydiff holds it no longer agree, and every figure would be off."""
    placed = [(label, label_spans(body, label)) for label in entry["labels"]]
    for label, at in placed:
        if not at:
            raise SystemExit(f"{where(entry)}: label words {label['words']!r} are not in the text")
    return placed


def where(entry: dict[str, Any]) -> str:
    """A labelled text's name in the reports: ``pair_id:1`` or ``pair_id:2``."""
    return f"{entry['pair_id']}:{entry['text']}"


def overlaps(span: Span, spans: list[Span]) -> bool:
    """Whether ``span`` shares a character with one of ``spans``."""
    return any(span[0] < e and s < span[1] for s, e in spans)


def category_lines(
    labels_by: Counter[str],
    missed_by: Counter[str],
    wrong_by: Counter[str],
    width: int,
    extra: Sequence[str] = (),
    missed: str = "missed",
) -> list[str]:
    """A report's lines per label category, in name order: its labels, how many of
    them were missed and how many found facts it made wrong; then the wrong ones of
    each ``extra`` cause, which no label category counts (``unlabelled``)."""
    lines = [
        f"  {category:{width}} {n:3} labels  {missed} {missed_by[category]:2}  "
        f"wrong {wrong_by[category]:2}"
        for category, n in sorted(labels_by.items())
    ]
    lines += [f"  {cause:{width}}             wrong {wrong_by[cause]:2}" for cause in extra]
    return lines


def command_line(doc: str | None) -> argparse.ArgumentParser:
    """A scorer's command line, described by its docstring's first line, with
    ``--part`` (tune by default: the holdout part is measured once, at the end of a
    piece of work, never to choose rules); the scorer adds its own options."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--part", default="tune", choices=PARTS)
    return parser


def data_missing(*more: Path) -> bool:
    """Whether the SemEval texts, or any of ``more`` (a label set's own data: the
    NewsEdits CSV, the saved web pages), are missing here (each said on stderr): the
    scorers need ``../shared/data``, which is not in the repository."""
    missing = [path for path in (DATA, *more) if not path.exists()]
    for path in missing:
        print(f"{path} is missing", file=sys.stderr)
    return bool(missing)
