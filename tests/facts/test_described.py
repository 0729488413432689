"""A speaker described by age, by an apposition's words or by a title the text gave
one person far back is that person (fictional texts; ``facts.described``,
``describing.said_again``), and a quote said longer with new words is an update."""

from __future__ import annotations

from storydiff import compare
from tests.facts.quoting import added_quotes

RACE = (
    "OSTMARK (AFP) - Ostmark's mayor Ruta Mahler conceded defeat on Sunday night after a "
    "former football referee won the port city's mayoral election.\n\n"
    "Tomas Brandt, 38, took 50.6 percent of the vote in the run-off.\n\n"
    "Mahler, 52, had led the city for nine years for the centre-right Civic Union.\n\n"
    "Brandt campaigned on cutting bus fares and cleaning up the harbour front."
)


def test_the_n_year_old_is_the_one_person_given_that_age() -> None:
    new = RACE + '\n\n"Nine years is a long time," the 52-year-old said later.'
    assert added_quotes(new, RACE)["Nine years is"] == "Ruta Mahler"
    both = RACE.replace("Brandt, 38,", "Brandt, 52,")
    again = both + '\n\n"Nine years is a long time," the 52-year-old said later.'
    assert added_quotes(again, both)["Nine years is"] == "52-year-old"  # two of 52: no one


GAME = (
    "KESSLA, Norland (AP) — Ida Renko, a 24-year-old guard in her first season, hit a "
    "jumper with 1.2 seconds left and the Kessla Comets beat the Ostrin Wolves 78-76.\n\n"
    "Wolves coach Dario Venn said his team had run out of legs.\n\n"
    "Kaja Lindberg, the Wolves' captain, scored 25 points.\n\n"
    "Bea Olsson added 16 points and 12 rebounds.\n\n"
    "The Comets trailed by nine early in the fourth quarter.\n\n"
    "The final is next Saturday at Kessla Arena."
)


def test_an_apposition_said_again_is_its_person() -> None:
    new = GAME + '\n\n"I have waited my whole life for that," the 24-year-old guard said.'
    assert added_quotes(new, GAME)["I have waited"] == "Ida Renko"


def test_a_title_with_its_team_is_the_one_the_text_titled_so() -> None:
    new = GAME + (
        '\n\n"I have waited my whole life for that," Renko said.'
        '\n\n"We will be back next year," the Wolves coach said.'
    )
    assert added_quotes(new, GAME)["We will be"] == "Dario Venn"


def test_a_quote_said_longer_with_new_words_is_an_update() -> None:
    old = GAME + '\n\n"The company has had two years to fix this," Venn said.'
    new = old.replace("fix this,", "fix this mess at the depot,")
    kinds = [(c.kind, c.fact) for c in compare(old, new).changes if not c.hidden]
    assert kinds == [("update", "quote")], kinds
    shorter = old.replace("to fix this,", "to fix it,")
    assert not [c for c in compare(old, shorter).changes if not c.hidden]


def test_a_title_with_another_team_is_not_the_one_titled_so() -> None:
    """Only the title word for word: "Comets coach Dario Venn" is not "the Wolves
    coach" (``titles.titled`` alone would take him: a capitalised word opening the
    sentence names no team for it)."""
    other = GAME.replace("Wolves coach Dario Venn", "Comets coach Dario Venn")
    new = other + (
        '\n\n"I have waited my whole life for that," Renko said.'
        '\n\n"We will be back next year," the Wolves coach said.'
    )
    assert added_quotes(new, other)["We will be"] != "Dario Venn"


TRIAL = (
    "KESSLA, Norland (AP) — The trial of a ferry captain accused of sailing drunk opened on "
    "Monday.\n\n"
    "In her opening statement, prosecutor Hanne Dukovic told jurors that two crew members "
    "had seen the captain drinking.\n\n"
    "Brandvold's lawyer, Felix Aranda, said the blood test had been taken hours later.\n\n"
    '"You will hear that the steering failed," Aranda told the jury. "You will hear that it '
    'had failed before."\n\n'
    "The trial continues on Tuesday."
)


