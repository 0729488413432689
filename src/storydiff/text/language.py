"""Which language a text is in, offline (py3langid ships its model)."""

from __future__ import annotations

import py3langid

_SAMPLE = 4000
_MIN_CHARS = 20


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when it is too short to tell.

    Examples:
        >>> detect_language("The harbour master said the ship ran aground overnight.")
        'en'
    """
    sample = text[:_SAMPLE]
    if sum(ch.isalpha() for ch in sample) < _MIN_CHARS:
        return None
    lang, _score = py3langid.classify(sample)
    return str(lang)
