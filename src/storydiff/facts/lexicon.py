"""Word lists that several fact readers share, kept in one place so that they agree.

Each reader builds its own list from these cores plus the extras its rule needs, and
says what the extras are for:

- ``SAYING``: the verbs that bring in a speaker's words in news prose ("X said", "X
  told", "X added", "X wrote"). ``entities`` uses them alone (a one-word subject of
  these before a quote is a person); ``dates`` (a day that only dates the telling)
  and ``quotes`` (a quote's speech verb) add ``ANNOUNCING`` and their own.
- ``CLAIMING``: the verbs that put a claim in their subject's mouth ("the ministry
  said", "the council stated", "the firm announced"); ``attributions`` adds verbs of
  a finding ("the study concluded", "the court ruled").
- ``ANNOUNCING``: verbs of a public statement besides plain saying ("confirmed",
  "warned", "tweeted").
- ``PAST``: the past forms of the saying verbs that ``extract.telling_day`` reads in
  raw text ("an official said Wednesday").
- ``STATEMENTS``: nouns of a statement someone put out ("in a statement", "a post"):
  ``dates`` adds the occasions of a telling (an interview, a briefing), ``quotes``
  the documents that speak for their issuer (a release, a letter).
- ``WEEKDAYS`` (Monday first, as ``datetime.date.weekday`` counts), ``MONTHS`` and
  ``MONTH_ABBREVIATIONS``: the calendar's names, lower case; ``MONTH_PATTERN`` is a
  regular expression for any month word. They live in ``text.calendar``, which
  ``diff`` reads too, and are given here with the other lists.
"""

from __future__ import annotations

from storydiff.text import calendar

SAYING = frozenset({"say", "tell", "add", "write"})
CLAIMING = frozenset({"say", "state", "announce"})
ANNOUNCING = frozenset(
    {"state", "announce", "confirm", "note", "warn", "ask", "explain", "post", "tweet"}
)
PAST = {
    "say": "said",
    "add": "added",
    "report": "reported",
    "announce": "announced",
    "confirm": "confirmed",
}
STATEMENTS = frozenset({"statement", "post", "tweet"})
LAWS = frozenset("act law bill treaty charter constitution statute code directive".split())
"""Last words of a law's or a treaty's name ("the Harbour Safety Act"): a text, no
person, body or place, though the recogniser tags it as an organisation."""
NEWSPAPERS = frozenset(
    """times post gazette herald journal tribune chronicle ledger courier observer
    telegraph examiner inquirer dispatch sentinel globe star mirror express""".split()
)
"""Last words of a newspaper's name ("The Pellhaven Ledger", "the Quarrow Gazette"),
which the recogniser may tag as a work or a person."""
DATA = frozenset(
    "statement figures data estimate estimates records documents analysis tally count "
    "poll polls survey study report reports census projections forecast statistics "
    "results numbers".split()
)
"""Nouns of a writing or of data a citation may name ("according to preliminary
figures", "according to a statement", "according to Census")."""
WEEKDAYS = calendar.WEEKDAYS
MONTHS = calendar.MONTHS
MONTH_NAMES = calendar.MONTH_NAMES
MONTH_ABBREVIATIONS = calendar.MONTH_ABBREVIATIONS
MONTH_WORDS = calendar.MONTH_WORDS
MONTH_PATTERN = calendar.MONTH_PATTERN
