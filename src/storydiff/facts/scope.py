"""How much of a group a statement covers, and whether an edit changed it: "service
had been restored to some of the affected homes" -> "to most of the affected homes",
"Some passengers were rescued" -> "Most of the passengers were rescued", "all of the
branch libraries" -> "nearly all of the branch libraries".

An edit changes the scope when the words of quantity it removes and puts in
(``SCOPE``, with "nearly" or "almost" before them a step short of their degree) say
another degree before the same word ("some of" / "most of", "many residents" / "few
residents"; "of", "the" and a figure between are passed over). Not an amount said
roughly ("some 400 people"), a superlative ("the most precarious", "at most") or "a
few" against "some" or "quite a few" against "many", which are of one degree. "No",
"none" and "not many" are negations (``facts.stance``).
"""

from __future__ import annotations

SCOPE: dict[str, float] = {
    "few": 1, "some": 2, "several": 2, "many": 3, "most": 4, "all": 5, "every": 5,
}  # fmt: skip
"""Words of how much of a group, from few (1) to all (5); "a few" is "some"."""
_SHORT_OF = frozenset({"nearly", "almost", "virtually"})
"""Words that put a quantity a step short of its degree ("nearly all")."""
_NOT_AFTER = frozenset("the at a".split())
"""Words before "most" or "few" that make them no quantity ("the most", "at most"), or
"few" the degree of "some" ("a few")."""
_PASSED = frozenset("of the its their these those".split())


def scope_changed(removed: list[str], inserted: list[str], old: list[str], new: list[str]) -> bool:
    """Whether the edit (``removed`` / ``inserted`` words of the wordings ``old`` and
    ``new``) says another quantity of the same thing."""
    said = [w for w in removed if w in SCOPE or w in _SHORT_OF]
    saying = [w for w in inserted if w in SCOPE or w in _SHORT_OF]
    if not said and not saying:
        return False
    olds = {i: _after(old, i) for i, w in enumerate(old) if w in SCOPE}
    news = {j: _after(new, j) for j, x in enumerate(new) if x in SCOPE}
    for i, thing in olds.items():
        for j, other in news.items():
            if not thing or thing != other:
                continue
            a, b = _degree(old, i), _degree(new, j)
            if a is not None and b is not None and a != b:
                return True
    return False


def _after(words: list[str], k: int) -> str:
    """The word a quantity is said of, past "of", "the" and a figure ("most of the 24
    economists": economists); "" when it is a figure ("some 400 people")."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if nxt[:1].isdigit():
        return ""
    for w in words[k + 1 : k + 6]:
        if w not in _PASSED and not w[:1].isdigit():
            return w
    return ""


def _degree(words: list[str], k: int) -> float | None:
    """A quantity's degree; None for none ("not many" is a negation, "the city's most
    visited" a superlative, "at most" a bound)."""
    before = words[k - 1] if k else ""
    if before == "not" or (words[k] == "most" and _owning(before)):
        return None
    if words[k] == "few" and before == "a":  # "a few", "quite a few", "only a few"
        return _A_FEW.get(words[k - 2] if k > 1 else "", SCOPE["some"])
    if words[k] in ("most", "few") and before in _NOT_AFTER:
        return None
    return SCOPE[words[k]] - (0.5 if before in _SHORT_OF else 0)


def _owning(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'")) or word in _OWNERS


_OWNERS = frozenset("its their his her our your my".split())
_A_FEW = {"quite": SCOPE["many"], "only": SCOPE["few"]}
