"""The shared word lists (``facts.lexicon``) give every reader exactly the list it had
when each kept its own: the lists below are written out once, as they were."""

from __future__ import annotations

import re

from storydiff.facts import (
    attributions,
    dates,
    extract,
    lexicon,
    nameless,
    speech,
    writings,
)

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
}  # fmt: skip


def test_dates_keeps_its_lists() -> None:
    assert {
        "say", "tell", "add", "write", "post", "tweet", "state", "report", "announce",
        "confirm", "note", "warn", "ask", "explain",
    } == dates._TELLING_VERBS  # fmt: skip
    assert {
        "statement",
        "interview",
        "conference",
        "briefing",
        "tweet",
        "post",
    } == dates._TELLING_NOUNS
    assert set(WEEKDAYS) | MONTHS | {"noon", "midnight"} == dates._CALENDAR_WORDS
    assert list(lexicon.WEEKDAYS) == WEEKDAYS  # dates reads its weekdays from here


def test_speech_keeps_its_lists() -> None:
    assert {
        "say", "tell", "add", "write", "state", "explain", "ask", "declare", "insist", "warn",
        "note", "claim", "argue", "announce", "reply", "recall", "acknowledge", "admit",
        "continue", "testify", "tweet", "post", "conclude", "stress", "emphasize",
        "emphasise", "shout", "describe", "complain", "suggest", "call", "contend", "allege",
        "assert", "deny", "recommend", "urge", "remark", "chant", "yell", "scream", "exclaim",
        "respond", "answer", "concede", "predict", "vow", "caution", "quip", "joke", "boast",
        "lament", "whisper", "mutter", "plead", "counter", "comment", "confirm", "reiterate",
        "observe", "mention", "recount", "read", "gush", "laugh", "sigh", "snap", "scoff",
        "muse", "rave", "grumble", "chuckle", "smile", "report", "hail", "label", "dub", "brand",
        "fume", "clarify", "wail", "sob", "cry",
    } == speech.SPEECH_VERBS  # fmt: skip
    assert {
        "statement", "release", "post", "tweet", "letter", "email", "message", "caption",
        "communique", "communiqué", "communiqués", "alert", "advisory", "bulletin",
    } == writings.DOCUMENTS  # fmt: skip


def test_attributions_keeps_its_verbs() -> None:
    assert {
        "say", "state", "announce", "recommend", "estimate", "conclude", "find", "rule"
    } == attributions._STATING  # fmt: skip


def test_entities_keeps_its_lists() -> None:
    assert set(WEEKDAYS) | MONTHS == nameless._CALENDAR_WORDS
    assert {"say", "tell", "add", "write"} == lexicon.SAYING  # entities' saying verbs


def test_extract_keeps_its_patterns() -> None:
    told = re.compile(
        r"\b(?:said|says|told\s+\S+|reported|announced|confirmed|added)\s+(?:on\s+)?$", re.I
    )
    month = (
        r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
    )
    assert set(extract._TOLD) == {"said", "reported", "announced", "confirmed", "added"}
    for text in ("Officials said ", "He told reporters on ", "Media reported ", "She says "):
        assert bool(extract._TELLING.search(text)) == bool(told.search(text)), text
    for text in ("She told ", "He said it ", "Officials will say "):
        assert extract._TELLING.search(text) is None, text
    # the month pattern matches exactly the same words as the old one
    words = MONTHS | {"junex", "septemb", "ma", "decem", "sept."}
    for word in words:
        assert bool(re.fullmatch(month, word, re.I)) == bool(
            re.fullmatch(lexicon.MONTH_PATTERN, word, re.I)
        ), word
    assert {w for w in words if re.fullmatch(month, w)} == MONTHS
