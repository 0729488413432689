"""A vote's tally or a game's score said in words and figures ("voted 7 to 2", "nine
to four", "backed by seven votes to four", "the 5-to-2 decision"): which number runs
make one, for ``counts``; and a series' standing in games ("a three-games-to-one
lead": ``series_standings``), the score "3-1"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storydiff.facts.model import Fact
from storydiff.facts.numbers import is_number_word, parse_number

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_VOTING = frozenset({"vote", "votes", "voted", "voting", "margin", "tally"})
_DECIDED = frozenset({"pass", "approve", "reject", "adopt", "defeat"})
"""Verbs of a body's decision whose figures after it and its object are its vote
("passed 34 to 17", "rejected the bill 5 to 4")."""


def voting(run: list[Token]) -> bool:
    """Whether a word of voting stands just before a number run or right after it
    ("voted 7 to 2", "a 7-2 vote"), or a verb of a decision right before it ("passed 34
    to 17")."""
    doc, first, last = run[0].doc, run[0].i, run[-1].i
    near = [*doc[max(first - 4, 0) : first], *doc[last + 1 : last + 3]]
    if _decided(run):
        return True  # "The measure passed 34 to 17"
    return any(t.lower_ in _VOTING for t in near)


def _decided(run: list[Token]) -> bool:
    """A verb of a decision before "N to M", with at most its object between ("passed
    34 to 17", "passed the bill 34 to 17", "rejected the plan 9 to 4"), the larger
    first and no noun nor "of" after (not "approved 12 to 15 new permits", a range, nor
    "approved 12 to 10 of the applications")."""
    doc, first, last = run[0].doc, run[0].i, run[-1].i
    verb = next(
        (t for t in reversed(doc[max(first - 4, 0) : first]) if t.pos_ not in _OBJECT),
        None,
    )
    if verb is None or verb.tag_ != "VBD" or verb.lemma_ not in _DECIDED:
        return False
    if len(run) == 1 and last + 2 < len(doc) and doc[last + 1].lower_ == "to":
        last += 2  # the first figure alone, as ``tallies`` asks before it joins them
    figures = [int(w) for t in doc[first : last + 1] if (w := whole(t))]
    after = doc[last + 1] if last + 1 < len(doc) else None
    noun = after is not None and (after.pos_ in ("NOUN", "ADJ", "NUM") or after.lower_ == "of")
    return len(figures) == 2 and figures[0] >= figures[1] and not noun


_OBJECT = frozenset({"DET", "NOUN", "PROPN", "ADJ"})
"""Words of a decision's object between its verb and its tally ("passed the bill")."""


def whole(tok: Token) -> str:
    """A whole number's figures, in words too ("nine" is "9"), else ""."""
    if tok.is_digit:
        return tok.text
    number = parse_number([tok.lower_]) if is_number_word(tok.lower_) else None
    return str(int(number)) if number is not None and number == int(number) else ""


def _between(a: Token, b: Token) -> list[str]:
    return [t.lower_ for t in a.doc[a.i + 1 : b.i]]


TO_FIGURE = re.compile(r"to-(\d{1,3})", re.IGNORECASE)


def hyphened_tally(run: list[Token]) -> list[Token]:
    """A figure run on into "-to-2" ("the 5-to-2 decision", which the tokenizer cuts
    as "5", "-", "to-2"): the three tokens, one tally."""
    tail = run[-1].doc[run[-1].i : run[-1].i + 3]
    hyphened = len(tail) == 3 and tail[1].text == "-" and not tail[0].whitespace_
    if len(run) == 1 and hyphened and tail[0].is_digit and TO_FIGURE.fullmatch(tail[2].text):
        return list(tail)
    return run


def tallies(runs: list[list[Token]]) -> list[list[Token]]:
    """``runs`` with a vote's tally said "7 to 2" near a word of voting ("voted 7 to
    2", "nine to four", "a vote of 2 to 7", "backed by seven votes to four") made one
    run; a move ("went from 40 to 55") is none."""
    out: list[list[Token]] = []
    for run in runs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(prev) == 1
            and len(run) == 1
            and whole(prev[0])
            and whole(run[0])
            and _between(prev[0], run[0]) in (["to"], ["votes", "to"])
            and voting(prev)
            and (prev[0].i == 0 or prev[0].nbor(-1).lower_ not in ("from", "between"))
        ):
            out[-1] = [*prev[0].doc[prev[0].i : run[0].i + 1]]
            continue
        out.append(run)
    return out


_FEW = r"(\d{1,2}|zero|none|one|two|three|four|five|six|seven|eight|nine|ten)"
_STANDING = re.compile(rf"\b{_FEW}[ -]games?[ -]to[ -]{_FEW}\b", re.I)
"""A series' standing said in games ("three-games-to-one", "3 games to 1")."""
_SERIES = re.compile(r"\b(?:lead|leads|led|series|deficit|advantage|trail|trails|up|down)\b", re.I)
"""Words around a standing that say it is one ("a three-games-to-one lead")."""


def series_standings(doc: Doc, sentence: int, offset: int) -> tuple[list[Fact], set[int]]:
    """A series' standing said in games ("a three-games-to-one lead"), as the score it
    is ("3-1", which "a 3-1 lead" says too), and the indices of its tokens (no count
    reads "three games" in it again)."""
    out: list[Fact] = []
    taken: set[int] = set()
    for m in _STANDING.finditer(doc.text):
        around = doc.text[max(0, m.start() - 30) : m.end() + 30]
        if not _SERIES.search(around):
            continue  # "sold two games to three publishers"
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        a, b = (parse_number([w.lower().replace("none", "zero")]) for w in m.groups())
        if span is None or a is None or b is None:
            continue
        value = f"{int(a)}-{int(b)}"
        out.append(
            Fact("quantity", m.group(0), value, "score", sentence, offset + m.start(),
                 offset + m.end())
        )  # fmt: skip
        taken.update(t.i for t in span)
    return out, taken
