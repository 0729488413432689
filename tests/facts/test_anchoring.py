"""Claim updates anchored on what both wordings say (``facts.anchoring``), and the
hedge words that say nothing of certainty (``facts.stance``): rules fitted on blind
labels of real rewordings (``bench/claims_mrpc.py``, train part), checked here on
fictional sentences."""

from __future__ import annotations

from storydiff import compare
from storydiff.facts.anchoring import certainty_changed, flip, said_in, stems
from storydiff.facts.claims import word_list
from storydiff.facts.hedges import hedge_positions
from storydiff.facts.stance import hedges_changed


def _claims(old: str, new: str) -> set[tuple[str, str]]:
    return {(c.kind, c.subject) for c in compare(old, new).changes if c.fact == "claim"}


def _words(text: str) -> list[str]:
    return word_list(text)


def _polarity(old: list[str], new: list[str], removed: list[str], inserted: list[str]) -> bool:
    return flip(old, new, removed, inserted) == "polarity"


def test_a_negation_of_a_word_both_say_flips_the_statement() -> None:
    old, new = _words("The men were not seen together."), _words("The men were seen together.")
    assert _polarity(old, new, ["not"], [])


def test_a_negation_of_something_the_other_wording_never_says_flips_nothing() -> None:
    old = _words("The company makes sweets not sold in Norland.")
    new = _words("The company makes sweets unknown to the Norland market.")
    assert not _polarity(old, new, ["not", "sold", "in"], ["unknown", "to", "the"])
    old, new = _words("The vote isn't until March 9."), _words("The vote will be March 9.")
    assert not _polarity(old, new, ["is", "n't", "until"], ["will", "be"])


def test_the_same_negation_said_two_ways_flips_nothing() -> None:
    old = _words("The mayor was criticised for failing to address the flood.")
    new = _words("The mayor was criticised for not addressing the flood.")
    assert not _polarity(old, new, ["failing", "to", "address"], ["not", "addressing"])
    old, new = _words("It cannot be fooled."), _words("It can't be fooled.")
    assert not _polarity(old, new, ["cannot"], ["can", "n't"])


def test_a_verb_swapped_for_its_opposite_flips_only_after_the_same_subject() -> None:
    old, new = _words("The index rose 2 percent."), _words("The index fell 2 percent.")
    assert _polarity(old, new, ["rose"], ["fell"])
    old, new = _words("The loss rose 5 percent."), _words("Revenue fell 5 percent.")
    assert not _polarity(old, new, ["the", "loss", "rose"], ["revenue", "fell"])


def test_a_hedge_on_a_word_both_say_changes_certainty() -> None:
    old, new = _words("The ferry could face a fine."), _words("The ferry faces a fine.")
    assert certainty_changed(old, new, ["could", "face"], ["faces"])
    old = _words("The port is expected to close on Monday.")
    new = _words("The port will close on Monday.")
    assert certainty_changed(old, new, ["is", "expected", "to"], ["will"])


def test_a_hedge_in_a_clause_the_other_wording_lacks_is_no_certainty_change() -> None:
    old = _words("The levee was raised because a storm could flood the quay.")
    new = _words("The levee was raised.")
    removed = _words("because a storm could flood the quay")
    assert not certainty_changed(old, new, removed, [])


def test_will_against_no_hedge_is_tense_not_certainty() -> None:
    assert not hedges_changed(["will", "go"], ["goes"])
    assert hedges_changed(["will", "go"], ["may", "go"])


def test_would_after_a_verb_of_saying_is_reported_will() -> None:
    assert [w for _, w in hedge_positions(_words("he said they would close it"))] == ["will"]
    assert not hedges_changed(_words("said they would close"), _words("plan to close"))


def test_words_that_look_like_hedges_but_say_no_certainty() -> None:
    assert hedge_positions(_words("in the last week of May")) == []
    assert hedge_positions(_words("the vote on May 14")) == []
    assert hedge_positions(_words("the fire has so far burned 200 acres")) == []
    assert [w for _, w in hedge_positions(_words("far more likely"))] == ["far", "likely"]
    assert hedge_positions(_words("the findings appear in a journal")) == []
    assert not hedges_changed(_words("killing its seven crew"), _words("killing all seven crew"))


