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
- *not known*: the added sentence is told as done (no hedge, no pending words) and has
  two words of what was not known (its one, when it has one): "the cause of the fire" /
  "the fire was caused by", a cause only as "caused by", "died of" and the like; "how
  she died" needs how ("died of stab wounds"); "at large" is resolved by an arrest
  ("taken into custody").
- *expected*: told as done, its main clause has the expected verb ("win" / "won") with
  the same doer or the same thing done to (``facts.predicates.Frame``), and a word of
  what follows the verb ("the leftist primary") when there is one.

Each sentence is paired once, with the added sentence that shares most words with it,
a headline last. Words are compared by ``claims.stem``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from storydiff.config.compare import RESOLVED_KEY_WORDS, RESOLVED_TOLD_WORDS
from storydiff.diff.align import Link
from storydiff.facts.claims import content_words, stem, word_list
from storydiff.facts.lexicon import WEEKDAYS
from storydiff.facts.marks import ends_as_sentence, line_of
from storydiff.facts.model import Change, claim_update
from storydiff.facts.pending import NO_COMMENT, NOT, kinds, pending
from storydiff.facts.predicates import Frame
from storydiff.text.sentences import Sentence

_REFUSAL = re.compile(
    rf"\b(?:said\s+nothing|no\s+comment|declined|refused|making\s+(?:enquiries|inquiries)"
    rf"|(?:would|will|could){NOT}(?:say|comment|elaborate|discuss|give|confirm))\b",
    re.IGNORECASE,
)
"""An answer that is no answer: the silence goes on."""
_HEDGED = frozenset(
    "may might could would will expected expects likely unlikely possibly probably "
    "believed suspected reportedly apparently appeared unclear plans planned still "
    "searching seeking".split()
)
"""Words that tell an added sentence is not yet done: it resolves nothing. Not
``hedges.HEDGES``, whose "confirmed" is how an outcome is often told ("The chain has
since confirmed that the supplier was Hollin Ridge")."""
_ARREST = frozenset("arrested custody surrendered caught apprehended detained captured".split())
_COMMON_PARTY = frozenset(
    "officials official police authorities spokesman spokeswoman spokesperson "
    "representative representatives lawyer lawyers attorney attorneys government "
    "ministry department office agency".split()
)
"""Parties of a common kind: one of them speaking resolves no one's silence unless
it speaks of the same thing."""
_GENERIC = _COMMON_PARTY | frozenset(
    "said immediately still publicly comment comments request requests questions "
    "investigators whether reported report reports anyone anything someone".split()
)
_TELLING = re.compile(
    r"\b(?:say|said|disclosed?|released?|given?|identif|determin|explain|confirm|name"
    r"|found|find|locat|trac|establish)",
    re.IGNORECASE,
)
"""Pending words of telling or finding: what was not known is what follows them ("have
not found the source of the leak": the source; not "Ostrel, a welder, has not found
work": the welder)."""
_CAUSED = re.compile(
    r"\b(?:caused\s+by|was\s+caused|cause\s+(?:of\s+\w+\s+)?(?:was|is)"
    r"|(?:started|set|sparked|triggered)\s+by|traced\s+to|result\s+of|blamed\s+on"
    r"|died\s+(?:\w+\s+){0,3}?(?:of|from)|because\s+of|due\s+to)\b",
    re.IGNORECASE,
)
"""Words that tell a cause ("was caused by"); "caused" before what was not known does
too (``_cause_told``)."""
_ACTIVE_CAUSE = re.compile(r"\bcaused\s+(?:the\s+|an?\s+|its\s+)?([\w-]+)(?:\s+([\w-]+))?", re.I)


def _cause_told(words: tuple[str, ...] | list[str], text: str) -> bool:
    """Whether ``text`` tells a cause: in words that tell one (``_CAUSED``), or with
    "caused" before another word of what was not known ("a fuel leak caused the crash",
    not "the fire caused an estimated £2 million in damage")."""
    if _CAUSED.search(text):
        return True
    return any(
        stem(w.lower()) in words for m in _ACTIVE_CAUSE.finditer(text) for w in m.groups() if w
    )


_HOW = r"\w*\s+(?:\w+\s+){0,3}?(?:of|from|by|after)\b"
"""After the word of what happened, how it did ("died of stab wounds")."""
_WHO = re.compile(r"\b(?:how|why|what|who|whether|where|when)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:\bsaid\b|\bthat\b|[,;:—])", re.IGNORECASE)
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


_NOT_KEY = _GENERIC | _HEDGED


def _stems(text: str) -> list[str]:
    """The stems of a text's content words, in order, without the words of pending."""
    kept = content_words(text)
    return [stem(w) for w in word_list(text) if w in kept and w not in _NOT_KEY]


def _before(text: str, start: int) -> str:
    """The clause before the pending words: its subject ("Authorities said the fire
    may have been" -> "the fire")."""
    head = text[:start]
    cuts = [m.end() for m in _CLAUSE_START.finditer(head)]
    return head[cuts[-1] :] if cuts and head[cuts[-1] :].strip() else head


class _Key(NamedTuple):
    """What was not known: its words' stems, whether it was how something happened,
    and whether it is a verb after a pronoun ("whether he will testify")."""

    words: list[str]
    how: bool = False
    verb: bool = False


