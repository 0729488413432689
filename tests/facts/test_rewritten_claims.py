"""A removed and an added sentence the aligner left apart that tell one statement with
its meaning changed are one claim update (fictional passages); a rewording that keeps
the meaning, or two statements that only share words, are not."""

from __future__ import annotations

import pytest

from storydiff import compare

_LEAD = "Brightholm recalled 310,000 pressure cookers on Wednesday after 63 lids burst open.\n"
_END = "\nOwners can register for a replacement lid on the company's website."


def _claims(old: str, new: str) -> list[tuple[str, str]]:
    changes = compare(_LEAD + old + _END, _LEAD + new + _END).changes
    return [(c.kind, c.subject) for c in changes if not c.hidden and c.fact == "claim"]


def test_a_statement_made_sure_in_a_sentence_rewritten_whole_is_one_update() -> None:
    old = (
        "Vardenne has offered to host the talks in its capital Lisk, a diplomat familiar"
        " with the plans said, speaking on condition of anonymity."
    )
    new = "Vardenne will host the talks in Lisk, its foreign ministry said in a statement."
    assert _claims(old, new) == [("update", "certainty")]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "The safety board said the defect may be linked to the lid's rubber seal.",
            "The safety board opened a review of two other cookers sold by the company.",
        ),
        (
            "The harbour board will not pay the dockworkers for the days they spent on"
            " strike, its chairman said.",
            "The harbour board may fine the shipping firms whose cargo sat at the docks"
            " during the strike, its chairman said.",
        ),
        (
            "Brightholm will not recall the kettles it sold in Halvern last year, a"
            " spokesperson said.",
            "A spokesperson said Brightholm may stop selling kettles and cookers in Halvern"
            " from next year.",
        ),
    ],
)  # fmt: skip
def test_two_statements_that_share_words_stay_apart(old: str, new: str) -> None:
    assert sorted(_claims(old, new)) == [("addition", ""), ("removal", "")]
