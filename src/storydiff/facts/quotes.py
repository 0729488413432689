"""Direct quotes, who said them, and attributions, from spaCy's dependency parse.

A quote is the text between double quotation marks (“…”, "…", «…», „…“) with at
least three words. Its speaker is the subject of a speech verb outside the quote
in the same sentence ("…,” said Ilse Marrow. / Marrow told MPA: “…”); "according
to X" names X. A pronoun subject, or a sentence that is all quote, takes the last
named speaker, so a quote that runs over several sentences keeps its speaker. The
name is the PERSON entity inside the subject when there is one ("Coastguard
Commander Aldric Venn" -> "Aldric Venn"), else the subject's words without a
leading article ("the Norland Coastguard" -> "Norland Coastguard"). Someone who
speaks for another is named with whom they speak for, never as them ("a lawyer for
Tomas Varek", "Mrs. Marrow's spokesman"), unless an apposition names them ("Varek's
lawyer, Ana Ruiz" -> "Ana Ruiz").

Where the quotation marks put quotes is ``facts.marks``; the verbs of saying, their
subjects and the verb a quote hangs on, ``facts.speech``; the role words that describe
a person named before, and the words of an organisation's name, ``facts.roles``; what
a sentence says of who speaks besides its quotes (its person subjects, a trailing "Mr.
Trump wrote."), ``facts.subjects``.
Attributions (where unquoted information came from) are ``facts.attributions``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storydiff.facts.attributions import GENERIC, institution, of_kind_named
from storydiff.facts.callings import (
    company_before,
    company_called,
    company_statement,
    court_named,
    issuer_of,
    reorganised,
)
from storydiff.facts.describing import said_anew
from storydiff.facts.marks import (
    inside,
    is_title,
    quote_spans,
    signed_after,
    transcript_label,
)
from storydiff.facts.roles import (
    name_of,
    organisation_name,
    plural_name,
    strip_article,
)
from storydiff.facts.speech import glued, governing, speech_verb, subject_of, unglued
from storydiff.facts.writings import (
    AUTHORED,
    DOCUMENTS,
    FILINGS,
    RULINGS,
    WRITINGS,
    author_of,
    from_whom,
    writing,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from spacy.tokens import Doc, Span, Token

_PRONOUNS = {"he", "she", "they", "i", "we", "it"}
PERSONAL = {"he", "she", "i", "his", "her"}
"""Pronouns that stand for a person: the last person named, never an organisation."""
_DEMONSTRATIVE = {"that", "this"}
"""Subjects that are no speaker: "That said, the report went on, “…”" is an idiom."""


@dataclass(slots=True, frozen=True)
class Quote:
    text: str
    speaker: str
    start: int
    end: int
    sentence: int
    own: bool = False
    """The speaker is named in the quote's own sentence (a speech verb's subject, "according
    to X"), not carried from an earlier one."""


def _speaker(doc: Doc | Span, spans: list[tuple[int, int]]) -> Token | None:
    """Who speaks in the sentence: the first speech verb's subject, one of a clause of
    time or manner last ("When she replied that …, the president responded, “…”": the
    president), never one of a relative clause that made a writing (``_AUTHORING``:
    "Quillan, a member from Ashgrove who wrote the bill, accused Pell of …"), then
    "according to X" ("According to Bloomberg, Cil said": Cil), preferring one that is
    no group said by a plural noun ("store owners say … X told Y"); else who issued
    what it quotes; else a name glued to a speech verb the parser read as a noun
    (``glued``)."""
    found: list[Token] = []
    aside: list[Token] = []
    cited: list[Token] = []
    for tok in doc:
        if inside(tok, spans):
            continue
        if speech_verb(tok):
            subject = subject_of(tok, spans)
            if subject is not None and not (
                subject.lower_ in _DEMONSTRATIVE and subject.tag_ == "DT"
            ):
                wrote = (
                    tok.dep_ == "relcl"
                    and tok.lemma_ in _AUTHORING
                    and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in tok.children)
                )
                if not wrote:  # "… from Ashgrove who wrote the bill": says no quote
                    (aside if tok.dep_ == "advcl" else found).append(subject)
        if tok.lower_ == "according":
            cited += [obj for to in tok.children for obj in to.children if obj.dep_ == "pobj"]
    # "According to Bloomberg, Cil said, “…”": who said it, not who reported it
    found = [*found, *aside, *cited]
    one = next((t for t in found if not (t.tag_ == "NNS" and t.text.islower())), None)
    return one or (
        found[0]
        if found
        else _issuing(doc, spans) or _paper(doc, spans) or glued(doc, spans) or _done_to(doc, spans)
    )