def test_a_prediction_said_another_way_is_as_sure() -> None:
    assert not hedges_changed(["had", "predicted"], ["expected"])
    assert not hedges_changed(["analysts", "expect"], ["analysts", "expected"])
    assert not hedges_changed(["police", "believe"], ["police", "believed"])
    consensus = _words("The consensus was for earnings of 19 cents a share.")
    expected = _words("Analysts had expected earnings of 19 cents a share.")
    assert not hedges_changed(consensus, expected)
    assert not hedges_changed(_words("its goal is to open"), _words("is expected to open"))
    assert hedges_changed(_words("earnings were 19 cents"), expected)
    reported = _words("He was reported as saying the mayor made a deal.")
    assert not hedges_changed(_words("He reportedly claims the mayor made a deal."), reported)
    assert hedges_changed(_words("He reportedly claims the mayor made a deal."), ["he", "said"])


def test_stems_match_word_forms() -> None:
    assert said_in("faces", stems(["face"])) and said_in("meeting", stems(["meet"]))
    assert said_in("vote", stems(["voting"])) and not said_in("vote", stems(["veto"]))


def test_an_amount_said_again_in_other_units_offers_no_alternatives() -> None:
    old = "Harbour Line shares rose 40 cents, or 2 percent, to $21 on Friday."
    new = "Harbour Line shares rose 40 cents to $21 on Friday."
    assert ("update", "alternatives") not in _claims(old, new)
    old = "The ferry will sail to Brisvale or Kestrel Bay on Monday."
    new = "The ferry will sail to Kestrel Bay on Monday."
    assert ("update", "alternatives") in _claims(old, new)


def test_a_hedged_clause_added_is_a_claim_of_its_own() -> None:
    old = "It is unclear when the harbour master will face trial."
    new = "It is unclear when the harbour master will face trial, but it is expected to take years."
    assert ("addition", "") in _claims(old, new)


def test_failure_negates_only_before_to() -> None:
    old = "He died of heart failure at his home in Kestrel Bay on Monday."
    new = "He died of a heart attack at his home in Kestrel Bay on Monday."
    assert ("update", "polarity") not in _claims(old, new)
    old = "The council was criticised for its failure to repair the quay wall."
    new = "The council was criticised for not repairing the quay wall."
    assert ("update", "polarity") not in _claims(old, new)


def test_hedges_the_month_and_tense_rules_must_not_hide() -> None:
    assert ("update", "certainty") in _claims("This may take years.", "This takes years.")
    old = "Ruiz said the new wall would have saved the harbour."
    assert ("update", "certainty") in _claims(old, "Ruiz said the new wall saved the harbour.")
    old = "The council is likely to approve the budget on Monday."
    new = "The council approved the budget plans on Monday."
    assert ("update", "certainty") in _claims(old, new)


def test_a_pronoun_subject_and_no_one_still_flip() -> None:
    assert ("update", "polarity") in _claims("It rose 3 percent.", "It fell 3 percent.")
    old = "No one was injured in the fire at the quay."
    new = "Two people were injured in the fire at the quay."
    assert ("update", "polarity") in _claims(old, new)


def test_an_amount_after_or_about_offers_no_alternatives() -> None:
    old = "Harbour Line shares rose 5 percent on Friday."
    new = "Harbour Line shares rose $2.88, or about 5 percent, on Friday."
    assert ("update", "alternatives") not in _claims(old, new)


def test_would_in_a_wording_that_ends_with_its_attribution_is_reported_will() -> None:
    said = _words("Passengers would be given a refund, the ferry company said")
    assert [w for _, w in hedge_positions(said)] == ["will"]
    old = "Passengers would be given a refund and a voucher, the ferry company said."
    new = "Passengers on the ferry are to be given a refund and a voucher, the company said."
    assert ("update", "certainty") not in _claims(old, new)
    # The same "would" with no one saying it still hedges.
    assert [w for _, w in hedge_positions(_words("Passengers would be given a refund"))] == [
        "would"
    ]


