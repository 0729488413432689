"""A sentence that ends in a colon and opens the quote below it as its main clause's
subject's words ("Velde told the crews:", "Velde had a simple message for the
sailors:", "She was blunt:")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storydiff.facts.marks import inside
from storydiff.facts.quotes import PERSONAL
from storydiff.facts.speech import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


_MESSAGES = frozenset(
    "message warning word advice plea appeal answer reply response promise reminder "
    "question explanation comment".split()
)
"""What a person has or gives that is said ("a simple message for the sailors:")."""


def opens_quote(doc: Doc | Span, spans: list[tuple[int, int]]) -> bool:
    """Whether a sentence ends in a colon that opens the quote below it as its main
    clause's subject's words: its main verb is a speech verb ("Velde told the crews:"),
    its object something said ("Velde had a simple message for the sailors:", "As
    Velde put it:"), or it says how something said or a person was ("Velde's message
    was clear:", "She was blunt:"); not a sign, a letter or a statement someone points
    to or reads out."""
    if not doc.text.rstrip().endswith(":"):
        return False
    root = next((t for t in doc if t.dep_ == "ROOT" and not inside(t, spans)), None)
    if root is None:
        return False
    if root.lemma_.lower() in SPEECH_VERBS - {"read"}:
        return True
    if root.lemma_.lower() == "be":  # "Velde's message was clear:", "She was blunt:"
        return any(
            c.dep_ == "nsubj"
            and (c.lemma_.lower() in _MESSAGES or c.lower_ in PERSONAL or c.ent_type_ == "PERSON")
            for c in root.children
        ) and any(c.dep_ == "acomp" for c in root.children)
    return any(
        (c.dep_ == "dobj" and c.lemma_.lower() in _MESSAGES)
        or (root.lemma_.lower() == "put" and c.dep_ == "dobj" and c.lower_ == "it")
        for c in root.children
    )  # "had a simple message for the sailors:", "As Velde put it:"
