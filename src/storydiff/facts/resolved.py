"""A pending statement and what became of it: one claim update, not a removal and an
addition.

Early versions of a story say what is not known yet, and later ones tell it: "Duravian
state media did not immediately comment on the launch." -> "The Duravian News Agency
said the launches were a routine test"; "The cause of the fire is under
investigation." -> "The fire was caused by a downed power line"; "Petro is widely
expected to win the leftist primary." -> "Petro won a leftist primary Sunday". The two
share few words, so the aligner leaves them apart, and they would read as a claim
removed and a claim added where an editor sees one update (subject ``resolved``).

A removed sentence is pending (``facts.pending``): no comment yet ("did not
immediately respond"), not known yet ("is under investigation"), or expected ("is
widely expected to").

An added sentence resolves it (``resolves``) when it is about the same thing:

- *no comment*: the party that gave none speaks: a name of the pending sentence before
  its pending words, or its noun ("the chain"), is among the words that name who
  speaks in the added sentence (``predicates.Frame.sayer``: "The Duravian News
  Agency", "Brannock spokesperson Lydia Farrow"; not "a former Corvell manager"), and
  it is no refusal again ("would not say", "said nothing"). A party of a common kind
  ("officials", "police") must also speak of what went uncommented (two of its words).
- *not known*: the added sentence is told as done (no hedge, no pending words in the
  clauses that say what was not known: ``unknowns.done``) and has two words of what
  was not known (its one, when it has one; what follows words of telling or finding,
  "have not found the source"): "the cause of the fire" / "the fire was caused by", a
  cause as "caused by", "died of" and the like or as "caused" before what was not
  known ("a fuel leak caused the crash"); "how she died" needs how ("died of stab
  wounds"); "at large" is resolved by an arrest ("taken into custody").
- *expected*: told as done in the clauses that say the expected verb, its main clause
  has the expected verb ("win" / "won") with
  the same doer or the same thing done to (``facts.predicates.Frame``), and a word of
  what follows the verb ("the leftist primary") when there is one.

Each sentence is paired once, with the added sentence that shares most words with it,
a headline last. Words are compared by ``claims.stem``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from storydiff.config.compare import RESOLVED_KEY_WORDS
from storydiff.diff.align import Link
from storydiff.facts.claims import content_words, stem, word_list
from storydiff.facts.lexicon import WEEKDAYS
from storydiff.facts.marks import ends_as_sentence, line_of
from storydiff.facts.model import Change, claim_update
from storydiff.facts.pending import NO_COMMENT, NOT, kinds, pending
from storydiff.facts.predicates import Frame
from storydiff.facts.unknowns import (
    COMMON_PARTY,
    Key,
    clause_before,
    done,
    key,
    stems,
    tells,
)
from storydiff.text.sentences import Sentence

_REFUSAL = re.compile(
    rf"\b(?:said\s+nothing|no\s+comment|declined|refused|making\s+(?:enquiries|inquiries)"
    rf"|(?:would|will|could){NOT}(?:say|comment|elaborate|discuss|give|confirm))\b",
    re.IGNORECASE,
)
"""An answer that is no answer: the silence goes on."""
_ARREST = frozenset("arrested custody surrendered caught apprehended detained captured".split())
_CAPITAL = re.compile(r"\b[A-Z][\w’'-]+")
_NOT_NAMES = frozenset("The A An In On At But And As After Its It He She They".split())
_DONE = frozenset("expect be have plan schedule set appear seem likely".split())
_OBJECT_END = re.compile(
    r"[,;.]|\b(?:before|after|by|on|in|at|for|with|from|to|until|during|over|when|as"
    r"|later|soon|today|tomorrow|tonight|"
    + "|".join(WEEKDAYS)
    + r"|(?:this|next)\s+(?:week|weekend|month|year|morning|afternoon"
    r"|evening|spring|summer|fall|autumn|winter))\b",
    re.IGNORECASE,
)
"""Where the words after an expected verb stop being its object ("win the seat on
Sunday", "sign it later this week", "sign it Friday")."""


_SPEAKS_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person)|representative|lawyer|attorney|aide)\s+for\s+", re.I
)
_DETERMINERS = frozenset("a an the its their his her".split())


