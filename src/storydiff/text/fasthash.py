"""Word hashes for many texts at once, from their UTF-8 bytes, with NumPy only.

This is the one word rule: ``compare``, story linking and ``dedup`` all read words
here, and make shingles of them in ``text.shingles``. They need every word of every
text as a 64-bit hash, fast: a Python object per word costs ~2 ms per 3 KB article,
a hundred times a database insert. Here a batch of texts becomes one byte array and every step is a
vector operation; there is no Python work per word, and per text only its encoding.

What a word is, on bytes (``reference_words`` spells the same rule out in Python):
- ASCII letters (lower-cased) and digits, and any non-ASCII character, are word
  characters, except the punctuation blocks U+00A0–U+00BF (no-break space, «, », ¿…),
  U+2000–U+207F (typographic quotes, dashes, ellipsis; superscript and subscript
  digits, as ² and ³ of the first block) and U+3000–U+303F (CJK punctuation: 。、「」);
- a character of a script written without spaces (U+3040–U+9FFF: kana and CJK
  ideographs) is a word on its own;
- Cyrillic capitals А–Я and Ё are lower-cased; other scripts keep their case.

How a word is hashed (``reference_hash`` is the same in plain Python): its lower-cased
UTF-8 bytes are read as little-endian 64-bit chunks, the last one zero-padded, and
folded into a state that starts as the byte length: ``h = mix(h ^ chunk)`` per chunk,
``mix`` being SplitMix64's finaliser (``text.kernels.mix``). Every byte counts, so:
- equal words give equal hashes;
- two different words of the same length never collide (each step is a bijection of
  the state for a fixed chunk, and of the chunk for a fixed state), and neither do two
  different words of at most 8 bytes; other pairs collide with probability about
  2**-64.
Most words are at most 16 bytes, two chunks: a long word costs one more vector step
per 8 bytes, over the few words that long.
"""

from __future__ import annotations

from operator import methodcaller

import numpy as np
import numpy.typing as npt

from storydiff.text.kernels import mix

Hashes = npt.NDArray[np.uint64]
Offsets = npt.NDArray[np.int64]

ENCODE = methodcaller("encode", "utf-8", "surrogatepass")
"""How every text becomes bytes (lone surrogates kept, as three bytes each)."""

# One ``bytes.translate`` pass (far faster than a NumPy lookup) lower-cases ASCII
# letters and turns every byte that is never part of a word into 0; bytes >= 0x80
# are kept for a closer look at the few lead bytes that need one (C2, D0, E2–E9).
_TABLE = bytearray(256)
for _lo, _hi in ((0x30, 0x3A), (0x61, 0x7B), (0x80, 0x100)):
    _TABLE[_lo:_hi] = bytes(range(_lo, _hi))
_TABLE[0x41:0x5B] = bytes(range(0x61, 0x7B))
_LOWER_WORDS = bytes(_TABLE)
# _MASK[k]: the low k bytes of a chunk.
_MASK = np.array([(1 << (8 * k)) - 1 for k in range(9)], dtype=np.uint64)


