"""Speaker rules from the second blind "xl" tuning batch (fictional passages): quotation
marks glued to the words around them, as scraped text has them."""

from __future__ import annotations

from tests.facts.quoting import BASE, added_quotes


def test_a_quote_glued_to_the_next_sentence_is_not_that_sentences() -> None:
    new = BASE + (
        "\nHarbour master Tomas Varek visited the quay after he promised a"
        ' "new deep-water berth."Work began on Monday, according to the Norland Port Agency.'
    )
    assert added_quotes(new)["new deep-water berth."] == "Tomas Varek"


def test_a_speaker_glued_to_the_closing_mark_still_speaks() -> None:
    new = BASE + (
        '\nThe talks stalled in May."We will see. I have a good relationship with'
        ' Eli Strand,"Tomas Varek told reporters at the quay.'
    )
    assert added_quotes(new)["We will see."] == "Tomas Varek"


def test_a_speaker_said_by_initials_is_what_they_stand_for() -> None:
    new = BASE + (
        "\nThe Norland Coast Guard Service (NCGS) closed the harbour on Monday."
        "\n“The water is still rising,” the NCGS said in a statement."
        "\nRep. Ilse Marrow-Okafor visited the quay. “We will rebuild,” IMO told reporters."
    )
    quotes = added_quotes(new)
    assert quotes["The water is"] == "Norland Coast Guard Service"
    assert quotes["We will rebuild"] == "Ilse Marrow-Okafor"


def test_initials_the_text_never_spells_out_stay_as_written() -> None:
    new = BASE + "\n“The water is still rising,” the NCGS said in a statement."
    assert added_quotes(new)["The water is"] == "NCGS"


def test_a_title_with_its_places_adjective_is_the_one_given_it_there() -> None:
    new = BASE + (
        "\nFirst Minister Tomas Varek set out the Norlandic plan in Brisvale on Monday."
        "\n“We were lucky this time,” the Norlandic First Minister said."
        "\nPrime Minister Eli Strand spoke in Kestrel Bay."
        "\n“We will rebuild,” the Irish Prime Minister said."
    )
    quotes = added_quotes(new)
    assert quotes["We were lucky"] == "Tomas Varek"
    assert quotes["We will rebuild"] == "Irish Prime Minister"  # no Irish place by Strand


def test_a_role_from_a_place_is_the_person_named_before() -> None:
    new = BASE + (
        "\nSenator Ana Ruiz spoke at the rally in Brisvale."
        "\n“We will win this seat,” the lawmaker from Texas told the crowd."
        "\nPolice questioned Tomas Varek on Monday."
        "\n“He was calm,” the former officer said."
    )
    quotes = added_quotes(new)
    assert quotes["We will win"] == "Ana Ruiz"
    assert quotes["He was calm"] == "former officer"  # a role no story gives its suspect


def test_a_places_adjective_must_fit_a_place_by_the_title() -> None:
    new = BASE + (
        "\nChancellor Tomas Varek flew to Australia on Monday."
        "\n“We will rebuild,” the Austrian Chancellor said."
    )
    assert added_quotes(new)["We will rebuild"] == "Austrian Chancellor"


def test_initials_that_fit_a_person_by_chance_are_not_theirs() -> None:
    new = BASE + "\nAlan Parker, a lawyer, spoke at the quay.\n“The water is rising,” the CEO said."
    assert added_quotes(new)["The water is"] == "CEO"


def test_a_title_the_parser_took_alone_is_the_name_after_it() -> None:
    new = BASE + (
        "\n“I have no idea what that is,” wrote Maj. Tomas Varek at the harbour base."
        "\n“The game is taking off,” wrote Lieut. Col. Richard Holt at the fort."
    )
    quotes = added_quotes(new)
    assert quotes["I have no"] == "Tomas Varek"
    assert quotes["The game is"] == "Richard Holt"


def test_a_title_given_whole_before_a_name_is_that_person() -> None:
    new = BASE + (
        "\nCongress general secretary Maria Gonzalez visited the family on Monday."
        "\nPeter Hansen, the mayor, spoke next."
        "\n“It is the moral duty of this council,” the Congress general secretary said."
    )
    assert added_quotes(new)["It is the"] == "Maria Gonzalez"


def test_another_with_no_group_named_is_no_one() -> None:
    new = BASE + "\nOne resident said: “We heard a bang.”\n\nAnother added: “We saw the car.”"
    assert added_quotes(new)["We saw the"] == ""


def test_a_quote_goes_on_past_an_adverts_place() -> None:
    new = BASE + (
        "\nResident Ilse Marrow said: “We thought it was fireworks."
        "\n\nAdvertising\n\n“The only thing I can say is that the crews were fast."
    )
    quotes = added_quotes(new)
    assert quotes["The only thing"] == quotes["We thought it"] != ""


