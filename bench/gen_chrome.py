"""The generated corpus of ``gen_versions`` published as web pages by fictional sites,
each page wrapped in its site's chrome, for the story gate (``tests/detect/
test_chrome_corpus.py``). Everything is made up and seeded: no real news.

Every text of the corpus (versions and copies; no round-ups) is put on a site, two to
five pages a site, the pages of a site drawn from unrelated stories. A page is its
article with the chrome a real extraction leaves in:

- **a teaser block** ("Trending on SITE", "Most read"): three other stories of the
  corpus, each a headline line and that story's first sentence, verbatim, as news
  sites quote their other stories' ledes; before or after the article;
- **an author bio**, the same on every page of that author (a site has one or two);
- **a newsletter block** of the site, between two paragraphs or after the article;
- **a site footer** of short lines (links, address, copyright) ending every page.

So unrelated stories share a site's bio, newsletter and footer, and a page shares the
first sentence of the stories its teaser quotes. Truth: ``Page.story``.

``.venv/bin/python bench/gen_chrome.py --stories 60`` prints a few pages.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass

import gen_versions
from gen_versions import FIRST_NAMES, GenText, surname

SITE_WORDS = """Lantern Beacon Quill Harbour Orchard Meridian Thistle Compass Kestrel
Juniper Cobalt Saffron Granite Willow Ember Tideway Larch Heron""".split()
SITE_KINDS = ["Online", "News", "Today", "Daily", "Post", "Wire", "Herald", "Voice"]
TEASER_TITLES = ["Trending on {site}", "Most read", "More from {site}", "Don't miss"]
HEADLINE = [
    "{town} {word} row deepens as {name} speaks out",
    "What we know about the {word} in {town}",
    "{name} under pressure over {town} {word}",
    "{town} braces for more {word} news",
]
BIO = [
    [
        "{author} is a {rank} reporter at {site}",
        "{author} has covered {beat} for {site}",
        "{author} joined {site} as a {rank} correspondent",
        "{author} writes about {beat} for {site}",
    ],
    [
        "covering {beat} across the {area}.",
        "since {year}, mostly from the {area}.",
        "and leads its coverage of {beat}.",
        "with a focus on {beat} and the {area}.",
    ],
    [
        "Before that, {first} worked at papers in {count} cities.",
        "{first} grew up in the {area} and studied history.",
        "Earlier, {first} spent {count} years on a business desk.",
        "{first} has won {count} regional press awards.",
    ],
    [
        "Send tips to {first_low}@{domain}.",
        "Follow {first} on social media.",
        "Reach {first} at {first_low}@{domain} or on the newsroom line.",
        "",
    ],
]
BEATS = [
    "local government",
    "courts and crime",
    "schools",
    "the regional economy",
    "transport",
    "health",
    "housing",
    "the environment",
    "sport",
    "culture",
]
AREAS = [
    "north coast",
    "river valley",
    "eastern suburbs",
    "hill towns",
    "lake district",
    "old harbour",
    "western plains",
    "county",
]
RANKS = ["senior", "staff", "general news", "investigative", "city hall", "data"]
NEWSLETTER = [
    [
        "Get {site} in your inbox.",
        "Never miss a story from {site}.",
        "Want more from the {area}?",
        "Stay informed with {site}.",
    ],
    [
        "Our {edition} newsletter brings the stories that matter in the {area}",
        "Sign up for the {edition} briefing, with the {area} news you need",
        "Every {edition}, our editors pick the best of {site}",
        "The {edition} digest collects our reporting on {beat}",
    ],
    [
        "with analysis from our reporters.",
        "and the day's best photographs.",
        "straight to your phone.",
        "before you start your day.",
    ],
    [
        "It is free, and you can cancel at any time.",
        "Subscribers also get early access.",
        "No spam, ever.",
        "",
    ],
]
FOOTER = [
    ["About {site}", "About us", "Who we are", "{site}: our story"],
    [
        "Contact us | Advertise | Careers",
        "Contact | Jobs | Corrections",
        "Newsroom | Advertising | Help",
        "Contact the newsroom | Work with us",
    ],
    [
        "Privacy policy | Cookie settings | Terms of use",
        "Privacy | Terms",
        "Cookie preferences | Accessibility | Terms",
        "Privacy notice | Site map",
    ],
    ["{site}, {number} {street}, {town}", "{number} {street}, {town}", "Printed in {town}"],
    [
        "Copyright {year} {site}. All rights reserved.",
        "© {year} {site}",
        "{site} is an independent publisher. © {year}",
        "All content © {site} {year}",
    ],
]
EDITIONS = ["morning", "evening", "weekend", "daily"]


@dataclass(slots=True)
class Page:
    id: str
    story: int
    site: str
    text: str


@dataclass(slots=True)
class _Site:
    name: str
    domain: str
    authors: list[tuple[str, str]]
    """Each author's name and bio."""
    newsletter: str
    footer: str


