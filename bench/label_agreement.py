"""How far two blind labellers agree, scored by the rules that score storydiff: the
ceiling a quality goal can sensibly ask of a program.

Two label sets were written a second time, by other labellers who saw neither the
first labels nor any storydiff output (the same guides, the same texts):

- **facts** (``tests/facts/newsedits.second-a.json`` and ``-b.json``): ten NewsEdits
  version pairs of the tuning part (the first ten in the split's own order), labelled
  by ``docs/facts-labels.md``. The second labeller's labels are scored as if they were
  a program's shown changes against the first labeller's blind labels
  (``tests/facts/newsedits.blind.json``, without the labels added after output was
  seen), by ``facts_real``'s matching rule: a label is turned into the change a
  program would show (its direction; its kind's fact: a number's unit, an entity's
  type; a quote's speaker as the change's subject). Doubtful labels are scored both
  ways: left out of what the second labeller "shows", and kept. storydiff's own figures
  on the same pairs, against each labeller, stand beside them (tuning pairs: storydiff's
  rules were fitted on the first labels of these pairs, so its figure against them is a
  training figure; against the second labels it is not).
- **facts-holdout** (``tests/facts/newsedits.second-hold-a.json``, ``-b`` and
  ``-c``): the fifteen NewsEdits pairs of the held-out part, labelled the same way by
  three more blind labellers (five or six pairs each), scored the same way. Beside
  storydiff against each labeller, its precision against *either*: the share of its
  shown changes that at least one of the two blind labellers listed (sure or
  doubtful), a shown change being no less right when only one careful person wrote it
  down. (Recall has no union figure: the two lists' labels of one change are not
  joined, so a count of both would count it twice.) The same line is given for the
  ten tuning pairs.
- **speakers** (``tests/facts/speakers.xl-tune.second.json``): the first 25 texts of
  the "xl" speaker set's tuning part, labelled by the rules of
  ``speakers.web3.blind.json``. A second label matches a first one of the same text
  whose words begin the same way (``speakers_real``'s rule: lower case, spacing
  collapsed, leading punctuation and a last comma dropped, either a prefix of the
  other); the two agree on the speaker when both say nobody, or a word of one's speaker
  (no title, no stop word) is in the other's. storydiff's speakers on the same quotes
  stand beside them, scored by ``speakers_real`` against each labeller.

    .venv/bin/python bench/label_agreement.py facts|facts-holdout|speakers
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import facts_real
import semeval_texts
import speakers_real
from blind import read_blind

_LABEL = facts_real.LABELS.with_name
SECOND_FACTS = {
    "facts": {
        _LABEL("newsedits.second-a.json"): (
            "76ed09d39ec404c6cbcf50c8e009791494532e07441056e8060c8684e9a7c320"
        ),
        _LABEL("newsedits.second-b.json"): (
            "6100e527248620d650d01e686a885a3794db88f0f9dc4e13d546474d0e169b33"
        ),
    },
    "facts-holdout": {
        _LABEL("newsedits.second-hold-a.json"): (
            "ce8ed83d57d403afd896cbf43e36a6c1af6abb5fc00e3df4df46d7f08f52d01d"
        ),
        _LABEL("newsedits.second-hold-b.json"): (
            "b2b79b85d870df626fc16a0621cd011ed5d7a7315ba0dd99e94dbf06540f29b0"
        ),
        _LABEL("newsedits.second-hold-c.json"): (
            "06cc2e46f9c647710c8362805e573b8bf23642e3743e63f2ea5df061b7f99e59"
        ),
    },
}
"""The second fact labels of each set and the SHA-256 of each file as labelled."""
SECOND_SPEAKERS = semeval_texts.LABEL_DIR / "speakers.xl-tune.second.json"
SECOND_SPEAKERS_SHA256 = "3795c2f7d8f82336a6b5e72b2b5e8f58a515822f06a99494257804bed944fd65"

_FACT_OF = {"date": "date", "quote": "quote", "speaker": "speaker", "claim": "claim"}
_DIRECTION = {"added": "addition", "removed": "removal", "updated": "update"}


def as_change(label: dict[str, Any]) -> dict[str, Any]:
    """The change a program would show for one label."""
    kind = label["kind"]
    if kind == "number":
        fact = {"count": "quantity"}.get(label.get("unit") or "count", label.get("unit"))
    elif kind == "entity":
        fact = label.get("type") or "person"
    else:
        fact = _FACT_OF.get(kind, kind)
    speaker = kind == "speaker"
    return {
        "kind": _DIRECTION[label["change"]],
        "fact": fact,
        "subject": label.get("speaker") or "",
        "before": label.get("before"),
        "after": label.get("after"),
        "before_speaker": label.get("before") if speaker else None,
        "after_speaker": label.get("after") if speaker else None,
    }


def _blind(path: Path, sha256: str) -> dict[str, Any]:
    """A second label file, byte for byte as its labeller wrote it."""
    data: dict[str, Any] = read_blind(path, sha256)
    return data


def second_facts(which: str = "facts") -> dict[str, list[dict[str, Any]]]:
    """The second labellers' labels of one set (``SECOND_FACTS``) by pair id."""
    out: dict[str, list[dict[str, Any]]] = {}
    for path, sha256 in SECOND_FACTS[which].items():
        for pid, pair in _blind(path, sha256)["pairs"].items():
            out[pid] = pair["changes"]
    return out


def first_facts() -> dict[str, list[dict[str, Any]]]:
    """The first labeller's blind labels (none added after output was seen)."""
    raw = facts_real.LABELS.read_bytes()
    if hashlib.sha256(raw).hexdigest() != facts_real.BLIND_SHA256:
        raise SystemExit(f"{facts_real.LABELS} is not the blind file (sha256 differs)")
    data = json.loads(raw)
    return {pid: pair["changes"] for pid, pair in data["pairs"].items()}


