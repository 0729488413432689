"""Chrome the page's markup shows, kept out of extracted articles (fictional pages)."""

from __future__ import annotations

from storydiff.ingest.chrome import PageText
from storydiff.ingest.html import count_words, read_html

STORY = [
    "HOLLOWAY FORD — The old ferry at Holloway Ford will run again from June after the county "
    "agreed to pay for a new landing stage, the parish council said on Tuesday.",
    "The ferry carried about 300 passengers a day before it stopped in 2024, when floods "
    "washed away the landing stage on the eastern bank.",
    '"People have been driving forty minutes round by the bridge for two years," said parish '
    "clerk Mireille Ashgrove, who led the campaign to restore the crossing.",
    "The county's transport committee approved the repairs at a meeting on Monday, with the "
    "work expected to take about six weeks once the river level falls.",
    "Ferry operator Tobin Crake said he would keep the fares at last year's prices for the "
    "first season and hoped to add an evening crossing in the summer.",
]
BIO = (
    "Corvina Blyth covers rivers, roads and rural affairs for the Marsh Courier and has "
    "reported from the valley for eleven years."
)
NEWSLETTER = "Get the Marsh Courier morning briefing delivered to your inbox every weekday."
RELATED = [
    "Lock keepers warn of low water at Penmarrow weir this week",
    "Tollbridge café reopens after fire with a new riverside terrace",
]


def _page(story: list[str], bio_class: str = "author-bio", wrapper: str = "story-body") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in story)
    related = "\n".join(f'<li><a href="/r/{i}">{t}</a></li>' for i, t in enumerate(RELATED))
    return f"""<!DOCTYPE html><html><head><title>Ferry to return</title></head><body>
<main><article>
<h1>Ferry to return at Holloway Ford</h1>
<div class="{wrapper}">
{paragraphs}
<div class="{bio_class}"><p>{BIO}</p></div>
<div class="newsletter-signup"><p>{NEWSLETTER}</p><button>Sign up</button></div>
</div>
</article>
<aside class="related-links"><h3>More from the valley</h3><ul>{related}</ul></aside>
</main>
<footer class="site-footer"><p>© Marsh Courier. All rights reserved.</p></footer>
</body></html>"""


def test_author_bio_and_newsletter_inside_the_article_are_dropped() -> None:
    text = read_html(_page(STORY), "ferry.html").text
    for paragraph in STORY:
        assert paragraph in text
    assert BIO not in text
    assert NEWSLETTER not in text
    for headline in RELATED:
        assert headline not in text


def test_a_line_also_found_outside_chrome_is_kept() -> None:
    story = [*STORY[:-1], BIO]  # the bio's sentence is also a paragraph of the story
    page = PageText(_page(story))
    assert page.drop_chrome([*story, NEWSLETTER]) == story


def test_markup_calling_the_article_chrome_drops_nothing() -> None:
    """A site that wraps its story in class="comments" (it happens) keeps it: the block
    is too big a share of the page, or, on a page with much other text, dropping its
    lines would drop most of the article."""
    lines = [*STORY, BIO, NEWSLETTER]
    page = PageText(_page(STORY, wrapper="comments-enabled story"))
    assert page.drop_chrome(lines) == STORY
    notices = "".join(
        f"<p>Public notice {i}: the parish council will meet in the village hall to hear "
        f"objections to planning application number {i} before the end of the month.</p>"
        for i in range(40)
    )
    crowded = _page(STORY, wrapper="comments-enabled story").replace(
        "</main>", f"</main><section>{notices}</section>"
    )
    assert PageText(crowded).drop_chrome(lines) == lines


def test_weak_names_need_link_text() -> None:
    """A "share" class on a block of prose (no links) is not chrome; on links it is."""
    page = PageText(_page(STORY, bio_class="share-story"))
    assert BIO in page.drop_chrome([*STORY, BIO])
    linked = _page(STORY, bio_class="share-story").replace(
        f"<p>{BIO}</p>", f'<p><a href="/about">{BIO}</a></p>'
    )
    assert BIO not in PageText(linked).drop_chrome([*STORY, BIO])


def test_broken_or_empty_pages_drop_nothing() -> None:
    for page in ("", "   ", "<html", "\x00\x01binary"):
        assert PageText(page).drop_chrome(["some line of text here ok"]) == [
            "some line of text here ok"
        ]


def test_words_of_scripts_without_spaces_are_counted() -> None:
    assert count_words("The ferry runs again") == 4
    assert count_words("子どもへの虐待をなくすための法律") == 8
    assert count_words("") == 0
