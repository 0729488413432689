"""One quotation in two sentences the aligner left apart: a quote update (or a
rewording), not a quote removed and a quote added.

Two copies of a story, or a rewritten paragraph, carry one quotation in sentences too
different to pair ('"I know of no pressure," said Mr. Feith, the under secretary.' /
'"I know of nobody who pressured anybody," Douglas Feith said at a briefing.'). The
link round (``facts.link_round``) pairs quotes only inside a link; this pairs what is
left (``pair_pending``) when both hold:

- *one speaker*: the same name, one person named two ways, a body and its
  spokesperson, a person and a description of them (``facts.speaker_names``), or no
  speaker on one side or both ('"…," he said.' where no one is named before); never a
  quote moved from a person's agent to the person;
- *one quotation*: one's words inside the other's (the shorter of three words or
  more), or at least ``QUOTE_PAIR_SHARE`` of the shorter one's content words (stems, at
  least ``QUOTE_PAIR_MIN``) in the other.
"""

from __future__ import annotations

from storydiff.config import QUOTE_PAIR_MIN, QUOTE_PAIR_SHARE
from storydiff.facts import claims
from storydiff.facts.builder import Builder, Pending, Versions
from storydiff.facts.link_round import meaning_changed, moved_to_principal
from storydiff.facts.model import ChangeKind
from storydiff.facts.names import norm, same_speaker
from storydiff.facts.quotes import Quote
from storydiff.facts.speaker_names import one_speaker


def one_quotation(a: str, b: str) -> bool:
    """Whether two quotes' words are one quotation said two ways (the module's second
    condition).

    Examples:
        >>> one_quotation("I know of no pressure", "I know of nobody who pressured anybody")
        True
        >>> one_quotation("We will win", "The vote was a disgrace to the chamber")
        False
    """
    x, y = norm(a), norm(b)
    short = min((x, y), key=len)
    if len(short.split()) >= 3 and (x in y or y in x):
        return True
    stems_a = {claims.stem(w) for w in claims.content_words(a)}
    stems_b = {claims.stem(w) for w in claims.content_words(b)}
    shared = len(stems_a & stems_b)
    fewest = min(len(stems_a), len(stems_b))
    return shared >= QUOTE_PAIR_MIN and shared >= QUOTE_PAIR_SHARE * fewest


def _one_voice(q: Quote, r: Quote, v: Versions) -> bool:
    if moved_to_principal(q.speaker, r.speaker, v.old, v.new):
        return False
    if not q.speaker.strip() or not r.speaker.strip():
        return True  # one side says no one: its words are the other's
    return same_speaker(q.speaker, r.speaker) or one_speaker(q, r, v)


def pair_pending(pending: Pending, v: Versions, out: Builder) -> None:
    """Pair the quotes left over by the link round that are one quotation (the module's
    rule), each with the first such quote of the other version, and report each pair
    as a quote update or a rewording; the rest stay pending."""
    for q in list(pending.old_quotes):
        for r in pending.new_quotes:
            if norm(q.text) == norm(r.text) or not one_quotation(q.text, r.text):
                continue  # the same words: no change (``voices``)
            if not _one_voice(q, r, v):
                continue
            kind: ChangeKind = "update" if meaning_changed(q.text, r.text) else "rewording"
            speaker = q.speaker or r.speaker
            out.add(kind, "quote", speaker, q.text, r.text, "", "", [q.sentence], [r.sentence])
            pending.old_quotes.remove(q)
            pending.new_quotes.remove(r)
            pending.old_paired.append(q)
            pending.new_paired.append(r)
            break