def _line(name: str, score: facts_real.Score) -> str:
    f = score.figures()
    return (
        f"| {name} | {score.shown} | {f['precision']:.3f} | {score.labels} | "
        f"{f['recall']:.3f} | {f['speaker']:.3f} ({score.quotes_matched}) |"
    )


def facts(with_storydiff: bool = True, which: str = "facts") -> list[str]:
    """The agreement table of one set of facts labels."""
    second, first = second_facts(which), first_facts()
    rows: dict[str, facts_real.Score] = {}
    names = {
        "second as shown, first as labels (sure labels shown)": (second, first, False),
        "second as shown, first as labels (doubtful shown too)": (second, first, True),
        "first as shown, second as labels (sure labels shown)": (first, second, False),
        "first as shown, second as labels (doubtful shown too)": (first, second, True),
    }
    for name, (shown, labels, doubt) in names.items():
        total = facts_real.Score()
        for pid in second:
            changes = [as_change(c) for c in shown[pid] if doubt or not c.get("doubt")]
            total.add(facts_real.score_pair(labels[pid], changes))
        rows[name] = total
    if with_storydiff:
        texts = facts_real.read_pairs()
        against = {"storydiff against the first labels": first,
                   "storydiff against the second labels": second}  # fmt: skip
        found = {pid: facts_real.change_dicts(*texts[pid]) for pid in second}
        for name, labels in against.items():
            total = facts_real.Score()
            for pid in second:
                total.add(facts_real.score_pair(labels[pid], found[pid]))
            rows[name] = total
        either = facts_real.Score()
        for pid in second:
            either.add(facts_real.score_pair(first[pid] + second[pid], found[pid]))
    head = ["| shown / labels | shown | precision | labels | recall | speaker (quotes) |",
            "|---|---:|---:|---:|---:|---:|"]  # fmt: skip
    lines = head + [_line(name, score) for name, score in rows.items()]
    if with_storydiff:
        lines.append(
            f"| storydiff against either labeller (a change one of them listed) | "
            f"{either.shown} | {either.figures()['precision']:.3f} | | | |"
        )
    return lines


def _start(words: str) -> str:
    return speakers_real._flat(words).rstrip(",;:")


def same_speaker(a: str | None, b: str | None) -> bool:
    """Both say nobody, or a word of one's speaker is in the other's."""
    if not a or not b:
        return not a and not b
    return bool((speakers_real.words(a) - speakers_real.TITLES) & speakers_real.words(b))


def _one_to_one(
    first: list[dict[str, Any]], second: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Labels of one text paired at most once each: same words first, then one's words
    beginning the other's."""
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    free = list(range(len(first)))
    for exact in (True, False):
        for lab in second:
            if any(b is lab for _, b in pairs):
                continue
            s2 = _start(lab["words"])
            for k in free:
                s1 = _start(first[k]["words"])
                if s1 == s2 or (not exact and (s1.startswith(s2) or s2.startswith(s1))):
                    pairs.append((first[k], lab))
                    free.remove(k)
                    break
    return pairs


def speakers(with_storydiff: bool = True) -> list[str]:
    """The agreement lines of the speaker labels."""
    second = _blind(SECOND_SPEAKERS, SECOND_SPEAKERS_SHA256)["texts"]
    first = {(t["pair_id"], str(t["text"])): t for t in speakers_real.load_labels("xl", "tune")}
    texts = semeval_texts.read_texts(cross=True) if with_storydiff else {}
    matched = agreed = only_first = only_second = 0
    sd = {"first": [0, 0], "second": [0, 0]}  # quotes storydiff found, speakers right
    for entry in second:
        key = (entry["pair_id"], str(entry["text"]))
        one = first[key]["labels"] if key in first else []
        pairs = _one_to_one(one, entry["labels"])
        only_second += len(entry["labels"]) - len(pairs)
        only_first += len(one) - len(pairs)
        matched += len(pairs)
        agreed += sum(same_speaker(a["speaker"], b["speaker"]) for a, b in pairs)
        if with_storydiff:
            found = speakers_real.quotes_of(texts[key])
            for which, index in (("first", 0), ("second", 1)):
                score = speakers_real.Score()
                labels = [p[index] for p in pairs]  # the quotes both labelled
                speakers_real.score_text({**entry, "labels": labels}, found, score)
                sd[which][0] += score.found
                sd[which][1] += score.right
    lines = [
        f"{len(second)} texts: {matched} quotes both labelled, {only_first} only the first, "
        f"{only_second} only the second",
        f"speaker agreement on the quotes both labelled: {agreed / max(matched, 1):.3f} "
        f"({agreed} of {matched})",
    ]
    for which, (found_n, right) in sd.items() if with_storydiff else ():
        lines.append(f"storydiff against the {which} labels, same quotes: speaker right "
                     f"{right / max(found_n, 1):.3f} ({right} of {found_n} found)")  # fmt: skip
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("set", choices=(*SECOND_FACTS, "speakers"))
    args = parser.parse_args(argv)
    needed = list(SECOND_FACTS.get(args.set, [SECOND_SPEAKERS]))
    missing = [str(p) for p in needed if not p.exists()]
    if missing or not semeval_texts.SHARED.exists():
        print(f"missing: {', '.join(missing) or semeval_texts.SHARED}", file=sys.stderr)
        return 2
    print("\n".join(speakers() if args.set == "speakers" else facts(which=args.set)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
