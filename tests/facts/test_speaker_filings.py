"""A court paper that speaks ("the lawsuit says", "the complaint alleges") is the
speaker itself, with whose it is when a name or noun says so ("Varra's lawsuit", "filed
by the Kessla Tenants Association"), never by a pronoun ("her lawsuit") or the people
who signed it; "the suit" is the lawsuit (fictional passages)."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes

SUED = "Nora Varra sued Tomas Holt on Tuesday.\n" + BASE


def _speaker(sentence: str) -> str:
    quotes = added_quotes(SUED + "\n" + sentence, SUED)
    assert len(quotes) == 1
    return next(iter(quotes.values()))


def test_the_paper_speaks_as_itself() -> None:
    said = "“Tallyride tells its drivers they are their own bosses,” the complaint says."
    assert _speaker(said) == "complaint"
    also = "The suit also alleges that Holt “sought to silence Ms. Varra at every turn.”"
    assert _speaker(also) == "lawsuit"


def test_whose_paper_it_is_goes_with_it() -> None:
    own = "Varra's lawsuit alleges that Holt had “quietly started a sham arbitration” last year."
    assert _speaker(own) == "Varra's lawsuit"
    filed = "The lawsuit, filed by Nora Varra on Tuesday, says Holt “sought to silence her.”"
    assert _speaker(filed) == "Nora Varra's lawsuit"
    hers = "Her lawsuit says Holt “sought to silence her at every turn.”"
    assert _speaker(hers) == "lawsuit"  # not the person named last: he may be Holt
    brought = "A lawsuit filed by the Kessla Tenants Association says “the damp was ignored.”"
    assert _speaker(brought) == "Kessla Tenants Association's lawsuit"
    signed = "The petition, signed by 4,000 residents, says the quay “must stay open.”"
    assert _speaker(signed) == "petition"
    group = "“The state has built a wall,” the alliance’s complaint says."
    assert _speaker(group) == "alliance's complaint"


def test_the_paper_speaks_through_any_verb_it_is_the_subject_of() -> None:
    charges = "The suit also charges that Holt “sought to silence Ms. Varra at every turn.”"
    assert _speaker(charges) == "lawsuit"
    refers = "The lawsuit refers to a friendship that lasted “well into the year 2007.”"
    assert _speaker(refers) == "lawsuit"
    dismissed = "The lawsuit was dismissed after Holt called it “a shakedown in a suit.”"
    assert _speaker(dismissed) == "Tomas Holt"


def test_a_person_speaking_of_a_lawsuit_is_the_person() -> None:
    said = "“We will fight this in court,” Holt said of the lawsuit."
    assert _speaker(said) == "Tomas Holt"
