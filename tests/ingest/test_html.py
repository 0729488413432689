"""Article text and metadata from HTML pages (all pages here are fictional)."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storydiff.errors import NoArticleError
from storydiff.ingest.chrome import PageText
from storydiff.ingest.html import looks_like_html, read_html, union, with_lead
from storydiff.ingest.plain import read_plain

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "story"

TITLE = "Lantern festival returns to Millbrook quay"
CANONICAL = "https://fenwickgazette.example/local/lantern-festival-returns-7741"
PARAGRAPHS = [
    "MILLBROOK — Hundreds of paper lanterns drifted along the canal on Saturday evening as "
    "the Millbrook quay festival returned after a three-year pause, organisers said.",
    "The festival committee said about 4,500 visitors had bought tickets, more than double "
    "the number it had planned for when it first announced the event in January.",
    '"We were worried nobody would remember us, and instead the queue went all the way back '
    'to the old grain store," said committee chair Perrin Oakhurst.',
    "Local bakeries sold out of honey buns before sunset, and the town council extended the "
    "last tram service by an hour to carry visitors home.",
    "The committee plans to hold the festival again next spring & is looking for volunteers "
    "to help build the larger lanterns.",
]
NAV = ["Weather outlook for the upper valley", "Obituaries and family notices"]
AD = "Quillon Mattresses spring sale now on"
COMMENTS = [
    "Bramwell Tusk wrote: absolutely marvellous evening, my grandchildren loved the swan.",
    "Quenby Marsh wrote: parking near the quay was a disgrace again this year.",
]


def _page(paragraphs: list[str]) -> str:
    body = "\n".join(f"        <p>{p.replace('&', '&amp;')}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{TITLE} | Fenwick Gazette</title>
  <link rel="canonical" href="{CANONICAL}">
  <meta property="og:title" content="{TITLE}">
  <meta property="og:site_name" content="Fenwick Gazette">
  <meta property="article:published_time" content="2026-05-02T18:30:00+00:00">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Fenwick Gazette</a>
    <nav class="main-nav" aria-label="Main menu">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/local">Local</a></li>
        <li><a href="/weather">{NAV[0]}</a></li>
        <li><a href="/notices">{NAV[1]}</a></li>
      </ul>
    </nav>
  </header>
  <div class="ad ad-banner" aria-label="Advertisement">
    <span>Advertisement</span>
    <a href="https://ads.fenwickgazette.example/c?id=5">{AD}</a>
  </div>
  <main>
    <article class="story">
      <header>
        <h1>{TITLE}</h1>
        <div class="byline">By Odile Farrant</div>
      </header>
      <div class="story-body">
{body}
      </div>
    </article>
    <section id="comments" class="comments">
      <h2>Comments (2)</h2>
      <div class="comment"><p>{COMMENTS[0]}</p></div>
      <div class="comment"><p>{COMMENTS[1]}</p></div>
    </section>
  </main>
  <footer><p>Copyright 2026 Fenwick Gazette. All rights reserved.</p></footer>
</body>
</html>
"""


PAGE = _page(PARAGRAPHS)


def test_metadata() -> None:
    doc = read_html(PAGE, "lanterns.html")
    assert doc.title == TITLE
    assert doc.outlet == "Fenwick Gazette"
    assert doc.url == CANONICAL
    assert doc.source == "lanterns.html"
    assert doc.published == datetime(2026, 5, 2, 18, 30, tzinfo=UTC)


def test_canonical_url_wins_over_fetched_url() -> None:
    doc = read_html(PAGE, "lanterns.html", url="https://mirror.example/copy?id=1")
    assert doc.url == CANONICAL


def test_fetched_url_used_without_canonical() -> None:
    page = PAGE.replace(f'<link rel="canonical" href="{CANONICAL}">', "")
    assert CANONICAL not in page
    doc = read_html(page, "lanterns.html", url="https://fenwickgazette.example/fetched/1")
    assert doc.url == "https://fenwickgazette.example/fetched/1"


def test_paragraphs_separated_by_blank_lines() -> None:
    doc = read_html(PAGE, "lanterns.html")
    blocks = doc.text.split("\n\n")
    positions = [blocks.index(p) for p in PARAGRAPHS]
    assert positions == sorted(positions)
    assert positions == list(range(positions[0], positions[0] + len(PARAGRAPHS)))
    assert "\n\n\n" not in doc.text
    assert doc.text == doc.text.strip()
    for block in blocks:
        assert "\n" not in block
        assert block == block.strip()


def test_entities_are_decoded() -> None:
    doc = read_html(PAGE, "lanterns.html")
    assert "spring & is looking" in doc.text
    assert "&amp;" not in doc.text


