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
- ``PAST_FORMS``: verbs whose past the plain rule ("approve" / "approved") gets
  wrong, irregular ("meet" / "met") or spelled with a doubled letter ("stab" /
  "stabbed"). ``predicates`` makes the pasts of its event verbs with it;
  ``anchoring`` stems an irregular past to its verb (``IRREGULAR_PASTS``: not the
  forms made with "-ed").
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
TEXTS = LAWS | frozenset("agreement accord protocol assessment".split())
"""Last words of a text's name, laws' and treaties' with a pact's or a report's ("the
North Sea Fisheries Agreement", "the National Flood Risk Assessment")."""
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
PAST_FORMS = {
    "meet": "met", "find": "found", "win": "won", "pay": "paid", "hold": "held",
    "make": "made", "take": "took taken", "give": "gave given", "get": "got gotten",
    "keep": "kept", "lose": "lost", "tell": "told", "send": "sent", "build": "built",
    "spend": "spent", "bring": "brought", "seek": "sought", "catch": "caught",
    "fight": "fought", "lead": "led", "hear": "heard", "see": "seen", "know": "knew known",
    "go": "went gone", "come": "came", "become": "became", "run": "ran",
    "begin": "began begun", "break": "broke broken", "choose": "chose chosen",
    "speak": "spoken", "write": "wrote written", "steal": "stole stolen",
    "fall": "fallen", "rise": "risen", "grow": "grew grown", "throw": "threw thrown",
    "show": "shown", "sell": "sold", "buy": "bought", "stand": "stood", "sit": "sat",
    "drive": "drove driven", "flee": "fled", "sink": "sank sunk", "freeze": "froze frozen",
    "hide": "hid hidden", "shake": "shook shaken", "strike": "struck", "feed": "fed",
    "shoot": "shot", "withdraw": "withdrew withdrawn", "forgive": "forgave forgiven",
    "forbid": "forbade forbidden", "sing": "sang sung", "swear": "swore sworn",
    "understand": "understood", "teach": "taught", "think": "thought", "mean": "meant",
    "sleep": "slept", "eat": "ate eaten", "drink": "drank drunk", "ride": "rode ridden",
    "hurt": "hurt", "cut": "cut", "quit": "quit", "stab": "stabbed", "rob": "robbed",
    "kidnap": "kidnapped kidnaped", "veto": "vetoed", "free": "freed", "die": "died",
    "axe": "axed", "scrap": "scrapped", "acquit": "acquitted", "defer": "deferred",
    "expel": "expelled", "cancel": "canceled cancelled", "step": "stepped",
}  # fmt: skip
"""Verb -> its past forms where the plain rule gets them wrong, space-separated when
there are two (past tense and participle, or two spellings). Not pasts that are
also common nouns or adjectives of another sense ("left", "ground", "wound",
"bound", "saw")."""
IRREGULAR_PASTS = {
    past: verb
    for verb, pasts in PAST_FORMS.items()
    for past in pasts.split()
    if past != verb and not (past.startswith(verb) and past.endswith("ed"))
}
"""Past forms that a crude stem does not bring to their verb ("met" -> "meet", "taken"
-> "take"; not "stabbed" or "cut")."""
WEEKDAYS = calendar.WEEKDAYS
MONTHS = calendar.MONTHS
MONTH_NAMES = calendar.MONTH_NAMES
MONTH_ABBREVIATIONS = calendar.MONTH_ABBREVIATIONS
MONTH_WORDS = calendar.MONTH_WORDS
MONTH_PATTERN = calendar.MONTH_PATTERN
ROLE_RANKS = frozenset(
    "deputy vice assistant former acting interim associate ex outgoing incoming".split()
)
"""Words that make a role another person's: "the mayor" and "the deputy mayor" are
two."""
NAME_PARTICLES = frozenset("van von de der den du da di la le al bin ten".split())
"""Lower-case words inside a person's name ("Pieter van Dorn", "Omar bin Tarik")."""


TITLED_ROLES = frozenset("chair superintendent chief sheriff principal treasurer".split())
"""Roles that describe the person named last only when the text titled them so ("the
board's chair, Ingrid Vasquel" … "the chair said"; "the fire chief in Sorrell Falls,
Martin Quillby" … "the chief said"): else the chair, the chief or the sheriff is most
often someone else (``describing.said_anew``, ``described``)."""
