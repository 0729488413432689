"""Who is quoted or cited, as the blind real labels list it (fictional passages): one
quotation is one change however many sentences it holds, a source is someone the other
version never names, and an organisation's "said" in a new sentence is the claim's."""

from __future__ import annotations

from storydiff import Comparison, compare

BASE = (
    "Floodwater closed the ring road around Kestrel Bay on Monday, the port authority said.\n\n"
    "Harbour pilot Maren Ostby said the water rose faster than anyone had expected."
)


def _shown(comparison: Comparison, fact: str) -> list[tuple[str, str]]:
    return [(c.kind, c.subject) for c in comparison.changes if c.fact == fact and not c.hidden]


def test_a_quotation_over_several_sentences_is_one_quote_change() -> None:
    new = BASE + (
        '\n\n"We lost two boats in an hour. Nobody warned the crews. We will rebuild," '
        "said Tomas Varek, a fisherman."
    )
    quotes = [c for c in compare(BASE, new).changes if c.fact == "quote"]
    assert len(quotes) == 1
    assert quotes[0].subject == "Tomas Varek"
    assert quotes[0].after is not None and "Nobody warned" in quotes[0].after
    assert "We will rebuild" in quotes[0].after


def test_a_quotation_its_attribution_breaks_is_one_quote_change() -> None:
    for new in (
        BASE + '\n\n"We lost two boats in an hour," said Tomas Varek, a fisherman. '
        '"Nobody warned the crews about the surge."',
        BASE + '\n\n"We lost two boats in an hour," Tomas Varek said, "and nobody warned us."',
    ):
        quotes = [c for c in compare(BASE, new).changes if c.fact == "quote"]
        assert [(q.subject, (q.after or "").split(" … ")[0]) for q in quotes] == [
            ("Tomas Varek", "We lost two boats in an hour")
        ]
        assert " … " in (quotes[0].after or "")
    # another paragraph, or narration longer than an attribution between: two quotes
    apart = BASE + (
        '\n\n"We lost two boats in an hour," said Tomas Varek, a fisherman who has worked '
        "the bay for thirty years and whose father and grandfather fished it before him "
        'through every winter storm. "Nobody warned the crews about the surge."'
    )
    assert len(_shown(compare(BASE, apart), "quote")) == 2
    # a name in quotation marks inside narration goes on with no quotation
    named = BASE + '\n\n"We will rebuild," said Tomas Varek. "Operation Dry Feet" starts Monday.'
    assert len(_shown(compare(BASE, named), "quote")) == 2


def test_two_quotations_in_a_row_stay_two_changes() -> None:
    new = BASE + (
        '\n\n"We lost two boats in an hour," said Tomas Varek, a fisherman. '
        '"Nobody warned the crews about the surge," he added.'
    )
    assert len(_shown(compare(BASE, new), "quote")) == 2


def test_a_source_is_someone_the_other_version_never_names() -> None:
    named_before = BASE + (
        '\n\n"The water came over the quay wall within minutes," Ostby said on Tuesday.'
    )
    assert _shown(compare(BASE, named_before), "source") == []
    assert _shown(compare(BASE, named_before), "quote") == [("addition", "Maren Ostby")]
    new_voice = BASE + (
        '\n\n"The water came over the quay wall within minutes," said Tomas Varek, a fisherman.'
    )
    assert _shown(compare(BASE, new_voice), "source") == [("addition", "Tomas Varek")]


def test_an_organisation_saying_a_new_sentence_is_no_attribution_but_a_citation_is() -> None:
    said = BASE + "\n\nThe coastguard said two fishing boats sank near the northern breakwater."
    assert _shown(compare(BASE, said), "attribution") == []
    assert ("addition", "") in _shown(compare(BASE, said), "claim")
    cited = BASE + (
        "\n\nTwo fishing boats sank near the northern breakwater, according to the Norland "
        "Coastguard."
    )
    assert [c.after for c in compare(BASE, cited).changes if c.fact == "attribution"] == [
        "according to Norland Coastguard"
    ]


def test_a_percent_sign_for_the_word_is_the_same_quote() -> None:
    from storydiff.facts.names import norm

    assert norm("Bookings just hit 50%, higher") == norm("Bookings just hit 50 percent, higher")
    assert norm("50%") != norm("50")


def _speakers(old: str, new: str) -> list[str]:
    return [c.subject for c in compare(old, new).changes if c.fact == "quote"]


def test_a_document_speaks_for_its_author_and_a_relative_clause_for_its_noun() -> None:
    written = BASE + (
        "\n\nThe harbour report, written by engineer Ilse Marrow, called the quay wall "
        '"a disaster waiting to happen for years."'
    )
    assert _speakers(BASE, written) == ["Ilse Marrow"]
    lawsuit = BASE + (
        "\n\nOstby said the fishermen filed the lawsuit last week, which says "
        'the authority was "covering up the damage to the quay wall for years."'
    )
    assert _speakers(BASE, lawsuit) == ["lawsuit"]


