"""Sentences and paragraphs with offsets into the original text.

Paragraphs are runs of text between blank lines. syntok splits each paragraph into
sentences; it is right on quotes, dashes and "1,000 kilometres (620 miles)", but
does not split Chinese or Japanese at the full-width sentence ends 。！？, so a second
pass does. syntok is given one paragraph at a time: on a whole text it pads every
paragraph with spaces up to its offset, which makes long texts slow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import syntok.segmenter

from storydiff.text.tokens import Token, tokenize

# A full-width sentence end, with any closing quotes or brackets after it.
_CJK_END = re.compile(r"[。！？][」』”’）)\]]*")
_PARAGRAPH = re.compile(r"\S(?:.*?\S)??(?=\s*\n[ \t\r\f\v]*\n|\s*\Z)", re.S)


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
        base = block.start()
        for para in syntok.segmenter.analyze(block.group()):
            for sent in para:
                if not sent:
                    continue
                first, last = sent[0], sent[-1]
                start, end = base + first.offset, base + last.offset + len(last.value)
                for s, e in _split_cjk(text, start, end):
                    tokens = tokenize(text, s, e)
                    if tokens:
                        sentences.append(
                            Sentence(len(sentences), s, e, paragraph, text[s:e], tokens)
                        )
    return sentences
