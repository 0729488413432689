"""The first round: facts inside each link (the OLD and NEW sentences the aligner
paired) that changed value, words or speaker; the rest wait for the document round."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from storydiff.config import QUOTE_KEPT, QUOTE_KEPT_ALONE, QUOTE_SAID_MORE
from storydiff.diff.align import Link
from storydiff.facts import claims
from storydiff.facts.aliases import one_inside, same_entity
from storydiff.facts.builder import Builder, Pending, Versions, text_of
from storydiff.facts.corrections import notice_runs
from storydiff.facts.model import Fact
from storydiff.facts.names import mentions, named, norm, same_speaker, same_title
from storydiff.facts.not_news import without_conversions
from storydiff.facts.roles import AGENTS
from storydiff.facts.sources import match_attributions, spelled_same
from storydiff.facts.speaker_kinds import person
from storydiff.facts.speaker_names import new_voice, one_speaker
from storydiff.facts.titles import kind_named
from storydiff.facts.value_pairs import match_values
from storydiff.facts.weekday_spans import join_listed_days
from storydiff.text.sentences import Sentence


def match_link(link: Link, v: Versions, out: Builder, pending: Pending) -> None:
    """Facts of one changed link: values, names, quotes and attributions."""
    old, new = v.old, v.new
    o_facts = [f for i in link.old for f in old.facts.get(i, [])]
    n_facts = [f for j in link.new for f in new.facts.get(j, [])]
    values = ("quantity", "money", "percent", "date")
    o_figures, n_figures = without_conversions(
        [f for f in o_facts if f.kind in values],
        [f for f in n_facts if f.kind in values],
        (v.old_text, v.new_text),
    )
    _days_in_place(link, o_figures, n_figures, out)
    o_figures, n_figures = _not_told_again(link, v, o_figures, n_figures)
    match_values(
        join_listed_days(o_figures, v.old_text, n_figures),
        join_listed_days(n_figures, v.new_text, o_figures),
        out,
        pending,
        (text_of(v.old_sents, link.old), text_of(v.new_sents, link.new)),
    )
    # Names: a re-spelled name or a changed title is an update; others wait for the
    # document round.
    o_names = [f for f in o_facts if f.kind not in values]
    n_names = [f for f in n_facts if f.kind not in values]
    for o in o_names:
        for n in n_names:
            if (
                o.kind == n.kind == "person"
                and o.value == n.value
                and o.detail
                and n.detail
                and not same_title(o.detail, n.detail)
                and not kind_named(o.detail, n.detail)  # "railroad" / "Crestline spokesman"
            ):
                before, after = f"{o.detail} {o.value}", f"{n.detail} {n.value}"
                out.add(
                    "update",
                    "person",
                    o.value,
                    before,
                    after,
                    before,
                    after,
                    [o.sentence],
                    [n.sentence],
                )
    n_values = {f.value for f in n_names}
    o_values = {f.value for f in o_names}
    o_left = [f for f in o_names if f.value not in n_values]
    n_left = [f for f in n_names if f.value not in o_values]
    for o in list(o_left):
        for n in n_left:
            if o.kind == n.kind and _one_name(o, n):
                o_left.remove(o)
                n_left.remove(n)
                break
            if o.kind == n.kind and Levenshtein.normalized_similarity(o.value, n.value) >= 0.75:
                out.add(
                    "update",
                    o.kind,
                    "",
                    o,
                    n,
                    old_sentences=[o.sentence],
                    new_sentences=[n.sentence],
                )
                o_left.remove(o)
                n_left.remove(n)
                break
    cited = {a.source for i in link.old for a in old.attributions.get(i, [])}
    cited |= {a.source for j in link.new for a in new.attributions.get(j, [])}
    _one_for_another(o_left, n_left, out, cited, v)
    pending.old += o_left
    pending.new += n_left
    _match_quotes(link, v, out, pending)
    match_attributions(link, v, out, pending)


def _one_for_another(
    o_left: list[Fact], n_left: list[Fact], out: Builder, cited: set[str], v: Versions
) -> None:
    """An organisation or a place an edit put for another in the same place, the one
    of its kind the sentence lost and the one it gained, after the same two words ("a
    researcher at Trevant University" -> "a researcher at the Trevant Institute of
    Technology"): an update (a correction when a notice names it), not a removal and an
    addition. Taken out of ``o_left`` and ``n_left``. Not so a name the other version's
    story (its notices aside) still says (moved, not replaced), one in another role
    ("financed by" / "built by"), nor a source an attribution of the link cites ("told
    AFP" -> "told Reuters": the attribution's change)."""
    for kind in ("organization", "place"):
        o_kind = [f for f in o_left if f.kind == kind and f.value not in cited]
        n_kind = [f for f in n_left if f.kind == kind and f.value not in cited]
        if len(o_kind) != 1 or len(n_kind) != 1:
            continue
        o, n = o_kind[0], n_kind[0]
        if same_entity(o.value, n.value):  # "Norland Coastguard Agency" / "NCA"
            o_left.remove(o)
            n_left.remove(n)
        elif (
            _slot(o, v.old_text) == _slot(n, v.new_text)
            and not mentions(_story(v.new_sents, v.new_text), o.value)
            and not mentions(_story(v.old_sents, v.old_text), n.value)
        ):
            out.add(
                "update", kind, "", o, n, old_sentences=[o.sentence], new_sentences=[n.sentence]
            )
            o_left.remove(o)
            n_left.remove(n)


def _story(sents: list[Sentence], text: str) -> str:
    """A version's sentences but for its correction notices ("… not Trevant
    University"), each ending a line."""
    notices = {s.index for run in notice_runs(sents, text) for s in run}
    return "\n".join(s.text for s in sents if s.index not in notices)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DETERMINERS = frozenset({"the", "a", "an"})


def _slot(f: Fact, text: str) -> tuple[str, ...]:
    """The two words before a name in its sentence, lower case, without an article
    ("a researcher at the Trevant Institute": "researcher", "at")."""
    head = re.split(r"[.!?]\s", text[max(0, f.start - 80) : f.start])[-1]
    words = [w.lower() for w in _WORD.findall(head)]
    while words and words[-1] in _DETERMINERS:
        words.pop()
    return tuple(words[-2:])


def _days_in_place(link: Link, olds: list[Fact], news: list[Fact], out: Builder) -> None:
    """Dates an edit swapped in place, each the only date of the words it replaced
    ("rest on Wednesday, … as soon as Thursday" -> "rest on Tuesday, … as soon as
    Wednesday": Wednesday -> Tuesday and Thursday -> Wednesday, not Thursday -> Tuesday
    with Wednesday kept): updates, taken out of the lists, when one edit moves more than
    one; the rest are paired by value (``match_values``)."""
    pairs = []
    for op in link.ops:
        if op.tag != "replace":
            continue
        a = [f for f in olds if f.kind == "date" and op.old_start <= f.start < op.old_end]
        b = [f for f in news if f.kind == "date" and op.new_start <= f.start < op.new_end]
        if len(a) == len(b) == 1 and a[0].value != b[0].value:
            pairs.append((a[0], b[0]))
    values = {f.value for pair in pairs for f in pair}
    if len(pairs) < 2 or len(values) == 2 * len(pairs):
        return  # one date swapped, or none shared: the values pair them as well
    for o, n in pairs:
        out.update("date", o.subject, o, n)
        olds.remove(o)
        news.remove(n)


_LEAD_IN = re.compile(r"((?:[A-Za-z'’-]+\s+){2})$")


def _not_told_again(
    link: Link, v: Versions, olds: list[Fact], news: list[Fact]
) -> tuple[list[Fact], list[Fact]]:
    """The figures of a link but the dates each version tells again elsewhere
    (``_told_again``)."""
    if not any(f.kind == "date" for f in (*olds, *news)):
        return olds, news
    elsewhere = (
        _outside(v.old_text, v.old_sents, link.old),
        _outside(v.new_text, v.new_sents, link.new),
    )
    return (
        [f for f in olds if not _told_again(f, v.old_text, elsewhere[::-1])],
        [f for f in news if not _told_again(f, v.new_text, elsewhere)],
    )


def _outside(text: str, sentences: list[Sentence], linked: tuple[int, ...]) -> str:
    """``text`` with the ``linked`` sentences blanked out."""
    for i in linked:
        s = sentences[i]
        text = text[: s.start] + " " * (s.end - s.start) + text[s.end :]
    return text


def _told_again(f: Fact, text: str, outside: tuple[str, str]) -> bool:
    """A date whose event the other version tells again outside the link (``outside``:
    the other version's text, then this one's, the link's sentences blanked) with the
    same two words before it, where this version told it only in the link ("began
    deliberating on Monday" in a lead rewritten to "on Tuesday convicted", and "which
    began deliberating on Monday" further down): the date moved, it is still there, no
    update of the lead's new one. One said outside the link on both sides ("The union
    voted on Monday", kept) is another event's."""
    if f.kind != "date":
        return False
    lead_in = _LEAD_IN.search(text[max(0, f.start - 60) : f.start])
    if lead_in is None:
        return False
    said = re.compile(rf"(?<!\w){re.escape(lead_in.group(1) + text[f.start : f.end])}(?!\w)", re.I)
    return said.search(outside[0]) is not None and said.search(outside[1]) is None


def _one_name(o: Fact, n: Fact) -> bool:
    """Two names of one kind in one link that name one entity: one inside the other
    ("Marlow Elementary School" -> "Marlow Elementary"), the same but for accents or
    apostrophes ("Léa Ménard" / "Lea Menard", "Brannock's" / "Brannocks"), its words
    in another order ("Kessla University" / "University of Kessla"), or a
    person's name with a middle initial on one side only ("Tomas J. Varek" / "Tomas
    Varek"; "Ann B. Roe" -> "Ann C. Roe" is a correction)."""
    if one_inside(o.value, n.value):
        return True
    a, b = _plain(o.value), _plain(n.value)
    if a == b or _reordered(a, b):
        return True
    if o.kind != "person":
        return False
    (a_core, a_initials), (b_core, b_initials) = _initials(a), _initials(b)
    return a_core == b_core and not (a_initials and b_initials)


_LINKING = frozenset({"of", "the", "for"})


def _reordered(a: list[str], b: list[str]) -> bool:
    """One name's words in another order about "of" or "for" ("University of Hong
    Kong" / "Hong Kong University"; not "Port Marlow" / "Marlow Port")."""
    return set(a) - _LINKING == set(b) - _LINKING and bool(_LINKING & set(a) ^ _LINKING & set(b))


def _plain(name: str) -> list[str]:
    return norm(name.replace("'", "").replace("\u2019", "")).split()


def _initials(words: list[str]) -> tuple[list[str], list[str]]:
    """A name's words without its middle initials, and those initials."""
    middle = [
        k for k, w in enumerate(words) if 0 < k < len(words) - 1 and len(w) == 1 and w.isalpha()
    ]
    return [w for k, w in enumerate(words) if k not in middle], [words[k] for k in middle]


def _match_quotes(link: Link, v: Versions, out: Builder, pending: Pending) -> None:
    """Same speaker and words, nothing; same speaker, a quote update (rewording when
    the meaning is kept, or the quote was only cut shorter or longer; two quotes when
    the words are too different); same words, another speaker, a speaker update. A
    speaker named by initials the texts spell out is the same ("Norland Education
    Association" / "NEA")."""
    old, new = v.old, v.new
    o_quotes = [q for i in link.old for q in old.quotes.get(i, [])]
    n_quotes = [q for j in link.new for q in new.quotes.get(j, [])]
    for q in list(o_quotes):
        for r in n_quotes:
            same_words = norm(q.text) == norm(r.text)
            similar = Levenshtein.normalized_similarity(norm(q.text), norm(r.text)) >= 0.8
            moved = moved_to_principal(q.speaker, r.speaker, v)
            named_so = same_speaker(q.speaker, r.speaker) or spelled_same(
                q.speaker, r.speaker, (v.old_text, v.new_text)
            )
            one_voice = not moved and (named_so or one_speaker(q, r, v))
            if one_voice and same_words:
                pass
            elif one_voice and (q.speaker or similar):  # no speaker: the words say it
                if not _one_quote(q.text, r.text):
                    continue  # another quote of the same speaker: each waits for the document
                out.add(
                    "update" if meaning_changed(q.text, r.text) else "rewording",
                    "quote",
                    q.speaker,
                    q.text,
                    r.text,
                    old_sentences=[q.sentence],
                    new_sentences=[r.sentence],
                )
            elif similar and (moved or (named(q.speaker) and named(r.speaker))):
                out.add(
                    "update",
                    "speaker",
                    "",
                    q.speaker,
                    r.speaker,
                    q.speaker,
                    r.speaker,
                    [q.sentence],
                    [r.sentence],
                )
            else:
                continue
            o_quotes.remove(q)
            n_quotes.remove(r)
            if not one_voice or (not named_so and new_voice(q.speaker, r.speaker)):
                pending.old_paired += [q]  # "Orvane" / "Orvane spokeswoman Lena Marsh": she
                pending.new_paired += [r]  # is a new source, as is one a quote is now given to
            break
    pending.old_quotes += o_quotes
    pending.new_quotes += n_quotes


_AGENT = rf"(?:{'|'.join(sorted(AGENTS))})s?"
"""Nouns of someone who speaks for another person (``roles.AGENTS``), or more than one."""

_FOR = re.compile(
    rf"^(?:(?:a|an|the|one|two)\s+)?(?:[\w-]+\s+){{0,2}}?{_AGENT}\s+(?:for|of|to)\s+(.+)$", re.I
)
_OWN = re.compile(rf"^(.+?)['’]s?\s+(?:[\w-]+\s+){{0,2}}?{_AGENT}$", re.I)


def _principal(speaker: str) -> str:
    """Whom a speaker described as someone's agent speaks for: "a lawyer for Tomas
    Varek", "Varek's spokeswoman", "a representative of Mayor Varek": the person
    named; "" for a speaker who speaks for themselves."""
    m = _FOR.match(speaker.strip()) or _OWN.match(speaker.strip())
    return m.group(1).strip() if m else ""


def moved_to_principal(a: str, b: str, v: Versions) -> bool:
    """Whether a quote moved from a person's agent to that person, or back ("a lawyer
    for Tomas Varek" / "Tomas Varek"): another voice, though one name is in both. An
    organisation speaks only through people, so "a spokesperson for Kestrel Council"
    / "Kestrel Council" is one voice."""
    for agent, own in ((a, b), (b, a)):
        who = _principal(agent)
        if who and not _principal(own) and named(own) and same_speaker(who, own):
            return person(own, v)
    return False


def _one_quote(a: str, b: str) -> bool:
    """One quote edited: one inside the other, or alike letter by letter and sharing a
    content word ("Our forces are respecting the ceasefire" / "Our artillery answered a
    drone attack" are two quotes)."""
    x, y = norm(a), norm(b)
    if x in y or y in x:
        return True
    alike = Levenshtein.normalized_similarity(x, y)
    return alike >= QUOTE_KEPT_ALONE or (alike >= QUOTE_KEPT and bool(_stems(a) & _stems(b)))


def _stems(text: str) -> set[str]:
    return {claims.stem(w) for w in claims.content_words(text)}


def meaning_changed(a: str, b: str) -> bool:
    """A quote cut shorter or longer ("I think he is in a …" -> "he is in a …") keeps
    its meaning unless a negation, certainty word or number went; other edits keep it
    only when they change function words and word forms."""
    a, b = uncontracted(a), uncontracted(b)  # "I'll lose" / "I will lose"
    x, y = norm(a), norm(b)
    if x in y and len(claims.content_words(b) - claims.content_words(a)) >= QUOTE_SAID_MORE:
        return True  # "it has done nothing" -> "it has done nothing but hold meetings"
    if x in y or y in x:
        return claims.changes_meaning(a, b)
    return not claims.same_content(a, b)


_FULL = {"wo": "will", "ca": "can", "sha": "shall"}
_CONTRACTED = (
    (re.compile(r"\b(wo|ca|sha)n['’]t\b", re.I), lambda m: _FULL[m.group(1).lower()] + " not"),
    (re.compile(r"n['’]t\b", re.I), lambda m: " not"),
    (re.compile(r"['’]ll\b", re.I), lambda m: " will"),
    (re.compile(r"['’]ve\b", re.I), lambda m: " have"),
    (re.compile(r"['’]re\b", re.I), lambda m: " are"),
    (re.compile(r"\b(I)['’]m\b"), lambda m: "I am"),
    (re.compile(r"['’]d\b(?=\s+(?:like|love|rather|be|say|want|have|never|not|go|do))", re.I),
     lambda m: " would"),
)  # fmt: skip


def uncontracted(text: str) -> str:
    """A quote's words with their contractions written out ("I'll" -> "I will", "we've"
    -> "we have", "won't" -> "will not", "I'd like" -> "I would like"; not "'s", which
    may be "is", "has" or whose): a speaker's words shortened so say the same."""
    for pattern, full in _CONTRACTED:
        text = pattern.sub(full, text)
    return text
