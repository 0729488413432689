"""Where a wording hedges, and with which word (``hedge_positions``): modals, words of
likelihood and report ("likely", "reportedly", "appeared to"), less the uses that say
no doubt: a month ("in May", "on 4 May is"), a place of printing ("appear in a
journal"), a comparison ("than analysts expected"), a modal framed by a question, a
noun of chance, an estimate, a clause of time or of purpose, "should" opening a
condition or in what is asked for.
``stance.hedges_changed`` compares two wordings' hedges. Words are lower case, as
``facts.claims.word_list`` gives them."""

from __future__ import annotations

import itertools

HEDGES = frozenset(
    "may might could would will should must can likely unlikely probably possibly "
    "perhaps expected suspected alleged allegedly reportedly apparently appear appears "
    "appeared seem seems seemed believed confirmed confirm confirms far necessarily".split()
)
"""Words that say how sure a statement is. Not "all" or "only" ("killing its seven
astronauts" / "killing all seven astronauts", "the family car" / "the family's only
car"): on blind-labelled MRPC rewordings (``bench/claims_mrpc.py``, train part) a
certainty change they alone made was right 1 time in 33 and 2 in 21. Nor "widely"
("is widely respected" / "is respected"): 0 right of 3 there, and 1 wrong of 1 on the
NewsEdits tuning pairs. "Necessarily" is one ("will not be" / "won't necessarily be")."""

_SAYING = frozenset(
    "said says told announced added predicted promised vowed insisted warned argued "
    "stated indicated signalled signaled estimated".split()
)
_MONTH_BEFORE = frozenset("in of since until by early late mid".split())
_MODALS = frozenset("may might could would".split())
_NO_VERB = frozenset("is was are were has had and or to of this last next when that".split())
"""Words that never follow the modal "may": after a day number, it is the month ("on 4
May is revealed", "4 May and 5 June")."""
_HAVE = frozenset("has have had having".split())
"""With "to" and a verb, the same obligation as "must"."""
_INVERTED = frozenset("it he she they we you i a an the this that there".split())
"""After "should", the subject of a condition said the other way round ("should it
break", "should a user lose it")."""
_COMPARATIVE = frozenset(
    "more less fewer better worse higher lower greater larger smaller bigger too".split()
)
_PLACING = frozenset("in on at today tomorrow before with".split())
"""Words after "appear" when it says where something is printed or seen, no hedge."""
_CHANCES = frozenset("odds chance chances likelihood possibility probability risk".split())
"""Nouns of how likely something is: a modal in what they say ("raised the odds that
the Fed might cut rates") hedges nothing the noun has not ("the odds of a rate cut")."""
_BEFORE = frozenset("before until".split())
"""Words that open a clause of time: a modal in it says ability, not doubt ("fled
before they could take anything")."""


_TELLING = frozenset("said says told shows show showed showing suggests indicates".split())
"""Verbs by which a forecast or a projection tells something ("the forecast said the
storm could hit"): the modal after them is the telling's, not the estimate's."""
_ESTIMATING = frozenset("estimated estimates estimate projected projects forecast".split())
"""Words of an estimate: a modal in what it says ("estimated that the fires could cost
$2 billion") is as sure as the estimate itself ("estimated the cost at $2 billion")."""


def _purpose(window: list[str]) -> bool:
    """Whether the last four words of ``window`` hold "so that" (a clause of purpose:
    "so that a witness could identify him"). A bare "so" may be a consequence ("Rain
    fell all night, so the match could be cancelled") and is left alone."""
    tail = window[-4:]
    return any(a == "so" and b == "that" for a, b in itertools.pairwise(tail))


def _framed(words: list[str], k: int) -> bool:
    """Whether the modal at ``k`` is in what a noun of chance says ("the odds that the
    Fed might": such a noun, then "that", in the six words before), in a question
    ("too early to know whether a second wave might come": "whether" in the six words
    before), in what an estimate says ("estimated the fires could cost": the estimate
    in the six words before, with no verb of saying or showing between: not "the
    forecast said the storm could hit"), in a clause of time ("before they could": in
    the three words before) or of purpose ("so that a witness could": ``_purpose``):
    the frame, not the modal, says how sure it is."""
    window = words[max(0, k - 6) : k]
    if any(w in _ESTIMATING and not _TELLING & set(window[j + 1 :]) for j, w in enumerate(window)):
        return True  # "estimated (that) the fires could cost $2 billion": the estimate
    if _BEFORE & set(window[-3:]) or _purpose(window):
        return True  # "fled before they could take anything": ability, not doubt
    return "whether" in window or any(
        w in _CHANCES and "that" in window[j + 1 :] for j, w in enumerate(window)
    )


