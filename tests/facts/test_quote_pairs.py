"""One quotation in two sentences the aligner left apart, or with no speaker on either
side, is one quote changed, not one removed and one added (fictional sentences; the
forms were found on the MRPC speakers set's tuning part). Also the speaker repairs found
there: a speech verb under "was careful to", "fumed", a title the parser set apart from
its name, a name with one word in capitals, and the Fed's rate committee."""

from __future__ import annotations

from storydiff import compare
from storydiff.facts.analysis import Analysis
from storydiff.facts.builder import Builder, Pending, Versions
from storydiff.facts.quote_pairs import one_quotation, pair_pending
from storydiff.facts.quotes import Quote
from storydiff.text.sentences import split_sentences
from tests.facts.quoting import added_quotes


def _quote_kinds(old: str, new: str) -> set[str]:
    return {c.kind for c in compare(old, new).changes if c.fact == "quote" and not c.hidden}


def test_one_quotation_in_rewritten_sentences_is_one_quote_update() -> None:
    old = "“I know of no delay,” said Mr. Varek, the deputy minister for ports."
    new = (
        "“I know of nobody who delayed anything,” Tomas Varek, deputy minister of ports, "
        "told a briefing in Lisk on Friday afternoon."
    )
    kinds = _quote_kinds(old, new)
    assert "addition" not in kinds and "removal" not in kinds
    assert kinds == {"update"}


def test_two_quotes_of_one_speaker_on_different_things_stay_apart() -> None:
    assert not one_quotation("We will win the vote", "The harbour is a disgrace to us all")
    old = "“The budget is balanced for the first time in a decade,” Varek said."
    new = "“Our nurses deserve a better contract and they will get one,” said Tomas Varek."
    assert _quote_kinds(old, new) == {"addition", "removal"}


def test_a_quote_with_no_speaker_edited_is_one_quote() -> None:
    old = "The 2020 platform backed “the full inclusion of all families in the life of the city.”"
    new = "The platform of 2020 backed “the full inclusion of all families into the city's life.”"
    assert "addition" not in _quote_kinds(old, new)


def test_speech_verbs_found_on_real_rewordings() -> None:
    base = "Floodwater closed the ring road around Kestrel Bay on Monday."
    careful = base + "\nBut Orvane was careful to clarify that it was “not certain of the outcome.”"
    assert added_quotes(careful, base)["not certain of"] == "Orvane"
    fumed = base + "\n“The whole thing is a farce,” fumed Lena Marsh, head of the drivers' union."
    assert added_quotes(fumed, base)["The whole thing"] == "Lena Marsh"
    apart = base + "\n“We heard two loud bangs,” the skipper's spokesperson Nia Colby said."
    assert added_quotes(apart, base)["We heard two"] == "Nia Colby"
    caps = base + "\n“The licence terms are void,” KSL Group said in a court filing."
    assert added_quotes(caps, base)["The licence terms"] == "KSL Group"


def test_the_fed_and_its_rate_committee_are_one_voice() -> None:
    said = "“Inflation risks remain tilted to the upside for the coming year,”"
    old = f"{said} the Fed said in a statement."
    new = f"{said} the policy-setting Federal Open Market Committee said."
    assert not [c for c in compare(old, new).changes if c.fact == "speaker"]


def test_one_quotation_with_its_speaker_named_on_one_side_only_is_one_quote() -> None:
    old = "“If the flood barriers were finished, we would not have had a problem.”"
    new = (
        "“If the flood barriers had been finished, we would not have had a problem at the "
        "port,” Mr. Varek told the harbour board on Tuesday."
    )
    assert not {"addition", "removal"} <= _quote_kinds(old, new)


def test_willing_to_continue_is_no_speech_under_was() -> None:
    base = "Floodwater closed the ring road around Kestrel Bay on Monday."
    new = base + (
        "\nThe union is “testing the port’s patience,” Lena Marsh, an adviser at the Kestrel "
        "Institute for Port Studies, said on Thursday."
        "\nWith the port still indicating that it is willing to continue talks, the union is "
        "“posturing for the vote,” Ms. Marsh said."
        "\n“The port has not said ‘we will close.’ So this is about leverage.”"
    )
    assert added_quotes(new, base)["The port has"] == "Lena Marsh"


def test_a_quote_changed_may_name_a_new_source_and_its_new_names_are_shown() -> None:
    old = "“The market keeps moving our way this year,” he said of his company."
    new = "“The market keeps moving Orvane’s way this year,” said Lena Marsh, its chief."
    shown = {(c.fact, c.kind, c.subject) for c in compare(old, new).changes if not c.hidden}
    assert ("quote", "update", "Lena Marsh") in shown
    assert ("source", "addition", "Lena Marsh") in shown
    old = "Varek said: “I'm glad to sail from Lisk first and then against Tomas Brannick."
    new = "“I am glad to be sailing from Lisk and on Channel Nine,” Varek said."
    kinds = {(c.fact, c.kind) for c in compare(old, new).changes if not c.hidden}
    assert {("quote", "update"), ("person", "removal"), ("organization", "addition")} <= kinds


