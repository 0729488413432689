"""Claims: sentences only one version has, and edits that change what is asserted
(fictional passages)."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.facts.claims import changes_meaning, same_content


def _claims(old: str, new: str) -> list[tuple[str, str]]:
    return [(c.kind, c.subject) for c in compare(old, new).changes if c.fact == "claim"]


def test_a_flipped_negation_is_a_polarity_claim() -> None:
    old = "The harbour master did not confirm that the tanker had lost power near the pier."
    new = "The harbour master confirmed that the tanker had lost power near the pier."
    assert _claims(old, new) == [("update", "polarity")]


def test_a_firmer_or_softer_claim_is_a_certainty_claim() -> None:
    old = "The new ferry may start running between Holloway Ford and Penmarrow in June."
    new = "The new ferry will start running between Holloway Ford and Penmarrow in June."
    assert _claims(old, new) == [("update", "certainty")]


def test_narrowed_alternatives_are_a_claim() -> None:
    old = "The council will close the bridge or the tunnel while the repairs are carried out."
    new = "The council will close the bridge while the repairs are carried out next spring."
    assert ("update", "alternatives") in _claims(old, new)


def test_an_added_sentence_is_a_claim_but_a_reworded_one_is_not() -> None:
    old = "The ferry carried about 300 passengers a day before the floods of last winter."
    new = old + " The crossing will be free for children under twelve during the summer."
    assert _claims(old, new) == [("addition", "")]
    reworded = "The ferry carried 300 or so passengers a day before last winter's floods."
    assert _claims(old, reworded) == []


def test_a_wire_credit_line_and_a_correction_notice_are_no_claims() -> None:
    old = "The ferry carried about 300 passengers a day before the floods of last winter."
    new = old + "\n\n--- Corvina Blyth reported from Holloway Ford and contributed to this report."
    assert _claims(old, new) == []
    notice = old + "\n\nCorrection: An earlier version of this story misstated the fare."
    assert _claims(old, notice) == []


def test_meaning_words() -> None:
    assert changes_meaning("It may rain", "It will rain")
    assert changes_meaning("5 dead", "6 dead")
    assert not changes_meaning("the test", "the tests")
    assert same_content("to try the test", "to try the tests")
    assert not same_content("no time to move the boats", "no time to save the boats")


def test_relative_days_are_read_against_the_publication_date() -> None:
    from datetime import UTC, datetime

    from storydiff import Document

    wednesday = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
    thursday = datetime(2026, 3, 5, 9, 0, tzinfo=UTC)
    old = Document(
        text="The harbour master said yesterday that the tanker had lost power near the pier.",
        published=wednesday,
    )
    same_day = Document(
        text="The harbour master said on Tuesday that the tanker had lost power near the pier.",
        published=thursday,
    )
    other_day = Document(
        text="The harbour master said on Monday that the tanker had lost power near the pier.",
        published=thursday,
    )
    assert not [c for c in compare(old, same_day).changes if c.fact == "date"]
    moved = [c.key() for c in compare(old, other_day).changes if c.fact == "date"]
    assert moved == [("update", "date", "", "tuesday", "monday")]


def test_a_modal_put_into_the_past_or_a_plan_told_as_done_is_no_certainty_claim() -> None:
    old = "Harbour officials say the new ferry will most likely start running in June."
    new = "Harbour officials said the new ferry would most likely start running in June."
    assert _claims(old, new) == []
    old = "Voters in Kestrel Bay will choose one list of candidates for the harbour board."
    new = "Voters in Kestrel Bay chose one list of candidates for the harbour board."
    assert _claims(old, new) == []
    old = "Officials say the new ferry will start running between the two towns in June."
    new = "Officials say the new ferry could start running between the two towns in June."
    assert _claims(old, new) == [("update", "certainty")]


def test_one_negation_for_another_is_no_polarity_claim() -> None:
    old = "The coastguard said that no fishing boat had entered the closed waters on Friday."
    new = "The coastguard said that the two fishing boats had not entered the closed waters."
    assert ("update", "polarity") not in _claims(old, new)
    new = "The coastguard said that the two fishing boats had entered the closed waters."
    assert ("update", "polarity") in _claims(old, new)


def test_page_furniture_and_advice_to_the_reader_are_no_claims() -> None:
    old = "Floodwater closed the ring road around Kestrel Bay on Monday, the port authority said."
    promo = old + "\n\n[Sign up for Harbour Watch, our daily newsletter about the Norland coast.]"
    assert [c.fact for c in compare(old, promo).changes if not c.hidden] == []
    advice = old + "\n\nIf you live near the quay, keep your car on higher ground until Friday."
    assert _claims(old, advice) == []
    news = old + "\n\nThe harbour master told residents near the quay to move their cars."
    assert _claims(old, news) == [("addition", "")]


def test_a_rewritten_lead_is_the_new_lead_not_also_a_removed_one() -> None:
    rest = (
        "\n\nHarbour pilot Maren Ostby said the water rose faster than anyone expected."
        "\n\nThe port authority will meet on Friday to decide when the quay can reopen."
    )
    old = "KESTREL BAY, Norland (MPA) — A storm flooded the harbour overnight, officials said."
    new = (
        "KESTREL BAY, Norland (MPA) — Two fishing boats sank and the quay wall gave way "
        "as a storm swept the harbour before dawn on Tuesday."
    )
    assert _claims(old + rest, new + rest) == [("addition", "")]
    later = rest + "\n\nThe ferry to Penmarrow was cancelled for the rest of the week."
    assert ("removal", "") in _claims(old + later, old + rest)  # not the lead: still a claim


def test_a_hedge_of_the_same_degree_is_no_certainty_claim() -> None:
    old = "The harbour board is likely to approve the new quay before the winter storms."
    same = "The harbour board is expected to approve the new quay before the winter storms."
    assert _claims(old, same) == []
    weaker = "The harbour board may approve the new quay before the winter storms arrive."
    assert _claims(old, weaker) == [("update", "certainty")]


def test_the_words_a_correction_notice_corrects_are_a_claim_correction_not_rewording() -> None:
    from storydiff import compare

    base = (
        "KESTREL BAY, Norland (MPA) -- The port court ruled 6-2 that the quay belongs to the "
        "city.\nJudge Aldric Venn wrote the dissent, saying the city had waited too long."
        "\nThe harbour master welcomed the ruling."
    )
    new = base.replace("wrote the dissent", "wrote the majority opinion") + (
        "\n--- This story has been corrected to show that Judge Venn wrote the majority opinion."
    )
    shown = [(c.kind, c.fact) for c in compare(base, new).changes if not c.hidden]
    assert ("correction", "claim") in shown
    unnamed = base.replace("waited too long", "waited too long to act") + (
        "\n--- This story has been corrected to show that Judge Venn wrote the dissent."
    )
    assert ("correction", "claim") not in [(c.kind, c.fact) for c in compare(base, unnamed).changes]


def test_stopping_short_of_something_and_doing_it_are_opposite_claims() -> None:
    from storydiff import compare

    base = (
        "KESTREL BAY, Norland (MPA) -- The mayor met the pilots on Monday."
        "\nIn the interview, Mayor Tomas Varek stopped short of apologizing for the delay."
        "\nThe harbour reopened."
    )
    new = base.replace("stopped short of apologizing", "apologized")
    changes = [(c.kind, c.fact, c.subject) for c in compare(base, new).changes]
    assert ("update", "claim", "polarity") in changes
    ruled = base.replace("stopped short of apologizing", "ruled out apologizing")
    assert ("update", "claim", "polarity") not in [
        (c.kind, c.fact, c.subject) for c in compare(base, ruled).changes
    ]


_STORY = [
    "PENMARROW — The ferry between Holloway Ford and Penmarrow resumed service on Tuesday.",
    "The crossing had been closed for six weeks after the winter floods damaged the pier.",
    "Harbour officials said the repairs cost the town about 40,000 pounds in all.",
    "Local traders said the closure had cut their takings by half since January.",
    "The council plans a second pier on the north bank of the river next year.",
]
_BOX = [
    "Updated June 3, 2031 The river authority publishes flood warnings for every crossing.",
    "If you travel by ferry, check the warning board at the Penmarrow slipway first.",
    "Children under twelve ride for free on weekdays during the school holidays.",
]


def test_a_dated_box_for_the_reader_set_into_the_story_is_no_change() -> None:
    old = "\n\n".join(_STORY)
    new = "\n\n".join([*_STORY[:3], " ".join(_BOX), *_STORY[3:]])
    c = compare(old, new)
    assert [x for x in c.changes if not x.hidden] == []
    assert any("dated box of 3 sentence(s)" in n for n in c.notes)


def test_a_dated_paragraph_of_news_is_still_news() -> None:
    """Without words to the reader, a stamped run of new sentences is the story's."""
    old = "\n\n".join(_STORY)
    news = [_BOX[0], "Children under twelve ride for free on weekdays during the holidays."]
    new = "\n\n".join([*_STORY[:3], " ".join(news), *_STORY[3:]])
    assert ("addition", "") in _claims(old, new)


