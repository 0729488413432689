"""Single quotation marks used for speech, as British papers use them ('We had no
choice,' said the harbour master), read as double ones, so the quote machinery of
``marks`` and ``quotes`` finds them.

Only a text with no double mark at all is read so: where double marks are the
quotation marks, single ones are quotes within quotes, titles or apostrophes. In such
a text a single mark opens a quote after a space, a paragraph's start or an opening
bracket or dash, before a letter or digit, unless it shortens a word ("'90s",
"'em"). It closes one before a space, a line's end or punctuation when a comma, full
stop, question or exclamation mark comes just before it ('…,' said X), or when a
letter comes before it and punctuation after it (called it 'a disgrace'.). An
apostrophe inside a word ("don't") has a letter on both sides: no mark. After a
letter and before a space a mark closes an open quote ("raised the stakes' because")
unless the paragraph goes on to a mark that plainly closes before any that opens:
then it is a plural's possessive inside the quote ('the workers' union will go on,').
A quote left open at a paragraph's end is kept when the next paragraph opens with a
mark (wire copy reopens a quote over paragraphs); any other open mark is left as it
was. Marks are replaced one character for one, so every offset into the text stays
the same.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from storydiff.facts.speech import SPEECH_VERBS

if TYPE_CHECKING:
    from storydiff.facts.model import Change
    from storydiff.text.sentences import Sentence

DOUBLE = '“”"«»„'
"""Marks that make a text's single marks no quotation marks."""
_SINGLE = "'‘’"
_OPENS_AFTER = "([{—–-/"
_CLOSES_AFTER = ",.!?"
_ELISIONS = re.compile(r"(?:\d0s|\d\d|em|til|cause|tis|twas|n|s)\b", re.I)
"""Words a leading apostrophe shortens ("'90s", "the class of '16", "'em", "rock 'n'
roll")."""
_IRREGULAR = frozenset("said says told tells wrote writes spoke speaks".split())
_WORDS = re.compile(r"[A-Za-z]+")
_NEAR = 4
"""Words between a quote's mark and the speech verb that shows it is speech."""
_NEXT = re.compile(r"\S")
_MIN_WORDS = 3
"""Words a quote needs, for a text's single marks to be read as speech at all."""


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    if not (before.isspace() or before in _OPENS_AFTER) or not after.isalnum():
        return False
    return _ELISIONS.match(text, i + 1) is None


def _closes(text: str, i: int) -> bool:
    """Whether the mark at ``i`` closes a quote open before it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if not (after.isspace() or (not after.isalnum() and after not in _SINGLE)):
        return False
    if before in _CLOSES_AFTER or (before.isalpha() and after in ",.;:!?)"):
        return True
    return before.isalpha() and _ends_before_next(text, i)


def _ends_before_next(text: str, i: int) -> bool:
    """Whether a mark after a letter and before a space ("stakes' because") closes
    the quote rather than marking a plural's possessive inside it: the next mark of
    the paragraph that opens or plainly closes (after punctuation) opens, or there is
    none."""
    end = text.find("\n", i)
    for k in range(i + 1, len(text) if end < 0 else end):
        if text[k] not in _SINGLE:
            continue
        if _opens(text, k):
            return True
        if text[k - 1] in _CLOSES_AFTER:
            return False
    return True


def _speech(word: str) -> bool:
    """A speech verb's form ("said", "insisted", "argued", "replies", "noting")."""
    w = word.lower()
    if w in _IRREGULAR or w == "according":
        return True
    stems = {w}
    if w.endswith(("ies", "ied")):
        stems.add(w[:-3] + "y")
    if w.endswith("s"):
        stems.add(w[:-1])
    if w.endswith("ed"):
        stems |= {w[:-2], w[:-1]}
    if w.endswith("ing"):
        stems |= {w[:-3], w[:-3] + "e"}
    return not stems.isdisjoint(SPEECH_VERBS)


def _around(text: str, a: int, b: int) -> tuple[list[str], list[str]]:
    """The few words before the mark at ``a`` and after the mark at ``b``."""
    before = _WORDS.findall(text[max(0, a - 80) : a])[-_NEAR:]
    return before, _WORDS.findall(text[b + 1 : b + 80])[:_NEAR]


