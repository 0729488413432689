"""How bad a harm is said to be, and whether an edit changed it: "taken to hospital
with minor injuries" -> "with serious injuries", "in stable condition" -> "in critical
condition", "seriously wounded" -> "critically wounded".

An edit changes the severity when the words it removes say one degree of harm and the
words it puts in another (``DEGREES``), each within ``REACH`` words of a word of harm
in its sentence (``HARM``: injuries, wounds, burns, damage, a condition): "a critical
vote on the hospital budget", "a serious incident" or "grave concerns about injured
protesters" say no degree of a harm. "Minor" is a degree only right before a harm
("minor injuries"), not the noun ("a minor was hurt"). A warning's colour is its
level ("an amber warning for rain" -> "a red warning", ``LEVELS``). Users may extend
the lists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

DEGREES: dict[str, int] = {
    **dict.fromkeys(
        "minor slight slightly light lightly superficial non-life-threatening stable".split(), 1
    ),
    **dict.fromkeys("moderate moderately".split(), 2),
    **dict.fromkeys("serious seriously severe severely grave gravely major".split(), 3),
    **dict.fromkeys("critical critically life-threatening grievous grievously".split(), 4),
    **dict.fromkeys("fatal fatally mortal mortally".split(), 5),
}  # fmt: skip
"""Words of a degree of harm, from light (1) to deadly (5)."""

HARM = frozenset(
    "injury injuries injured injure injures wound wounds wounded hurt burn burns burned "
    "burnt damage damaged condition illness ill".split()
)
"""Words of harm, lower case, whole words ("hospitality", "Burnley" and "injury time"
are none: "time" follows)."""
REACH = 2
"""How many words from a degree its harm may stand ("minor injuries", "seriously
injured", "in stable condition", "injuries that were serious")."""
_NOT_HARM_AFTER = frozenset("of time".split())
"""Words after a harm word that make it none: "on condition of anonymity", "injury time"."""
THINGS = frozenset(
    "economy economic finances financial market markets budget currency bank company firm "
    "bridge building road roads structure dam".split()
)
"""Things whose "condition" is no one's health: "the economy was in stable condition"."""
_COPULAS = frozenset("was were is are remained remains".split())
LEVELS: dict[str, int] = {"green": 1, "yellow": 2, "amber": 3, "orange": 3, "red": 4}
"""The colours of a warning's level, as weather and civil agencies give them."""
ALERTS = frozenset("warning warnings alert alerts alarm".split())
"""Words a colour before makes a level ("a red warning"; not "red shirts")."""
_NOT_ALERT_AFTER = frozenset("light lights lamp lamps sign signs label tape triangle".split())
"""Words after a word of alert that make it a thing ("a red warning light")."""


_NAMED = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\w*\s+)?(?:Warning|Warnings|Alert|Alerts|Alarm)\b")
"""A colour in a name with a word of alert ("Red Alert, a rescue charity")."""


def _levels(changed: Sequence[str], sentence: Sequence[str], raw: str) -> set[int]:
    """The levels of warning the changed words say: a colour right before a word of
    alert or one word before it ("an amber warning", "a yellow weather warning"), not
    in a name written in capitals (``raw`` is the sentence as written: "Red Alert, a
    rescue charity") nor of a thing ("a red warning light")."""
    names = {m.group(1).lower() for m in _NAMED.finditer(raw)}
    out = set()
    for k, w in enumerate(sentence):
        if w not in LEVELS or w not in changed or w in names:
            continue
        for a in (k + 1, k + 2):
            after = sentence[a + 1] if a + 1 < len(sentence) else ""
            if a < len(sentence) and sentence[a] in ALERTS and after not in _NOT_ALERT_AFTER:
                out.add(LEVELS[w])
    return out


def _harms(sentence: Sequence[str]) -> list[int]:
    things = bool(THINGS & set(sentence))
    return [
        k
        for k, w in enumerate(sentence)
        if w in HARM
        and (k + 1 >= len(sentence) or sentence[k + 1] not in _NOT_HARM_AFTER)
        and not (w == "condition" and things)
    ]


def _near(k: int, h: int, sentence: Sequence[str]) -> bool:
    """Whether the degree at ``k`` says how bad the harm at ``h`` is: within ``REACH``
    words, or after it across a verb of being ("Burns to his arms were superficial")."""
    if 0 < abs(h - k) <= REACH:
        return True
    return h < k <= h + 3 * REACH and any(w in _COPULAS for w in sentence[h + 1 : k])


def _degrees(changed: Sequence[str], sentence: Sequence[str]) -> set[int]:
    """The degrees the changed words say of a harm near them in the sentence; "minor"
    only right before one ("minor injuries", not "a minor was hurt")."""
    harms = _harms(sentence)
    wanted = set(changed)
    out = set()
    for k, w in enumerate(sentence):
        if w not in DEGREES or w not in wanted:
            continue
        near = [h for h in harms if _near(k, h, sentence)]
        if w == "minor":
            near = [h for h in near if h == k + 1]
        if near:
            out.add(DEGREES[w])
    return out


def severity_changed(
    removed: Sequence[str],
    inserted: Sequence[str],
    old: Sequence[str],
    new: Sequence[str],
    raw: tuple[str, str] = ("", ""),
) -> bool:
    """Whether an edit (its ``removed`` and ``inserted`` words, lower case, in the
    sentences ``old`` and ``new``, written as ``raw``) says a harm is of another degree,
    or a warning of another level."""
    before, after = _degrees(removed, old), _degrees(inserted, new)
    if before and after and before != after:
        return True
    was, now = _levels(removed, old, raw[0]), _levels(inserted, new, raw[1])
    return bool(was and now and was != now)
