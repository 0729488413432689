"""A wire story's dateline: the place in capitals that opens its first sentence
("KESTREL BAY, Norland (MPA) — "), and its lead: the first sentence that tells
something."""

from __future__ import annotations

import re

from storydiff.config import LEAD_SENTENCES, MIN_CLAIM_WORDS
from storydiff.facts.marks import ends_as_sentence
from storydiff.text.sentences import Sentence

_DATELINE = re.compile(r"^\W*([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*)(?=,|\s*\(|\s+[—–-])")


def dateline(text: str) -> str | None:
    """The dateline's place ("KESTREL BAY"), else None."""
    m = _DATELINE.match(text[:200])
    return m.group(1).strip() if m else None


_DATELINE_PREFIX = re.compile(
    r"^\W*[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*"  # KESTREL BAY
    r"(?:,[^(—–]{0,40})?"  # , Norland
    r"\s*(?:\([^)]{1,30}\))?\s*[—–-]+\s*"  # (MPA) —
)


def dateline_end(text: str) -> int:
    """Length of the dateline prefix ("KESTREL BAY, Norland (MPA) — "), else 0."""
    if dateline(text) is None:
        return 0
    m = _DATELINE_PREFIX.match(text[:200])
    return m.end() if m else 0


def lead(sents: list[Sentence]) -> int | None:
    """The lead: the first of the first ``LEAD_SENTENCES`` + 1 sentences that ends as a
    sentence does and tells something (``MIN_CLAIM_WORDS``): not a headline, not a
    dateline the splitter cut off ("JOHANNESBURG (AP)")."""
    return next(
        (
            k
            for k, s in enumerate(sents[: LEAD_SENTENCES + 1])
            if ends_as_sentence(s.text) and len(s.text.split()) >= MIN_CLAIM_WORDS
        ),
        None,
    )
