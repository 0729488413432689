"""Claim updates of edited links (``facts.claims``): an edit that flips a negation,
changes how sure a sentence is, or narrows a list of alternatives, said with the
changed words and a few around them from the same sentence."""

from __future__ import annotations

import re

from storydiff.config import CLAIM_CONTEXT_WORDS, MIN_CLAIM_WORDS
from storydiff.diff.align import Link
from storydiff.facts import claims
from storydiff.facts.ages import age_changed
from storydiff.facts.anchoring import certainty_changed, flip
from storydiff.facts.charges import charge_changed
from storydiff.facts.hedges import EDIT_GAP
from storydiff.facts.model import Change, ChangeKind
from storydiff.facts.scope import scope_changed
from storydiff.facts.severity import severity_changed
from storydiff.facts.stance import opposed


def sides(link: Link, old_text: str, new_text: str) -> tuple[list[str], list[str], str, str]:
    """The words each side changed, and each side's changed words with context: the
    stretches of ``_window`` around each change, joined where they meet, overlap or
    only a space parts them (two changes a few words apart read once, not twice), the
    rest set apart by " … ". The words of two edits are set apart too (``hedges.EDIT_GAP``)."""
    removed: list[str] = []
    inserted: list[str] = []
    before: list[tuple[int, int]] = []
    after: list[tuple[int, int]] = []
    for op in link.ops:
        if op.tag == "equal":
            continue
        removed += _apart(removed, claims.word_list(old_text[op.old_start : op.old_end]))
        inserted += _apart(inserted, claims.word_list(new_text[op.new_start : op.new_end]))
        before.append(_window(old_text, op.old_start, op.old_end))
        after.append(_window(new_text, op.new_start, op.new_end))
    return removed, inserted, _joined(old_text, before), _joined(new_text, after)


def _apart(words: list[str], more: list[str]) -> list[str]:
    return [EDIT_GAP, *more] if words and more else more


def _joined(text: str, spans: list[tuple[int, int]]) -> str:
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and (a <= merged[-1][1] or not text[merged[-1][1] : a].strip()):
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return " … ".join(" ".join(text[a:b].split()) for a, b in merged)


_ENDS = (".", "!", "?", ".”", '."', "?”", '?"', "!”", '!"')
_SHORT = re.compile(r"^(?:[A-Z]\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Sgt|Gen|Gov|Sen|Rep|Jr|Sr|Prof|Rev|No)\.$")
"""Words ending in a full stop that end no sentence: initials ("U.S.") and titles."""


def _ends_sentence(word: str, following: str) -> bool:
    return word.endswith(_ENDS) and following[:1].isupper() and not _SHORT.match(word)


def _window(text: str, a: int, b: int) -> tuple[int, int]:
    """``text[a:b]`` with up to ``CLAIM_CONTEXT_WORDS`` words on each side, within its
    sentence and paragraph: none from the sentence before ("on Monday. Soldiers freed
    …") or after, nor across a line break; initials and titles ("U.S.", "Dr.") end no
    sentence."""
    reach = CLAIM_CONTEXT_WORDS * 40  # characters: enough for the words, on any text
    start = max(0, a - reach)
    start += text[start:a].rfind("\n") + 1
    left = [(m.start(), m.group()) for m in _WORDS.finditer(text, start, a)]
    left = left[-CLAIM_CONTEXT_WORDS:]
    for k in range(len(left) - 1, 0, -1):
        if _ends_sentence(left[k - 1][1], left[k][1]):
            left = left[k:]
            break
    stop = min(len(text), b + reach)
    line_end = text.find("\n", b, stop)
    stop = line_end if line_end >= 0 else stop
    right = [(m.end(), m.group()) for m in _WORDS.finditer(text, b, stop)][:CLAIM_CONTEXT_WORDS]
    for k in range(len(right) - 1):
        if _ends_sentence(right[k][1], right[k + 1][1]):
            right = right[: k + 1]
            break
    return (left[0][0] if left else a), (right[-1][0] if right else b)


_WORDS = re.compile(r"\S+")