def test_expected_in_a_comparison_is_no_hedge() -> None:
    assert hedge_positions(_words("sales grew more than analysts had expected")) == []
    assert [w for _, w in hedge_positions(_words("sales are expected to grow"))] == ["expected"]


def test_a_modal_in_what_a_noun_of_chance_says_hedges_nothing_new() -> None:
    assert hedge_positions(_words("raised the odds that the council might cut fares")) == []
    assert [w for _, w in hedge_positions(_words("the council might cut fares"))] == ["might"]
    old = "Analysts said that raised the odds of a fare cut at the council's next meeting."
    new = (
        "Analysts said the figures raised the odds that the council might cut fares at its"
        " next meeting."
    )
    assert ("update", "certainty") not in _claims(old, new)


def test_would_after_estimated_is_as_sure_as_will() -> None:
    # The estimate frames the modal (``_framed``): "would" there hedges no more than
    # "will" does against a side with no other hedge.
    estimated = _words("she estimated it would take a month")
    assert not hedges_changed(estimated, _words("she said it will take a month"))


def test_has_to_is_the_same_obligation_as_must() -> None:
    assert [w for _, w in hedge_positions(_words("the test has to be repeated"))] == ["must"]
    assert not hedges_changed(_words("has to be repeated"), _words("must be repeated"))
    assert hedges_changed(_words("has to be repeated"), _words("is repeated"))


def test_should_before_its_subject_is_a_condition_not_a_hedge() -> None:
    assert hedge_positions(_words("prices may rise should the ferry strike go on")) == [(1, "may")]
    assert [w for _, w in hedge_positions(_words("the ferry should sail"))] == ["should"]
    old = "Fares may rise should the strike at the port go on."
    new = "Fares could rise if the strike at the port goes on."
    assert ("update", "certainty") not in _claims(old, new)


def test_a_modal_in_a_question_hedges_nothing_new() -> None:
    assert hedge_positions(_words("too early to know whether a second storm might come")) == []
    old = "It is too early to know whether a second storm might hit the coast."
    new = "It was still too early to know whether a second storm would hit the coast."
    assert ("update", "certainty") not in _claims(old, new)


def test_widely_says_how_many_not_how_sure() -> None:
    assert hedge_positions(_words("the mayor is widely respected")) == []


def test_nothing_but_is_only_not_a_negation() -> None:
    old = _words("Residents had nothing but praise for the harbour master.")
    new = _words("Residents had warm praise for the harbour master.")
    assert not _polarity(old, new, ["nothing", "but"], ["warm"])
    old = _words("Residents had no praise for the harbour master.")
    assert _polarity(old, new, ["no"], ["warm"])


def test_a_refusal_to_act_negates_as_refusing_does() -> None:
    old = "The row began with the mayor's refusal to attend the hearing unless it was public."
    new = "The row began when the mayor refused to attend the hearing unless it was public."
    assert ("update", "polarity") not in _claims(old, new)


def test_an_initialism_after_or_is_no_alternative() -> None:
    old = "The ruling puts a tariff on memory chips (DRAMs) made by Kestrel Semiconductor."
    new = "The ruling puts a tariff on memory chips, or DRAMS, made by Kestrel Semiconductor."
    assert ("update", "alternatives") not in _claims(old, new)
    old = "The ferry will sail to Brisvale, or Kestrel Bay, on Monday."
    new = "The ferry will sail to Kestrel Bay on Monday."
    assert ("update", "alternatives") in _claims(old, new)
    old = "The recall came from the Home Safety Commission, which said 86 fires began."
    new = "The recall came from the Home Safety Commission, or H.S.C., which said 86 fires began."
    assert ("update", "alternatives") not in _claims(old, new)  # initials with full stops
    old = "The ferry will be run by the port police, or F.B.I. agents, from Monday."
    new = "The ferry will be run by F.B.I. agents from Monday."
    assert ("update", "alternatives") in _claims(old, new)
    old = "Dunmore Rail, or K.T.X., will run the ferry from Monday, the council said."
    new = "Dunmore Rail will run the ferry from Monday, the council said."
    assert ("update", "alternatives") in _claims(old, new)  # not Dunmore Rail's initials
    old = "The Arlen Bar Association, or A.B.A., sought a reprimand or a suspension."
    new = "The Arlen Bar Association, or A.B.A., sought a suspension."
    assert ("update", "alternatives") in _claims(old, new)  # "A." is no alias of "a"


