"""A generated corpus of fictional news stories with known versions and copies.

Everything is made up from templates and word lists, seeded and deterministic (the
same ``--stories``, ``--seed`` and ``--roundups`` give the same texts): no real news.

- **Stories.** Each story has its own cast (a dateline town, 3-5 people with roles,
  2 organisations, streets, all with generated names) and a topic (transport, courts,
  weather, ...) whose nouns it draws on, so unrelated stories share little beyond
  common phrases ("did not respond to a request for comment"); stories on the same
  topic share more of their vocabulary. The first version is a 300-900 word article:
  a byline line, a dateline lede, then paragraphs of 1-3 sentences.
- **Versions.** A story has 1-6 versions (the first included). Each later version is
  made from the one before the way real updates differ: paragraphs appended
  (sometimes inserted), the lede rewritten, words edited in some sentences (in most of
  them for a heavy rewrite), a paragraph moved, paragraphs dropped, and now and then
  a large share of the paragraphs replaced. The mix aims at the statistics of real
  AP/NYT version pairs (5-word-shingle Jaccard median 0.56, p25 0.22; containment of
  the smaller in the larger median 0.81, p10 0.29); ``bench/version_links.py``
  prints what the generated consecutive pairs give.
- **Copies.** Some stories (40%) also get 1-4 copies of one of their versions by other
  outlets: another byline line and the outlet's copyright footer, and for half of
  them a few words changed or the last paragraphs cut (near-verbatim).
- **Boilerplate.** A 40-word newsletter footer (with the weekday in its first
  sentence, so 7 variants) ends 20% of all texts, across stories; a 150-word FAQ box
  ends 3-5 texts of different stories (its last line, the date it was updated,
  differs from text to text).
- **Round-ups.** A few texts (``--roundups``, default one per 50 stories) quote one
  paragraph each, verbatim, from 3 different stories between sentences of their own.
  Each round-up is a story of its own in the truth.

Ground truth: every text's story id (``GenText.story``; round-ups are numbered after
the stories). The texts are shuffled, so their order says nothing.

``.venv/bin/python bench/gen_versions.py --out corpus.jsonl`` writes the corpus (one
JSON object per text: the fields of ``GenText``) for reading; the benchmark is
``bench/version_links.py``, which generates the corpus itself.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from gen_versions_words import (
    ADJECTIVES,
    ADVERBS,
    FAQ_BOX,
    FAQ_UPDATED,
    MONTHS,
    NEWSLETTER,
    NOUNS,
    OUTLETS,
    ROUNDUP_CLOSINGS,
    ROUNDUP_LINKS,
    ROUNDUP_OPENINGS,
    VERBS_PAST,
    WEEKDAYS,
)
from gen_versions_words import FIRST_NAMES as FIRST_NAMES
from gen_versions_writer import Cast as Cast
from gen_versions_writer import Person as Person
from gen_versions_writer import Writer as Writer
from gen_versions_writer import make_cast as make_cast
from gen_versions_writer import place_name as place_name
from gen_versions_writer import surname as surname

# How versions differ (shares and ranges, tuned by running bench/version_links.py
# against the real statistics in the module docstring).
MAX_VERSIONS = 6
COPY_SHARE = 0.4
"""Share of stories copied by other outlets (1-4 copies each)."""
FOOTER_SHARE = 0.2
HEAVY_REWRITE = 0.22
"""Share of updates that replace 40-80% of the paragraphs and edit most sentences."""
BIG_GROWTH = 0.4
"""Share of updates that add 80-300% of the text's length as new paragraphs (when
it has fewer than ``MAX_WORDS / 2`` words)."""
MAX_WORDS = 3000
"""Updates of texts this long add no paragraphs."""


# Articles and how versions differ.

Article = list[list[str]]
"""Paragraphs of sentences."""


def words_in(article: Article) -> int:
    return sum(len(s.split()) for para in article for s in para)


def base_article(writer: Writer) -> Article:
    target = writer.rng.randint(300, 900)
    article = [writer.lede()]
    while words_in(article) < target:
        article.append(writer.paragraph())
    return article


def edit_words(sentence: str, rng: random.Random, edits: int) -> str:
    """``sentence`` with ``edits`` single-word changes: a word replaced, dropped or
    added (an adverb), a number changed."""
    words = sentence.split()
    for _ in range(edits):
        if len(words) < 4:
            break
        i = rng.randrange(1, len(words) - 1)
        word = words[i]
        core = word.rstrip(",.\"'")
        tail = word[len(core) :]
        r = rng.random()
        if core.replace(",", "").isdigit():
            words[i] = str(rng.randint(2, 999)) + tail
        elif r < 0.55:
            words[i] = rng.choice(ADJECTIVES + VERBS_PAST + NOUNS) + tail
        elif r < 0.8:
            words.insert(i, rng.choice(ADVERBS))
        elif not tail:
            del words[i]
    return " ".join(words)


def next_version(article: Article, writer: Writer) -> Article:
    """The next version of ``article``: an update made the way real ones differ."""
    rng = writer.rng
    paras = [list(p) for p in article]
    heavy = rng.random() < HEAVY_REWRITE
    if heavy:
        # Replace most paragraphs (never all) and edit most remaining sentences.
        share = rng.uniform(0.4, 0.8)
        for i in rng.sample(range(len(paras)), int(share * len(paras))):
            paras[i] = writer.paragraph()
    if heavy or rng.random() < 0.4:
        paras[0] = writer.lede()
    edit_share = rng.uniform(0.5, 0.9) if heavy else rng.choice((0.0, 0.1, 0.2, 0.3, 0.4))
    for para in paras[1:]:
        for j, sentence in enumerate(para):
            if rng.random() < edit_share:
                para[j] = edit_words(sentence, rng, rng.randint(1, 3))
    if len(paras) > 4 and rng.random() < 0.3:
        for _ in range(rng.randint(1, 3)):
            del paras[rng.randrange(1, len(paras))]
    if len(paras) > 3 and rng.random() < 0.25:
        moved = paras.pop(rng.randrange(1, len(paras)))
        paras.insert(rng.randrange(1, len(paras)), moved)
    size = words_in(paras)
    if size < MAX_WORDS / 2 and rng.random() < BIG_GROWTH:
        grow = int(size * rng.uniform(0.8, 3.0))
    elif size < MAX_WORDS and rng.random() < 0.75:
        grow = rng.randint(30, 200)
    else:
        grow = 0
    added = 0
    at_end = rng.random() < 0.7
    while added < grow:
        new = writer.paragraph()
        added += sum(len(s.split()) for s in new)
        if at_end:
            paras.append(new)
        else:
            paras.insert(rng.randrange(1, len(paras) + 1), new)
    return paras


# Texts.


@dataclass(slots=True)
class GenText:
    """One generated text and what it is."""

    id: str
    """``s017-v2`` (story 17, its third version), ``s017-c1`` (a copy),
    ``r002`` (a round-up)."""
    story: int
    """The true story."""
    kind: str
    """``version``, ``copy`` or ``roundup``."""
    version: int
    """The version number for a version (0 first), the copied version for a copy, -1
    for a round-up."""
    outlet: str
    text: str
    footer: bool = False
    """The newsletter footer ends it."""
    faq: bool = False
    """The FAQ box ends it."""
    quotes: list[int] = field(default_factory=list)
    """For a round-up: the stories it quotes a paragraph of."""

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(slots=True)
class Corpus:
    texts: list[GenText]
    stories: int
    seed: int
    roundups: int


def render(byline: str, article: Article) -> str:
    return "\n\n".join([byline, *(" ".join(para) for para in article)])


def near_copy(article: Article, rng: random.Random) -> Article:
    """A republication of ``article``: verbatim for half, otherwise with a few words
    changed, or its last paragraphs cut."""
    paras = [list(p) for p in article]
    r = rng.random()
    if r < 0.25:
        for _ in range(rng.randint(1, 4)):
            para = paras[rng.randrange(len(paras))]
            j = rng.randrange(len(para))
            para[j] = edit_words(para[j], rng, 1)
    elif r < 0.5 and len(paras) > 4:
        paras = paras[: len(paras) - rng.randint(1, 3)]
    return paras


def generate(
    stories: int = 300,
    seed: int = 1,
    roundups: int | None = None,
    advance: Callable[[], None] | None = None,
) -> Corpus:
    """The corpus (see the module docstring); ``advance`` is called once per story."""
    rng = random.Random(seed)
    n_roundups = max(1, stories // 50) if roundups is None else roundups
    texts: list[GenText] = []
    articles: dict[str, Article] = {}
    towns: dict[int, str] = {}
    for story in range(stories):
        writer = Writer(make_cast(rng), rng)
        towns[story] = writer.cast.town
        outlet = rng.choice(OUTLETS)
        author = f"{rng.choice(FIRST_NAMES)} {surname(rng)}"
        article = base_article(writer)
        for v in range(rng.randint(1, MAX_VERSIONS)):
            if v:
                article = next_version(article, writer)
            tid = f"s{story:03d}-v{v}"
            articles[tid] = article
            texts.append(
                GenText(tid, story, "version", v, outlet, render(f"By {author}, {outlet}", article))
            )
        versions = [t for t in texts if t.story == story]
        if rng.random() < COPY_SHARE:
            others = [o for o in OUTLETS if o != outlet]
            for c in range(rng.randint(1, 4)):
                source = rng.choice(versions)
                by = rng.choice(others)
                byline = rng.choice(
                    [f"From {outlet}, via {by}", f"By {author} | {outlet} | {by}",
                     f"{by} staff and wire reports"]
                )  # fmt: skip
                body = render(byline, near_copy(articles[source.id], rng))
                body += f"\n\nCopyright {rng.randint(2020, 2026)} {by}. All rights reserved."
                texts.append(GenText(f"s{story:03d}-c{c}", story, "copy", source.version, by, body))
        if advance:
            advance()

    # Round-ups: a paragraph from each of 3 stories, verbatim.
    for r in range(n_roundups):
        quoted = rng.sample(range(stories), min(3, stories))
        day = rng.choice(WEEKDAYS)
        parts = [
            f"By {rng.choice(FIRST_NAMES)} {surname(rng)}, {rng.choice(OUTLETS)}",
            rng.choice(ROUNDUP_OPENINGS).format(n=len(quoted), day=day),
        ]
        links = rng.sample(ROUNDUP_LINKS, len(quoted))
        for story, link in zip(quoted, links, strict=True):
            source = rng.choice([t for t in texts if t.story == story and t.kind == "version"])
            paras = articles[source.id]
            long_enough = [p for p in paras[1:] if sum(len(s.split()) for s in p) >= 30]
            para = rng.choice(long_enough or paras)
            parts.append(link.format(place=towns[story]) + " " + " ".join(para))
        parts.append(rng.choice(ROUNDUP_CLOSINGS))
        texts.append(
            GenText(f"r{r:03d}", stories + r, "roundup", -1, "", "\n\n".join(parts), quotes=quoted)
        )

    # Boilerplate: the newsletter footer on 20% of all texts, the FAQ box on 3-5 texts
    # of different stories.
    for t in rng.sample(texts, round(FOOTER_SHARE * len(texts))):
        t.text += "\n\n" + NEWSLETTER.format(day=rng.choice(WEEKDAYS))
        t.footer = True
    faq_stories = rng.sample(range(stories), min(stories, rng.randint(3, 5)))
    for story in faq_stories:
        t = rng.choice([t for t in texts if t.story == story])
        updated = FAQ_UPDATED.format(
            day=rng.choice(WEEKDAYS), month=rng.choice(MONTHS), date=rng.randint(1, 28),
            hour=rng.randint(6, 11),
        )  # fmt: skip
        t.text += "\n\n" + FAQ_BOX + " " + updated
        t.faq = True

    rng.shuffle(texts)
    return Corpus(texts, stories, seed, n_roundups)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Write a generated corpus of fictional stories with known versions."
    )
    parser.add_argument("--stories", type=int, default=300, metavar="S", help="default 300")
    parser.add_argument("--seed", type=int, default=1, help="default 1")
    parser.add_argument(
        "--roundups", type=int, metavar="N", help="round-up texts (default: 1 per 50 stories)"
    )
    parser.add_argument(
        "--out", type=Path, metavar="PATH", required=True, help="JSON lines, one text a line"
    )
    args = parser.parse_args(argv)
    if args.stories < 3:
        parser.error("--stories must be at least 3")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    corpus = generate(args.stories, args.seed, args.roundups)
    with args.out.open("w", encoding="utf-8") as fh:
        for t in corpus.texts:
            fh.write(json.dumps(asdict(t), ensure_ascii=False) + "\n")
    kinds = {k: sum(t.kind == k for t in corpus.texts) for k in ("version", "copy", "roundup")}
    print(f"{len(corpus.texts)} texts ({kinds}) of {args.stories} stories -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