def test_clutter_is_not_in_text() -> None:
    doc = read_html(PAGE, "lanterns.html")
    for comment in COMMENTS:
        assert comment not in doc.text
    assert "Bramwell Tusk" not in doc.text
    assert "Comments (2)" not in doc.text
    for label in NAV:
        assert label not in doc.text
    assert AD not in doc.text
    assert "Advertisement" not in doc.text
    assert "All rights reserved" not in doc.text


def test_article_text_does_not_repeat_headline() -> None:
    # Document.text is the article body; the headline lives in Document.title and is
    # compared on its own. An <h1> inside <article> must not come back as paragraph 1.
    doc = read_html(PAGE, "lanterns.html")
    assert doc.title == TITLE
    assert doc.text.split("\n\n")[0] == PARAGRAPHS[0]


@pytest.mark.parametrize(
    "page",
    [
        "<!DOCTYPE html><html><head><title>Fenwick Gazette</title></head><body></body></html>",
        "<html><body>   \n  </body></html>",
        "<!DOCTYPE html><html><head><title>Fenwick Gazette</title></head>"
        "<body><div class='spacer'></div><script>var x = 1;</script></body></html>",
    ],
    ids=["empty-body", "whitespace-body", "script-only"],
)
def test_empty_page_has_no_article(page: str) -> None:
    with pytest.raises(NoArticleError) as info:
        read_html(page, "pages/blank.html")
    assert info.value.source == "pages/blank.html"
    assert "pages/blank.html" in str(info.value)


def test_navigation_only_page_has_no_article() -> None:
    page = """<!DOCTYPE html>
<html lang="en">
<head><title>Fenwick Gazette</title></head>
<body>
  <header>
    <nav class="main-nav" aria-label="Main menu">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/local">Local news</a></li>
        <li><a href="/sport">Sport</a></li>
        <li><a href="/weather">Weather</a></li>
      </ul>
    </nav>
  </header>
</body>
</html>
"""
    with pytest.raises(NoArticleError, match=re.escape("menu.html")):
        read_html(page, "menu.html")


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>Hi</p></body></html>",
        "<!doctype HTML>\n<title>x</title>",
        "<html lang='en'><head></head></html>",
        "   \n\n<HTML><BODY>Shouting</BODY></HTML>",
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"></html>',
        "<p>A fragment with a paragraph.</p>",
        "<div class='story'>Quay reopens</div>",
        "<article><h1>Quay reopens</h1></article>",
        "<!-- saved page -->\n<head><title>x</title></head>",
    ],
)
def test_looks_like_html(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The quay reopened on Monday.",
        "---\ntitle: Quay reopens\n---\nThe quay reopened.",
        "# Quay reopens\n\nThe <div> element was mentioned in the report.",
        "Use <p> tags, the council's web editor said.",
        "<3 the lantern festival",
        "<Ferry> timetable changes next week.",
    ],
)
def test_does_not_look_like_html(text: str) -> None:
    assert not looks_like_html(text)


def _normalise(text: str) -> list[str]:
    text = text.replace("“", '"').replace("”", '"').replace("’", "'")
    paragraphs = re.split(r"\n\s*\n", text)
    return [" ".join(p.split()) for p in paragraphs if p.strip()]


def test_bundled_example_matches_its_text_version() -> None:
    html_path = EXAMPLES / "03-coastline-herald.html"
    txt_path = EXAMPLES / "03-coastline-herald.txt"
    doc = read_html(html_path.read_text(encoding="utf-8"), str(html_path))
    txt = read_plain(txt_path.read_text(encoding="utf-8"), str(txt_path))
    got, want = _normalise(doc.text), _normalise(txt.text)
    assert len(got) == len(want)
    for n, (g, w) in enumerate(zip(got, want, strict=True), start=1):
        assert g == w, f"paragraph {n}"
    assert doc.title == txt.title
    assert doc.outlet == txt.outlet
    assert doc.url == txt.url
    assert doc.published == txt.published
    clutter_texts = (
        "Advertisement",
        "Tidewater Savings Bank",
        "Most read",
        "Related stories",
        "We use cookies",
        "Greta_on_the_Quay",
        "My brother flies with the Marsh Point crews",
        "Comments are moderated",
        "The Morning Tide",
    )
    for clutter in clutter_texts:
        assert clutter not in doc.text


