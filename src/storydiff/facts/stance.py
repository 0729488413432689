"""How a wording asserts: its polarity, and how sure it is (``hedges_changed``).

A statement turns into its opposite by a negation on one side only ("approved" ->
"did not approve") or by a verb replaced with its opposite ("supports" ->
"opposes", "rose" -> "fell"). A negation right before the opposite verb undoes the
swap ("did not approve" -> "rejected" say the same); one elsewhere in the wording
does not. Words are lower case, as ``facts.claims.word_list`` gives them.
"""

from __future__ import annotations

import re
from collections import Counter

from storydiff.facts.hedges import hedge_positions

NEGATIONS = frozenset(
    "not n't no never neither nor without none nobody nothing deny denies denied "
    "refuse refuses refused decline declines declined fail fails failed unless "
    "cannot dont doesnt didnt isnt arent wasnt werent havent hasnt hadnt wont cant "
    "couldnt wouldnt shouldnt".split()
)
"""Negating words, with "cannot" and contractions typed without their apostrophe
("havent", as some feeds write them): each is one word to ``claims.word_list``.
"Unless" is "if not" ("unless they are repealed" / "if they are not repealed"). Words
of few or little ("rarely", "hardly", "scarcely") are no negations: "hardly arrived" is
"just arrived", "rarely enforced" is "enforced only occasionally".
"Failing" and "failure" negate only before "to" (``NEGATING_PHRASES``): "heart
failure", "a failing school" negate nothing."""
NEGATING_PHRASES = re.compile(
    r"\b(?:stop|stops|stopped|stopping) short of\b|\brul(?:e|es|ed|ing) out\b"
    r"|\brefrain(?:s|ed|ing)?\b|\bback(?:s|ed|ing)? away from\b|\bbalk(?:s|ed|ing)? at\b"
    r"|\bfail(?:ing|ure) to\b|\brefusal to\b|\brather than\b|\binstead of\b"
)
"""Phrases that negate what follows: "stopped short of apologizing" -> "apologized" is
a flipped polarity."""


def negating(words: list[str], k: int) -> bool:
    """Whether the word at ``k`` negates: one of ``NEGATIONS``, but not "nothing" or
    "none" before "but" ("had nothing but praise": only praise), nor "nor" after
    "neither" ("neither I nor my film are": one negation, as "are not"). A "nor" that
    adds a clause of its own ("did not attend, nor did she send a deputy") negates it;
    nor "no" as a vote ("would vote no", "the no votes": ``_a_vote``)."""
    if words[k] not in NEGATIONS:
        return False
    if words[k] == "nor":  # "neither" in the dozen words before it
        return "neither" not in words[max(0, k - _NOR_REACH) : k]
    if words[k] == "no" and _a_vote(words, k):
        return False  # "would vote no", "the no votes": a vote, not a negation
    return words[k] not in _ONLY or words[k + 1 : k + 2] != ["but"]


_ONLY = frozenset({"nothing", "none"})
_VOTING = frozenset({"vote", "votes", "voted", "voting"})
_VOTE_SIDES = frozenset({"vote", "votes", "side", "camp", "campaign"})
_NO_WORDS = frozenset({"longer", "one", "more", "doubt", "matter", "way", "sign", "end"})
"""Words that make "no" after a vote a negation ("the vote no longer matters")."""


def _a_vote(words: list[str], k: int) -> bool:
    """Whether the "no" at ``k`` is a vote: after a word of voting, not before a word
    that makes it a negation ("would vote no on the plan"; not "the vote no longer
    matters": ``_NO_WORDS``), or after "the" or "a" before a vote's side ("the no
    votes", "the no campaign")."""
    before, after = words[k - 1] if k else "", words[k + 1] if k + 1 < len(words) else ""
    if before in _VOTING:
        return after not in _NO_WORDS
    return before in ("the", "a") and after in _VOTE_SIDES


_NOR_REACH = 12


