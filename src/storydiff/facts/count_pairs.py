"""Pairing counts of the two versions: when a count is the same, when it changed, and
when two counts are of different things.

- Inside a link (the OLD and NEW sentences the aligner paired), after
  ``facts.link_round``: a count that changed together with the noun it counts, in
  the same place of the sentence ("fired a ballistic projectile into the sea" ->
  "fired two ballistic missiles into the sea"), is one update of that count, not a
  removal and an unrelated addition. The same figure of another noun in the same
  place ("Five soldiers were killed" -> "Five civilians were killed") is an update of
  what is counted when the two nouns name groups news tells apart (``groups.CONTRASTED``);
  a synonym or a noun outside the table ("10 homes" -> "10 houses") is a rewording;
  moved elsewhere in the sentence ("conducted 200 interviews" -> "spoke to 200
  witnesses") it is no update of a count, the edit is the sentence's
  (``value_pairs.other_things``).
- Across the document: the same count of the same thing in a rewritten sentence is
  no change, and a new value of a thing counted once on each side is an update
  (``document_counts``), as is the count of two rewritten leads where the new one says
  better what the old one named by its kind ("a projectile" -> "two missiles",
  ``_leads``); an update of one value said in two rewritten sentences is one
  (``once``).
"""

from __future__ import annotations

import re
from collections import Counter

from storydiff.config import COUNT_LIKE_SIZE, COUNT_REWRITE_SHARE
from storydiff.diff.align import Link
from storydiff.facts.builder import Builder, Pending, Versions
from storydiff.facts.claims import content_words, stem, words_around
from storydiff.facts.counted import PEOPLE
from storydiff.facts.datelines import lead
from storydiff.facts.groups import contrasted, one_group, said_better
from storydiff.facts.model import Change, Fact
from storydiff.facts.numbers import at_least_ten, exact_figure
from storydiff.facts.rounding import crossed
from storydiff.facts.tolls import toll_updates, tolls_apart
from storydiff.facts.value_pairs import other_things
from storydiff.text.sentences import Sentence

_WORD = re.compile(r"[\w'’-]+")


def _context(f: Fact, sentences: list[Sentence], text: str) -> tuple[str, str]:
    """The word before a count's words and the word after them in its sentence,
    lower case ("" at the sentence's edge)."""
    s = sentences[f.sentence]
    before = _WORD.findall(text[max(s.start, f.start - 40) : f.start])
    after = _WORD.findall(text[f.end : min(s.end, f.end + 40)])
    return (before[-1].casefold() if before else ""), (after[0].casefold() if after else "")


def _slot(o: Fact, n: Fact, v: Versions) -> int:
    """How surely one count stands in the other's place: two when both words around
    them agree ("fired [...] into"), one when only the word before does ("fired [...]
    at"), none when only the word after does: a function word after two counts of
    other verbs ("employs 500 workers in" / "operates 3 plants in") places nothing."""
    (before_o, after_o) = _context(o, v.old_sents, v.old_text)
    (before_n, after_n) = _context(n, v.new_sents, v.new_text)
    if before_o != before_n:
        return 0
    return 2 if after_o == after_n else 1


def _counts(facts: list[Fact], bare: bool = False) -> list[Fact]:
    """Counts of a named thing, and with ``bare`` numbers of nothing named too."""
    return [f for f in facts if f.kind == "quantity" and (f.subject or bare) and not f.measure]