def test_who_denied_or_recommended_something_speaks_on() -> None:
    denied = BASE + (
        "\n\nIn a statement, a spokesman for Telvane Shipping denied any wrongdoing. "
        'He said the company had "followed every rule the port has ever written."'
    )
    # not Maren Ostby, named before
    assert _speakers(BASE, denied) == ["a spokesman for Telvane Shipping"]
    recommended = BASE + (
        "\n\nThe inspector, Pieter Brandt, recommended that the quay be rebuilt so it "
        '"can stand a storm like this one for fifty years."'
    )
    assert _speakers(BASE, recommended) == ["Pieter Brandt"]


def test_a_quote_cut_shorter_is_rewording_and_another_quote_is_not_an_edit() -> None:
    old = BASE + (
        '\n\nOstby said "I think the quay wall is in a bad state after the storm," on Tuesday.'
    )
    cut = BASE + '\n\nOstby said the quay wall "is in a bad state after the storm," on Tuesday.'
    assert [(c.kind, c.fact) for c in compare(old, cut).changes if c.fact == "quote"] == [
        ("rewording", "quote")
    ]
    other = BASE + (
        '\n\nOstby said "nobody has paid for the repairs since the harbour closed," on Tuesday.'
    )
    kinds = sorted(c.kind for c in compare(old, other).changes if c.fact == "quote")
    assert kinds == ["addition", "removal"]


def test_the_wire_s_own_interview_is_no_citation() -> None:
    old = "KESTREL BAY, Norland (AP) — Floodwater closed the ring road on Monday, police said."
    own = (
        old + "\n\nThe harbour master told The Associated Press that two boats were lost overnight."
    )
    other = old + "\n\nThe harbour master told Reuters that two fishing boats were lost overnight."
    assert _shown(compare(old, own), "attribution") == []
    assert [c.after for c in compare(old, other).changes if c.fact == "attribution"] == [
        "told Reuters"
    ]


def test_a_statement_credited_to_someone_else_is_an_attribution_update() -> None:
    old = BASE + "\n\nThe surge reached the quay at noon, harbour master Tomas Varek said."
    new = BASE + "\n\nThe surge reached the quay at noon, according to the Kestrel Gazette."
    updates = [(c.before, c.after) for c in compare(old, new).changes if c.fact == "attribution"]
    assert updates == [("Tomas Varek said", "according to Kestrel Gazette")]
    police = BASE + "\n\nThree boats sank near the breakwater, police said."
    officials = BASE + "\n\nThree boats sank near the breakwater, officials said."
    assert [c.kind for c in compare(police, officials).changes if c.fact == "attribution"] == [
        "update"
    ]
    spokesman = BASE + "\n\nThree boats sank near the breakwater, a port spokesman said."
    told = BASE + "\n\nThree boats sank near the breakwater, a port spokesman told MPA."
    assert [c.kind for c in compare(spokesman, told).changes if c.fact == "attribution"] == [
        "addition"
    ]


def _attributions(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (c.kind, c.before, c.after)
        for c in compare(old, new).changes
        if c.fact == "attribution" and not c.hidden
    ]


def test_the_outlet_a_new_quote_was_given_to_is_part_of_the_quote_change() -> None:
    new = BASE + (
        '\n\n"We lost two boats in an hour," Tomas Varek, a fisherman, told Harbour Radio.'
    )
    assert _attributions(BASE, new) == []
    assert [c.subject for c in compare(BASE, new).changes if c.fact == "quote"] == ["Tomas Varek"]
    unquoted = BASE + "\n\nTwo boats sank in an hour, Tomas Varek told Harbour Radio."
    assert [a for _, _, a in _attributions(BASE, unquoted)] == ["told Harbour Radio"]


def test_a_ruling_that_says_what_the_court_said_is_no_new_source() -> None:
    old = (
        "The Norland Supreme Court says the harbour tax was raised in breach of the law.\n\n"
        "Fishermen had challenged the tax for two years."
    )
    new = (
        "The 5-2 ruling said the harbour tax was raised in breach of the law.\n\n"
        "Fishermen had challenged the tax for two years."
    )
    assert all("ruling" not in (a or "") for _, _, a in _attributions(old, new))


def test_a_source_without_a_name_written_another_way_is_no_change() -> None:
    old = BASE + (
        "\n\nInvestigators spoke to more than 200 pilots, according to the law firm's "
        "recommendations."
    )
    new = BASE + (
        "\n\nThe port hired a law firm in March. Its law firm's detailed recommendations "
        "were published on Tuesday."
    )
    assert all(b is None or "recommendations" not in b for _, b, _ in _attributions(old, new))


def test_reported_by_an_outlet_is_a_citation() -> None:
    new = BASE + "\n\nThe closure was first reported by the Kestrel Bay Gazette."
    assert [a for _, _, a in _attributions(BASE, new)] == ["reported by Kestrel Bay Gazette"]


def test_an_unnamed_group_s_say_dropped_with_its_sentence_is_an_attribution() -> None:
    hedged = BASE + (
        "\n\nSome harbour engineers say the old wall may have been weakened by the storm."
    )
    shown = [(c.kind, c.before) for c in compare(hedged, BASE).changes if c.fact == "attribution"]
    assert shown == [("removal", "Some harbour engineers say")]
    officials = hedged.replace("Some harbour engineers say", "Harbour engineers say")
    assert not [c for c in compare(officials, BASE).changes if c.fact == "attribution"]
