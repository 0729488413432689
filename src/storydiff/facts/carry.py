"""Who is speaking, carried from sentence to sentence as the facts pass walks a
version in order (``analysis.analyse``): the speaker of the last attribution, the person
named last ("he", "she"), the organisations named last ("it", "the court"), the last
plural subject ("they"), and who the text has called "he" and who "she".

``step`` reads one sentence's quotes with that state, gives each quote without a
speaker of its own the one carried (or none, once narration came between), and moves
the state on. Kept apart from ``voices``, which compares who is quoted across two
versions."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from storydiff.config import CARRY_NARRATION, PAIR_REACH
from storydiff.facts.attributions import by_kind_word, untagged_kinds
from storydiff.facts.callings import (
    companies_described,
    company_called,
    main_organisation,
    organisation_subject,
    orgs_named,
)
from storydiff.facts.colon_openers import opens_quote
from storydiff.facts.crowds import group_subject, people_group
from storydiff.facts.describing import (
    aged_again,
    apart,
    appositive_titles,
    brought_in,
    holds_office,
    introduced_as,
    organisation_speaker,
    person_noun,
    said_again,
    the_pair,
)
from storydiff.facts.marks import inside, signed
from storydiff.facts.model import Fact
from storydiff.facts.names import same_speaker
from storydiff.facts.pronouns import (
    he_or_she,
    not_the_teller,
    other,
    speakers_named,
    they_group,
    told_pronoun,
)
from storydiff.facts.quotes import Quote, read_quotes, resolve
from storydiff.facts.roles import name_of, plural_name
from storydiff.facts.subjects import (
    again,
    in_passing,
    joined_people,
    joint_subjects,
    named_people,
    narrator,
    person_subjects,
    personal_subject,
    pronoun_for,
    pronoun_subject,
    surname_subject,
    thinks,
    trailing_speaker,
)
from storydiff.facts.voice import Voice
from storydiff.facts.writings import by_author, it_reads, posted
from storydiff.text.furniture import is_promotion
from storydiff.text.sentences import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def step(
    voice: Voice,
    doc: Doc,
    s: Sentence,
    i: int,
    quoted: list[tuple[int, int]] | None,
    lines: list[int],
    facts: list[Fact],
    before: list[Quote],
) -> tuple[list[Quote], list[Quote]]:
    """The quotes of sentence ``i``, with their speakers, and ``before``, the quotes of
    the sentence just before on the same line (empty when there is none), with the
    speaker this sentence names for them ("“…,” — Vern McLellan"); ``voice`` moves on.
    ``quoted`` is where the whole text quotes inside the sentence (None: the text is
    not known, quotes are read from the sentence alone). A promotion or a teaser of
    another story ("ALSO READ: Tomas Varek named mayor") is page furniture: no one
    speaks in it and the voice stays as it was, so "she said" after it is still the
    person the story named before, and a bare quote after it still follows on from the
    quote before it."""
    if is_promotion(s.text):
        if lines[i] <= voice.line + 1 and i <= voice.at + 1 + CARRY_NARRATION:
            voice.line, voice.at = lines[i], voice.at + 1  # skipped, not narration
        voice.named_at += voice.named_at == i - 1  # those said to speak stay so past it
        return [], before
    spans = quoted or []
    _learn_titles(voice, doc, facts)
    main, subject, noun, actor, personal = _about(voice, doc, spans, i, lines)
    lone = "" if subject or noun else _lone_surname(voice, doc, spans, i)
    # "he" is the person named last: the last subject named, or the last speaker
    # when a speech verb named someone since (names the model did not tag).
    later = (
        voice.speaker_at > voice.person_at
        and not voice.speaker_org
        and not plural_name(voice.speaker)
    )
    recent = voice.speaker if later else voice.person
    said_by = voice.speaker
    chained = lines[i] <= voice.line + 1 and i <= voice.at + 1 + CARRY_NARRATION
    latest = voice.speaker if voice.speaker_at >= voice.person_at else voice.person
    quotes, voice.speaker, named_by = read_quotes(
        doc, i, s.start, voice.speaker, quoted, recent, 1, latest, voice.orgs, voice.earlier,
        voice.titles,
    )  # fmt: skip
    again = _again(voice, doc, spans, named_by, said_by, (i, lines[i]))
    if again is not None:
        voice.speaker = again
        quotes = [replace(q, speaker=again) if q.own else q for q in quotes]
    quotes = _one_of(voice, they_group(voice, quotes, named_by), named_by, i)
    group = group_subject(doc, spans)
    if group:
        voice.group, voice.group_at = group, i
    quotes = _own_subject(quotes, doc, spans, main, recent, chained or actor, voice.titles)
    quotes = he_or_she(voice, quotes, named_by, personal)
    quotes = not_the_teller(voice, quotes, named_by, i)
    quotes = _introduced(voice, quotes)
    owned = [q.speaker for q in quotes if q.own]
    if named_by is None and owned and owned[-1]:
        voice.speaker = owned[-1]  # "“…,” she gushed. “…”": she speaks on
    before = _said_after(before, doc, spans, voice.speaker, recent)
    if voice.speaker != said_by or (named_by is not None and voice.speaker):
        _new_speaker(voice, named_by, i)  # named again ("…, Clarke said."): the latest
    _orgs_named(voice, doc, spans, i)
    poster = posted(doc, lambda t: inside(t, spans))
    voice.posted = (i, poster) if poster else voice.posted
    _said_to_speak(voice, doc, spans, i)
    voice.brought = brought_in(doc, spans, voice.brought)
    told, teller = told_pronoun(doc, spans)
    voice.told = (i, told, teller) if told else voice.told
    opener = "" if quotes or not opens_quote(doc, spans) else main or pronoun_for(personal, recent)
    if opener:  # "Varek had a simple message for the crews:" and the quote below
        voice.speaker = opener
        _new_speaker(voice, None, i)
    if any(q.own for q in quotes) or (quotes and chained) or named_by is not None or opener:
        voice.line, voice.at = lines[i], i
    elif not quotes and _aside(voice, personal, i, lines[i], doc):
        voice.at, voice.line = i, lines[i]  # "“…,” Marrow said. She paused. “…”"
    if not subject and not noun and not lone and not pronoun_subject(doc, spans):
        _named_person(voice, doc, facts, spans, s, i)
    return quotes, before


def _learn_titles(voice: Voice, doc: Doc, facts: list[Fact]) -> None:
    """The titles a sentence gives the people it names, by name and surname ("Smith"
    later too)."""
    titled = [(f.value, f.detail) for f in facts if f.kind == "person" and f.detail]
    for name, title in titled + appositive_titles(doc):
        for key in {name, *name.split()[-1:]}:
            voice.titles[key] = title


def _lone_surname(voice: Voice, doc: Doc, spans: list[tuple[int, int]], i: int) -> str:
    """A surname the model left untagged as the sentence's subject ("Eastman, his
    primary challenger, is …"): the person now, whose a bare quote next is."""
    lone = surname_subject(doc, spans, voice.surnames)
    if lone:
        voice.person, voice.person_at = lone, i
        voice.actor_at, voice.actor_word = i, ""
        voice.actor_thinks = thinks(doc, spans)
        voice.met(lone)
    return lone


