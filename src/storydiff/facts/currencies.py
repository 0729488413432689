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
