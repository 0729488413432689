"""A headline line in title case capitalises every word, so its people and
organisations stand only when the rest of the text names them too (``facts.analysis``);
a headline's count said again after the lead's update pairs with nothing else
(``facts.count_pairs``). Texts and names are fictional; each runs the real facts pass."""

from __future__ import annotations

from storydiff import compare
from storydiff.document import Document
from storydiff.facts.analysis import analyse
from storydiff.text.sentences import split_sentences

_BODY = (
    "Employers in the Marlow area added 4,200 jobs in May, the Marlow Regional Economic "
    "Office said on Friday.\nHealth care led the gains, the office said."
)


def _names(text: str) -> set[tuple[str, str]]:
    body = Document(text=text).text
    sentences = split_sentences(body)
    analysis = analyse(sentences, list(range(len(sentences))), body)
    return {
        (f.kind, f.value)
        for fs in analysis.facts.values()
        for f in fs
        if f.kind in ("person", "organization", "place")
    }


def test_a_title_case_headline_names_no_one_the_body_does_not() -> None:
    names = _names(f"Marlow Hiring Surged in May, but Employers Remain Wary\n{_BODY}")
    assert not {v for k, v in names if k in ("person", "organization") and "Remain" in v}
    assert not {v for k, v in names if "Hiring" in v}
    assert ("organization", "Marlow Regional Economic Office") in names


def test_a_title_case_headline_keeps_a_name_the_body_says() -> None:
    names = _names(f"Tomas Brannock Named Head of Marlow Regional Economic Office\n{_BODY}\n"
                   "Tomas Brannock will start in July, the office said.")  # fmt: skip
    assert ("person", "Tomas Brannock") in names


def test_a_sentence_case_headline_keeps_its_names() -> None:
    names = _names(f"Hiring surges in Marlow as Tomas Brannock takes the helm\n{_BODY}")
    assert ("person", "Tomas Brannock") in names


def test_a_sentence_case_headline_names_nothing_by_its_first_word_alone() -> None:
    """The first word of a headline in sentence case is capitalised by style: a name the
    recogniser builds on it stands only when the body names it too."""
    for head, word in (
        ("Coastal rail line to close for three weeks in Marlow", "Coastal"),
        ("Ex-Brannock FC treasurer goes on trial in Marlow", "Ex-Brannock"),
        ("Regional hiring surges in Marlow as Tomas Brannock takes the helm", "Regional"),
    ):
        names = _names(f"{head}\n{_BODY}")
        assert not {v for _, v in names if v.startswith(word)}, (head, names)


def test_a_headline_count_updated_in_the_lead_pairs_with_no_other_count() -> None:
    old = (
        "Marlow Employers Added About 4,000 Jobs in May\nEmployers in the Marlow area added "
        "about 4,000 jobs in May, the Marlow Regional Economic Office said on Friday."
    )
    new = (
        "Marlow Hiring Surged in May\nEmployers in the Marlow area added 4,200 jobs in May, "
        "the Marlow Regional Economic Office said on Friday.\n"
        "The March figure was revised up, to 1,900 jobs from 1,700."
    )
    counts = {
        (c.kind, c.before_value, c.after_value)
        for c in compare(old, new).changes
        if c.fact == "quantity" and not c.hidden
    }
    assert ("update", "4000", "4200") in counts
    assert ("addition", "", "1900") in counts
    assert not {c for c in counts if c[2] == "1900" and c[0] == "update"}


def test_a_value_updated_in_the_headline_and_the_lead_is_one_update() -> None:
    old = (
        "Norland council passes $412 million budget\nThe Norland City Council on Tuesday "
        "approved a $412 million budget for the year that begins July 1."
    )
    new = (
        "Norland council passes $414 million budget\nThe Norland City Council on Tuesday "
        "approved a $414 million budget for the year that begins July 1."
    )
    money = [c for c in compare(old, new).changes if c.fact == "money"]
    assert [(c.kind, c.before_value, c.after_value) for c in money] == [
        ("update", "412000000", "414000000")
    ]
    assert money[0].old_sentences == [0, 1]
    assert money[0].new_sentences == [0, 1]


def test_the_same_values_of_two_things_stay_two_updates() -> None:
    old = (
        "House prices in Marlow rose 5 percent last year, the land registry said.\n"
        "In neighbouring Dunmore, rents climbed 5 percent."
    )
    new = old.replace("5 percent", "6 percent")
    shares = [c for c in compare(old, new).changes if c.fact == "percent"]
    assert len(shares) == 2


def test_a_title_case_line_below_the_first_is_no_headline() -> None:
    names = _names(
        "Three Marlow residents received bravery awards on Friday.\nHonored:\n"
        "Ana Ruiz, Jens Holt and Mira Okafor\nAll three live on the same street."
    )
    assert ("person", "Mira Okafor") in names


def test_a_headline_person_the_body_names_by_surname_stands() -> None:
    names = _names(
        "Tomas Vell Wins Marlow Mayoral Race After Recount\nIncumbent Vell, 51, kept the "
        "mayoralty by 38 votes after a recount, the election office said on Sunday."
    )
    assert ("person", "Tomas Vell") in names