def test_a_name_ending_in_a_title_word_is_no_description() -> None:
    new = BASE + (
        "\nThe novel was written by Stephen King. Critics loved it."
        "\n“I write every day,” Stephen King said."
    )
    assert added_quotes(new)["I write every"] == "Stephen King"


def test_a_surname_that_is_a_word_of_some_stays_a_name() -> None:
    new = BASE + "\nHarbour master Anna Most spoke on Monday.\n“We have lost two boats,” Most said."
    assert added_quotes(new)["We have lost"] == "Anna Most"


def test_initials_are_the_end_of_a_longer_name_that_has_them() -> None:
    new = BASE + (
        "\nMembers of the National Union of Journalists (NUJ) marched on Monday."
        "\n“We will not be silenced,” the NUJ said."
    )
    assert added_quotes(new)["We will not"] == "National Union of Journalists"


def test_a_role_qualified_by_a_team_or_a_work_is_the_person_named_last_if_untitled() -> None:
    new = BASE + (
        "\nMara Quill paid tribute to the fishermen on Tuesday."
        "\n“I am thinking of their families this morning,” the Driftwood star wrote on"
        " Instagram."
    )
    assert added_quotes(new)["I am thinking"] == "Mara Quill"
    party = BASE + (
        "\nIlse Marrow visited the flooded quay on Monday."
        "\n“We will rebuild it,” the Norland Labour Party leader said."
    )
    assert added_quotes(party)["We will rebuild"] == "Ilse Marrow"
    coach = BASE + (
        "\nCeltics guard Jay Smith scored 30 points on Monday."
        "\n“He was unstoppable tonight,” the Lakers coach said."
    )
    assert added_quotes(coach)["He was unstoppable"] == "Lakers coach"
    star = BASE + (
        "\nDirector Ana Ruiz praised the cast on Monday.\n“It was a joy,” the Driftwood star said."
    )
    assert added_quotes(star)["It was a"] == "Driftwood star"
    same = BASE + (
        "\nLakers coach Frank Vogel watched on Monday."
        "\n“He was unstoppable tonight,” the Lakers coach said."
    )
    assert added_quotes(same)["He was unstoppable"] == "Frank Vogel"
    mister = same.replace("Lakers coach Frank Vogel", "Mr. Frank Vogel")
    assert added_quotes(mister)["He was unstoppable"] == "Frank Vogel"
    surname = coach.replace(
        "30 points on Monday.", "30 points on Monday.\nSmith also had ten rebounds."
    )
    assert added_quotes(surname)["He was unstoppable"] == "Lakers coach"
    other_coach = BASE + (
        "\n“We defended well,” Celtics coach Brad Stevens said."
        "\n“He was unstoppable tonight,” the Lakers coach said."
    )
    assert added_quotes(other_coach)["He was unstoppable"] == "Lakers coach"
    beside = coach.replace("Celtics guard Jay Smith scored", "Jay Smith, a Celtics guard, scored")
    assert added_quotes(beside)["He was unstoppable"] == "Lakers coach"
    own_coach = coach.replace(
        "Celtics guard Jay Smith scored 30 points", "Frank Vogel, the Lakers coach, watched"
    )
    assert added_quotes(own_coach)["He was unstoppable"] == "Frank Vogel"


def test_the_official_right_after_a_person_spoke_is_that_person() -> None:
    new = BASE + (
        "\nTwo ferries sank at their moorings, harbour agency head Tomas Varek said."
        "\n“We hope the water will fall by Friday,” said the official, who goes by his"
        " surname alone."
    )
    assert added_quotes(new)["We hope the"] == "Tomas Varek"
    after_an_agency = new.replace(
        "harbour agency head Tomas Varek said", "the Norland Port Agency said"
    )
    assert added_quotes(after_an_agency)["We hope the"] != "Norland Port Agency"
    resident = BASE + (
        "\n“We lost everything,” said resident Tom Hale."
        "\n“Repairs will start on Monday,” said the official."
    )
    assert added_quotes(resident)["Repairs will start"] != "Tom Hale"
    mother = BASE + (
        "\n“He was a kind boy,” his mother, Ann Lee, said."
        "\n“The investigation is continuing,” said the spokesman."
    )
    assert added_quotes(mother)["The investigation is"] != "Ann Lee"
    master = BASE + (
        "\n“The quay is closed,” said Tomas Varek, the harbour master."
        "\n“Repairs will start on Monday,” said the official."
    )
    assert added_quotes(master)["Repairs will start"] == "Tomas Varek"
    friend = master.replace("Tomas Varek, the harbour master", "Tom Hale, a friend of the mayor")
    assert added_quotes(friend)["Repairs will start"] != "Tom Hale"
