"""A removed sentence that said something was pending and the added one that tells how
it came out are one claim update (fictional sentences)."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.facts.pending import pending
from storydiff.facts.resolved import resolves

_STORY = (
    "A wildfire swept through hills above Veltro on Monday, forcing about 1,400 people "
    "to leave their homes.\n\n"
    "Firefighters from three counties worked through the night to protect the town.\n\n"
    "The fire had burned about 3,200 acres by Tuesday morning, the county said.\n\n"
    "Schools in the valley were closed for the week.\n\n"
)


def _shown(old: str, new: str) -> list[tuple[str, str, str]]:
    changes = compare(_STORY + old, _STORY + new).changes
    return [(c.kind, c.fact, c.subject) for c in changes if not c.hidden and c.fact == "claim"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "The cause of the fire is under investigation.",
            "The fire was caused by a downed power line, the utility said.",
        ),
        (
            "The Kessla Water Board did not immediately comment on the closure.",
            "The Kessla Water Board said in a statement that the closure would end soon.",
        ),
        (
            "Fire Chief Ana Dunmore is expected to resign before the inquiry.",
            "Fire Chief Ana Dunmore resigned on Tuesday.",
        ),
        (
            "Police have not said how the hiker died.",
            "According to the coroner, the hiker died of burns.",
        ),
        (
            "The arson suspect remained at large Tuesday night.",
            "A man was taken into custody hours later, police said.",
        ),
        (
            "The council is likely to approve the budget, two people familiar with it said.",
            "The council approved the budget on Friday, the mayor's office said.",
        ),
        (
            "A spokesman for the Kessla mines ministry did not immediately respond to a "
            "request for comment.",
            "Kessla's mines ministry said on Tuesday it would send inspectors to the mine.",
        ),
        (
            "The finance ministry did not immediately respond to a request for comment.",
            "The finance ministry said in a statement it would cut planned spending.",
        ),
        (
            "No injuries were reported.",
            "A firefighter was treated for minor injuries at the scene.",
        ),
        (
            "Investigators were looking into whether the blaze was set deliberately.",
            "The fire marshal said on Tuesday that the blaze had been set deliberately.",
        ),
        (
            "The council sent the plan to Mayor Ana Dunmore, who is expected to sign it "
            "later this week.",
            "Mayor Ana Dunmore signed the plan on Wednesday at a ceremony in her office.",
        ),
        (
            "Officials have not found the source of the outbreak.",
            "Investigators identified the source of the outbreak as a spinach farm near "
            "Dunmore.",
        ),
        (
            "Police have yet to determine the cause of the crash.",
            "The crash was caused by a burst tyre, police said.",
        ),
        # a cause told with "caused" before what was not known
        (
            "Investigators have yet to determine the cause of the crash.",
            "Investigators determined that a fuel leak caused the crash, the aviation board "
            "said.",
        ),
        # an answer that tells something and then refuses more is an answer
        (
            "The Kessla Water Board did not immediately respond to a request for comment.",
            "The Kessla Water Board said it had found the faulty valve but declined to name "
            "its maker.",
        ),
    ],
)  # fmt: skip
def test_a_pending_sentence_and_its_outcome_are_one_update(old: str, new: str) -> None:
    assert _shown(old, new) == [("update", "claim", "resolved")]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the added sentence is still pending
        (
            "The cause of the fire is under investigation.",
            "The fire may have been caused by a downed power line.",
        ),
        # it is about something else: not the cause
        (
            "The cause of the fire is under investigation.",
            "The fire destroyed 14 homes on the ridge road.",
        ),
        # someone else speaks, not who gave no comment
        (
            "The Kessla Water Board did not immediately comment on the closure.",
            "The mayor of Veltro said the closure would end soon.",
        ),
        # a party of a common kind speaks of another thing
        (
            "Officials declined to comment on the evacuation order.",
            "Officials said the smoke would clear by the weekend.",
        ),
        # another verb than the one expected
        (
            "Fire Chief Ana Dunmore is expected to resign before the inquiry.",
            "Fire Chief Ana Dunmore testified on Tuesday.",
        ),
        # "at large" is told by an arrest, not by another mention of the suspect
        (
            "The arson suspect remained at large Tuesday night.",
            "Neighbours said they had seen the suspect's car on the ridge road.",
        ),
        # an arrest of someone else while the suspect is still sought
        (
            "The arson suspect remained at large Tuesday night.",
            "A second man was arrested for helping the suspect, who has not been found.",
        ),
        # a former employee and a rival are not the silent party
        (
            "Kessla Foods did not immediately respond to a request for comment.",
            "A former Kessla Foods quality manager, Ilse Brand, said the plant was unsafe.",
        ),
        (
            "Norrow Paving did not immediately respond to a request for comment.",
            "Norrow Paving's main rival, Castell Roadworks, said the bid was too low.",
        ),
        # the silence goes on
        (
            "Mayor Lena Brandt could not be reached for comment.",
            "Brandt said nothing when reporters approached her outside the town hall.",
        ),
        (
            "The Kessla Water Board did not immediately respond to a request for comment.",
            "The Kessla Water Board said it would not comment on the closure.",
        ),
        # "caused" as a plain verb tells no cause; "died" alone tells not how
        (
            "The cause of the fire is under investigation.",
            "The fire caused an estimated £2 million in damage to the town hall.",
        ),
        (
            "Police have not said how the hiker died.",
            "The hiker died about three days before she was found, police said.",
        ),
        # "whether he will testify" is told by his testifying, not by a word of testimony
        (
            "Mr. Brannock has not said whether he will testify.",
            "A lawyer for Mr. Quill said her client stands by his testimony.",
        ),
        # the expected verb in another sense, with another object
        (
            "Councillor Ada Frey is widely expected to win the seat.",
            "Frey won praise from her rivals for a clean campaign on Monday.",
        ),
    ],
)  # fmt: skip
def test_no_update_when_the_added_sentence_tells_no_outcome(old: str, new: str) -> None:
    shown = _shown(old, new)
    assert ("update", "claim", "resolved") not in shown
    # a silence said again in other words may be a rewording kept hidden ("did not
    # immediately respond" / "said it would not comment", "would" after "said" a tense)
    assert ("removal", "claim", "") in shown or shown == []


def test_pending_words_inside_a_quote_or_a_possessive_party_do_not_count() -> None:
    assert pending('"I have no enemies that he may have been told of," she said.') == ""
    assert pending("The cause of the fire is under investigation.") == "known"
    old = "Dunmore's lawyer, Tomas Reyl, did not respond to questions on Tuesday."
    assert not resolves(old, "Dunmore said he paid the fine himself.")


def test_an_edited_sentence_that_tells_the_outcome_is_one_update() -> None:
    old = (
        "The finance ministry did not immediately respond to a request for comment on "
        "whether it would cut planned spending, as opposition parties have urged."
    )
    new = (
        "The finance ministry said in a statement it would cut planned spending this year, "
        "as opposition parties have urged."
    )
    assert ("update", "claim", "resolved") in _shown(old, new)
    still = _shown("No injuries have been reported.", "No civilian injuries have been reported.")
    assert ("update", "claim", "resolved") not in still


def test_an_edited_sentence_that_finds_what_was_not_found_is_resolved() -> None:
    """The outcome told in its clause is done; another clause's "will" hedges nothing
    of it."""
    old = (
        "Police have not found the source of the leak, and the school will remain closed on Friday."
    )
    new = (
        "Police found the source of the leak, a cracked valve in the boiler room, and the "
        "school will remain closed on Friday."
    )
    assert _shown(old, new) == [("update", "claim", "resolved")]


def test_what_was_not_found_is_the_object_not_the_one_looking() -> None:
    """ "Has not found work" leaves the work unknown, not the welder: a sentence that
    names the welder finding something else resolves nothing."""
    old = "Anton Ostrel, a welder, has not found work since the yard closed."
    new = "Anton Ostrel, a welder, found the closure notice taped to the gate."
    assert ("update", "claim", "resolved") not in _shown(old, new)
    assert not resolves(old, new)
    assert resolves(
        "Officials have not found the source of the outbreak.",
        "Officials traced the source of the outbreak to a spinach farm.",
    )


def test_the_new_lead_is_no_silent_party_speaking() -> None:
    """A company's statement in the new lead is the story's news, its own added claim,
    not the end of a "declined to comment" further down."""
    rest = (
        "Shares of Brantwick rose 3% on Tuesday.\n\nThe company makes biscuits.\n\n"
        "It employs 4,000 people.\n\n"
    )
    old = (
        "MARLOW — Tessaly raised its offer for Brantwick Foods.\n\n"
        + rest
        + ("A Brantwick spokeswoman declined to comment.")
    )
    new = (
        "MARLOW — Brantwick Foods said on Tuesday that its board had rejected the raised "
        "offer.\n\n" + rest
    )
    changes = compare(old, new).changes
    assert not any(c.subject == "resolved" for c in changes)


def test_wire_copy_a_paragraph_a_line_resolves_below_its_lead() -> None:
    """Wire copy breaks paragraphs with one line break: only its first line is the
    lead, so a silent party speaking further down still resolves its silence."""
    story = _STORY.replace("\n\n", "\n")
    old = "Castellan Foods, based in Trevant, did not immediately respond to requests."
    new = "Castellan Foods, based in Trevant, said in a statement it had halted work."
    shown = [(c.kind, c.fact, c.subject) for c in compare(story + old, story + new).changes]
    assert ("update", "claim", "resolved") in shown
    # the first line is still the lead: a statement there is the story's news
    lead = "MARLOW — Castellan Foods said on Tuesday that it had halted work at the plant.\n"
    first = "MARLOW — A wildfire swept through the hills above Veltro on Monday.\n"
    changes = compare(first + story + old, lead + story).changes
    assert not any(c.subject == "resolved" for c in changes)


@pytest.mark.parametrize(
    ("old", "new", "fires"),
    [
        ("The number of dead was not immediately known.",
         "At least nine people died in the collapse, officials said.", True),
        ("There was no immediate word on casualties.",
         "Two people were killed and five were hurt, police said.", True),
        ("The number of dead was not immediately known.",
         "The mall opened in 2009 with 120 shops.", False),
        ("There was no immediate word on casualties.",
         "A man injured in a crash there last year sued the city.", False),
    ],
)  # fmt: skip
def test_the_toll_not_yet_known_is_told_by_how_many(old: str, new: str, fires: bool) -> None:
    assert (("update", "claim", "resolved") in _shown(old, new)) is fires


def test_still_searching_resolves_nothing() -> None:
    old = "Investigators have not found the source of the leak."
    new = "Investigators are still searching for the source of the leak, a spokesman said."
    assert ("update", "claim", "resolved") not in _shown(old, new)