def negations(words: list[str]) -> int:
    """How many negating words and phrases the words hold."""
    phrases = len(NEGATING_PHRASES.findall(" ".join(words)))
    return sum(negating(words, k) for k in range(len(words))) + phrases


UNKNOWING = frozenset({"unclear", "unknown", "uncertain"})
"""Words that say something is not known, as "not known" and "not clear" do."""
_KNOWN = frozenset({"known", "clear", "certain"})
_SO_FAR = frozenset({"yet", "immediately", "entirely", "fully"})


def _not_known(words: list[str]) -> int:
    """How many times a "not" says something is not known ("was not yet known", "not
    clear")."""
    found = 0
    for k, w in enumerate(words[:-1]):
        after = words[k + 1 : k + 3]
        so_far = after[0] in _SO_FAR and len(after) > 1 and after[1] in _KNOWN
        if w == "not" and (after[0] in _KNOWN or so_far):
            found += 1
    return found


def _stances(words: list[str]) -> tuple[int, int]:
    """How many things the words say are not known ("not yet known", "unclear"), and
    how many other negations they hold: "was not yet known" / "was still unclear" say
    the same; "unclear whether it would hold" / "would not hold" do not."""
    said = _not_known(words)
    return said + sum(w in UNKNOWING for w in words), negations(words) - said


def _forms(text: str) -> frozenset[str]:
    return frozenset(text.split())


_OPPOSITES: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (_forms(yes), _forms(no))
    for yes, no in (
        ("support supports supported supporting", "oppose opposes opposed opposing"),
        (
            "approve approves approved approving accept accepts accepted accepting",
            "reject rejects rejected rejecting",
        ),
        ("agree agrees agreed agreeing", "disagree disagrees disagreed disagreeing"),
        ("win wins won winning", "lose loses lost losing"),
        ("gain gains gained gaining", "lose loses lost losing"),
        ("rise rises rose risen rising", "fall falls fell fallen falling"),
        (
            "increase increases increased increasing",
            "decrease decreases decreased decreasing reduce reduces reduced reducing",
        ),
        (
            "allow allows allowed allowing permit permits permitted permitting",
            "ban bans banned banning forbid forbids forbade forbidden forbidding "
            "prohibit prohibits prohibited prohibiting",
        ),
        ("open opens opened opening", "close closes closed closing shut shuts shutting"),
        ("lift lifts lifted lifting", "impose imposes imposed imposing"),
        ("acquit acquits acquitted acquitting", "convict convicts convicted convicting"),
        (
            "praise praises praised praising welcome welcomes welcomed welcoming",
            "condemn condemns condemned condemning criticize criticizes criticized "
            "criticizing criticise criticises criticised criticising",
        ),
    )
)
"""News verbs and their opposites, in their written forms. The opposites that are
negations already ("confirmed" / "denied", "accepted" / "refused", "passed" /
"failed": ``NEGATIONS``) are counted as negations, not here, so that each flip is
seen once."""


_OPEN_CLOSE = next(pair for pair in _OPPOSITES if "opened" in pair[0])
"""Opposite only on one object: "closed the street" / "opened an investigation" (or
"opened fire") say different things, not opposite ones."""
_OBJECT_WORDS = 3
"""How many words after "opened" or "closed" may name its object."""
_DETERMINERS = frozenset("the a an its his her their our my your this that these those".split())
_OBJECT_END = frozenset(
    "on in at after before for to from with by of and or but as since until during over "
    "under into onto near amid because while when".split()
)
_NEGATION_REACH = 3
"""How many words before a verb a negation may stand and still negate it ("did not
approve", "has not yet approved", "failed to approve")."""


def _object(words: list[str], verbs: frozenset[str]) -> set[str]:
    """The words of the object after the first of ``verbs`` in ``words``, without
    articles and possessives, up to a preposition or conjunction; empty when the verb
    has none there (it ends an edit of the verb alone, or takes no object: "the border
    closed on Friday")."""
    k = next(k for k, w in enumerate(words) if w in verbs)
    out: set[str] = set()
    for w in words[k + 1 : k + 1 + _OBJECT_WORDS]:
        if w in _OBJECT_END:
            break
        if w not in _DETERMINERS:
            out.add(w)
    return out


