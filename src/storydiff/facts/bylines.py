"""Who the versions say wrote them: a reporter added to the byline, or dropped.

The byline is the page's author metadata (trafilatura's ``author``: "Ana Brannock;
Piet Dunmore"), or a text's front matter ``author:``, else a byline line among a plain
text's first lines ("By Jane Marlow, Staff Writer": ``text_byline``). Its names are
compared as a set, case and spacing aside, so "Ana Brannock and Piet Dunmore" and
"Piet Dunmore; Ana Brannock" are one byline. Only versions that both name an author are compared: a
version without one says nothing of who wrote it (its page may just not say).
"""

from __future__ import annotations

import re
from itertools import islice

from storydiff.facts.model import Change

_JOINS = re.compile(r"\s*(?:;|,|&|\band\b|\bund\b|\bet\b|\by\b)\s*", re.I)
_BY = re.compile(r"^\s*by\s+", re.I)
MAX_BYLINE_CHARS = 300
"""Author fields longer than this are not a byline (a bio or a page's blurb)."""


_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+(?:de|van|von|da|al|bin)?[ \t]*[A-Z][\w.'’-]*){0,3}"
_ROLE = (
    r"(?:[A-Z][a-z]+[ \t]+)?(?:Staff[ \t]+)?"
    r"(?:Writers?|Reporters?|Correspondents?|Editors?|Contributors?)\b[^\n]*"
)
BYLINE_LINE = re.compile(
    rf"^[ \t]*By[ \t]+({_NAME}(?:[ \t]*(?:,|&|\band\b)[ \t]*{_NAME})*)"
    rf"(?:[ \t]*(?:,|\||-|—)[ \t]*{_ROLE})?[ \t]*$",
    re.M,
)
"""A byline line: "By" and names, then perhaps their role ("By Jane Marlow, Staff
Writer", "By Reuben Okafor and Jane Marlow, Staff Writers")."""
_HEAD_LINES = 4
_LINES = re.compile(r"[^\r\n]+")


def text_byline(text: str) -> str | None:
    """The names of a byline line among a plain text's first ``_HEAD_LINES`` lines
    that are not blank, else None.

    Examples:
        >>> text_byline("Council votes\\n\\nBy Jane Marlow and Piet Roe, Staff Writers\\n\\nThe")
        'Jane Marlow and Piet Roe'
        >>> text_byline("By the river, the town waited.") is None
        True
    """
    lines = (m.group() for m in _LINES.finditer(text) if m.group().strip())
    head = "\n".join(islice(lines, _HEAD_LINES))  # the first lines, not the whole text
    m = BYLINE_LINE.search(head)
    return re.sub(rf"[ \t]*,[ \t]*{_ROLE}$", "", m.group(1)) if m else None


def names(byline: object) -> dict[str, str]:
    """The byline's names by their folded form ("ana brannock": "Ana Brannock").

    Examples:
        >>> sorted(names("By Ana Brannock and Piet Dunmore").values())
        ['Ana Brannock', 'Piet Dunmore']
    """
    if not isinstance(byline, str) or len(byline) > MAX_BYLINE_CHARS:
        return {}
    out: dict[str, str] = {}
    for part in _JOINS.split(_BY.sub("", byline)):
        name = " ".join(part.split()).strip(" .")
        if name:
            out.setdefault(name.casefold(), name)
    return out


def byline_changes(old: object, new: object) -> list[Change]:
    """A name new to the byline is an addition, one gone a removal (``old`` and
    ``new``: the two versions' author fields)."""
    before, after = names(old), names(new)
    if not before or not after:
        return []
    added = [after[k] for k in after if k not in before]
    gone = [before[k] for k in before if k not in after]
    return [Change("addition", "byline", "", None, n, "", n.casefold()) for n in added] + [
        Change("removal", "byline", "", n, None, n.casefold(), "") for n in gone
    ]