def _introduced(voice: Voice, quotes: list[Quote]) -> list[Quote]:
    """ "The spokesman" as "a Foreign Ministry spokesman", the one who brought him in:
    for the quotes and for whoever speaks on."""
    quotes = [
        replace(q, speaker=intro)
        if q.own and (intro := introduced_as(q.speaker, voice.people))
        else q
        for q in quotes
    ]
    voice.speaker = introduced_as(voice.speaker, voice.people) or voice.speaker
    return quotes


def _said_to_speak(voice: Voice, doc: Doc, spans: list[tuple[int, int]], i: int) -> None:
    """The people sentence ``i`` said to speak become ``voice.named``; one sentence
    that names no person keeps those of the sentence just before it ("… it led Ms.
    Varga to say …" "Over the years she told interviewers …" "“…,” she said")."""
    named = speakers_named(doc, spans)
    people = any(e.label_ == "PERSON" and not inside(e.root, spans) for e in doc.ents)
    if named or people or voice.named_at != i - 1:
        voice.named, voice.named_at = named, i


def _again(
    voice: Voice,
    doc: Doc,
    spans: list[tuple[int, int]],
    named_by: Token | None,
    said_by: str,
    at: tuple[int, int],
) -> str | None:
    """Whom what a speech verb of sentence ``at[0]`` (on line ``at[1]``) names stands
    for, when the text says more than the parse: a writing its author named a few
    sentences before (``writings.by_author``: "The report says"), one its poster put
    out in the sentence just before ("Veltro is flashing an alert." "“…,” it reads."),
    "the couple" the two people named together lately (``the_pair``; named so, they
    stay that couple for the lines after), "the company" the one described paragraphs
    before when none was named lately (``Voice.company``), "the 58-year-old"
    ``said_by``, who spoke before, when the text gave no one that age
    (``aged_again``), else ``said_again``'s answer (``said_by`` spoke just before when
    the voice's last sentence is the one before). None: as read."""
    i, line = at
    written = by_author(voice.authored, doc, spans, named_by, i)
    if written:
        return written
    here = posted(doc, lambda t: inside(t, spans)) if it_reads(named_by) else ""
    if here or (voice.posted[0] == i - 1 and it_reads(named_by)):  # "… issued a
        return here or voice.posted[1]  # communique. “…,” the text reads."
    pair = voice.pair[1] if line - voice.pair[0] <= PAIR_REACH else ""
    couple = the_pair(named_by, pair)
    if couple is not None:
        voice.pair = (line, couple)
        return couple
    called = named_by is not None and company_called(named_by) and name_of(named_by)
    if called and voice.company and voice.speaker == called:  # no company named lately
        return voice.company
    kept = apart(named_by, voice.brought, voice.titles.get(voice.speaker, ""))
    if kept is not None:  # "The store manager told …" "“…,” the store manager said"
        return kept
    just_before = said_by if voice.at == i - 1 else ""
    office = voice.speaker_office
    aged = aged_again(named_by, said_by, voice.text)  # "the 58-year-old said"
    return aged or said_again(
        named_by, voice.speaker, voice.titles, just_before, office, voice.text
    )


