"""Claims: what a version asserts that the other does not, when no number, name, date
or quote says it.

- A sentence only one version has (an added or removed sentence of at least
  ``MIN_CLAIM_WORDS`` words that is not all quote, a correction notice or a wire's
  credit line) is a claim added or removed: "The
  suspect was later released." is news even without a fact in it. When both leads
  were rewritten, the new lead is the claim and the old one is not also reported as
  removed (its changed numbers, names and dates are). Page furniture (a bracketed
  insert, a newsletter promo) and advice to the reader ("you") are no claims.
- An edited sentence whose edit flips a negation ("did not confirm" -> "confirmed"),
  changes how sure it is ("may" -> "will", "far more likely" -> "more likely",
  "suspected" -> "confirmed") or narrows a list of alternatives ("X or Y" -> "Y") is
  a claim update, with the changed words and a few around them. Other edits with no
  fact change stay rewording.
"""

from __future__ import annotations

import re
from collections import Counter

from storydiff.config import (
    CLAIM_CONTEXT_WORDS,
    KEPT_MIN,
    KEPT_SHARE,
    LEAD_SENTENCES,
    MIN_CLAIM_WORDS,
    REWRITE_SHARE,
)
from storydiff.diff.align import Alignment, Link, Role
from storydiff.facts.extract import CORRECTION, STAMP, TAGLINE
from storydiff.facts.model import Change
from storydiff.text.furniture import PROMO
from storydiff.text.sentences import Sentence

_WORD = re.compile(r"[\w'’-]+")
NEGATIONS = frozenset(
    "not n't no never neither nor without none nobody nothing deny denies denied "
    "refuse refuses refused decline declines declined fail fails failed".split()
)
HEDGES = frozenset(
    "may might could would will should must can likely unlikely probably possibly "
    "perhaps expected suspected alleged allegedly reportedly apparently appear appears "
    "appeared seem seems seemed believed confirmed confirm confirms far widely only "
    "all".split()
)
_QUOTES = '“”"«»„'


def _words(text: str) -> list[str]:
    words = []
    for w in _WORD.findall(text.casefold().replace("’", "'")):
        if w.endswith("n't"):
            words += [w[:-3], "n't"]
        else:
            words.append(w)
    return words


