"""Quotation marks: where the quotes of a text are, read over the whole text so that a
quote running over sentences and paragraphs is one span, robust to stray and lost
marks; and titles in quotation marks, which are no speech."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from storydiff.text.sentences import Sentence

OPENERS = {"“": "”", "„": "“", "«": "»", '"': '"'}
HEADING = re.compile(r"^\W*[A-Z][A-Z'’&-]{2,}(?:\s+[A-Z][A-Z'’&-]*)*(?=\s+[A-Z][a-z])")
"""A subhead in capitals run into the sentence after it ("NEW RULES The council
said ..."): its words are no quote, speaker or source."""
_OPEN_ONLY = "“„«"
CLOSE_ONLY = "”»"
_BEFORE_OPENING = "([{—–-/"
_DASH_SAID = re.compile(
    r"[—–-][ \t]+(?:said|says|explained|explains|added|adds|told|asked|wrote|writes|noted"
    r"|replied|stressed|continued|concluded|stated|declared|insisted|recalled|remarked)\b"
)
"""A dash and a speech verb after a straight mark: it closes a quote even after a
space ('… is deducted "- explained the organiser'), where a dash that opens one
("- Are you leaving?", "— and I mean this —") has other words after it."""


def _role(text: str, i: int) -> str:
    """Whether the mark at ``i`` opens or closes a quote, or either ("toggle"): a
    straight mark before a dash and a speech verb closes one (``_DASH_SAID``), after a
    space opens one, before a space or other punctuation closes one."""
    ch = text[i]
    if ch in _OPEN_ONLY:
        return "open"
    if ch in CLOSE_ONLY:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if _DASH_SAID.match(text, i + 1):
        return "close"  # '… is deducted "- explained the organiser'
    if (before.isspace() or before in _BEFORE_OPENING) and not after.isspace():
        return "open"
    if after.isspace() or not after.isalnum():
        return "close"
    return "toggle"


_LOWER_ATTRIBUTION = (
    r"(?:said|says|added|adds|told)\b|(?:he|she|they)\s+(?:said|says|added|told)\b"
    r"|(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}(?:said|says|added|told)\b"
)
_UNCLOSED_END = re.compile(
    rf",\s+(?={_LOWER_ATTRIBUTION}|(?:[A-Z][\w.'’-]*\s+){{1,4}}(?:said|says|added|told)\b)"
    rf"|(?<=[!?])\s+(?={_LOWER_ATTRIBUTION})"
)
"""Where a quote whose closing mark is missing ends: at the comma before its
attribution ("“We can be satisfied, said Maryse Alie", "…, the mayor said"), or
after the "!" or "?" before one in lower case ("… After midnight! the couple said")."""


def _unclosed(text: str, a: int, b: int) -> int | None:
    """The end of a quote opened at ``a`` and never closed before ``b``, when an
    attribution after a comma shows where it stopped, else None."""
    line = text.find("\n", a, b)
    m = _UNCLOSED_END.search(text, a, b if line < 0 else line)  # never past its line
    return m.start() if m else None


def quote_spans(text: str, paragraph_starts: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Character spans inside quotation marks, over a whole text.

    Marks are read by their side: a curly or straight mark after a space opens, before
    a space or punctuation closes. A quote still open when another opens, or when its
    paragraph ends, was opened by a stray mark and is dropped, unless a line break
    comes first and the next line opens with a mark: wire copy reopens a quote that
    runs over several paragraphs and closes only the last one, so each paragraph's
    part is kept; or unless an attribution after a comma shows where a quote whose
    closing mark is missing ended ("“We can be satisfied, said X."). A quote that
    opens where a sentence begins is kept when its closing mark is lost: up to the
    next mark that opens a sentence after a full stop ("… of 2020. “I'm hoping"), or
    to its paragraph's end. A German „ may close with “."""
    spans: list[tuple[int, int]] = []
    breaks = sorted(set(paragraph_starts))
    open_at, opener, k = -1, "", 0

    def drop(end: int, last: bool = False) -> None:
        stop = _unclosed(text, open_at, end)
        if stop is not None:
            spans.append((open_at, stop))
        elif last and _opens_sentence(text, open_at - 1):
            spans.append((open_at, len(text.rstrip())))  # its closing mark lost

    for i, ch in enumerate(text):
        while k < len(breaks) and breaks[k] <= i:
            if open_at >= 0 and _closed_next(text, breaks[k], breaks[k + 1 : k + 2]):
                k += 1  # "“… a nuisance.\n\nHe pushed them,” said X": one quote
                continue
            if open_at >= 0 and _unclosed(text, open_at, breaks[k]) is None:
                if text[breaks[k] :].lstrip()[:1] in OPENERS or _opens_sentence(text, open_at - 1):
                    spans.append((open_at, _trimmed_end(text, breaks[k])))
            elif open_at >= 0:
                drop(breaks[k])
            open_at, k = -1, k + 1
        if ch not in OPENERS and ch not in CLOSE_ONLY:
            continue
        role = _role(text, i)
        if open_at >= 0 and (
            role == "close" or (role == "toggle") or (opener == "„" and ch == "“")
        ):
            spans.append((open_at, i))
            open_at = -1
        elif role != "close":
            if open_at >= 0:
                line = text.rfind("\n", open_at, i)
                continued = line >= 0 and not text[line:i].strip()
                before = text[open_at:i].rstrip()
                if continued and _unclosed(text, open_at, line) is None:
                    spans.append((open_at, line))  # a quote continued on a new line
                elif _opens_sentence(text, open_at - 1) and _unclosed(text, open_at, i) is None:
                    if before[-1:] in ".!?":
                        spans.append((open_at, open_at + len(before)))  # "… 2020. “I'm hoping"
                    else:  # a mark inside a later sentence: the quote's first sentence
                        spans.append((open_at, _first_sentence_end(text, open_at, i)))
                else:
                    drop(i)
            open_at, opener = i + 1, ch
    if open_at >= 0:
        drop(len(text), last=True)
    return [(a, b) for a, b in spans if text[a:b].strip()]


_SAID_BEFORE = re.compile(
    r"\b(?:said|says|added|adds|asked|wrote|writes|tweeted|stated|declared|explained|told)"
    r"\b[^.!?:;“”\"\n]{0,50},\s*$"
)
"""A speech verb and a comma before a mark, in the same clause ("said, “", "told Decrypt
earlier this month, “"): what follows is speech."""


def _closed_next(text: str, start: int, next_break: Sequence[int]) -> bool:
    """Whether the paragraph at ``start`` (ending at the next break) closes a quote it
    never opened: a curly closing mark comes before any opening mark. The quote open
    at the break runs on into it."""
    end = next_break[0] if next_break else len(text)
    for ch in text[start:end]:
        if ch in CLOSE_ONLY:
            return True
        if ch in OPENERS:
            return False
    return False


def _opens_sentence(text: str, i: int) -> bool:
    """Whether the mark at ``i`` stands where a sentence or speech begins (the text's or
    a line's start, after ". ", "? ", ": ", or after "said, "): a quote opened there
    whose closing mark is lost still runs to its paragraph's end (copy cut short, a
    quote reopened without the one before it closed); a stray mark inside a sentence
    opens nothing."""
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] in "\n.!?:" or bool(_SAID_BEFORE.search(text, max(0, j - 80), j))


_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"“‘'(\[]?[A-Z0-9])")


