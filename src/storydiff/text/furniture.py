"""Page furniture written as a sentence of the article: a promotion the site sets into
the story ("[Read our full coverage here.]", "Sign up for our morning newsletter",
"Follow us on Twitter"), or a teaser of another story ("ALSO READ: <headline>",
"READ MORE: …", "Related | …"). It states none of the story's facts (``facts``: no
claim, no name a later "he said" could mean) and comes and goes with the page, not
the story (``diff.order`` leaves it out of the growth count). Defined once here for
all of them."""

from __future__ import annotations

import re
from functools import lru_cache

from storydiff.config import TEASER_WORDS

_LABEL = (
    r"^\W*(?:also read|read also|read more|more from|related(?: stories| articles?"
    r"| coverage| content| news)?|see also|recommended(?: stories| reading)?|must read"
    r"|don[’']t miss|more (?:on|about) this(?: story)?|you may also like|trending now)"
    r"\s*[:|]\s*"
)
TEASER = re.compile(_LABEL, re.I)
"""The label of a teaser of another story, with its colon or bar: "ALSO READ :",
"READ MORE:", "Also Read |", "RELATED:", "See also:", "Don't miss:"."""

_SCAN = TEASER_WORDS * 40
"""How many characters past a teaser's label a story quotation is sought, and how long
its words may run: a headline of ``TEASER_WORDS`` words fits well inside, and a line
of many unclosed quotation marks costs no more than this many characters each."""
_QUOTE_MARK = re.compile(r"[“\"]")
_STORY_QUOTE = re.compile(
    rf"[“\"][^”\"]{{0,{_SCAN}}}(?:[,.!?…][’']?[”\"]|[”\"]\s*(?:\S+\s+){{0,3}}?"
    r"(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|insisted|explained)\b)"
)
"""A quotation the story resumes with: its words end with a comma, a full stop, "!",
"?" or "…" inside the marks, or a speech verb follows it ("“We will rebuild,” he
said."); a headline's quoted phrase does neither ("Minister promises “no new taxes”
in budget")."""
_RESUMES = re.compile(
    r"(?<=\S)\s+(?=(?:The|A|An|This|That|These|Those|His|Her|Its|Their|Our"
    r"|He|She|It|They|We|In|On|At|But)\s+[a-z])"
)
"""Where a story sentence the page ran into a teaser's headline may open: a capitalised
word that opens sentences, then a lower-case word ("… harbour plan The council will
vote …"); "in The Hague" goes on with a name. Sought only in a teaser that ends with a
full stop, as headlines do not, and kept only after a headline's last word
(``_HEADLINE_END``)."""
_LOWER_WORD = re.compile(r"[a-z0-9][a-z0-9%’'-]*")
_TITLE_WORD = re.compile(r"[A-Z0-9][\w%’'-]*|a|an|and|as|at|by|for|from|in|of|on|or|the|to|with")
_HEADLINE_END = re.compile(r"\S+$")


def _resumes(sentence: str, start: int) -> int:
    """The offset where a story sentence the page ran into a teaser's headline opens
    (``_RESUMES``), else 0: the headline's last word is all lower case ("Mayor quits
    over harbour plan The council …"), or the headline is in Title Case ("Mayor Quits
    Over the Harbour Plan The council …"); inside a Title Case headline ("Mayor Quits
    Over The Harbour Plan") a capitalised word goes on with it."""
    for cut in _RESUMES.finditer(sentence, start):
        words = sentence[start : cut.start()].split()
        if not words or len(words) > TEASER_WORDS:
            return 0
        if _LOWER_WORD.fullmatch(words[-1]) or all(_TITLE_WORD.fullmatch(w) for w in words):
            return cut.end()
    return 0


_FULL_STOP = re.compile(r"(?<![.…])\.[’'”\")]*\s*$")
"""A sentence's closing full stop (no ellipsis)."""
_PHRASE = r"(?:[^\s“”\"]|(?<![,.!?…])[”\"]|“)+"
"""One word of a teaser's headline: a quotation mark in it opens or closes a quoted
phrase, none that ends a sentence of a quotation."""