def test_alternatives_said_another_way_are_no_narrowing() -> None:
    old = "The ministry may hand the inquiry to another regional prosecutor or another office."
    new = "The ministry may hand the inquiry elsewhere, officials at the ministry said."
    assert ("update", "alternatives") not in _claims(old, new)
    dotted = "The ministry may now hand the inquiry to another U.S. attorney or another office."
    elsewhere = "The ministry may now hand the inquiry elsewhere."
    assert _claims(dotted, elsewhere) == []  # edits apart only by "." are one edit
    cut = "The ministry may hand the inquiry to another regional prosecutor."
    assert ("update", "alternatives") in _claims(old, cut)


def test_a_sentence_reworded_with_its_meaning_kept_is_no_claim() -> None:
    head = (
        "The harbour board met on Tuesday in Penmarrow to discuss the ferry crossing. "
        "Members heard from traders and pilots for two hours. "
    )
    tail = " The next meeting of the board is planned for the autumn, a spokeswoman said."
    old = head + "The board also called for the appointment of a senior executive to oversee"
    old += " the harbour reforms." + tail
    kept = head + "Members backed a suggestion that a senior executive be tasked with making"
    kept += " sure the harbour reforms happen." + tail
    assert _claims(old, kept) == []
    flipped = kept.replace("backed", "rejected").replace("reforms happen", "reforms never happen")
    assert ("addition", "") in _claims(old, flipped)


