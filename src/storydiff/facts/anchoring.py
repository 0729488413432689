"""Whether an edit changes how a statement both wordings make is asserted: its
polarity or how sure it is, anchored on the words the statement is about.

Counting negations and hedges in an edit's words alone mistakes other words for the
statement's: on blind-labelled MRPC rewordings (``bench/claims_mrpc.py``, train part)
a polarity flip counted that way was right 6 times in 117 ("not sold in the United
States" -> "unknown to the American market"; "isn't until March 9" -> "will be March
9") and a certainty change about one time in four ("because a hit could cause severe
flooding" cut from a sentence). Here a negation or a hedge counts only for the word
it bears on (the first content words after it, within ``REACH`` words and before a
preposition or a conjunction of time or cause), and only when the other wording says
that word too (by a crude stem): "were not seen together" -> "were seen together"
flips, "could face" -> "faces" is surer, a hedged clause one wording lacks is a
detail, not a change of certainty. A verb swapped for its opposite ("rose" -> "fell")
flips only when the word before it, its subject, is the same on both sides ("the
CAC-40 rose" / "the CAC-40 fell", "it rose" / "it fell"; not "the loss rose" /
"revenue fell")."""

from __future__ import annotations

from collections import Counter

from storydiff.facts.claims import FUNCTION_WORDS
from storydiff.facts.hedges import HEDGES, hedge_positions
from storydiff.facts.lexicon import IRREGULAR_PASTS, MONTH_WORDS, WEEKDAYS
from storydiff.facts.stance import (
    NEGATING_PHRASES,
    NEGATIONS,
    hedges_changed,
    negating,
    negations,
    swaps,
)

REACH = 4
"""Words after a negation or a hedge in which the word it bears on may stand ("did
not immediately respond": "respond")."""
_STEM = 6
"""Letters a crude ``stem`` keeps."""
BORNE = 2
"""How many content words after a hedge it may bear on ("alleged chemical weapons")."""
_SKIP = FUNCTION_WORDS | {
    "be", "been", "being", "have", "has", "had", "do", "does", "did", "not", "n't", "also",
    "still", "yet", "ever", "immediately", "always", "any", "well", "soon", "even", "just",
    "one",
}  # fmt: skip
"""Words between a negation or a hedge and the word it bears on."""
_BOUNDARY = frozenset(
    "until since after before because while when if than about over under into during "
    "against between through without within".split()
)
"""Prepositions and conjunctions that end the reach of a hedge or a negation ("isn't
until March 9": no word of the statement is negated)."""
_NEGATION_BOUNDARY = _BOUNDARY | frozenset("at in on of for with from by".split())
"""A negation reaches no further than any preposition ("not in the final bill")."""
_PRONOUN_SUBJECTS = frozenset("it he she they we i".split())
"""Pronouns that are a swapped verb's subject word ("it rose" / "it fell")."""
_REJECTING = frozenset("reject rejects rejected rejecting".split())
_NEGATING = NEGATIONS | _REJECTING
"""Negating words, with "rejected" ("denied the application" / "rejected the
application" say the same)."""


_ENDINGS = ("ing", "ed", "s")


def stem(word: str) -> str:
    """A crude stem: without "'s", one ending and a final "e", at most six letters
    ("faces" / "face", "voting" / "vote", "meeting" / "meet", "accepted" / "accept");
    an irregular past is its verb's ("met" / "meet")."""
    word = IRREGULAR_PASTS.get(word, word).removesuffix("'s")
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    if len(word) > 3:
        word = word.removesuffix("e")
    return word[:_STEM]


def stems(words: list[str]) -> set[str]:
    """Each word's ``stem``."""
    return {stem(w) for w in words}


def said_in(word: str, other: set[str]) -> bool:
    """Whether ``other`` (``stems``) holds ``word``: its stem, or one that begins the
    other's when both have four letters or more."""
    x = stem(word)
    return x in other or (
        len(x) >= 4 and any(len(y) >= 4 and (x.startswith(y) or y.startswith(x)) for y in other)
    )


def _borne(words: list[str], k: int, boundary: frozenset[str] = _BOUNDARY) -> list[str]:
    """The content words (``BORNE`` at most) the word at ``k`` bears on, up to a word
    of ``boundary``; none past another negating word ("neither admitted nor denied
    wrongdoing")."""
    out: list[str] = []
    for w in words[k + 1 : k + 1 + REACH]:
        if w in boundary or w in _NEGATING or len(out) == BORNE:
            break
        if w in _SKIP or w in HEDGES or not w[:1].isalnum():
            continue
        out.append(w)
    return out


