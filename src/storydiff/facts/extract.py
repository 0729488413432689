"""Facts in one sentence, read off spaCy's parse and entities.

- Quantities (``counts.py``): a run of digits and number words and the noun it
  counts ("two ballistic missiles" counts "missile"); "a missile" is a weak count of
  one, for matching only.
- Money (MONEY entities, with the currency), percentages, dates and times (DATE and
  TIME entities, read by ``dates.py``; numbers inside them are not quantities).
- People, organisations and places (PERSON; ORG; GPE, LOC, FAC). The small model
  makes mistakes (it tags some places as people), so labels are taken as given.
- Quotes and attributions live in ``quotes.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storydiff.facts.counts import (
    PERCENT_WORDS,
    TIME_ZONES,
    article_counts,
    money,
    number_facts,
    percent,
)
from storydiff.facts.dates import YEAR, date_fact
from storydiff.facts.model import Fact, FactKind
from storydiff.facts.numbers import is_number_word
from storydiff.facts.roles import title_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

ENTITY_KINDS: dict[str, FactKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
_LOCATIVE = {"in", "near", "outside", "across", "around", "from", "at"}
_SETTLEMENTS = {
    "town",
    "city",
    "village",
    "port",
    "region",
    "province",
    "district",
    "island",
    "capital",
    "state",
    "county",
}


@dataclass(slots=True)
class SentenceFacts:
    """Everything found in one sentence."""

    facts: list[Fact] = field(default_factory=list)


CORRECTION = re.compile(
    r"\b(correction:|corrects |an earlier version of this|this (story|article) has been corrected)",
    re.I,
)
"""A correction notice: its sentence states no facts, and the changes become corrections."""
TAGLINE = re.compile(
    r"^\W*(---|—|–)\s*\w|\bcontributed\b.{0,40}\b(report|reporting|research|from)\b"
    r"|\breported from\b|^\W*\(?(additional )?reporting (was )?(by|contributed)\b"
    r"|\bediting by\b|^\W*research was contributed\b",
    re.I,
)
"""A wire's contributor line ("--- Lucey reported from Washington.", "Audrey McAvoy
contributed to this report.", "(Reporting by X; editing by Y)"): its names are the
newsroom's, not the story's."""
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
STAMP = re.compile(
    r"\b(updated|published|posted)\s*:?\s+(on\s+|at\s+)?"
    rf"({_MONTH}\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+{_MONTH}\b|\d{{1,2}}:\d\d)"
    r"|(?:©|\bcopyright\b)\s*(?:\(c\)\s*)?(?:19|20)\d\d\b",
    re.I,
)
"""A page's "Updated Sept. 2", "Last updated: January 01 2020", "Updated 2 September",
"Published 10:15 AM ET" stamp, or its "© 2020": its date is the page's, not the
story's."""
_TELLING = re.compile(
    r"\b(?:said|says|told\s+\S+|reported|announced|confirmed|added)\s+(?:on\s+)?$", re.I
)