def test_word_forms_share_a_stem() -> None:
    from storydiff.facts.claims import stem

    assert stem("voting") == stem("vote")
    assert stem("elections") == stem("election")
    assert stem("harbour") != stem("harvest")


_PIER = (
    "The harbour board said on Monday that the old ferry pier would stay closed until the "
    "storm damage to its wooden pilings was repaired.\n"
    "Divers began work at dawn on Tuesday, and the first boats are due back in Penmarrow "
    "next month."
)


def test_a_sentence_saying_again_what_the_other_version_says_is_no_claim() -> None:
    again = "The pier will stay closed until the damaged pilings are repaired, the board said."
    assert _claims(_PIER, _PIER + "\n" + again) == []
    assert _claims(_PIER + "\n" + again, _PIER) == []
    denied = again.replace("will stay", "will not stay")
    assert _claims(_PIER, _PIER + "\n" + denied) == [("addition", "")]
    dated = "The pier will stay closed until the damaged pilings are repaired in 2027."
    assert _claims(_PIER, _PIER + "\n" + dated) == [("addition", "")]


def test_sentences_added_in_one_paragraph_are_one_claim() -> None:
    old = (
        "The harbour board closed the old ferry pier on Monday after the storm.\n"
        "Divers began work at dawn, and the first boats are due back next month."
    )
    added = (
        "Fishermen moved their boats to the shelter of the inner basin overnight. "
        "The crews slept aboard to guard their nets from the waves."
    )
    first, rest = old.split("\n")
    claims = [c for c in compare(old, f"{first}\n{added}\n{rest}").changes if c.fact == "claim"]
    assert [(c.kind, c.new_sentences) for c in claims] == [("addition", [1, 2])]
    assert claims[0].after == added
    apart = added.replace("overnight. ", "overnight.\n")  # wire copy: a line per paragraph
    assert _claims(old, f"{first}\n{apart}\n{rest}") == [("addition", ""), ("addition", "")]


