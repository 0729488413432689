"""A statement turned round in a sentence rewritten whole, negated in one version and
not in the other, is one claim update of its polarity (fictional sentences)."""

from __future__ import annotations

import pytest

from storydiff import compare

_STORY = (
    "A former Tessaly County treasurer was sentenced on Monday to six years in prison for "
    "embezzling public money.\n\n"
    "Curtis Olvane, 58, pleaded guilty in March to 14 counts of theft.\n\n"
)
_END = "\n\nThe county has since changed how its accounts are audited."


def _claims(old: str, new: str) -> list[tuple[str, str]]:
    changes = compare(_STORY + old + _END, _STORY + new + _END).changes
    return [(c.kind, c.subject) for c in changes if not c.hidden and c.fact == "claim"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Olvane did not address the court.",
            "Olvane addressed the court briefly before he was sentenced, his voice breaking.",
        ),
        (
            "The county board approved a full audit of the treasurer's office in April.",
            "The county board never approved the audit its own lawyers had asked for.",
        ),
        (
            "Olvane declined to address the court.",
            "Olvane addressed the court briefly before he was sentenced, his voice breaking.",
        ),
    ],
)  # fmt: skip
def test_a_statement_turned_round_is_one_polarity_update(old: str, new: str) -> None:
    assert _claims(old, new) == [("update", "polarity")]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # another doer
        (
            "Olvane did not address the court.",
            "His daughter addressed the court briefly before he was sentenced.",
        ),
        # the same verb done to another thing
        (
            "Olvane did not repay the county.",
            "Olvane repaid a bank loan of his own before he was sentenced last week.",
        ),
        # the same head noun, said of another one
        (
            "Olvane did not attend the March hearing.",
            "Olvane attended the April hearing, which ran late into the evening.",
        ),
        # an irregular verb said of another one ("did not meet" / "met")
        (
            "The county board did not meet the March deadline.",
            "The county board met the April deadline after a long night of talks.",
        ),
        # a refusal said of another one
        (
            "The county board failed to meet the March deadline.",
            "The county board met the April deadline after a long night of talks.",
        ),
        (
            "Olvane refused to attend the March hearing.",
            "Olvane attended the April hearing, which ran late into the evening.",
        ),
    ],
)  # fmt: skip
def test_another_statement_is_no_polarity_update(old: str, new: str) -> None:
    assert ("update", "polarity") not in _claims(old, new)


def test_a_second_sentence_removed_below_a_kept_lead_stays_a_removed_claim() -> None:
    """Only a rewritten lead stands for the old one: below a lead both versions keep,
    a removed statement whose added neighbour tells another is a claim removed."""
    lead = _STORY.split("\n\n")[0] + "\n\n"
    old, new = "Olvane did not address the court.", "His lawyer, Mira Dosh, addressed the court."
    changes = compare(lead + old + _END, lead + new + _END).changes
    removed = [c.before for c in changes if c.kind == "removal" and c.fact == "claim"]
    assert removed == [old]
