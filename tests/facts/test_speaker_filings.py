"""A court paper that speaks ("the lawsuit says", "the complaint alleges") is the
speaker itself, with whose it is when a name or noun says so ("Varra's lawsuit", "filed
by the Kessla Tenants Association"), never by a pronoun ("her lawsuit") or the people
who signed it; "the suit" is the lawsuit, and it speaks through any verb it is the
subject of; a person speaking of a lawsuit is the person (fictional passages)."""

from __future__ import annotations

import pytest

from tests.facts.quoting import BASE, added_quotes

SUED = "Nora Varra sued Tomas Holt on Tuesday.\n" + BASE

CASES = [
    ("“Tallyride tells its drivers they are their own bosses,” the complaint says.", "complaint"),
    ("The suit also alleges that Holt “sought to silence Ms. Varra at every turn.”", "lawsuit"),
    ("Varra's lawsuit alleges that Holt had “quietly started a sham arbitration.”",
     "Varra's lawsuit"),
    ("The lawsuit, filed by Nora Varra on Tuesday, says Holt “sought to silence her.”",
     "Nora Varra's lawsuit"),
    ("A lawsuit filed by the Kessla Tenants Association says “the damp was ignored.”",
     "Kessla Tenants Association's lawsuit"),
    ("“The state has built a wall,” the alliance’s complaint says.", "alliance's complaint"),
    # not the person named last (he may be Holt), nor those who signed it
    ("Her lawsuit says Holt “sought to silence her at every turn.”", "lawsuit"),
    ("The petition, signed by 4,000 residents, says the quay “must stay open.”", "petition"),
    # any verb of which the paper is the subject
    ("The suit also charges that Holt “sought to silence Ms. Varra at every turn.”", "lawsuit"),
    ("The lawsuit refers to a friendship that lasted “well into the year 2007.”", "lawsuit"),
    # a person speaking of a lawsuit
    ("The lawsuit was dismissed after Holt called it “a shakedown in a suit.”", "Tomas Holt"),
    ("“We will fight this in court,” Holt said of the lawsuit.", "Tomas Holt"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "speaker"), CASES)
def test_a_court_paper_speaks_as_itself(sentence: str, speaker: str) -> None:
    quotes = added_quotes(SUED + "\n" + sentence, SUED)
    assert list(quotes.values()) == [speaker]