def test_alternatives_reordered_or_amounts_swapped_are_not_narrowed() -> None:
    old = "The other crews said they belonged to another guild or had no guild at all."
    new = "The other crews said they had no guild at all or belonged to another guild."
    assert ("update", "alternatives") not in _claims(old, new)
    old = "Harbour Line shares fell 72 cents, or 3.8 percent, to $18.34 on Monday."
    new = "Harbour Line shares fell 3.8 percent, or 72 cents, to close at $18.34 on Monday."
    assert ("update", "alternatives") not in _claims(old, new)


def test_a_hedge_of_what_is_seen_and_one_of_likelihood_are_as_sure() -> None:
    assert not hedges_changed(["probably"], ["appeared", "to"])
    assert not hedges_changed(["it", "appeared"], ["may", "have"])
    assert hedges_changed(["likely"], ["may"])  # likelihood said weaker still counts
    assert hedges_changed(["appeared", "to"], [])


def test_an_attributive_hedge_goes_with_the_word_it_qualifies() -> None:
    old = _words("Police are investigating the suspected ritual killing of a deckhand.")
    new = _words("Police are investigating the killing of a deckhand.")
    assert not certainty_changed(old, new, ["suspected", "ritual"], [])
    old = _words("Police are investigating the suspected killing of a deckhand.")
    assert certainty_changed(old, new, ["suspected"], [])
    # Before a past participle the hedge bears on the whole statement.
    old = _words("It said the boats were allegedly assigned to Kestrel Marine in 2001.")
    new = _words("The boats passed to Kestrel Marine in 2001 through the trust.")
    removed = ["it", "said", "were", "allegedly", "assigned"]
    assert certainty_changed(old, new, removed, ["passed"])


def test_a_modal_of_a_clause_of_time_is_ability_not_doubt() -> None:
    assert hedge_positions(_words("the men fled before they could take anything")) == []
    assert [w for _, w in hedge_positions(_words("the men could take anything"))] == ["could"]


def test_a_negation_right_before_another_undoes_it() -> None:
    old = _words("Police continue to hold out the possibility that a second boat was involved.")
    new = _words("Police have not ruled out the possibility that a second boat was involved.")
    assert not _polarity(old, new, ["continue", "to", "hold"], ["have", "not", "ruled"])
    old = _words("Police ruled out foul play in the sinking.")
    new = _words("Police have not ruled out foul play in the sinking.")
    assert _polarity(old, new, [], ["have", "not"])


def test_rather_than_negates_what_follows() -> None:
    old = "The board only tried to defend its decision, rather than review the harbour fees."
    new = "The board has refused to review the harbour fees."
    assert ("update", "polarity") not in _claims(old, new)


def test_a_modal_of_a_clause_of_purpose_is_no_doubt() -> None:
    purpose = _words("the pilot was brought to the quay so that a witness could identify him")
    assert hedge_positions(purpose) == []
    consequence = _words("rain fell all night, so the ferry could be cancelled")
    assert [w for _, w in hedge_positions(consequence)] == ["could"]
    old = _words("Rain fell all night, so the ferry could be cancelled.")
    assert hedges_changed(old, _words("Rain fell all night, so the ferry was cancelled."))


def test_should_in_what_is_asked_for_is_no_hedge() -> None:
    asked = _words("the mayor made the suggestion that this year's prize should go to the crews")
    assert hedge_positions(asked) == []
    advice = _words("the mayor said this year's prize should go to the crews")
    assert [w for _, w in hedge_positions(advice)] == ["should"]
    evidence = _words("the trial suggests that the vaccine should protect the crews")
    assert [w for _, w in hedge_positions(evidence)] == ["should"]


