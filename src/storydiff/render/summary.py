"""Plain-language lines about a comparison, shared by the terminal and HTML views."""

from __future__ import annotations

from storydiff.config import OrderConfig
from storydiff.document import Document
from storydiff.pair.compare import Comparison

VERDICT_TEXT = {
    "identical": "identical (no differences after normalising quotes, dashes and spaces)",
    "same_story": "the same story",
    "related": "related (they share some text)",
    "unrelated": "unrelated",
}


def verdict_line(c: Comparison) -> str:
    r = c.relation
    text = VERDICT_TEXT[r.verdict.value]
    if r.kind:
        text += f" — a {r.kind}"
    return text


def scores_line(c: Comparison) -> str:
    r = c.relation
    return (
        f"Jaccard {r.jaccard:.2f} · {r.containment_old:.0%} of old is in new, "
        f"{r.containment_new:.0%} of new is in old · sentences kept: "
        f"{r.kept_old:.0%} of old, {r.kept_new:.0%} of new"
    )


def order_line(c: Comparison, config: OrderConfig | None = None) -> str:
    o = c.order
    config = config or OrderConfig()
    if o.earlier is None:
        return "which came first is unknown (" + "; ".join(o.reasons) + ")"
    side = o.earlier.upper()
    if o.basis == "timestamps":
        return f"{side} is earlier ({o.reasons[0]})"
    hedge = "weak guess" if o.confidence < config.weak_confidence else "likely"
    return f"{side} is probably earlier — {hedge}, confidence {o.confidence:.0%}: " + "; ".join(
        o.reasons
    )


def describe(doc: Document) -> str:
    bits = [doc.label()]
    if doc.outlet:
        bits.append(doc.outlet)
    if doc.published:
        bits.append(doc.published.isoformat())
    updated = doc.metadata.get("updated")
    said = doc.published.isoformat() if doc.published else None
    if isinstance(updated, str) and updated.strip() and updated.strip() != said:
        bits.append(f"updated {updated.strip()}")
    if doc.language:
        bits.append(doc.language)
    return " · ".join(bits)
