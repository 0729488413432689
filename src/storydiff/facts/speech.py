"""The verbs that bring in someone's words, and who their subject is.

``speech_verb`` tells a verb of saying ("said", "quipped", "points out"), ``subject_of``
its subject as the parse gives it (with the repairs a news sentence needs: "…,
adding", "quoted X as saying", an inverted "…?” asked one user"), and ``governing``
the subject of the speech verb a quote hangs on (or of the one above it that reports
it, ``_reporter``). ``facts.quotes`` reads quotes and their speakers with them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storydiff.facts.dates import to_come
from storydiff.facts.lexicon import ANNOUNCING, SAYING
from storydiff.facts.marks import CLOSE_ONLY, inside
from storydiff.facts.roles import past_title

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SPEECH_VERBS = SAYING | ANNOUNCING | {
    "declare", "insist", "claim", "argue", "reply", "recall", "acknowledge", "admit",
    "continue", "testify", "conclude", "stress", "emphasize", "emphasise", "shout",
    "describe", "complain", "suggest", "call", "contend", "allege", "assert", "deny",
    "recommend", "urge", "remark", "chant", "yell", "scream", "exclaim", "respond",
    "answer", "concede", "predict", "vow", "caution", "quip", "joke", "boast", "lament",
    "whisper", "mutter", "plead", "counter", "comment", "reiterate", "observe", "mention",
    "recount", "read", "gush", "laugh", "sigh", "snap", "scoff", "muse", "rave",
    "grumble", "chuckle", "smile", "report", "hail", "label", "dub", "brand", "fume",
    "clarify", "wail", "sob", "cry",
}  # fmt: skip
"""Verbs that can bring in a quote: saying and announcing, and every manner of
speaking a reporter uses around a quote ("insisted", "quipped", "laughed", "fumed",
"was careful to clarify that it was “…”"), and of
naming or praising in someone's words ("hailed her as “…”", "labeled reporters
“…”")."""
_WITH_PARTICLE = {"point": "out", "sum": "up"}
"""Verbs that bring in a quote only with their particle ("points out that “…”",
"summed up her performance: “…”")."""


_MANNER = frozenset("careful quick eager keen happy glad proud anxious reluctant".split())
"""Adjectives of how someone speaks that a speech verb hangs on ("was careful to
clarify that …", "was quick to point out"): the subject of their "was" speaks. Not
"willing" ("it is willing to continue talks" says nothing)."""

_CHAIN = 4
"""Clauses a speech verb's subject is looked for in: its own, and up to three it hangs
on ("Hale stood firm, rejecting the charges and telling the paper, “…”")."""


def _climbs(verb: Token, tok: Token) -> bool:
    """Whether the subject search goes on from clause ``tok`` to the one it hangs on:
    always from the speech verb itself; past that, only from a participle ("rejecting
    …, and telling") and not into a clause of its own kind ("after the crowd turned
    on her, shaking her head and telling": the crowd does not speak)."""
    if tok is verb:
        return True
    return tok.tag_ == "VBG" and not any(c.dep_ == "mark" for c in tok.head.children)


