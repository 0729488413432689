"""Currencies as news writes them: words, signs and a dollar's country code."""

from __future__ import annotations

import re

CURRENCIES = {
    "$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "euro": "EUR",
    "euros": "EUR", "£": "GBP", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
    "¥": "JPY", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "won": "KRW", "₩": "KRW",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "₽": "RUB",
    "rupee": "INR", "rupees": "INR", "₹": "INR", "franc": "CHF", "francs": "CHF",
    "rs": "INR", "rs.": "INR", "inr": "INR", "ksh": "KES", "kes": "KES", "sh": "shilling",
    "shilling": "shilling", "shillings": "shilling",  # Kenyan, Ugandan or Tanzanian
    "cent": "cents", "cents": "cents", "penny": "pence", "pence": "pence", "¢": "cents",
    "krona": "SEK", "kronor": "SEK", "krone": "krone",
    "kroner": "krone", "koruna": "CZK", "korunas": "CZK", "zloty": "PLN", "zlotys": "PLN",
    "forint": "HUF", "forints": "HUF", "lira": "lira", "liras": "lira", "peso": "peso",
    "pesos": "peso", "rand": "ZAR", "naira": "NGN", "baht": "THB", "ringgit": "MYR",
    "dinar": "dinar", "dinars": "dinar", "dirham": "dirham", "dirhams": "dirham",
    "riyal": "riyal", "riyals": "riyal", "hryvnia": "UAH", "hryvnias": "UAH",
}  # fmt: skip
"""Currency words and signs: an ISO code where the word names one currency, else the
word ("krone" is Danish or Norwegian, "pesos" of many countries). Not "crowns": a
sport's titles too ("two world crowns")."""
DOLLARS = {"us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "nz": "NZD", "hk": "HKD", "s": "SGD"}
"""Whose dollar a code on "$" names, before it ("A$", "NZ$") or after ("$US", "$A"; how
copy from where the dollar is another's writes the US one)."""
CURRENCIES.update({code + "$": iso for code, iso in DOLLARS.items()})
_CODES = "|".join(DOLLARS)
PREFIXED_CURRENCY = re.compile(
    rf"^(sh|ksh|kes|rs\.?|inr|(?:{_CODES})\$)(\d[\d,]*(?:\.\d+)?)$", re.IGNORECASE
)
"""A currency written onto its amount: "Sh130", "Rs500", "NZ$2" (one token)."""
_SIGNED = re.compile(rf"^(?:({_CODES})\$|\$({_CODES})?(?=[\d.]|$))")
"""A dollar sign with its code, at a word's start: "a$2.5", "$us1.06", "$"."""
_CODE = re.compile(rf"^({_CODES})(?=\d)")
"""A code the tokenizer glued onto the amount after a lone "$": "$" "US1.06"."""


def sign(word: str, before: str) -> tuple[str, str] | None:
    """The currency a sign at the start of a lower-case word gives and the rest of the
    word ("a$2.5" -> AUD, "2.5"; "$us1.06" -> USD, "1.06"; "€40" -> EUR, "40"), with a
    code glued onto the amount after a lone "$" ``before`` it ("us1.06"), else None."""
    signed = _SIGNED.match(word) or (_CODE.match(word) if before == "$" else None)
    if signed is not None:
        code = next((g for g in signed.groups() if g), "us")
        return DOLLARS[code], word[signed.end() :]
    if word[:1] in ("€", "£", "¥"):
        return CURRENCIES[word[0]], word[1:]
    return None


_CODED = re.compile(rf"(?:^|[^a-z])(?:{_CODES})\$|\$(?:{_CODES})(?=[\d.\s]|$)", re.IGNORECASE)
"""A dollar sign with a country's code beside it, in a sum's words."""


def bare_dollar(a: str, a_currency: str, b: str, b_currency: str) -> bool:
    """Whether two sums in dollars (their words and currencies) may be one sum: a bare
    "$" beside a country's dollar ("A$2.5 million" / "$2.5 million": the bare sign is
    whatever dollar the writer's own is)."""
    dollars = set(DOLLARS.values())
    coded = [_CODED.search(text) is not None for text in (a, b)]
    return a_currency in dollars and b_currency in dollars and coded.count(True) == 1
