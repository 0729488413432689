"""Which language a text is in, offline (py3langid ships its model)."""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from storydiff.config import LANGUAGE_MIN_PROBABILITY

_SAMPLE = 4000
_MIN_CHARS = 20


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _has_letters(text: str, least: int) -> bool:
    """Whether ``text`` has at least ``least`` letters (counted until there are that
    many: a sum over a 4,000-character sample took a third of the time of an export)."""
    for ch in text:
        if ch.isalpha():
            least -= 1
            if least <= 0:
                return True
    return least <= 0


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when it cannot tell.

    Examples:
        >>> detect_language("The harbour master said the ship ran aground overnight.")
        'en'
    """
    sample = text[:_SAMPLE]
    if not _has_letters(sample, _MIN_CHARS):
        return None
    lang, probability = _identifier().classify(sample)
    if lang == "zxx" or probability < LANGUAGE_MIN_PROBABILITY:  # zxx: "no linguistic content"
        return None
    return str(lang)
