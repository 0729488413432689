"""Word tokens with character offsets and normalised comparison keys.

Tokens never hide text: every token is a slice ``text[start:end]`` of the original,
and what lies between tokens is whitespace. Comparison uses ``key`` (NFKC,
typographic quotes and dashes folded to ASCII); similarity uses ``fold`` (``key``
case-folded). Scripts written without spaces (Chinese, Japanese, Thai) get one token
per character, so shingles and diffs work on them too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_CJK = (
    "\u0e00-\u0e7f"  # Thai
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han
    "\U00020000-\U0002fa1f"
)
_WORDCHAR = rf"(?:(?![{_CJK}])[^\W_])"
TOKEN_RE = re.compile(
    rf"[{_CJK}]"  # one character of a script without spaces
    rf"|{_WORDCHAR}+(?:['’.,\-]{_WORDCHAR}+)*"  # words, numbers (1,000.5), don't, well-known
    r"|\S",  # any other visible character: punctuation, symbols
)

_FOLD = str.maketrans(
    {
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
        "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
        "‹": "'", "›": "'", "「": '"', "」": '"', "『": '"', "』": '"',
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
        "\u00ad": "",
    }
)  # fmt: skip


@lru_cache(maxsize=65536)
def normalise_token(raw: str) -> str:
    """The comparison key of a token: NFKC, typographic quotes and dashes folded.

    Examples:
        >>> normalise_token("“")
        '"'
        >>> normalise_token("—")
        '-'
        >>> normalise_token("ｆｕｌｌ")
        'full'
    """
    return unicodedata.normalize("NFKC", raw).translate(_FOLD)


@dataclass(slots=True, frozen=True)
class Token:
    """One token: ``text[start:end]`` of the original and its keys."""

    start: int
    end: int
    key: str
    """Normalised, case kept: what word diffs compare."""
    fold: str
    """``key`` case-folded: what similarity and shingles use."""
    is_word: bool
    """Letters or digits (not punctuation or a symbol)."""


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``, with offsets into ``text``.

    Examples:
        >>> [t.key for t in tokenize("“Two missiles,” he said.")]
        ['"', 'Two', 'missiles', ',', '"', 'he', 'said', '.']
    """
    out: list[Token] = []
    stop = len(text) if end is None else end
    for m in TOKEN_RE.finditer(text, start, stop):
        raw = m.group()
        key = normalise_token(raw)
        out.append(Token(m.start(), m.end(), key, key.casefold(), raw[0].isalnum()))
    return out


def words(tokens: list[Token]) -> list[str]:
    """The case-folded keys of the word tokens (punctuation dropped)."""
    return [t.fold for t in tokens if t.is_word]