_NOT_CHOICE = frozenset("so more less fewer two three other else not".split())
"""Words after "or" that make an approximation, no choice ("300 or so", "two or
more")."""
_NEGATING = frozenset("not no never without nor".split())
"""Words that, a few words before an "or" in the same clause, make it no choice: in a
negation's scope it joins ("no danger to the crew or the station": to neither)."""
_NEGATION_REACH = 6
_CLAUSE_BREAK = re.compile(r"[;:\u2014]")
"""Marks that end a clause: a negation before one does not reach an "or" after it."""
_PART_BREAK = re.compile(r"[,()]")
"""Marks inside a clause: a negation reaches an "or" past them only over short parts,
the items of a list ("No injuries, deaths or damage", "No tickets (or refunds)"), not
over a longer part ("who had no fixed address, fled by car or on foot")."""
_LIST_ITEM = 3


def _choices(words: list[str], aliases: frozenset[str] = frozenset()) -> int:
    """How many "or"s offer alternatives ("the bridge or the ford"), not an
    approximation ("300 or so", "two or more"), an amount said again in other units
    ("rose $2.88, or 6.6 percent"), an initialism or a quoted name of what came before
    (``aliases``: "random access memory, or DRAMS"), nor an "or" in a negation's scope
    (``_NEGATING``; the words are one clause's)."""
    return _part_choices(words, [], aliases)


def _part_choices(words: list[str], reach: list[str], aliases: frozenset[str]) -> int:
    """How many "or"s of ``words`` offer a choice, a negation in ``reach`` (the words
    before them a negation may stand in) or in the words before each taking it away."""
    count = 0
    for k in (k for k, w in enumerate(words) if w == "or"):
        before = (reach + words[max(0, k - _NEGATION_REACH) : k])[-_NEGATION_REACH:]
        offered = k + 1 >= len(words) or _choice(words[k + 1 : k + 3], aliases)
        count += offered and not _NEGATING & set(before)
    return count


def _text_choices(text: str, aliases: frozenset[str]) -> int:
    """``_choices`` of a wording, clause by clause (``_CLAUSE_BREAK``), a negation
    reaching an "or" over the short parts of its clause before it (``_PART_BREAK``)."""
    count = 0
    for clause in _CLAUSE_BREAK.split(text):
        parts = [claims.word_list(p) for p in _PART_BREAK.split(clause)]
        for i, words in enumerate(parts):
            reach: list[str] = []
            j = i - 1
            while j >= 0 and len(parts[j]) <= _LIST_ITEM and len(reach) < _NEGATION_REACH:
                reach = parts[j] + reach
                j -= 1
            count += _part_choices(words, reach, aliases)
    return count


def _choice(after: list[str], aliases: frozenset[str] = frozenset()) -> bool:
    """Whether the words after an "or" offer a choice, not "or so" nor an amount."""
    return after[0] not in _NOT_CHOICE and after[0] not in aliases and not _amount(after)


_ALIAS = re.compile(
    r"(?<![\"”]),\s+or\s+(?:([A-Z][A-Z0-9&]+)\b(?=\s*(?:[,.;:)]|$))|[\"“]\W*(\w[\w'’-]*)"
    r"|((?:[A-Z]\.){2,})(?=\s*(?:[,;:)]|$)|\s+[A-Z]))"
)
"""", or CFTC," / ", or DRAMS.": an initialism set off by commas after "or", also with
full stops when they are the initials of the name before it (", or F.H.S.C.,"); ', or
"Wi-Fi Zones,"': a name in quotation marks (its first word), unless what comes before
is quoted too (' "Remain", or "Leave" ': a choice)."""

_NAME_WORD = re.compile(r"[A-Z][\w'’-]*|of|and|for|the|on|in|&")


def _aliases(*texts: str) -> frozenset[str]:
    """The initialisms and quoted names ``_ALIAS`` finds in the texts (a quoted name by
    its first word), lower case as words are; an initialism with full stops by its
    first letter, the word it is read as, unless that letter is a word of its own ("A.",
    "I.")."""
    found = set()
    for t in texts:
        for m in _ALIAS.finditer(t):
            if not m.group(3):
                found.add((m.group(1) or m.group(2)).casefold())
            elif _initials_of(m.group(3), t[: m.start()]) and m.group(3)[0] not in "AI":
                found.add(m.group(3)[0].casefold())
    return frozenset(found)


def _initials_of(dotted: str, before: str) -> bool:
    """Whether ``dotted`` ("F.H.S.C.") is the initials of the capitalised words that end
    ``before`` ("the Federal Home Safety Commission"), small words aside."""
    letters = dotted.replace(".", "")
    words = before.split()[-2 * len(letters) - 2 :]
    tail: list[str] = []
    for w in reversed(words):
        if not _NAME_WORD.fullmatch(w):
            break
        tail.insert(0, w)
    capitals = "".join(w[0] for w in tail if w[:1].isupper())
    return capitals.endswith(letters)


