"""Page furniture written as a sentence of the article: a promotion the site sets into
the story ("[Read our full coverage here.]", "Sign up for our morning newsletter",
"Follow us on Twitter"). It states none of the story's facts (``facts``) and comes
and goes with the page, not the story (``diff.order`` leaves it out of the growth
count). Defined once here for both."""

from __future__ import annotations

import re

PROMO = re.compile(
    r"^\W*\[.*\]\W*$"
    r"|^\W*(sign up|subscribe|get|read|follow|listen|download)\b.{0,120}"
    r"\b(newsletters?|coverage|podcast|our app|here|twitter|facebook|instagram)\b",
    re.I | re.S,
)
"""A bracketed insert ("[Sign up for On Politics …]", "[Read our full coverage
here.]"), or a sentence that opens with a call to the reader and names the outlet's
newsletter, coverage, podcast, app or social accounts."""


def is_promotion(sentence: str) -> bool:
    """Whether one sentence of an article is a promotion (``PROMO``).

    Examples:
        >>> is_promotion("[Read our full coverage of the fire here.]")
        True
        >>> is_promotion("Follow us on Twitter for the latest.")
        True
        >>> is_promotion("The newsletter said so.")
        False
    """
    return PROMO.search(sentence) is not None
