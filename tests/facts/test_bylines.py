"""A reporter added to the byline, or dropped from it, is a change; the same names
written another way are none."""

from __future__ import annotations

from pathlib import Path

from storydiff import Document, compare, load
from storydiff.facts.bylines import byline_changes, names, text_byline

TEXT = (
    "KESSLA, Norland (NC) -- A passenger ferry ran aground near Kessla harbour on Monday, "
    "and coastguard crews rescued 40 passengers, officials said."
)


def test_names_of_a_byline() -> None:
    assert list(names("By Ana Brannock, Piet Dunmore and Mara Kessla").values()) == [
        "Ana Brannock", "Piet Dunmore", "Mara Kessla",
    ]  # fmt: skip
    assert names("Ana Brannock; ana  brannock") == {"ana brannock": "Ana Brannock"}
    assert names(None) == {} and names("") == {} and names("x" * 400) == {}


def test_a_reporter_added_and_one_dropped() -> None:
    found = byline_changes("Ana Brannock and Tomas Veltro", "Piet Dunmore; Ana Brannock")
    assert [(c.kind, c.fact, c.before, c.after) for c in found] == [
        ("addition", "byline", None, "Piet Dunmore"),
        ("removal", "byline", "Tomas Veltro", None),
    ]
    assert byline_changes("Ana Brannock and Piet Dunmore", "By PIET DUNMORE; Ana Brannock") == []
    assert byline_changes(None, "Piet Dunmore") == []  # one version names no one: nothing to say


def test_compare_reports_the_byline_from_the_documents(tmp_path: Path) -> None:
    old = Document(text=TEXT, metadata={"author": "Ana Brannock"})
    new = Document(
        text=TEXT.replace("40", "112"), metadata={"author": "Ana Brannock; Piet Dunmore"}
    )
    shown = [(c.kind, c.fact, c.after) for c in compare(old, new).changes]
    assert ("addition", "byline", "Piet Dunmore") in shown
    page = tmp_path / "a.txt"
    page.write_text(f"---\ntitle: Ferry aground\nauthor: Mara Kessla\n---\n{TEXT}\n", "utf-8")
    assert load(str(page)).metadata["author"] == "Mara Kessla"  # front matter's author
    changes = compare(load(str(page)), new).changes
    assert {(c.kind, c.after or c.before) for c in changes if c.fact == "byline"} == {
        ("addition", "Ana Brannock"), ("addition", "Piet Dunmore"), ("removal", "Mara Kessla"),
    }  # fmt: skip


def test_a_byline_line_of_a_plain_text_is_the_byline_and_no_names_of_the_story() -> None:
    body = "\n\nA Weldon man was charged with murder on Friday, police said.\n\nHe denies it."
    old = "Weldon man charged\n\nBy Reuben Okafor, Staff Writer" + body
    new = "Weldon man charged\n\nBy Reuben Okafor and Jane Marlow, Staff Writers" + body
    changes = [(c.kind, c.fact, c.after) for c in compare(old, new).changes if not c.hidden]
    assert changes == [("addition", "byline", "Jane Marlow")]
    assert text_byline("By the river, the town waited.\n\nIt rained.") is None


def test_an_update_line_with_its_time_is_the_pages_stamp() -> None:
    body = "Council voted 6-3 on Tuesday to approve the pool.\n\nThe plan costs $4 million."
    old = "UPDATE 11:20 a.m.: " + body
    new = "UPDATE 2:45 p.m.: " + body
    assert not [c for c in compare(old, new).changes if c.fact == "date"]
