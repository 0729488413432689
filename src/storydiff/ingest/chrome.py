"""Page chrome the HTML shows: lines of an extracted article that come only from
blocks the page marks as not the article.

trafilatura picks the article's container; inside it, or next to it, pages keep
author bios, newsletter and "more on this" boxes, comment forms, share bars and
related-link lists, and some survive extraction. Their markup says what they are:
a class or id such as ``author-bio``, ``newsletter``, ``related-posts`` or
``comments`` (strong names, enough alone), or ``footer``, ``sidebar``, ``widget``,
``share``, ``teaser``, an ``aside``, ``nav`` or ``footer`` element whose text is
mostly link text (weak names, which pages also give to wrappers of real text).

Such a block must be small (at most ``CHROME_MAX_SHARE`` of the page's visible
text) and hold no ``article`` or ``main`` element. An extracted line is dropped
when it occurs in a chrome block and nowhere else on the page; when that would
drop more than ``CHROME_MAX_DROP`` of the article's words, nothing is dropped (the
markup misled us, the article stays whole).

Removing the blocks before extraction was tried and not kept: trafilatura's choice
of container changes with the page's other text, so pruning even a share bar lost
whole articles (docs/benchmarks.md, extraction).
"""

from __future__ import annotations

import re

from lxml import etree, html

from storydiff.config import (
    CHROME_LINK_SHARE,
    CHROME_MAX_DROP,
    CHROME_MAX_SHARE,
    CHROME_MIN_LINE_CHARS,
)


def _names(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?:^|[-_ ])(?:" + "|".join(words) + r")(?:$|[-_ ])", re.IGNORECASE)


STRONG = _names(
    "related relatedposts related-posts recommended recommendations? trending mostread "
    "most-read most-popular newsletter subscribe outbrain taboola authorbox author-box "
    "author-bio authorbio about-author saboxplugin-wrap comments? kommentare? "
    "kommentarmodul nextstory next-post prev-post cookie consent disclosure linkbox "
    "inline-teaser intext-links letters-cta affiliate-text".split()
)
"""Class or id words that mark chrome on their own."""
WEAK = _names(
    "footer sidebar widget share sharing social promo teasers? breadcrumbs? rss popular "
    "advert advertisement".split()
)
"""Class or id words that mark chrome only when the block is mostly link text."""
CHROME_TAGS = frozenset({"aside", "nav", "footer"})
_NEVER = frozenset({"article", "main", "body", "html", "head"})
_INVISIBLE = frozenset({"script", "style", "noscript", "template"})


def visible_text(el: etree._Element) -> str:
    """Whitespace-collapsed text (the tree has no script or style left)."""
    return " ".join(" ".join(el.itertext()).split())


def _length(el: etree._Element) -> int:
    return sum(len(piece.strip()) for piece in el.itertext())


def _is_chrome(el: etree._Element, total: int) -> bool:
    if not isinstance(el.tag, str) or el.tag in _NEVER or el.tag in _INVISIBLE:
        return False
    names = " ".join(filter(None, (el.get("class"), el.get("id"))))
    strong = bool(names) and STRONG.search(names) is not None
    weak = el.tag in CHROME_TAGS or (bool(names) and WEAK.search(names) is not None)
    if not (strong or weak):
        return False
    if el.find(".//article") is not None or el.find(".//main") is not None:
        return False
    size = _length(el)
    if size == 0 or size > CHROME_MAX_SHARE * total:
        return False
    links = sum(_length(a) for a in el.iter("a"))
    return strong or links >= CHROME_LINK_SHARE * size


class PageText:
    """A page's visible text, and the text of the blocks its markup calls chrome."""

    def __init__(self, page: str) -> None:
        self.visible = ""
        self.chrome = ""
        self.rest = ""
        try:
            tree = html.fromstring(page)
        except (etree.ParserError, ValueError):
            return
        etree.strip_elements(tree, *_INVISIBLE, etree.Comment, with_tail=False)
        body = tree.find(".//body")
        root = body if body is not None else tree
        self.visible = visible_text(root)
        total = _length(root)
        blocks = [el for el in root.iter() if _is_chrome(el, total)]
        self.chrome = "\n".join(visible_text(el) for el in blocks)
        for el in blocks:
            if el.getparent() is not None and not any(a in blocks for a in el.iterancestors()):
                el.drop_tree()
        self.rest = visible_text(root) if blocks else ""

    def only_chrome(self, line: str) -> bool:
        """True when the line is long enough to place and the page shows it in
        chrome blocks only."""
        flat = " ".join(line.split())
        return len(flat) >= CHROME_MIN_LINE_CHARS and flat in self.chrome and flat not in self.rest

    def drop_chrome(self, lines: list[str]) -> list[str]:
        """The lines without those found only in chrome blocks (all of them when
        that would drop too much)."""
        if not self.chrome:
            return lines
        kept = []
        dropped = 0
        for line in lines:
            if self.only_chrome(line):
                dropped += len(line.split())
            else:
                kept.append(line)
        total = sum(len(line.split()) for line in lines)
        return lines if dropped > CHROME_MAX_DROP * total else kept