def test_a_clause_added_to_a_sentence_is_an_added_claim() -> None:
    base = "The harbour board met in Penmarrow on Tuesday.\n"
    old = base + "It is unclear when the old ferry pier will reopen to the public."
    new = old.rstrip(".") + ", but the work is expected to take several months."
    added = [(c.kind, c.after) for c in compare(old, new).changes if c.fact == "claim"]
    assert added == [("addition", "but the work is expected to take several months")]
    cut = [(c.kind, c.before) for c in compare(new, old).changes if c.fact == "claim"]
    assert cut == [("removal", "but the work is expected to take several months")]
    hedged = base + "Officials said the pilings appear to be damaged beyond repair."
    firmer = base + "Officials said the pilings are damaged beyond repair."
    assert _claims(hedged, firmer) == [("update", "certainty")]


def test_a_restatement_is_read_against_the_clauses_that_say_it() -> None:
    base = "The harbour board met in Penmarrow on Tuesday to discuss the storm damage.\n"
    old = base + (
        "But the Monday inspection may have found at least one cracked piling, which would "
        "close the pier for weeks, engineers said."
    )
    again = "The inspection on Monday may also have turned up at least one cracked piling."
    assert _claims(old, old + "\n" + again) == []  # "would close" is another clause's
    unsure = base + "Engineers said they did not know whether the pilings of the pier were cracked."
    sure = "The pilings of the pier were cracked, the engineers said."
    assert _claims(unsure, unsure + "\n" + sure) == [("addition", "")]


def test_a_negation_or_a_quoted_name_is_no_alternative() -> None:
    alternatives = ("update", "alternatives")
    crew = "Officials said the leak posed no danger to the crew."
    nor_station = "Officials said the leak posed no danger to the crew or the pumping station."
    assert alternatives not in _claims(nor_station, crew)
    listed = "No injuries, deaths or damage were reported on the island."
    assert alternatives not in _claims(listed, "No injuries were reported on the island.")
    tickets = "No tickets (or refunds) will be issued for the match."
    assert alternatives not in _claims(tickets, "No tickets will be issued for the match.")
    no_address = "A man who had no fixed address, police said, fled by car or on foot."
    by_car = "A man who had no fixed address, police said, fled by car."
    assert alternatives in _claims(no_address, by_car)
    both = "The bridge and the tunnel will close for repairs in March."
    assert alternatives in _claims(
        "The bridge or the tunnel will close for repairs in March.", both
    )
    quoted = 'The port will open 12 berths, or "Blue Bays," later this summer.'
    assert alternatives not in _claims(quoted, "The port will open 12 berths later this summer.")
    ballot = 'Voters will be asked to tick "Stay", or "Go", on the ballot.'
    assert alternatives in _claims(ballot, 'Voters will be asked to tick "Go" on the ballot.')
    choice = "The ferry will sail to Brisvale or to Kestrel Bay on Monday."
    assert alternatives in _claims(choice, "The ferry will sail to Kestrel Bay on Monday.")


