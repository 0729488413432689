"""Word hashes for many texts at once, from their UTF-8 bytes, with NumPy only.

The corpus stages (fingerprints, dedup) need every word of every text as a 64-bit
hash, fast: a Python object per word costs ~2 ms per 3 KB article, a hundred times a
database insert. Here a batch of texts becomes one byte array and every step is a
vector operation.

What a word is, on bytes (``reference_words`` spells the same rule out in Python):
- ASCII letters (lower-cased) and digits, and any non-ASCII character, are word
  characters, except the punctuation blocks U+00A0–U+00BF (no-break space, «, », ¿…),
  U+2000–U+206F (typographic quotes, dashes, ellipsis) and U+3000–U+303F (CJK
  punctuation: 。、「」);
- a character of a script written without spaces (U+3040–U+9FFF: kana and CJK
  ideographs) is a word on its own;
- Cyrillic capitals А–Я and Ё are lower-cased; other scripts keep their case.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Hashes = npt.NDArray[np.uint64]

_P = np.uint64(0x100000001B3)  # FNV-64 prime: odd, so invertible modulo 2**64
_P_INV = np.uint64(pow(0x100000001B3, -1, 2**64))


def _splitmix(x: Hashes) -> Hashes:
    with np.errstate(over="ignore"):
        x = x ^ (x >> np.uint64(30))
        x = x * np.uint64(0xBF58476D1CE4E5B9)
        x = x ^ (x >> np.uint64(27))
        x = x * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


def _powers(base: np.uint64, n: int) -> Hashes:
    out = np.full(n, base, dtype=np.uint64)
    out[0] = 1
    with np.errstate(over="ignore"):
        return np.cumprod(out, dtype=np.uint64)


def _classify(b: npt.NDArray[np.uint8]) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """(is_word byte, starts a character that is a word on its own)."""
    n = len(b)
    ascii_word = ((b >= 0x30) & (b <= 0x39)) | ((b >= 0x61) & (b <= 0x7A))
    non_ascii = b >= 0x80
    word = ascii_word | non_ascii
    nxt = np.zeros(n, dtype=np.uint8)
    nxt[:-1] = b[1:]
    nxt2 = np.zeros(n, dtype=np.uint8)
    nxt2[:-2] = b[2:]
    # Punctuation blocks, marked on every byte of the character.
    latin1_punct = (b == 0xC2) & (nxt >= 0xA0) & (nxt <= 0xBF)
    general_punct = (b == 0xE2) & ((nxt == 0x80) | (nxt == 0x81))
    cjk_punct = (b == 0xE3) & (nxt == 0x80)
    mark = np.zeros(n, dtype=np.bool_)
    two = latin1_punct
    three = general_punct | cjk_punct
    mark |= two | three
    mark[1:] |= two[:-1] | three[:-1]
    mark[2:] |= three[:-2]
    word &= ~mark
    # Kana and CJK ideographs U+3040..U+9FFF: lead bytes E3 81.. to E9 BF.
    lone = ((b == 0xE3) & (nxt >= 0x81)) | ((b >= 0xE4) & (b <= 0xE9))
    lone &= (nxt & 0xC0) == 0x80
    lone &= (nxt2 & 0xC0) == 0x80
    return word, lone


def _lower(b: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    b = b.copy()
    upper = (b >= 0x41) & (b <= 0x5A)
    b[upper] += 0x20
    if (b == 0xD0).any():  # Cyrillic capitals: А–П D0 90–9F, Р–Я D0 A0–AF, Ё D0 81
        lead = np.flatnonzero(b[:-1] == 0xD0)
        second = b[lead + 1]
        low = (second >= 0x90) & (second <= 0x9F)
        b[lead[low] + 1] += 0x20
        high = (second >= 0xA0) & (second <= 0xAF)
        b[lead[high]] = 0xD1
        b[lead[high] + 1] -= 0x20
        yo = second == 0x81
        b[lead[yo]] = 0xD1
        b[lead[yo] + 1] = 0x91
    return b


def word_hashes(texts: list[str]) -> list[Hashes]:
    """For each text, the 64-bit hashes of its words, in order.

    Examples:
        >>> a, b = word_hashes(["The SHIP — “sank”.", "the ship sank"])
        >>> bool((a == b).all()), len(a)
        (True, 3)
    """
    if not texts:
        return []
    encoded = [t.encode("utf-8", "surrogatepass") for t in texts]
    joined = b" ".join(encoded) + b" "
    starts_of_docs = np.cumsum([0] + [len(e) + 1 for e in encoded[:-1]])
    raw = np.frombuffer(joined, dtype=np.uint8)
    b = _lower(raw)
    word, lone = _classify(b)
    n = len(b)
    prev = np.zeros(n, dtype=np.bool_)
    prev[1:] = word[:-1]
    # A lone character is a word of its own: it starts a word, and so does the
    # character after it.
    lone_end = np.zeros(n, dtype=np.bool_)
    idx = np.flatnonzero(lone)
    lone_end[idx[idx + 3 < n] + 3] = True
    start = word & (~prev | lone | lone_end)
    nxt_word = np.zeros(n, dtype=np.bool_)
    nxt_word[:-1] = word[1:]
    nxt_start = np.zeros(n, dtype=np.bool_)
    nxt_start[:-1] = start[1:]
    end_mark = word & (~nxt_word | nxt_start)
    s = np.flatnonzero(start)
    e = np.flatnonzero(end_mark) + 1
    pw = _powers(_P, n + 1)
    inv = _powers(_P_INV, n + 1)
    with np.errstate(over="ignore"):
        terms = (b.astype(np.uint64) + np.uint64(1)) * pw[:n]
        prefix = np.zeros(n + 1, dtype=np.uint64)
        prefix[1:] = np.cumsum(terms, dtype=np.uint64)
        hashes = _splitmix((prefix[e] - prefix[s]) * inv[s])
    cuts = np.searchsorted(s, starts_of_docs[1:])
    return [np.ascontiguousarray(part) for part in np.split(hashes, cuts)]


def reference_words(text: str) -> list[str]:
    """The same words as ``word_hashes`` sees, in plain Python (for tests)."""
    out: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            out.append("".join(current))
            current.clear()

    for ch in text:
        code = ord(ch)
        if "A" <= ch <= "Z":
            ch = ch.lower()
        elif 0x410 <= code <= 0x42F:
            ch = chr(code + 0x20)
        elif code == 0x401:
            ch = "ё"
        code = ord(ch)
        punct = 0xA0 <= code <= 0xBF or 0x2000 <= code <= 0x206F or 0x3000 <= code <= 0x303F
        is_word = ("0" <= ch <= "9") or ("a" <= ch <= "z") or (code >= 0x80 and not punct)
        if not is_word:
            flush()
        elif 0x3040 <= code <= 0x9FFF:
            flush()
            out.append(ch)
        else:
            current.append(ch)
    flush()
    return out


def reference_hash(word: str) -> int:
    """The hash ``word_hashes`` gives ``word`` (a lower-cased word as
    ``reference_words`` returns it), in plain Python."""
    total = 0
    p = 1
    for byte in word.encode("utf-8", "surrogatepass"):
        total = (total + (byte + 1) * p) % 2**64
        p = p * 0x100000001B3 % 2**64
    return int(_splitmix(np.array([total], dtype=np.uint64))[0])