def telling_day(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` only dates the telling ("an official
    said Wednesday.", "media reported Thursday,"): a rolling story moves it each day,
    and it is no date of what happened. A day before the verb ("the campaign Saturday
    denied") is not one."""
    return bool(_TELLING.search(text[max(0, start - 40) : start])) and text[end : end + 1] in (
        ".",
        ",",
        "",
    )


_SAY_IT = re.compile(r"['’]-|-['’]")


def _is_number_only(ent: Span) -> bool:
    """A DATE entity that is only a count ("eighteen"), not a year or a range of years
    ("1984-2014")."""
    words = [t for t in ent if not t.is_punct]
    if not words or not all(t.like_num or is_number_word(t.lower_) for t in words):
        return False
    return not all(YEAR.fullmatch(t.text) for t in words)


_ONE_NAME_HEADS = {
    "festival", "program", "programme", "center", "centre", "institute", "committee",
    "association", "council", "commission", "foundation", "society", "museum",
    "university", "college", "school", "academy", "agency", "bureau", "office",
    "department", "ministry", "party", "prevention", "research", "studies", "fund",
}  # fmt: skip
"""Last words of one name that holds an "and" ("the Music and Arts Festival", "the
Non-Proliferation and Nuclear Policy Program")."""


def _entity_parts(ent: Span) -> list[Span]:
    """Split "Brannock Construction and Telvane Engineering" into its names."""
    parts: list[Span] = []
    start = ent.start
    doc = ent.doc
    for tok in ent:
        joins = tok.lower_ in ("and", ",") and start < tok.i < ent.end - 1
        # A spaced dash parts two names ("WELLSBY - Kei Varga", "(ORBIT - Dunmore
        # Times)"): no name holds one.
        dash = tok.text in ("-", "–", "—", "--") and bool(tok.whitespace_)
        if (dash and tok.i > start and doc[tok.i - 1].whitespace_) or (
            joins
            and doc[tok.i + 1].is_title
            and doc[tok.i - 1].is_title
            and ent.end - tok.i > 2
            and sum(w[:1].isupper() for w in doc[start : tok.i].text.split()) >= 2
            and doc[ent.end - 1].lower_ not in _ONE_NAME_HEADS
        ):
            parts.append(doc[start : tok.i])
            start = tok.i + 1
    parts.append(ent.doc[start : ent.end])
    return [p for p in parts if len(p)]


_PARTICLES = {"de", "da", "di", "del", "van", "von", "der", "den", "al", "el", "bin", "la", "le"}


def _from_capital(part: Span) -> Span:
    """A name without lower-case words the recogniser put before it, keeping a
    particle that belongs to it ("de Blasio")."""
    for k, tok in enumerate(part):
        if tok.text[:1].isupper() or tok.text[:1].isdigit():
            if k and part[k - 1].lower_ in _PARTICLES and part[k - 1].whitespace_:
                k -= 1
            return part[k:]
    return part


def _entity_kind(ent: Span, label: str) -> FactKind:
    kind = ENTITY_KINDS[label]
    if kind != "place" and len(ent) == 1:
        head = ent.root
        prep = head.head
        if head.dep_ == "pobj" and prep.lower_ in _LOCATIVE:
            return "place"  # "in Brisvale", tagged as a person or organisation
        if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _SETTLEMENTS:
            return "place"  # "the town of Brisvale"
    return kind


_PLACE_HEADS = {
    "park", "street", "avenue", "road", "boulevard", "square", "bridge", "river", "lake",
    "mountain", "mountains", "valley", "beach", "island", "islands", "bay", "hill", "hills",
    "heights", "county", "canyon", "creek", "harbor", "harbour", "airport", "station",
    "tower", "towers", "peak", "beaches", "stadium", "arena", "ballpark", "plaza", "mall",
}  # fmt: skip
"""Last words that make a name a place ("Coffey Park", "Mohala Street"), whatever the
recogniser tagged it."""


def _no_person(part: Span) -> bool:
    """A "person" with a digit ("Max 8s") or without a lower-case letter ("O.K.") in
    text that is not all capitals is no one."""
    text = part.text
    if any(c.isdigit() for c in text):
        return True
    return not any(c.islower() for c in text) and any(c.islower() for c in part.sent.text)


def _trim(part: Span) -> Span:
    """Without prepositions and conjunctions at either end ("Across Northern California",
    "Climate at")."""
    while len(part) and part[0].pos_ in ("ADP", "CCONJ", "SCONJ") and part[0].is_title:
        part = part[1:]
    while len(part) and part[-1].pos_ in ("ADP", "CCONJ", "SCONJ", "PUNCT"):
        part = part[:-1]
    return part


def _thing(part: Span) -> bool:
    """A "person" that names a thing or a family: "a Kalashnikov", "the Russian Iskander
    missile", "the Johnson family" (a person takes no indefinite article, and a name
    modifying a common noun names that noun)."""
    root = part.root
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children):
        return True
    doc = part.doc
    if part.start > 0 and doc[part.start - 1].lower_ in ("a", "an"):
        return True
    head = root.head
    return (
        root.dep_ in ("compound", "nmod")
        and head.pos_ == "NOUN"
        and head.i > root.i
        and any(c.dep_ == "det" for c in head.children)
    )


_NOT_NAMES = {
    "mou", "agm", "gdp", "ceo", "cfo", "icu", "ppe", "dui", "era", "whip", "rbi", "mvp", "qb",
    "ipo", "covid-19", "covid", "coronavirus", "sars", "ebola", "hiv", "aids",
}  # fmt: skip
"""Common abbreviations and diseases the recogniser takes for organisations."""
_CALENDAR_WORDS = set(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday"
    " friday saturday sunday".split()
)
_CREDIT_BEFORE = re.compile(
    r"(?i:^\s*by:?\s*$|\b(?:reported|written|compiled) by:?\s*$)"  # a byline
    r"|(?:^|[A-Z]{2,}|,)\s*\([^()]{0,30}$"  # "(CNN) ...", "VATICAN CITY (Reuters) -"
    r"|(?i:\([^()]*\b(?:photos?|images?|credit|file)\b[^()]*$)"  # "(Photo by X/Getty)"
    r"|(?i:©|\bcopyright\b)"
)
"""Words before a name that make it the page's (a byline, an agency's tag in a
dateline, a photo credit, a copyright line), not the story's."""


def _not_a_name(part: Span) -> bool:
    """A part that names no person, organisation or place of the story: a date ("MARCH
    13"), a common abbreviation or disease ("MOU", "COVID-19"), or page furniture.
    Events and laws ("the Kestrel Cup", "the Trade Act") stay: storydiff has no kind
    for them, and an editor wants their changes."""
    words = [t for t in part if not t.is_punct]
    if all(t.lower_.strip(".") in _CALENDAR_WORDS or t.like_num for t in words):
        return True
    if part.text.lower() in _NOT_NAMES:
        return True
    if "/" in part.text and re.search(r"(?i)\bphotos?\b|\bimages\b", part.text):
        return True  # "AP Photo/Ona Reyes", a photo credit
    lead = part.doc.text[: part.start_char]
    at = _CREDIT_BEFORE.search(lead)
    if at and at.group().endswith(tuple("(-–— ")) and "(" in at.group():
        return bool(re.match(r"[^()]{0,30}\)", part.doc.text[part.end_char :]))
    return at is not None


_SHEIKHS = {"amir", "emir", "sheikh", "sheik", "tahsildar", "pastor", "councilwoman"}


def _untitled(part: Span) -> Span:
    """A person without the titles the recogniser took into the name ("Amir Sheikh
    Tamal Orvo" -> "Tamal Orvo", "Yelandur Tahsildar Varsha" -> "Varsha")."""
    last = max(
        (k for k, t in enumerate(part) if title_word(t.text) or t.lower_.strip(".") in _SHEIKHS),
        default=-1,
    )
    return part[last + 1 :]


_PLACE_PLURALS = {
    "states", "islands", "emirates", "philippines", "netherlands", "bahamas", "maldives",
    "territories", "heights", "hills", "mountains", "falls", "springs", "rapids", "lakes",
    "plains", "keys", "isles", "alps", "andes", "rockies", "highlands", "everglades",
    "indies", "americas", "nations", "beaches",
}  # fmt: skip


def _team(part: Span, kind: FactKind) -> bool:
    """A team by its plural nickname ("the Gulls", "the Harbor City Gulls"), tagged as a
    person or a place: a person takes no "the", and a place seldom ends in a plural."""
    last = part[-1]
    if kind == "organization" or last.lower_ in _PLACE_PLURALS or len(last) < 4:
        return False
    if not last.text.endswith("s") or last.text.endswith(("'s", "’s")):
        return False
    if last.tag_ == "NNPS" and (kind == "person" or len(part) > 1):
        return True
    return kind == "person" and part.start > 0 and part.doc[part.start - 1].lower_ == "the"


_ORG_HEADS = {
    "league", "club", "association", "university", "college", "party", "council",
    "committee", "commission", "company", "corp", "corp.", "inc", "inc.", "ltd", "group",
    "foundation", "institute", "ministry", "department", "agency", "bureau", "authority",
    "board", "court", "police", "press", "news", "times", "post", "journal", "herald",
    "tribune", "network", "magazine", "airlines", "bank", "bar", "restaurant", "cafe",
}  # fmt: skip
"""Last words of an organisation's name ("the Gulf Coast League", "the Dunmore Herald")
that the recogniser tagged as a place."""
_ACRONYM = re.compile(r"[A-Z]{3,5}")
_PLACE_ACRONYMS = {"USA", "UAE", "DRC", "PRC", "DPRK", "ROK", "NYC", "KSA", "NSW", "USSR"}
"""Places said by their initials; other initials tagged as places are organisations."""
_STATE = re.compile(r"[A-Z]{2}|[A-Z][a-z]{1,4}\.")


def _quoted_speaker(part: Span) -> bool:
    """One capitalised word that says a quote just before it ('"...," DeWine said'): a
    person the recogniser took for an organisation (an organisation says a quote with
    its article or a longer name)."""
    root, doc = part.root, part.doc
    if len(part) != 1 or not root.text[:1].isupper() or root.is_upper or root.dep_ != "nsubj":
        return False
    before = doc[max(0, part.start - 2) : part.start].text
    return root.head.lemma_ in ("say", "tell", "add", "write") and any(q in before for q in '"”’')


def _kind_in_context(part: Span, kind: FactKind) -> FactKind:
    """The kind the words around a name say: a team's nickname is an organisation, and
    so is a "place" ending in an organisation's word; a state's abbreviation after a
    place, and a name followed by a comma and a place, are places ("Fort Wayne,
    Indiana")."""
    if _team(part, kind):
        return "organization"
    doc = part.doc
    if kind != "organization" and len(part) > 1 and part[-1].lower_ in _ORG_HEADS:
        return "organization"  # "the Gulf Coast League", "Marvel Bar" as a person
    if kind == "place" and _ACRONYM.fullmatch(part.text) and part.text not in _PLACE_ACRONYMS:
        return "organization"  # "the NHL", tagged as a place
    if kind != "person" and part.end + 2 < len(doc) and doc[part.end].text == ",":
        age = doc[part.end + 1]
        if age.text.isdigit() and 0 < int(age.text) < 120 and doc[part.end + 2].text == ",":
            return "person"  # "Kubica, 35, made his return": an age in apposition
    if kind == "organization" and _quoted_speaker(part):
        return "person"
    state = kind != "place" and _STATE.fullmatch(part.text) and part.start > 1
    if state and doc[part.start - 1].text == "," and doc[part.start - 2].ent_type_ == "GPE":
        return "place"  # "Wellsby, FL", "Dunmore, Ark."
    if kind != "place" and part.end + 1 < len(doc) and doc[part.end].text == ",":
        after = doc[part.end + 1]
        if after.ent_type_ == "GPE" and after.ent_iob_ == "B" and after.ent_type_ != part.label_:
            return "place"
    return kind


def _title(ent: Span) -> str:
    """The words in front of a name that modify it: "Coastguard Commander" in
    "Coastguard Commander Aldric Venn", "Port Authority chief" in "... chief Ilse Marrow"."""
    doc = ent.doc
    start = ent.start
    while start > 0:
        prev = doc[start - 1]
        attached = start - 1 < prev.head.i < ent.end  # modifies the name or a title word
        if prev.is_punct or prev.dep_ not in ("compound", "amod", "nmod") or not attached:
            break
        start -= 1
    return doc[start : ent.start].text


def extract(
    doc: Doc, sentence: int, offset: int, published: dt.date | None = None
) -> SentenceFacts:
    """Facts of one parsed sentence; ``offset`` maps the doc's characters into the text.
    With the version's ``published`` date, "yesterday", "today" and "tomorrow" are the
    weekdays they name."""
    out = SentenceFacts()
    skip: set[int] = set()
    for ent in doc.ents:
        label = ent.label_
        start, end = offset + ent.start_char, offset + ent.end_char
        if label == "MONEY" and any(t.lower_ in PERCENT_WORDS for t in ent):
            label = "PERCENT"  # "12 per cent", tagged as money
        if label in ("DATE", "CARDINAL") and _is_number_only(ent):
            continue  # "Eighteen passengers": a count, read below
        if label == "MONEY":
            parsed = money(ent)
            if parsed:
                out.facts.append(
                    Fact("money", ent.text, parsed[0], parsed[1], sentence, start, end)
                )
            skip.update(t.i for t in ent)
        elif label == "PERCENT":
            value = percent(ent)
            if value:
                out.facts.append(Fact("percent", ent.text, value, "percent", sentence, start, end))
            skip.update(t.i for t in ent)
        elif label in ("DATE", "TIME"):
            skip.update(t.i for t in ent)  # durations and ages are no counts either
            fact = date_fact(ent, sentence, offset, published)
            if fact is not None:
                out.facts.append(fact)
        elif label in ("ORDINAL",):
            skip.update(t.i for t in ent)
        elif label in ENTITY_KINDS and ent.text.lower() not in TIME_ZONES:
            for part in _entity_parts(ent):
                if part[0].lower_ == "the":
                    part = part[1:]
                part = _from_capital(part)  # "nom-de-guerre Timochenko" -> "Timochenko"
                if len(part) > 1 and part[-1].lower_ in ("'s", "’s", "'"):
                    part = part[:-1]  # "Intel Corp.'s profits"
                part = _trim(part)
                if not len(part) or _SAY_IT.search(part.text):
                    continue  # an empty part, or a pronunciation guide ("WAHRM'-beer")
                ekind = _entity_kind(part, label)
                if part[-1].lower_ in _PLACE_HEADS and len(part) > 1:
                    ekind = "place"
                if ekind == "person":
                    part = _untitled(part)
                if not len(part) or _not_a_name(part):
                    continue
                ekind = _kind_in_context(part, ekind)
                s0, s1 = offset + part.start_char, offset + part.end_char
                if ekind == "person" and (_thing(part) or _no_person(part)):
                    continue
                detail = _title(part) if ekind == "person" else ""
                out.facts.append(
                    Fact(ekind, part.text, part.text, "", sentence, s0, s1, detail=detail)
                )
            if label != "PERSON":  # "Kestrel 9" as a name is not a count
                skip.update(t.i for t in ent if not t.like_num)
    out.facts += number_facts(doc, sentence, offset, skip)
    out.facts += article_counts(doc, sentence, offset, skip)
    return out
