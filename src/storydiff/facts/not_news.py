"""Why a fact only one version has is no change of its own (``changes``' document
round): a list of weekdays the other version names day by day, a place that opens an
organisation's name, a place that only bounds a superlative, one word of a person's
name the recogniser tagged apart, a name said in a shorter form, a law, an amount said
again in another currency."""

from __future__ import annotations

import re

from storydiff.facts import units
from storydiff.facts.counts import DURATIONS
from storydiff.facts.currencies import CURRENCIES
from storydiff.facts.lexicon import TEXTS
from storydiff.facts.model import Fact
from storydiff.facts.name_forms import word_named
from storydiff.facts.names import mentions
from storydiff.facts.numbers import stated, written
from storydiff.facts.rounding import bounded, rounded_elsewhere
from storydiff.facts.spellings import FIGURES, Figure, date_core, spelled, stated_figure


def measured(f: Fact, sole: frozenset[int]) -> bool:
    """A measure a changed sentence adds or drops ("a parking lot about 25 miles north of
    Detroit" -> "a parking lot in a Detroit suburb"): news of its own, as a count is.
    Not when the whole sentence is added or removed (its claim carries the measure), nor
    a length of time, a place in an order, or a bare figure with no unit; a size said
    in a modifier is one ("a 58-page report")."""
    return (
        f.kind == "quantity"
        and f.sentence not in sole
        and bool(f.subject)
        and f.subject not in DURATIONS
        and f.subject != "time"
        and f.detail != "ordinal"
    )


def value_said(
    f: Fact, other_text: str, days: frozenset[str], figures: set[Figure], own_text: str = ""
) -> bool:
    """Whether the other version states this date, amount or count too."""
    return (
        mentions(other_text, f.text)
        or (f.kind == "date" and mentions(other_text, date_core(f.text)))
        or (f.kind == "date" and spelled(f.text) in days)
        or (f.kind == "date" and days_named(f.value, other_text))
        or (f.kind in FIGURES and stated_figure(f, figures))
        or (f.kind == "quantity" and stated(f.value, f.subject, other_text))
        or (f.kind == "quantity" and bounded(f, other_text))
        or rounded_elsewhere(f, own_text, other_text, f.start)  # "39.6%" / "nearly 40%"
        or (f.measure and units.again(f.subject, f.value, other_text, own_text))
        or (
            f.measure
            and "." in f.value
            and not units.unit_of(f.subject)
            and written(f.value, other_text)
        )  # "the magnitude 5.8 quake" / "of 5.8"
    )


def days_named(value: str, text: str) -> bool:
    """A list of weekdays ("friday+saturday") whose every day the other version names,
    together or apart: no date of its own."""
    days = value.split("+")
    return len(days) > 1 and all(mentions(text, day.capitalize()) for day in days)


def before_a_name(f: Fact, facts: list[Fact], text: str) -> bool:
    """A place that opens an organisation's name ("U.S." of "the U.S. Court of
    Appeals", tagged apart): the organisation is the news, not the country."""
    return f.kind == "place" and any(
        g.kind == "organization"
        and g.sentence == f.sentence
        and 0 < g.start - f.end <= 2
        and not text[f.end : g.start].strip()
        for g in facts
    )


_SCOPE = (
    r"['’]s\s+(?:(?:most|least)\b|(?!(?:[a-z]*(?:test|rest|quest|west)|interest|harvest|chest|"
    r"guest|nest|vest|behest|forest)\b)[a-z]+est\b)"
)
"""What follows a place that only bounds a superlative: "Europe's most wanted"."""


def scope_only(f: Fact, text: str) -> bool:
    """A place named only as the range of a superlative ("Europe's most wanted
    fugitive", "Africa's largest economy"): it describes someone or something else,
    and no one went there or did anything there."""
    if f.kind != "place":
        return False
    said = [m.end() for m in re.finditer(rf"(?<![\w-]){re.escape(f.value)}(?![\w-])", text)]
    return bool(said) and all(re.match(_SCOPE, text[end:]) for end in said)


def part_of_person(f: Fact, people: set[str], sources: set[str]) -> bool:
    """One word of a person's name that the recogniser took for a place or an
    organisation ("Garcetti" beside "Eric M. Garcetti"), or a word of a new source's
    name: that person, reported (or not) as such."""
    if " " in f.value:
        return False
    return any(f.value != p and f.value in p.split() for p in people | sources if " " in p)


_CONVERTED = re.compile(
    r"([$€£¥]?)\d[\d.,]*(?:\s+(?:million|billion|thousand|trillion))?(?:\s+([^\W\d]+))?"
    r"\s*\(\s*$"
)
"""An amount with its currency and an opening bracket: what comes before a conversion
("85 million kronor (", "€40 (")."""