_AUTHORING = frozenset({"write", "draft", "author", "pen", "publish", "file", "sign"})
"""Verbs of making a writing: "who wrote the bill" tells what someone made, not a quote."""


def _paper(doc: Doc | Span, spans: list[tuple[int, int]]) -> Token | None:
    """A court paper that is the subject of the sentence's main verb when no speech verb
    names anyone: what it quotes is its words ("The suit also charges that Holt “…”",
    "the lawsuit refers to a friendship that lasted “…”")."""
    for tok in doc:
        if (
            tok.dep_ == "nsubj"
            and tok.head.dep_ == "ROOT"
            and tok.lemma_.lower() in FILINGS
            and tok.tag_ == "NN"
            and not inside(tok, spans)
        ):
            return tok
    return None


_ISSUING = {"release", "issue", "post", "publish", "send", "share", "put", "make"}
_SAYINGS = frozenset(
    {"word", "dictum", "maxim", "motto", "remark", "quip", "saying", "call", "plea",
     "promise", "pledge", "vow", "warning", "appeal", "demand", "message", "slogan"}
)  # fmt: skip
"""What someone said, whose owner says it: "In his words, “…”", "Machiavelli's famous
dictum that “…”", "Gone were his old calls for a “…”", "her promise to “…”"."""


def _issuing(doc: Doc | Span, spans: list[tuple[int, int]]) -> Token | None:
    """Who issued a document the sentence quotes, when no speech verb names anyone
    ("X released a statement reading, “…”", "X posted a message: “…”", "X made a
    statement: “…”"): its subject; whose words or statement they are ("In his words,
    “…”", "a statement from X: “…”")."""
    for tok in doc:
        if tok.lemma_.lower() in _SAYINGS and not inside(tok, spans):  # "In his words, “…”",
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)  # "X's dictum"
            if owner is not None and owner.lower_ not in ("its", "their"):
                return owner
        if tok.lemma_.lower() in DOCUMENTS and not inside(tok, spans):
            # "a statement from X: “…”", "quoting a statement from X"
            for prep in (c for c in [*tok.children, *tok.head.children] if c.lower_ == "from"):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    return unglued(obj)
        if tok.lemma_.lower() not in _ISSUING or tok.pos_ != "VERB" or inside(tok, spans):
            continue
        if any(c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENTS for c in tok.children):
            return subject_of(tok, spans)
    return None


_SMALL = frozenset("a an the of and or in on at for to by with from".split())
"""Small words a title leaves in lower case ("A History of Ash")."""
_RECEIVING = frozenset(
    "face receive get win earn reject accept welcome deny dismiss criticise criticize "
    "condemn call dub label brand".split()
)
"""Verbs whose subject receives or judges words, not says them."""


def _done_to(doc: Doc | Span, spans: list[tuple[int, int]]) -> Token | None:
    """Whose words a quoted phrase is when it is what a named body or person does, with
    no verb of saying ("The European Union suspended “all flight operations”"): the
    subject of the verb whose object holds the quote, a name (an organisation or a
    person), not a pronoun or a common noun; not words the subject receives or judges,
    someone else's words ("a “final offer” from the union") nor a title."""
    quoted = [t for t in doc if inside(t, spans) and not t.is_punct]
    if not quoted or quoted[0].i == doc[0].i:
        return None  # a quote that opens the sentence is no phrase of it
    if all(t.text[:1].isupper() or not t.is_alpha or t.lower_ in _SMALL for t in quoted):
        return None  # a title or a name ("the “Clean Harbours Act”", "“A History of Ash”")
    if any(speech_verb(t) for t in doc if not inside(t, spans)):
        return None  # someone says it: their subject, or no one the parse found
    tok = quoted[0]
    while tok.dep_ not in ("dobj", "ROOT") and tok.head is not tok and inside(tok, spans):
        tok = tok.head
    if tok.dep_ != "dobj" or inside(tok.head, spans) or tok.head.lemma_.lower() in _RECEIVING:
        return None  # "faces “a string of charges”", "received “a final warning”"
    if any((c.dep_ == "poss" and c.pos_ != "PRON") or c.lower_ == "from" for c in tok.children):
        return None  # someone else's words: "rejected a “final offer” from the union"
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ not in ("ORG", "PERSON"):
        return None
    return subject