def test_may_after_a_day_number_and_before_no_verb_is_the_month() -> None:
    assert hedge_positions(_words("His birth on 4 May is revealed today in the journal.")) == []
    assert [w for _, w in hedge_positions(_words("Of the crew, 20 may face charges"))] == ["may"]
    assert [w for _, w in hedge_positions(_words("40 may in fact have drowned"))] == ["may"]


def test_a_modal_in_what_an_estimate_says_is_as_sure_as_the_estimate() -> None:
    estimated = _words("The mayor estimated that the floods could cost nearly $2 million.")
    assert hedge_positions(estimated) == []
    assert hedge_positions(_words("Officials estimated the floods could cost $2 million.")) == []
    assert not hedges_changed(estimated, _words("Officials estimated the cost at $2 million."))
    assert [w for _, w in hedge_positions(_words("The floods could cost $2 million."))] == ["could"]
    forecast = _words("The forecast said the storm could hit the coast.")
    assert hedges_changed(forecast, _words("The forecast said the storm will hit the coast."))


def test_nor_after_neither_adds_no_negation_but_nor_with_a_clause_does() -> None:
    old = 'The mayor said last month in a statement that "neither I nor my council are to blame.'
    new = "The mayor said in a June statement that she and her council are not to blame."
    assert ("update", "polarity") not in _claims(old, new)
    old = "The mayor did not attend the hearing, nor did she send a deputy."
    new = "The mayor did not attend the hearing, but she did send a deputy."
    assert ("update", "polarity") in _claims(old, new)


def test_can_and_may_are_the_same_leave_or_chance() -> None:
    can = _words("the same list can only be copied up to five times")
    may = _words("the same list may only be copied up to five times")
    assert not hedges_changed(can, may)
    assert hedges_changed(_words("the same list is copied five times"), may)


def test_not_necessarily_weakens_a_statement() -> None:
    old = "The new ferry is larger, so there will not be a queue at the harbour."
    new = "The new ferry is larger, so there won't necessarily be a queue at the harbour."
    assert ("update", "certainty") in _claims(old, new)


def test_a_negation_flipped_on_a_word_said_of_something_else_is_another_statement() -> None:
    old, new = (
        _words("Rell did not attend the March meeting."),
        _words("Rell attended the April meeting."),
    )
    assert flip(old, new, ["did", "not", "attend", "march"], ["attended", "april"]) == "object"
    old = _words("Ostrel has not found work since the yard closed.")
    new = _words("Ostrel found the closure notice taped to the gate.")
    assert (
        flip(old, new, ["has", "not", "found", "work"], ["found", "closure", "notice"]) == "object"
    )
    old = _words("Tessaly did not attend the budget hearing.")
    new = _words("Tessaly attended the zoning hearing.")
    assert flip(old, new, ["did", "not", "attend", "budget"], ["attended", "zoning"]) == "object"
    old, new = _words("Rell did not sign the bill."), _words("Rell signed the amended bill.")
    assert flip(old, new, ["did", "not", "sign"], ["signed", "amended"]) == "polarity"


def test_an_edit_that_flips_a_negation_onto_another_object_is_an_object_update() -> None:
    story = "The council met for six hours on Tuesday. "
    old = story + "Rell did not attend the March meeting. The vote was close."
    new = story + "Rell attended the April meeting. The vote was close."
    assert _claims(old, new) == {("update", "object")}


def test_an_irregular_past_is_its_verbs_word() -> None:
    """ "did not meet the deadline" -> "met the deadline" flips the statement: "met"
    and "meet" share no letters' stem."""
    old, new = _words("The board did not meet the deadline."), _words("The board met the deadline.")
    assert _polarity(old, new, ["did", "not", "meet"], ["met"])
    story = "The council sat for six hours on Tuesday. "
    said = story + "The county board did not meet the deadline. The vote was close."
    again = story + "The county board met the deadline after a long night. The vote was close."
    assert ("update", "polarity") in _claims(said, again)