PROMO = re.compile(
    r"^\W*\[.*\]\W*$"
    r"|^\W*(?:article|story) continues (?:below|after (?:this )?advert(?:isement)?)\W*"
    r"(?:advert(?:isement)?\W*)?$"
    r"|^\W*(?:advert(?:isement|ising)?|sponsored(?: content)?)\W*$"
    r"|^\W*more\s*:\s*[^.!?…\"“”]{1,150}$"
    r"|^\W*(?:this\s+is\s+an?\s+(?:developing|breaking)(?:\s+news)?\s+story"
    r"|this\s+(?:story|article)\s+(?:is\s+developing|will\s+be\s+updated|may\s+be\s+updated)"
    r"|(?:please\s+)?check\s+back\s+(?:later\s+)?for\s+updates|(?:more|updates?)\s+to\s+(?:come|follow))"
    r"(?:\s+as\s+more\s+information\s+becomes\s+available)?"
    r"(?:(?:[,;]\s*|\s+and\s+)(?:(?:it\s+)?will\s+be\s+updated|(?:please\s+)?check\s+back"
    r"[^.!?]{0,40}))?\W*$"
    r"|^\s*\((?:adds|updates|recasts|corrects|rewrites|refiles|repeats|removes|inserts"
    r"|fixes|releads|writes\s+through|new\s+throughout)\b(?!\s+up\b)"
    r"(?:[^()]|\([^()]{0,40}\)){0,200}(?<![.!?])\)\s*$"
    r"|^\W*(sign up|subscribe|get|read|follow|listen|download)\b.{0,120}"
    r"\b(newsletters?|coverage|podcast|our app|here|twitter|facebook|instagram)\b"
    rf"|{_LABEL}(?!.{{0,{_SCAN}}}?{_STORY_QUOTE.pattern})"
    rf"(?:{_PHRASE}\s+){{0,{TEASER_WORDS - 1}}}{_PHRASE}\s*$",
    re.I | re.S,
)
"""A bracketed insert ("[Sign up for On Politics …]", "[Read our full coverage
here.]"), the page's "Article continues below", an advert's place ("Advertisement",
"Advertising" or "Sponsored content" alone), "More:" before a headline (no full
stop, no quotation), a developing-story line alone ("This is a developing story and
will be updated.", "Check back for updates."), a wire's note of what a new take adds
alone in brackets ("(Adds analyst comment, updates share prices)"), a sentence that
opens with a call to the reader and names the outlet's newsletter, coverage, podcast,
app or social accounts, or a teaser of another story
and nothing else: its label (``TEASER``) and a headline of at most ``TEASER_WORDS``
words, which may quote a phrase but no quotation the story resumes with
(``_STORY_QUOTE``): "ALSO READ: Mayor quits over harbour plan", "ALSO READ: Minister
promises “no new taxes” in budget"."""


def _story_quote(sentence: str, start: int) -> re.Match[str] | None:
    """The first quotation the story resumes with (``_STORY_QUOTE``) that opens within
    ``_SCAN`` characters of ``start``: each quotation mark is tried once, so a line of
    many unclosed marks is read in time linear in its length."""
    for mark in _QUOTE_MARK.finditer(sentence, start, start + _SCAN):
        quote = _STORY_QUOTE.match(sentence, mark.start())
        if quote is not None:
            return quote
    return None


def teaser_end(sentence: str) -> int:
    """Where the story resumes in a sentence that opens with a teaser (``TEASER``): its
    length when the whole sentence is the teaser (a headline of at most
    ``TEASER_WORDS`` words, no quotation the story resumes with); the offset of that
    quotation when the page ran one into the headline ("ALSO READ : Sfundo soars “The
    manner …,” she said." -> at "“"); in a teaser that ends with a full stop and holds
    none, where a story sentence opens after the headline (``_resumes``: "… harbour
    plan The council will vote …"); else 0 (no teaser, or none whose end can be
    told).

    Examples:
        >>> teaser_end("ALSO READ: Mayor quits over harbour plan")
        40
        >>> s = "READ MORE: Mayor quits “We will rebuild,” he said."
        >>> s[teaser_end(s):][:8]
        '“We will'
        >>> teaser_end("The mayor said to read more: nothing.")
        0
    """
    label = TEASER.match(sentence)
    if label is None:
        return 0
    quote = _story_quote(sentence, label.end())
    if quote is None and _FULL_STOP.search(sentence):
        cut = _resumes(sentence, label.end())  # "… plan The council will …."
        if cut:
            return cut
    headline = sentence[label.end() : quote.start() if quote else len(sentence)]
    if not headline.strip() or len(headline.split()) > TEASER_WORDS:
        return 0
    return quote.start() if quote else len(sentence)


@lru_cache(maxsize=4096)
def is_promotion(sentence: str) -> bool:
    """Whether one sentence of an article is a promotion or a teaser (``PROMO``).
    Kept by text: a comparison asks it of the same sentences more than once (the
    story's order in ``diff.order``, then who speaks in ``facts.carry``).

    Examples:
        >>> is_promotion("[Read our full coverage of the fire here.]")
        True
        >>> is_promotion("Follow us on Twitter for the latest.")
        True
        >>> is_promotion("READ MORE: Mayor quits over harbour plan")
        True
        >>> is_promotion("The newsletter said so.")
        False
    """
    return PROMO.search(sentence) is not None