def _silent(text: str, found: re.Match[str]) -> tuple[set[str], str, set[str]]:
    """Who gave no comment, by the words before the pending words (for "a spokesman
    for X", X's): the names in them, lower case, without one whose possessive only
    places them ("Cohen's attorney, Stephen Ryan,": Stephen, Ryan), the last word (the
    head: "the Veltro mines ministry": ministry), and the other words."""
    phrase = clause_before(text, found.start())
    phrase = _SPEAKS_FOR.split(phrase)[-1]
    names = {
        w.lower()
        for w in _CAPITAL.findall(phrase)
        if w not in _NOT_NAMES and w.lower() not in COMMON_PARTY and not w.endswith(("'s", "’s"))
    }
    words = [w for w in word_list(phrase) if w not in _DETERMINERS]
    head = words[-1] if words else ""
    return names, head, set(words[:-1])


def _spoken(old: str, match: re.Match[str], frame: Frame | None) -> bool | None:
    """Whether the silent party of ``old`` speaks in the added sentence (``frame``: its
    reporting verb's subject): one of its names is among the words that name who
    speaks ("The Duravian News Agency"), or its head is, described the same way
    ("Veltro's mines ministry" for "the Veltro mines ministry", "The finance ministry"
    for "The finance ministry"). None when the party is only a common kind
    ("Officials", "Police"): it speaks as any of them would."""
    if frame is None:
        return False
    names, head, described = _silent(old, match)
    core, whole = word_list(frame.sayer), set(word_list(frame.sayer_all))
    if any(w.startswith(n) for n in names for w in core):
        return True
    if head not in core:
        return False
    if not names and not described:
        return None if head in COMMON_PARTY else True
    return bool((names | described) & {w.removesuffix("'s").removesuffix("’s") for w in whole})


_ALL = frozenset({"comment", "known", "expected"})


def resolves(
    old: str,
    new: str,
    old_frame: Frame | None = None,
    new_frame: Frame | None = None,
    ways: frozenset[str] = _ALL,
) -> bool:
    """Whether ``new`` (an added sentence) tells what ``old`` (a removed one) said was
    pending, in any of the ways it does (of ``ways``)."""
    return any(
        _resolves(kind, match, (old, new), (old_frame, new_frame))
        for kind, match in kinds(old)
        if kind in ways
    )


def _resolves(
    kind: str,
    match: re.Match[str],
    texts: tuple[str, str],
    frames: tuple[Frame | None, Frame | None],
) -> bool:
    (old, new), (old_frame, new_frame) = texts, frames
    if kind == "comment":
        spoken = _spoken(old, match, new_frame)
        if spoken is False or _refuses(new):
            return False
        return spoken or tells(Key(stems(old[match.end() :])[:RESOLVED_KEY_WORDS]), new, new_frame)
    if kind == "known":
        unknown = key(old, match)
        if not done(new, unknown.words):
            return False
        if re.search(r"at\s+large", match.group(), re.IGNORECASE):
            return bool(_ARREST & set(word_list(new)))
        return tells(unknown, new, new_frame)
    if not done(new, stems(old[match.end() :])[:1]):  # its clause: "…, and investigators
        return False  # would examine why" is another's
    return new_frame is not None and _done_as_expected((old, new), match, old_frame, new_frame)


def _refuses(text: str) -> bool:
    """Whether an answer refuses (``_REFUSAL``, ``NO_COMMENT``), other than after
    "but", when it has told something first ("said the company had identified the
    supplier but declined to name it")."""
    return any(
        not re.search(r"\bbut$", text[: m.start()].rstrip())
        for regex in (_REFUSAL, NO_COMMENT)
        for m in regex.finditer(text)
    )