def test_a_surname_said_with_jr_is_the_person_said_before() -> None:
    old = "“The valve is not as strong as it is meant to be,” the chairman, Hal Brannick, said."
    new = "“The valve is not as strong” as it should be, said Harold W. Brannick Jr., the chairman."
    shown = {(c.fact, c.kind) for c in compare(old, new).changes if not c.hidden}
    assert ("person", "addition") not in shown


def test_a_quote_said_again_word_for_word_is_paired_with_nothing() -> None:
    old = (
        "“The city needs its port,” Varek said on Monday."
        "\nHe added: “Closing the harbour will cost us millions in lost trade.”"
    )
    new = (
        "Varek said closing it “will cost the city its port and millions in lost trade.”"
        "\nOn Monday he had said that “the city needs its port,” his aides recalled."
    )
    shown = [(c.fact, c.kind, c.before) for c in compare(old, new).changes if c.fact == "quote"]
    assert not any(before and before.startswith("The city needs") for _, _, before in shown)


def test_the_only_quotes_of_one_speaker_on_one_subject_are_one_quote_changed() -> None:
    old = (
        "Floodwater closed the ring road on Monday.\nThe port was shut for the day."
        "\n“I fear the toll will climb,” said Mara Keld, the harbour master."
    )
    new = (
        "Floodwater closed the ring road on Monday.\nThe port stayed shut on Tuesday."
        "\nMs. Keld spoke after visiting the shelters on the east bank."
        "\n“Each morning the toll climbs, and each morning we find another street under "
        "water,” said Mara Keld, the harbour master."
    )
    kinds = _quote_kinds(old, new)
    assert "update" in kinds and not {"addition", "removal"} <= kinds


def test_modals_and_fillers_make_no_quotation_one() -> None:
    assert not one_quotation("We will have to wait", "I think we will have a deal by Friday")
    assert not one_quotation(
        "The port will stay open this winter", "The port will need more money next winter"
    )


def test_the_nearest_wording_is_paired_first() -> None:
    short = "We will build the bridge"
    long = "We will build the bridge by March, with money from Lisk and the port"
    said = "We will build the bridge by March, with funds from Lisk and the port"
    old_text = f"“{short},” Varek said. “{long},” he added."
    new_text = f"“{said},” Varek said."
    olds = [Quote(short, "Varek", 1, 25, 0, True), Quote(long, "Varek", 40, 110, 1, True)]
    news = [Quote(said, "Varek", 1, 70, 0, True)]
    sentences = split_sentences(old_text), split_sentences(new_text)
    v = Versions(Analysis(), Analysis(), *sentences, old_text, new_text)
    pending, out = Pending(old_quotes=list(olds), new_quotes=list(news)), Builder()
    pair_pending(pending, v, out)
    assert [c.before for c in out.changes] == [long]
    assert pending.old_quotes == [olds[0]]


def test_initials_a_text_spells_out_are_one_speaker_across_the_document() -> None:
    old = (
        "Teachers met on Monday.\n“We will not accept a pay freeze for the third year,” the "
        "Norland Education Association said.\nSchools stayed open."
    )
    new = (
        "Schools stayed open.\nThe NEA, which speaks for most of Norland's teachers, held talks "
        "with ministers in Lisk until late on Thursday evening, and afterwards the NEA warned: "
        "“We will not accept any pay freeze for a third year running.”"
    )
    assert _quote_kinds(old, new) == {"update"}


def test_a_quote_given_to_someone_new_names_a_new_source() -> None:
    lead = "The ferry to Kestrel Bay ran aground on Monday.\n"
    said = "“We heard two loud bangs and then the lights went out,” {} said."
    old = lead + said.format("Lena Marsh, a passenger,")
    new = lead + said.format("Tomas Varek, a passenger,")
    shown = {(c.kind, c.fact, c.after or c.before) for c in compare(old, new).changes}
    assert ("update", "speaker", "Tomas Varek") in shown
    assert ("addition", "source", "Tomas Varek") in shown  # first named in this version
    assert ("removal", "source", "Lena Marsh") in shown  # no longer named


def test_a_quote_given_to_someone_named_before_names_no_new_source() -> None:
    lead = "The ferry to Kestrel Bay ran aground on Monday, Tomas Varek and Lena Marsh said.\n"
    said = "“We heard two loud bangs and then the lights went out,” {} said."
    old, new = lead + said.format("Lena Marsh"), lead + said.format("Tomas Varek")
    shown = {(c.kind, c.fact) for c in compare(old, new).changes}
    assert ("update", "speaker") in shown
    assert not {("addition", "source"), ("removal", "source")} & shown