def test_a_page_after_php_warnings_is_extracted_not_stored_as_markup() -> None:
    from storydiff.ingest.html import looks_like_html
    from storydiff.ingest.source import from_text

    warnings = (
        "<br />\n<b>Deprecated</b>: Assigning the return value of new in /x.php on line 3<br />\n"
    )
    body = "The harbour council met on Tuesday and voted to repair the old pier before winter. " * 3
    page = (
        warnings
        + "<!DOCTYPE html><html><head><title>Pier</title></head>"
        + f"<body><article><p>{body}</p></article></body></html>"
    )
    assert looks_like_html(page) and not looks_like_html("Plain text about <html> tags.")
    doc = from_text(page, "page.html")
    assert "harbour council" in doc.text and "<b>" not in doc.text and "<p>" not in doc.text
    # The warning's words may stay in the text; linking reads them as chrome.
    from storydiff.text.fasthash import reference_words, word_hashes_layout

    _, _, chrome = word_hashes_layout([doc.text])
    flagged = {w for w, c in zip(reference_words(doc.text), chrome.tolist(), strict=True) if c}
    assert "deprecated" in flagged and "harbour" not in flagged


@pytest.mark.parametrize(
    ("og_title", "want"),
    [
        (f"{TITLE} | Fenwick Gazette", TITLE),
        (f"Fenwick Gazette - {TITLE}", TITLE),
        (f"{TITLE} – fenwickgazette.example", TITLE),
        ("Lanterns return - Millbrook cheers", "Lanterns return - Millbrook cheers"),
    ],
    ids=["site-after", "site-before", "host-after", "not-a-site"],
)
def test_site_name_is_taken_off_the_title(og_title: str, want: str) -> None:
    page = PAGE.replace(f'"og:title" content="{TITLE}"', f'"og:title" content="{og_title}"')
    assert og_title in page
    doc = read_html(page, "lanterns.html")
    assert doc.title == want
    assert doc.outlet == "Fenwick Gazette"


LEAD = (
    "Paper lanterns, honey buns and a queue back to the old grain store: the quay "
    "festival is back after three years."
)


def _page_with_lead(where: str) -> str:
    """PAGE with LEAD as its description, shown ``before`` the article, ``after`` it,
    in a ``related`` box or ``nowhere``."""
    shown = f'<p class="standfirst">{LEAD}</p>'
    page = PAGE.replace(
        '<meta property="og:title"',
        f'<meta property="og:description" content="{LEAD}">\n  <meta property="og:title"',
    )
    if where == "before":
        return page.replace("<main>", f"<main>\n    {shown}")
    if where == "after":
        return page.replace("</main>", f"  {shown}\n  </main>")
    if where == "related":
        box = f'<div class="related-posts"><a href="/x">{LEAD}</a></div>'
        return page.replace("</main>", f"  {box}\n  </main>")
    return page


def test_description_shown_before_the_text_is_its_lead() -> None:
    doc = read_html(_page_with_lead("before"), "lanterns.html")
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == LEAD
    assert paragraphs.count(LEAD) == 1
    assert paragraphs[1] == PARAGRAPHS[0]


@pytest.mark.parametrize("where", ["after", "related", "nowhere"])
def test_description_elsewhere_is_not_a_lead(where: str) -> None:
    doc = read_html(_page_with_lead(where), "lanterns.html")
    assert doc.text.split("\n\n")[0] == PARAGRAPHS[0]


def test_with_lead_rules() -> None:
    page = PageText(_page_with_lead("before"))
    assert with_lead(PARAGRAPHS, LEAD, page) == [LEAD, *PARAGRAPHS]
    assert with_lead([LEAD, *PARAGRAPHS], LEAD, page) == [LEAD, *PARAGRAPHS]  # has it
    assert with_lead(PARAGRAPHS, "A short slogan", page) == PARAGRAPHS
    assert with_lead(PARAGRAPHS, None, page) == PARAGRAPHS
    assert with_lead([], LEAD, page) == []
    chrome = PageText(_page_with_lead("related"))
    assert with_lead(PARAGRAPHS, LEAD, chrome) == PARAGRAPHS


def test_union_keeps_both_passes_lines_in_page_order() -> None:
    precise = ["Lead.", "Body one.", "Body two."]
    default = ["Body one.", "- a list item", "Body two.", "Share this"]
    assert union(precise, default) == [
        "Lead.", "Body one.", "- a list item", "Body two.", "Share this",
    ]  # fmt: skip
    assert union(precise, precise) == precise
    assert union(precise, []) == precise
    assert union(["Body two.", "Body one."], ["Body one.", "Body two."]) == [
        "Body two.", "Body one.",
    ]  # fmt: skip


def test_union_of_many_lines_is_linear() -> None:
    lines = [f"Paragraph {i} of a very long page." for i in range(20_000)]
    default = [line for i, line in enumerate(lines) if i % 3] + ["Menu"] * 5_000
    started = time.perf_counter()
    assert union(lines, default) == lines + ["Menu"] * 5_000
    assert time.perf_counter() - started < 1.0  # a line diff took 12 s here