def resolve(subject: Token, last_speaker: str, last_person: str) -> str:
    """The name a speech verb's subject stands for (see ``_resolve``)."""
    return _resolve(subject, last_speaker, last_person)


def _filing(paper: Token) -> str:
    """A court paper that speaks, as itself and whose it is when a name or a noun says
    so ("Varra's lawsuit", "Nora Varra's lawsuit" for "the lawsuit, filed by Nora Varra,
    says", "alliance's complaint"), else alone ("lawsuit", "complaint"; "her lawsuit",
    "a petition signed by 4,000 residents")."""
    word = FILINGS[paper.lemma_.lower()]
    issuer = issuer_of(paper) or _filed_by(paper)
    if not issuer[:1].isupper():
        issuer = ""  # "signed by 4,000 residents": who signed it, not whose it is
    owner = next((c for c in paper.children if c.dep_ == "poss"), None)
    if not issuer and owner is not None and owner.pos_ != "PRON":
        issuer = name_of(owner)  # "the alliance's complaint"
    return f"{issuer}'s {word}" if issuer else word


def _filed_by(paper: Token) -> str:
    """Who filed or brought a paper ("A lawsuit filed by the Marsh Lane Tenants
    Association"), by name, else ""."""
    for verb in paper.children:
        if verb.dep_ == "acl" and verb.lemma_.lower() in ("file", "bring"):
            for agent in (c for c in verb.children if c.dep_ == "agent"):
                for who in agent.children:
                    if who.dep_ == "pobj" and who.pos_ == "PROPN":
                        return name_of(who)
    return ""


def _resolve(
    subject: Token | None,
    last_speaker: str,
    last_person: str,
    latest: str = "",
    orgs: Sequence[str] = (),
    earlier: Sequence[str] = (),
    titles: Mapping[str, str] | None = None,
) -> str:
    """The name a speech verb's subject stands for: "he" and "she" the last person (an
    organisation never), as does a person described anew ("the lawmaker") when that
    person was named (not "the waitress": "the mayor" is someone else); "it" the
    organisation named last (``orgs``: the last naming sentence's, in order), else the
    last speaker; "the court" one named of its kind in ``orgs`` or ``earlier``
    (``of_kind_named``), else its own words; "they" the last speaker or person, a
    document its issuer, else its own name. ``titles``: the titles the text gave the
    people it named, by name and surname."""
    titles = titles or {}
    if subject is None:
        return last_speaker
    if organisation_name(last_person):  # "he" and "she" are never an organisation
        last_person = ""
    if subject.lower_ in PERSONAL or said_anew(subject, last_person, titles):  # "the mayor"
        group = organisation_name(last_speaker) or plural_name(last_speaker)
        return last_person or ("" if group else last_speaker)
    owner = _clause_owner(subject) if subject.lower_ == "it" else None
    if owner is not None:  # "the government condemned protesters who it said had …"
        return name_of(owner)
    if orgs and orgs[-1] and subject.lower_ == "it":
        return orgs[-1]  # "it said": the organisation named last
    if reorganised(subject):  # "the court said": one named of its kind, else itself
        return of_kind_named(subject, orgs, earlier) or name_of(subject)
    owned = any(c.dep_ == "poss" for c in subject.children)  # "his statement": his
    if subject.lemma_.lower() in DOCUMENTS:
        own = issuer_of(subject) or company_statement(subject, orgs, earlier)
        itself = "" if owned else name_of(subject)  # none named: "the draft statement"
        return own or latest or last_speaker or last_person or itself
    if subject.lemma_.lower() in RULINGS and subject.tag_ == "NN" and not owned:
        return issuer_of(subject) or court_named(orgs, earlier) or name_of(subject)
    if subject.lemma_.lower() in FILINGS and subject.tag_ == "NN":
        return _filing(subject)
    author = author_of(subject) if subject.lemma_.lower() in AUTHORED else None
    if author is not None:  # "A report by the Kessla Council said"
        return name_of(unglued(author))
    if subject.lower_ == "it":  # an organisation's "it said": never a person
        return last_speaker if organisation_name(last_speaker) else ""
    if subject.lower_ in _PRONOUNS:
        return last_speaker or last_person
    if subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "relcl":
        noun = writing(subject.head.head)  # "the lawsuit, which says": the lawsuit
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":  # "X, the board's No. 2, who"
            return name_of(noun.head)
        author = from_whom(noun) if noun.lemma_.lower() in WRITINGS else None
        if author is not None:  # "published a letter from Tomas Varek that said"
            return _resolve(author, last_speaker, last_person, latest, orgs, earlier, titles)
        issued = noun.head.lemma_.lower() in _ISSUING and noun.dep_ == "dobj"
        if issued and noun.lemma_.lower() in WRITINGS:  # "X issued a statement that read"
            issuer = subject_of(noun.head, [])
            if issuer is not None and issuer.tag_ not in ("WDT", "WP"):
                return _resolve(issuer, last_speaker, last_person, latest, orgs, earlier, titles)
        words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ != "punct"]
        return strip_article(noun.doc[words[0].i : noun.i + 1].text)
    if subject.lower_ not in GENERIC:
        return name_of(subject)
    return last_speaker


