"""Could a learned filter over the shown changes lift precision? Cross-validated on the
real tuning part and the fictional sets, never on the held-out part.

The held-out part's wrong changes are mostly whole sentences added or removed that
the labellers did not list, and counts they saw as one update. Rules written from
the tuning part stopped carrying to the held-out part, so this tries the other way:
a logistic regression that says, for each shown change, how likely a labeller lists
it, and hides the changes below a threshold.

Data: every shown change of ``bench/facts_real.py``'s tuning pairs (real AP/NYT
edits) and of ``bench/facts_fiction.py``'s sets (fictional, labelled blind), each
*right* or not by ``facts_real``'s matching rule. Features, from the comparison
alone (no label, no text of a label): the fact kind; added, removed, updated or
corrected, and whether an added or removed change stands in a whole sentence the
aligner left unlinked; for such a sentence, the share of its content words found
nowhere in the other version (a sentence whose words are all in the other version
was restated, not added), the same for the change's own words; how many shown
changes its sentence holds; its place in the text; a quotation mark in the sentence;
the sentence's length. L2-penalised (1.0), fitted by Newton's method with numpy.

Three ways, each scored on the real tuning part (29 pairs) by precision of the
changes kept and recall of the labels some kept change matches:

- **real, 5-fold**: fitted on four fifths of the real pairs, scored on the fifth
  (folds: pairs by ``sha256("filter-fold:" + Id)``, dealt round-robin);
- **fiction → real**: fitted on the 65 fictional pairs, scored on all real ones;
- **both, 5-fold**: fitted on the fiction and four fifths of the real pairs.

A threshold of 0 keeps everything (storydiff as it ships). The held-out part is not
scored: the filter is adopted only if it trades better than about one point of
recall for each point of precision here, and then judged once there.

    .venv/bin/python bench/facts_filter.py
"""

from __future__ import annotations

import hashlib
import math
import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import facts_fiction
import facts_real

FACTS = ("claim", "quote", "quantity", "date", "organization", "person", "place",
         "source", "attribution", "percent", "money", "speaker")  # fmt: skip
HOW = ("added-whole", "added-in", "removed-whole", "removed-in", "update", "correction")
THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8)
_CONTENT_STOP = facts_real.STOP | frozenset(
    "not no will would could has have had who which what when where also after before "
    "over into than more about".split()
)


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]+", text.casefold()) if w not in _CONTENT_STOP}


def _novelty(text: str, other: str) -> float:
    """The share of ``text``'s content words found nowhere in ``other``."""
    words = _content(text)
    return len(words - _content(other)) / len(words) if words else 0.0