def _first_sentence_end(text: str, a: int, b: int) -> int:
    """Where the first sentence of a quote opened at ``a`` whose closing mark is lost
    ends, before ``b`` (a later mark opening inside a sentence): only that sentence is
    surely quoted; where the quote stopped after it is unknown."""
    m = _SENTENCE_END.search(text, a, b)
    return m.end() if m else a


def _trimmed_end(text: str, end: int) -> int:
    """Where ``text[:end]`` ends without its trailing white space (no copy of the
    prefix: called for every paragraph break of a long text)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def inside(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return any(a <= tok.idx < b for a, b in spans)


SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with"}
)
"""The small words a title in title case may leave in lower case ("Proof Through the
Night")."""


HEADLINE_SMALL = SMALL_WORDS | {"but", "as", "nor", "yet", "so", "vs", "vs.", "via", "from", "into"}
"""Words a headline in title case leaves in lower case ("Hiring Surged in May, but
Employers Remain Wary")."""


def _capitalised(words: list[str], small: frozenset[str]) -> list[str] | None:
    """The words besides the ``small`` ones when each is capitalised, else None."""
    big = [w for w in words if w.lower().strip(".,:;!?") not in small]
    return big if all(w[:1].isupper() or not w[:1].isalpha() for w in big) else None


def title_case(words: list[str]) -> bool:
    """A line in title case, as a headline is written: three words or more besides
    the small ones (``HEADLINE_SMALL``), each capitalised."""
    big = _capitalised(words, HEADLINE_SMALL)
    return big is not None and len(big) >= 3


def headline_words(line: str) -> bool:
    """A line that reads as a headline in title case: 4 to 24 words (``title_case``),
    not in capitals."""
    words = line.split()
    return 4 <= len(words) <= 24 and title_case(words) and not line.isupper()


def in_headline(text: str, at: int) -> bool:
    """Whether position ``at`` of ``text`` is on a line that reads as a headline
    (``headline_words``) and does not end as a sentence, past its first word: "Senate
    Panel Advances Marchetti Nomination" names no one "Panel Advances Marchetti"; a
    name that opens the line ("Tomas Varek Quits as Harbour Master") is a name."""
    start, end = line_span(text, at)
    line = text[start:end]
    opens = not text[start:at].strip()  # "Tomas Varek Quits as …": the line's own name
    return headline_words(line) and not ends_as_sentence(line) and not opens


def word_at(text: str) -> int:
    """Where the first word of ``text`` starts (a stamp's match may open with the line
    break and rule before it: its own line is the word's)."""
    word = re.search(r"\w", text)
    return word.start() if word else 0


def line_span(text: str, at: int) -> tuple[int, int]:
    """Where the line of ``text`` that position ``at`` is on starts and ends."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, end if end >= 0 else len(text)


def sentence_case_headline(line: str) -> bool:
    """A line of 4 to 24 words that does not end as a sentence does, not in capitals:
    a headline that capitalises its first word only."""
    words = line.split()
    return 4 <= len(words) <= 24 and not ends_as_sentence(line) and not line.isupper()


def ends_as_sentence(text: str) -> bool:
    """Whether a line or sentence ends as a sentence does; a headline ("Suspect in
    custody after 5 killed") does not."""
    return text.rstrip()[-1:] in '.!?"”’)'


def is_title(words: list[str]) -> bool:
    """Words in title case ("Proof Through the Night"): a work's title, not speech."""
    return bool(_capitalised(words, SMALL_WORDS))


_LABEL = re.compile(r"(?:^|\n|:\s)\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s*\W?$")
_NOT_LABELS = {
    "watch", "read", "update", "updated", "warning", "note", "related", "video", "photo",
    "photos", "excerpt", "transcript", "breaking", "editor's", "editor’s", "q", "a", "quote",
    "question", "answer", "source", "sources", "caption", "listen", "see", "more", "live",
    "updates", "exclusive", "opinion", "analysis", "fact", "check", "explainer", "latest",
    "developing", "correction", "clarification", "advertisement", "sponsored", "podcast",
}  # fmt: skip
"""Words of page labels ("WATCH:", "LIVE UPDATES:", "FACT CHECK:"), which name no
speaker."""


def transcript_label(text: str, a: int) -> str:
    """The speaker a transcript or headline sets before a quote ("COOPER: “Of course
    he did." / "Althouse: "I just want…"") when the quote opens right after it, else
    ""; page labels ("WATCH:", "UPDATE:") are none."""
    m = _LABEL.search(text, 0, a)
    if m is None:
        return ""
    name = m.group(1)
    if any(w.lower() in _NOT_LABELS for w in name.split()):
        return ""
    return name.title() if name.isupper() else name


def sentence_spans(sentences: list[Sentence], text: str) -> dict[int, list[tuple[int, int]]]:
    """Each sentence's quoted spans (offsets in the sentence), read over the text."""
    starts = [
        s.start for k, s in enumerate(sentences) if k and s.paragraph != sentences[k - 1].paragraph
    ]
    out: dict[int, list[tuple[int, int]]] = {s.index: [] for s in sentences}
    k = 0
    for a, b in quote_spans(text, starts):
        while k < len(sentences) and sentences[k].end <= a:
            k += 1
        j = k
        while j < len(sentences) and sentences[j].start < b:
            s = sentences[j]
            lo, hi = max(a, s.start), min(b, s.end)
            if lo < hi:
                out[s.index].append((lo - s.start, hi - s.start))
            j += 1
    return out


def same_paragraph(a: Sentence, b: Sentence, text: str) -> bool:
    """Whether two sentences of ``text`` share a paragraph: no blank line between them
    and, in copy that breaks paragraphs with one line break (wire copy), no line
    break either."""
    return a.paragraph == b.paragraph and "\n" not in text[a.end : b.start]


def line_of(sentences: list[Sentence], text: str) -> list[int]:
    """Each sentence's paragraph as the text breaks lines: wire and newspaper copy often
    separates paragraphs by one line break, not a blank line. Without the text, the
    sentences' own paragraphs (blank-line ones)."""
    if not text:
        return [s.paragraph for s in sentences]
    out: list[int] = []
    line = 0
    for k, s in enumerate(sentences):
        if k and "\n" in text[sentences[k - 1].end : s.start + 2]:
            line += 1
        out.append(line)
    return out


_DOUBLED = re.compile(r"(?:''|‘‘|``)([^'\"“”‘’`\n]{1,80})(?:''|’’|\"|”)")
"""Words opened by two apostrophes or backticks, a quotation mark typed on a keyboard
that lacks one (wire copy writes `''Meritocracy and Toe-Stepping"`)."""


def title_spans(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of a sentence's quoted words that are a title or slogan in title case
    ("“Meritocracy and Toe-Stepping”", also when opened by two apostrophes)."""
    spans = quoted + [m.span(1) for m in _DOUBLED.finditer(text)]
    return [(a, b) for a, b in spans if is_title(text[a:b].split())]


_SIGNED = re.compile(r"\s*(?:[—–]|--)\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*(?:\(|$|\n)")
"""A dash (an em or en dash, or the two hyphens typed for one) and up to four
capitalised words that end the line or open a bracket ("— Vern McLellan", "-- Jane
Doe (Kestrel Post)"): a dateline's dash ("KESTREL BAY (MPA) -- The storm …") or a
dash clause inside a sentence goes on, so it is never a signature."""


def signed_after(text: str, b: int) -> str:
    """The name a dash sets under a quote ending at ``b`` ("“…” — Vern McLellan",
    "“…” -- Jane Doe"), else ""."""
    close = b + 1 if b < len(text) and text[b] in CLOSE_ONLY + '"' else b
    m = _SIGNED.match(text, close)
    return m.group(1) if m else ""


def signed(text: str) -> str:
    """The name of a sentence that is only a dash and a name ("— Vern McLellan"), the
    splitter having cut it from the quote above it, else ""."""
    head = text.lstrip()
    return signed_after(text, 0) if head[:1] in "—–" or head[:2] == "--" else ""
