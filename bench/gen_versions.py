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
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

# Word lists.

FIRST_NAMES = """
Ada Alma Anselm Arvid Beatrix Benedikt Bram Calla Cyril Dagny Delphine Edda Elio Emmett
Fenna Florin Greta Halvard Hana Idris Ilona Ines Jarek Jonna Kasimir Kerstin Lavinia
Leif Linnea Lorcan Maren Mattis Mirela Nadia Nils Odile Oskar Petra Quentin Rafe Rosalind
Runa Sabine Saul Selma Silas Solveig Tamsin Teodor Thea Ulla Valter Vesna Wendel Wilma
Xavier Yara Yusuf Zelda Zora Agnes Bastian Cosima Dorian Elin Fabian Gisela Henrik Ivo
Juno Konrad Liesel Magnus Noor Orla Piet Rhea Sven Tilde Ugo Vera Wim
""".split()

ONSETS = "b br c ch d dr f fr g gr h j k kl l m n p pr r s sk sl st t tr v w z sh th".split()
VOWELS = "a e i o u a e o ai ea ou ie".split()
CODAS = ["", "", "", "n", "r", "l", "s", "th", "nd", "rk", "ll", "m", "x", "st", "rn"]
SURNAME_ENDS = ["", "", "son", "ley", "ford", "wick", "er", "ard", "ing", "mann"]
PLACE_ENDS = [" Bay", " Falls", "ton", "ville", " Harbour", "by", "mouth", " Ridge", "field", ""]
STREET_KINDS = "Street Road Lane Avenue Terrace Way Quay Row".split()
ORG_KINDS = """
Council|Harbour Authority|Water Board|Transit Agency|Health Trust|Police Service|
University|Chamber of Commerce|Fire Service|Port Company|Rail Union|Housing Association|
District Court|School Board|Energy Cooperative|Planning Office|Museum Trust|Football Club|
Weather Service|Teachers' Union|Hospital|Ferry Company|Farmers' Cooperative|Library Service
""".replace("\n", "").split("|")
COMPANY_KINDS = "Industries|Holdings|Group|Logistics|Brothers|Foods|Shipping|Works".split("|")
ROLES = """
mayor|chief executive|spokeswoman|spokesman|director|chair|head of operations|
senior engineer|union representative|lawyer|district commissioner|chief inspector|
headteacher|ward nurse|board member|press officer|treasurer|site manager|curator|coach|
researcher|deputy mayor|harbour master|station manager
""".replace("\n", "").split("|")
OUTLETS = """
The Marlow Courier|Eastfield Gazette|Harbour Daily|The Northgate Post|Valley Ledger|
Coastline Herald|Riverside Chronicle|The Kestrel Times|Westmere Record|Lakeland Observer|
Summit Bulletin|Meridian Press|Continental Wire|The Fenwick Star
""".replace("\n", "").split("|")

TOPICS: dict[str, list[str]] = {
    "transport": """ferry tram timetable platform depot route fare signal carriage
        bus-lane terminal crossing ticket-office junction timetable-change driver
        conductor shuttle ramp bypass toll""".split(),
    "weather": """storm flood gust rainfall levee river-bank warning evacuation shelter
        sandbag drainage snowfall heatwave forecast power-line landslide tide
        embankment culvert hail""".split(),
    "courts": """trial jury verdict appeal defendant prosecutor sentence hearing witness
        testimony judge courtroom bail plea indictment settlement damages tribunal
        ruling affidavit""".split(),
    "health": """clinic ward vaccine outbreak patient nurse waiting-list ambulance
        surgery pharmacy screening infection doctor bed-shortage prescription
        maternity-unit helpline dentist therapy theatre""".split(),
    "education": """school pupil teacher exam curriculum campus classroom enrolment
        tuition lecture scholarship playground timetable headcount library dormitory
        graduation inspection canteen syllabus""".split(),
    "business": """merger shares profit factory contract supplier warehouse layoffs
        dividend takeover shareholder invoice export tariff output wages
        boardroom forecast loan brand""".split(),
    "environment": """forest wetland species pollution reserve river otter meadow
        reef emissions recycling landfill hedgerow beetle seabird estuary
        rewilding quarry sewage orchard""".split(),
    "housing": """tenants rent estate developer planning-permission landlord eviction
        flats tower-block mortgage renovation council-house lease heating damp
        allotment caretaker waiting-list deposit terrace""".split(),
    "sport": """match league coach stadium season striker goalkeeper penalty
        tournament referee squad transfer injury fixture trophy captain pitch
        supporters kickoff relegation""".split(),
    "culture": """museum exhibition festival orchestra gallery sculpture concert
        theatre choir manuscript archive painting premiere rehearsal curator
        mural recital collection auction poetry""".split(),
    "science": """telescope laboratory study sample researchers experiment satellite
        microscope dataset vaccine-trial fossil sensor probe observatory
        specimen journal genome glacier survey prototype""".split(),
    "police": """burglary arrest investigation witness patrol suspect robbery
        warrant cordon inquiry detective custody evidence lorry theft vandalism
        checkpoint raid informant fraud""".split(),
}