def special(low: npt.NDArray[np.uint8]) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Apply the multi-byte rules at the (few) lead bytes that need them: Cyrillic
    capitals are lower-cased in place. Returns the positions of the bytes of
    punctuation characters (separators), and of the characters that are words on
    their own (kana, CJK ideographs)."""
    at = np.flatnonzero(low >= 0xC2)
    lead = low[at]
    keep = (lead == 0xC2) | (lead == 0xD0) | ((lead >= 0xE2) & (lead <= 0xE9))
    at, lead = at[keep], lead[keep]
    nxt = low[at + 1]  # the buffer ends in separators: at + 2 is always inside
    nxt2 = low[at + 2]
    cyr = at[lead == 0xD0]
    if len(cyr):  # А–П D0 90–9F, Р–Я D0 A0–AF, Ё D0 81
        second = low[cyr + 1]
        low[cyr[(second >= 0x90) & (second <= 0x9F)] + 1] += 0x20
        high = cyr[(second >= 0xA0) & (second <= 0xAF)]
        low[high] = 0xD1
        low[high + 1] -= 0x20
        yo = cyr[second == 0x81]
        low[yo] = 0xD1
        low[yo + 1] = 0x91
    two = at[(lead == 0xC2) & (nxt >= 0xA0) & (nxt <= 0xBF)]
    general = (lead == 0xE2) & ((nxt == 0x80) | (nxt == 0x81))
    three = at[general | ((lead == 0xE3) & (nxt == 0x80))]
    cleared = np.concatenate([two, two + 1, three, three + 1, three + 2])
    lone = ((lead == 0xE3) & (nxt >= 0x81)) | ((lead >= 0xE4) & (lead <= 0xE9))
    lone &= ((nxt & 0xC0) == 0x80) & ((nxt2 & 0xC0) == 0x80)
    found: npt.NDArray[np.intp] = at[lone]
    return cleared, found


def _spans(
    texts: list[str],
) -> tuple[npt.NDArray[np.uint8], Offsets, Offsets, Offsets, bytes, Offsets]:
    """(lower-cased bytes, word starts, word ends, first word of each text and the end,
    the bytes as they were, each text's separator byte before it and the end)."""
    encoded = list(map(ENCODE, texts))
    sizes = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
    doc_starts = np.empty(len(texts) + 1, dtype=np.int64)
    doc_starts[0] = 0
    np.cumsum(sizes + 1, out=doc_starts[1:])
    # One separator before each text and after the last; 8 more so that a chunk read
    # at any word start stays inside the buffer.
    raw = b" " + b" ".join(encoded) + b" " * 9
    joined = raw.translate(_LOWER_WORDS)
    low = np.frombuffer(joined, dtype=np.uint8)
    if (low == 0xD0).any():  # Cyrillic capitals are lower-cased in place
        low = low.copy()
    cleared, lone = special(low)
    word = low != 0  # Cyrillic lower-casing keeps every byte nonzero
    word[cleared] = False
    if len(lone):  # a lone character is a word of its own: cut before and after it
        cut = np.zeros(len(low), dtype=np.bool_)
        cut[lone] = True
        cut[lone + 3] = True
        first = word.copy()
        first[1:] &= ~word[:-1] | cut[1:]
        last = word.copy()
        last[:-1] &= ~word[1:] | cut[1:]
        starts, ends = np.flatnonzero(first), np.flatnonzero(last) + 1
    else:  # the buffer starts and ends outside words: edges alternate start, end
        edges = np.flatnonzero(word[1:] != word[:-1]) + 1
        starts, ends = edges[0::2], edges[1::2]
    firsts = np.searchsorted(starts, doc_starts)
    return (
        low, starts.astype(np.int64), ends.astype(np.int64), firsts.astype(np.int64), raw,
        doc_starts,
    )  # fmt: skip


def _hash_spans(low: npt.NDArray[np.uint8], starts: Offsets, ends: Offsets) -> Hashes:
    # Element i of ``chunks`` is the 8 bytes from position i (little-endian).
    chunks = np.ndarray((len(low) - 7,), dtype="<u8", buffer=low, strides=(1,))
    lengths = ends - starts
    h = lengths.astype(np.uint64)
    h ^= chunks[starts] & _MASK[np.minimum(lengths, 8)]
    h = mix(h)
    todo = np.flatnonzero(lengths > 8)
    offset = 8
    while len(todo):
        rest = lengths[todo] - offset
        part = h[todo] ^ (chunks[starts[todo] + offset] & _MASK[np.minimum(rest, 8)])
        h[todo] = mix(part)
        todo = todo[rest > 8]
        offset += 8
    return h


def word_hashes_flat(texts: list[str]) -> tuple[Hashes, Offsets]:
    """The 64-bit hashes of the words of all ``texts`` in one array, and where each
    text's words begin: text ``i`` has ``hashes[offsets[i]:offsets[i + 1]]``.

    Examples:
        >>> hashes, offsets = word_hashes_flat(["The SHIP — “sank”.", "", "the ship sank"])
        >>> offsets.tolist()
        [0, 3, 3, 6]
        >>> bool((hashes[0:3] == hashes[3:6]).all())
        True
    """
    if not texts:
        return np.zeros(0, dtype=np.uint64), np.zeros(1, dtype=np.int64)
    low, starts, ends, firsts, _, _ = _spans(texts)
    return _hash_spans(low, starts, ends), firsts


def word_hashes_layout(texts: list[str]) -> tuple[Hashes, Offsets, npt.NDArray[np.bool_]]:
    """``word_hashes_flat`` and, for each word, whether the line it stands on looks
    like page chrome (``text.layout.chrome_words``: a list of short lines, markup, a
    table of numbers)."""
    from storydiff.text.layout import chrome_words

    if not texts:
        return np.zeros(0, np.uint64), np.zeros(1, np.int64), np.zeros(0, np.bool_)
    low, starts, ends, firsts, raw, doc_starts = _spans(texts)
    flags = chrome_words(raw, starts, ends, doc_starts)
    return _hash_spans(low, starts, ends), firsts, flags


def word_bytes(text: str) -> tuple[Hashes, Offsets, Offsets, npt.NDArray[np.uint8]]:
    """The words of one text as ``word_hashes`` sees them: their hashes, and their byte
    offsets (start, end) into the returned bytes (the text's UTF-8, unchanged, after
    one separator byte)."""
    low, starts, ends, _, raw, _ = _spans([text])
    return _hash_spans(low, starts, ends), starts, ends, np.frombuffer(raw, np.uint8)


def word_spans(text: str) -> tuple[Offsets, Offsets]:
    """Character offsets (start, end) of the words ``word_hashes`` sees in ``text``,
    so that word ``i`` is ``text[start[i]:end[i]]``.

    Examples:
        >>> s, e = word_spans("Ça — “va”, 5 km")
        >>> [("Ça — “va”, 5 km")[a:b] for a, b in zip(s.tolist(), e.tolist())]
        ['Ça', 'va', '5', 'km']
    """
    _, starts, ends, _, _, _ = _spans([text])
    data = np.frombuffer(ENCODE(text), np.uint8)
    # The character each byte belongs to (continuation bytes are 10xxxxxx); the
    # buffer has one separator byte before the text.
    char_of = np.cumsum((data & 0xC0) != 0x80) - 1
    char_of = np.append(char_of, len(text)).astype(np.int64)
    if not len(starts):
        return starts, ends
    return char_of[starts - 1], char_of[ends - 2] + 1


def word_hashes(texts: list[str]) -> list[Hashes]:
    """For each text, the 64-bit hashes of its words, in order (views into one array:
    ``word_hashes_flat`` gives that array and the offsets without the list).

    Examples:
        >>> a, b = word_hashes(["The SHIP — “sank”.", "the ship sank"])
        >>> bool((a == b).all()), len(a)
        (True, 3)
    """
    hashes, offsets = word_hashes_flat(texts)
    return np.split(hashes, offsets[1:-1]) if texts else []


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
        punct = 0xA0 <= code <= 0xBF or 0x2000 <= code <= 0x207F or 0x3000 <= code <= 0x303F
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
    data = word.encode("utf-8", "surrogatepass")
    h = len(data)
    for i in range(0, len(data), 8):
        state = np.array([h ^ int.from_bytes(data[i : i + 8], "little")], np.uint64)
        h = int(mix(state)[0])
    return h