def subject_of(verb: Token, spans: list[tuple[int, int]]) -> Token | None:
    """The verb's subject, or for "..., adding" the subject of the verb it hangs on
    (through a participle it is joined to: "rejecting …, and telling"); for
    "quoted X as saying" (and "cited X as saying") X; right after a closing mark, the
    object the parser made of an inverted subject ("…?” asked one user"); with none, a
    name right before the verb that the parser hung elsewhere ("… Gulf Cup and Al
    Thawadi says …")."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        for child in verb.head.head.children:
            if child.dep_ == "dobj" and not inside(child, spans):
                return child
    tok = verb
    for _ in range(_CHAIN):
        # a speech verb's passive subject is what was said or who was told ("The photo
        # was posted", "he was told"), not who spoke
        deps = ("nsubj",) if tok is verb else ("nsubj", "nsubjpass")
        subjects = [c for c in tok.children if c.dep_ in deps and not inside(c, spans)]
        if subjects:  # two: a title and its name the parser set apart ("the firm's
            # spokesperson Nicky Webster said"): the name
            return past_title(next((c for c in subjects if c.pos_ == "PROPN"), subjects[0]))
        if tok.dep_ == "acomp" and tok.lower_ in _MANNER and tok is not verb:
            tok = tok.head  # "was careful to clarify that …": was's subject
            continue
        if tok.dep_ not in ("advcl", "xcomp", "conj") or not _climbs(verb, tok):
            break
        tok = tok.head  # "stood firm, rejecting X and telling Y": stood's subject
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    mark = before
    if mark is not None and mark.text in "-–—" and verb.i > 1:
        mark = verb.doc[verb.i - 2]  # '… deducted "- explained the organiser'
    if mark is not None and mark.text in CLOSE_ONLY + '"':  # "…?” asked one user"
        for child in verb.children:
            if child.dep_ == "dobj" and child.i > verb.i and not inside(child, spans):
                return child
    if (
        before is not None
        and before.pos_ == "PROPN"
        and before.dep_ != "pobj"  # "What happened at Kestrel Bay explains"
        and verb.tag_ in ("VBZ", "VBD")
        and verb.dep_ not in ("acl", "relcl")  # "The strike at Kestrel Bay announced …"
        and not any(c.dep_ == "csubj" for c in verb.children)
        and not inside(before, spans)
    ):
        return before  # "… Gulf Cup and Al Thawadi says …": the parser hung the name elsewhere
    return None


_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("d", ""))


def glued(doc: Doc | Span, spans: list[tuple[int, int]]) -> Token | None:
    """The name that ends a sentence before a speech verb the parser read as a noun
    ("“…,” O'Leary predicts.", "predicts" a noun and the name glued to it): the name,
    else None."""
    words = [t for t in doc if not t.is_punct and not inside(t, spans)]
    if not 2 <= len(words) <= 3 or words[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    name, verb = words[-2], words[-1]
    said = verb.lower_
    if not all(t.text[:1].isupper() for t in words[:-1]) or not any(
        said.endswith(end) and said[: len(said) - len(end)] + stem in SPEECH_VERBS
        for end, stem in _ENDINGS
    ):
        return None
    return name


def unglued(tok: Token) -> Token:
    """The noun before a speech verb the parser glued to it as one noun ("from the
    publisher read": "publisher"), else the token."""
    if tok.lower_ in ("read", "reads", "said", "says"):
        return next((c for c in tok.children if c.dep_ == "compound"), tok)
    return tok


_PLACING = frozenset("on in into onto under over back away down aside off up out".split())
"""Words after "put it" that make it a placing ("put it on the shelf"), not a saying."""


def _put_it(tok: Token) -> bool:
    """ "put it" as a way of saying ("As Varga often put it, “…”", "Varga put it
    bluntly"), not of placing ("put it on the shelf", "put it away")."""
    children = list(tok.children)
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in children) and not any(
        c.dep_ in ("prep", "prt", "advmod") and c.lower_ in _PLACING for c in children
    )


def _participle(word: str) -> str:
    """The speech verb a word in "-ing" is the participle of ("writing": "write",
    "admitting": "admit"), else ""."""
    if not word.endswith("ing") or len(word) < 6:
        return ""
    stem = word[:-3]
    for verb in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
        if verb in SPEECH_VERBS:
            return verb
    return ""


_FINDINGS = frozenset(
    "report study survey audit review inspection investigation inquiry analysis probe".split()
)
"""Writings whose "found" gives their words ("the report found “…”")."""


