"""A developing-story line alone is page furniture (fictional lines): it tells none of
the story's facts, so a later version that drops it removes no claim."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.text.furniture import is_promotion


@pytest.mark.parametrize(
    "line",
    [
        "This is a developing story and will be updated.",
        "This is a breaking news story.",
        "This story will be updated.",
        "Check back for updates.",
        "More to come.",
        "(Adds analyst comment, ministry statement in paragraphs 7-10, updates share prices)",
        "(Recasts with cabinet decision, adds minister's comments)",
    ],
)
def test_a_developing_story_line_is_furniture(line: str) -> None:
    assert is_promotion(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "This is a developing story, and officials have not said more.",
        "The story will be updated by the council's archivist.",
        "More to come from the harbour board on Friday, its chair said.",
        "(Adds up to 40 percent of the total, the board said.)",
    ],
)
def test_a_sentence_that_tells_more_is_no_furniture(sentence: str) -> None:
    assert not is_promotion(sentence)


def test_a_dropped_developing_line_is_no_removed_claim() -> None:
    story = (
        "A fire swept through hills above Veltro on Monday.\n\n"
        "Crews from three counties fought it overnight.\n\n"
        "About 1,400 people left their homes.\n\n"
    )
    changes = compare(story + "This is a developing story and will be updated.", story).changes
    assert [c for c in changes if c.fact == "claim" and not c.hidden] == []