NOUNS = """
budget plan proposal report meeting vote project scheme review decision deadline
agreement statement survey figure estimate policy rule programme consultation grant
fund repair upgrade closure opening extension delay shortage complaint petition
campaign strike protest deal offer bid audit study warning notice permit licence
inquiry target schedule network system service building site bridge road tunnel
harbour square market centre office hall station pier warehouse garden park yard
tower gate wall roof floor basement kitchen boat van truck crane engine pump
generator cable pipe valve sign barrier fence queue crowd team panel committee board
""".split()

VERBS_PAST = """
announced approved rejected delayed confirmed reviewed expanded postponed cancelled
opened closed inspected repaired replaced suspended extended questioned defended
criticised welcomed challenged funded launched restored completed abandoned
resumed investigated reported estimated promised denied admitted warned urged
proposed blocked backed signed published released examined measured collected
""".split()

VERBS_BASE = """
approve reject delay confirm review expand postpone cancel open close inspect repair
replace suspend extend question defend fund launch restore complete resume
investigate publish release examine measure collect reduce increase protect rebuild
""".split()

VERBS_PP = """
approved rejected delayed confirmed reviewed expanded postponed cancelled opened
closed inspected repaired replaced suspended extended funded launched restored
completed resumed investigated published released examined measured collected
reduced increased protected rebuilt damaged moved evacuated
""".split()

ADJECTIVES = """
new old large small early late final temporary permanent local regional national
public private costly cheap busy quiet damaged empty crowded narrow wide brief long
key major minor urgent overdue second third last next first northern southern
eastern western central coastal rural urban annual weekly nightly revised disputed
controversial popular modest sharp sudden steady gradual rare familiar unusual
""".split()

ADVERBS = """
quickly slowly again sharply briefly formally quietly publicly already still later
eventually partly fully largely mostly reluctantly firmly openly
""".split()

PREPOSITIONS = "in near outside behind beside across along around below above".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = """January February March April May June July August September October
November December""".split()
NUMBER_WORDS = "Two Three Four Five Six Seven Eight Nine Ten Twelve Twenty".split()
TIMES = [
    "on {day}",
    "late on {day}",
    "early on {day}",
    "on {day} morning",
    "on {day} afternoon",
    "on {day} evening",
    "overnight",
    "this week",
    "last week",
    "in {month}",
    "earlier this month",
]
ATTRIBUTIONS = [
    "officials said",
    "{person} said",
    "according to the {org}",
    "the {org} said",
    "{person} told reporters",
    "a spokesperson said",
    "records show",
    "witnesses said",
]

# Sentence templates: every {slot} is filled by ``Writer.slot``; {full}, {last}, {role}
# and {porg} name one person of the story, the same throughout a sentence.
SLOT = re.compile(r"\{(\w+)\}")
SENTENCES = [
    "{subject} {vpast} the {adj} {noun} {time}, {attr}.",
    "{full}, {role} of the {porg}, said {clause}.",
    '"{quote}," {last} said.',
    '"{quote}," said {full}, who {vpast} the {noun} {prep} {place}.',
    "About {num} {nouns} were {vpp} {prep} {place} {time}, {attr}.",
    "The {noun} {prep} {place} had been {vpp} {times} times since {since}.",
    "{full} told the {outlet} that {clause}.",
    "Officials {vpast} {num} {nouns} and {vpast} a {adj} {noun} near the {noun}.",
    "In {month}, the {org} {vpast} plans to {vbase} the {adj} {noun} on {street}.",
    "The cost of the {noun} rose to {money}, up from {money} in {later}.",
    "{subject} said {clause}, but {clause}.",
    "Residents of {street} {vpast} the {noun} and asked the {org} to {vbase} it {adv}.",
    "It was not clear whether the {noun} would {vbase} the {adj} {noun}.",
    "{last} {vpast} the {noun} {adv} after the {noun} {prep} {place} was {vpp} {time}.",
    "A spokesperson for the {org} said {clause}.",
    "{numword} {nouns} were {vpp} at the {adj} {noun} in {place} {time}.",
    "{stock}",
]
CLAUSES = [
    "the {adj} {noun} would {vbase} the {noun} {prep} {place}",
    "the {noun} had been {vpp} {adv}",
    "{num} {nouns} were {vpp} {time}",
    "the {org} {vpast} a {adj} {noun}",
    "nobody had {vpp} the {noun} since {since}",
]
QUOTES = [
    "We {vpast} the {noun} and we will {vbase} the {adj} {noun} {time}",
    "Nobody expected the {noun} to be {vpp} so {adv}",
    "This {noun} is {adj} for {place}, and the {noun} has to be {vpp}",
    "I have lived {prep} {place} for {years} years and never seen a {adj} {noun} like this",
]
STOCK = [
    "The {org} did not respond to a request for comment {time}.",
    "{full} declined to comment further.",
    "It was not immediately clear how many people were affected.",
    "The investigation is continuing, {attr}.",
    "This story will be updated.",
    "No one was injured, {attr}.",
    "A decision is expected {time}.",
]