def domain(site: str) -> str:
    """The site's (fictional) host name."""
    return re.sub(r"[^a-z]", "", site.lower()) + ".example"


def _site(rng: random.Random, taken: set[str]) -> _Site:
    while True:
        name = f"The {rng.choice(SITE_WORDS)} {rng.choice(SITE_KINDS)}"
        if name not in taken:
            taken.add(name)
            break
    host = domain(name)
    slots = {
        "site": name, "domain": host, "area": rng.choice(AREAS), "beat": rng.choice(BEATS),
        "edition": rng.choice(EDITIONS), "number": rng.randint(1, 200), "year": 2026,
        "street": f"{surname(rng)} Street", "town": gen_versions.place_name(rng),
    }  # fmt: skip
    authors = []
    for _ in range(rng.randint(1, 2)):
        first = rng.choice(FIRST_NAMES)
        author = f"{first} {surname(rng)}"
        mine = slots | {
            "author": author, "first": first, "first_low": first.lower(),
            "rank": rng.choice(RANKS), "beat": rng.choice(BEATS), "count": rng.randint(2, 9),
            "year": rng.randint(2001, 2022),
        }  # fmt: skip
        authors.append((author, _fill(rng, BIO, mine, " ")))
    newsletter = _fill(rng, NEWSLETTER, slots, " ")
    footer = _fill(rng, FOOTER, slots, "\n")
    return _Site(name, host, authors, newsletter, footer)


def _fill(rng: random.Random, parts: list[list[str]], slots: dict[str, object], sep: str) -> str:
    """One variant of each part, filled in, joined."""
    chosen = (rng.choice(options).format(**slots) for options in parts)
    return sep.join(c for c in chosen if c)


def _lede(text: GenText) -> str:
    """The first sentence of a text's article (the paragraph after its byline)."""
    paragraphs = text.text.split("\n\n")
    first = paragraphs[1] if len(paragraphs) > 1 else paragraphs[0]
    return re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]


def _headline(rng: random.Random, text: GenText) -> str:
    words = re.findall(r"\b[a-z]{6,}\b", text.text)
    people = re.findall(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", text.text)
    dateline = _lede(text).split(" — ", 1)[0].title()
    return rng.choice(HEADLINE).format(
        town=dateline, word=rng.choice(words) if words else "plan",
        name=rng.choice(people) if people else "the council",
    )  # fmt: skip


def _teaser(rng: random.Random, site: _Site, others: list[GenText]) -> str:
    lines = [rng.choice(TEASER_TITLES).format(site=site.name)]
    for other in others:
        lines += [_headline(rng, other), _lede(other)]
    return "\n".join(lines)


def chrome_pages(stories: int = 60, seed: int = 1) -> list[Page]:
    """Every version and copy of a generated corpus, as pages of fictional sites."""
    rng = random.Random(seed)
    texts = [
        t for t in gen_versions.generate(stories, seed, roundups=0).texts if t.kind != "roundup"
    ]
    firsts = {t.story: t for t in texts if t.kind == "version" and t.version == 0}
    order = texts[:]
    rng.shuffle(order)
    pages: list[Page] = []
    taken: set[str] = set()
    at = 0
    while at < len(order):
        size = rng.randint(2, 5)
        site = _site(rng, taken)
        for text in order[at : at + size]:
            others = rng.sample([s for s in firsts if s != text.story], min(3, len(firsts) - 1))
            author, bio = rng.choice(site.authors)
            paragraphs = text.text.split("\n\n")
            paragraphs[0] = f"By {author}, {site.name}"
            cut = rng.randint(2, max(2, len(paragraphs) - 1))
            if rng.random() < 0.5:
                paragraphs.insert(cut, site.newsletter)
            else:
                paragraphs.append(site.newsletter)
            teaser = _teaser(rng, site, [firsts[s] for s in others])
            body = [teaser, *paragraphs] if rng.random() < 0.3 else [*paragraphs, teaser]
            page = "\n\n".join([*body, bio, site.footer])
            pages.append(Page(text.id, text.story, site.name, page))
        at += size
    return pages


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=2, help="pages to print")
    args = parser.parse_args(argv)
    pages = chrome_pages(args.stories, args.seed)
    sites = {p.site for p in pages}
    print(f"{len(pages)} pages of {len(sites)} sites, {args.stories} stories")
    for page in pages[: args.show]:
        print(f"\n=== {page.id} on {page.site}\n{page.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