_MANDATING = frozenset(
    "suggestion recommend recommends recommended recommendation "
    "propose proposes proposed proposal demand demands demanded insist insists insisted "
    "urge urges urged request requests requested".split()
)
"""Words that ask for something to be done: "should" in what they ask ("the suggestion
that the honour should go") says no more than the bare verb ("that the honour go").
Not the verb "suggest", which also says what evidence points to ("suggests that the
vaccine should protect")."""


def _mandated(window: list[str]) -> bool:
    """Whether a word of ``_MANDATING`` then "that" come in ``window``."""
    return any(w in _MANDATING and "that" in window[j + 1 :] for j, w in enumerate(window))


_NOUN_OPENING = frozenset("the of among many all by from".split())
"""Words before "likely" that make it an adjective of the plural after it ("among
likely voters")."""


EDIT_GAP = "…"
"""Set between the words of two edits of a sentence (``edit_claims.sides``), so that no
reading runs from one into the other: "11" -> "13" and "may file" -> "will file" is no
"11 may", a date; a saying verb before the gap still frames a "would" after it."""


def _four_before(words: list[str], k: int) -> set[str]:
    """The four words before ``k``, past the gaps between two edits (``EDIT_GAP``)."""
    out: set[str] = set()
    j, found = k - 1, 0
    while j >= 0 and found < 4:
        if words[j] != EDIT_GAP:
            out.add(words[j])
            found += 1
        j -= 1
    return out


def hedge_positions(words: list[str]) -> list[tuple[int, str]]:
    """Where ``words`` hedge, and with which word: "would" after a verb of saying, or
    in a wording that ends with one ("Passengers would be given a refund, she said"),
    counted as "will" ("said they would", not "would have"); not "may" the month ("in
    May", "May 14", "on 4 May is revealed") nor "far" that is no degree ("so far";
    "far more likely" is one), nor "appear" saying where ("appear in a journal"), nor
    "expected" in a comparison ("grew faster than analysts expected"), nor "likely" of
    a plural noun ("1,200 likely voters"), nor a modal framed by a question, a noun of
    chance, an estimate or a clause of time or purpose (``_framed``), nor "should"
    opening a condition ("should it break") or in what is asked for ("the suggestion
    that it should go": ``_mandated``); "has to" and "had to" before a verb are
    "must"."""
    out: list[tuple[int, str]] = []
    reported = bool(words) and words[-1] in _SAYING
    for k, w in enumerate(words):
        if w in _HAVE and k + 2 < len(words) and words[k + 1] == "to":
            out.append((k, "must"))  # "has to be followed up" / "must be followed up"
            continue
        if w not in HEDGES:
            continue
        after = words[k + 1] if k + 1 < len(words) else ""
        before = words[k - 1] if k else ""
        if w == "may" and (before in _MONTH_BEFORE or after[:1].isdigit()):
            continue  # "in May", "May 14" ("4 May" reads as "20, may face")
        if w == "may" and before[:1].isdigit() and (after in _NO_VERB or not after):
            continue  # "his birth on 4 May is revealed": no verb after a modal
        if w.startswith("appear") and after in _PLACING:
            continue  # "the findings appear in Friday's journal"
        if w == "far" and after not in _COMPARATIVE:
            continue
        if (
            w == "likely"
            and after.endswith("s")
            and (before[:1].isdigit() or before in _NOUN_OPENING)
        ):
            continue  # "of 1,200 likely voters": a kind of voter, no hedge
        if w == "expected" and "than" in words[max(0, k - 4) : k]:
            continue  # "more than Wall Street expected": a comparison, not a hedge
        if w in _MODALS and _framed(words, k):
            continue
        if w == "should" and after in _INVERTED:
            continue  # "should it break below $1.15": "if it breaks", no hedge
        if w == "should" and _mandated(words[max(0, k - 8) : k]):
            continue  # "the suggestion that the honour should go": "that it go"
        saying = reported or _SAYING & _four_before(words, k)
        if w == "would" and after != "have" and saying:
            w = "will"  # not "said the dam would have saved the village"
        out.append((k, w))
    return out