NEWSLETTER = (
    "Sign up for the {day} Briefing, our free newsletter with the day's local news, "
    "weather and events, delivered to your inbox every morning before seven. You can "
    "unsubscribe at any time, and we will never share your email address with anyone."
)
FAQ_BOX = (
    "Frequently asked questions about the regional water restrictions. What is "
    "restricted? Hosepipes, sprinklers and the filling of private pools are banned "
    "until further notice, and car washing is allowed only with a bucket. Who decides "
    "when the restrictions end? The regional water board reviews reservoir levels "
    "every fortnight and publishes its decision on its website and in local libraries. "
    "What happens if I break the rules? Households can be fined, although inspectors "
    "say most cases so far have ended with a warning letter. Are businesses exempt? "
    "Farms, hospitals and care homes may apply for an exemption, and garden centres "
    "may water stock in the early morning. How can I report a leak? Call the board's "
    "free helpline, which is staffed around the clock, or use the form on its website. "
    "Where can I find my reservoir's level? Weekly figures are posted online."
)
FAQ_UPDATED = "This guide was last updated on {day}, {month} {date}, at {hour} a.m."
ROUNDUP_OPENINGS = [
    "Good morning. Here are the {n} stories our editors are following this {day}.",
    "The week in brief: {n} stories you may have missed, chosen by our newsroom.",
    "Catch up fast. These are the {n} reports readers shared most on {day}.",
]
ROUNDUP_LINKS = [
    "First, from {place}:",
    "Meanwhile, in {place}:",
    "And finally, a report from {place}:",
    "Elsewhere, our correspondents in {place} wrote:",
    "Over in {place}, the picture was different:",
]
ROUNDUP_CLOSINGS = [
    "That is all for today. Send your tips and questions to our newsroom.",
    "We will be back tomorrow with more. Thank you for reading.",
]

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


# Names and the cast of a story.


def _syllables(rng: random.Random, n: int) -> str:
    return "".join(
        rng.choice(ONSETS) + rng.choice(VOWELS) + (rng.choice(CODAS) if i == n - 1 else "")
        for i in range(n)
    )


def surname(rng: random.Random) -> str:
    return (_syllables(rng, rng.randint(1, 2)) + rng.choice(SURNAME_ENDS)).capitalize()


def place_name(rng: random.Random) -> str:
    return (_syllables(rng, rng.randint(1, 2)) + rng.choice(PLACE_ENDS)).title()


@dataclass(frozen=True, slots=True)
class Person:
    first: str
    last: str
    role: str
    org: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(slots=True)
class Cast:
    """Who and what a story is about: the names its sentences are made of."""

    topic: str
    town: str
    places: list[str]
    streets: list[str]
    orgs: list[str]
    people: list[Person]
    nouns: list[str]
    year: int


def make_cast(rng: random.Random) -> Cast:
    topic = rng.choice(sorted(TOPICS))
    town = place_name(rng)
    places = [town, *(place_name(rng) for _ in range(2))]
    streets = [f"{surname(rng)} {rng.choice(STREET_KINDS)}" for _ in range(2)]
    orgs = [
        f"{town} {rng.choice(ORG_KINDS)}",
        rng.choice([f"{places[1]} {rng.choice(ORG_KINDS)}", f"{surname(rng)} "
                    f"{rng.choice(COMPANY_KINDS)}"]),
    ]  # fmt: skip
    people = [
        Person(rng.choice(FIRST_NAMES), surname(rng), rng.choice(ROLES), rng.choice(orgs))
        for _ in range(rng.randint(3, 5))
    ]
    nouns = rng.sample(TOPICS[topic], 8)
    return Cast(topic, town, places, streets, orgs, people, nouns, rng.randint(1990, 2024))