def _done_as_expected(
    texts: tuple[str, str], match: re.Match[str], frame: Frame | None, done: Frame
) -> bool:
    """Whether ``new`` (its frame ``done``) tells the expected verb of ``old`` done by the same
    doer or to the same thing, with a word of the verb's object when it has one. The
    verb and the doer are the pending sentence's frame's, or when its parse put a
    trailing "…, two people said" first, the word after the pending words and the
    subject before them."""
    old, new = texts
    after = re.sub(r"^\s*(?:be|have\s+been|get)\s+", " ", old[match.end() :], flags=re.I)
    verb_and_object = _OBJECT_END.split(after)[0].split(maxsplit=1)  # "be sentenced"
    if not verb_and_object:
        return False
    what = stems(verb_and_object[1]) if len(verb_and_object) == 2 else []
    verbs = {stem(v) for v in (frame.verbs - _DONE if frame else set())}
    verbs.add(stem(verb_and_object[0].lower()))
    parties = {stem(w) for w in word_list(clause_before(old, match.start()))}
    if frame is not None:
        parties |= {stem(frame.agent), stem(frame.patient)}
    theirs = {stem(done.agent), stem(done.patient)} - {""}
    if not theirs:  # "The ferry was overloaded": the parse gave the verb no subject
        told = word_list(new)
        at = next((k for k, w in enumerate(told) if stem(w) in verbs), 0)
        theirs = set(stems(" ".join(told[:at])))
    return (
        bool(verbs & {stem(v) for v in done.verbs})
        and bool(parties & theirs)
        and (not what or bool(set(what) & set(stems(new))))
    )


def pairs(
    old: list[Sentence],
    new: list[Sentence],
    removed: Iterable[int],
    added: Iterable[int],
    frames: tuple[dict[int, Frame], dict[int, Frame]] = ({}, {}),
    new_text: str = "",
) -> list[tuple[int, int]]:
    """Removed sentences (indices of ``old``) paired with the added sentence (of
    ``new``) that tells what became of what they said was pending; each once, with
    the one that shares most words, a headline last. The new lead is never only the
    silent party speaking: it tells the story's news ("Brantwick Foods said on
    Tuesday that its board had rejected the offer" after "A Brantwick spokeswoman
    declined to comment"). The lead is the first paragraph as ``new_text`` breaks
    lines (wire copy breaks paragraphs with one line break, not a blank line)."""
    paragraphs = line_of(new, new_text)
    lead = next((paragraphs[k] for k, t in enumerate(new) if ends_as_sentence(t.text)), -1)
    return best_pairs(
        old,
        new,
        [i for i in removed if pending(old[i].text)],
        added,
        lambda i, j: resolves(
            old[i].text,
            new[j].text,
            frames[0].get(i),
            frames[1].get(j),
            _ALL - {"comment"} if paragraphs[j] == lead else _ALL,
        ),
    )


def best_pairs(
    old: list[Sentence],
    new: list[Sentence],
    removed: Iterable[int],
    added: Iterable[int],
    fits: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """Each removed sentence (of ``old``) paired with an added one (of ``new``) that
    ``fits`` it, in turn, each added sentence once: of those that fit, the one that
    ends as a sentence does (a headline last), then shares most words, then comes
    first."""
    added = list(added)
    used: set[int] = set()
    out: list[tuple[int, int]] = []
    for i in removed:
        x = content_words(old[i].text)
        best = max(
            (
                (ends_as_sentence(new[j].text), len(x & content_words(new[j].text)), -j, j)
                for j in added
                if j not in used and fits(i, j)
            ),
            default=None,
        )
        if best is not None:
            used.add(best[-1])
            out.append((i, best[-1]))
    return out


def linked(
    link: Link,
    old: list[Sentence],
    new: list[Sentence],
    frames: tuple[dict[int, Frame], dict[int, Frame]] = ({}, {}),
) -> Change | None:
    """A claim update for an edit of one sentence into one that tells how what it said
    was pending came out ("The finance ministry did not immediately respond to a
    request for comment on whether it would cut spending" -> "The finance ministry
    said in a statement it would cut spending"), else None."""
    if len(link.old) != 1 or len(link.new) != 1:
        return None
    i, j = link.old[0], link.new[0]
    if not resolves(old[i].text, new[j].text, frames[0].get(i), frames[1].get(j)):
        return None
    return claim_update(old[i].text, new[j].text, i, j)
