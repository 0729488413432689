"""Who is speaking as the facts analysis walks a version's sentences: the state
``carry.step`` moves on from one sentence to the next."""

from __future__ import annotations

from dataclasses import dataclass, field

from storydiff.facts.genders import gender_of
from storydiff.facts.names import surname


@dataclass(slots=True)
class Voice:
    """Who is speaking as the analysis walks the sentences."""

    speaker: str = ""
    text: str = ""
    """The whole document, for a title it gave someone before the sentences read."""
    person: str = ""
    person_at: int = -1
    speaker_at: int = -1
    speaker_org: bool = False
    """The speaker is an organisation: "he" and "she" never stand for it."""
    speaker_office: bool = False
    """The last speaker's own words gave them an office ("agency head Subejo said")."""
    titles: dict[str, str] = field(default_factory=dict)
    """The title the text gave each person named so far ("Jay Smith": "Celtics guard")."""
    orgs: list[str] = field(default_factory=list)
    """The organisations the last sentence that named any names, in order: "it" stands
    for the last one, "the court" for the last court among them ("The Supreme Court
    upheld the fine against Orvane Foods")."""
    earlier: list[str] = field(default_factory=list)
    """Organisations named in sentences before the last that named any, whose names
    say a kind only its own word names ("Supreme Court", "Health Ministry"), latest
    last: "the court" may stand for one when none of ``orgs`` is of its kind ("The
    Supreme Court upheld the fine. Orvane Foods had appealed. “…,” the court said.",
    but not past "The ICC opened its own case"); "it" and "the company" never look
    this far (``_by_kind_word``)."""
    genders: dict[str, str] = field(default_factory=dict)
    """Who the text has called "he" and who "she" (``genders.text_genders`` to start)."""
    surnames: dict[str, str] = field(default_factory=dict)
    """Everyone met so far by full name, by surname (the latest of a surname)."""
    named: list[str] = field(default_factory=list)
    """The people the sentence before said to speak (``pronouns.speakers_named``); a
    promotion between leaves it as it was, as it leaves the voice, and so does one
    sentence that names no person ("Over the years she told interviewers …")."""
    named_at: int = -1
    """The sentence ``named`` was read from."""
    people: list[str] = field(default_factory=list)
    """The people named or speaking lately, latest last: whom "he" or "she" stands for
    when the person named last is known to be the other."""
    actor_at: int = -2
    """The last sentence whose main clause was about a person (a name, "the woman",
    "she")."""
    actor_word: str = ""
    """The "he" or "she" that sentence's main clause was about ("" for a name)."""
    actor_thinks: bool = False
    """That clause says what the person thinks ("He feels that …"): a quote next is theirs."""
    pair: tuple[int, str] = (-9, "")
    """The line where a subject last named people joined by "and" (or "the couple" stood
    for them), and those people: whom "the couple" is within ``PAIR_REACH`` lines."""
    group: str = ""
    """The last plural subject ("hundreds of people"), whom "they" may stand for."""
    group_at: int = -1
    authored: dict[str, tuple[int, str]] = field(default_factory=dict)
    """The writings sentences named with their author ("a 2019 report by the Varnos
    inspector general"), by noun: the sentence and the author, whom "the report says"
    stands for a few sentences on."""
    brought: set[str] = field(default_factory=set)
    """Roles of a kind a sentence naming no person brought in as someone of their own
    ("The store manager told Channel 4 …": "store manager", ``describing.brought_in``)."""
    company: str = ""
    """The last name a sentence described as a company ("Corvane Rail, Ostland's
    largest freight rail operator,"), whom "the company said" stands for when no
    organisation of the kind was named lately (``callings.companies_described``)."""
    posted: tuple[int, str] = (-2, "")
    """The last sentence that said someone put out a writing, and who (``posted``)."""
    line: int = -2
    """The line where the speaker last spoke (or was carried by a quote)."""
    at: int = -2
    """The sentence where the speaker last spoke (or was carried by a quote)."""
    told: tuple[int, str, str] = (-2, "", "")
    """The last sentence where someone told "her" or "him", that pronoun, and the teller."""

    def gender(self, name: str, given: bool = True) -> str:
        """ "he", "she" or "" for ``name`` (``genders.gender_of``), or for the full name
        of a surname said alone ("Balin": "Teodor Balin", by his given name) unless the
        text gives that surname to several people ("Mr. Brenvik", "his wife, Ingrid
        Brenvik"); not ``given``: by the text's own marks alone."""
        shared = sum(k.endswith(" " + name) for k in self.genders) > 1
        full = "" if shared else self.surnames.get(name, "")
        return gender_of(self.genders, name, given) or gender_of(self.genders, full, given)

    def met(self, name: str) -> None:
        """``name`` is the latest person named or speaking (a few kept, latest last)."""
        if name:
            self.people = [*[p for p in self.people if p != name][-5:], name]
            last = surname(name)
            if last != name and last[:1].isupper():  # a full name, not "the woman"
                self.surnames[last] = name
