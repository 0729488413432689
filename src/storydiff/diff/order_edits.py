"""Clues to version order in the edits themselves (``diff.order`` weighs them).

- tense: present or future words replaced by past ones ("has" -> "had", "will
  travel" -> "traveled", "is expected to arrive" -> "arrived"), outside quotation
  marks;
- counts: tolls (people dead, hurt, missing, arrested) that grew in an edit;
- weekdays and calendar dates that a version names a little after the other's;
- copy-desk fixes: forms the AP and NYT stylebooks disfavour and typing slips, which
  an edit takes out of a story once it is up and seldom puts in.

Each vote is +1 for NEW as the later version per instance, and changes sign when the
versions are swapped.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from storydiff.diff.align import Alignment
from storydiff.text.calendar import MONTH_WORDS, MONTHS, WEEKDAYS
from storydiff.text.sentences import Sentence

_STYLE_FORMS = (
    "compared to", "whether or not", "in order to", "a total of", "approximately",
    "prior to", "towards", "amidst", "amongst", "whilst", "different than", "try and",
    "irregardless", "alot", "the fact that", "past history", "future plans", "end result",
    "close proximity", "advance warning", "each and every", "completely destroyed",
    "totally destroyed", "at this point in time", "at the present time", "per cent",
    "utilize", "utilizes", "utilized", "utilizing", "on a daily basis",
    *(f"{n}-year-old" for n in "one two three four five six seven eight nine".split()),
)  # fmt: skip
_COPYEDIT = re.compile(
    r"\b(?=[" + "".join(sorted({f[0] for f in _STYLE_FORMS})) + r"])"
    r"(?:" + "|".join(map(re.escape, _STYLE_FORMS)) + r")\b",
    re.I,
)
"""What a copy desk takes out of a story once it is up: forms the AP and NYT stylebooks
disfavour ("compared to" for "compared with", "whether or not", "approximately",
"towards", an age in words). The lookahead on first letters only makes it faster."""
_DOUBLED_OK = {"that", "had"}
"""Words that stand twice in good English ("he said that that plan", "had had")."""
_TOLL = re.compile(
    r"^\W*(\w+\W+){0,4}(dead|deaths?|killed|died|injured|wounded|hurt|missing|victims|"
    r"casualties|people|hospital|hospitali[sz]ed|arrested|evacuated|rescued|displaced|"
    r"cases)\b",
    re.I,
)
"""A count of people or casualties within a few words after a number ("12 people",
"two workers were taken to hospital"): the counts that grow as a story develops."""
_MONTHS = [m[:3] for m in MONTHS]
_DATE_RE = re.compile(
    r"\b("
    + "|".join(m.capitalize() for m in sorted(MONTH_WORDS, key=lambda w: (-len(w), w)))
    + r")\.? (\d{1,2})\b(?!,? \d)"
)
"""A calendar date without a year ("May 31", "Aug. 6", "Mar. 30", "Sept 2"): one with a
year is background. Month names and their short forms come from ``text.calendar``,
longest first ("June" before "Jun")."""
_IRREGULAR_PAST = {
    "meet": "met", "hold": "held", "go": "went", "speak": "spoke", "make": "made",
    "take": "took", "give": "gave", "begin": "began", "leave": "left", "fly": "flew",
    "come": "came", "see": "saw", "say": "said", "tell": "told", "find": "found",
    "win": "won", "lose": "lost", "pay": "paid", "lead": "led", "run": "ran",
    "sell": "sold", "buy": "bought", "bring": "brought", "rise": "rose", "fall": "fell",
    "break": "broke", "choose": "chose", "send": "sent", "spend": "spent",
    "strike": "struck", "seek": "sought", "stand": "stood", "sit": "sat", "get": "got",
}  # fmt: skip
_PLANNED = re.compile(
    r"^(will|(is|are) (expected|scheduled|set|due|going|planning) to|plans? to) (?P<verb>\w+)$",
    re.I,
)
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
_PAST = {
    "has": "had", "have": "had", "is": "was", "are": "were", "will": "would",
    "says": "said", "say": "said", "can": "could",
}  # fmt: skip
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS.update({"a": 1, "an": 1, "dozen": 12, "dozens": 24, "hundreds": 200})


@dataclass(slots=True, frozen=True)
class Replacement:
    """Words of an edited sentence that an edit replaced, lower-cased, and the text just
    after them on each side (what a replaced number counts)."""

    old: list[str]
    new: list[str]
    old_after: str
    new_after: str
    quoted: bool = False
    """Inside quotation marks on either side: someone's words set right, not the story
    moving on ("“The road is safe, says my brother”" -> "… said my brother")."""


def _number(token: str) -> float | None:
    t = token.lower().replace(",", "")
    if t in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[t])
    try:
        return float(t)
    except ValueError:
        return None


def _words(span: str) -> list[str]:
    return [w.strip(".,;:").lower() for w in span.split()]


_WORD = re.compile(r"[^\W_][\w'’-]*")


def _pieces(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[str]]:
    """The words of ``text[start:end]`` as (start, end) and the gaps between them."""
    spans = [(start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]
    return spans, [text[a[1] : b[0]] for a, b in itertools.pairwise(spans)]


def replacements(alignment: Alignment, old_text: str, new_text: str) -> list[Replacement]:
    """Every replace of the word diffs of edited sentences. A replace of several words
    on each side, with the same punctuation and spacing between them ('position,"
    says' -> 'spot," said': the word diff joins words a comma apart), is one
    replacement per word that changed, as if each stood alone."""
    out = []
    for link in alignment.links:
        for op in link.ops:
            if op.tag != "replace":
                continue
            olds, old_gaps = _pieces(old_text, op.old_start, op.old_end)
            news, new_gaps = _pieces(new_text, op.new_start, op.new_end)
            if len(olds) > 1 and len(olds) == len(news) and old_gaps == new_gaps:
                pairs = [
                    (o, n) for o, n in zip(olds, news, strict=True)
                    if old_text[o[0] : o[1]] != new_text[n[0] : n[1]]
                ]  # fmt: skip
            else:
                pairs = [((op.old_start, op.old_end), (op.new_start, op.new_end))]
            out += [
                Replacement(
                    _words(old_text[o[0] : o[1]]),
                    _words(new_text[n[0] : n[1]]),
                    old_text[o[1] : o[1] + 40],
                    new_text[n[1] : n[1] + 40],
                    _quoted(old_text, o[0]) or _quoted(new_text, n[0]),
                )
                for o, n in pairs
            ]
    return out


def counts_vote(replacements: list[Replacement]) -> int:
    """+1 per count of people or casualties (``_TOLL``) that grew in NEW, -1 per one that
    shrank: tolls grow as a story develops. Other numbers change both ways (corrections,
    new figures) and years are left out."""
    vote = 0
    for r in replacements:
        if len(r.old) != 1 or len(r.new) != 1:
            continue
        x, y = _number(r.old[0]), _number(r.new[0])
        if x is None or y is None or x == y or (x > 1900 and y > 1900):
            continue
        if _TOLL.match(r.old_after) or _TOLL.match(r.new_after):
            vote += 1 if y > x else -1
    return vote


def _to_past(a: list[str], b: list[str]) -> bool:
    """Whether words ``a`` became ``b`` as present or future becoming past: "has" ->
    "had", "will travel" -> "traveled", "is expected to arrive" -> "arrived"."""
    if len(b) != 1:
        return False
    if len(a) == 1:
        return _PAST.get(a[0]) == b[0]
    planned = _PLANNED.match(" ".join(a))
    if not planned:
        return False
    verb, past = planned.group("verb"), b[0]
    return _IRREGULAR_PAST.get(verb) == past or (past.endswith("ed") and past[:3] == verb[:3])


def tense_vote(replacements: list[Replacement]) -> int:
    """Net present or future words made past, outside quotation marks."""
    return sum(
        _to_past(r.old, r.new) - _to_past(r.new, r.old) for r in replacements if not r.quoted
    )


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` stands inside quotation marks opened in its own paragraph: more
    curly or angle openers than closers before it, or an odd number of straight marks."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    opens = before.count("“") + before.count("«")
    closes = before.count("”") + before.count("»")
    return opens > closes or before.count('"') % 2 == 1


def _forward_vote(old: set[int], new: set[int], after: Callable[[int, int], bool]) -> int:
    """+1 when NEW names days ``after`` OLD's, -1 the reverse, else 0.

    When both name days of their own, those decide by majority. When only one does,
    it counts only if each of its days is ``after`` every day both name
    ("Saturday" -> "Saturday ... Monday"): an added earlier day is usually
    background ("on Friday, the company had ...") and says nothing.
    """
    old_only, new_only = old - new, new - old
    if old_only and new_only:
        vote = sum(1 if after(x, y) else -1 for x in old_only for y in new_only)
        return (vote > 0) - (vote < 0)
    shared = old & new
    if new_only and shared and all(after(x, y) for x in shared for y in new_only):
        return 1
    if old_only and shared and all(after(x, y) for x in shared for y in old_only):
        return -1
    return 0


_AHEAD = re.compile(
    r"\b(?:will|(?:is|are|was|were) (?:expected|scheduled|due|set) (?:to|on|for)|plans? to)\b"
    r"[^.!?,;]{0,40}$",
    re.I,
)
"""Words before a weekday in its clause that put it ahead of the telling ("final
results are expected on Thursday", "talks will begin Monday"; not "said it would cut
500 jobs, a spokesman said Monday", nor "due to the storm")."""


def _told_days(text: str) -> set[int]:
    """The weekdays a text tells of as passed or present: not those it looks ahead to
    (``_AHEAD``), which an earlier version names as often as a later one."""
    return {
        WEEKDAYS.index(m.group(1).lower())
        for m in _WEEKDAY_RE.finditer(text)
        if not _AHEAD.search(text, max(0, m.start() - 60), m.start())
    }


def weekday_vote(old_text: str, new_text: str) -> int:
    """Weekdays one to three days later ("said Saturday" -> "said Monday"), of those
    told as passed or present (``_told_days``)."""
    return _forward_vote(
        _told_days(old_text), _told_days(new_text), lambda x, y: 1 <= (y - x) % 7 <= 3
    )


def _dates(text: str) -> set[int]:
    return {
        31 * _MONTHS.index(month[:3].lower()) + int(day)
        for month, day in _DATE_RE.findall(text)
        if 1 <= int(day) <= 31
    }


def date_vote(old_text: str, new_text: str) -> int:
    """Calendar dates one to seven days later ("May 31" -> "June 2"), by the rule of
    ``_forward_vote``; a date's place in the year is month * 31 + day."""
    return _forward_vote(
        _dates(old_text), _dates(new_text), lambda x, y: 1 <= (y - x) % (12 * 31) <= 7
    )


def _slips(text: str) -> int:
    """Disfavoured forms (``_COPYEDIT``) and doubled words, a typing slip ("said the
    the"). Slips of spacing ("said.The", "pipes ,") are left out: the alignment does
    not see them as edits, and page extraction makes them too."""
    words = text.lower().split()
    doubled = sum(
        a == b and a.isalpha() and a not in _DOUBLED_OK for a, b in itertools.pairwise(words)
    )
    return len(_COPYEDIT.findall(text)) + doubled


def copyedit_vote(
    alignment: Alignment, old_sentences: list[Sentence], new_sentences: list[Sentence]
) -> int:
    """Copy-desk fixes (``_slips``) in edited sentences: +1 per
    disfavoured form or slip that NEW's edits took out, -1 per one they put in. Only
    edited sentences count: a sentence cut or added whole is a change of story, not
    of style."""
    vote = 0
    for link in alignment.links:
        if link.changed:
            old = " ".join(old_sentences[i].text for i in link.old)
            new = " ".join(new_sentences[i].text for i in link.new)
            vote += _slips(old) - _slips(new)
    return vote
