"""The people, places and organisations of a generated story (its ``Cast``) and the
``Writer`` that turns them into sentences, for ``gen_versions``: names are built from
syllables, sentences from the templates and word lists of ``gen_versions_words``."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from gen_versions_words import (
    ADJECTIVES,
    ADVERBS,
    ATTRIBUTIONS,
    CLAUSES,
    CODAS,
    COMPANY_KINDS,
    FIRST_NAMES,
    MONTHS,
    NOUNS,
    NUMBER_WORDS,
    ONSETS,
    ORG_KINDS,
    OUTLETS,
    PLACE_ENDS,
    PREPOSITIONS,
    QUOTES,
    ROLES,
    SENTENCES,
    SLOT,
    STOCK,
    STREET_KINDS,
    SURNAME_ENDS,
    TIMES,
    TOPICS,
    VERBS_BASE,
    VERBS_PAST,
    VERBS_PP,
    VOWELS,
    WEEKDAYS,
)

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