def test_a_court_calling_is_the_one_person_the_text_gave_it() -> None:
    new = TRIAL + (
        '\n\n"My client never denied that this was a terrible night," the defense lawyer said.'
        '\n\n"This is not a complicated case," the prosecutor told reporters.'
    )
    got = added_quotes(new, TRIAL)
    assert got["My client never"] == "Felix Aranda"
    assert got["This is not"] == "Hanne Dukovic"


def test_a_count_word_added_to_a_quote_changes_it() -> None:
    new = TRIAL.replace("had failed before.", "had failed before, twice.")
    kinds = [(c.kind, c.fact, c.subject) for c in compare(TRIAL, new).changes if not c.hidden]
    assert kinds == [("update", "quote", "Felix Aranda")], kinds


BREACH = (
    "Kestrel Telecom says hackers stole data of 1.4 million customers\n\n"
    "BRENMOOR, Sept 22 (Reuters) - Kestrel Telecom, Tamberland's largest mobile operator, "
    "said on Monday that hackers had stolen the names and addresses of about 1.4 million "
    "customers.\n\n"
    "The company said in a statement that passwords had not been accessed.\n\n"
    '"We take the security of our customers\' data extremely seriously," the statement said. '
    '"Affected customers will be contacted directly over the next 48 hours."'
)


def test_a_statement_is_its_issuers_named_a_few_sentences_up() -> None:
    """The company was named four sentences before the changed one: read that far back
    when the changed sentence quotes."""
    new = BREACH.replace("directly over", "directly by email over")
    subjects = [c.subject for c in compare(BREACH, new).changes if c.fact == "quote"]
    assert subjects == ["Kestrel Telecom"], subjects


def test_born_before_a_name_is_no_part_of_it() -> None:
    from storydiff.facts.extract import extract
    from storydiff.facts.nlp import load_pipeline

    doc = load_pipeline()("Born Margit Sand in the village of Orrick in 1933, she published.")
    people = [f.value for f in extract(doc, 0, 0).facts if f.kind == "person"]
    assert people == ["Margit Sand"], people


FLOOD = (
    "CORRATH, Sorvia (AP) — Floodwater poured through the old town of Corrath on Sunday.\n\n"
    "Mayor Agnes Vollmer declared a local emergency shortly after dawn.\n\n"
    '"We did everything the engineers told us to do," Vollmer said at a shelter.\n\n'
    "No deaths have been reported. Two firefighters were treated for hypothermia.\n\n"
    "The river was expected to peak late on Sunday. Sandbags ran short by noon.\n\n"
    "Army trucks arrived in the afternoon. Schools will stay closed on Monday.\n\n"
    "Fire chief Ruben Stray said crews had pulled 46 people from flooded houses by boat.\n\n"
    '"He told us he had lived through 1962," Stray said. "He was sitting on his table."'
)


def test_the_mayor_after_the_fire_chief_is_the_mayor_titled_far_back() -> None:
    new = FLOOD + '\n\n"Please stay out of the water," the mayor said.'
    assert added_quotes(new, FLOOD)["Please stay out"] == "Agnes Vollmer"


def test_it_is_the_organisation_the_main_clause_was_about() -> None:
    old = "The Kessla Port Authority opened an inquiry on Monday, officials said."
    new = old + (
        "\n\nThe Kessla Port Authority fined Halden Dairies on Tuesday. "
        '"Our inspectors will remain at the site," it said.'
    )
    assert added_quotes(new, old)["Our inspectors will"] == "Kessla Port Authority"


def test_an_indefinite_or_owned_description_is_no_one_named() -> None:
    old = "Police arrested Dylan Harte, 24, at a bar in Harwell on Saturday night."
    for said in ("a 24-year-old woman who was at the bar said", "the 24-year-old's mother said"):
        new = old + f'\n\n"I heard five shots," {said}.'
        assert added_quotes(new, old)["I heard five"] != "Dylan Harte", said