class _About(NamedTuple):
    """Whom a sentence is about, as ``_about`` reads it."""

    main: str  # the person subject of its main clause
    subject: str  # that, else a person subject of another clause
    noun: str  # else a person said by a noun ("The woman posted …")
    actor: str  # the person the sentence before was about, acting on
    personal: str  # a personal pronoun subject ("he", "she")


def _about(
    voice: Voice, doc: Doc, spans: list[tuple[int, int]], i: int, lines: list[int]
) -> _About:
    """Whom sentence ``i`` is about: its person subject or noun (then the person named
    last, whom "he" and "she" stand for), the people joined by "and", and whether it
    acts on from the sentence before on its line ("He shook his head.")."""
    main, subject = person_subjects(doc, spans)
    personal = personal_subject(doc, spans)
    if not main and personal in ("he", "she"):  # "He told the paper that Amazon, whose
        subject = "" if again(doc, spans, personal) else person_subjects(doc, spans, False)[1]
    subject = main or subject
    noun, role = ("", False) if subject else person_noun(doc, spans)
    for joined in joint_subjects(doc, spans):  # "Marrow and Varek toured the quay"
        voice.met(joined)
    pair = joined_people(doc, spans)
    voice.pair = (lines[i], pair) if pair else voice.pair
    spoke = voice.speaker if not voice.speaker_org and not plural_name(voice.speaker) else ""
    if subject or (noun and not (role and (voice.person or spoke))):  # "the lawmaker"
        voice.person, voice.person_at = subject or noun, i  # "The woman posted …"
        voice.met(voice.person)
    near = lines[i - 1] == lines[i] or (voice.actor_thinks and lines[i] == lines[i - 1] + 1)
    actor = voice.person if voice.actor_at == i - 1 and near else ""
    if actor and other(voice, voice.actor_word, actor):
        actor = ""  # "He shook his head." after Mrs. Marrow: someone else
    if subject or noun or personal:
        voice.actor_at, voice.actor_word = i, "" if subject or noun else personal
        voice.actor_thinks = thinks(doc, spans)
    return _About(main, subject, noun, actor, personal)


def _orgs_named(voice: Voice, doc: Doc, spans: list[tuple[int, int]], i: int) -> None:
    """The organisations named last move on to those sentence ``i`` names (or the one
    that spoke in it), the ones before them kept as ``earlier``."""
    spoke = voice.speaker if voice.speaker_org and voice.speaker_at == i else ""
    said = spoke or organisation_subject(doc, spans)  # "The ministry issued …", untagged
    named = [name for _, name in orgs_named(doc, spans)]
    orgs = untagged_kinds(doc, spans) + named or ([said] if said else voice.orgs)
    subject = main_organisation(doc, spans) or said
    voice.company = (companies_described(doc, spans) or [voice.company])[-1]
    if subject and orgs is not voice.orgs and orgs[-1] != subject:
        orgs = [o for o in orgs if o != subject] + [subject]  # "The Port Authority fined
        # Halden Dairies. “…,” it said.": the authority
    if orgs is not voice.orgs:
        voice.earlier = by_kind_word([*voice.earlier, *voice.orgs])
    voice.orgs = orgs


