"""A surname said alone that the recogniser left untagged is the person the text names
in full (``facts.surnames``), where the word is plainly a name and the sentence's
filters keep names; and whom a pronoun or "the court" stands for as the pass walks
the sentences (``facts.carry``). Texts and names are fictional; each runs the real
facts pass."""

from __future__ import annotations

from storydiff import compare
from storydiff.document import Document
from storydiff.facts.analysis import analyse
from storydiff.facts.nlp import load_pipeline
from storydiff.facts.surnames import lone_surnames
from storydiff.text.sentences import split_sentences

_LEAD = "Coastguard officer Helen Marsh led the search on Monday. "


def _names(text: str) -> list[tuple[str, str]]:
    """(kind, value) of every person, organisation and place fact the pass finds."""
    body = Document(text=text).text
    sentences = split_sentences(body)
    analysis = analyse(sentences, list(range(len(sentences))), body)
    return [
        (f.kind, f.value)
        for fs in analysis.facts.values()
        for f in fs
        if f.kind in ("person", "organization", "place")
    ]


def test_an_untagged_surname_that_speaks_is_the_person_named_in_full() -> None:
    # The model tags nothing in the last sentence; the text also says "rose".
    text = (
        "Ferry captain Delia Rose steered through the storm as the waves rose. "
        "Rose said the crossing was rough."
    )
    assert _names(text).count(("person", "Rose")) == 1


def test_an_untagged_surname_as_the_subject_at_a_sentence_start_is_the_person() -> None:
    text = _LEAD + "Marsh, who has served for twenty years, found the boat at dawn."
    assert ("person", "Marsh") in _names(text)


def test_a_surname_that_is_a_common_word_at_a_sentence_start_is_no_person() -> None:
    # "Young" modifies "people": a word, not Ann Young.
    text = "Keeper Ann Young lit the lamp at dusk. Young people from the village watched."
    assert ("person", "Young") not in _names(text)


def test_a_surname_the_text_also_writes_in_lower_case_is_not_read_at_a_start() -> None:
    # "Hope remains" could be the novelist or the word; the text uses the word.
    text = (
        "Novelist Ada Hope joined the rescue team. Hope remains for the missing crew. "
        "Their families say hope is all they have left."
    )
    assert ("person", "Hope") not in _names(text)


def test_a_surname_after_the_is_no_person() -> None:
    text = _LEAD + "Fog covered the Marsh as the boat drifted."
    assert ("person", "Marsh") not in _names(text)


def test_a_surname_in_a_credit_line_is_no_fact() -> None:
    text = _LEAD + "Reported by Marsh for the Wellsby Post."
    assert _names(text).count(("person", "Marsh")) == 0


def test_a_surname_in_a_byline_is_no_fact() -> None:
    text = _LEAD + "\n\nBy Marsh\n\nThe boat was found at dawn."
    assert ("person", "Marsh") not in _names(text)


def test_a_surname_in_a_contributor_tagline_is_no_fact() -> None:
    for line in ("Marsh contributed reporting from Wellsby.", "— Marsh reported from Wellsby."):
        assert ("person", "Marsh") not in _names(_LEAD + line)


def test_a_name_a_dash_sets_to_sign_off_is_no_fact_but_a_dashed_item_is_the_storys() -> None:
    signed = _LEAD + "\n\n— Ada Marsh In Wellsby, the ferry ran again on Monday."
    assert ("person", "Ada Marsh") not in _names(signed)
    item = _LEAD + "\n\n— Ferry crews in Wellsby rescued 12 people on Monday."
    assert ("place", "Wellsby") in _names(item)
    said = _LEAD + "\n\n— Mayor Ines Calder said the shelters in Wellsby would close."
    assert ("place", "Wellsby") in _names(said)


def test_an_item_a_sign_off_runs_into_keeps_its_facts() -> None:
    """ "— Lorna Vey In November, …": the name is the newsroom's, the item the story's."""
    old = _LEAD + "\n\n— Lorna Vey In November, the agency spent $12 million on roads in Wellsby."
    new = old.replace("$12 million", "$14 million")
    assert ("person", "Lorna Vey") not in _names(old)
    assert ("place", "Wellsby") in _names(old)
    changes = [(c.fact, c.kind) for c in compare(old, new).changes if not c.hidden]
    assert changes == [("money", "update")]


def test_a_name_that_signs_off_elsewhere_signs_off_before_any_opener() -> None:
    signed = _LEAD + (
        "\n\n— Lorna Vey The ferry in Wellsby ran again on Monday."
        "\n\n— Lorna Vey Most of the crews in Wellsby went home."
        "\n\n— Harwell County Some schools in Wellsby will close."
    )
    names = _names(signed)
    assert not [n for kind, n in names if "Vey" in n]
    assert ("place", "Harwell County") in names  # a list item no name signs elsewhere


def test_no_one_named_in_full_no_surname() -> None:
    # "Rose" alone names no one the text named in full.
    text = "The ferry steered through the storm. Rose said the crossing was rough."
    assert ("person", "Rose") not in _names(text)