def _amount(words: list[str]) -> bool:
    """Words that begin with an amount or with "about" before one ("2.6 percent",
    "about $3")."""
    if words and words[0] in _ABOUT:
        return True  # "or about 5 percent", the figure kept by the edit
    return bool(words) and (words[0][:1].isdigit() or words[0][:1] == "$")


_ABOUT = frozenset("about nearly roughly some around almost approximately just over".split())


def _edits(link: Link, old_text: str, new_text: str) -> list[tuple[list[str], list[str]]]:
    """The words each edit of a link removes and inserts, edits apart only by
    punctuation ("another U.S" / "." / "attorney or …") taken as one."""
    out: list[tuple[list[str], list[str]]] = []
    joined = False
    for op in link.ops:
        a = claims.word_list(old_text[op.old_start : op.old_end])
        if op.tag == "equal":
            joined = not a and bool(out)
            continue
        b = claims.word_list(new_text[op.new_start : op.new_end])
        if joined:
            out[-1][0].extend(a)
            out[-1][1].extend(b)
        else:
            out.append((a, b))
        joined = False
    return out


def _narrowed(link: Link, old_text: str, new_text: str) -> bool:
    """Whether an edit cuts or extends a list of alternatives ("the bridge or the
    tunnel" -> "the bridge"): an edit that changes how many "or"s offer a choice and
    whose side with fewer of them brings no word of its own, when the whole wordings
    offer a different number of choices too (a list reordered, or an amount said in
    other units the other way round, offers as many). A list replaced by other words
    ("to another prosecutor or another office" -> "elsewhere") is said another way,
    and stays rewording unless something else changed."""
    old, new = _spans(link, old_text, new_text)
    aliases = _aliases(old, new)
    if _text_choices(old, aliases) == _text_choices(new, aliases):
        return False  # as many choices on both sides: reordered or said again
    if sorted(claims.word_list(old)) == sorted(claims.word_list(new)):
        return False  # the same words reordered ("had no X or did Y" / "did Y or had no X")
    for a, b in _edits(link, old_text, new_text):
        if _choices(a, aliases) == _choices(b, aliases):
            continue
        fewer, more = (b, a) if _choices(a, aliases) > _choices(b, aliases) else (a, b)
        own = {w for w in fewer if len(w) >= 4 and w not in claims.FUNCTION_WORDS}
        if all(any(w[:4] == v[:4] for v in more) for w in own):
            return True
    return False


def edited(link: Link, old_text: str, new_text: str) -> Change | None:
    """A claim (``facts.claims``) for an edited link whose edit changes what is
    asserted: an update when the edit flips the polarity of a statement both wordings
    make (or takes a negation off a word said of another thing: ``object``), changes
    how sure it is (both anchored on its words: ``anchoring``), narrows a list of
    alternatives, or changes a harm's degree, a charge (``charges``), how much of a
    group it covers (``scope``) or an age; else a clause carrying a negation or a hedge
    added or cut, a claim of its own (``_told_apart``)."""
    removed, inserted, before, after = sides(link, old_text, new_text)
    raw = _spans(link, old_text, new_text)
    old, new = claims.word_list(raw[0]), claims.word_list(raw[1])
    negating = opposed(removed, inserted)
    what = ""
    if negating and (turned := flip(old, new, removed, inserted)):
        what = turned  # "no projectile had landed" -> "the missiles had not landed": none
    elif certainty_changed(old, new, removed, inserted):
        what = "certainty"
    elif _narrowed(link, old_text, new_text):
        what = "alternatives"
    elif severity_changed(removed, inserted, old, new, raw):
        what = "severity"
    elif charge_changed(removed, inserted):
        what = "object"  # "charged with manslaughter" -> "charged with murder"
    elif scope_changed(removed, inserted, old, new):
        what = "scope"  # "some of the affected homes" -> "most of the affected homes"
    elif age_changed(*raw, removed, inserted):
        what = "age"
    if what:
        return Change(
            "update", "claim", what, before, after, before, after, list(link.old), list(link.new)
        )
    if not (negating or claims.hedges_changed(removed, inserted)):
        joined = _clause_joined(link, old_text, new_text)
        if joined is None:
            return None
        return Change("addition", "claim", "", None, joined, "", joined, [], list(link.new))
    told = _told_apart(link, old_text, new_text)
    if told is None:
        return None
    kind, words = told  # "…, but it is expected to take several years" added
    if kind == "addition":
        return Change(kind, "claim", "", None, words, "", words, [], list(link.new))
    return Change(kind, "claim", "", words, None, words, "", list(link.old), [])