def converted(f: Fact, text: str) -> bool:
    """An amount in brackets right after an amount in another currency ("85 million
    kronor ($9.2 million)"): it says the amount before it again, whose change is the
    news. Not a part of a count in brackets ("40 people (12 children)") nor an amount
    in the same currency ("$5 million ($3 million)").

    Examples:
        >>> t = "They seek 85 million kronor ($9.2 million) and $5 million ($3 million)."
        >>> at = t.index("$9")
        >>> f = Fact("money", "$9.2 million", "9200000", "USD", 0, at, at + 12)
        >>> at = t.index("$3")
        >>> same = Fact("money", "$3 million", "3000000", "USD", 0, at, at + 10)
        >>> converted(f, t), converted(same, t), converted(f, "They seek $9.2 million.")
        (True, False, False)
    """
    if f.kind != "money":
        return False
    before = _CONVERTED.search(text[max(0, f.start - 60) : f.start])
    if before is None or text[f.end : f.end + 2].lstrip()[:1] != ")":
        return False
    currency = CURRENCIES.get((before.group(1) or before.group(2) or "").lower(), "")
    return currency not in ("", f.subject)


def without_conversions(
    olds: list[Fact], news: list[Fact], texts: tuple[str, str]
) -> tuple[list[Fact], list[Fact]]:
    """Two sides' figures without their amounts in brackets after an amount in another
    currency (``converted``; ``texts``: the versions' whole texts) when both sides have
    such in the same currencies: "8.6 billion euros ($9.3 billion)" -> "9.3 billion euros
    ($10.1 billion)" is the euros' update, the dollars say it again; an amount and its
    conversion swapped ("$9.9 billion (8.6 billion euros)") are read as written."""
    o_conv = [f for f in olds if converted(f, texts[0])]
    n_conv = [f for f in news if converted(f, texts[1])]
    if not o_conv or not n_conv or {f.subject for f in o_conv} != {f.subject for f in n_conv}:
        return olds, news  # "8.6 billion euros ($9.3 billion)" -> "$9.9 billion (8.6 …)"
    return [f for f in olds if f not in o_conv], [f for f in news if f not in n_conv]


_MATTERS = (
    r"(?:matter|talks|plans?|negotiations|discussions|deal|investigation|deliberations"
    r"|decision|situation|case|probe|process|proposal|offer|meeting|inquiry)"
)
_UNNAMED = re.compile(
    r"\s+(?:\w+\s+)?(?:familiar\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of"
    rf"|(?:aware\s+of|close\s+to|involved\s+in)\s+the\s+{_MATTERS}\b"
    r"|who\s+(?:spoke|asked|requested|declined|insisted|(?:were|was)\s+not)\b[^.;]{0,30}?"
    r"(?:condition|anonymity|(?:not\s+)?to\s+be\s+(?:named|identified)|authori[sz]ed)"
    r"|speaking\s+on\s+(?:the\s+)?condition)",
    re.IGNORECASE,
)
"""After a count of people, the words that make them unnamed sources ("two people
familiar with the matter", "three officials briefed on the talks", "two diplomats who
spoke on the condition of anonymity", "who asked not to be named"); not "two workers
who declined to leave", "three workers close to the blast"."""


def unnamed_sources(f: Fact, text: str, offset: int = 0) -> bool:
    """A count of unnamed sources ("two people familiar with the matter said"): how
    many a report rests on is its sourcing, not a fact of the story. ``text`` starts
    at ``offset`` of the version the fact's offsets index.

    Examples:
        >>> t = "The deal is close, two people familiar with the matter said."
        >>> at = t.index("two")
        >>> unnamed_sources(Fact("quantity", "two people", "2", "person", 0, at, at + 10), t)
        True
        >>> t = "Ten senators briefed on the plan voted against it, officials said."
        >>> unnamed_sources(Fact("quantity", "Ten senators", "10", "senator", 0, 0, 12), t)
        False
        >>> t = "Two workers who declined to leave the plant were hurt."
        >>> unnamed_sources(Fact("quantity", "Two workers", "2", "worker", 0, 0, 11), t)
        False
    """
    if f.kind != "quantity":
        return False
    unnamed = _UNNAMED.match(text, f.end - offset)
    if unnamed is None:
        return False
    cited = re.search(r"according\s+to\s+$", text[: f.start - offset], re.IGNORECASE)
    clause = re.split(r"[,;:.]", text[unnamed.end() :])[0]  # "the matter said"
    return bool(cited or _SAYS.search(clause))


_SAYS = re.compile(r"\b(?:said|say|says|told|tell|confirmed|added|reported)\b", re.I)
"""A verb of saying right after the sources: they are the report's ("two people
familiar with the matter said"), not people the story is about ("three engineers
familiar with the plant's layout led firefighters")."""


def form_said(form: str, text: str) -> bool:
    """A shorter form of a name in ``text``: one word whole and capitalised
    (``name_forms.word_named``), longer ones as ``names.mentions`` reads them."""
    return word_named(form, text) if " " not in form.strip() else mentions(text, form)


def a_law(f: Fact) -> bool:
    """An "organisation" named as a law, a treaty or a report ("the Harbour Safety Act",
    "the National Flood Risk Assessment"): no new name of the story (its words stay in
    the claim that cites it)."""
    words = f.value.split()
    return f.kind == "organization" and len(words) > 1 and words[-1].lower() in TEXTS