def _new_speaker(voice: Voice, named_by: Token | None, i: int) -> None:
    """The speaker changed in sentence ``i``: when, whether it is an organisation ("it
    said" is one), and a person among the people lately named."""
    voice.speaker_at = i
    voice.speaker_org = named_by is not None and (
        organisation_speaker(named_by) or named_by.lower_ == "it"
    )
    voice.speaker_office = named_by is not None and holds_office(named_by)
    if not voice.speaker_org and not plural_name(voice.speaker):
        voice.met(voice.speaker)


def _aside(voice: Voice, personal: str, i: int, line: int, doc: Doc) -> bool:
    """Whether a sentence without quotes right after the speaker spoke, on the same
    line or the next, is about the speaker by "he" or "she" ("She paused.", a line of
    its own: "She lives close to the road."), a person whom the text has not called
    the other: the quote after it is still theirs. A line of its own that names
    someone else ("She introduced her neighbour, Mara Keld.") brings them in instead."""
    if personal not in ("he", "she") or i != voice.at + 1 or line > voice.line + 1:
        return False
    if line > voice.line and any(
        e.label_ == "PERSON" and not same_speaker(e.text, voice.speaker) for e in doc.ents
    ):
        return False
    if not voice.speaker or voice.speaker_org or plural_name(voice.speaker):
        return False
    return not other(voice, personal, voice.speaker)


def _one_of(voice: Voice, quotes: list[Quote], named_by: Token | None, i: int) -> list[Quote]:
    """ "One" or "another" said alone ("One, who asked not to be named, said") is one of
    the plural subject of the sentence before or the one before it when it is a group of
    people ("Fishermen reacted with anger"): "one of the fishermen"; not of things
    ("Prices rose sharply")."""
    if named_by is not None and named_by.tag_ in ("WP", "WDT") and named_by.head.dep_ == "relcl":
        named_by = named_by.head.head  # "One, who asked not to be named, said"
    if named_by is None or named_by.lower_ not in ("one", "another"):
        return quotes
    if not people_group(voice.group) or voice.group_at < i - 2:
        return quotes
    if voice.speaker.lower() != named_by.lower_:
        return quotes
    voice.speaker = f"{named_by.lower_} of the {voice.group}"
    return [replace(q, speaker=voice.speaker) if q.own else q for q in quotes]


def _own_subject(
    quotes: list[Quote],
    doc: Span | Doc,
    quoted: list[tuple[int, int]],
    subject: str,
    recent: str,
    chained: bool | str,
    titles: dict[str, str],
) -> list[Quote]:
    """Quotes whose sentence has no speech verb: the person the sentence is about
    speaks ("Mr. Trump characterized the law as inadequate, dismissing it as “…”";
    "He called it “…”"); with no one, the speaker carried from before, unless narration
    came since (then the speaker is unknown), or the person the sentence just before was
    about (``chained`` as a name: "His social worker looked grim. “…”")."""
    if all(q.own for q in quotes):
        return quotes
    who = subject or (recent if pronoun_subject(doc, quoted) else "")
    if who:
        return [q if q.own else replace(q, speaker=who, own=True) for q in quotes]
    other = narrator(doc, quoted, recent, titles)  # about someone else: not the one carried
    if other is not None:
        return [q if q.own else replace(q, speaker=other, own=bool(other)) for q in quotes]
    if isinstance(chained, str) and chained:
        return [q if q.own else replace(q, speaker=chained, own=True) for q in quotes]
    if not chained:
        return [q if q.own else replace(q, speaker="") for q in quotes]
    return quotes


def _said_after(
    before: list[Quote], doc: Span | Doc, quoted: list[tuple[int, int]], last: str, recent: str
) -> list[Quote]:
    """A sentence that only says who spoke ("Mr. Trump wrote on Twitter.", "— Vern
    McLellan") names the speaker of the quote that ended the sentence before it."""
    if not before or before[-1].own:
        return before
    subject = trailing_speaker(doc, quoted)
    who = resolve(subject, last, recent) if subject is not None else signed(doc.text)
    if who:
        return [replace(q, speaker=who, own=True) if not q.own else q for q in before]
    return before


def _named_person(
    voice: Voice, doc: Doc, facts: list[Fact], quoted: list[tuple[int, int]], s: Sentence, i: int
) -> None:
    """A sentence with no person as a subject that names someone in full ("Among the
    evacuees was the Lakers forward LeBron James.") or by honorific and a surname named
    in full before ("it led Ms. Varga to say") names who "he" is next; a byline's
    author ("Written by X", "By X") never."""
    people = named_people(doc, facts, quoted, s, voice.surnames)
    if people and not in_passing(doc, people[-1][1]):
        voice.person, voice.person_at = people[-1][0], i