def speech_verb(tok: Token) -> bool:
    """A verb of saying ("found" of a report too), not "continued to perfect" (a speech
    verb with an infinitive after it says no words of its own) nor "a friendship that
    continued" (it lasted); a participle the parser read as a noun of a clause ("…,
    writing: “…”"); "point out" and "sum up" with their particle only; "put it" as a way
    of saying (``_put_it``); "report" not in the passive ("as reported by Fox News": who
    reported is not who speaks in the sentence)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and tok.dep_ == "advcl":  # "…, writing: “…”" read as a noun
        return bool(_participle(tok.lower_))
    if lemma == "put" and tok.pos_ == "VERB":
        return _put_it(tok)
    if lemma == "find" and tok.pos_ == "VERB":  # "A report by the agency found “…”"
        found = [c.dep_ for c in tok.children]  # not "found that engineers had warned"
        by = any(c.dep_ == "nsubj" and c.lemma_.lower() in _FINDINGS for c in tok.children)
        return by and "ccomp" not in found
    if lemma in _WITH_PARTICLE and tok.pos_ == "VERB":
        return any(c.dep_ == "prt" and c.lower_ == _WITH_PARTICLE[lemma] for c in tok.children)
    if lemma not in SPEECH_VERBS or tok.pos_ not in ("VERB", "AUX"):
        return False
    if lemma == "report" and any(c.dep_ in ("auxpass", "agent") for c in tok.children):
        return False
    if lemma == "continue" and tok.dep_ == "relcl":
        return False  # "a friendship that continued “well into the spring”": it lasted
    return not (lemma == "continue" and any(c.dep_ == "xcomp" for c in tok.children))


def governing(doc: Doc | Span, a: int, b: int, spans: list[tuple[int, int]]) -> Token | None:
    """The subject of the nearest speech verb above the quote at ``a``..``b`` in the
    parse, when the quote hangs on one. A telling still ahead that the quote reaches
    only through a clause of its own ("Trump says the government will soon announce a
    strategy, promising, “…”") is passed over: its words are not out yet, so the quote
    is the speech verb's above."""
    words = [t for t in doc if a <= t.idx < b and not t.is_punct]
    if not words:
        return None
    aside = False  # the quote hangs on a clause of its own ("…, promising “…”")
    for anc in words[0].ancestors:
        if inside(anc, spans):
            continue
        if speech_verb(anc) and not (aside and to_come(anc.doc[anc.sent.start : anc.i])):
            outer = _reporter(anc, doc.text, a, spans, b)
            return outer if outer is not None else subject_of(anc, spans)
        aside = aside or anc.dep_ == "advcl"
    return None


_OWN_UTTERANCE = frozenset(
    {"call", "label", "dub", "brand", "hail", "describe", "shout", "yell", "scream",
     "chant", "exclaim", "whisper", "mutter", "laugh", "sigh", "snap", "scoff", "quip",
     "joke", "gush", "plead"}
)  # fmt: skip
"""Speech verbs whose quoted words are their own subject's even in a clause someone
else reports ("Police said Hale called the officers “clowns”", "he said the crowd
chanted “…”"): naming in someone's words, and the manners of an utterance."""


_SENTENCE_END = re.compile(r"[.!?][’”\"»)\]]*\s*$")


def _utterance(quoted: str) -> bool:
    """Whether quoted words are a whole sentence someone said (a capital, four words
    or more, and a full stop, "!" or "?" at the end: "told officers “I have to beat my
    kids at it.”"), not a fragment of reported speech."""
    words = quoted.strip(' “”"«»„').split()
    return len(words) >= 4 and words[0][:1].isupper() and bool(_SENTENCE_END.search(quoted))


def _reporter(
    verb: Token, text: str, a: int, spans: list[tuple[int, int]], b: int = 0
) -> Token | None:
    """Who reports the words of a quote that is a fragment inside reported speech: the
    subject of the speech verb whose that-clause holds ``verb`` ("The ferry line's
    chief said the crew had told the harbour they had “steering trouble”": the chief's
    words, not the crew's), else None. Not for a quote brought in by a
    colon or comma (a whole utterance, "Lee said Hale told him, “…”"), nor for a verb
    of naming or of manner (``_OWN_UTTERANCE``), unless a call is a demand ("calling
    on its chief to “…”")."""
    before = text[:a].rstrip().rstrip('“"«„').rstrip()  # up to its opening mark
    if not before or before[-1] in ":," or _utterance(text[a:b] if b else text[a:]):
        return None
    demand = any(c.dep_ == "prep" and c.lower_ in ("on", "for") for c in verb.children)
    if verb.lemma_.lower() in _OWN_UTTERANCE and not demand:
        return None
    tok = verb
    while tok.dep_ == "ccomp" and tok.head is not tok:
        tok = tok.head
        if inside(tok, spans):
            return None
        if speech_verb(tok):
            return subject_of(tok, spans)
    return None