def pair_link(
    link: Link, v: Versions, out: Builder, pending: Pending, marks: tuple[int, int, int]
) -> None:
    """Counts of one changed link after the link round (``marks``: how many changes,
    OLD and NEW pending facts there were before it). The same figure of another noun
    is first settled (``_same_figure``). A count left alone on each side whose value
    and noun both changed, in the same place of the sentence, is one update ("a
    ballistic projectile" -> "two ballistic missiles"). An article's count of one, or a
    number of nothing named ("killing 23 people" -> "killing 25"), pairs only when
    both words around agree; two numbers pair on the word before them alone
    when each is the link's only count left (``_slot``)."""
    start, old_mark, new_mark = marks
    _same_figure(v, out, pending, old_mark, new_mark)
    told = {c.before for c in out.changes[start:]} | {c.after for c in out.changes[start:]}
    old_facts = _counts([f for i in link.old for f in v.old.facts.get(i, [])])
    new_facts = _counts([f for j in link.new for f in v.new.facts.get(j, [])])
    old_nouns, new_nouns = {f.subject for f in old_facts}, {f.subject for f in new_facts}
    olds = _counts(pending.old[old_mark:], bare=True) + [
        f for f in old_facts if f.weak and f.subject not in new_nouns and f.text not in told
    ]
    news = _counts(pending.new[new_mark:], bare=True) + [
        f for f in new_facts if f.weak and f.subject not in old_nouns and f.text not in told
    ]
    alone = (
        sum(not f.weak and bool(f.subject) for f in olds) == 1
        and sum(not f.weak and bool(f.subject) for f in news) == 1
    )
    pairs = sorted(
        (
            (_slot(o, n, v), k, m)
            for k, o in enumerate(olds)
            for m, n in enumerate(news)
            if o.value != n.value and o.subject != n.subject and not (o.weak and n.weak)
        ),
        key=lambda p: (-p[0], p[1], p[2]),
    )  # the best placed first, then in reading order
    used_o: set[int] = set()
    used_n: set[int] = set()
    for score, k, m in pairs:
        o, n = olds[k], news[m]
        loose = o.weak or n.weak or not o.subject or not n.subject or not alone
        if score < (2 if loose else 1) or k in used_o or m in used_n:
            continue
        used_o.add(k)
        used_n.add(m)
        out.update("quantity", n.subject, o, n)
        if o in pending.old:
            pending.old.remove(o)
        if n in pending.new:
            pending.new.remove(n)
    _vague(link, v, out, pending, new_mark)


_VAGUE = (
    r"\b(?<!how\s)(?:some|several(?:\s+(?:hundred|thousand|million|dozen))?|many|a\s+few"
    r"|a\s+number\s+of|a\s+handful\s+of|numerous|multiple)\s+(?:[\w-]+\s+){0,2}?"
)
"""Words that count without a figure ("some members", "several thousand protesters");
not "how many", which asks for one ("it was not clear how many employees were inside")."""
_VAGUE_WORDS = frozenset("hundred thousand million dozen few number of handful".split())
"""Words of those phrases that may stand between the vague word and its noun."""


def _vague(link: Link, v: Versions, out: Builder, pending: Pending, new_mark: int) -> None:
    """A count of the link's NEW side that OLD counted without a figure, with the same
    noun in the same place (the word after it agrees), is an update of that count:
    "Some members" -> "Two members", "Several thousand protesters" -> "About 10,000
    protesters"; not when NEW still says the vague count, and each once."""
    if len(link.old) != 1 or len(link.new) != 1:
        return
    s, t = v.old_sents[link.old[0]], v.new_sents[link.new[0]]
    used: set[int] = set()
    for n in [f for f in pending.new[new_mark:] if f.kind == "quantity" and f.subject]:
        noun = re.escape(n.text.split()[-1])
        said = re.search(rf"{_VAGUE}{noun}\b", s.text, re.IGNORECASE)
        if said is None or said.start() in used or re.search(rf"{_VAGUE}{noun}\b", t.text, re.I):
            continue
        between = said.group().split()[1:-1]
        after_o = _WORD.findall(s.text[said.end() :])[:1]
        after_n = _WORD.findall(v.new_text[n.end : t.end])[:1]
        if after_o != after_n or not set(between) <= set(n.text.split()) | _VAGUE_WORDS:
            continue
        used.add(said.start())
        start = s.start + said.start()
        value = said.group().split()[0].lower()
        o = Fact("quantity", said.group(), value, n.subject, s.index, start, s.start + said.end())
        out.update("quantity", n.subject, o, n)
        pending.new.remove(n)


def _same_figure(v: Versions, out: Builder, pending: Pending, old_mark: int, new_mark: int) -> None:
    """The same figure of two counted things the link round left waiting
    (``value_pairs.other_things``): in the same place of the sentence, both words around
    it agreeing, and of groups news tells apart (``contrasted``), it is an update of
    what is counted ("Five soldiers were killed" -> "Five civilians were killed"); of
    synonyms or nouns of no group ("10 homes" -> "10 houses") it is a rewording; moved
    elsewhere ("conducted 200 interviews" -> "spoke to 200 witnesses") the count did
    not change and nothing waits."""
    olds = [f for f in _counts(pending.old[old_mark:]) if not f.weak]
    news = [f for f in _counts(pending.new[new_mark:]) if not f.weak]
    for o in olds:
        n = next((n for n in news if n.value == o.value and other_things(o, n)), None)
        if n is None:
            continue
        news.remove(n)
        if _slot(o, n, v) == 2 and contrasted(o.subject, n.subject):
            out.update("quantity", n.subject, o, n)
        pending.old.remove(o)
        pending.new.remove(n)


