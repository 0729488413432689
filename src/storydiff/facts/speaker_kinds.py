"""Whether a speaker is a person, by how the two versions tag the names it goes by
(``facts.link_round``, ``facts.speaker_names``): a person when either version tags it a
person (under any form of it), or tags it nothing and its name is no organisation's
("Varek", "Tomas Varek"; not "Orvane Foods", "the White House", "China")."""

from __future__ import annotations

from storydiff.facts.builder import Versions
from storydiff.facts.names import same_speaker
from storydiff.facts.roles import organisation_name

_KINDS = ("person", "organization", "place")


def person(name: str, v: Versions) -> bool:
    """Whether ``name`` is a person's (the module's rule)."""
    kinds = _kinds(name, v)
    return "person" in kinds or (not kinds and not organisation_name(name))


def tagged_person(name: str, v: Versions) -> bool:
    """Whether either version tags ``name`` (under a form of it) a person."""
    return "person" in _kinds(name, v)


def _kinds(name: str, v: Versions) -> frozenset[str]:
    """The kinds either version tags ``name`` under any form of it, found once per pair
    of versions and name."""
    if name not in v.speaker_kinds:
        v.speaker_kinds[name] = frozenset(
            f.kind
            for a in (v.old, v.new)
            for fs in a.facts.values()
            for f in fs
            if f.kind in _KINDS and same_speaker(f.value, name)
        )
    return v.speaker_kinds[name]
