"""Whom "he" and "she" stand for when the text has said who is which: a person it has
called the other is never the one, and of the people the sentence before said to speak,
the one it has called so is ("Winfrey told CBS that Harry had said …" then "“…,” he
added": Harry). And "they" after a plural subject (``they_group``). ``facts.carry``
asks these as it moves who is speaking on."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from storydiff.facts.marks import inside
from storydiff.facts.names import same_speaker, surname, unpossessed
from storydiff.facts.speech import speech_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from storydiff.facts.quotes import Quote
    from storydiff.facts.voice import Voice


def other(voice: Voice, pronoun: str, name: str) -> bool:
    """Whether the text has called ``name`` the other of "he" or "she" than
    ``pronoun`` (never for another word)."""
    if pronoun not in ("he", "she"):
        return False
    return voice.gender(name) == ("she" if pronoun == "he" else "he")


def speakers_named(doc: Doc | Span, spans: list[tuple[int, int]]) -> list[str]:
    """The people a sentence names outside its quotes as saying something, in order: the
    subject of a speech verb ("Winfrey told CBS that Harry had said": both), or whom a
    verb brings to say it ("it led Ms. Varga to say")."""
    found = []
    for e in doc.ents:
        root = e.root
        if e.label_ != "PERSON" or inside(root, spans):
            continue
        says = root.dep_ == "nsubj" and speech_verb(root.head)
        brought = root.dep_ == "dobj" and any(
            c.dep_ == "xcomp" and speech_verb(c) for c in root.head.children
        )
        if says or brought:
            found.append(unpossessed(e.text))
    return found


def he_or_she(
    voice: Voice, quotes: list[Quote], named_by: Token | None, personal: str
) -> list[Quote]:
    """ "He" is never a person the text has called "she", nor "she" one it called "he":
    then it is the latest person named lately whom the text has called so ("Meghan
    spoke first. Harry joined her. “…,” she said.": Meghan), else the speaker is
    unknown; so is a "she" that names a speaker not found. A person only a given name
    calls the other (``given_names``) stays the speaker when no one else is. A person
    the text has not called either, said to speak in the sentence just before beside
    the one person there it has called so, is not the one either (``_the_one_named``).
    Learns who is "he" and who "she" as it goes."""
    said = named_by.lower_ if named_by is not None else personal
    if said not in ("he", "she"):
        return quotes
    opposite = "she" if said == "he" else "he"
    known = voice.genders
    instead = next((p for p in reversed(voice.people) if voice.gender(p) == said), "")

    def yields(name: str) -> bool:  # a given name alone yields only to someone else
        opposed = voice.gender(name) == opposite
        return opposed and (bool(instead) or voice.gender(name, False) == opposite)

    if yields(voice.speaker) and named_by is not None:
        voice.speaker = instead
    lost = named_by is not None  # "“…,” she responded" with no one found: the latest she
    if lost and not voice.speaker and any(q.own and not q.speaker for q in quotes):
        voice.speaker = instead
    kept = [
        replace(q, speaker=instead)
        if q.own and (yields(q.speaker) or (lost and not q.speaker))
        else q
        for q in quotes
    ]
    kept = [_the_one_named(voice, q, said) for q in kept]
    for q in kept:
        if q.own and q.speaker and not known.get(q.speaker):
            known[q.speaker] = said
    return kept


def _the_one_named(voice: Voice, quote: Quote, said: str) -> Quote:
    """The quote's "he" or "she" is the one person whom the sentence just before (or
    the one before it, past one that names no person: ``Voice.named``) said to speak
    (``speakers_named``) and whom the text has called so, when the speaker found is
    another that sentence said to speak, whom the text has called neither
    ("T. R. Lund … called it “…” and it led Ms. Varga to say …", then "As she put it,
    “…”": Varga, in full when the text named her so)."""
    speaker = quote.speaker
    if not quote.own or not speaker or voice.gender(speaker):
        return quote
    if not any(same_speaker(speaker, p) for p in voice.named):
        return quote
    ones = [p for p in voice.named if voice.gender(p) == said]
    if len(ones) != 1:
        return quote
    who = voice.surnames.get(surname(ones[0]), ones[0]) if " " not in ones[0] else ones[0]
    if voice.speaker == speaker:
        voice.speaker = who
    return replace(quote, speaker=who)


def told_pronoun(doc: Doc | Span, spans: list[tuple[int, int]]) -> tuple[str, str]:
    """ "she" or "he", and the teller, when a speech verb outside the quotes tells
    "her" or "him" and its subject is someone else ("an out-of-town client told her not
    to drive"): the "she" who speaks next is not that teller (``not_the_teller``)."""
    for tok in doc:
        if tok.lower_ not in ("her", "him") or tok.dep_ not in ("dobj", "dative"):
            continue
        if inside(tok, spans) or not speech_verb(tok.head):
            continue
        for c in tok.head.children:
            if c.dep_ == "nsubj" and c.lower_ not in ("she", "he"):
                teller = doc[c.left_edge.i - doc[0].i : c.right_edge.i - doc[0].i + 1].text
                return ("she" if tok.lower_ == "her" else "he"), teller
    return "", ""


def not_the_teller(
    voice: Voice, quotes: list[Quote], named_by: Token | None, i: int
) -> list[Quote]:
    """ "She said" right after someone told "her" something is not the teller but the
    person "her" stood for: the latest person met other than the teller whom the text
    has not called the other, one it has called so first ("… a client told her not to
    drive. “…,” she said.": the woman the story is about, not the client)."""
    at, pronoun, teller = voice.told
    if at != i - 1 or named_by is None or named_by.lower_ != pronoun or not teller:
        return quotes

    def told(name: str) -> bool:  # the teller, named or described ("a guard, Petra Sell,")
        within = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", teller) if name else None
        return bool(name) and (same_speaker(name, teller) or within is not None)

    others = [p for p in reversed(voice.people) if not told(p) and not other(voice, pronoun, p)]
    called = [p for p in others if voice.gender(p) == pronoun]
    who = next(iter(called or others), "")
    if not who:
        return quotes
    if told(voice.speaker):
        voice.speaker = who
    return [replace(q, speaker=who) if q.own and told(q.speaker) else q for q in quotes]


def they_group(voice: Voice, quotes: list[Quote], named_by: Token | None) -> list[Quote]:
    """ "They" after a plural subject more recent than any speaker or person ("hundreds
    of people gathered … they chanted: “…”") are those people."""
    if (
        named_by is not None
        and named_by.lower_ == "they"
        and voice.group_at > voice.speaker_at
        and voice.group_at >= voice.person_at
    ):
        voice.speaker = voice.group
        return [replace(q, speaker=voice.group) if q.own else q for q in quotes]
    return quotes