def _spans(link: Link, old_text: str, new_text: str) -> tuple[str, str]:
    """The link's whole old and new wordings (its sentences)."""
    ops = link.ops
    old = old_text[min(op.old_start for op in ops) : max(op.old_end for op in ops)]
    new = new_text[min(op.new_start for op in ops) : max(op.new_end for op in ops)]
    return old, new


def _told_apart(link: Link, old_text: str, new_text: str) -> tuple[ChangeKind, str] | None:
    """A clause added to a sentence ("It is unclear when he will face trial" -> "...,
    but it is expected to take several years") or cut from it: the edits that carry
    a negation or a hedge only insert words, or only delete them, and as many words as
    a claim sentence has (``MIN_CLAIM_WORDS``). Then the claim is an addition (or
    removal) of those words; a hedge put in or taken out of the same statement ("appear
    to be backing off" -> "backing off") stays its update."""
    carrying = []
    for op in link.ops:
        if op.tag == "equal":
            continue
        a = claims.word_list(old_text[op.old_start : op.old_end])
        b = claims.word_list(new_text[op.new_start : op.new_end])
        if any(w in claims.NEGATIONS or w in claims.HEDGES for w in a + b):
            carrying.append((a, b, op))
    if not carrying:
        return None
    if sum(len(a) + len(b) for a, b, _ in carrying) < MIN_CLAIM_WORDS:
        return None
    if all(not a and b for a, b, _ in carrying):
        return "addition", _clause(new_text, [(op.new_start, op.new_end) for *_, op in carrying])
    if all(a and not b for a, b, _ in carrying):
        return "removal", _clause(old_text, [(op.old_start, op.old_end) for *_, op in carrying])
    return None


_JOINING = frozenset("and but while".split())
_CUT = 2
"""Words an edit that joins on a clause may replace: a full stop and a pronoun, or a
word or two of the sentence's end ("on Monday afternoon." -> "on Monday and said she
would ask for federal aid."), whose change is told apart."""
_ATTRIBUTED = re.compile(
    r",\s*(?:[\w'’.-]+\s+){1,4}(?:said|says|told|added|reported|announced)\b.*$", re.S
)
"""A closing attribution (", her office said"): the sentence's end comes before it."""
_FRESH = 2
"""Words of three letters or more (no function words) an inserted clause must have
that the old version never says, to tell something new."""


def _clause_joined(link: Link, old_text: str, new_text: str) -> str | None:
    """A clause joined on to a sentence, or to two merged ("… for the site and had put
    the mill up for sale, but did not …"): an edit that inserts ``MIN_CLAIM_WORDS`` or
    more, opening with a joining word, replacing at most ``_CUT`` words (two with one
    not a function word only at the sentence's end), with ``_FRESH`` words the whole
    old version never says. A clause said again from
    elsewhere in the old version tells nothing new."""
    said: set[str] | None = None
    for op in link.ops:
        if op.tag == "equal":
            continue
        cut = claims.word_list(old_text[op.old_start : op.old_end])
        put = claims.word_list(new_text[op.new_start : op.new_end])
        if len(put) < MIN_CLAIM_WORDS or put[0] not in _JOINING or len(cut) > _CUT:
            continue
        rest = old_text[op.old_end : max(o.old_end for o in link.ops)]
        tail = _ATTRIBUTED.sub("", re.split(r"[.!?]", rest, maxsplit=1)[0])  # to its end
        worded = len(cut) > 1 and any(w not in claims.FUNCTION_WORDS for w in cut)
        if worded and tail.strip(' .,;:"”’)'):
            continue  # words cut inside the sentence ("at home in Marlow"): a change apart
        said = said if said is not None else {claims.stem(w) for w in claims.word_list(old_text)}
        fresh = {
            w for w in put
            if len(w) >= 3 and w not in claims.FUNCTION_WORDS and claims.stem(w) not in said
        }  # fmt: skip
        if len(fresh) >= _FRESH:
            return _clause(new_text, [(op.new_start, op.new_end)])
    return None


def _clause(text: str, spans: list[tuple[int, int]]) -> str:
    """The words of ``spans`` of ``text``, without the punctuation that joined them."""
    return " … ".join(" ".join(text[a:b].split()).strip(" ,;:.") for a, b in spans)
