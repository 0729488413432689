"""Sentences and paragraphs with offsets into the original text.

Paragraphs are runs of text between blank lines. Inside one, a line with no closing
punctuation before a line that starts a sentence (a headline, a subhead, a dateline
line run on without a blank line) ends a sentence, unless the paragraph is prose
wrapped at a fixed width (most of its lines end without punctuation). syntok splits
each piece into sentences; it is right on quotes, dashes and "1,000 kilometres (620 miles)", but
does not split Chinese or Japanese at the full-width sentence ends 。！？, so a second
pass does. syntok is given one paragraph at a time: on a whole text it pads every
paragraph with spaces up to its offset, which makes long texts slow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import syntok.segmenter

from storydiff.config import WRAPPED_SHARE
from storydiff.text.furniture import teaser_end
from storydiff.text.tokens import Token, tokenize

# A full-width sentence end, with any closing quotes or brackets after it.
_CJK_END = re.compile(r"[。！？][」』”’）)\]]*")
_PARAGRAPH = re.compile(r"\S(?:.*?\S)??(?=\s*\n[ \t\r\f\v]*\n|\s*\Z)", re.S)
_TITLE_END = re.compile(
    r"(?<![\w.])(?:Adm|Atty|Brig|Capt|Cllr|Cmdr|Col|Cpl|Det|Dr|Fr|Gen|Gov|Insp|Lieut|Lt"
    r"|Maj|Mr|Mrs|Ms|Msgr|Pfc|Prof|Pvt|Rep|Rev|Sen|Sgt|Spc|Supt|ST|STE|FT|MT)\.$"
)
"""A title before a name, abbreviated as news writes it (AP style), or a place's
abbreviation in a capitals dateline ("ST. LOUIS (AP)", "FT. MYERS"): syntok ends a
sentence at "Sgt." before "Oehler", at "Gov." before "Ray Kim" and at "ST." before
"LOUIS", where the sentence goes on."""


# A line that ends a sentence: closing punctuation, or a word that joins across the
# break ("S&" / "P 500" in a crawl, "- " of a hyphenated word) is not a line end.
_LINE_END = re.compile(r"[.!?:;…\"”’»)\]]\s*$")
_JOINER = re.compile(r"[&,/\-–—(“\"‘]\s*$")
_LINE_START = re.compile(r"\s*[\"“‘«(\[]?[A-Z0-9]")


@dataclass(slots=True)
class Sentence:
    """One sentence: ``text[start:end]`` of its document."""

    index: int
    start: int
    end: int
    paragraph: int
    text: str
    tokens: list[Token]


def _split_cjk(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    begin = start
    for m in _CJK_END.finditer(text, start, end):
        stop = m.end()
        if text[stop:end].strip():
            spans.append((begin, stop))
            begin = stop
            while begin < end and text[begin].isspace():
                begin += 1
    spans.append((begin, end))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences, numbering paragraphs from 0.

    Examples:
        >>> [s.text for s in split_sentences("It rained. Then it stopped.\\n\\nNew day。晴れ。")]
        ['It rained.', 'Then it stopped.', 'New day。', '晴れ。']
    """
    sentences: list[Sentence] = []
    for paragraph, block in enumerate(_PARAGRAPH.finditer(text)):
        spans = _join_titles(text, _paragraph_spans(text, block.start(), block.group()))
        spans = _cut_clock(text, _cut_nested(text, _cut_glued(text, spans)))
        spans = _cut_abbreviated(text, spans)
        for s, e in _cut_teasers(text, spans):
            tokens = tokenize(text, s, e)
            if tokens:
                sentences.append(Sentence(len(sentences), s, e, paragraph, text[s:e], tokens))
    return sentences