def _clause_owner(it: Token) -> Token | None:
    """The organisation "it" stands for when it speaks in a clause under another: the
    subject of the nearest clause above that has one ("the government condemned
    protesters who it said had …": the government; "The ministry fined Acme after the
    firm admitted that it …": the firm), whatever was named before; None when there
    is none or it is no organisation."""
    verb = it.head
    if verb.dep_ not in ("relcl", "ccomp", "advcl", "conj"):
        return None
    tok = verb
    while tok.dep_ != "ROOT" and tok.head is not tok:
        tok = tok.head  # the nearest clause above with a subject of its own says who
        subject = next(
            (c for c in tok.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None
        )  # "The ministry fined Acme after the firm admitted that it …": the firm
        if subject is not None:
            return subject if institution(subject) else None
    return None


def read_quotes(
    doc: Doc | Span,
    sentence: int,
    offset: int,
    last_speaker: str,
    spans: list[tuple[int, int]] | None = None,
    last_person: str = "",
    min_words: int = 3,
    latest: str = "",
    orgs: Sequence[str] = (),
    earlier: Sequence[str] = (),
    titles: Mapping[str, str] | None = None,
) -> tuple[list[Quote], str, Token | None]:
    """Quotes in one sentence, the last speaker after it, and the token that names who
    speaks in the sentence (a speech verb's subject or "according to X" outside its
    quotes), else None. ``spans`` are the sentence's quoted spans (``marks.quote_spans``
    over the whole text knows quotes that run over sentences), else it is read alone.
    A pronoun, a document that speaks ("the caption reads"), "it" and "the court" stand
    for whom ``_resolve`` reads from ``last_person``, ``latest``, ``orgs`` and
    ``earlier``; a name a dash sets under a quote ("“…” — X") is its speaker when the
    sentence names none."""
    text = doc.text
    if spans is None:
        spans = quote_spans(text)
    quotes: list[Quote] = []
    subject = _speaker(doc, spans)
    here = company_before(doc, subject, spans) if subject and company_called(subject) else ""
    orgs = [*orgs, here] if here else orgs  # "Orvane …, the company said": Orvane
    speaker = _resolve(subject, last_speaker, last_person, latest, orgs, earlier, titles)
    for a, b in spans:
        words = text[a:b].split()
        own = governing(doc, a, b, spans)  # "the lawsuit, which says it is “…”"
        said_by = (
            speaker
            if own is None or own == subject
            else _resolve(own, speaker, last_person, titles=titles)
        )
        label = ""
        if subject is None and own is None:  # a speaker named in the sentence wins
            label = signed_after(text, b) or transcript_label(text, a)
        said_by = label or said_by
        if len(words) >= min_words and not (said_by == "" and is_title(words)):
            words_only = text[a:b].strip().rstrip(",;:")  # the comma before ”said X
            named_here = subject is not None or own is not None or bool(label)
            quotes.append(Quote(words_only, said_by, offset + a, offset + b, sentence, named_here))
    # "according to X": a person cited speaks on ("…, according to Mary Lee. “…”"), an
    # organisation or a report merely cited does not
    cited = subject is not None and subject.dep_ == "pobj" and subject.ent_type_ != "PERSON"
    if quotes or (subject is not None and not cited and subject.lower_ not in GENERIC):
        last_speaker = speaker
    return quotes, last_speaker, subject
