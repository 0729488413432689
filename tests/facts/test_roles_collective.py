"""A noun of several people said in the singular ("the pair", "the couple") is no
"he" nor "she" (fictional passage): "he said" after "the pair insisted" is the man
named before them."""

from __future__ import annotations

from storydiff.facts.roles import plural_name
from tests.facts.quoting import BASE, added_quotes

PAIR = (
    "\nThe harbour master asked Jon Bell whether the couple had left the island for good."
    "\n“Yes, for now,” Bell said."
    "\nBut the pair insisted they never abandoned the harbour."
    "\n“We simply needed room to breathe,” he said."
)


def test_he_after_the_pair_is_the_man_named_before() -> None:
    assert added_quotes(BASE + PAIR)["We simply needed"] == "Jon Bell"


def test_collective_nouns_are_groups() -> None:
    assert plural_name("The pair") and plural_name("the couple")
    assert not plural_name("Jon Bell")