# Sentences.


class Writer:
    """Sentences about one story, from templates filled with its cast and the word
    lists."""

    def __init__(self, cast: Cast, rng: random.Random) -> None:
        self.cast = cast
        self.rng = rng
        self.speaker = cast.people[0]
        """The person of the sentence being written (``{full}``, ``{last}``, ...)."""
        self.slots: dict[str, Callable[[], str]] = {
            "adj": lambda: rng.choice(ADJECTIVES),
            "adv": lambda: rng.choice(ADVERBS),
            "prep": lambda: rng.choice(PREPOSITIONS),
            "vpast": lambda: rng.choice(VERBS_PAST),
            "vbase": lambda: rng.choice(VERBS_BASE),
            "vpp": lambda: rng.choice(VERBS_PP),
            "month": lambda: rng.choice(MONTHS),
            "numword": lambda: rng.choice(NUMBER_WORDS),
            "noun": self.noun,
            "nouns": self.plural,
            "num": self.number,
            "money": self.money,
            "place": self.place,
            "time": self.time,
            "attr": self.attribution,
            "subject": self.subject,
            "org": lambda: rng.choice(self.cast.orgs),
            "street": lambda: rng.choice(self.cast.streets),
            "outlet": lambda: rng.choice(OUTLETS).removeprefix("The "),
            "since": lambda: str(self.cast.year),
            "later": lambda: str(rng.randint(self.cast.year, 2025)),
            "times": lambda: str(rng.randint(2, 14)),
            "years": lambda: str(rng.randint(3, 60)),
            "full": lambda: self.speaker.full,
            "last": lambda: self.speaker.last,
            "role": lambda: self.speaker.role,
            "porg": lambda: self.speaker.org,
            "clause": lambda: self.fill(rng.choice(CLAUSES)),
            "quote": lambda: self.fill(rng.choice(QUOTES)),
            "stock": lambda: self.fill(rng.choice(STOCK)),
        }

    def noun(self) -> str:
        # Half the nouns come from the story's topic: versions of a story, and stories
        # on one topic, share vocabulary.
        pool = self.cast.nouns if self.rng.random() < 0.5 else NOUNS
        return self.rng.choice(pool).replace("-", " ")

    def plural(self) -> str:
        word = self.noun()
        return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")

    def person(self) -> Person:
        return self.rng.choice(self.cast.people)

    def time(self) -> str:
        return self.rng.choice(TIMES).format(
            day=self.rng.choice(WEEKDAYS), month=self.rng.choice(MONTHS)
        )

    def number(self) -> str:
        r = self.rng.random()
        if r < 0.5:
            return str(self.rng.randint(2, 99))
        if r < 0.8:
            return f"{self.rng.randint(1, 9)},{self.rng.randint(0, 999):03d}"
        return str(self.rng.randint(100, 999))

    def money(self) -> str:
        return f"${self.rng.randint(1, 90)}.{self.rng.randint(1, 9)} million"

    def place(self) -> str:
        r = self.rng.random()
        if r < 0.5:
            return self.rng.choice(self.cast.places)
        if r < 0.8:
            return self.rng.choice(self.cast.streets)
        return f"the {self.rng.choice(ADJECTIVES)} {self.noun()}"

    def attribution(self) -> str:
        p = self.person()
        name = p.last if self.rng.random() < 0.5 else p.full
        return self.rng.choice(ATTRIBUTIONS).format(
            person=name, org=self.rng.choice(self.cast.orgs)
        )

    def subject(self) -> str:
        r = self.rng.random()
        if r < 0.35:
            return self.person().full
        if r < 0.6:
            return f"The {self.rng.choice(self.cast.orgs)}"
        if r < 0.8:
            return f"The {self.rng.choice(ADJECTIVES)} {self.noun()}"
        return f"Residents of {self.place()}"

    def fill(self, template: str) -> str:
        """``template`` with every ``{slot}`` filled, left to right (see ``slot``)."""
        return SLOT.sub(lambda m: self.slot(m.group(1)), template)

    def slot(self, name: str) -> str:
        return self.slots[name]()

    def sentence(self) -> str:
        self.speaker = self.person()
        return self.fill(self.rng.choice(SENTENCES))

    def paragraph(self) -> list[str]:
        return [self.sentence() for _ in range(self.rng.choice((1, 2, 2, 2, 3, 3)))]

    def lede(self) -> list[str]:
        first = f"{self.cast.town.upper()} — {self.sentence()}"
        return [first, self.sentence()] if self.rng.random() < 0.5 else [first]


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