def _cut_teasers(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with a teaser of another story that a page ran into the story's next
    sentence cut where the story resumes (``furniture.teaser_end``): "ALSO READ : Mayor
    quits “We will rebuild,” he said." is the teaser and the quote.

    Examples:
        >>> t = "READ MORE: Mayor quits “We will rebuild,” he said."
        >>> [t[s:e] for s, e in _cut_teasers(t, [(0, len(t))])]
        ['READ MORE: Mayor quits', '“We will rebuild,” he said.']
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        cut = teaser_end(text[start:end])
        head = text[start : start + cut].rstrip()
        if 0 < cut < end - start and head:
            out += [(start, start + len(head)), (start + cut, end)]
        else:
            out.append((start, end))
    return out


_GLUED = re.compile(r"[.!?…]([\"”])(?=[“\"‘]?[A-Z][a-z])")
"""A sentence's end and a quotation mark with the next sentence glued on, no space
between ("… a “new strategic weapon.”Kim paid tribute …"), as scraped text often has."""


_STRAIGHT = re.compile(r'(?<!\d)"')
"""A straight quotation mark, not an inch mark (6'2")."""


def _cut_glued(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans cut where a sentence ends at a quotation mark the next one is glued to
    (``_GLUED``): after a closing mark (a curly one, or a straight one that closes an
    open quotation of its sentence), else before an opening one ("He left."We sail,"
    she said." is "He left." and the quote).

    Examples:
        >>> t = 'He showed a "new weapon."Kim left. He left."We sail," she said.'
        >>> [t[s:e] for s, e in _cut_glued(t, [(0, 34), (35, len(t))])]
        ['He showed a "new weapon."', 'Kim left.', 'He left.', '"We sail," she said.']
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        counted, straight = start, 0  # straight marks in text[start:counted]
        for m in _GLUED.finditer(text, start, end):
            mark = m.start(1)
            if _TITLE_END.search(text, max(start, mark - 8), mark):
                continue  # "Mr."Smith: a title before its name
            straight += len(_STRAIGHT.findall(text, counted, mark))
            counted = mark
            closes = text[mark] == "”" or straight % 2 == 1
            cut = mark + 1 if closes else mark
            out.append((start, cut))
            start = counted = cut
            straight = 0
        out.append((start, end))
    return out


_NESTED_END = re.compile(r"[.!?…]['’][\"”](?=[ \t]+[“\"‘]?[A-Z])")
"""A sentence's end inside a quotation in a quotation, both closed, before the next
sentence ("… that much money.'\" The closest …"), which syntok does not split."""


def _cut_nested(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans cut after a sentence end that closes a quotation inside a quotation
    (``_NESTED_END``).

    Examples:
        >>> t = "“He said, ‘Take the boat.’” The ferry left."
        >>> [t[s:e] for s, e in _cut_nested(t, [(0, len(t))])]
        ['“He said, ‘Take the boat.’”', 'The ferry left.']
    """
    return _cut_after(_NESTED_END, text, spans)


def _cut_after(
    end_of: re.Pattern[str], text: str, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Spans cut after each match of ``end_of`` in them, the next one starting at its
    first character that is no space."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for m in end_of.finditer(text, start, end):
            out.append((start, m.end()))
            start = m.end()
            while start < end and text[start].isspace():
                start += 1
        out.append((start, end))
    return out


_ABBREVIATED_END = re.compile(r"[A-Za-z]\.([\"”])(?=[ \t]+[“\"‘]?[A-Z])")
"""A quotation that ends on an abbreviation's period before the next sentence ("… that
it's simply not O.K.” Rosa Delk said …"), which syntok does not split: the period ends
the sentence too."""


def _cut_abbreviated(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans cut after a closing quotation mark that follows an abbreviation's period
    (``_ABBREVIATED_END``): a curly one, or a straight one that closes an open
    quotation of its sentence (inch marks aside); never after a title ("“Mr.” Smith"),
    nor after a quotation of one or two words, a nickname or a name ("Orenthal James
    “O.J.” Simpson", "the so-called “U.S.” Open").

    Examples:
        >>> t = 'It is “simply not O.K.” Rosa Delk agreed. "Ask the U.K." It rained.'
        >>> [t[s:e] for s, e in _cut_abbreviated(t, [(0, 41), (42, len(t))])]
        ['It is “simply not O.K.”', 'Rosa Delk agreed.', '"Ask the U.K."', 'It rained.']
        >>> t = "Robert “R.J.” Hunter left."
        >>> [t[s:e] for s, e in _cut_abbreviated(t, [(0, len(t))])]
        ['Robert “R.J.” Hunter left.']
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for m in _ABBREVIATED_END.finditer(text, start, end):
            mark = m.start(1)
            if _TITLE_END.search(text, max(start, mark - 8), mark):
                continue
            if text[mark] == '"' and len(_STRAIGHT.findall(text, start, mark)) % 2 == 0:
                continue  # a straight mark that opens
            opening = max(text.rfind("“", start, mark), text.rfind('"', start, mark))
            if len(text[opening + 1 : mark].split()) < 3:
                continue  # a nickname or a name in quotation marks
            out.append((start, mark + 1))
            start = mark + 1
            while start < end and text[start].isspace():
                start += 1
        out.append((start, end))
    return out


_STARTS = (
    r"The|A|An|About|After|Also|Although|And|Another|Around|As|At|Before|But|By|Earlier"
    r"|Few|For|From|He|Her|His|However|If|In|It|Its|Later|Many|Meanwhile|More|Most"
    r"|Nearly|No|None|On|Only|Roughly|She|Since|So|Some|That|Their|Then|There|These"
    r"|They|This|Those|Until|We|When|While|With|Yet|You"
)
"""Words that only start a sentence after an abbreviation's full stop."""
_CLOCK_END = re.compile(rf"\b\d{{1,2}}(?:[:.]\d{{2}})?[ \t]?[ap]\.m\.(?=[ \t]+(?:{_STARTS})\b)")
"""A clock time that ends a sentence before a word that only starts one ("… at 7 p.m.
About 2.6 million ballots …"), which syntok does not split: before a weekday, a
month, a time zone or a name ("7 p.m. Monday", "p.m. EDT", "p.m. New York time") a
clock time goes on, as before a number word or "I" or "Under", which may open the
name of what the time is of ("the 6 a.m. Two Rivers ferry", "the 11 a.m. Under-18s
final", "the 5 p.m. I-95 shuttle")."""


def _cut_clock(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans cut after a clock time that ends a sentence (``_CLOCK_END``), or the
    platform X (``_PLATFORM_END``).

    Examples:
        >>> t = "Polls closed at 7 p.m. About 2.6 million voted. It ends at 9 p.m. Monday."
        >>> [t[s:e] for s, e in _cut_clock(t, [(0, 47), (48, len(t))])]
        ['Polls closed at 7 p.m.', 'About 2.6 million voted.', 'It ends at 9 p.m. Monday.']
    """
    return _cut_after(_PLATFORM_END, text, _cut_after(_CLOCK_END, text, spans))


_PLATFORM_END = re.compile(rf"\b(?:on|to|via)[ \t]X\.(?=[ \t]+(?:{_STARTS})\b)")
"""The platform X ending a sentence ("… he wrote on X. He also claimed …"), not an
initial ("Malcolm X. Brandt"): syntok reads its full stop as an initial's."""


def _line_pieces(block: str) -> list[tuple[int, str]]:
    r"""A paragraph cut after each line with no closing punctuation that a line starting
    a sentence follows (``_LINE_START``), unless the paragraph is wrapped prose
    (``WRAPPED_SHARE``): each piece with its offset in the block.

    Examples:
        >>> _line_pieces("Ship runs aground\nThe ship ran aground.\nIt was late.")
        [(0, 'Ship runs aground'), (18, 'The ship ran aground.\nIt was late.')]
        >>> len(_line_pieces("the ship ran\naground off the\nPort of Kestrel"))
        1
    """
    lines = block.split("\n")
    if len(lines) < 2:
        return [(0, block)]
    open_ends = [not _LINE_END.search(line) for line in lines[:-1]]
    if sum(open_ends) >= 2 and sum(open_ends) > WRAPPED_SHARE * (len(lines) - 1):
        return [(0, block)]
    pieces: list[tuple[int, str]] = []
    start = at = 0
    for k, line in enumerate(lines[:-1]):
        at += len(line) + 1
        if (
            open_ends[k]
            and line.strip()
            and not _JOINER.search(line)
            and _LINE_START.match(lines[k + 1])
        ):
            pieces.append((start, block[start : at - 1]))
            start = at
    pieces.append((start, block[start:]))
    return [(o, piece) for o, piece in pieces if piece.strip()]


def _paragraph_spans(text: str, base: int, block: str) -> list[tuple[int, int]]:
    """syntok's sentences of one paragraph (starting at ``base``), cut where a line
    ends a sentence without punctuation (``_line_pieces``) and at full-width sentence
    ends."""
    spans: list[tuple[int, int]] = []
    for offset, piece in _line_pieces(block):
        spans.extend(_syntok_spans(text, base + offset, piece))
    return spans


def _syntok_spans(text: str, base: int, block: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for para in syntok.segmenter.analyze(block):
        for sent in para:
            if sent:
                first, last = sent[0], sent[-1]
                start, end = base + first.offset, base + last.offset + len(last.value)
                spans.extend(_split_cjk(text, start, end))
    return spans


_CREDIT = re.compile(r"\|\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\s*[—–/]\s*[A-Z]")
"""A photo credit after a bar: "| Rajesh Kumar Singh—AP", "| Ana Ruiz/Reuters"."""


_DATELINE_ALONE = re.compile(
    r"[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?"
    r" \([A-Z][\w.&'’ -]{0,30}\)"
)
"""A wire dateline that the splitter cut from its story: "WASHINGTON (AP)", "LONDON
(Reuters)", "KESSLA, Norland (NC)"."""


def _join_titles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of one paragraph, a span that ends with a title before a name ("said
    Sgt.") joined to the next when that starts with a capital ("Oehler arrived."), a
    caption's credit after a bar on the same line (``_CREDIT``) joined to the
    caption, and a wire dateline (``_DATELINE_ALONE``) joined to the story it opens
    on its line ("WASHINGTON (AP) — The council …"), as it is read when the splitter
    leaves them together.

    Examples:
        >>> t = "Police said Sgt. Oehler arrived. Then he left."
        >>> [t[s:e] for s, e in _join_titles(t, [(0, 16), (17, 32), (33, 46)])]
        ['Police said Sgt. Oehler arrived.', 'Then he left.']
    """
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and (
            (_CREDIT.match(text, start, end) and "\n" not in text[joined[-1][1] : start])
            or (
                text[start : start + 1].isupper()
                and _TITLE_END.search(text, joined[-1][0], joined[-1][1])
            )
            or (
                text[start : start + 1] in "—–-"
                and "\n" not in text[joined[-1][1] : start]
                and _DATELINE_ALONE.fullmatch(text, joined[-1][0], joined[-1][1])
            )
        ):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined
