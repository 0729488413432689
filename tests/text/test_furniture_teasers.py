"""Teasers of other stories set into an article (fictional texts): a line that is a
teaser label and a headline ("ALSO READ : …", "READ MORE: …", "Also Read | …") is page
furniture, not a sentence of the story; a teaser the page ran into the story's next
sentence ends where that sentence's quotation opens."""

from __future__ import annotations

import pytest

from storydiff import compare
from storydiff.text.furniture import is_promotion, teaser_end
from storydiff.text.sentences import split_sentences


@pytest.mark.parametrize(
    "line",
    [
        "ALSO READ : Tomas Varek named new mayor of Kestrel Bay",
        "ALSO READ: Tomas Varek named new mayor of Kestrel Bay",
        "READ MORE: Harbour fees to double next spring, council says",
        "Also Read | Ferry strike called off after late talks",
        "RELATED: Storm damage bill tops estimates",
        "See also: How the sea wall was built",
        "Don’t miss: Ten walks along the Kestrel coast",
    ],
)
def test_a_teaser_line_is_page_furniture(line: str) -> None:
    assert is_promotion(line)
    assert teaser_end(line) == len(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "Read more about the plan in the council's report.",
        "The mayor said related: issues would wait.",
        "ALSO READ : Tomas Varek named mayor “We will rebuild the sea wall,” he said.",
        "READ MORE: " + " ".join(["word"] * 30),
    ],
)
def test_prose_or_a_teaser_with_story_run_in_is_no_furniture(sentence: str) -> None:
    assert not is_promotion(sentence)


def test_a_run_in_teaser_ends_where_the_story_quote_opens() -> None:
    s = "ALSO READ : Tomas Varek named mayor “We will rebuild the sea wall,” he said."
    assert s[teaser_end(s) :].startswith("“We will rebuild")
    assert teaser_end("The mayor said: “We will rebuild.”") == 0


def test_a_teaser_line_states_none_of_the_story_facts() -> None:
    base = "Floodwater closed the ring road around Kestrel Bay on Monday, the port authority said."
    new = (
        base
        + "\nHarbour master Aldric Venn inspected the sea wall on Tuesday."
        + "\nALSO READ: Tomas Varek named new mayor of Kestrel Bay"
        + "\nThe wall will be repaired by spring, the harbour master said."
    )
    told = [(c.fact, c.after or "") for c in compare(base, new).changes]
    assert not [t for t in told if "Varek" in t[1] or "ALSO READ" in t[1]], told


def test_a_run_in_teaser_is_its_own_sentence() -> None:
    text = (
        "The sea wall failed on Monday.\n\nALSO READ : Tomas Varek named mayor “We will "
        "rebuild the sea wall,” she said."
    )
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[1:] == [
        "ALSO READ : Tomas Varek named mayor",
        "“We will rebuild the sea wall,” she said.",
    ]
    assert is_promotion(sentences[1])


def test_a_quoted_phrase_in_a_teaser_headline_is_part_of_it() -> None:
    line = "ALSO READ: Minister Tomas Varek promises “no new taxes for five years” in budget"
    assert teaser_end(line) == len(line)
    assert is_promotion(line)
    text = "The sea wall failed on Monday.\n\n" + line + "\n\n“The work starts in March,” she said."
    assert [s.text for s in split_sentences(text)][1] == line
    # the story resumes with a quotation that ends a sentence or a speech verb follows
    run_in = "READ MORE: Mayor quits “We will rebuild” she said on Monday."
    assert run_in[teaser_end(run_in) :].startswith("“We will rebuild”")


def test_a_story_sentence_run_into_a_teaser_headline_is_the_storys() -> None:
    text = (
        "Storms hit the coast on Monday.\n\nREAD MORE: Mayor quits over harbour plan The "
        "council will vote on 40 new homes in March."
    )
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[1:] == [
        "READ MORE: Mayor quits over harbour plan",
        "The council will vote on 40 new homes in March.",
    ]
    assert is_promotion(sentences[1])
    assert not is_promotion(sentences[2])
    # a headline without a closing full stop is not searched for a story sentence
    line = "READ MORE: Talks in The Hague end without a deal"
    assert teaser_end(line) == len(line)


def test_a_capitalised_word_inside_a_headline_is_no_run_in_story_sentence() -> None:
    # "in The Hague" goes on with a name, "Over The Harbour" inside a Title Case headline
    hague = "ALSO READ: Talks in The Hague end without a deal."
    assert teaser_end(hague) == len(hague)
    title = "READ MORE: Kestrel Mayor Quits In Protest At Harbour Plan."
    assert teaser_end(title) == len(title)
    run_in = "READ MORE: Kestrel Mayor Quits Over The Harbour Plan The council will vote in March."
    assert run_in[teaser_end(run_in) :] == "The council will vote in March."


def test_a_run_in_story_sentence_follows_a_headline_of_at_most_teaser_words() -> None:
    long = "READ MORE: " + " ".join(["word"] * 30) + " The council will vote in March."
    assert teaser_end(long) == 0
    assert not is_promotion(long)


def test_a_story_quotation_is_sought_only_so_far_past_the_label() -> None:
    # the scan is bounded: a quotation longer than the bound is not sought, so a line
    # of thousands of unclosed marks is read once, not once per mark
    endless = "READ MORE: Mayor quits “" + "we will rebuild " * 200 + ",” he said."
    assert teaser_end(endless) == 0
    marks = "READ MORE: " + " ".join(["“harbour"] * 5000)
    assert teaser_end(marks) == 0
    assert not is_promotion(marks)
    short = "READ MORE: Mayor quits “We will rebuild,” he said."
    assert short[teaser_end(short) :].startswith("“We will")


def test_a_sentence_asked_again_gets_its_own_answer() -> None:
    # diff.order and facts.carry ask the same sentences; a kept answer is the text's own
    promo = "Follow the Kestrel Bay Gazette on Twitter for the harbour news."
    story = "The Kestrel Bay Gazette said the harbour reopened on Twitter's advice."
    asked = [promo, story, promo, story]
    assert [is_promotion(t) for t in asked] == [True, False, True, False]


def test_an_adverts_place_alone_is_furniture() -> None:
    for line in ("Advertisement", "ADVERTISING", "Advert", "Sponsored content"):
        assert is_promotion(line), line
    assert not is_promotion("Advertising standards are strict.")
