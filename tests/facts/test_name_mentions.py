"""Whether the other version names someone or somewhere already: a name is said as a
whole word ("Lee" is not in "sleep"), a surname as a name of its own ("Dunmore
Regional Hospital" is not Carla Dunmore), and a state after a city only locates the
city ("Pittsburgh, Pa." / "Pittsburgh"). Texts and names are fictional."""

from __future__ import annotations

from storydiff import compare
from storydiff.facts.name_forms import locator
from storydiff.facts.names import mentions, surname_said

_LEAD = "The Marlow council approved the budget on Tuesday. "


def _names(old: str, new: str) -> set[tuple[str, str, str]]:
    return {
        (c.kind, c.fact, c.after or c.before or "")
        for c in compare(old, new).changes
        if c.fact in ("person", "place", "organization", "source") and not c.hidden
    }


def test_a_name_is_said_as_whole_words() -> None:
    assert mentions("Tomas Lee spoke.", "Lee")
    assert not mentions("Residents could not sleep.", "Lee")
    assert not mentions("The annual fair opened.", "Ann")
    assert mentions("They were found in the Arden Marshes.", "Arden Marsh")
    assert mentions("Mr. Van der Berg said so.", "van der berg")


def test_a_surname_is_said_alone_or_double_barrelled_not_as_a_longer_name() -> None:
    assert surname_said("Ms. Dunmore said so.", "Carla Dunmore")
    assert surname_said("Holt-Dunmore's husband spoke.", "Paul Dunmore")
    assert not surname_said("At Dunmore Regional Hospital, nurses waited.", "Carla Dunmore")
    assert surname_said("Holt Leads Protest Over Harbor Plan\nThe march began.", "Jens Holt")
    assert not surname_said("The Holt Leads Protest Over Harbor Plan began.", "Jens Holt")


def test_a_person_whose_surname_the_other_version_has_only_in_a_name_is_new() -> None:
    old = f"{_LEAD}At Dunmore Regional Hospital, officials said they had hired 220 nurses."
    new = (
        f"{_LEAD}At Dunmore Regional Hospital, officials said they had hired 220 nurses. "
        "Carla Dunmore, who owns three restaurants, said she had raised starting pay."
    )
    assert ("addition", "person", "Carla Dunmore") in _names(old, new)


def test_a_person_whose_surname_the_other_version_says_is_no_new_person() -> None:
    old = f"{_LEAD}Ms. Dunmore, a restaurant owner, opposed the tax."
    new = f"{_LEAD}Carla Dunmore, a restaurant owner, opposed the tax."
    assert not {n for n in _names(old, new) if "Dunmore" in n[2]}


def test_a_state_dropped_after_its_city_is_no_removal() -> None:
    old = "The two women were from Pittsburgh, Pa., and were on vacation in Marlow."
    new = "The two women were from Pittsburgh and were on vacation in Marlow."
    assert not {n for n in _names(old, new) if n[1] == "place"}


def test_a_locator_needs_a_place_before_it_that_the_other_version_names() -> None:
    text = "Vance Abdel, Europe's most wanted man, was seen in Marlow, Norland."
    europe, norland = text.index("Europe"), text.index("Norland")
    assert not locator(europe, europe + 6, (text, "Vance Abdel was seen."), {"Marlow"})
    assert locator(norland, norland + 7, (text, "He was seen in Marlow."), {"Marlow"})
    assert not locator(norland, norland + 7, (text, "He was seen in Dunmore."), {"Marlow"})


def test_the_sheriff_is_the_person_the_text_calls_sheriff() -> None:
    old = "Deputies searched the hills above Marlow on Monday."
    new = (
        f"{old}\nSheriff Thomas Norland said deputies had gone door to door."
        "\n“Some of these folks had minutes, not hours,” the sheriff said."
    )
    quotes = [c for c in compare(old, new).changes if c.fact == "quote"]
    assert [c.subject for c in quotes] == ["Thomas Norland"]


def test_a_place_in_a_list_or_after_another_locator_is_no_locator() -> None:
    old = "Storms hit Ardenia, Estavia and Norland over the weekend, cutting power to homes."
    new = "Storms hit Ardenia and Norland over the weekend, cutting power to homes."
    assert ("removal", "place", "Estavia") in _names(old, new)
    text = "A tornado touched down near Marlow, Estavia, on Sunday."
    at = text.index("Estavia")
    other = "A tornado touched down near Marlow, Norland, on Sunday."
    assert not locator(at, at + 7, (text, other), {"Marlow"})
    assert locator(at, at + 7, (text, "A tornado touched down near Marlow."), {"Marlow"})
