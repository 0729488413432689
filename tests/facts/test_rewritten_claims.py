"""A removed and an added sentence the aligner left apart that tell one statement with
its meaning changed are one claim update (fictional passages); a rewording that keeps
the meaning, or two statements that only share words, are not."""

from __future__ import annotations

from storydiff import compare

_LEAD = "Brightholm recalled 310,000 pressure cookers on Wednesday after 63 lids burst open.\n"
_END = "\nOwners can register for a replacement lid on the company's website."


def _claims(old: str, new: str) -> list[tuple[str, str]]:
    changes = compare(_LEAD + old + _END, _LEAD + new + _END).changes
    return [(c.kind, c.subject) for c in changes if not c.hidden and c.fact == "claim"]


def test_a_statement_made_sure_in_a_sentence_rewritten_whole_is_one_update() -> None:
    old = (
        "The defect may be linked to a faulty locking pin supplied by an outside"
        " manufacturer, the Halvern Consumer Safety Board said."
    )
    new = (
        "Brightholm said the defect was caused by a faulty locking pin made by an outside"
        " supplier, which it did not name."
    )
    assert _claims(old, new) == [("update", "certainty")]


def test_two_statements_that_share_a_few_words_stay_apart() -> None:
    old = "The safety board said the defect may be linked to the lid's rubber seal."
    new = "The safety board opened a review of two other cookers sold by the company."
    assert sorted(_claims(old, new)) == [("addition", ""), ("removal", "")]
