"""Words that say what a speaker is: a role that describes a person named before
("the lawmaker"), and the words of an organisation's name ("the Justice Ministry")."""

from __future__ import annotations

import re

ROLES = {
    "lawmaker", "legislator", "senator", "congressman", "congresswoman", "minister",
    "president", "premier", "chancellor", "governor", "mayor", "judge", "coach", "manager",
    "player", "actor", "actress", "singer", "star", "author", "writer", "director",
    "founder", "chairman", "chairwoman", "leader", "archbishop", "bishop", "pope",
    "pontiff", "pastor", "priest", "rabbi", "imam", "cleric", "scientist", "researcher",
    "professor", "economist", "teacher", "activist", "diplomat", "ambassador", "envoy",
    "king", "queen", "prince", "princess", "monarch", "candidate", "veteran", "captain",
    "commander", "general", "businessman", "businesswoman", "entrepreneur", "billionaire",
    "athlete", "champion", "striker", "midfielder", "quarterback", "pitcher", "filmmaker",
    "journalist", "musician", "rapper", "comedian", "host", "politician", "councillor",
    "councilor", "councilman", "councilwoman", "commissioner", "clergyman", "clergywoman",
    "preacher", "evangelist", "supremo",
}  # fmt: skip
"""Nouns that describe anew a person already named ("Hon. Mufutau Egberongbe … the
lawmaker said"). Spokespeople, officials, witnesses and the like are left out: "the
spokesman said" is most often someone else than the person named before."""

_TITLE_WORDS = {
    "mr", "mrs", "ms", "dr", "prof", "rev", "revd", "sgt", "sergeant", "cpl", "corporal",
    "lt", "lieutenant", "col", "colonel", "gen", "maj", "major", "capt", "cmdr", "adm",
    "det", "detective", "insp", "inspector", "supt", "superintendent", "officer", "chief",
    "deputy", "sheriff", "gov", "sen", "rep", "hon", "dame", "sir",
}  # fmt: skip


def title_word(word: str) -> bool:
    """A title or rank said before a name ("Sgt.", "Dr", "Detective", "Mayor"): no
    name of its own."""
    w = word.strip(".,").lower()
    return w in _TITLE_WORDS or w in ROLES


_ORG_WORDS = {
    "society", "association", "ministry", "department", "agency", "police", "council",
    "office", "company", "corporation", "corp", "inc", "ltd", "group", "university",
    "hospital", "service", "commission", "committee", "board", "authority", "government",
    "court", "bank", "institute", "foundation", "union", "party", "house", "embassy",
    "army", "military", "administration", "network", "organization", "organisation",
}  # fmt: skip


def organisation_name(name: str) -> bool:
    """Whether a speaker's name is an organisation's ("American Cancer Society", "the
    White House", "NATO"): "he" and "she" never stand for it."""
    words = name.replace("’", "'").split()
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        return True
    return any(re.sub(r"'s$", "", w.lower().strip(".,")) in _ORG_WORDS for w in words)
