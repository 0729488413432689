"""A person's first name spelled anew is one update of the name (``facts.respelled``);
an obituary's "dies at 87" is an age (``facts.ages``). Texts and names are
fictional."""

from __future__ import annotations

from storydiff import compare

_LEAD = "Ana Roe, a jazz teacher in Marlow, died on Sunday.\n"
_END = "\nShe taught for 30 years."


def _people(old: str, new: str) -> list[tuple[str, str, str]]:
    return [
        (c.kind, c.before or "", c.after or "")
        for c in compare(_LEAD + old + _END, _LEAD + new + _END).changes
        if c.fact == "person" and not c.hidden
    ]


def test_a_first_name_spelled_anew_is_an_update_of_the_name() -> None:
    old = "Her death was confirmed by her daughter, Katherine Lindqvist."
    new = "Her daughter, Kathryn Lindqvist, said she died of pneumonia."
    assert _people(old, new) == [("update", "Katherine Lindqvist", "Kathryn Lindqvist")]


def test_another_first_name_or_a_short_form_is_no_respelling() -> None:
    old = "Her death was confirmed by her daughter, Katherine Lindqvist."
    new = "Her daughter, Elsa Lindqvist, said she died of pneumonia."
    assert ("update", "Katherine Lindqvist", "Elsa Lindqvist") not in _people(old, new)
    old = "Her death was confirmed by her son, Alexander Lindqvist."
    new = "Her son, Alex Lindqvist, said she died of pneumonia."
    assert not [p for p in _people(old, new) if p[0] == "update"]


def test_dies_at_an_age_is_an_age_not_a_count() -> None:
    old = "Margit Osterlund, jazz festival founder, dies at 87\nShe founded it in 1971."
    new = "Margit Osterlund, jazz festival founder, dies at 88\nShe founded it in 1971."
    changes = [(c.kind, c.fact, c.subject) for c in compare(old, new).changes]
    assert ("update", "claim", "age") in changes
    assert not [c for c in changes if c[1] == "quantity"]


def test_two_relatives_with_names_alike_are_two_people() -> None:
    old = "Her sister, Joan Lindqvist, was injured in the fire."
    new = "Her husband, Jon Lindqvist, said she died of pneumonia."
    assert not [p for p in _people(old, new) if p[0] == "update"]


def test_dies_at_a_time_a_height_or_an_address_is_no_age() -> None:
    for old, new in (
        ("He died at 3 a.m. on Sunday.", "He died at 5 a.m. on Sunday."),
        ("The climber died at 8,200 meters.", "The climber died at 7,900 meters."),
        ("He was found dead at 14 Orrin Lane.", "He was found dead at 41 Orrin Lane."),
    ):
        changes = [(c.fact, c.subject) for c in compare(_LEAD + old, _LEAD + new).changes]
        assert ("claim", "age") not in changes, (old, changes)
    old = "Tomas Brenn, Who Built the Ferry Fleet, Dies at 91\nHe died on Sunday in Orrin."
    new = "Tomas Brenn, Who Built the Ferry Fleet, Dies at 92\nHe died on Sunday in Orrin."
    assert ("claim", "age") in [(c.fact, c.subject) for c in compare(old, new).changes]


def test_a_first_name_spelled_anew_twice_is_one_update() -> None:
    old = (
        "Her death was confirmed by her daughter, Katherine Lindqvist. "
        "Katherine Lindqvist said the family would hold a private service."
    )
    new = (
        "Her daughter, Kathryn Lindqvist, said she died of pneumonia. "
        "Kathryn Lindqvist said the family would hold a private service."
    )
    updates = [p for p in _people(old, new) if p[0] == "update"]
    assert updates == [("update", "Katherine Lindqvist", "Kathryn Lindqvist")]
