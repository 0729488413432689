"""Plain text and Markdown: front matter, Markdown titles, body offsets, dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storydiff.ingest.plain import front_matter, parse_datetime, read_plain

# Fictional article written for these tests.
BODY = (
    "MILLBROOK — Hundreds of paper lanterns drifted along the canal on Saturday evening "
    "as the quay festival returned after a three-year pause.\n\n"
    "The festival committee said about 4,500 visitors had bought tickets.\n\n"
    '"We were worried nobody would remember us," said committee chair Perrin Oakhurst.'
)
FRONT = (
    "---\n"
    "title: Lantern festival returns to Millbrook quay\n"
    "source: Fenwick Gazette\n"
    "url: https://fenwickgazette.example/local/lantern-festival-returns-7741\n"
    "published: 2026-05-02T18:30:00Z\n"
    "Author: Odile Farrant\n"
    "section: 'Local'\n"
    "---\n"
)


def test_front_matter_fields() -> None:
    doc = read_plain(FRONT + BODY, "lanterns.txt")
    assert doc.title == "Lantern festival returns to Millbrook quay"
    assert doc.outlet == "Fenwick Gazette"
    assert doc.url == "https://fenwickgazette.example/local/lantern-festival-returns-7741"
    assert doc.source == "lanterns.txt"
    assert doc.published == datetime(2026, 5, 2, 18, 30, tzinfo=UTC)
    assert doc.published is not None
    assert doc.published.tzinfo is not None
    assert doc.published.utcoffset() == timedelta(0)


def test_unknown_keys_go_to_metadata() -> None:
    doc = read_plain(FRONT + BODY, "lanterns.txt")
    assert doc.metadata == {"author": "Odile Farrant", "section": "Local"}
    for known in ("title", "source", "url", "published"):
        assert known not in doc.metadata


def test_text_is_the_body_without_front_matter() -> None:
    original = FRONT + BODY + "\n"
    doc = read_plain(original, "lanterns.txt")
    assert doc.text == BODY
    assert "---" not in doc.text
    assert "title:" not in doc.text
    # Offsets into Document.text are offsets into the body.
    start = original.index(doc.text)
    assert start == len(FRONT)
    quote = '"We were worried'
    assert doc.text.index(quote) == BODY.index(quote)


def test_front_matter_with_crlf_and_quotes() -> None:
    text = '---\r\ntitle: "Quay reopens"\r\nsource: Fenwick Gazette\r\n---\r\nThe quay reopened.'
    fields, body = front_matter(text)
    assert fields == {"title": "Quay reopens", "source": "Fenwick Gazette"}
    assert body == "The quay reopened."


def test_front_matter_after_bom() -> None:
    fields, body = front_matter("\ufeff---\ntitle: Quay reopens\n---\nThe quay reopened.")
    assert fields == {"title": "Quay reopens"}
    assert body == "The quay reopened."


def test_unclosed_front_matter_is_text() -> None:
    text = "---\ntitle: Quay reopens\nThe quay reopened on Monday."
    fields, body = front_matter(text)
    assert fields == {}
    assert body == text


def test_no_front_matter_keeps_all_text() -> None:
    doc = read_plain(BODY, "lanterns.txt")
    assert doc.text == BODY
    assert doc.title is None
    assert doc.outlet is None
    assert doc.url is None
    assert doc.published is None
    assert doc.metadata == {}


def test_rule_later_in_the_text_is_not_front_matter() -> None:
    text = BODY + "\n\n---\ntitle: not front matter\n---\nMore text."
    doc = read_plain(text, "lanterns.txt")
    assert doc.title is None
    assert doc.text == text


def test_markdown_heading_becomes_title() -> None:
    doc = read_plain("# Lantern festival returns\n\n" + BODY, "lanterns.md", markdown=True)
    assert doc.title == "Lantern festival returns"
    assert doc.text == BODY
    assert "#" not in doc.text


def test_markdown_heading_with_closing_hashes() -> None:
    doc = read_plain("#   Quay reopens ##\n" + BODY, "quay.md", markdown=True)
    assert doc.title == "Quay reopens"
    assert doc.text == BODY


def test_markdown_heading_after_front_matter_without_title() -> None:
    front = "---\nsource: Fenwick Gazette\n---\n"
    doc = read_plain(front + "# Quay reopens\n\n" + BODY, "quay.md", markdown=True)
    assert doc.title == "Quay reopens"
    assert doc.outlet == "Fenwick Gazette"
    assert doc.text == BODY


def test_front_matter_title_wins_over_markdown_heading() -> None:
    doc = read_plain(FRONT + "# Another heading\n\n" + BODY, "lanterns.md", markdown=True)
    assert doc.title == "Lantern festival returns to Millbrook quay"
    assert doc.text.startswith("# Another heading")


def test_heading_is_text_when_not_markdown() -> None:
    text = "# Lantern festival returns\n\n" + BODY
    doc = read_plain(text, "lanterns.txt")
    assert doc.title is None
    assert doc.text == text


def test_second_level_heading_is_not_a_title() -> None:
    text = "## Lantern festival returns\n\n" + BODY
    doc = read_plain(text, "lanterns.md", markdown=True)
    assert doc.title is None
    assert doc.text == text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-14T06:05:00Z", datetime(2026, 3, 14, 6, 5, tzinfo=UTC)),
        ("2026-03-14T06:05:00+00:00", datetime(2026, 3, 14, 6, 5, tzinfo=UTC)),
        (
            "2026-03-14T07:05:00+0100",
            datetime(2026, 3, 14, 7, 5, tzinfo=timezone(timedelta(hours=1))),
        ),
        (
            "2026-03-14T01:05:00-0500",
            datetime(2026, 3, 14, 1, 5, tzinfo=timezone(timedelta(hours=-5))),
        ),
        (
            "2026-03-14T11:35:00+05:30",
            datetime(2026, 3, 14, 11, 35, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        ),
        ("  2026-03-14T06:05:00Z \n", datetime(2026, 3, 14, 6, 5, tzinfo=UTC)),
    ],
)
def test_parse_datetime_with_offsets(value: str, expected: datetime) -> None:
    parsed = parse_datetime(value)
    assert parsed == expected
    assert parsed is not None
    assert parsed.utcoffset() == expected.utcoffset()


def test_parse_datetime_offsets_name_the_same_instant() -> None:
    a = parse_datetime("2026-03-14T07:05:00+0100")
    b = parse_datetime("2026-03-14T06:05:00Z")
    assert a is not None
    assert b is not None
    assert a == b


def test_parse_datetime_date_only() -> None:
    assert parse_datetime("2026-03-14") == datetime(2026, 3, 14)


@pytest.mark.parametrize(
    "value",
    [None, "", "   ", "14 March", "yesterday", "2026-13-45", "not a date +1234", "-1234"],
)
def test_parse_datetime_garbage_is_none(value: str | None) -> None:
    assert parse_datetime(value) is None


_OFFSETS = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59).map(
    lambda m: timezone(timedelta(minutes=m))
)
_MOMENTS = st.builds(
    lambda naive, tz: naive.replace(tzinfo=tz, microsecond=0),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    _OFFSETS,
)


@settings(max_examples=200, deadline=None)
@given(_MOMENTS)
def test_parse_datetime_round_trip(moment: datetime) -> None:
    for text in (moment.isoformat(), moment.strftime("%Y-%m-%dT%H:%M:%S%z")):
        parsed = parse_datetime(text)
        assert parsed == moment, text
        assert parsed is not None
        assert parsed.utcoffset() == moment.utcoffset()


FERRY = (
    "The old ferry at Holloway Ford will run again from June after the county agreed to "
    "pay for a new landing stage, the parish council said on Tuesday. It stopped in 2024."
)


def test_a_plain_text_headline_line_is_the_title() -> None:
    doc = read_plain(f"Ferry returns to Holloway Ford\n\n{FERRY}", "ferry.txt")
    assert doc.title == "Ferry returns to Holloway Ford"
    assert doc.text == FERRY


def test_a_headline_repeated_with_the_outlet_names_the_outlet() -> None:
    head = "Ferry returns to Holloway Ford | Marsh Courier"
    doc = read_plain(f"{head}\n{head}\n\n{FERRY}", "ferry.txt")
    assert (doc.title, doc.outlet, doc.text) == (
        "Ferry returns to Holloway Ford",
        "Marsh Courier",
        FERRY,
    )


def test_a_headline_is_measured_against_the_body_without_its_outlet() -> None:
    # 14 words and the outlet: with it, the 32-word body would be under twice as long
    head = "Old ferry returns to Holloway Ford after two years as county pays for landing"
    doc = read_plain(f"{head} | Marsh Courier\n\n{FERRY}", "ferry.txt")
    assert (doc.title, doc.outlet, doc.text) == (head, "Marsh Courier", FERRY)


def test_a_line_of_links_or_a_short_signature_is_no_headline() -> None:
    body = "The ferry will run again from June, the parish council said on Tuesday."
    assert read_plain(f"Home | News | Kessla | Sport\n\n{body}", "a.txt").title is None
    short = "The ferry will run again from June."  # under twice the whole line
    assert read_plain(f"Anna Veltro - Kessla Harbour Master\n\n{short}", "b.txt").title is None


def test_a_first_sentence_or_a_wrapped_line_is_no_headline() -> None:
    assert read_plain(FERRY, "a.txt").title is None
    wrapped = "The old ferry at Holloway Ford will run again from June after\nthe county agreed."
    assert read_plain(wrapped + " " + FERRY, "b.txt").title is None
    dateline = (
        "WASHINGTON (AP) --\n\nThe parents of a student filed a lawsuit on Thursday, and more."
    )
    assert read_plain(dateline, "c.txt").title is None


_BY_LINE = (
    "MARLOW (AP) — The old ferry at Holloway Ford will run again from June, the council said.\n"
    "The county agreed to pay for a new landing stage after two years of talks.\n"
    "“It is the heart of the village,” said Anna Brannock, who runs the ferry café.\n"
)


def test_a_headline_over_text_written_a_paragraph_a_line_is_the_title() -> None:
    doc = read_plain(f"Ferry returns to Holloway Ford\n{_BY_LINE}", "ferry.txt")
    assert doc.title == "Ferry returns to Holloway Ford"
    assert doc.text.startswith("MARLOW (AP)")


def test_a_first_line_over_hard_wrapped_text_is_no_headline() -> None:
    wrapped = (
        "The old ferry at Holloway Ford will run again\n"
        "from June after the county agreed to pay for a\n"
        "new landing stage, the parish council said on\n"
        "Tuesday. It stopped running in 2024 when the\n"
        "old landing stage was closed as unsafe.\n"
    )
    assert read_plain(wrapped, "a.txt").title is None
    two = "Ferry returns to Holloway Ford\nThe ferry will run again from June, the council said."
    assert read_plain(two, "b.txt").title is None  # one paragraph after: too little to tell