def anchored_hedges(words: list[str], other: set[str]) -> Counter[str]:
    """The hedges of one wording that bear on a word the other wording (``other``: its
    ``stems``) says too."""
    out: Counter[str] = Counter()
    for k, w in hedge_positions(words):
        borne = _borne(words, k)
        if w in _ATTRIBUTIVE and not "".join(words[k + 1 : k + 2]).endswith("ed"):
            borne = borne[:1]  # "the suspected ritual murder": the ritual is suspected
        if any(said_in(b, other) for b in borne):
            out[w] += 1
    return out


_ATTRIBUTIVE = frozenset("alleged allegedly suspected".split())
"""Hedges that bear on the word right after them ("for alleged improper trading", "the
suspected ritual murder"): when the other wording drops that word ("in the trading
scandal", "the murder"), the hedge went with it. Not before a past participle
("allegedly assigned to Syndia"): there the hedge bears on the whole statement."""


def certainty_changed(
    old: list[str], new: list[str], removed: list[str], inserted: list[str]
) -> bool:
    """Whether the edit (``removed`` / ``inserted`` words of the wordings ``old`` and
    ``new``) changes how sure a statement both make is (``stance.hedges_changed`` on
    anchored hedges only). Wordings with the same hedges, each as often, are as sure
    unless one tells as done what the other hedges (``_done``): a hedge the edit seems to
    move is one the sentence kept ("would have … overtaking" / "would overtake",
    "could be revised" / "could revise"; not "would file its appeal" / "filed its
    appeal and would ask …")."""
    if _raw(old) == _raw(new) and not (_done(old, new) or _done(new, old)):
        return False
    anchored = (anchored_hedges(old, stems(new)), anchored_hedges(new, stems(old)))
    return hedges_changed(removed, inserted, anchored)


def _raw(words: list[str]) -> Counter[str]:
    """The hedge words of a wording, each as often as it is written."""
    return Counter(w for w in words if w in HEDGES)


_MODALS = frozenset("will would could may might should can must".split())


def _done(one: list[str], other: list[str]) -> bool:
    """Whether a verb ``one`` puts under a modal ``other`` tells as done ("would file
    its notice" / "filed its notice"), whatever else the other wording hedges."""
    hedged = {j for j, x in enumerate(other) if _under_modal(other, j)}
    return any(
        w in _MODALS
        and (verb := one[k + 1]) not in _AUXILIARIES
        and any(
            x != verb and x.endswith("ed") and stem(x) == stem(verb) and j not in hedged
            for j, x in enumerate(other)
        )
        for k, w in enumerate(one[:-1])
    )


_AUXILIARIES = frozenset({"be", "been", "have", "not"})


def _under_modal(words: list[str], j: int) -> bool:
    """Whether the word at ``j`` is a modal's verb ("could be revised", "would file")."""
    before = words[max(0, j - 2) : j]
    return bool(before) and (
        before[-1] in _MODALS
        or (len(before) == 2 and before[1] in _AUXILIARIES and before[0] in _MODALS)
    )


def _negated(words: list[str]) -> set[str]:
    """The stems of the words a negation bears on: after a negating word, or after a
    negating phrase ("stopped short of apologizing": "apologizing"). A negation right
    before another undoes it ("have not ruled out the possibility", "neither admitted
    nor denied wrongdoing"): neither bears on anything."""
    spans = [(k, k) for k, w in enumerate(words) if w in _REJECTING or negating(words, k)]
    joined = " ".join(words)
    for m in NEGATING_PHRASES.finditer(joined):
        first = joined.count(" ", 0, m.start())
        spans.append((first, joined.count(" ", 0, m.end())))  # its first and last word
    spans.sort()
    undone: set[int] = set()
    for i, (start, end) in enumerate(spans):
        later = spans[i + 1] if i + 1 < len(spans) else None
        if later is not None and later[0] == end + 1 and words[start] in _PLAIN:
            undone.update((i, i + 1))
    out: set[str] = set()
    for i, (_, end) in enumerate(spans):
        if i not in undone:
            out.update(stem(borne) for borne in _borne(words, end, _NEGATION_BOUNDARY)[:1])
    return out


def negated_stems(words: list[str]) -> set[str]:
    """The stems of the words a negation of ``words`` bears on (``_negated``)."""
    return _negated(words)


_PLAIN = frozenset("not n't never nor".split())
"""Negations that undo a negating verb or phrase right after them ("not ruled out",
"nor denied", "never failed to")."""


