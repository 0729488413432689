"""Names in one sentence: which spans of spaCy's PERSON, ORG, GPE, LOC and FAC
entities name a person, an organisation or a place of the story, and which kind each is.

The small model's entities need mending before they are facts: one entity may hold
several names ("Brannock Construction and Telvane Engineering"), titles and stray
words at its edges ("Amir Sheikh Tamal Orvo", "Across Northern California"), and its
label is often wrong (a town after "in" tagged as a person, a team's nickname as a
place, a quoted speaker as an organisation). The rules here read the words in and
around each name to split, trim and re-kind it, and drop spans that are no name of the
story (dates, common abbreviations, bylines and photo credits, products).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storydiff.facts.lexicon import SAYING
from storydiff.facts.model import Fact, FactKind
from storydiff.facts.nameless import not_a_name
from storydiff.facts.roles import PERSON_TITLE, title_word

if TYPE_CHECKING:
    from spacy.tokens import Span

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

_SAY_IT = re.compile(r"['’]-|-['’]")


_ONE_NAME_HEADS = {
    "festival", "program", "programme", "center", "centre", "institute", "committee",
    "association", "council", "commission", "foundation", "society", "museum",
    "university", "college", "school", "academy", "agency", "bureau", "office",
    "department", "ministry", "party", "prevention", "research", "studies", "fund",
}  # fmt: skip
"""Last words of one name that holds an "and" ("the Music and Arts Festival", "the
Non-Proliferation and Nuclear Policy Program")."""
_SHORT_AND_HEADS = {
    "authority", "administration", "service", "board", "federation", "alliance",
    "organisation", "organization", "corporation",
}  # fmt: skip
"""Last words of one name with an "and" only one word before them ("the Norland
Competition and Markets Authority", "Fire and Rescue Service"); "Dunmore Water and
Marlow Ambulance Service" are two."""


_VENUES = frozenset(
    "hotel hospital stadium arena church cathedral mosque temple museum theatre theater "
    "library prison school college airport station centre center hall restaurant "
    "factory plant mine".split()
)
"""Last words of a building's name, which the recogniser runs on into the town after
"in" ("the Evening Star Hotel in Caddow"): the two are two names."""


def _entity_parts(ent: Span) -> list[Span]:
    """Split "Brannock Construction and Telvane Engineering" into its names, and a
    building from its town ("the Evening Star Hotel in Caddow")."""
    parts: list[Span] = []
    start = ent.start
    doc = ent.doc
    for tok in ent:
        if (
            tok.lower_ == "in"
            and start < tok.i - 1
            and tok.i < ent.end - 1
            and doc[tok.i - 1].lower_ in _VENUES
            and doc[tok.i + 1].is_title
        ):
            parts.append(doc[start : tok.i])
            start = tok.i + 1
            continue
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
            and not (doc[ent.end - 1].lower_ in _SHORT_AND_HEADS and ent.end - tok.i == 3)
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
    head = ent.root
    prep = head.head
    if kind == "place" or head.dep_ != "pobj":
        return kind
    if len(ent) == 1 and prep.lower_ in _LOCATIVE:
        return "place"  # "in Brisvale", tagged as a person or organisation
    return "place" if settlement_of(ent) else kind


def settlement_of(name: Span) -> bool:
    """Whether a name is the one a settlement's noun names ("the town of Brisvale",
    "the village of Orrin Ford"), not a titled person after it ("the district of
    Representative Mara Quint")."""
    prep = name.root.head
    titled = name.start > 0 and title_word(name.doc[name.start - 1].text)
    return (
        name.root.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in _SETTLEMENTS
        and prep.head.i < prep.i
        and not titled
        and not title_word(name[0].text)
    )


PLACE_HEADS = {
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


_STAFF = frozenset(
    "crew crews worker workers employee employees staff official officials executive"
    " executives engineer engineers spokesman spokeswoman spokesperson".split()
)
"""People of an organisation the recogniser takes into its name ("a PG&E crew")."""


def _uncased(part: Span, label: str) -> bool:
    """A person of words with no capital letter or digit in a sentence that has
    capitals past its first letter: "said harbour master Lena Marsh" tagged "harbour
    master" a person. (A body may be written in lower case: "the ministry of
    housing".)"""
    return (
        label == "PERSON"
        and not any(c.isupper() or c.isdigit() for c in part.text)
        and any(c.isupper() for c in part.sent.text[1:])
    )


_SCORE_AFTER = re.compile(r"\s+\d{1,3}\s?[-–]\s?\d{1,3}$")
"""A game's score the recogniser took into a team's name."""


def _trim(part: Span) -> Span:
    """Without prepositions and conjunctions at either end ("Across Northern California",
    "Climate at"), nor a participle before it ("Born Margit Sand in 1933"), nor figures
    after it (a score, "Marrow Bay Gulls 104-99"), nor the organisation's people after
    it ("a Veltro crew")."""
    while (
        len(part)
        and part[0].is_title
        and (part[0].pos_ in ("ADP", "CCONJ", "SCONJ") or part[0].tag_ == "VBN")
    ):
        part = part[1:]
    while len(part) and part[-1].pos_ in ("ADP", "CCONJ", "SCONJ", "PUNCT"):
        part = part[:-1]
    score = _SCORE_AFTER.search(part.text)
    if score and score.start() > 0:  # "the Marrow Bay Gulls 104-99"
        part = (
            part.doc.char_span(
                part.start_char, part.start_char + score.start(), alignment_mode="contract"
            )
            or part
        )
    if len(part) > 1 and part[-1].text in _STAFF:
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


_LOCAL_NOUNS = {
    "police", "resident", "residents", "school", "schools", "neighborhood",
    "neighbourhood", "suburb", "village", "town", "township", "district", "taluk",
    "teacher", "teachers", "girl", "boy", "man", "woman", "farmer", "farmers", "native",
    "natives", "street", "streets", "area",
}  # fmt: skip
"""Nouns a place's name stands before ("Elmhurst police", "a Porbandar girl"); a
company's name stands before others ("Brannock employees", "a Shell gas station")."""


def _local(part: Span) -> bool:
    """A name the recogniser took for an organisation that only says where someone or
    something is: one or two capitalised words set before a noun of ``_LOCAL_NOUNS``
    in lower case, with no organisation's word of their own."""
    root = part.root
    head = root.head
    if len(part) > 2 or root.dep_ != "compound" or head.i < part.end or not head.is_lower:
        return False
    return head.lower_ in _LOCAL_NOUNS and part[-1].lower_ not in _ORG_HEADS


def _quoted_speaker(part: Span) -> bool:
    """One capitalised word that says a quote just before it ('"...," DeWine said'): a
    person the recogniser took for an organisation (an organisation says a quote with
    its article or a longer name)."""
    root, doc = part.root, part.doc
    if len(part) != 1 or not root.text[:1].isupper() or root.is_upper or root.dep_ != "nsubj":
        return False
    before = doc[max(0, part.start - 2) : part.start].text
    return root.head.lemma_ in SAYING and any(q in before for q in '"”’')


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
    if kind == "organization" and _local(part):
        return "place"  # "Elmhurst police said", "Kessla residents"
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


def entity_facts(ent: Span, sentence: int, offset: int) -> list[Fact]:
    """The person, organisation and place facts of one named entity whose label is in
    ``ENTITY_KINDS``; ``offset`` maps the doc's characters into the text."""
    out: list[Fact] = []
    for part in _entity_parts(ent):
        if part[0].lower_ == "the":
            part = part[1:]
        part = _from_capital(part)  # "nom-de-guerre Timochenko" -> "Timochenko"
        if len(part) > 1 and part[-1].lower_ in ("'s", "’s", "'"):
            part = part[:-1]  # "Intel Corp.'s profits"
        part = _trim(part)
        if not len(part) or _SAY_IT.search(part.text) or _uncased(part, ent.label_):
            continue  # an empty part, a pronunciation guide ("WAHRM'-beer"), no name
        ekind = _entity_kind(part, ent.label_)
        if len(part) > 1 and PERSON_TITLE.match(part.text):
            ekind = "person"  # "Ms Holt", "Dr Helena Voss": the recogniser's organisation
        if part[-1].lower_ in PLACE_HEADS and len(part) > 1:
            ekind = "place"
        if ekind == "person":
            part = _untitled(part)
        if not len(part) or not_a_name(part):
            continue
        ekind = _kind_in_context(part, ekind)
        s0, s1 = offset + part.start_char, offset + part.end_char
        if ekind == "person" and (_thing(part) or _no_person(part)):
            continue
        detail = _title(part) if ekind == "person" else ""
        out.append(Fact(ekind, part.text, part.text, "", sentence, s0, s1, detail=detail))
    return out
