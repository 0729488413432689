"""Quality gate on 50 real AP/NYT version pairs (../shared/data/newsedits-cke-dev.csv).

Each pair has a human's list of the key phrases that changed. Definition (from the
issue): lower-case word tokens, punctuation dropped; a phrase counts when it is
non-empty and occurs in TextA or TextB; it is *found* when all tokens of one of its
occurrences lie inside what storydiff marks as changed on that side (words inserted,
deleted or replaced; whole added or removed sentences; a moved sentence whose words
did not change is not marked). Micro-averaged over phrases. A plain word-level
difflib diff of the whole texts is scored the same way in the same run.

Gates: storydiff finds at least as many phrases as difflib, while marking at most
difflib's share of words + 1 point; TextA is inferred as the earlier version in at
least 85% of pairs ("unknown" counts as a miss). The figures measured when the gate
was set are pinned in ``newsedits_baseline.json`` with the data's checksum; a drop
below them fails. Run this file directly to print the figures (``--update`` rewrites
the baseline).
"""

from __future__ import annotations

import ast
import csv
import hashlib
import json
import sys
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from storydiff import compare
from storydiff.text.tokens import tokenize

BASELINE = Path(__file__).with_name("newsedits_baseline.json")
DATA_NAME = "newsedits-cke-dev.csv"


@dataclass
class Scores:
    phrases: int
    sd_found: int
    difflib_found: int
    sd_marked: float
    difflib_marked: float
    order_right: int
    pairs: int

    def as_dict(self) -> dict[str, float]:
        return {
            "phrases_counted": self.phrases,
            "storydiff_found": round(self.sd_found / self.phrases, 4),
            "difflib_found": round(self.difflib_found / self.phrases, 4),
            "storydiff_marked": round(self.sd_marked, 4),
            "difflib_marked": round(self.difflib_marked, 4),
            "order_accuracy": round(self.order_right / self.pairs, 4),
        }


def _words(text: str) -> list[tuple[str, int]]:
    """(lower-cased word, start offset) for every word token."""
    return [(t.fold, t.start) for t in tokenize(text) if t.is_word]


def _marked_flags(words: list[tuple[str, int]], spans: list[tuple[int, int]]) -> list[bool]:
    spans = sorted(spans)
    flags = []
    k = 0
    for _, start in words:
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        flags.append(k < len(spans) and spans[k][0] <= start < spans[k][1])
    return flags


def _found(phrase: list[str], words: list[tuple[str, int]], flags: list[bool]) -> tuple[bool, bool]:
    """(occurs, found) of a phrase on one side."""
    n = len(phrase)
    occurs = found = False
    for i in range(len(words) - n + 1):
        if all(words[i + k][0] == phrase[k] for k in range(n)):
            occurs = True
            if all(flags[i : i + n]):
                found = True
    return occurs, found


def storydiff_spans(a: str, b: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]], bool]:
    c = compare(a, b)
    old_spans: list[tuple[int, int]] = []
    new_spans: list[tuple[int, int]] = []
    for link in c.alignment.links:
        for op in link.ops:
            if op.tag != "equal":
                old_spans.append((op.old_start, op.old_end))
                new_spans.append((op.new_start, op.new_end))
    for s, r in zip(c.old_sentences, c.alignment.old_roles, strict=True):
        if r.value == "removed":
            old_spans.append((s.start, s.end))
    for s, r in zip(c.new_sentences, c.alignment.new_roles, strict=True):
        if r.value == "added":
            new_spans.append((s.start, s.end))
    return old_spans, new_spans, c.order.earlier == "old"


def difflib_flags(
    wa: list[tuple[str, int]], wb: list[tuple[str, int]]
) -> tuple[list[bool], list[bool]]:
    fa, fb = [False] * len(wa), [False] * len(wb)
    sm = SequenceMatcher(None, [w for w, _ in wa], [w for w, _ in wb], autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag != "equal":
            fa[i1:i2] = [True] * (i2 - i1)
            fb[j1:j2] = [True] * (j2 - j1)
    return fa, fb


def evaluate(path: Path) -> Scores:
    csv.field_size_limit(10**9)
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    phrases = sd_found = dl_found = order_right = 0
    sd_marked = dl_marked = total_words = 0
    for row in rows:
        a, b = row["TextA"], row["TextB"]
        wa, wb = _words(a), _words(b)
        old_spans, new_spans, right = storydiff_spans(a, b)
        order_right += right
        sa, sb = _marked_flags(wa, old_spans), _marked_flags(wb, new_spans)
        da, db = difflib_flags(wa, wb)
        sd_marked += sum(sa) + sum(sb)
        dl_marked += sum(da) + sum(db)
        total_words += len(wa) + len(wb)
        for raw in ast.literal_eval(row["Keywords"]):
            phrase = [w for w, _ in _words(raw)]
            if not phrase:
                continue
            occ_a, sd_a = _found(phrase, wa, sa)
            occ_b, sd_b = _found(phrase, wb, sb)
            if not (occ_a or occ_b):
                continue
            phrases += 1
            sd_found += sd_a or sd_b
            dl_found += _found(phrase, wa, da)[1] or _found(phrase, wb, db)[1]
    return Scores(
        phrases,
        sd_found,
        dl_found,
        sd_marked / total_words,
        dl_marked / total_words,
        order_right,
        len(rows),
    )


def checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newsedits_quality_gate() -> None:
    from tests.conftest import shared_data

    path = shared_data(DATA_NAME)
    baseline = json.loads(BASELINE.read_text())
    assert checksum(path) == baseline["sha256"], "the data changed: re-measure and --update"
    got = evaluate(path).as_dict()
    print(json.dumps(got, indent=2))
    # The gates, measured against difflib in the same run.
    assert got["storydiff_found"] >= got["difflib_found"]
    assert got["storydiff_marked"] <= got["difflib_marked"] + 0.01
    assert got["order_accuracy"] >= 0.85
    # The pinned figures: quality may not drop below what was measured.
    pinned = baseline["figures"]
    assert got["storydiff_found"] >= pinned["storydiff_found"] - 1e-9
    assert got["storydiff_marked"] <= pinned["storydiff_marked"] + 0.002
    assert got["order_accuracy"] >= pinned["order_accuracy"] - 1e-9


if __name__ == "__main__":  # python -m tests.diff.test_quality_newsedits [--update]
    data = Path(__file__).resolve().parents[3] / "shared" / "data" / DATA_NAME
    figures = evaluate(data).as_dict()
    print(json.dumps(figures, indent=2))
    if "--update" in sys.argv:
        BASELINE.write_text(
            json.dumps({"sha256": checksum(data), "figures": figures}, indent=2) + "\n"
        )
        print(f"wrote {BASELINE}")
