"""The groups news counts and tells apart (people, weapons fired, buildings hit), for
pairing counts (``count_pairs``) and for telling a changed object from one said
another way (``predicates``)."""

from __future__ import annotations

CONTRASTED: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "civilian", "soldier troop serviceman", "militant fighter rebel insurgent",
        "police officer policeman policewoman", "protester protestor demonstrator",
        "child kid minor", "boy", "girl", "adult", "woman", "man", "student pupil",
        "teacher", "patient", "doctor nurse", "passenger", "crew", "resident", "tourist",
        "migrant refugee", "prisoner inmate detainee", "journalist reporter", "firefighter",
        "hostage", "survivor", "victim", "suspect", "worker employee staff",
        "drone", "missile", "rocket", "shell", "bomb",
        "home house", "school", "hospital", "shop store", "church", "mosque",
    )
)  # fmt: skip
"""The groups news counts and tells apart, by the noun's lemma: people, weapons fired
and buildings hit. The same figure of one group put in place of another ("Five
soldiers" -> "Five civilians", "five drones" -> "five missiles", "12 homes" -> "12
schools") is an update of what is counted; two nouns of one group ("soldiers" /
"troops", "homes" / "houses") or a noun of no group ("cars" / "vehicles", "people" /
"men") say the same count in other words. Users may extend it."""

KIND_OF: dict[str, str] = {"boy": "child", "girl": "child"}
"""Nouns of a group that is part of another (``CONTRASTED``): "Two boys" -> "Two
children" says the same count more or less exactly, while "Two boys" -> "Two girls"
changes it. Users may extend it."""


KINDS: dict[str, frozenset[str]] = {
    "projectile": frozenset({"missile", "rocket", "shell", "drone", "bomb"}),
    "building": frozenset({"home", "house", "school", "hospital", "shop", "store", "church",
                           "mosque"}),
}  # fmt: skip
"""Nouns that name a kind of the groups (``CONTRASTED``) without telling which: "a
projectile" is said again, better known, as "two ballistic missiles". Users may extend
it."""


def said_better(a: str, b: str) -> bool:
    """Whether the counted noun ``b`` says better what ``a`` named by its kind alone
    (``KINDS``: "a projectile" / "two missiles"); the same noun or one group ("a man" /
    "two men") may be another thing of the story, the same word for it."""
    return b in KINDS.get(a, ())


def _group(noun: str) -> int:
    return next((k for k, group in enumerate(CONTRASTED) if noun in group), -1)


def contrasted(a: str, b: str) -> bool:
    """Whether two counted nouns name groups news tells apart (``CONTRASTED``), neither
    a part of the other's group (``KIND_OF``)."""
    if KIND_OF.get(a) == b or KIND_OF.get(b) == a:
        return False  # "boys" / "children": one the other's part
    ga, gb = _group(a), _group(b)
    return ga >= 0 and gb >= 0 and ga != gb


def one_group(a: str, b: str) -> bool:
    """Whether two counted nouns are of one group (``CONTRASTED``: "rebels" /
    "insurgents", "homes" / "houses"), or one a part of the other's (``KIND_OF``)."""
    ga = _group(a)
    return (ga >= 0 and ga == _group(b)) or KIND_OF.get(a) == b or KIND_OF.get(b) == a