def test_a_new_lead_under_the_same_dateline_is_a_claim() -> None:
    """The dateline opens every lead of a wire story: it makes no two leads rewordings
    of each other."""
    rest = "\n\nShares rose 3% in early trading.\n\nThe offer was first made in May."
    old = "Brantwick rejects bid\n\nMARLOW, Norland — The company met on Tuesday." + rest
    new = (
        "Brantwick rejects bid\n\nMARLOW, Norland — Brantwick Foods said on Tuesday that its "
        "board had rejected a raised takeover offer." + rest
    )
    assert _claims(old, new) == [("addition", "")]


def test_an_added_sentence_that_tells_a_new_event_is_no_restatement() -> None:
    """ "The board approved the offer" says again most words of "The board will meet
    to consider the offer", not its news."""
    lead = (
        "DORNVILLE — The board of Halvern Mining will meet on Friday to consider an offer "
        "from rival Petrak Resources, the company said on Monday."
    )
    rest = "\n\nHalvern shares rose 9 percent.\n\nPetrak first approached Halvern in January."
    old = lead + rest
    new = lead + rest + "\n\nThe board approved the offer on Friday, the company said."
    assert _claims(old, new) == [("addition", "")]
    again = lead + rest + "\n\nThe board will consider the offer on Friday, the company said."
    assert _claims(old, again) == []


def test_a_paragraph_that_opens_with_a_correction_is_the_notice_however_long() -> None:
    story = (
        "The Tessaly Parliament passed the media law on Tuesday.\n\n"
        "Hanna Sorel, the speaker of Parliament, called it overdue.\n\n"
        "Critics said it would chill reporting.\n\n"
    )
    notice = (
        "Correction: An earlier version of this article misstated the title of Hanna Sorel. "
        "She is the deputy speaker of Parliament, not the speaker. The article also "
        "misstated the year the law was drafted. It was 2012, not 2014."
    )
    new = story.replace("the speaker", "the deputy speaker") + notice
    assert ("addition", "") not in _claims(story, new)


@pytest.mark.parametrize(
    ("said", "again"),
    [
        # the event told another way: a noun, a phrasal verb
        ("The board's approval of the offer came on Friday, the company said.",
         "The board approved the offer on Friday, the company said."),
        ("Mayor Ana Roe stepped down on Friday over the harbour budget.",
         "Mayor Ana Roe resigned on Friday over the harbour budget."),
        # an adjective or a relative clause is no event the sentence tells
        ("The jailed opposition leader Tomas Reyk will appeal on Monday, his lawyer said.",
         "The jailed opposition leader Tomas Reyk will appeal on Monday, his lawyer told us."),
    ],
)  # fmt: skip
def test_a_restatement_that_tells_no_new_event_stays_hidden(said: str, again: str) -> None:
    rest = "\n\nHalvern shares rose 9 percent.\n\nPetrak first approached Halvern in January."
    lead = "DORNVILLE — Halvern Mining weighed an offer from Petrak Resources on Monday."
    old = lead + "\n\n" + said + rest
    new = lead + rest + "\n\n" + again
    assert ("addition", "") not in _claims(old, new)


def test_a_sentence_said_again_in_other_words_hides_its_partner_too() -> None:
    """The added "Vask is due back in court Jan. 12." says again all that "Vask's next court date
    is Jan. 12." says; the removed one is no claim either."""
    lead = "Petr Vask, 29, is charged with arson in the Oct. 30 fire at the chapel.\n\n"
    old = lead + "Vask's next court date is Jan. 12.\n\nThe chapel reopened on Sunday."
    new = lead + "Vask is due back in court Jan. 12.\n\nThe chapel reopened on Sunday."
    assert [c for c in compare(old, new).changes if c.fact == "claim" and not c.hidden] == []
    more = new.replace("Jan. 12.", "Jan. 12, when prosecutors will ask that he be held in jail.")
    added = [c.kind for c in compare(old, more).changes if c.fact == "claim" and not c.hidden]
    assert "addition" in added  # it tells something new: shown