def _just_before(text: str, a: int) -> tuple[str, bool]:
    """The last character before ``a`` that is not a space ("" when there is none)
    and whether a line break comes after it: a bounded look back, so a text of many
    quotes is read in linear time."""
    window = text[max(0, a - 200) : a]
    body = window.rstrip()
    return body[-1:], "\n" in window[len(body) :]


def _spoken(text: str, a: int, b: int) -> bool:
    """Whether the quote between marks ``a`` and ``b`` is speech: a speech verb in
    the few words after it ("…,' said X"; "…,' she added") or before it ("X said: '…")."""
    before, after = _around(text, a, b)
    return any(_speech(w) for w in after) or (
        _just_before(text, a)[0] in (":", ",") and any(_speech(w) for w in before)
    )


def speech_marks(text: str) -> str:
    """``text`` with single marks that quote speech turned into double ones (‘ and '
    opening to “, ’ and ' closing to ”), when the text has no double mark and quotes
    at least one passage of ``_MIN_WORDS`` words so with a speech verb next to it
    ("…,' said X"); else ``text`` itself. Only quotes that open a sentence, start in
    lower case (words quoted inside a sentence: "has 'raised the stakes'") or have a
    speech verb on either side are turned; a title keeps its marks.

    Examples:
        >>> speech_marks("'We had no choice,' said Ms Velde. 'The wind won.'")
        '“We had no choice,” said Ms Velde. “The wind won.”'
        >>> speech_marks("The workers' union said it won't strike in the '90s style.")
        "The workers' union said it won't strike in the '90s style."
    """
    if any(mark in text for mark in DOUBLE) or not any(mark in text for mark in _SINGLE):
        return text
    pairs: list[tuple[int, int]] = []
    open_at = -1
    for i, ch in enumerate(text):
        if ch == "\n" and open_at >= 0:
            nxt = _NEXT.search(text, i)
            if nxt is not None and nxt.group() in _SINGLE and _opens(text, nxt.start()):
                pairs.append((open_at, -1))  # continued in the next paragraph
            open_at = -1
        if ch not in _SINGLE:
            continue
        if open_at >= 0 and _closes(text, i):
            pairs.append((open_at, i))
            open_at = -1
        elif open_at < 0 and _opens(text, i):
            open_at = i
    if not any(
        b >= 0 and len(text[a + 1 : b].split()) >= _MIN_WORDS and _spoken(text, a, b)
        for a, b in pairs
    ):
        return text
    chars = list(text)
    for a, b in pairs:
        if b >= 0 and not (
            _opens_sentence(text, a) or text[a + 1].islower() or _near_speech(text, a, b)
        ):
            continue  # a title ("starred in 'The Long Night at Sea'")
        chars[a] = "“"
        if b >= 0:
            chars[b] = "”"
    return "".join(chars)


def _opens_sentence(text: str, a: int) -> bool:
    """Whether the mark at ``a`` opens a sentence or a paragraph."""
    last, broken = _just_before(text, a)
    return broken or last in ("", ".", "!", "?", ":")


def _near_speech(text: str, a: int, b: int) -> bool:
    """A speech verb in the few words on either side of a quote ("called it 'a
    disgrace'", "'a disgrace,' she said")."""
    before, after = _around(text, a, b)
    return any(_speech(w) for w in before + after)


def read_marks(text: str, sentences: list[Sentence]) -> tuple[str, list[Sentence], str]:
    """A version's text and sentences with single speech marks read as double ones
    (``speech_marks``), and the text as written when any was (else "")."""
    read = speech_marks(text)
    if read == text:
        return text, sentences, ""
    return read, [replace(s, text=read[s.start : s.end]) for s in sentences], text


def restore_marks(changes: list[Change], old: str, new: str) -> None:
    """Show the single marks a version wrote in the words of ``changes`` taken from it:
    ``old`` and ``new`` are the versions as written when their marks were read as
    double (else ""). In such a version every double mark was a single one: curly
    where the version wrote any curly single mark, else straight."""
    old_table, new_table = _style(old), _style(new)
    for c in changes:
        if old:
            c.before = c.before.translate(old_table) if c.before is not None else None
            c.before_value = c.before_value.translate(old_table)
        if new:
            c.after = c.after.translate(new_table) if c.after is not None else None
            c.after_value = c.after_value.translate(new_table)


def _style(text: str) -> dict[int, int]:
    """How a version's single marks look: curly if it wrote any, else straight."""
    return str.maketrans("“”", "‘’" if "‘" in text or "’" in text else "''")