def test_a_surname_inside_a_run_of_capitalised_words_is_no_person() -> None:
    # The recogniser's tags cleared: the rule alone decides.
    for text in (
        "Rescuers listened to Marsh FM and thanked Marsh all night.",
        "Rescuers praised Little Marsh and thanked Marsh all night.",
    ):
        doc = load_pipeline()(text)
        doc.ents = []
        found = lone_surnames(doc, 0, 0, {"Helen Marsh"}, set())
        assert [(f.value, f.start) for f in found] == [("Marsh", text.rindex("Marsh"))]


def test_a_surname_after_a_title_or_a_leading_conjunction_is_the_person() -> None:
    text = "But Marsh found the boat, and Chief Marsh thanked the crew."
    doc = load_pipeline()(text)
    doc.ents = []
    found = lone_surnames(doc, 0, 0, {"Helen Marsh"}, set())
    assert [f.start for f in found] == [4, text.rindex("Marsh")]


def _speakers(text: str) -> dict[str, str]:
    """A quote's first three words -> its speaker, as the pass reads them."""
    body = Document(text=text).text
    sentences = split_sentences(body)
    analysis = analyse(sentences, list(range(len(sentences))), body)
    return {" ".join(q.text.split()[:3]): q.speaker for qs in analysis.quotes.values() for q in qs}


def test_a_teaser_of_another_story_does_not_change_who_she_is() -> None:
    text = (
        "Harbour master Mary Lee said the sea wall failed on Monday.\n"
        "ALSO READ: Tomas Varek quits as mayor\n"
        "“We saw it coming for years and nobody listened,” she said."
    )
    assert _speakers(text)["We saw it"] == "Mary Lee"


_RULING = (
    "The Supreme Court of Norland upheld the fine on Monday.\n"
    "Orvane Foods had appealed against it in March.\n"
    "“The fine was lawful and fair to all,” the {} said."
)


def test_the_court_is_a_court_named_before_the_last_naming_sentence() -> None:
    assert _speakers(_RULING.format("court"))["The fine was"].startswith("Supreme Court")


def test_it_and_the_company_look_only_at_the_last_naming_sentence() -> None:
    assert _speakers(_RULING.format("company"))["The fine was"] == "Orvane Foods"
    it = _RULING.replace("the {} said", "it said")
    assert _speakers(it)["The fine was"] == "Orvane Foods"


def test_the_court_is_first_one_named_in_the_last_naming_sentence() -> None:
    text = (
        "The Supreme Court of Norland upheld the fine on Monday.\n"
        "The KTC opened its own case against the ferry firm in March.\n"
        "“The case against the firm is now closed,” the court said."
    )
    assert _speakers(text)["The case against"] == "KTC"


def test_an_acronym_named_last_yields_to_an_earlier_name_that_says_the_kind() -> None:
    court = (
        "The Supreme Court of Norland upheld the sanctions on Monday.\n"
        "The EU had asked for the ruling in March.\n"
        "“The sanctions stand in full,” the court said."
    )
    assert _speakers(court)["The sanctions stand"].startswith("Supreme Court")
    ministry = (
        "The Norland Health Ministry reported 30 new deaths on Monday.\n"
        "The WHO sent a team to the port.\n"
        "“The outbreak is under control,” the ministry said."
    )
    assert _speakers(ministry)["The outbreak is"] == "Norland Health Ministry"


def test_the_court_is_a_court_the_recogniser_left_untagged() -> None:
    text = (
        "The High Court blocked the deportations on Monday.\n"
        "Lawyers for the NRCA welcomed the decision.\n"
        "“The order is binding on every agency,” the court said."
    )
    assert _speakers(text)["The order is"] == "High Court"


def test_a_bare_quote_after_a_teaser_follows_on_from_the_quote_before_it() -> None:
    text = (
        "“We will rebuild the sea wall,” harbour master Mary Lee said on Monday.\n\n"
        "ALSO READ: Tomas Varek quits as mayor\n\n"
        "“Nobody will be left behind. Work starts in March.”"
    )
    assert _speakers(text)["Nobody will be"] == "Mary Lee"


def test_a_closing_mark_moved_to_a_sentence_start_hides_no_name() -> None:
    """NewsEdits stores wire copy with a paragraph's closing quotation mark at the start
    of the next sentence ('" Pia Lomardi, 71, was …'); a straight mark there hid the
    name from the recogniser."""
    old = (
        "Lava reached the edge of Castello on Sunday, officials said.\n"
        '"We left with nothing," said Dario Fenzi, a mechanic.'
    )
    new = old + '\n" Pia Lomardi, 71, was driven out of her farmhouse by police in the afternoon.'
    assert [(c.kind, c.after) for c in compare(old, new).changes if c.fact == "person"] == [
        ("addition", "Pia Lomardi")
    ]


def test_an_opening_mark_with_a_space_after_it_is_left_as_written() -> None:
    """A straight mark at a sentence's start that a second mark in the sentence closes
    opens a quote: it is not read as a moved closing mark."""
    old = "Floodwater closed the ring road near Kestrel Bay on Monday, officials said."
    new = old + '\n" Ebbe is next if the wind turns," said resident Nils Orrin.'
    people = [c.after for c in compare(old, new).changes if c.fact == "person"]
    assert people == ["Nils Orrin"]


def test_a_dashed_item_opened_by_a_longer_name_is_no_sign_off() -> None:
    item = _LEAD + "\n\n— Harwell City Council voted 5-2 to close the ferry in Wellsby."
    assert ("organization", "Harwell City Council") in _names(item)
