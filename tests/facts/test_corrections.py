"""A correction notice corrects what it names, not every update of the same rewrite."""

from __future__ import annotations

import pytest

from storydiff import compare

OLD = (
    "KESSLA, Norland (NC) -- A passenger ferry ran aground near Kessla harbour on Monday, "
    "and coastguard crews rescued 40 passengers, officials said.\n\n"
    "The ferry struck a sandbank at about 5 a.m., the coastguard said.\n\n"
    '"We do not yet know why the vessel left the channel," said Tomas Veltro, a coastguard '
    "spokesman.\n\n"
    "Mara Kessla, a safety expert at Dunmore University, said the channel had not been "
    "dredged since 2019."
)


def _new(notice: str) -> str:
    new = (
        OLD.replace("40 passengers", "112 passengers")
        .replace("about 5 a.m.", "about 4:30 a.m.")
        .replace("since 2019", "since 2017")
        .replace("do not yet know", "may never know")
    )
    return new + "\n\n" + notice


def _kinds(notice: str) -> dict[str, str]:
    """Each shown update or correction by its fact (a date by its old words), with its
    kind."""
    out: dict[str, str] = {}
    for c in compare(OLD, _new(notice)).changes:
        if c.kind in ("update", "correction"):
            out[c.fact if c.fact != "date" else str(c.before)] = c.kind
    return out


def test_a_notice_that_names_the_figures_corrects_only_that_fact() -> None:
    kinds = _kinds(
        "Correction: An earlier version of this article said the channel was last "
        "dredged in 2019. It was last dredged in 2017."
    )
    assert kinds["2019"] == "correction"
    assert kinds["about 5 a.m."] == "update"
    assert kinds["quantity"] == "update"  # the rescue went on: 40 -> 112 passengers
    assert kinds["quote"] == "update"  # "channel" is in the notice, but not what changed


def test_a_notice_that_names_what_a_number_counts_corrects_that_count() -> None:
    kinds = _kinds("Correction: An earlier version of this story misstated how many passengers.")
    assert kinds["quantity"] == "correction"
    assert kinds["2019"] == kinds["about 5 a.m."] == "update"
    assert kinds["quote"] == "update"


def test_a_notice_that_names_a_kind_of_fact_corrects_facts_of_that_kind() -> None:
    kinds = _kinds("Correction: An earlier version of this story gave the wrong time.")
    assert kinds["about 5 a.m."] == kinds["2019"] == "correction"
    assert kinds["quantity"] == "update"
    misquoted = _kinds("Correction: An earlier version of this story misquoted Tomas Veltro.")
    assert misquoted["quote"] == "correction"
    assert misquoted["quantity"] == "update"


def test_a_notice_that_names_nothing_corrects_every_update() -> None:
    kinds = _kinds("This story has been corrected.")
    assert set(kinds.values()) == {"correction"}


def test_the_sentences_after_a_notice_are_the_notice_only_on_its_line() -> None:
    head = "Correction: An earlier version of this story misstated the depth of the harbour."
    same = _kinds(f"{head} It gave the ferry's route wrongly. It said 40 people.")
    assert same["quantity"] == "correction"
    for apart in (f"{head}\n\nIt said 40 people.", f"{head}\nIt said 40 people."):
        assert _kinds(apart)["quantity"] == "update"
    updated = _kinds(f"{head} It has also been updated with the number of people.")
    assert updated["quantity"] == "update"  # an update said beside a correction


def test_a_notice_that_names_no_change_shown_corrects_none_and_says_so() -> None:
    new = _new("Correction: An earlier version of this story misstated the depth of the harbour.")
    found = compare(OLD, new)
    assert "correction" not in {c.kind for c in found.changes}
    assert any("no change shown is one it names" in note for note in found.notes)


def test_generic_notices_correct_every_update() -> None:
    for notice in (
        "Correction: This article has been updated to correct an error.",
        "This story has been corrected. An earlier version contained incorrect information.",
        "Correction: An earlier version of this story contained a factual error.",
    ):
        assert set(_kinds(notice).values()) == {"correction"}, notice


def test_what_a_notice_names_by_a_person_or_a_date() -> None:
    # the notice's own date is no figure it corrects; naming a speaker corrects no quote
    dated = _kinds("Correction: Dec. 4, 2026 -- An earlier version misstated Mara Kessla's title.")
    assert dated["quote"] == "update" and dated["quantity"] == "update"
    when = _kinds("Correction: An earlier version of this story misstated when the ferry hit.")
    assert when["about 5 a.m."] == "correction" and when["quantity"] == "update"