def _restated(pending: Pending, out: Builder, v: Versions) -> None:
    """The same count of the same thing in a rewritten sentence is no change ("215
    complaints" / "215 complaints"), nor is a figure too exact to recur by chance that
    one version drops and the other adds, said of the thing in other words ("586
    candidates" / "586 hopefuls"), nor a figure of ten or more said of the thing in
    other words in a sentence rewritten from the other (``rewritten``: "some 40
    armed rebels" / "about 40 insurgents" near the same river crossing) when the two
    nouns are of one group (``one_group``). A round figure of something
    else ("20 people" / "20 miles", "40 homes" in another sentence) is another number.
    One count that passed its figure ("nearly 100 buildings" / "more than 100
    buildings", ``numbers.crossed``) in a sentence rewritten from the other is an
    update; "more than 100 people injured" and "nearly 100 people arrested" elsewhere
    are two counts."""
    for o in list(pending.old):
        if o.kind != "quantity" or o.weak or o.measure:
            continue
        for n in pending.new:
            if (
                n.kind == o.kind
                and n.value == o.value
                and not n.measure
                and not n.weak
                and (
                    n.subject == o.subject
                    or exact_figure(n.value)
                    or _said_otherwise(o, n, v)
                    or _done_as_counted(o, n, v)
                )
            ):
                if n.subject == o.subject and crossed(o.text, n.text) and _rewrite(o, n, v):
                    out.update(o.kind, o.subject, o, n)
                pending.old.remove(o)
                pending.new.remove(n)
                break


def _rewrite(o: Fact, n: Fact, v: Versions) -> bool:
    return rewritten(v.old_sents[o.sentence].text, v.new_sents[n.sentence].text)


def _said_otherwise(o: Fact, n: Fact, v: Versions) -> bool:
    """The same figure of ten or more, of two nouns of one group (``one_group``:
    "rebels" / "insurgents"; not "jobs" / "stores"), in two sentences one rewritten
    from the other."""
    return (
        at_least_ten(o.value)
        and bool(o.subject and n.subject)
        and one_group(o.subject, n.subject)
        and rewritten(v.old_sents[o.sentence].text, v.new_sents[n.sentence].text)
    )


def _done_as_counted(o: Fact, n: Fact, v: Versions) -> bool:
    """The same figure of ten or more whose noun on one side is the verb just before it
    on the other ("conducted more than 200 interviews" / "After interviewing 200
    witnesses"): the same count said of the act and of whom it was done to."""
    if not (at_least_ten(o.value) and o.subject and n.subject):
        return False
    for f, g, sents in ((o, n, v.new_sents), (n, o, v.old_sents)):
        before = sents[g.sentence].text[: g.start - sents[g.sentence].start].split()[-3:]
        if any(stem(w.lower()) == stem(f.subject) for w in before):
            return True
    return False


def rewritten(a: str, b: str) -> bool:
    """Whether two sentences share a good part of the shorter one's content words
    (``claims.content_words``; ``COUNT_REWRITE_SHARE``): one is the other rewritten."""
    x, y = content_words(a), content_words(b)
    return bool(x and y) and len(x & y) >= COUNT_REWRITE_SHARE * min(len(x), len(y))