def swaps(a: list[str], b: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of ``a`` and of ``b`` that one wording has and the other replaces with
    its opposite (empty when none): for "opened" / "closed", only on the same object."""
    x, y = set(a), set(b)
    only_a, only_b = x - y, y - x
    in_a: set[str] = set()
    in_b: set[str] = set()
    for pair in _OPPOSITES:
        for p, q in (pair, pair[::-1]):
            va, vb = frozenset(only_a & p), frozenset(only_b & q)
            if not (va and vb):
                continue
            if pair is _OPEN_CLOSE:
                oa, ob = _object(a, va), _object(b, vb)
                if oa and ob and not oa & ob:
                    continue
            in_a |= va
            in_b |= vb
    return frozenset(in_a), frozenset(in_b)


def swapped(a: list[str], b: list[str]) -> bool:
    """Whether one wording has a verb the other lacks and the other has its opposite,
    which the first lacks ("The union supports the plan" / "The union opposes the
    plan"; "closed the street" / "opened an investigation" is no such swap)."""
    return bool(swaps(a, b)[0])


def _negated(words: list[str], verbs: frozenset[str]) -> int:
    """How many of ``verbs`` in ``words`` a negation stands right before ("did not
    approve", "failed to approve")."""
    return sum(
        w in verbs and negations(words[max(0, k - _NEGATION_REACH) : k]) > 0
        for k, w in enumerate(words)
    )


def opposed(a: list[str], b: list[str]) -> bool:
    """Whether two wordings of one statement say opposite things: a negation on one
    side only, or a verb swapped for its opposite. A negation right before the
    opposite verb cancels the swap ("did not approve" / "rejected" say the same); one
    elsewhere does not ("rejected the plan, and no new vote is planned" still says the
    opposite of "approved the plan")."""
    (unknown_a, negated_a), (unknown_b, negated_b) = _stances(a), _stances(b)
    if unknown_a != unknown_b:
        return True
    in_a, in_b = swaps(a, b)
    if not in_a:
        return negated_a != negated_b
    bound_a, bound_b = _negated(a, in_a), _negated(b, in_b)
    free = negated_a - bound_a != negated_b - bound_b
    return bound_a == bound_b or free


_BACKSHIFT = (("will", "would"), ("can", "could"), ("may", "might"))
_PAST = frozenset(
    "was were had did said told chose made went took gave came saw knew thought found "
    "left got became held kept ran began won lost brought bought met sent spent".split()
)


def _past(words: list[str]) -> bool:
    return any(w in _PAST or (len(w) > 4 and w.endswith("ed")) for w in words)


def hedges_changed(
    removed: list[str],
    inserted: list[str],
    anchored: tuple[Counter[str], Counter[str]] | None = None,
) -> bool:
    """Whether the edit changes how sure the sentence is. A modal put into the past on
    the other side ("will" -> "would", "can" -> "could" in reported speech) is the same
    word; "will" and "can" alone say tense and ability; "would", "could" and "might"
    alone still hedge ("which would violate" -> "violates"). "Can" is ability, and
    "will" against a past tense on the other side is the story's time moving on
    ("Voters will choose" -> "Voters chose"), not a firmer claim; "can" against "may"
    is the same leave or chance ("can only be copied" -> "may only be copied"); nor is
    "will" against a side with no hedge ("will go" -> "goes"). "Would" after a verb of
    saying is reported speech's "will" ("said they would" -> "plan to"); "may" the
    month, "so far" and a prediction said another way ("had predicted" -> "expected")
    hedge nothing (``hedge_positions``). With ``anchored`` (the hedges of each whole
    wording that hedge a statement the other wording makes too:
    ``anchoring.anchored_hedges``), no other hedge counts."""
    a, b = _hedges(removed), _hedges(inserted)
    if anchored is not None:  # only hedges of a statement both wordings make
        a, b = a & anchored[0], b & anchored[1]
    a, b = a - b, b - a  # the same hedge on both sides ("would" after "said" is "will")
    _as_expected(a, inserted)
    _as_expected(b, removed)
    for present, past in _BACKSHIFT:
        for x, y in ((a, b), (b, a)):
            same = min(x[present], y[past])
            x[present] -= same
            y[past] -= same
    for x, y in ((a, b), (b, a)):  # "can only be burned" / "may only be burned"
        same = min(x["can"], y["may"])
        x["can"] -= same
        y["may"] -= same
    a["can"] = b["can"] = 0
    hedged_a, hedged_b = +a, +b
    for counter, other, hedged in ((a, inserted, hedged_b), (b, removed, hedged_a)):
        if _past(other) or not hedged:
            counter["will"] = 0
    return not _as_sure(_degrees(a), _degrees(b))


_PREDICTING = frozenset(
    "predicted predicts predict planned scheduled anticipated anticipates intends intended "
    "expect expects expecting consensus forecast forecasts forecasted prediction "
    "predictions projected projection projections goal aim aims".split()
)
"""Words that say a thing is expected in other words ("had predicted" / "expected",
"was scheduled to arrive" / "is expected to attend", "analysts expect" / "analysts
expected", "the consensus was for 19 cents" / "analysts had expected 19 cents", "its
goal is to open" / "is expected to open"): as sure as "expected"."""
_THINKING = frozenset("believe believes think thinks thought".split())
"""Words that say what someone believes in other words ("police believe" / "police
believed"): as sure as "believed"."""


_ASKING = frozenset("asked asks ask urged urges urge advised advises".split())
"""Words that ask for what "should" says in other words ("residents are asked not to
drive" / "residents should not drive")."""
_REQUIRING = frozenset("requires required require".split())
"""Words that say what "must" says in other words ("must be approved by the committee"
/ "requires approval from the committee")."""


def _hedges(words: list[str]) -> Counter[str]:
    return Counter(w for _, w in hedge_positions(words))


def _as_expected(hedges: Counter[str], words: list[str]) -> None:
    """A side's "expected" (or "likely") and the other side's prediction in other
    words ("predicted", "planned", "was scheduled"), its "believed" and the other
    side's "believe", its "reportedly" and the other side's "reported", its "should"
    and the other side's request ("asked to") or its "must" and the other side's
    requirement ("requires approval") are as sure: the hedge is taken off."""
    for w in words:
        if w in _THINKING and hedges["believed"]:
            hedges["believed"] -= 1
        if w == "reported" and hedges["reportedly"]:
            hedges["reportedly"] -= 1  # "reportedly claims" / "was reported as saying"
        for kind, hedge in ((_ASKING, "should"), (_REQUIRING, "must")):
            if w in kind and hedges[hedge]:
                hedges[hedge] -= 1  # "are asked to stay" / "should stay"
        if w not in _PREDICTING:
            continue
        for said in ("expected", "likely"):
            if hedges[said]:
                hedges[said] -= 1
                break


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


def _as_sure(a: Counter[str], b: Counter[str]) -> bool:
    """Whether two sides' hedge degrees say as sure a statement: the same degrees, once
    a hedge of what is reported or seen ("appeared", "reportedly") on one side is
    matched with one of likelihood ("probably", "may") on the other: "probably dragged"
    -> "appeared to have been dragged", "it appeared his side had fallen short" -> "his
    group may have fallen short" (no labeller marked either on the MRPC train part;
    "likely" -> "may" stays weaker)."""
    a, b = +a, +b
    for x, y in ((a, b), (b, a)):
        for degree in ("probable", "possible"):
            same = min(x["reported"], y[degree])
            x["reported"] -= same
            y[degree] -= same
    return +a == +b


def _degrees(words: Counter[str]) -> Counter[str]:
    out: Counter[str] = Counter()
    for w, n in words.items():
        if n > 0:
            out[_DEGREE.get(w, w)] += n
    return out