def flip(old: list[str], new: list[str], removed: list[str], inserted: list[str]) -> str:
    """How the edit turns a statement round: ``"polarity"`` when it says the opposite
    of a statement both wordings make (a word negated on one side and said without a
    negation on the other, where the edit put in or took out a negating word; or a
    verb swapped for its opposite after the same subject word); ``"object"`` when the
    negated word is said of something else on each side (``other_object``: "did not
    attend the March meeting" / "attended the April meeting"), another statement; ""
    when it does neither."""
    flipped: list[str] = []
    if any(w in _NEGATING for w in removed + inserted) or negations(removed + inserted):
        in_old, in_new = _negated(old), _negated(new)
        new_stems, old_stems = stems(new), stems(old)
        flipped = [w for w in in_old - in_new if said_in(w, new_stems)]
        flipped += [w for w in in_new - in_old if said_in(w, old_stems)]
        if any(not other_object(old, new, w) for w in flipped):
            return "polarity"
    swapped_old, swapped_new = swaps(removed, inserted)
    if swapped_old:
        before_old = {_subject_word(old, w) for w in swapped_old} - {""}
        before_new = {_subject_word(new, w) for w in swapped_new} - {""}
        if before_old & before_new:
            return "polarity"
    return "object" if flipped else ""


def _at(words: list[str], word: str) -> int:
    """Where ``word`` (a stem) stands in ``words``: the one a negation bears on ("did
    not attend"), else the last ("Attendees said he attended"); -1 when it is not
    there."""
    found = [k for k, w in enumerate(words) if said_in(w, {word})]
    negated = [k for k in found if any(w in _NEGATING for w in words[max(0, k - REACH) : k])]
    return (negated or found or [-1])[-1 if not negated else 0]


def _after(words: list[str], word: str) -> list[str]:
    """The content words (``BORNE`` at most) after ``word`` (``_at``), up to a word of
    ``_BOUNDARY`` or a negating word."""
    at = _at(words, word)
    return _borne(words, at, _BOUNDARY) if at >= 0 else []


def other_object(old: list[str], new: list[str], word: str, new_word: str = "") -> bool:
    """Whether the flipped ``word`` is said of something else on each side: the
    content words right after it (``_after``) share none ("has not found work" /
    "found the closure notice"), or each side has a word that tells one thing of a
    kind from another, a month, a weekday, an ordinal or a figure, the other side
    lacks ("did not attend the March meeting" / "attended the April meeting"), or a
    word of its own right before the thing both name ("the budget hearing" / "the
    zoning hearing"). Then the two tell two statements, not one turned round. One side
    adding a word ("the bill" / "the amended bill") or each describing the same thing
    its own way elsewhere ("a full audit" / "the audit its own lawyers had asked
    for") keeps it. ``new_word``: the stem as NEW says the word, when its form differs
    ("did not meet" / "met")."""
    a, b = _after(old, word), _after(new, new_word or word)
    if not (a and b):
        return False
    if not any(said_in(w, stems(b)) for w in a):
        return True  # nothing said right after it is shared
    own_a = [w for w in a if not said_in(w, stems(new))]
    own_b = [w for w in b if not said_in(w, stems(old))]
    if any(map(_specific, own_a)) and any(map(_specific, own_b)):
        return True
    head = next(w for w in a if said_in(w, stems(b)))
    x, y = _modifier(old, word, head), _modifier(new, new_word or word, head)
    return bool(x and y) and not said_in(x, stems(new)) and not said_in(y, stems(old))


def _modifier(words: list[str], word: str, head: str) -> str:
    """The content word right before ``head`` after the flipped ``word`` ("did not
    attend the budget hearing": "budget"); "" when a function word stands there."""
    at = _at(words, word)
    for k in range(at + 1, min(len(words), at + 2 + REACH)):
        if said_in(words[k], {stem(head)}):
            before = words[k - 1]
            return before if k - 1 > at and before not in _SKIP and before[:1].isalnum() else ""
    return ""


_SPECIFIC = (
    frozenset(WEEKDAYS)
    | frozenset(MONTH_WORDS)
    | frozenset(
        "first second third fourth fifth sixth seventh eighth ninth tenth last next".split()
    )
)
"""Words that tell one thing of a kind from another ("the March meeting", "the second
round")."""


def _specific(word: str) -> bool:
    return word in _SPECIFIC or any(c.isdigit() for c in word)


def _subject_word(words: list[str], verb: str) -> str:
    """The stem of the content word or pronoun just before ``verb`` (within ``REACH``
    words): "the index rose" -> "index", "it rose" -> "it"."""
    if verb not in words:
        return ""
    k = words.index(verb)
    for w in reversed(words[max(0, k - REACH) : k]):
        if w in _PRONOUN_SUBJECTS or (w not in _SKIP and w[:1].isalnum()):
            return stem(w)
    return ""