def rows(pid: str, old: str, new: str, labels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each shown change of one pair: its features, whether it is right, and which
    labels it matches (for recall)."""
    import storydiff

    cmp = storydiff.compare(old, new)
    al, shown = cmp.alignment, [c for c in cmp.changes if not c.hidden]
    per_sentence: defaultdict[tuple[str, int], int] = defaultdict(int)
    for c in shown:
        for s in c.new_sentences:
            per_sentence["new", s] += 1
        for s in c.old_sentences:
            per_sentence["old", s] += 1
    out = []
    for c in shown:
        d = facts_real.change_dict(c)
        hits = [i for i, lab in enumerate(labels) if facts_real.matches(lab, d)]
        right = bool(hits) or (
            c.fact == "claim" and any(facts_real.matches(lab, d, any_kind=True) for lab in labels)
        )
        added = bool(c.new_sentences) and c.kind != "removal"
        sents = [s for s in (c.new_sentences if added else c.old_sentences) if s >= 0]
        texts = cmp.new_sentences if added else cmp.old_sentences
        links = al.new_link if added else al.old_link
        sentence = " ".join(texts[s].text for s in sents if s < len(texts))
        whole = bool(sents) and all(links[s] is None for s in sents if s < len(links))
        how = c.kind if c.kind in ("update", "correction") else (
            ("added" if c.kind == "addition" else "removed") + ("-whole" if whole else "-in")
        )  # fmt: skip
        other = old if added else new
        own = (c.after if added else c.before) or ""
        keys = [("new" if added else "old", s) for s in sents]
        out.append({
            "pid": pid, "right": right, "hits": hits, "fact": c.fact, "how": how,
            "novelty": _novelty(sentence, other), "own_novelty": _novelty(own, other),
            "same": max((per_sentence[k] for k in keys), default=0),
            "place": min(sents) / max(len(texts), 1) if sents else 0.0,
            "quoted": any(q in sentence for q in '"“”'), "words": len(sentence.split()),
        })  # fmt: skip
    return out


def features(r: dict[str, Any]) -> list[float]:
    whole = r["how"].endswith("-whole")
    f: list[float] = [r["fact"] == k for k in FACTS] + [r["how"] == k for k in HOW]
    f += [whole * r["novelty"], whole * r["own_novelty"], whole * (r["novelty"] < 0.3)]
    f += [min(r["same"], 4) / 4, r["same"] == 1, r["place"], r["place"] < 0.1]
    f += [r["quoted"], min(r["words"], 60) / 60, 1.0]
    return [float(x) for x in f]


def fit(data: Sequence[dict[str, Any]], penalty: float = 1.0) -> Any:
    x = np.array([features(r) for r in data])
    y = np.array([r["right"] for r in data], dtype=float)
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        hessian = (x.T * (p * (1 - p))) @ x + penalty * np.eye(x.shape[1])
        w -= np.linalg.solve(hessian, x.T @ (p - y) + penalty * w)
    return w


def kept_score(
    data: Sequence[dict[str, Any]], probs: Sequence[float], labels: dict[str, Any], t: float
) -> tuple[float, float, int]:
    """Precision, recall and number of changes kept at threshold ``t``."""
    shown = right = found = total = 0
    hit: defaultdict[str, set[int]] = defaultdict(set)
    for r, p in zip(data, probs, strict=True):
        if p >= t:
            shown, right = shown + 1, right + r["right"]
            hit[r["pid"]].update(r["hits"])
    for pid in {r["pid"] for r in data} | set(labels):
        for i, lab in enumerate(labels[pid]):
            if not lab.get("doubt"):
                total, found = total + 1, found + (i in hit[pid])
    return right / max(shown, 1), found / max(total, 1), shown


def _probs(w: Any, data: Sequence[dict[str, Any]]) -> list[float]:
    return [1 / (1 + math.exp(-float(np.dot(features(r), w)))) for r in data]


def cross_validated(
    real: list[dict[str, Any]], extra: list[dict[str, Any]], folds: int = 5
) -> list[float]:
    ids = sorted({r["pid"] for r in real}, key=lambda i: hashlib.sha256(
        f"filter-fold:{i}".encode()).hexdigest())  # fmt: skip
    probs = [0.0] * len(real)
    for k in range(folds):
        out = set(ids[k::folds])
        w = fit([r for r in real if r["pid"] not in out] + extra)
        for i, r in enumerate(real):
            if r["pid"] in out:
                probs[i] = _probs(w, [r])[0]
    return probs


def main() -> int:
    if not facts_real.DATA.exists():
        print(f"{facts_real.DATA} is missing", file=sys.stderr)
        return 2
    data, texts = facts_real.load_labels(), facts_real.read_pairs()
    real, real_labels = [], {}
    for pid in sorted(p for p, part in data["split"].items() if part == "tune"):
        real_labels[pid] = data["pairs"][pid]["changes"]
        real += rows(pid, *texts[pid], real_labels[pid])
    fiction = []
    for name in sorted(facts_fiction.BLIND_SHA256):
        for pid, pair in sorted(facts_fiction.load(name)["pairs"].items()):
            fiction += rows(pid, *facts_fiction.pair_texts(name, pid), pair["changes"])
    print(f"real tuning part: {len(real)} shown, {sum(r['right'] for r in real)} right; "
          f"fiction: {len(fiction)} shown, {sum(r['right'] for r in fiction)} right")  # fmt: skip
    ways = {
        "real, 5-fold": cross_validated(real, []),
        "fiction -> real": _probs(fit(fiction), real),
        "both, 5-fold": cross_validated(real, fiction),
    }
    print("threshold  " + "  ".join(f"{t:>20}" for t in THRESHOLDS))
    for name, probs in ways.items():
        cells = [kept_score(real, probs, real_labels, t) for t in THRESHOLDS]
        print(f"{name:16} " + "  ".join(f"p {p:.3f} r {r:.3f} {n:4}" for p, r, n in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
