"""How a sentence says something is pending, outside quotation marks
(``facts.resolved`` pairs it with the sentence that tells how it came out):

- *no comment*: "did not (immediately) respond / comment / return", "has not
  responded", "declined to comment / say / name", "could not be reached";
- *not known*: "is under investigation", "was not (immediately) clear", "have not said
  / disclosed / named ...", "were not released", "looking into whether", "No injuries
  were reported", "no immediate word on", "remained at large";
- *expected*: "is (widely) expected to", "economists expect the bank to", "is likely
  to", "will likely", "may / might have been", "is due / scheduled to".
"""

from __future__ import annotations

import re
from functools import lru_cache

from storydiff.facts.marks import quote_spans

NOT = r"\s*(?:not|n['’]t)\s+"
NO_COMMENT = re.compile(
    rf"\b(?:(?:did|does|do|has|have|had|would|could){NOT}(?:immediately\s+|yet\s+|publicly\s+)?"
    r"(?:respond(?:ed)?|return(?:ed)?|repl(?:y|ied)|comment(?:ed)?|answer(?:ed)?)"
    r"|(?:declined|refused)\s+to\s+(?:comment|elaborate|say|discuss|identify|name|confirm)"
    rf"|could{NOT}(?:immediately\s+)?be\s+reached)\b",
    re.IGNORECASE,
)
NOT_KNOWN = re.compile(
    r"\b(?:under\s+investigation|still\s+being\s+investigated|remain(?:s|ed)?\s+at\s+large"
    r"|(?:is|was|were|are|remain(?:s|ed)?)\s+(?:not\s+)?(?:yet\s+|immediately\s+|still\s+)?"
    r"(?:clear|known|unclear|unknown)"
    rf"|(?:did|does|do|has|have|had){NOT}(?:yet\s+|immediately\s+|publicly\s+)?"
    r"(?:said|say|disclosed?|released?|given?|identified|identify|determined|determine"
    r"|explained?|confirmed?|named?|found|located|traced|established)"
    r"|(?:has|have|had)\s+yet\s+to\s+(?:say|disclose|release|give|identify|determine|explain"
    r"|confirm|name|find|locate|trace|establish)"
    r"|(?:(?:is|was|were|are)\s+not|(?:has|have|had)\s+not\s+(?:yet\s+)?been)\s+"
    r"(?:yet\s+|immediately\s+)?(?:released|disclosed|identified|determined|announced|found"
    r"|located)"
    r"|(?:looking\s+into|investigating|examining)\s+whether|no\s+(?:immediate\s+)?reports?\s+of"
    r"|no\s+(?:immediate\s+)?word\s+(?:on|of)"
    r"|no\s+(?=(?:[\w-]+\s+){0,2}(?:injuries|deaths|casualties|fatalities)\s+"
    r"(?:were|have\s+been|had\s+been)"
    r"\s+reported))\b",
    re.IGNORECASE,
)
EXPECTED = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:widely\s+)?expected\s+to|(?:is|are)\s+likely\s+to"
    r"|expect(?:s|ed)?\s+(?:the\s+|an?\s+|its\s+|their\s+)?[\w’'-]+\s+to"
    r"|will\s+likely|(?:may|might)\s+have\s+been|(?:is|are|was|were)\s+(?:due|scheduled)\s+to)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def kinds(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """Each way a sentence says something is pending, with its words. Kept by text: a
    removed sentence is asked against every added one."""
    bare = list(text)
    for a, b in quote_spans(text):  # never inside a quote
        bare[a:b] = " " * (b - a)
    plain = "".join(bare)
    ways = (("comment", NO_COMMENT), ("known", NOT_KNOWN), ("expected", EXPECTED))
    return tuple((kind, found) for kind, pattern in ways if (found := pattern.search(plain)))


def pending(text: str) -> str:
    """How a sentence says something is pending: "comment", "known", "expected", or
    "" when it does not."""
    found = kinds(text)
    return found[0][0] if found else ""