_PRONOUNS = frozenset("he she they it we i".split())


def _key(text: str, found: re.Match[str]) -> _Key:
    """The stems (``RESOLVED_KEY_WORDS``) of what was not known: of what follows words of
    telling ("have not said how she died": died; "did not disclose a cause": cause),
    else of the subject before the pending words ("The cause of the fire is under
    investigation": cause, fire); the other when that one has none ("Their conditions
    were not released.")."""
    subject = _stems(_before(text, found.start()))
    after = text[found.end() :]
    asked = _WHO.search(after)
    rest = re.split(r"[,;.]", after[asked.end() :] if asked else after)[0]
    told = _stems(rest)
    first, second = (told, subject) if _TELLING.search(found.group()) else (subject, told)
    if not first:
        return _Key(second[:RESOLVED_KEY_WORDS])
    how = asked is not None and asked.group().lower() == "how" and first is told
    verb = first is told and rest.split()[:1] != [] and rest.split()[0].lower() in _PRONOUNS
    return _Key(first[:RESOLVED_KEY_WORDS], how, verb)


def _told(key: _Key, text: str, frame: Frame | None) -> bool:
    """Whether an added sentence (``frame``: its main clause) tells the thing ``key``
    says: has ``RESOLVED_TOLD_WORDS`` of its words ("whether patient data had been stolen" /
    "patient records had been stolen"), a cause when it says what caused it ("caused
    by", "died of pneumonia"), how it happened when that was asked ("died of stab
    wounds"), and a verb after a pronoun as its own main verb ("whether he will
    testify" is not told by "stands by his testimony")."""
    words = key.words
    stems = {stem(w) for w in word_list(text)}
    stems |= {k for k, said in _TOLD_AS.items() if stems & said}  # "died" tells the dead
    figure = bool(_FIGURE.search(text))
    if figure:
        stems.add("numbe")  # a figure tells "the number of"
    told = sum(_cause_told(words, text) if k == "caus" else k in stems for k in words)
    if set(words) & _TOLL and not figure:
        return False  # the dead and the casualties are told by how many
    if key.how and not re.search(rf"\b{re.escape(words[0])}{_HOW}", text, re.IGNORECASE):
        return False
    if key.verb and not any(words[0].startswith(stem(v)) for v in (frame.verbs if frame else ())):
        return False
    return bool(words) and told >= min(RESOLVED_TOLD_WORDS, len(words))


_HARMED = frozenset(map(stem, "died killed dead deaths injured hurt wounded".split()))
_TOLD_AS = {
    stem("dead"): _HARMED,
    stem("deaths"): _HARMED,
    stem("casualties"): _HARMED,
    stem("injured"): frozenset(map(stem, "injured hurt wounded injuries".split())),
}
"""What was not known, told in other words: the dead by who died or was killed,
casualties by the dead or injured."""
_TOLL = frozenset({stem("dead"), stem("deaths"), stem("casualties")})
_FIGURE = re.compile(
    r"\b(?<!no )(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens"
    r"|hundreds|thousands)\b",
    re.IGNORECASE,
)


def _done(text: str) -> bool:
    return not (_HEDGED & set(word_list(text)) or kinds(text))


_SPEAKS_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person)|representative|lawyer|attorney|aide)\s+for\s+", re.I
)
_DETERMINERS = frozenset("a an the its their his her".split())


def _silent(text: str, found: re.Match[str]) -> tuple[set[str], str, set[str]]:
    """Who gave no comment, by the words before the pending words (for "a spokesman
    for X", X's): the names in them, lower case, without one whose possessive only
    places them ("Cohen's attorney, Stephen Ryan,": Stephen, Ryan), the last word (the
    head: "the Veltro mines ministry": ministry), and the other words."""
    phrase = _before(text, found.start())
    phrase = _SPEAKS_FOR.split(phrase)[-1]
    names = {
        w.lower()
        for w in _CAPITAL.findall(phrase)
        if w not in _NOT_NAMES and w.lower() not in _COMMON_PARTY and not w.endswith(("'s", "’s"))
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
        return None if head in _COMMON_PARTY else True
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
        return spoken or _told(
            _Key(_stems(old[match.end() :])[:RESOLVED_KEY_WORDS]), new, new_frame
        )
    if not _done(new):
        return False
    if kind == "known":
        if re.search(r"at\s+large", match.group(), re.IGNORECASE):
            return bool(_ARREST & set(word_list(new)))
        return _told(_key(old, match), new, new_frame)
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
    what = _stems(verb_and_object[1]) if len(verb_and_object) == 2 else []
    verbs = {stem(v) for v in (frame.verbs - _DONE if frame else set())}
    verbs.add(stem(verb_and_object[0].lower()))
    parties = {stem(w) for w in word_list(_before(old, match.start()))}
    if frame is not None:
        parties |= {stem(frame.agent), stem(frame.patient)}
    return (
        bool(verbs & {stem(v) for v in done.verbs})
        and bool(parties & {stem(done.agent), stem(done.patient)} - {""})
        and (not what or bool(set(what) & set(_stems(new))))
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