def _all_quote(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and stripped[0] in _QUOTES and stripped.rstrip(".")[-1:] in _QUOTES


_QUOTED = re.compile(r"[“\"«„][^“”\"«»„]*[”\"»“]?")
_READER = frozenset({"you", "your", "yours", "yourself", "yourselves"})


def _to_the_reader(text: str) -> bool:
    """Advice addressed to the reader outside any quote ("If you've been exposed, call
    your doctor."): a service box's words, not a claim about the story."""
    return bool(_READER & set(_words(_QUOTED.sub(" ", text))))


def content_words(text: str) -> set[str]:
    """The words of four letters or more that are no function words, lower case."""
    return {w for w in _words(text) if len(w) >= 4 and w not in _FUNCTION}


def embedded_boxes(roles: list[Role], sents: list[Sentence], role: Role) -> set[int]:
    """Sentences of a dated box of reader service set into the story (a news site's
    "Updated June 16" questions-and-answers panel): a run of sentences only one version
    has (``role``) that starts with its own "Updated <date>" stamp after the lead, ends
    where the story goes on, and speaks to the reader somewhere. The box is the site's,
    refreshed on its own schedule; its sentences are no change to the story."""
    out: set[int] = set()
    i = LEAD_SENTENCES
    while i < len(roles):
        if roles[i] is not role or not STAMP.search(sents[i].text):
            i += 1
            continue
        end = i
        while end < len(roles) and roles[end] is role:
            end += 1
        if end < len(roles) and any(_to_the_reader(sents[k].text) for k in range(i, end)):
            out.update(range(i, end))
        i = end
    return out


def _rewritten(
    alignment: Alignment,
    old: list[Sentence],
    new: list[Sentence],
    touched: tuple[set[int], set[int]],
) -> set[tuple[str, int]]:
    """Added and removed sentences that are rewrites of each other: most of the
    shorter one's content words (``REWRITE_SHARE``) in the other; or a rewording that
    keeps the meaning, where no fact of either sentence changed (``touched``: the
    sentences other changes name), no negation, hedge or number did, and a good part
    of the words' stems are shared (``KEPT_SHARE``, at least ``KEPT_MIN``): "The board
    also called for a senior executive to oversee the changes" / "including a
    suggestion that a senior executive be tasked with making sure they are made"."""
    removed = [
        (i, content_words(old[i].text))
        for i, r in enumerate(alignment.old_roles)
        if r is Role.REMOVED
    ]
    added = [
        (j, content_words(new[j].text))
        for j, r in enumerate(alignment.new_roles)
        if r is Role.ADDED
    ]
    out: set[tuple[str, int]] = set()
    for i, a in removed:
        for j, b in added:
            small = min(len(a), len(b))
            if small >= 3 and len(a & b) >= REWRITE_SHARE * small:
                out.update({("old", i), ("new", j)})
    stems = {j: {_stem(w) for w in b} for j, b in added}
    for i, a in removed:
        if ("old", i) in out or i in touched[0]:
            continue
        x = {_stem(w) for w in a}
        for j, _ in added:
            y = stems[j]
            shared = len(x & y)
            if (
                ("new", j) not in out
                and j not in touched[1]
                and shared >= max(KEPT_MIN, KEPT_SHARE * min(len(x), len(y)))
                and not changes_meaning(old[i].text, new[j].text)
            ):
                out.update({("old", i), ("new", j)})
                break
    return out


_STEM = 5
"""Letters of a word that stand for it when rewording changes its form."""
_ENDINGS = ("'s", "ings", "ing", "ions", "ion", "ed", "es", "e", "s", "ly")


def _stem(word: str) -> str:
    """A word without a common ending, cut to ``_STEM`` letters ("voting", "vote" ->
    "vot"; "elections", "election" -> "elect")."""
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            word = word[: -len(end)]
            break
    return word[:_STEM]


def _lead_rewritten(alignment: Alignment) -> bool:
    """Whether both versions' leads have sentences the other lacks: the old lead was
    rewritten, and its changed facts are reported on their own, not as a removed claim."""
    gone = (Role.ADDED, Role.REMOVED)
    return any(r in gone for r in alignment.old_roles[:LEAD_SENTENCES]) and any(
        r in gone for r in alignment.new_roles[:LEAD_SENTENCES]
    )


def one_sided(
    alignment: Alignment,
    old: list[Sentence],
    new: list[Sentence],
    touched: tuple[set[int], set[int]] = (set(), set()),
) -> list[Change]:
    """Added and removed sentences as claims. ``touched``: the OLD and NEW sentences
    whose facts other changes report."""
    out: list[Change] = []
    rewritten = _rewritten(alignment, old, new, touched)
    if _lead_rewritten(alignment):  # the new lead says what the story now is
        rewritten.update(("old", i) for i in range(LEAD_SENTENCES))
    for roles, sents, kind in (
        (alignment.new_roles, new, "addition"),
        (alignment.old_roles, old, "removal"),
    ):
        sizes = Counter(s.paragraph for s in sents)
        notices = {
            s.paragraph for s in sents if CORRECTION.search(s.text) and sizes[s.paragraph] <= 3
        }  # a short paragraph that holds a correction notice is the notice
        for i, role in enumerate(roles):
            if role not in (Role.ADDED, Role.REMOVED) or sents[i].paragraph in notices:
                continue  # a correction notice's sentences are the notice
            if ("new" if kind == "addition" else "old", i) in rewritten:
                continue
            text = " ".join(sents[i].text.split())
            words = _words(text)
            if (
                _all_quote(text)
                or CORRECTION.search(text)
                or TAGLINE.search(text)
                or PROMO.search(text)
                or _to_the_reader(text)
                or (len(words) < MIN_CLAIM_WORDS and not NEGATIONS & set(words))
            ):
                continue
            if kind == "addition":
                out.append(Change("addition", "claim", "", None, text, "", text, [], [i]))
            else:
                out.append(Change("removal", "claim", "", text, None, text, "", [i], []))
    return out


def _sides(link: Link, old_text: str, new_text: str) -> tuple[list[str], list[str], str, str]:
    """The words each side changed, and each side's changed words with context."""
    removed: list[str] = []
    inserted: list[str] = []
    before: list[str] = []
    after: list[str] = []
    for op in link.ops:
        if op.tag == "equal":
            continue
        removed += _words(old_text[op.old_start : op.old_end])
        inserted += _words(new_text[op.new_start : op.new_end])
        for side, text, a, b in (
            (before, old_text, op.old_start, op.old_end),
            (after, new_text, op.new_start, op.new_end),
        ):
            left = text[:a].split()[-CLAIM_CONTEXT_WORDS:]
            right = text[b:].split()[:CLAIM_CONTEXT_WORDS]
            side.append(" ".join([*left, *text[a:b].split(), *right]))
    return removed, inserted, " … ".join(before), " … ".join(after)


_BACKSHIFT = (("will", "would"), ("can", "could"), ("may", "might"))
_PAST = frozenset(
    "was were had did said told chose made went took gave came saw knew thought found "
    "left got became held kept ran began won lost brought bought met sent spent".split()
)


def _past(words: list[str]) -> bool:
    return any(w in _PAST or (len(w) > 4 and w.endswith("ed")) for w in words)


def _hedges_changed(removed: list[str], inserted: list[str]) -> bool:
    """Whether the edit changes how sure the sentence is. A modal put into the past on
    the other side ("will" -> "would", "can" -> "could" in reported speech) is the same
    word; "will" and "can" alone say tense and ability; "would", "could" and "might"
    alone still hedge ("which would violate" -> "violates"). "Can" is ability, and
    "will" against a past tense on the other side is the story's time moving on
    ("Voters will choose" -> "Voters chose"), not a firmer claim."""
    a = Counter(w for w in removed if w in HEDGES)
    b = Counter(w for w in inserted if w in HEDGES)
    for present, past in _BACKSHIFT:
        for x, y in ((a, b), (b, a)):
            same = min(x[present], y[past])
            x[present] -= same
            y[past] -= same
    for counter, other in ((a, inserted), (b, removed)):
        counter["can"] = 0
        if _past(other):
            counter["will"] = 0
    return _degrees(a) != _degrees(b)


_DEGREE = {
    "likely": "probable", "expected": "probable", "probably": "probable",
    "may": "possible", "might": "possible", "could": "possible", "possibly": "possible",
    "perhaps": "possible",
    "suspected": "reported", "alleged": "reported", "allegedly": "reported",
    "reportedly": "reported", "apparently": "reported", "appear": "reported",
    "appears": "reported", "appeared": "reported", "seem": "reported", "seems": "reported",
    "seemed": "reported", "believed": "reported",
}  # fmt: skip
"""Hedges of one degree: "are likely to add" -> "were expected to add" is as sure."""


def _degrees(words: Counter[str]) -> Counter[str]:
    out: Counter[str] = Counter()
    for w, n in words.items():
        if n > 0:
            out[_DEGREE.get(w, w)] += n
    return out


_NOT_CHOICE = frozenset("so more less fewer two three other else not".split())


def _choices(words: list[str]) -> int:
    """How many "or"s offer alternatives ("the bridge or the ford"), not an
    approximation ("300 or so", "two or more")."""
    return sum(
        w == "or" and (k + 1 >= len(words) or words[k + 1] not in _NOT_CHOICE)
        for k, w in enumerate(words)
    )


def _edits(link: Link, old_text: str, new_text: str) -> list[tuple[list[str], list[str]]]:
    """The words each edit of a link removes and inserts, edits apart only by
    punctuation ("another U.S" / "." / "attorney or …") taken as one."""
    out: list[tuple[list[str], list[str]]] = []
    joined = False
    for op in link.ops:
        a = _words(old_text[op.old_start : op.old_end])
        if op.tag == "equal":
            joined = not a and bool(out)
            continue
        b = _words(new_text[op.new_start : op.new_end])
        if joined:
            out[-1][0].extend(a)
            out[-1][1].extend(b)
        else:
            out.append((a, b))
        joined = False
    return out


def _narrowed(link: Link, old_text: str, new_text: str) -> bool:
    """Whether an edit cuts or extends a list of alternatives ("the bridge or the
    tunnel" -> "the bridge"): an edit that changes how many "or"s offer a choice and
    whose side with fewer of them brings no word of its own. A list replaced by other
    words ("to another prosecutor or another office" -> "elsewhere") is said another
    way, and stays rewording unless something else changed."""
    for a, b in _edits(link, old_text, new_text):
        if _choices(a) == _choices(b):
            continue
        fewer, more = (b, a) if _choices(a) > _choices(b) else (a, b)
        own = {w for w in fewer if len(w) >= 4 and w not in _FUNCTION}
        if all(any(w[:4] == v[:4] for v in more) for w in own):
            return True
    return False


_NEGATING = re.compile(
    r"\b(?:stop|stops|stopped|stopping) short of\b|\brul(?:e|es|ed|ing) out\b"
    r"|\brefrain(?:s|ed|ing)?\b|\bback(?:s|ed|ing)? away from\b|\bbalk(?:s|ed|ing)? at\b"
)
"""Phrases that negate what follows: "stopped short of apologizing" -> "apologized" is
a flipped polarity."""


def _negations(words: list[str]) -> int:
    return sum(w in NEGATIONS for w in words) + len(_NEGATING.findall(" ".join(words)))


def edited(link: Link, old_text: str, new_text: str) -> Change | None:
    """A claim update for an edited link whose edit changes what is asserted."""
    removed, inserted, before, after = _sides(link, old_text, new_text)
    what = ""
    if _negations(removed) != _negations(inserted):
        what = "polarity"  # "no projectile had landed" -> "the missiles had not landed": none
    elif _hedges_changed(removed, inserted):
        what = "certainty"
    elif _narrowed(link, old_text, new_text):
        what = "alternatives"
    if not what:
        return None
    return Change(
        "update", "claim", what, before, after, before, after, list(link.old), list(link.new)
    )


def changes_meaning(old: str, new: str) -> bool:
    """Whether a rewritten passage (a quote's words) flips a negation, changes how sure
    it is or changes a number."""
    a, b = _words(old), _words(new)
    return any(
        sorted(w for w in a if keep(w)) != sorted(w for w in b if keep(w))
        for keep in (NEGATIONS.__contains__, HEDGES.__contains__, _has_digit)
    )


def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


_FUNCTION = frozenset(
    "a an the of to in on at for and or but by with from as is was are were be been it "
    "its that this these those there their they he she we i you".split()
)


def same_content(old: str, new: str) -> bool:
    """Whether two wordings differ only in function words and word forms ("the test"
    -> "the tests"), with no change of meaning a word could carry."""
    if changes_meaning(old, new):
        return False
    a = {w for w in _words(old) if w not in _FUNCTION}
    b = {w for w in _words(new) if w not in _FUNCTION}
    return all(
        any(w[:4] == v[:4] for v in other) for side, other in ((a - b, b), (b - a, a)) for w in side
    )