def test_a_notice_already_in_the_old_version_makes_no_correction() -> None:
    notice = "\n\nCorrection: An earlier version of this story misstated how many passengers."
    old = OLD + notice
    new = _new(notice.strip())
    assert "correction" not in {c.kind for c in compare(old, new).changes}


def test_the_sentences_of_a_notice_tell_no_facts_of_their_own() -> None:
    notice = (
        "Correction: An earlier version of this article misstated the year the channel "
        "was last dredged. It was dredged in 2017, not 2019, by Brannock Marine."
    )
    changes = compare(OLD, _new(notice)).changes
    assert ("correction", "2017") in [(c.kind, c.after) for c in changes if c.fact == "date"]
    added = [(c.fact, c.after) for c in changes if c.kind == "addition"]
    assert ("organization", "Brannock Marine") not in added
    assert not [a for a in added if a[0] == "date"]


def test_a_notice_naming_an_age_corrects_the_age_not_every_count() -> None:
    old = (
        "Margit Ellery, a 84-year-old novelist, died on Sunday in Dunmore.\n\n"
        "She is survived by her son and two grandchildren."
    )
    new = (
        "Margit Ellery, a 86-year-old novelist, died on Sunday in Dunmore.\n\n"
        "She is survived by her son and three grandchildren.\n\n"
        "Correction: An earlier version of this obituary misstated Ms. Ellery's age."
    )
    kinds = {c.subject: c.kind for c in compare(old, new).changes if c.kind != "addition"}
    assert kinds["age"] == "correction"
    assert kinds["grandchild"] == "update"


def test_an_amended_on_notice_is_a_notice_and_its_date_no_fact() -> None:
    notice = (
        "This article was amended on 9 April 2026. An earlier version said 40 passengers "
        "were rescued; the correct figure is 112."
    )
    changes = compare(OLD, _new(notice)).changes
    kinds = {c.fact: c.kind for c in changes if c.fact == "quantity"}
    assert kinds == {"quantity": "correction"}
    assert not [c for c in changes if c.kind == "addition" and c.fact == "date"]


def test_a_news_sentence_run_on_after_a_notice_keeps_its_facts() -> None:
    notice = (
        "Correction: An earlier version of this article misstated the year the channel "
        "was last dredged. Rescuers found 12 more bodies on Thursday."
    )
    changes = compare(OLD, _new(notice)).changes
    assert ("addition", "quantity") in [(c.kind, c.fact) for c in changes]
    # a news sentence that opens "This report was amended" is no notice
    report = "This report was amended on Friday after 300 more homes were found at risk."
    added = [c.fact for c in compare(OLD, OLD + "\n\n" + report).changes if c.kind == "addition"]
    assert "quantity" in added


def test_a_notice_line_in_wire_copy_is_no_claim_however_the_text_breaks_paragraphs() -> None:
    body = [
        "KESSLA, Norland (AP) -- A fire at a Kessla warehouse killed 12 people on Monday.",
        "Firefighters from three towns fought the blaze for six hours.",
        "The cause of the fire is under investigation.",
        "Schools in the district were closed on Tuesday.",
    ]
    notice = (
        "Correction: An earlier version of this story misstated the number of people "
        "killed. Twelve people died, not 14."
    )
    for sep in ("\n", "\n\n"):  # a paragraph a line, as wire copy is stored, or blank lines
        old, new = sep.join(body), sep.join([*body, notice])
        changes = compare(old, new).changes
        assert not [c for c in changes if c.fact == "claim" and not c.hidden], sep


@pytest.mark.parametrize(
    ("numbers", "before", "after"),
    [("14, not 16", "Sept. 9", "Oct. 14"), ("19, not 21", "May 12", "May 19")],
)
def test_a_number_of_a_notice_names_no_date_with_that_day(
    numbers: str, before: str, after: str
) -> None:
    notice = f"Correction: An earlier version misstated the number of crew. There were {numbers}."
    old = OLD + f"\n\nAn inquiry into the grounding will open on {before}."
    new = _new(notice) + f"\n\nAn inquiry into the grounding will open on {after}."
    kinds = {str(c.before): c.kind for c in compare(old, new).changes if c.fact == "date"}
    assert kinds[before] == "update"


def test_a_notice_that_names_a_date_by_its_day_corrects_it() -> None:
    old = OLD + "\n\nAn inquiry into the grounding will open on May 12."
    dated = _new(
        "Correction: An earlier version gave the wrong date. It is the 19th, not the 12th."
    )
    dated += "\n\nAn inquiry into the grounding will open on May 19."
    kinds = {str(c.before): c.kind for c in compare(old, dated).changes if c.fact == "date"}
    assert kinds.get("May 12") == "correction"
