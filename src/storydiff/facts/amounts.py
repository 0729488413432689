"""Which kind of number a count the entity recogniser left is: money when a currency
stands with it ("Sh130 million", "350 euros", "$275m", "a 5 million euro fine"), a
percentage ("12 percent", "75 basis points"), else a count of what it counts ("5
million people"). Pounds that weigh ("a 300-pound bear", "50 pounds of cocaine",
"weighed 200 pounds", "gained 15 pounds", "put on 10 pounds in hospital", "lost 20
pounds on a diet", "dropped 10 pounds to make weight", "8 pounds 3 ounces") are a
weight, not money; pounds of a sum or of money ("500 pounds of his own money", "lost 20
million pounds", "lost 300 pounds to fraudsters") are money. "won" and "sterling" are
money only after a scaled number ("2 billion won"), not in "won 3 games" or "two
sterling performances"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storydiff.facts.currencies import CURRENCIES
from storydiff.facts.lexicon import MONTH_WORDS
from storydiff.facts.model import FactKind
from storydiff.facts.numbers import SCALES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PERCENT_WORDS = {"percent", "per", "cent", "%", "pct"}
_AMBIGUOUS = {"won", "sterling"}
"""Currency words that are more often a verb or an adjective ("the 3 won games", "two
sterling performances"): money after a number with a scale word ("2 billion won"),
never before one ("won 3 games")."""


def _lower(word: Token) -> bool:
    """A currency word as currencies are written, in lower case: "the 3 Rand brothers"
    and "2 Lira family members" count people (a text in capitals aside)."""
    return not word.text[:1].isupper() or word.text.isupper()


def _scaled(run: list[Token]) -> bool:
    return any(t.lower_ in SCALES for t in run)


def _currency(word: str, run: list[Token]) -> str:
    """The currency a word after the number ``run`` names, "" when none or when the
    word is one of the ``_AMBIGUOUS`` ones and the number has no scale word."""
    if word in _AMBIGUOUS and not _scaled(run):
        return ""
    return CURRENCIES.get(word, "")


def _weight(run: list[Token], noun: Token) -> bool:
    """Pounds that weigh, with no scale word on the number: glued by a hyphen to it as
    a modifier of another noun ("a 300-pound bear"; "a 5-million-pound deal" costs),
    of a substance ("50 pounds of cocaine"), or what something weighs ("weighed 200
    pounds"). "fined 500 pounds" stays money."""
    if noun.lower_ not in ("pound", "pounds") or _scaled(run):
        return False
    doc = run[-1].doc
    glued = run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].text == "-"
    if glued:
        return noun.head.i > noun.i
    of = any(c.dep_ == "prep" and c.lower_ == "of" and _substance(c) for c in noun.children)
    return of or (noun.head.pos_ == "VERB" and noun.head.lemma_.lower() == "weigh") or _body(noun)


_GAIN_VERBS = {"gain", "shed", "put", "pile"}
"""Verbs of a body's weight that rarely take money: "gained 15 pounds", "shed 30
pounds", "put on 10 pounds" ("put" and "pile" only with "on")."""
_LOSS_VERBS = {"lose", "drop"}
"""Verbs that lose money as often as weight: "lost 20 pounds" weighs only with a word of
the body ("on a diet") or a span of weeks ("in a month", "since January")."""
_HEAVIER = {"heavier", "lighter", "overweight", "underweight"}
"""Comparisons of weight that pounds measure: "30 pounds lighter"."""
_FIRMS = {
    "company", "firm", "business", "bank", "fund", "club", "council", "government",
    "shop", "store", "retailer", "airline", "charity", "investor", "investors",
}  # fmt: skip
"""Subjects that lose or gain money, not weight: "the firm lost 20 pounds on each sale"."""
_STAKES = {"bet", "wager", "stake", "casino", "price", "cost", "sale", "order", "share"}
"""Nouns besides ``_MONEY_NOUNS`` that make pounds money ("lost 20 pounds in bets")."""
_BODY_WORDS = {
    "diet", "dieting", "weight", "exercise", "workout", "gym", "fitness", "surgery",
    "illness", "pregnancy", "lockdown", "fat", "waist", "waistline", "body",
}  # fmt: skip
"""Words of the body that make lost pounds weigh ("lost 20 pounds on a strict diet")."""
_WEEKS = {"week", "month", "year", "summer", "winter", "spring", "autumn", "season"}
"""Spans a body takes to lose weight ("in a month", "over the summer"); a trader loses
money "in a single afternoon"."""
_SPAN_PREPS = {"in", "over", "since", "during", "within"}
_MONTH_PREPS = {"since", "over", "during"}
"""A month is a span of weeks after these ("since January", "over March"); "in March"
only dates the loss ("lost 200 pounds in March when his wallet was stolen")."""
_MONEY_PREPS = {"to", "on", "off"}
"""Prepositions whose object the pounds are lost to or on: money ("lost 300 pounds to
fraudsters", "on the horses", "dropped 50 pounds off the rent"), unless a word of the
body ("on a diet")."""


def _body(noun: Token) -> bool:
    """Pounds a body loses, gains or is lighter by: "30 pounds lighter", "gained 15
    pounds", "shed 30 pounds", "put on 10 pounds" (also "put on 10 pounds in hospital",
    where the parser takes "on" for a preposition), "lost 20 pounds" with a word of the
    body ("on a diet", or in the purpose it was lost for: "dropped 10 pounds to make
    weight"), whoever the subject is, or with a span of weeks ("in a month", "since
    January") unless a firm (``_firm_subject``) lost them. A money word
    (``_money_context``: "lost 20 pounds in bets") or what the pounds are lost to or on
    ("to fraudsters", "on the horses", "off the rent") makes them money."""
    head = noun.head
    if noun.dep_ == "npadvmod" and head.lower_ in _HEAVIER:
        return not _money_context(noun)
    put_on = _put_on(noun)
    if put_on is None and noun.dep_ != "dobj":
        return False
    head = put_on or head
    lemma = head.lemma_.lower()
    if head.pos_ != "VERB" or lemma not in _GAIN_VERBS | _LOSS_VERBS:
        return False
    if lemma in ("put", "pile") and not any(
        c.lower_ == "on" and not any(g.dep_ == "pobj" and g.i != noun.i for g in c.children)
        for c in head.children
    ):
        return False  # "on" a particle (or a preposition the parser left without object)
    if _money_context(noun):
        return False
    cue, weeks, spent = _purpose_of_body(head), False, False
    for prep in (c for c in head.children if c.dep_ == "prep"):
        for obj in (g for g in prep.children if g.dep_ == "pobj" and g.i != noun.i):
            body = obj.lemma_.lower() in _BODY_WORDS
            cue |= body
            weeks |= (prep.lower_ in _SPAN_PREPS and obj.lemma_.lower() in _WEEKS) or (
                prep.lower_ in _MONTH_PREPS and obj.lower_ in MONTH_WORDS
            )
            spent |= prep.lower_ in _MONEY_PREPS and not body
    if spent:
        return False  # "lost 300 pounds to fraudsters", "on the horses"
    if lemma in _GAIN_VERBS or cue or any(t.lemma_.lower() in _BODY_WORDS for t in _own(noun)):
        return True  # "Okafor lost 20 pounds on a strict diet", "Brandt shed 30 pounds"
    return weeks and not _firm_subject(head)


def _put_on(noun: Token) -> Token | None:
    """The verb of "put on 10 pounds" (or "piled on") when the parser took "on" for a
    preposition whose object is the pounds: "on" right after the verb, the pounds its
    object. None otherwise ("put 10 pounds on the horse")."""
    on = noun.head
    verb = on.head
    if noun.dep_ != "pobj" or on.lower_ != "on" or on.dep_ not in ("prep", "prt"):
        return None
    if verb.lemma_.lower() not in ("put", "pile") or on.i != verb.i + 1:
        return None
    return verb


def _purpose_of_body(verb: Token) -> bool:
    """The verb's purpose clause ("to make weight", "to make the lightweight limit",
    "to fit the weight class") speaks of the body's weight."""
    return any(
        c.dep_ in ("advcl", "xcomp")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and any(t.lemma_.lower() in _BODY_WORDS or t.lower_.endswith("weight") for t in c.subtree)
        for c in verb.children
    )


_FIRM_SUFFIXES = {
    "ltd", "limited", "plc", "inc", "corp", "corporation", "co", "llc", "llp", "group",
    "holdings", "gmbh", "ag", "sa", "nv", "bv", "pty",
}  # fmt: skip
"""Words that end a firm's name ("Orvane Ltd", "Brisvale Holdings")."""


def _firm_subject(verb: Token) -> bool:
    """The verb's subject is a firm: a common noun of one ("the company"), an
    organisation, a place or a people, or a proper noun with a firm's suffix ("Orvane
    Ltd"). A lone proper noun the recogniser did not tag may be a person's surname
    ("Okafor lost 20 pounds"), no firm."""
    return any(
        c.dep_ == "nsubj"
        and (
            c.lower_ in _FIRMS
            or c.ent_type_ in ("ORG", "GPE", "NORP")
            or (c.pos_ == "PROPN" and c.lower_.strip(".") in _FIRM_SUFFIXES)
        )
        for c in verb.children
    )


_CLAUSES = {"conj", "cc", "advcl", "ccomp", "xcomp", "relcl", "parataxis", "acl"}


def _own(noun: Token) -> list[Token]:
    """The words of the pounds' own verb (or of their own phrase when no verb governs
    them), without its other clauses and other amounts ("lost 20 pounds at the races
    and 5 pounds in bets": "bets" is the 5 pounds')."""
    top = noun
    while top.head.i != top.i and top.pos_ not in ("VERB", "AUX"):
        top = top.head
    words, todo = [], [top]
    while todo:
        tok = todo.pop()
        words.append(tok)
        todo.extend(
            c
            for c in tok.children
            if not (tok.i == top.i and c.dep_ in _CLAUSES)
            and not (c.i != noun.i and c.lower_ in CURRENCIES)
        )
    return words


def _money_context(noun: Token) -> bool:
    """Whether the words of the pounds' own verb or phrase (``_own``) name money in
    another word: a currency (not "per cent") or a noun of money; money elsewhere in
    the sentence ("and her husband won 200 pounds in bets") leaves them as they are."""
    for t in _own(noun):
        if t.i == noun.i:
            continue
        if t.lower_ in CURRENCIES and t.lower_ not in _AMBIGUOUS | {"cent", "cents"}:
            return True
        if t.pos_ == "NOUN" and {t.lower_, t.lemma_.lower()} & (_MONEY_NOUNS | _STAKES):
            return True
    return False


def weighing(ent: Span) -> bool:
    """Whether a MONEY entity of the recogniser is pounds that weigh ("put on 10
    pounds"): its number is then read as a count of pounds, as ``kind_of`` reads it."""
    noun = ent[-1]
    run = [t for t in ent if t.like_num]
    return noun.lower_ in ("pound", "pounds") and bool(run) and _weight(run, noun)


_MONEY_NOUNS = {
    "money", "fund", "funds", "cash", "benefit", "benefits", "budget", "savings", "debt",
    "debts", "income", "salary", "wages", "pay", "pension", "loan", "grant", "fee", "fees",
    "fine", "profit", "profits", "revenue", "tax", "taxes", "bill", "compensation", "total",
}  # fmt: skip
"""Nouns of money: "500 pounds of his savings" costs, it does not weigh."""


def _substance(of: Token) -> bool:
    """Whether "of" after pounds names a substance they weigh ("50 pounds of cocaine",
    "5 pounds of the drug", "20 pounds of the gang's cocaine"): not a money word ("2,000
    pounds of the benefits", "500 pounds of his own money", "300 pounds of the 1,000
    pounds") nor a figure's part of a sum ("300 pounds of the 1,000 raised"). A
    possessive says whose the thing is, not that it is money."""
    objects = [c for c in of.children if c.dep_ == "pobj"]
    if not objects:
        return False
    obj = objects[0]
    words = {obj.lower_, obj.lemma_.lower()}
    if obj.like_num or words & _MONEY_NOUNS or any(w in CURRENCIES for w in words):
        return False
    return not any(c.dep_ == "nummod" for c in obj.children)


def _currency_modifier(run: list[Token], noun: Token | None) -> Token | None:
    """A currency word between a number and the noun it counts, as the noun's
    modifier: "a 5 million euro fine", "a 40 billion rupee deal" cost, they count no
    fines. A pound needs a scale word ("20 pound bags" weigh)."""
    doc = run[-1].doc
    if noun is None or run[-1].i + 1 >= len(doc):
        return None
    word = doc[run[-1].i + 1]
    if (
        word.is_alpha
        and _lower(word)
        and _currency(word.lower_, run)
        and word.head.i == noun.i
        and noun.i > word.i
        and (word.lower_ not in ("pound", "pounds") or _scaled(run))
    ):
        return word
    return None


def _second_unit(doc: Doc, first: int) -> bool:
    """Whether the currency word before a number at ``first`` is the first unit of a
    two-unit weight ("weighed 8 pounds 3 ounces": the 3 counts ounces, not pounds)."""
    return doc[first - 1].lower_ in ("pound", "pounds") and first > 1 and doc[first - 2].like_num


def kind_of(
    run: list[Token], noun: Token | None, span: Span, subject: str, prefix: re.Match[str] | None
) -> tuple[FactKind, str, Span]:
    """The kind, subject and words of a number ``run`` whose words are ``span``
    (qualifiers and the counted ``noun`` included), its noun's ``subject`` and, for a
    currency written onto the amount ("Sh130"), that ``prefix``."""
    doc, first, last = span.doc, span.start, span.end - 1
    before = doc[first - 1].lower_ if first > 0 else ""
    if prefix:  # "Sh130 million", "Sh130m": 130 million shillings
        return "money", CURRENCIES[prefix.group(1).lower()], doc[first : run[-1].i + 1]
    if noun is not None and noun.lower_ == "cent" and doc[noun.i - 1].lower_ == "per":
        return "percent", "percent", span  # "8 per cent": no cents
    if noun is not None and _currency(noun.lower_, run) and not _weight(run, noun) and _lower(noun):
        return "money", CURRENCIES[noun.lower_], span  # "350 euros", missed by NER
    word = _currency_modifier(run, noun)
    if word is not None:
        return "money", CURRENCIES[word.lower_], doc[first : word.i + 1]
    if before in CURRENCIES and before not in _AMBIGUOUS and not _second_unit(doc, first):
        return "money", CURRENCIES[before], doc[first - 1 : last + 1]  # "$275m"
    if noun is not None and noun.lower_ in PERCENT_WORDS:
        return "percent", "percent", span
    said = {c.lower_ for c in noun.children} if noun is not None and subject == "point" else set()
    if "basis" in said:
        return "percent", "basis point", span  # "cut by 75 basis points"
    if "percentage" in said and any(c.isdigit() for t in run for c in t.text):
        return "percent", "percent", span  # "7.3 percentage points", as NER reads "4.3 …"
    if subject == "point" and before in ("up", "down") and _level_before(doc, first - 1):
        return "percent", "percent", span  # "has risen to 58 percent, up 6 points"
    return "quantity", subject, span


def _level_before(doc: Doc | Span, at: int) -> bool:
    """Whether a level in percent ends right before "up" or "down" at ``at`` ("to 58
    percent, up 6 points"; not "rose 1.5 percent, up 62 points", index points)."""
    words = [t.lower_ for t in doc[max(0, at - 5) : at]]
    if words[-1:] != [","] or not (set(words) & PERCENT_WORDS or "%" in words):
        return False
    return any(w in ("to", "at", "is", "was") for w in words[:-3])
