"""How bad a harm is said to be, and whether an edit changed it: "taken to hospital
with minor injuries" -> "with serious injuries", "in stable condition" -> "in critical
condition", "seriously wounded" -> "critically wounded".

An edit changes the severity when the words it removes say one degree of harm and the
words it puts in another (``DEGREES``), and both wordings speak of a harm (``HARM``:
injuries, wounds, burns, damage, a condition, a hospital stay). "Minor" is a degree
only before a harm ("minor injuries"), not the noun ("a minor was hurt"). Users may
extend both lists.
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

HARM = re.compile(r"^(injur|wound|hurt|burn|damag|condition|hospital|ill\b|illness)")
"""The start of a word of harm, lower case."""


def _harmed(words: Sequence[str]) -> bool:
    return any(HARM.match(w) for w in words)


def _degrees(changed: Sequence[str], sentence: Sequence[str]) -> set[int]:
    """The degrees the changed words say; "minor" only before a harm in the sentence."""
    minor_harm = any(
        w == "minor" and k + 1 < len(sentence) and HARM.match(sentence[k + 1])
        for k, w in enumerate(sentence)
    )
    return {DEGREES[w] for w in changed if w in DEGREES and (w != "minor" or minor_harm)}


def severity_changed(
    removed: Sequence[str], inserted: Sequence[str], old: Sequence[str], new: Sequence[str]
) -> bool:
    """Whether an edit (its ``removed`` and ``inserted`` words, lower case, in the
    sentences ``old`` and ``new``) says a harm is of another degree."""
    before, after = _degrees(removed, old), _degrees(inserted, new)
    return bool(before and after and before != after and _harmed(old) and _harmed(new))