def document_counts(pending: Pending, out: Builder, v: Versions) -> None:
    """Across the document: the same count said again is nothing (``_restated``); a
    new value of one counted thing is an update, unless an update has already said one
    of the two values in a sentence this one is rewritten from (a headline's "About
    4,000 Jobs" after the lead's "about 4,000 jobs" -> "4,200 jobs": the headline says
    the lead's count again, no update to another count of jobs; a rival's "cut 4,000
    jobs last year" is its own count)."""
    _restated(pending, out, v)
    said = [c for c in out.changes if c.kind == "update" and c.fact == "quantity"]
    nouns = (_nouns(pending.old), _nouns(pending.new))
    for o in list(pending.old):
        if o.kind != "quantity" or not o.subject or o.measure or _said_again(o, said, v, True):
            continue
        for n in pending.new:
            if (
                n.kind == "quantity"
                and n.subject == o.subject
                and n.value != o.value
                and not (o.weak or n.weak or n.measure)  # "a candidate" elsewhere: another
                and not _said_again(n, said, v, False)
                and (_only_counts(o, n, nouns) or _told_alike(o, n, v))
                and not _two_tolls(o, n, v)  # "killing 12 people" / "15 people missing"
            ):
                out.update("quantity", o.subject, o, n)
                pending.old.remove(o)
                pending.new.remove(n)
                nouns[0][o.subject] -= 1
                nouns[1][o.subject] -= 1
                break
    _leads(pending, out, v)
    toll_updates(pending, out, v)


def _two_tolls(o: Fact, n: Fact, v: Versions) -> bool:
    """Whether two counts are of two tolls by the words around them (``tolls``)."""
    old, new = v.old_sents[o.sentence].text, v.new_sents[n.sentence].text
    return tolls_apart((o.text, old), (n.text, new))


def _nouns(facts: list[Fact]) -> Counter[str]:
    """How many counts of each noun a side has left (not an article's, not measures)."""
    return Counter(f.subject for f in facts if f.kind == "quantity" and not (f.weak or f.measure))


def _only_counts(o: Fact, n: Fact, nouns: tuple[Counter[str], Counter[str]]) -> bool:
    """Whether the two are the only counts of their noun left on each side, of no
    people, and of a like size (``COUNT_LIKE_SIZE``: "could affect 32 counties" /
    "customers in 29 counties"): one thing counted again; "three soldiers" killed and
    "500 soldiers" sent are two."""
    if o.subject in PEOPLE or nouns[0][o.subject] != 1 or nouns[1][o.subject] != 1:
        return False
    try:
        a, b = float(o.value), float(n.value)
    except ValueError:
        return False
    return min(a, b) > 0 and max(a, b) <= COUNT_LIKE_SIZE * min(a, b)


def _told_alike(o: Fact, n: Fact, v: Versions) -> bool:
    """Whether two counts of one noun in sentences far apart tell of one thing: the new
    sentence is the old one rewritten, or words near the two figures agree. "drew more
    than 300,000 people" (a rally) and "430,000 people had turned out for the march"
    share only the noun: two crowds."""
    old, new = v.old_sents[o.sentence].text, v.new_sents[n.sentence].text
    if rewritten(old, new):
        return True
    near = words_around(o, v.old_sents) & words_around(n, v.new_sents)
    return bool(near - {o.subject, "said", "says"})


def _leads(pending: Pending, out: Builder, v: Versions) -> None:
    """Two leads rewritten (each version's ``datelines.lead``: its first sentence that
    ends as a sentence does and tells something, below a headline line), left with
    one pair of counts where the new one says better what the old one named by its
    kind alone (``groups.said_better``: "North Korea fired a projectile toward the
    east" -> "North Korea launched two short-range ballistic missiles"): the lead's
    count updated. The same noun or one group ("A man was shot dead" -> "Police
    arrested two men") may be another thing."""
    leads = (lead(v.old_sents), lead(v.new_sents))
    if None in leads:
        return
    pairs = [
        (o, n)
        for o in _counts(pending.old)
        for n in _counts(pending.new)
        if (o.sentence, n.sentence) == leads
        and o.value != n.value
        and said_better(o.subject, n.subject)
    ]
    if len(pairs) == 1:
        o, n = pairs[0]
        out.update("quantity", n.subject, o, n)
        pending.old.remove(o)
        pending.new.remove(n)


def _said_again(f: Fact, said: list[Change], v: Versions, old: bool) -> bool:
    """Whether an update of ``said`` has this count's value of its noun, on its side
    (``old``: OLD's), in a sentence this count's is rewritten from (``rewritten``)."""
    sents = v.old_sents if old else v.new_sents
    for c in said:
        value = c.before_value if old else c.after_value
        if c.subject != f.subject or value != f.value:
            continue
        for i in c.old_sentences if old else c.new_sentences:
            if i != f.sentence and rewritten(sents[i].text, sents[f.sentence].text):
                return True
    return False
